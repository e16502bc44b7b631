#include "app/command_fields.h"

#include <algorithm>
#include <cctype>

namespace prm::app::fields {

std::string ReadError::field() const {
    // "$.leads[3].email" -> "leads"; "$" -> "".
    if (path.size() < 3 || path[0] != '$' || path[1] != '.') return {};
    size_t end = path.find_first_of(".[", 2);
    return path.substr(2, end == std::string::npos ? std::string::npos : end - 2);
}

std::string describeValue(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "a list";
        case json::value_t::boolean: return v.get<bool>() ? "true" : "false";
        case json::value_t::string: {
            std::string s = v.get<std::string>();
            if (s.size() > 40) s = s.substr(0, 40) + "...";
            return json(s).dump(-1, ' ', false, json::error_handler_t::replace);
        }
        default: return v.dump(-1, ' ', false, json::error_handler_t::replace);
    }
}

namespace {
std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}
size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}
}  // namespace

std::string suggest(const std::string& key, const std::vector<std::string>& names) {
    const std::string k = lower(key);
    std::string best;
    size_t bestDistance = 3;  // a near miss: at most two edits, ignoring case
    for (const auto& n : names) {
        const size_t d = editDistance(k, lower(n));
        if (d < bestDistance) {
            bestDistance = d;
            best = n;
        }
    }
    return best.empty() ? std::string() : "did you mean \"" + best + "\"? ";
}

std::string childPath(const std::string& path, const std::string& key) {
    bool plain = !key.empty() && !std::isdigit(static_cast<unsigned char>(key[0]));
    for (char c : key) plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
    return plain ? path + "." + key : path + "[" + json(key).dump(-1, ' ', false, json::error_handler_t::replace) + "]";
}

bool isPlaceholder(const json& v, const ReadOptions& o) {
    if (!o.placeholders || !v.is_string()) return false;
    const auto& s = v.get_ref<const std::string&>();
    return !s.empty() && s[0] == '$';
}

json placeholderSchema() {
    return {{"type", "string"},
            {"pattern", "^\\$[A-Za-z]+(\\(.*\\))?$"},
            {"description", "a scenario placeholder such as $accountId(Nordic Partners Oy) (docs/SCENARIOS.md)"}};
}

}  // namespace prm::app::fields
