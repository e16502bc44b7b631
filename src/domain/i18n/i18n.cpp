#include "domain/i18n/i18n.h"

#include <cmath>
#include <cstdio>
#include <set>
#include <unordered_map>

#include "domain/i18n/po_catalog.h"

// assets/i18n/fi.po, embedded by cmake/embed_file.cmake (src/domain/CMakeLists.txt).
extern const unsigned char prm_i18n_fi_po[];
extern const std::size_t prm_i18n_fi_po_size;

namespace prm::i18n {
namespace {

const PoCatalog& finnish() {
    static const PoCatalog catalog = [] {
        PoCatalog c;
        std::string error;
        // The file is checked by msgfmt --check in the tests; a broken one leaves the UI in English.
        parsePo(std::string_view(reinterpret_cast<const char*>(prm_i18n_fi_po), prm_i18n_fi_po_size), c, error);
        return c;
    }();
    return catalog;
}

std::set<std::string>& missing() {
    static std::set<std::string> m;
    return m;
}

bool worthTranslating(const char* s) {
    for (const char* p = s; *p; ++p)
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) return true;
    return false;
}

const char* lookup(Language lang, const char* context, const char* english, std::size_t form) {
    if (lang != Language::Finnish || !english) return nullptr;
    const std::string* found = finnish().find(context ? context : "", english, form);
    if (found) return found->c_str();
    if (worthTranslating(english)) missing().insert(context ? std::string(context) + "|" + english : std::string(english));
    return nullptr;
}

}  // namespace

bool parseLanguage(std::string_view tag, Language& out) {
    if (tag.size() < 2) return false;
    if (tag.size() > 2 && tag[2] != '-' && tag[2] != '_') return false;
    const char a = static_cast<char>(tag[0] | 0x20), b = static_cast<char>(tag[1] | 0x20);
    if (a == 'f' && b == 'i') { out = Language::Finnish; return true; }
    if (a == 'e' && b == 'n') { out = Language::English; return true; }
    return false;
}

const char* languageCode(Language lang) { return lang == Language::Finnish ? "fi" : "en"; }

Language pickLanguage(const std::vector<std::string>& preferred) {
    for (const auto& tag : preferred) {
        Language l;
        if (parseLanguage(tag, l)) return l;
    }
    return Language::English;
}

const char* translate(Language lang, const char* english) {
    const char* t = lookup(lang, nullptr, english, 0);
    return t ? t : english;
}

const char* translate(Language lang, const char* context, const char* english) {
    const char* t = lookup(lang, context, english, 0);
    return t ? t : english;
}

const char* translatePlural(Language lang, const char* one, const char* many, long long n) {
    // Both languages have the rule nplurals=2; plural=(n != 1) (the .po header says so).
    const std::size_t form = n == 1 ? 0 : 1;
    const char* t = lookup(lang, nullptr, one, form);
    return t ? t : (form == 0 ? one : many);
}

bool hasTranslation(Language lang, const char* english) {
    if (lang == Language::English) return true;
    return finnish().find("", english, 0) != nullptr;
}

std::vector<std::string> missingTranslations() { return {missing().begin(), missing().end()}; }
void clearMissingTranslations() { missing().clear(); }

std::string format(std::string_view pattern, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '0' && pattern[i + 1] <= '9' && pattern[i + 2] == '}') {
            const std::size_t k = static_cast<std::size_t>(pattern[i + 1] - '0');
            if (k < args.size()) out += args[k];
            i += 2;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

namespace {
const char* kNbsp = "\xC2\xA0";

std::string groupDigits(const std::string& digits, const char* sep) {
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += sep;
        out += digits[i];
    }
    return out;
}
}  // namespace

std::string formatNumber(Language lang, double value, int decimals) {
    if (!std::isfinite(value)) return "-";
    if (decimals < 0) decimals = 0;
    if (decimals > 6) decimals = 6;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
    std::string s = buf;
    const std::size_t dot = s.find('.');
    std::string whole = dot == std::string::npos ? s : s.substr(0, dot);
    std::string frac = dot == std::string::npos ? std::string() : s.substr(dot + 1);
    const bool fi = lang == Language::Finnish;
    bool negative = value < 0;
    if (negative && whole.find_first_not_of('0') == std::string::npos && frac.find_first_not_of('0') == std::string::npos)
        negative = false;  // no "-0"
    std::string out = negative ? "-" : "";
    out += groupDigits(whole, fi ? kNbsp : ",");
    if (!frac.empty()) out += (fi ? "," : ".") + frac;
    return out;
}

std::string formatInteger(Language lang, long long value) { return formatNumber(lang, static_cast<double>(value), 0); }

std::string formatMoney(Language lang, double euros) {
    if (lang == Language::Finnish) return formatNumber(lang, euros, 2) + kNbsp + "\xE2\x82\xAC";
    const std::string n = formatNumber(lang, euros, 2);
    if (!n.empty() && n[0] == '-') return "-\xE2\x82\xAC" + n.substr(1);
    return "\xE2\x82\xAC" + n;
}

std::string formatDateTime(Language lang, std::string_view iso) {
    if (lang != Language::Finnish) return std::string(iso);
    auto digits = [&](std::size_t at, std::size_t n) {
        if (at + n > iso.size()) return -1;
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (iso[i] < '0' || iso[i] > '9') return -1;
            v = v * 10 + (iso[i] - '0');
        }
        return v;
    };
    const int y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2);
    if (y < 0 || mo < 1 || d < 1 || iso[4] != '-' || iso[7] != '-') return std::string(iso);
    std::string out = std::to_string(d) + "." + std::to_string(mo) + "." + std::to_string(y);
    if (iso.size() >= 16 && (iso[10] == ' ' || iso[10] == 'T') && iso[13] == ':') {
        const int h = digits(11, 2), mi = digits(14, 2);
        if (h >= 0 && mi >= 0) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "%d.%02d", h, mi);
            out += std::string(" klo ") + buf;
        }
    }
    return out;
}

namespace {
// One code point from UTF-8 (invalid bytes come back one at a time as themselves).
unsigned decode(std::string_view s, std::size_t& i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    auto cont = [&](std::size_t k) { return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80; };
    if (c < 0x80) { i += 1; return c; }
    if ((c & 0xE0) == 0xC0 && cont(1)) {
        const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
        i += 2;
        return cp;
    }
    if ((c & 0xF0) == 0xE0 && cont(1) && cont(2)) {
        const unsigned cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                            (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
        i += 3;
        return cp;
    }
    if ((c & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
        const unsigned cp = ((c & 0x07u) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 12) |
                            ((static_cast<unsigned char>(s[i + 2]) & 0x3Fu) << 6) | (static_cast<unsigned char>(s[i + 3]) & 0x3Fu);
        i += 4;
        return cp;
    }
    i += 1;
    return c;
}

struct Weight {
    unsigned primary;  // 0 = ignorable
    unsigned accent;   // 0 = plain letter
    bool upper;
};

Weight weigh(Language lang, unsigned cp) {
    const bool fi = lang == Language::Finnish;
    bool upper = false;
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)) { cp += 0x20; upper = true; }
    if (cp == 0x160 || cp == 0x17D) { cp += 1; upper = true; }
    auto letter = [&](char l, unsigned accent) { return Weight{0x40u + static_cast<unsigned>(l - 'a'), accent, upper}; };
    if (cp >= 'a' && cp <= 'z') return letter(static_cast<char>(cp), 0);
    if (cp >= '0' && cp <= '9') return {0x30u + (cp - '0'), 0, false};
    if (cp == ' ' || cp == '\t' || cp == 0xA0) return {0x10, 0, false};
    if (cp < 0x80) return {cp < 0x30 ? 0x11u : 0x12u, cp, false};
    switch (cp) {
        case 0xE0: case 0xE1: case 0xE2: case 0xE3: return letter('a', cp);
        case 0xE7: return letter('c', cp);
        case 0xE8: case 0xE9: case 0xEA: case 0xEB: return letter('e', cp);
        case 0xEC: case 0xED: case 0xEE: case 0xEF: return letter('i', cp);
        case 0xF1: return letter('n', cp);
        case 0xF2: case 0xF3: case 0xF4: case 0xF5: return letter('o', cp);
        case 0xF9: case 0xFA: case 0xFB: return letter('u', cp);
        case 0xFD: case 0xFF: return letter('y', cp);
        case 0x161: return letter('s', cp);
        case 0x17E: return letter('z', cp);
        case 0xFC: return fi ? letter('y', cp) : letter('u', cp);
        // Finnish: Å, Ä, Ö are letters of their own after Z; Æ sorts as Ä and Ø as Ö.
        case 0xE5: return fi ? Weight{0x40u + 26, 0, upper} : letter('a', cp);
        case 0xE4: return fi ? Weight{0x40u + 27, 0, upper} : letter('a', cp);
        case 0xE6: return fi ? Weight{0x40u + 27, cp, upper} : letter('a', cp);
        case 0xF6: return fi ? Weight{0x40u + 28, 0, upper} : letter('o', cp);
        case 0xF8: return fi ? Weight{0x40u + 28, cp, upper} : letter('o', cp);
        default: break;
    }
    return {0x80, cp, false};  // other scripts: after every Latin letter, then by code point
}
}  // namespace

std::string sortKey(Language lang, std::string_view text) {
    std::string primary, accents, cases;
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned cp = decode(text, i);
        const Weight w = weigh(lang, cp);
        primary += static_cast<char>(w.primary);
        if (w.primary == 0x80) {  // keep other scripts apart by code point at the first level
            primary += static_cast<char>(0x80 | ((cp >> 14) & 0x7F));
            primary += static_cast<char>(0x80 | ((cp >> 7) & 0x7F));
            primary += static_cast<char>(0x80 | (cp & 0x7F));
        }
        accents += static_cast<char>(w.accent == 0 ? 0x02 : 0x03 + (w.accent & 0x7F));
        cases += static_cast<char>(w.upper ? 0x03 : 0x02);
    }
    return primary + '\x01' + accents + '\x01' + cases + '\x01' + std::string(text);
}

int compareText(Language lang, std::string_view a, std::string_view b) {
    const std::string ka = sortKey(lang, a), kb = sortKey(lang, b);
    return ka < kb ? -1 : (ka > kb ? 1 : 0);
}

}  // namespace prm::i18n
