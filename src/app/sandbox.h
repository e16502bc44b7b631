#pragma once
// Sandbox: one org in one SQLite database, changed only through commands.
// A command is JSON ({"cmd": "ChangeLeadOwner", ...}): validated, applied in one transaction,
// written to the command log (and the Setup Audit Trail where it is a setup change), or refused
// with a message a user can act on. Nothing here throws across the boundary.
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/command_fields.h"
#include "app/messages.h"
#include "app/users/password.h"
#include "domain/i18n/i18n.h"
#include "domain/result.h"
#include "domain/types.h"
#include "store/db.h"

namespace prm::app {

using json = nlohmann::json;
using domain::Id;
using domain::TimeMs;

struct [[nodiscard]] CommandResult {
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
    // The Argon2id cost for new password hashes (kPasswordCost unless a test fixture chose a cheaper one).
    const PasswordCost& passwordCost() const;
    // True while a scenario script runs (Sandbox::ScriptedRun): its logins are not a person at the
    // keyboard, so a temporary password does not lock the session until it is changed.
    bool scripted() const;

    // Setup Audit Trail row. section e.g. "Partner Relationship Management". A failed insert marks the
    // command failed (see failure()): execute() then rolls it back instead of logging it.
    void audit(const std::string& section, const std::string& action, const std::string& oldValue = {},
               const std::string& newValue = {});
    // Puts an e-mail in the outbox; returns its id (0 when the insert failed, which marks the command failed).
    Id sendEmail(const std::string& kind, std::optional<Id> toUser, const std::string& toAddress,
                 const std::string& subject, const std::string& body, const std::string& templateName = {},
                 std::optional<Id> relatedId = std::nullopt);
    // A failed SQL step inside a handler: turns SQLite's message into a refusal and marks the command failed.
    CommandResult dbError(const std::string& what);

    // A side channel (audit, outbox) that failed: the command is refused and rolled back whatever its
    // handler returns. Empty while nothing failed.
    const std::string& failure() const { return m_failure; }
    void fail(const std::string& what);

private:
    Sandbox& m_sandbox;
    store::Db& m_db;
    std::string m_failure;
};

using Handler = std::function<CommandResult(CommandContext&, const json& args)>;

// Who may run a command.
enum class CommandKind {
    User,     // any logged-in user; the handler checks what they may do with the record
    Setup,    // a setup change: needs an administrator, and goes to the Setup Audit Trail
    // A setup change on users that a delegated external user administrator (users.is_delegated_admin) may
    // also make; the handler limits them to their own partner account's users (app/users/delegated_admin.h).
    Delegable,
    NoLogin,  // runs with nobody logged in (CreateOrg, LogIn, the training bookkeeping)
    Internal, // only from the model's own code (Sandbox::executeInternal): never from JSON a user sends,
              // scenario files or `prm apply`, and not in the command reference. For records the sandbox
              // itself makes, such as the audit row of an org replaced by a file.
};

struct CommandInfo {
    std::string name;
    bool setup = false;       // a setup change: needs an administrator, and goes to the Setup Audit Trail
    bool needsActor = true;   // false for LogIn and the bootstrap commands
    bool internal = false;    // CommandKind::Internal: reachable only through Sandbox::executeInternal
    bool delegable = false;   // CommandKind::Delegable: a setup change a delegated admin may also make
    Handler handler;          // reads the command's struct from the JSON, then runs the typed handler
    std::string summary;      // one line for the command reference
    std::string area;         // the feature area that registered it ("Leads"), for the reference
    // Reads the fields without running anything (scenario files are checked this way when loaded).
    std::function<fields::ReadResult(const json&, const fields::ReadOptions&)> read;
    std::function<json(const fields::SchemaOptions&)> schema;  // JSON Schema of the fields (without "cmd")
    std::function<std::vector<fields::FieldDoc>()> docs;       // the fields, for the command reference
};

// The refusal for a command whose JSON does not fit its struct: the path and what was expected.
CommandResult refuseInput(const fields::ReadError& e);

// Commands register themselves by area (src/app/<area>/*_commands.cpp); the registry is filled once.
class CommandRegistry {
public:
    // Registers a typed command: the handler gets the struct read from the JSON, never the JSON itself.
    template <class Cmd>
    void add(std::string name, CommandKind kind, CommandResult (*handle)(CommandContext&, const Cmd&),
             std::string summary) {
        CommandInfo info;
        info.name = std::move(name);
        info.setup = kind == CommandKind::Setup || kind == CommandKind::Delegable;
        info.delegable = kind == CommandKind::Delegable;
        info.needsActor = kind != CommandKind::NoLogin && kind != CommandKind::Internal;
        info.internal = kind == CommandKind::Internal;
        info.summary = std::move(summary);
        info.handler = [handle](CommandContext& ctx, const json& command) {
            Cmd c{};
            if (auto e = fields::readStruct(command, "$", c, fields::ReadOptions{}, "cmd")) return refuseInput(*e);
            return handle(ctx, c);
        };
        info.read = [](const json& command, const fields::ReadOptions& o) {
            Cmd c{};
            if (auto deep = fields::checkDepth(command)) return deep;
            return fields::readStruct(command, "$", c, o, "cmd");
        };
        info.schema = [](const fields::SchemaOptions& o) { return fields::structSchema<Cmd>(o); };
        info.docs = [] { return fields::fieldDocs<Cmd>(); };
        insert(std::move(info));
    }
    // Commands added from now on belong to this area (the reference groups them by area).
    void beginArea(std::string area) { m_area = std::move(area); }
    // Areas in registration order, each with its commands in name order.
    std::vector<std::pair<std::string, std::vector<std::string>>> byArea() const;
    // The public commands (those JSON may name); internal ones are found only by findInternal().
    const CommandInfo* find(const std::string& name) const;
    const CommandInfo* findInternal(const std::string& name) const;
    std::vector<std::string> names() const;

private:
    void insert(CommandInfo info);
    std::map<std::string, CommandInfo> m_commands;
    std::map<std::string, CommandInfo> m_internal;
    std::vector<std::string> m_areas;
    std::string m_area;
};
const CommandRegistry& commandRegistry();

struct SandboxOptions {
    // Fixed clock for tests and replays; real time when empty.
    std::function<TimeMs()> clock;
    // Seed for repeatable runs of tests and replays. Never used for secrets: passwords, salts and tokens
    // always come from the platform's cryptographic source (app/users/password.h).
    std::uint64_t seed = 0;
    // Argon2id cost of new password hashes. Leave it: only test fixtures lower it, to keep the suite fast.
    PasswordCost passwordCost = kPasswordCost;
};

class Sandbox {
public:
    // Opens or creates an org database at path (":memory:" for a throwaway one) and migrates it.
    static domain::Result<std::unique_ptr<Sandbox>> open(const std::string& path, SandboxOptions opts = {});

    // Applies one command. Refusals change nothing. Internal commands are unknown here.
    CommandResult execute(const json& command);
    // Applies one of the model's internal commands (CommandKind::Internal), e.g. NoteOrgRestored after
    // the org was replaced: the same transaction, log and audit as execute(), but reachable only from code.
    CommandResult executeInternal(const json& command);
    // Applies a sequence (JSON array or JSON Lines); stops at the first refusal and reports its index.
    CommandResult executeAll(const std::vector<json>& commands);

    // The logged-in user (0 when nobody is). Session state lives in the database so a reload keeps it.
    Id currentUser();
    TimeMs now() const;
    store::Db& db() { return *m_db; }

    // The language of the messages commands answer with (refusals, confirmations, import error files).
    // A presentation setting of whoever is at the keyboard, not org state: the UI sets it when its own
    // language changes. English by default. E-mails go out in their recipient's language instead.
    // Also the default for messages made outside a command (setDefaultMessageLanguage).
    void setLanguage(i18n::Language lang) {
        m_language = lang;
        setDefaultMessageLanguage(lang);
    }
    i18n::Language language() const { return m_language; }

    // Called after every committed command (the web platform persists to IndexedDB here).
    void setOnCommitted(std::function<void()> fn) { m_onCommitted = std::move(fn); }

    // While one is alive, commands run as a scenario script (training's runCommands): a LogIn with a
    // temporary password does not hold the session to "change your password first". Only code makes one.
    class ScriptedRun {
    public:
        explicit ScriptedRun(Sandbox& sb) : m_sb(sb), m_was(sb.m_scripted) { sb.m_scripted = true; }
        ~ScriptedRun() { m_sb.m_scripted = m_was; }
        ScriptedRun(const ScriptedRun&) = delete;
        ScriptedRun& operator=(const ScriptedRun&) = delete;
    private:
        Sandbox& m_sb;
        bool m_was;
    };

private:
    Sandbox(std::unique_ptr<store::Db> db, SandboxOptions opts);
    CommandResult run(const json& command, bool internal);
    std::unique_ptr<store::Db> m_db;
    SandboxOptions m_opts;
    std::function<void()> m_onCommitted;
    Id m_actorOverride = 0;
    bool m_scripted = false;
    i18n::Language m_language = i18n::Language::English;
    friend class CommandContext;
};


}  // namespace prm::app
