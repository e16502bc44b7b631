#include "app/command_fields.h"

#include <algorithm>
#include <cctype>
#include <iterator>

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
        case json::value_t::object: return T_f("an object");
        case json::value_t::array: return T_f("a list");
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
    return best.empty() ? std::string() : T_f("did you mean \"{0}\"? ", {best});
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

// ---- depth limit ----------------------------------------------------------------------------------
namespace {
std::string tooDeepMessage() {
    return T_f("nested deeper than {0} levels; commands and files use only a few levels of objects and lists, so flatten it",
               {std::to_string(kMaxJsonDepth)});
}
}  // namespace

ReadResult checkDepth(const json& j, const std::string& path) {
    if (!j.is_structured()) return std::nullopt;
    struct Frame {
        const json* value;
        json::const_iterator next;
        std::size_t index;  // of `next` in its object or list
    };
    std::vector<Frame> stack{{&j, j.cbegin(), 0}};
    while (!stack.empty()) {
        Frame& f = stack.back();
        if (f.next == f.value->cend()) {
            stack.pop_back();
            continue;
        }
        const json& child = *f.next;
        ++f.next;
        ++f.index;
        if (!child.is_structured()) continue;
        if (stack.size() + 1 > kMaxJsonDepth) {
            // The path of `child`: each frame's current member (the one just before its `next`).
            std::string p = path;
            for (const Frame& s : stack)
                p = s.value->is_object() ? childPath(p, std::prev(s.next).key()) : p + "[" + std::to_string(s.index - 1) + "]";
            return ReadError{p, tooDeepMessage()};
        }
        stack.push_back(Frame{&child, child.cbegin(), 0});
    }
    return std::nullopt;
}

std::optional<std::string> textDepthProblem(std::string_view text) {
    // Follows only what decides nesting: strings (skipped, keys remembered for the path), brackets and
    // commas. Text that is not valid JSON may be counted loosely; the parser refuses it afterwards anyway.
    struct Level {
        bool object = false;
        std::size_t index = 0;    // lists: the member being read
        std::string key;          // objects: the member being read
        bool expectKey = true;    // objects: the next string is a key
    };
    std::vector<Level> levels;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const std::size_t start = ++i;
            while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
            if (!levels.empty() && levels.back().object && levels.back().expectKey) {
                levels.back().key = std::string(text.substr(start, std::min(i, text.size()) - start));
                levels.back().expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            if (levels.size() + 1 > kMaxJsonDepth) {
                std::string p = "$";
                for (const Level& l : levels) p = l.object ? childPath(p, l.key) : p + "[" + std::to_string(l.index) + "]";
                return p + ": " + tooDeepMessage();
            }
            Level l;
            l.object = c == '{';
            levels.push_back(std::move(l));
        } else if (c == '}' || c == ']') {
            if (!levels.empty()) levels.pop_back();
        } else if (c == ',' && !levels.empty()) {
            if (levels.back().object) levels.back().expectKey = true;
            else ++levels.back().index;
        }
    }
    return std::nullopt;
}

ParsedJson parseJson(std::string_view text) {
    ParsedJson out;
    if (auto deep = textDepthProblem(text)) {
        out.value = json(json::value_t::discarded);
        out.error = *deep;
        out.tooDeep = true;
        return out;
    }
    out.value = json::parse(text.begin(), text.end(), nullptr, false);
    if (out.value.is_discarded()) out.error = T_f("not valid JSON");
    return out;
}

}  // namespace prm::app::fields
