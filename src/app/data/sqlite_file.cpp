#include "app/data/sqlite_file.h"
#include "app/messages.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sys/stat.h>
#include <sstream>

#include "app/data/csv.h"
#include "app/data/eml.h"
#include "app/training/training.h"
#include "store/schema.h"

namespace prm::app::sqlite_file {

using domain::Error;
using domain::Status;

Bytes download(Sandbox& sb) { return sb.db().serialize(); }

std::string normaliseSql(std::string_view sql) {
    std::string out;
    bool space = false;  // whitespace or a comment was skipped since the last character written
    auto put = [&](char c) {
        static const std::string kTight = "(),;";
        if (space && !out.empty() && kTight.find(out.back()) == std::string::npos && kTight.find(c) == std::string::npos)
            out += ' ';
        space = false;
        out += c;
    };
    std::size_t i = 0;
    while (i < sql.size()) {
        const char c = sql[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = true;
            ++i;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            while (i < sql.size() && sql[i] != '\n') ++i;
            space = true;
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            const std::size_t close = sql.find("*/", i + 2);
            i = close == std::string_view::npos ? sql.size() : close + 2;
            space = true;
        } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
            // A literal or quoted name is copied as it is ('' inside quotes is the quote itself).
            const char end = c == '[' ? ']' : c;
            put(c);
            ++i;
            while (i < sql.size()) {
                out += sql[i];
                if (sql[i++] != end) continue;
                if (end != ']' && i < sql.size() && sql[i] == end) {
                    out += sql[i++];
                    continue;
                }
                break;
            }
        } else {
            put(c);
            ++i;
        }
    }
    return out;
}

namespace {

// One schema object as SQLite stores it in sqlite_schema: type, the table it belongs to, its SQL.
struct SchemaObject {
    std::string type;
    std::string table;
    std::string sql;  // normalised (normaliseSql)
};
using Schema = std::map<std::string, SchemaObject>;  // by name

// SQLite's own statistics tables (ANALYZE, PRAGMA optimize) only guide the query planner: a file
// opened and analysed in the sqlite3 shell still holds the same org.
bool isStatisticsTable(const std::string& type, const std::string& name) {
    return type == "table" && (name == "sqlite_stat1" || name == "sqlite_stat2" || name == "sqlite_stat3" ||
                               name == "sqlite_stat4");
}

Schema schemaOf(store::Db& db) {
    Schema schema;
    auto st = db.prepare("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema");
    while (st.step()) {
        const std::string type = st.getText(0), name = st.getText(1);
        if (isStatisticsTable(type, name)) continue;
        schema[name] = {type, st.getText(2), normaliseSql(st.getText(3))};
    }
    return schema;
}

const Schema& productSchema() {
    static const Schema schema = [] {
        auto db = store::Db::open(":memory:");
        if (!db || !store::migrate(*db.value())) return Schema{};
        return schemaOf(*db.value());
    }();
    return schema;
}

const char* kChangedOutside = ": it was changed outside PRM Sandbox; upload a file PRM Sandbox wrote";

}  // namespace

domain::Status compareSchema(store::Db& db) {
    const Schema& want = productSchema();
    if (want.empty()) return Status::fail(T_f("PRM Sandbox could not build its own schema to compare the file with"));
    const Schema have = schemaOf(db);
    for (const auto& [name, object] : have) {
        auto it = want.find(name);
        if (it == want.end())
            return Status::fail("the file has an extra " + object.type + " '" + name +
                                "' that PRM Sandbox's own schema does not have" + kChangedOutside);
        if (it->second.type != object.type || it->second.table != object.table || it->second.sql != object.sql)
            return Status::fail("the file's " + object.type + " '" + name + "' differs from PRM Sandbox's own" +
                                kChangedOutside);
    }
    for (const auto& [name, object] : want)
        if (!have.count(name))
            return Status::fail("the file has no " + object.type + " '" + name + "', which PRM Sandbox's own schema has" +
                                kChangedOutside);
    return domain::okStatus();
}

namespace {

std::string plural(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

Status checkOrgDatabase(store::Db& db) {
    {
        auto st = db.prepare("PRAGMA integrity_check");
        std::string first;
        if (st.step()) first = st.getText(0);
        if (!st.ok()) return Status::fail("the file is damaged (" + st.error() + "); it cannot be used");
        if (first != "ok") return Status::fail("the file is damaged (SQLite integrity check: " + first + "); it cannot be used");
    }
    if (auto st = compareSchema(db); !st) return st;
    if (!db.queryInt("SELECT 1 FROM org WHERE id = 1"))
        return Status::fail(T_f("the file has the sandbox's tables but no org in them; upload a file downloaded from the sandbox"));
    {
        auto fk = db.prepare("PRAGMA foreign_key_check");
        if (fk.step())
            return Status::fail("the file's records do not fit together: a row of table '" + fk.getText(0) +
                                "' refers to a missing row of '" + fk.getText(2) + "'; it cannot be used");
    }
    return domain::okStatus();
}

bool isWalMode(const Bytes& bytes) { return bytes.size() >= 100 && bytes[18] == 2 && bytes[19] == 2; }

domain::Result<std::unique_ptr<store::Db>> openValidated(const Bytes& bytes) {
    if (auto p = csv::orgSizeProblem(bytes.size()); !p.empty()) return Error{p, "file"};
    if (isWalMode(bytes)) {
        // A file left in WAL mode (e.g. by the sqlite3 shell) holds everything checkpointed into it;
        // an in-memory copy cannot use WAL, so the copy is read as a rollback-journal file (the two
        // header bytes PRAGMA journal_mode=DELETE would write). The CLI refuses a file whose -wal
        // file still holds changes (sqlite_file::pendingWal).
        Bytes copy = bytes;
        copy[18] = copy[19] = 1;
        return openValidated(copy);
    }
    static const char kMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
    if (bytes.empty()) return Error{T_f("the file is empty; pick a .sqlite file downloaded from the sandbox"), "file"};
    if (bytes.size() < 100 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        return Error{T_f("this is not a SQLite database (it does not start with \"SQLite format 3\"); "
                     "pick a .sqlite file downloaded from the sandbox"),
                     "file"};
    auto opened = store::Db::open(":memory:");
    if (!opened) return opened.error();
    std::unique_ptr<store::Db> db = std::move(opened).value();
    if (auto st = db->deserialize(bytes); !st)
        return Error{"the file cannot be opened as a SQLite database (" + st.message() + ")", "file"};
    // A first read loads the schema; a damaged file fails here, softly (exec never asserts).
    if (auto st = db->exec("SELECT count(*) FROM sqlite_master"); !st)
        return Error{"the file is damaged (" + st.message() + "); it cannot be used", "file"};
    {
        auto st = db->prepare("PRAGMA integrity_check");
        std::string first;
        if (st.step()) first = st.getText(0);
        if (!st.ok()) return Error{"the file is damaged (" + st.error() + "); it cannot be used", "file"};
        if (first != "ok") return Error{"the file is damaged (SQLite integrity check: " + first + "); it cannot be used", "file"};
    }
    const int version = store::schemaVersion(*db);
    if (version == 0 && !db->queryInt("SELECT 1 FROM sqlite_master WHERE type='table'"))
        return Error{T_f("the SQLite file is empty: it holds no org; pick a .sqlite file downloaded from the sandbox"), "file"};
    // Newer: refused; older: migrated (on this private copy only); not ours: refused.
    if (auto st = store::migrate(*db); !st) return Error{st.message(), "file"};
    if (auto st = checkOrgDatabase(*db); !st) return Error{st.message(), "file"};
    return db;
}

domain::Result<Replaced> install(Sandbox& sb, store::Db& replacement, SnapshotStore* snapshots) {
    Replaced out;
    out.previous = sb.db().serialize();
    if (out.previous.empty()) return Error{"the current org could not be copied (" + sb.db().errorMessage() + "); nothing was changed", ""};
    const std::string name = "Before replacing the org, " + eml::rfc5322Date(sb.now());
    bool trainingCopy = false;
    if (snapshots) {
        if (auto st = snapshots->save(sb, name); !st)
            return Error{"the current org could not be kept as a snapshot (" + st.message() + "); nothing was changed", ""};
        out.snapshotName = name;
    } else if (training::trainingStoreAttached(sb.db()) && sb.currentUser() != 0) {
        // The browser keeps sandbox copies in the training store: the replaced org becomes one.
        if (auto r = training::createSnapshot(sb, name); r.ok) out.snapshotName = name, trainingCopy = true;
    }
    if (auto st = restoreBytes(sb, replacement.serialize()); !st) {
        if (snapshots) snapshots->remove(name);
        // Best effort: the copy of an org that stays is harmless if it cannot be deleted.
        if (trainingCopy) (void)training::deleteSnapshot(sb, name);
        return Error{"could not load the org (" + st.message() + "); nothing was changed", ""};
    }
    const std::string orgName = sb.db().queryText("SELECT name FROM org WHERE id = 1").value_or("?");
    const auto users = sb.db().queryInt("SELECT count(*) FROM users").value_or(0);
    const auto leads = sb.db().queryInt("SELECT count(*) FROM leads").value_or(0);
    out.message = "Replaced the org with '" + orgName + "' (" + plural(users, "user", "users") + ", " +
                  plural(leads, "lead", "leads") + "); " +
                  (!out.snapshotName.empty() ? "the previous org was kept as the sandbox copy '" + out.snapshotName + "'"
                                             : std::string("the previous org comes back as a file to keep"));
    return out;
}

domain::Result<Replaced> upload(Sandbox& sb, const Bytes& bytes, SnapshotStore* snapshots) {
    auto db = openValidated(bytes);
    if (!db) return db.error();
    return install(sb, *db.value(), snapshots);
}

domain::Result<std::string> readFile(const std::string& path, FileKind kind) {
    const bool org = kind == FileKind::Org;
    // stat before open: opening a FIFO blocks until a writer comes, and a device never ends.
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return Error{"cannot read '" + path + "': no such file, or no permission", "file"};
    if (S_ISDIR(info.st_mode))
        return Error{"'" + path + "' is a directory; give the path of " + (org ? "an org .sqlite file" : "a file"), "file"};
    if (!S_ISREG(info.st_mode))
        return Error{"'" + path + "' is not a regular file (it is a pipe, a device or a socket); save the data in a file and give its path",
                     "file"};
    const auto size = static_cast<std::size_t>(info.st_size);
    const std::string what = "'" + path + "'";
    if (auto p = org ? csv::orgSizeProblem(size, what) : csv::sizeProblem(size, what); !p.empty()) return Error{p, "file"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"cannot read '" + path + "': no permission", "file"};
    std::string data(size, '\0');
    if (size > 0 && !in.read(&data[0], static_cast<std::streamsize>(size))) return Error{"cannot read '" + path + "'", "file"};
    return data;
}

std::string pendingWal(const std::string& path) {
    struct stat info {};
    if (::stat((path + "-wal").c_str(), &info) == 0 && info.st_size > 0)
        return "'" + path + "' is in WAL mode and its changes are still in '" + path +
               "-wal'; run `sqlite3 " + path + " 'PRAGMA journal_mode=DELETE'` and try again";
    return {};
}

Status writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return Status::fail("cannot write '" + path + "': check the folder exists and is writable");
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) return Status::fail("cannot write '" + path + "' (disk full?)");
    return domain::okStatus();
}

}  // namespace prm::app::sqlite_file
