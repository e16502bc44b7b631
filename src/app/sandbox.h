#pragma once
// Sandbox: one org in one SQLite database, changed only through commands.
// A command is JSON ({"cmd": "ChangeLeadOwner", ...}): validated, applied in one transaction,
// written to the command log (and the Setup Audit Trail where it is a setup change), or refused
// with a message a user can act on. Nothing here throws across the boundary.
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/result.h"
#include "domain/types.h"
#include "store/db.h"

namespace prm::app {

using json = nlohmann::json;
using domain::Id;
using domain::TimeMs;

struct CommandResult {
    bool ok = false;
    std::string message;  // on refusal: what and what to do; on success: a short confirmation
    std::string field;    // on refusal: the argument that caused it ("" when none)
    json data = json::object();  // on success: ids created, counts, ...

    static CommandResult success(std::string msg = {}, json data = json::object()) {
        return CommandResult{true, std::move(msg), {}, std::move(data)};
    }
    static CommandResult refuse(std::string msg, std::string field = {}) {
        return CommandResult{false, std::move(msg), std::move(field), json::object()};
    }
};

class Sandbox;

// What a command handler sees: the database (inside the command's transaction), the actor, the clock,
// and the side channels every command shares (audit trail, outbox, sharing recalculation).
class CommandContext {
public:
    CommandContext(Sandbox& sb, store::Db& db) : m_sandbox(sb), m_db(db) {}
    store::Db& db() { return m_db; }
    Sandbox& sandbox() { return m_sandbox; }
    Id actor() const;
    TimeMs now() const;
    std::mt19937_64& rng();

    // Setup Audit Trail row. section e.g. "Partner Relationship Management".
    void audit(const std::string& section, const std::string& action, const std::string& oldValue = {},
               const std::string& newValue = {});
    // Puts an e-mail in the outbox; returns its id.
    Id sendEmail(const std::string& kind, std::optional<Id> toUser, const std::string& toAddress,
                 const std::string& subject, const std::string& body, const std::string& templateName = {},
                 std::optional<Id> relatedId = std::nullopt);
    // A failed SQL step inside a handler: turns SQLite's message into a refusal and marks the command failed.
    CommandResult dbError(const std::string& what);

private:
    Sandbox& m_sandbox;
    store::Db& m_db;
};

using Handler = std::function<CommandResult(CommandContext&, const json& args)>;

struct CommandInfo {
    std::string name;
    bool setup = false;       // a setup change: needs an administrator, and goes to the Setup Audit Trail
    bool needsActor = true;   // false for LogIn and the bootstrap commands
    Handler handler;
};

// Commands register themselves by area (see commands_*.cpp); the registry is filled once.
class CommandRegistry {
public:
    void add(CommandInfo info);
    const CommandInfo* find(const std::string& name) const;
    std::vector<std::string> names() const;

private:
    std::map<std::string, CommandInfo> m_commands;
};
const CommandRegistry& commandRegistry();

struct SandboxOptions {
    // Fixed clock for tests and replays; real time when empty.
    std::function<TimeMs()> clock;
    std::uint64_t seed = 0;  // 0: random seed (passwords); tests set one for repeatable runs
};

class Sandbox {
public:
    // Opens or creates an org database at path (":memory:" for a throwaway one) and migrates it.
    static domain::Result<std::unique_ptr<Sandbox>> open(const std::string& path, SandboxOptions opts = {});

    // Applies one command. Refusals change nothing.
    CommandResult execute(const json& command);
    // Applies a sequence (JSON array or JSON Lines); stops at the first refusal and reports its index.
    CommandResult executeAll(const std::vector<json>& commands);

    // The logged-in user (0 when nobody is). Session state lives in the database so a reload keeps it.
    Id currentUser();
    TimeMs now() const;
    store::Db& db() { return *m_db; }
    std::mt19937_64& rng() { return m_rng; }

    // Called after every committed command (the web platform persists to IndexedDB here).
    void setOnCommitted(std::function<void()> fn) { m_onCommitted = std::move(fn); }

private:
    Sandbox(std::unique_ptr<store::Db> db, SandboxOptions opts);
    std::unique_ptr<store::Db> m_db;
    SandboxOptions m_opts;
    std::mt19937_64 m_rng;
    std::function<void()> m_onCommitted;
    Id m_actorOverride = 0;
    friend class CommandContext;
};

// ---- helpers for handlers: typed argument access with user-facing refusals ----------------
// Each returns nullopt and fills `err` when the argument is missing or of the wrong type.
std::optional<std::string> argString(const json& args, const char* name, CommandResult& err, bool required = true);
std::optional<Id> argId(const json& args, const char* name, CommandResult& err, bool required = true);
std::optional<bool> argBool(const json& args, const char* name, CommandResult& err, bool required = false);

}  // namespace prm::app
