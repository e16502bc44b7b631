#include "app/data/csv.h"
#include "app/messages.h"

#include <cstdint>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace prm::app::csv {

using domain::Error;

std::string sizeProblem(std::size_t bytes, const std::string& what, std::size_t limit) {
    if (bytes <= limit) return {};
    char mb[32];
    std::snprintf(mb, sizeof mb, "%.1f", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return T_f("{0} is {1} MB; the limit is {2} MB: split it into smaller files",
               {what.empty() ? T_f("the file") : what, mb, std::to_string(limit / (1024 * 1024))});
}

std::string jsonExportSizeProblem(std::size_t bytes) {
    if (bytes <= kMaxFileBytes) return {};
    char mb[32];
    std::snprintf(mb, sizeof mb, "%.1f", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return T_f("the org as JSON is {0} MB, over the {1} MB limit of JSON files, so it could not be imported again; keep the org as "
               "a .sqlite file instead",
               {mb, std::to_string(kMaxFileBytes / (1024 * 1024))});
}

std::string orgSizeProblem(std::size_t bytes, const std::string& what) {
    if (bytes <= kMaxOrgFileBytes) return {};
    char mb[32];
    std::snprintf(mb, sizeof mb, "%.1f", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return T_f("{0} is {1} MB; the limit is {2} MB for an org file: this is not an org the sandbox wrote; pick a .sqlite file "
               "downloaded from it",
               {what.empty() ? T_f("the file") : what, mb, std::to_string(kMaxOrgFileBytes / (1024 * 1024))});
}

namespace {
bool formulaStart(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }
// True when the value is some quotes (at least `minQuotes`) followed by a formula start.
bool quotedFormula(std::string_view v, std::size_t minQuotes) {
    std::size_t i = 0;
    while (i < v.size() && v[i] == '\'') ++i;
    return i >= minQuotes && i < v.size() && formulaStart(v[i]);
}
}  // namespace

bool needsNeutralising(std::string_view value) { return quotedFormula(value, 0); }

std::string neutralise(const std::string& value) { return needsNeutralising(value) ? "'" + value : value; }

std::string restoreNeutralised(const std::string& value) { return quotedFormula(value, 1) ? value.substr(1) : value; }

std::string plainNumber(double value) {
    if (!std::isfinite(value)) return {};
    if (value == 0) return "0";
    // The shortest scientific form that reads back as the same double ...
    char buf[64];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*e", precision - 1, value);
        if (std::strtod(buf, nullptr) == value) break;
    }
    // ... written out as plain digits: "-1.2345e+03" → "-1234.5".
    std::string text = buf;
    const bool negative = text[0] == '-';
    if (negative) text.erase(0, 1);
    const std::size_t e = text.find('e');
    const int exponent = std::atoi(text.c_str() + e + 1);
    std::string digits;
    for (std::size_t i = 0; i < e; ++i)
        if (text[i] != '.') digits += text[i];
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    std::string out;
    if (exponent >= 0) {
        const std::size_t intDigits = static_cast<std::size_t>(exponent) + 1;
        if (digits.size() <= intDigits) {
            out = digits + std::string(intDigits - digits.size(), '0');
        } else {
            out = digits.substr(0, intDigits) + "." + digits.substr(intDigits);
        }
    } else {
        out = "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
    }
    return negative ? "-" + out : out;
}

bool isValidUtf8(std::string_view s, std::size_t* badOffset) {
    std::size_t i = 0;
    const std::size_t n = s.size();
    auto fail = [&](std::size_t at) {
        if (badOffset) *badOffset = at;
        return false;
    };
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1Fu;
        else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0Fu;
        else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07u;
        else return fail(i);
        if (i + static_cast<std::size_t>(len) > n) return fail(i);
        for (int k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((cc & 0xC0) != 0x80) return fail(i);
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return fail(i);
        i += static_cast<std::size_t>(len);
    }
    return true;
}

namespace {

std::string at(int line, int column) { return "line " + std::to_string(line) + ", column " + std::to_string(column); }

// Line number of a byte offset (counts LF, and CR not followed by LF).
int lineOf(std::string_view s, std::size_t offset) {
    int line = 1;
    for (std::size_t i = 0; i < offset && i < s.size(); ++i) {
        if (s[i] == '\n') ++line;
        else if (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n')) ++line;
    }
    return line;
}

}  // namespace

domain::Result<std::vector<Record>> parseRecords(std::string_view in) {
    if (auto p = sizeProblem(in.size()); !p.empty()) return Error{p, ""};
    if (in.size() >= 3 && static_cast<unsigned char>(in[0]) == 0xEF && static_cast<unsigned char>(in[1]) == 0xBB &&
        static_cast<unsigned char>(in[2]) == 0xBF)
        in.remove_prefix(3);
    if (in.empty()) return Error{T_f("the file is empty; a CSV file starts with a header row such as LastName,Company"), ""};
    if (auto nul = in.find('\0'); nul != std::string_view::npos)
        return Error{"this is not a CSV text file (it has a NUL byte on line " + std::to_string(lineOf(in, nul)) +
                         "); export the data as CSV (UTF-8) and try again",
                     ""};
    if (std::size_t bad = 0; !isValidUtf8(in, &bad))
        return Error{"line " + std::to_string(lineOf(in, bad)) +
                         ": the text is not UTF-8 (a spreadsheet may have saved it as Windows-1252); "
                         "save it as \"CSV UTF-8\" and try again",
                     ""};

    std::vector<Record> records;
    Record cur;
    std::string field;
    int line = 1;
    cur.line = 1;
    const std::size_t n = in.size();
    std::size_t i = 0;
    bool fieldStarted = false;  // the current record has at least one character or separator
    auto endField = [&] {
        cur.fields.push_back(std::move(field));
        field.clear();
    };
    auto endRecord = [&] {
        endField();
        const bool blank = cur.fields.size() == 1 && cur.fields[0].empty() && !fieldStarted;
        if (!blank) records.push_back(std::move(cur));
        cur = Record{};
        fieldStarted = false;
    };
    // Consumes a line break at i (CRLF, LF or CR); returns false when there is none.
    auto lineBreak = [&]() -> bool {
        if (in[i] == '\r') {
            i += (i + 1 < n && in[i + 1] == '\n') ? 2 : 1;
            ++line;
            return true;
        }
        if (in[i] == '\n') {
            ++i;
            ++line;
            return true;
        }
        return false;
    };

    while (i < n) {
        if (in[i] == '"' && field.empty()) {
            // Quoted field.
            const int startLine = line;
            const int column = static_cast<int>(cur.fields.size()) + 1;
            fieldStarted = true;
            ++i;
            bool closed = false;
            while (i < n) {
                const char c = in[i];
                if (c == '"') {
                    if (i + 1 < n && in[i + 1] == '"') {
                        field.push_back('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (c == '\n' || (c == '\r' && !(i + 1 < n && in[i + 1] == '\n'))) ++line;
                field.push_back(c);
                ++i;
            }
            if (!closed)
                return Error{at(startLine, column) + ": the quoted field that starts here is never closed (unbalanced "
                                                     "quotes); close it with \" or double a quote inside it (\"\")",
                             ""};
            if (i < n && in[i] != ',' && in[i] != '\r' && in[i] != '\n')
                return Error{at(line, column) + ": text after the closing quote; put the whole field in quotes and "
                                                "double any quote inside it (\"\")",
                             ""};
            // Mark the field as quoted-empty so `""` alone on a line is a record, not a blank line.
            if (i >= n) break;
            if (in[i] == ',') {
                endField();
                ++i;
                continue;
            }
            lineBreak();
            endRecord();
            cur.line = line;
            continue;
        }
        const char c = in[i];
        if (c == ',') {
            fieldStarted = true;
            endField();
            ++i;
            continue;
        }
        if (c == '\r' || c == '\n') {
            lineBreak();
            endRecord();
            cur.line = line;
            continue;
        }
        if (c == '"')
            return Error{at(line, static_cast<int>(cur.fields.size()) + 1) +
                             ": a quote inside an unquoted field; put the whole field in quotes and double the quote "
                             "(\"\")",
                         ""};
        fieldStarted = true;
        field.push_back(c);
        ++i;
    }
    // The last record may lack a final line break.
    if (fieldStarted || !field.empty() || !cur.fields.empty()) endRecord();
    return records;
}

domain::Result<Table> parse(std::string_view bytes) {
    auto recs = parseRecords(bytes);
    if (!recs) return recs.error();
    auto& all = recs.value();
    if (all.empty())
        return Error{T_f("the file has no rows; a CSV file starts with a header row such as LastName,Company"), ""};
    Table t;
    t.header = std::move(all.front().fields);
    t.headerLine = all.front().line;
    t.rows.reserve(all.size() - 1);
    for (std::size_t k = 1; k < all.size(); ++k) t.rows.push_back(std::move(all[k]));
    return t;
}

std::string quote(const std::string& f) {
    bool needs = f.find_first_of(",\"\r\n") != std::string::npos;
    if (!f.empty() && (f.front() == ' ' || f.front() == '\t' || f.back() == ' ' || f.back() == '\t')) needs = true;
    if (!needs) return f;
    std::string out;
    out.reserve(f.size() + 2);
    out.push_back('"');
    for (char c : f) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

Writer::Writer(bool utf8Bom) {
    if (utf8Bom) m_out = "\xEF\xBB\xBF";
}

void Writer::row(const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) m_out.push_back(',');
        // A record with one empty field would read back as a blank line; a U+FEFF at the very start
        // of the file would read back as a BOM: quote both.
        const bool startsFile = m_out.empty() && fields[i].rfind("\xEF\xBB\xBF", 0) == 0;
        if ((fields.size() == 1 && fields[0].empty()) || startsFile) {
            m_out.push_back('"');
            for (char c : fields[i]) {
                if (c == '"') m_out.push_back('"');
                m_out.push_back(c);
            }
            m_out.push_back('"');
        } else {
            m_out += quote(fields[i]);
        }
    }
    m_out += "\r\n";
}

}  // namespace prm::app::csv
