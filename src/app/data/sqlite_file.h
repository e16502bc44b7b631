#pragma once
// The whole sandbox as a .sqlite file: download (opens in the sqlite3 CLI) and upload.
// An upload is checked completely on a private in-memory copy BEFORE it replaces anything:
// size limit, the "SQLite format 3" header, PRAGMA integrity_check, the schema version (newer:
// refused; older: migrated), the full schema (every table, index, view and trigger exactly as this
// build writes it), an org row, foreign keys.
// The replaced org comes back to the caller as bytes (a snapshot the UI can offer to restore).
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/sandbox.h"
#include "app/training/snapshots.h"
#include "domain/result.h"
#include "store/db.h"

namespace prm::app::sqlite_file {

using Bytes = std::vector<unsigned char>;

// The sandbox's database as the bytes of a .sqlite file.
Bytes download(Sandbox& sb);

// Validates an uploaded file and returns it, migrated to this build's schema, as a private
// in-memory database. The message of an error says what is wrong and what to do.
domain::Result<std::unique_ptr<store::Db>> openValidated(const Bytes& bytes);

// Checks a database that is about to become the org (used for uploads, the CLI's org files and JSON
// org imports): integrity, compareSchema, an org row, foreign keys.
domain::Status checkOrgDatabase(store::Db& db);

// Compares the SQL of every table, index, view and trigger in sqlite_schema with a fresh org's
// (normaliseSql on both sides). A changed, missing or extra object is refused by type and name:
// a view with another body could widen what a user sees.
domain::Status compareSchema(store::Db& db);

// SQL without comments, with each run of whitespace as one space (none next to "(),;"); quoted
// names and literals are kept as they are. SQLite stores each object's SQL as it was written.
std::string normaliseSql(std::string_view sql);

struct Replaced {
    Bytes previous;             // the org that was replaced, as a .sqlite file (keep it to undo)
    std::string snapshotName;   // the snapshot / sandbox copy it was kept as ("" when only `previous`)
    std::string message;        // "Replaced the org with 'Aurora Devices Oy' (12 users, 340 leads); ..."
};

// Replaces the sandbox's whole database with `replacement` (already checked) through the snapshot
// module's restoreBytes. The replaced org is first kept as "Before replacing the org, <date>": in
// `snapshots` when given, else as a training sandbox copy when the training store is attached and
// somebody is logged in (training.h), else only as Replaced::previous. On failure the org is
// unchanged. The caller persists afterwards (the web platform marks it dirty).
domain::Result<Replaced> install(Sandbox& sb, store::Db& replacement, SnapshotStore* snapshots = nullptr);

// openValidated + install: an upload of a .sqlite file.
domain::Result<Replaced> upload(Sandbox& sb, const Bytes& bytes, SnapshotStore* snapshots = nullptr);

// True when the header says WAL mode (bytes 18 and 19 are 2). openValidated reads such a file as
// what has been checkpointed into it.
bool isWalMode(const Bytes& bytes);

// Non-empty (a message saying what to do) when PATH-wal exists and is not empty: changes to the org
// that are not in PATH itself yet.
std::string pendingWal(const std::string& path);

// Reads / writes a whole file with std streams (works natively and under NODERAWFS).
// readFile stats the path first and refuses, without opening it, a directory, a FIFO, a device or a
// socket, and a file over the limit of its kind (csv::kMaxFileBytes, or csv::kMaxOrgFileBytes).
enum class FileKind { Text, Org };
domain::Result<std::string> readFile(const std::string& path, FileKind kind = FileKind::Text);
domain::Status writeFile(const std::string& path, const std::string& bytes);

}  // namespace prm::app::sqlite_file
