#include "app/data/command_log.h"

#include <cstdio>

namespace prm::app::command_log {

std::uint64_t fnv1a64(const std::string& bytes, std::uint64_t h) {
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

namespace {

bool isRecordPayload(const std::string& cmd, const std::string& key) {
    return (cmd == "ImportRecords" && (key == "rows" || key == "rowNumbers")) || (cmd == "CreateLeads" && key == "leads");
}

// The reference that stands for an array in the log: how many entries, how many bytes, which hash.
// The array is hashed entry by entry, so no second copy of a large payload is ever built.
json reference(const json& array, const char* what) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    std::size_t bytes = 2;  // "[" and "]"
    h = fnv1a64("[", h);
    bool first = true;
    for (const auto& v : array) {
        if (!first) {
            h = fnv1a64(",", h);
            ++bytes;
        }
        first = false;
        const std::string text = v.dump();
        h = fnv1a64(text, h);
        bytes += text.size();
    }
    h = fnv1a64("]", h);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return {{"omitted", what}, {"count", array.size()}, {"bytes", bytes}, {"fnv1a64", std::string(hex)}};
}

// Large arrays anywhere below the top level (e.g. an id list inside a filter) become references too.
json compactValue(const json& v) {
    if (v.is_array()) {
        if (v.dump().size() > kMaxInlineArrayBytes) return reference(v, "array");
        json out = json::array();
        for (const auto& e : v) out.push_back(compactValue(e));
        return out;
    }
    if (v.is_object()) {
        json out = json::object();
        for (auto it = v.begin(); it != v.end(); ++it) out[it.key()] = compactValue(*it);
        return out;
    }
    return v;
}

}  // namespace

json compact(const json& command) {
    if (!command.is_object()) return command;
    const auto cmdIt = command.find("cmd");
    const std::string cmd = cmdIt != command.end() && cmdIt->is_string() ? cmdIt->get<std::string>() : std::string();
    json out = json::object();
    for (auto it = command.begin(); it != command.end(); ++it) {
        if (it->is_array() && isRecordPayload(cmd, it.key())) out[it.key()] = reference(*it, "rows");
        else out[it.key()] = compactValue(*it);
    }
    return out;
}

}  // namespace prm::app::command_log
