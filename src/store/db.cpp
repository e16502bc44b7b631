#include "db.h"

#include <atomic>
#include <cassert>
#include <cstring>

#include <sqlite3.h>

#include "domain/i18n/i18n.h"
#include "domain/rules.h"

namespace prm::store {

using domain::Error;

namespace {
// prm_fold(text): the case folding every text comparison of the rules uses (domain::foldCase: ASCII and
// Latin-1 letters such as Ä/ä), so a filter applied in SQL matches exactly what the rules match in C++.
void foldFunction(sqlite3_context* ctx, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const unsigned char* t = sqlite3_value_text(argv[0]);
    const std::string folded = domain::foldCase(t ? std::string(reinterpret_cast<const char*>(t),
                                                                 static_cast<size_t>(sqlite3_value_bytes(argv[0])))
                                                  : std::string());
    sqlite3_result_text(ctx, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

// Collations prm_fi and prm_en: the UI languages' sort orders (i18n::compareText), so a list sorted in
// SQL (ORDER BY name COLLATE prm_fi) comes in the order the reader expects: Å, Ä, Ö after Z in Finnish.
template <i18n::Language L>
int collate(void*, int na, const void* a, int nb, const void* b) {
    return i18n::compareText(L, std::string_view(static_cast<const char*>(a), static_cast<size_t>(na)),
                             std::string_view(static_cast<const char*>(b), static_cast<size_t>(nb)));
}
}  // namespace

Statement::Statement(Statement&& o) noexcept : m_db(o.m_db), m_stmt(o.m_stmt), m_error(std::move(o.m_error)) {
    o.m_stmt = nullptr;
}
Statement& Statement::operator=(Statement&& o) noexcept {
    if (this != &o) {
        if (m_stmt) sqlite3_finalize(m_stmt);
        m_db = o.m_db;
        m_stmt = o.m_stmt;
        m_error = std::move(o.m_error);
        o.m_stmt = nullptr;
    }
    return *this;
}
Statement::~Statement() {
    if (m_stmt) sqlite3_finalize(m_stmt);
}
Statement& Statement::bind(int i, std::int64_t v) {
    if (m_stmt) sqlite3_bind_int64(m_stmt, i, v);
    return *this;
}
Statement& Statement::bind(int i, double v) {
    if (m_stmt) sqlite3_bind_double(m_stmt, i, v);
    return *this;
}
Statement& Statement::bind(int i, const std::string& v) {
    if (m_stmt) sqlite3_bind_text(m_stmt, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
}
Statement& Statement::bind(int i, const char* v) {
    if (m_stmt) {
        if (v) sqlite3_bind_text(m_stmt, i, v, -1, SQLITE_TRANSIENT);
        else sqlite3_bind_null(m_stmt, i);
    }
    return *this;
}
Statement& Statement::bindNull(int i) {
    if (m_stmt) sqlite3_bind_null(m_stmt, i);
    return *this;
}
Statement& Statement::bindOptional(int i, const std::optional<std::int64_t>& v) {
    return v ? bind(i, *v) : bindNull(i);
}
Statement& Statement::bindBlob(int i, const void* data, int size) {
    if (m_stmt) sqlite3_bind_blob(m_stmt, i, data, size, SQLITE_TRANSIENT);
    return *this;
}
Statement Statement::failed(sqlite3* db, std::string message) {
    Statement s(db, nullptr);
    s.m_error = std::move(message);
    return s;
}
bool Statement::step() {
    if (!m_stmt) return false;
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) m_error = sqlite3_errmsg(m_db);
    return false;
}
Status Statement::run() {
    if (!m_stmt) return Status::fail(m_error.empty() ? "statement was not prepared" : m_error);
    while (step()) {
    }
    if (!m_error.empty()) return Status::fail(m_error);
    return domain::okStatus();
}
void Statement::reset() {
    if (!m_stmt) return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error.clear();
}
std::int64_t Statement::getInt(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::getDouble(int col) const { return sqlite3_column_double(m_stmt, col); }
std::string Statement::getText(int col) const {
    const unsigned char* t = sqlite3_column_text(m_stmt, col);
    return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(m_stmt, col)))
             : std::string();
}
bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
std::optional<std::int64_t> Statement::getOptionalInt(int col) const {
    if (isNull(col)) return std::nullopt;
    return getInt(col);
}
int Statement::columnCount() const { return m_stmt ? sqlite3_column_count(m_stmt) : 0; }
std::string Statement::columnName(int col) const {
    const char* n = sqlite3_column_name(m_stmt, col);
    return n ? n : "";
}

Result<std::unique_ptr<Db>> Db::open(const std::string& path) {
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = raw ? sqlite3_errmsg(raw) : "out of memory";
        if (raw) sqlite3_close(raw);
        return Error{"cannot open database '" + path + "': " + msg, ""};
    }
    std::unique_ptr<Db> db(new Db(raw, path));
    sqlite3_create_function_v2(raw, "prm_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, foldFunction, nullptr,
                               nullptr, nullptr);
    sqlite3_create_collation_v2(raw, "prm_fi", SQLITE_UTF8, nullptr, collate<i18n::Language::Finnish>, nullptr);
    sqlite3_create_collation_v2(raw, "prm_en", SQLITE_UTF8, nullptr, collate<i18n::Language::English>, nullptr);
    // No WAL: the browser's file system (IDBFS) cannot hold a WAL file; one connection at a time.
    auto st = db->exec("PRAGMA foreign_keys=ON; PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF;"
                       "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;");
    if (!st) return Error{"cannot configure database '" + path + "': " + st.message(), ""};
    return db;
}
Db::~Db() {
    if (m_db) sqlite3_close(m_db);
}
namespace {
std::atomic<int> g_badSql{0};
}
int badSqlCount() { return g_badSql.load(); }
void resetBadSqlCount() { g_badSql = 0; }

Statement Db::prepare(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        // Bad SQL (SQLITE_ERROR: syntax, a missing table or column) is a programmer error; the statement
        // still fails softly in release builds. Other codes are the data's fault (a damaged or foreign
        // file being checked) and are the caller's to report.
        std::string msg = std::string(sqlite3_errmsg(m_db)) + " in: " + sql;
        if ((rc & 0xff) == SQLITE_ERROR) {
            ++g_badSql;
            assert(false && "bad SQL");
        }
        return Statement::failed(m_db, msg);
    }
    return Statement(m_db, stmt);
}
Status Db::exec(const std::string& sql) {
    char* err = nullptr;
    int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errmsg(m_db);
        sqlite3_free(err);
        return Status::fail(msg);
    }
    return domain::okStatus();
}
std::int64_t Db::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Db::changes() const { return sqlite3_changes(m_db); }
std::string Db::errorMessage() const { return sqlite3_errmsg(m_db); }

namespace {
Status copyDatabase(sqlite3* from, sqlite3* to) {
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (!b) return Status::fail(sqlite3_errmsg(to));
    sqlite3_backup_step(b, -1);
    int rc = sqlite3_backup_finish(b);
    if (rc != SQLITE_OK) return Status::fail(sqlite3_errstr(rc));
    return domain::okStatus();
}
}  // namespace

Status Db::backupTo(const std::string& path) {
    sqlite3* out = nullptr;
    if (sqlite3_open(path.c_str(), &out) != SQLITE_OK) {
        std::string msg = out ? sqlite3_errmsg(out) : "out of memory";
        sqlite3_close(out);
        return Status::fail("cannot write '" + path + "': " + msg);
    }
    Status st = copyDatabase(m_db, out);
    sqlite3_close(out);
    return st;
}
Status Db::copyFrom(Db& source) { return copyDatabase(source.m_db, m_db); }
Status Db::restoreFrom(const std::string& path) {
    sqlite3* in = nullptr;
    if (sqlite3_open_v2(path.c_str(), &in, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        std::string msg = in ? sqlite3_errmsg(in) : "out of memory";
        sqlite3_close(in);
        return Status::fail("cannot read '" + path + "': " + msg);
    }
    Status st = copyDatabase(in, m_db);
    sqlite3_close(in);
    return st;
}
std::vector<unsigned char> Db::serialize() {
    sqlite3_int64 size = 0;
    unsigned char* data = sqlite3_serialize(m_db, "main", &size, 0);
    std::vector<unsigned char> out;
    if (data) {
        out.assign(data, data + size);
        sqlite3_free(data);
    }
    return out;
}
Status Db::deserialize(const std::vector<unsigned char>& bytes) {
    auto* buf = static_cast<unsigned char*>(sqlite3_malloc64(bytes.size()));
    if (!buf && !bytes.empty()) return Status::fail("out of memory");
    if (!bytes.empty()) std::memcpy(buf, bytes.data(), bytes.size());
    int rc = sqlite3_deserialize(m_db, "main", buf, static_cast<sqlite3_int64>(bytes.size()),
                                 static_cast<sqlite3_int64>(bytes.size()),
                                 SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK) return Status::fail(sqlite3_errmsg(m_db));
    return domain::okStatus();
}

Transaction::Transaction(Db& db) : m_db(db) { m_active = static_cast<bool>(m_db.exec("BEGIN IMMEDIATE")); }
Transaction::~Transaction() {
    // A failed ROLLBACK leaves nothing to undo: SQLite has already rolled the transaction back.
    if (m_active) (void)m_db.exec("ROLLBACK");
}
Status Transaction::commit() {
    if (!m_active) return Status::fail("no transaction is open");
    Status st = m_db.exec("COMMIT");
    if (st) m_active = false;
    return st;
}

}  // namespace prm::store
