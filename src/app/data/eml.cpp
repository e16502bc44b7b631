#include "app/data/eml.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "app/refusals.h"

namespace prm::app::eml {

namespace {

const char* kDomain = "prm-sandbox.invalid";

std::string base64(const std::string& in) {
    static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4);
    std::size_t i = 0;
    while (i + 2 < in.size()) {
        const std::uint32_t v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                                static_cast<unsigned char>(in[i + 2]);
        out += t[(v >> 18) & 63];
        out += t[(v >> 12) & 63];
        out += t[(v >> 6) & 63];
        out += t[v & 63];
        i += 3;
    }
    if (i + 1 == in.size()) {
        const std::uint32_t v = static_cast<unsigned char>(in[i]) << 16;
        out += t[(v >> 18) & 63];
        out += t[(v >> 12) & 63];
        out += "==";
    } else if (i + 2 == in.size()) {
        const std::uint32_t v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8);
        out += t[(v >> 18) & 63];
        out += t[(v >> 12) & 63];
        out += t[(v >> 6) & 63];
        out += '=';
    }
    return out;
}

bool printableAscii(const std::string& s) {
    for (unsigned char c : s)
        if (c < 0x20 || c > 0x7E) return false;
    return true;
}

// Header values are one line: CR, LF and other controls become spaces (no header injection).
std::string oneLine(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (unsigned char c : s) out.push_back(c < 0x20 || c == 0x7F ? ' ' : static_cast<char>(c));
    return out;
}

// Length of the UTF-8 sequence that starts with byte c (1 for stray continuation bytes).
std::size_t utf8Len(unsigned char c) {
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

}  // namespace

namespace {
struct Civil {
    std::int64_t year;
    int month, day, weekday, hour, minute, second, millis;
};
Civil civil(TimeMs ms) {
    std::int64_t secs = ms / 1000;
    int millis = static_cast<int>(ms % 1000);
    if (millis < 0) millis += 1000, --secs;
    std::int64_t z = secs / 86400;
    std::int64_t rem = secs % 86400;
    if (rem < 0) rem += 86400, --z;
    const int weekday = static_cast<int>(((z % 7) + 7) % 7);  // 0 = Thursday (1970-01-01)
    // Days to civil date (Howard Hinnant's algorithm).
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    std::int64_t y = yoe + era * 400;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) ++y;
    return {y, static_cast<int>(m), static_cast<int>(d), weekday, static_cast<int>(rem / 3600),
            static_cast<int>(rem / 60 % 60), static_cast<int>(rem % 60), millis};
}
}  // namespace

std::string rfc5322Date(TimeMs ms) {
    static const char* days[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const Civil c = civil(ms);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s, %02d %s %04lld %02d:%02d:%02d +0000", days[c.weekday], c.day, months[c.month - 1],
                  static_cast<long long>(c.year), c.hour, c.minute, c.second);
    return buf;
}

std::string iso8601(TimeMs ms) {
    const Civil c = civil(ms);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04lld-%02d-%02dT%02d:%02d:%02d.%03dZ", static_cast<long long>(c.year), c.month, c.day,
                  c.hour, c.minute, c.second, c.millis);
    return buf;
}

std::string encodeHeaderText(const std::string& raw) {
    const std::string text = oneLine(raw);
    if (printableAscii(text)) return text;
    // 75 - len("=?UTF-8?B??=") = 63 base64 characters at most: 45 bytes of text per word.
    constexpr std::size_t kChunk = 45;
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t end = i;
        while (end < text.size()) {
            const std::size_t len = utf8Len(static_cast<unsigned char>(text[end]));
            if (end + len - i > kChunk) break;
            end += len;
        }
        if (end == i) end = std::min(text.size(), i + 1);  // never stall on a malformed sequence
        if (end > text.size()) end = text.size();
        if (!out.empty()) out += "\r\n ";
        out += "=?UTF-8?B?" + base64(text.substr(i, end - i)) + "?=";
        i = end;
    }
    return out;
}

std::string mailbox(const std::string& name, const std::string& address) {
    const std::string addr = oneLine(address);
    if (name.empty()) return addr;
    const std::string n = oneLine(name);
    std::string display;
    if (!printableAscii(n)) {
        display = encodeHeaderText(n);
    } else if (n.find_first_of("()<>[]:;@\\,.\"") != std::string::npos) {
        display = "\"";
        for (char c : n) {
            if (c == '"' || c == '\\') display.push_back('\\');
            display.push_back(c);
        }
        display += "\"";
    } else {
        display = n;
    }
    return display + " <" + addr + ">";
}

std::string quotedPrintable(const std::string& text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    std::size_t lineLen = 0;
    auto put = [&](const std::string& piece) {
        // Soft line break so no line exceeds 76 characters (the '=' counts).
        if (lineLen + piece.size() > 75) {
            out += "=\r\n";
            lineLen = 0;
        }
        out += piece;
        lineLen += piece.size();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // the \n writes the break
        if (c == '\n' || c == '\r') {
            out += "\r\n";
            lineLen = 0;
            continue;
        }
        const bool atLineEnd = i + 1 == text.size() || text[i + 1] == '\n' || text[i + 1] == '\r';
        const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !atLineEnd);
        if (literal) put(std::string(1, static_cast<char>(c)));
        else put(std::string{'=', hex[c >> 4], hex[c & 15]});
    }
    return out;
}

std::string format(const Message& m) {
    std::string h;
    auto header = [&](const std::string& name, const std::string& value) { h += name + ": " + value + "\r\n"; };
    header("From", mailbox(m.fromName, m.fromAddress));
    header("To", mailbox(m.toName, m.toAddress));
    header("Subject", encodeHeaderText(m.subject));
    header("Date", rfc5322Date(m.sentAt));
    header("Message-ID", "<" + oneLine(m.messageId) + ">");
    header("MIME-Version", "1.0");
    header("Content-Type", "text/plain; charset=UTF-8");
    header("Content-Transfer-Encoding", "quoted-printable");
    if (!m.kind.empty()) header("X-PRM-Kind", encodeHeaderText(m.kind));
    std::string body = quotedPrintable(m.body);
    if (body.size() < 2 || body.compare(body.size() - 2, 2, "\r\n") != 0) body += "\r\n";
    return h + "\r\n" + body;
}

domain::Result<File> outboxEmail(store::Db& db, Id emailId) {
    auto st = db.prepare("SELECT o.kind, o.to_address, o.subject, o.body, o.sent_at, "
                         "COALESCE(trim(u.first_name || ' ' || u.last_name), ''), "
                         "COALESCE((SELECT name FROM org WHERE id = 1), 'PRM Sandbox') "
                         "FROM outbox o LEFT JOIN users u ON u.id = o.to_user_id WHERE o.id = ?");
    st.bind(1, emailId);
    if (!st.step())
        return domain::Error{missingText(RecordKind::OutboxEmail, emailId), "emailId"};
    Message m;
    m.kind = st.getText(0);
    m.toAddress = st.getText(1);
    m.subject = st.getText(2);
    m.body = st.getText(3);
    m.sentAt = st.getInt(4);
    m.toName = st.getText(5);
    m.fromName = st.getText(6);
    m.fromAddress = std::string("no-reply@") + kDomain;
    m.messageId = "outbox-" + std::to_string(emailId) + "." + std::to_string(m.sentAt) + "@" + kDomain;
    return File{"email-" + std::to_string(emailId) + ".eml", format(m)};
}

}  // namespace prm::app::eml
