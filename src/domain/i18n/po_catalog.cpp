#include "domain/i18n/po_catalog.h"

#include <cstdlib>

namespace prm::i18n {
namespace {
std::string keyOf(std::string_view context, std::string_view msgid) {
    std::string k(context);
    k += '\x04';
    k += msgid;
    return k;
}

// A quoted .po string ("...") with C escapes, appended to `out`; false when it is not one.
bool unquote(std::string_view s, std::string& out) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    if (s.size() < 2 || s.front() != '"' || s.back() != '"') return false;
    s = s.substr(1, s.size() - 2);
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\') { out += s[i]; continue; }
        if (++i >= s.size()) return false;
        switch (s[i]) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            default: return false;
        }
    }
    return true;
}
}  // namespace

const std::string* PoCatalog::find(std::string_view context, std::string_view msgid, std::size_t form) const {
    auto it = entries_.find(keyOf(context, msgid));
    if (it == entries_.end() || form >= it->second.size() || it->second[form].empty()) return nullptr;
    return &it->second[form];
}

void PoCatalog::add(std::string context, std::string msgid, std::vector<std::string> forms) {
    entries_[keyOf(context, msgid)] = std::move(forms);
}

bool parsePo(std::string_view text, PoCatalog& out, std::string& error) {
    struct Entry {
        std::string ctx, id, plural;
        std::vector<std::string> str;
        bool fuzzy = false, any = false;
    } e;
    std::string* target = nullptr;
    auto flush = [&] {
        bool translated = !e.str.empty();
        for (const auto& s : e.str) translated = translated && !s.empty();
        if (e.any && !e.id.empty() && !e.fuzzy && translated) out.add(e.ctx, e.id, e.str);
        e = Entry{};
        target = nullptr;
    };
    std::size_t lineNo = 0, pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        auto fail = [&](const char* what) {
            error = "line " + std::to_string(lineNo) + ": " + what;
            return false;
        };
        if (line.empty()) { flush(); continue; }
        if (line[0] == '#') {
            if (line.rfind("#,", 0) == 0 && line.find("fuzzy") != std::string_view::npos) {
                if (e.any) flush();
                e.fuzzy = true;
            } else if (line.rfind("#~", 0) == 0) {
                continue;  // obsolete entries
            }
            continue;
        }
        if (line[0] == '"') {
            if (!target || !unquote(line, *target)) return fail("a quoted string continues nothing, or is not quoted");
            continue;
        }
        const std::size_t space = line.find(' ');
        if (space == std::string_view::npos) return fail("a keyword without a string");
        const std::string_view kw = line.substr(0, space), rest = line.substr(space + 1);
        if (kw == "msgctxt") {
            if (e.any) { const bool fz = e.fuzzy; flush(); e.fuzzy = fz; }
            e.any = true;
            target = &e.ctx;
        } else if (kw == "msgid") {
            if (e.any && !e.str.empty()) { const bool fz = e.fuzzy; flush(); e.fuzzy = fz; }
            e.any = true;
            target = &e.id;
        } else if (kw == "msgid_plural") {
            target = &e.plural;
        } else if (kw == "msgstr") {
            e.str.emplace_back();
            target = &e.str.back();
        } else if (kw.rfind("msgstr[", 0) == 0 && kw.back() == ']') {
            const std::size_t n = static_cast<std::size_t>(std::strtoul(std::string(kw.substr(7)).c_str(), nullptr, 10));
            if (n > 8) return fail("too many plural forms");
            if (e.str.size() <= n) e.str.resize(n + 1);
            target = &e.str[n];
        } else {
            return fail("an unknown keyword");
        }
        if (!unquote(rest, *target)) return fail("the string is not quoted");
    }
    flush();
    return true;
}

}  // namespace prm::i18n
