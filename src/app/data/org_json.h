#pragma once
// The whole org as one JSON document, versioned (docs/ORG_JSON.md):
//   {"format": "prm-sandbox-org", "version": 1, "org": {...}, "profiles": [...], "users": [...], ...}
// One section per table (camelCase keys, one key per column); the share table and the role-tree
// cache are derived and rebuilt on import; the command log is not part of it.
// Import validates everything before anything is replaced; a message names the JSON path:
//   "$.leads[3].annualRevenue: expected a number, got \"12k\"".
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/sandbox.h"
#include "app/data/sqlite_file.h"
#include "domain/result.h"
#include "store/db.h"

namespace prm::app::org_json {

constexpr const char* kFormat = "prm-sandbox-org";
constexpr int kVersion = 1;

// The org as a JSON value / as text (2-space indented, stable key and row order).
nlohmann::ordered_json exportOrg(store::Db& db);
std::string exportOrgText(store::Db& db);

// Validates a document (types, unknown fields, required fields, references) and builds it into a
// private, checked in-memory database, ready for sqlite_file::install. Nothing else is touched.
domain::Result<std::unique_ptr<store::Db>> build(const nlohmann::json& doc);
// Parses text first (syntax errors name the line and column), then build().
domain::Result<std::unique_ptr<store::Db>> buildFromText(std::string_view text);

// buildFromText + install: the sandbox's org is replaced; the previous one comes back as bytes.
domain::Result<sqlite_file::Replaced> importOrg(Sandbox& sb, std::string_view text, SnapshotStore* snapshots = nullptr);

}  // namespace prm::app::org_json
