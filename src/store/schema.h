#pragma once
// The org schema and its migrations (PRAGMA user_version). See docs/ARCHITECTURE.md for the tables.
#include "store/db.h"

namespace prm::store {

// The schema version this build writes. A file with a larger user_version is from the future.
constexpr int kSchemaVersion = 7;

// Creates or upgrades the schema in one transaction. Refuses a database from a newer build
// or one that is not a PRM Sandbox org.
Status migrate(Db& db);

// The user_version of an open database (0 for an empty one).
int schemaVersion(Db& db);

}  // namespace prm::store
