#pragma once
// RAII wrappers over one SQLite connection: Db, Statement (prepared on each call), Transaction.
// Errors come back as domain::Result with sqlite3_errmsg turned into words; nothing here throws.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace prm::store {

using domain::Result;
using domain::Status;

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& o) noexcept;
    Statement& operator=(Statement&& o) noexcept;
    ~Statement();
    static Statement failed(sqlite3* db, std::string message);

    // Binding is 1-based, as in SQLite. Chainable.
    Statement& bind(int i, std::int64_t v);
    Statement& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
    Statement& bind(int i, double v);
    Statement& bind(int i, const std::string& v);
    Statement& bind(int i, const char* v);
    Statement& bindNull(int i);
    Statement& bindOptional(int i, const std::optional<std::int64_t>& v);
    Statement& bindBlob(int i, const void* data, int size);
    Statement& bind(int i, const std::optional<std::int64_t>& v) { return bindOptional(i, v); }
    // Binds every value in order from position 1: st.bindAll(leadId, ownerId).
    template <class... Args>
    Statement& bindAll(const Args&... args) {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    // Steps once: true when a row is available; false when done or on error (see ok()).
    bool step();
    // Runs to completion; returns an error with SQLite's message when it fails.
    Status run();
    void reset();

    std::int64_t getInt(int col) const;
    double getDouble(int col) const;
    std::string getText(int col) const;
    bool isNull(int col) const;
    std::optional<std::int64_t> getOptionalInt(int col) const;
    int columnCount() const;
    std::string columnName(int col) const;

    bool ok() const { return m_error.empty(); }
    const std::string& error() const { return m_error; }
    sqlite3_stmt* raw() const { return m_stmt; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    std::string m_error;
};

class Db {
public:
    // Opens (creating) a database file, or ":memory:". Sets the pragmas the product relies on.
    static Result<std::unique_ptr<Db>> open(const std::string& path);
    ~Db();
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    // Prepares a fresh statement. An error (bad SQL) is a programmer error: asserts in debug,
    // and in release returns a statement whose step() fails with the message.
    Statement prepare(const std::string& sql);
    // Runs one or more statements with no results.
    Status exec(const std::string& sql);
    // Convenience: the first column of the first row, or nullopt. Values are bound in order to the
    // statement's ? parameters, never pasted into the SQL text: db.queryInt("... WHERE id = ?", leadId).
    template <class... Args>
    std::optional<std::int64_t> queryInt(const std::string& sql, const Args&... args) {
        Statement s = prepare(sql);
        s.bindAll(args...);
        if (s.step() && !s.isNull(0)) return s.getInt(0);
        return std::nullopt;
    }
    template <class... Args>
    std::optional<std::string> queryText(const std::string& sql, const Args&... args) {
        Statement s = prepare(sql);
        s.bindAll(args...);
        if (s.step() && !s.isNull(0)) return s.getText(0);
        return std::nullopt;
    }

    std::int64_t lastInsertId() const;
    int changes() const;
    std::string errorMessage() const;
    sqlite3* raw() const { return m_db; }
    const std::string& path() const { return m_path; }

    // Whole-database copy through SQLite's backup API: to another file, or from one into this db.
    Status backupTo(const std::string& path);
    Status restoreFrom(const std::string& path);
    // Replaces this database's main with `source`'s, page by page (backup API). Use it, not deserialize,
    // on a connection that has been used: sqlite3_deserialize swaps the connection's main schema object,
    // and an eponymous virtual table used before (pragma_table_info) kept pointing at the freed one.
    Status copyFrom(Db& source);
    // Whole database as bytes (sqlite3_serialize) and back (sqlite3_deserialize: for a fresh connection).
    std::vector<unsigned char> serialize();
    Status deserialize(const std::vector<unsigned char>& bytes);

private:
    explicit Db(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}
    sqlite3* m_db = nullptr;
    std::string m_path;
};

// How many statements failed to prepare in this process (bad SQL: a programmer error). Counted the way
// the UI counts IM_ASSERT, so a release-build test fails on it too (tests/unit/bad_sql_guard.cpp).
int badSqlCount();
void resetBadSqlCount();  // for the one test that prepares bad SQL on purpose

// Begins on construction (BEGIN IMMEDIATE); rolls back unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Db& db);
    ~Transaction();
    Status commit();
    bool active() const { return m_active; }

private:
    Db& m_db;
    bool m_active = false;
};

}  // namespace prm::store
