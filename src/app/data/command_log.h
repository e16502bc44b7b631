#pragma once
// What the command log keeps of an applied command. Small commands are kept whole (a replayable
// session); bulk payloads are kept by reference, so the log never grows with the records a command
// carries: an import of 100,000 rows logs a few hundred bytes, not the rows.
//
//  - record payloads (ImportRecords "rows" and "rowNumbers", CreateLeads "leads") are always
//    replaced by {"omitted": "rows", "count": N, "bytes": B, "fnv1a64": "<16 hex digits>"}
//    (B and the hash are of the payload's compact JSON text, so the same file gives the same hash);
//  - any other array whose JSON text is over kMaxInlineArrayBytes (e.g. 100,000 lead ids of a mass
//    change) is replaced by the same kind of reference ("omitted": "array");
//  - a delete command carries ids only, never the deleted record's fields.
// Passwords are masked separately (Sandbox::execute).
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace prm::app::command_log {

using json = nlohmann::json;

constexpr std::size_t kMaxInlineArrayBytes = 16 * 1024;

// The command as it goes into command_log.command.
json compact(const json& command);

// FNV-1a, 64 bits, of the bytes: the payload hash of a reference (not a security hash).
std::uint64_t fnv1a64(const std::string& bytes, std::uint64_t h = 0xcbf29ce484222325ULL);

}  // namespace prm::app::command_log
