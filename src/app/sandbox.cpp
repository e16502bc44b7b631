#include "app/sandbox.h"

#include <algorithm>
#include <chrono>

#include "app/command_areas.h"
#include "app/data/command_log.h"
#include "app/refusals.h"
#include "app/users/delegated_admin.h"
#include "store/schema.h"

namespace prm::app {

namespace {
// Passwords never reach the database in plain text: the command log keeps "password" / "newPassword"
// arguments (at any depth, e.g. CreateOrg's admin.password) as "********". A replayed LogIn therefore
// fails and must be replaced by the replayer's own login.
// Recursion is bounded: execute() refuses commands nested deeper than fields::kMaxJsonDepth before this
// runs, and anything below that depth (never reached) is dropped rather than walked.
json redactSecrets(const json& j, std::size_t depth = 1) {
    if (j.is_structured() && depth > fields::kMaxJsonDepth) return nullptr;
    if (j.is_object()) {
        json out = json::object();
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            const bool secret = key == "password" || key == "newPassword" || key == "currentPassword";
            out[key] = secret && it->is_string() ? json("********") : redactSecrets(*it, depth + 1);
        }
        return out;
    }
    if (j.is_array()) {
        json out = json::array();
        for (const auto& v : j) out.push_back(redactSecrets(v, depth + 1));
        return out;
    }
    return j;
}
}  // namespace

// ---- registry ---------------------------------------------------------------------------
void CommandRegistry::insert(CommandInfo info) {
    std::string name = info.name;
    info.area = m_area;
    if (info.internal) {
        m_internal[name] = std::move(info);
        return;
    }
    if (std::find(m_areas.begin(), m_areas.end(), m_area) == m_areas.end()) m_areas.push_back(m_area);
    m_commands[name] = std::move(info);
}
const CommandInfo* CommandRegistry::find(const std::string& name) const {
    auto it = m_commands.find(name);
    return it == m_commands.end() ? nullptr : &it->second;
}
const CommandInfo* CommandRegistry::findInternal(const std::string& name) const {
    auto it = m_internal.find(name);
    return it == m_internal.end() ? nullptr : &it->second;
}
std::vector<std::string> CommandRegistry::names() const {
    std::vector<std::string> out;
    for (const auto& [name, info] : m_commands) out.push_back(name);
    return out;
}
std::vector<std::pair<std::string, std::vector<std::string>>> CommandRegistry::byArea() const {
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    for (const auto& area : m_areas) {
        out.push_back({area, {}});
        for (const auto& [name, info] : m_commands)
            if (info.area == area) out.back().second.push_back(name);
    }
    return out;
}

const CommandRegistry& commandRegistry() {
    static const CommandRegistry registry = [] {
        CommandRegistry r;
        r.beginArea("Org and PRM");
        registerOrgCommands(r);
        r.beginArea("Users, profiles and roles");
        registerUserCommands(r);
        r.beginArea("Accounts, contacts and partners");
        registerAccountCommands(r);
        r.beginArea("Communities");
        communities::registerCommands(r);
        r.beginArea("Leads");
        registerLeadCommands(r);
        r.beginArea("Sales: opportunities, activities and lead conversion");
        registerSalesCommands(r);
        r.beginArea("Queues, assignment rules and round robin");
        registerRoutingCommands(r);
        r.beginArea("Sharing");
        registerSharingCommands(r);
        r.beginArea("Channel programs and tiers");
        registerChannelCommands(r);
        r.beginArea("Data import");
        registerImportCommands(r);
        r.beginArea("Training");
        registerTrainingCommands(r);
        return r;
    }();
    return registry;
}

// ---- context ----------------------------------------------------------------------------
Id CommandContext::actor() const { return m_sandbox.m_actorOverride; }
TimeMs CommandContext::now() const { return m_sandbox.now(); }
const PasswordCost& CommandContext::passwordCost() const { return m_sandbox.m_opts.passwordCost; }
bool CommandContext::scripted() const { return m_sandbox.m_scripted; }

void CommandContext::audit(const std::string& section, const std::string& action, const std::string& oldValue,
                           const std::string& newValue) {
    auto st = m_db.prepare("INSERT INTO setup_audit(at, actor_id, section, action, old_value, new_value) "
                           "VALUES (?,?,?,?,?,?)");
    st.bind(1, now());
    if (actor()) st.bind(2, actor());
    else st.bindNull(2);
    st.bind(3, section).bind(4, action).bind(5, oldValue).bind(6, newValue);
    if (auto r = st.run(); !r) fail(T_f("writing the Setup Audit Trail: {0}", {r.message()}));
}

Id CommandContext::sendEmail(const std::string& kind, std::optional<Id> toUser, const std::string& toAddress,
                             const std::string& subject, const std::string& body, const std::string& templateName,
                             std::optional<Id> relatedId) {
    auto st = m_db.prepare("INSERT INTO outbox(kind, to_user_id, to_address, subject, body, template, related_id, sent_at) "
                           "VALUES (?,?,?,?,?,?,?,?)");
    st.bind(1, kind).bindOptional(2, toUser).bind(3, toAddress).bind(4, subject).bind(5, body).bind(6, templateName);
    st.bindOptional(7, relatedId).bind(8, now());
    if (auto r = st.run(); !r) {
        fail(T_f("putting the e-mail in the Outbox: {0}", {r.message()}));
        return 0;
    }
    return m_db.lastInsertId();
}

void CommandContext::fail(const std::string& what) {
    if (m_failure.empty()) m_failure = what;
}

CommandResult refuseInput(const fields::ReadError& e) { return CommandResult::refuse(e.text(), e.field()); }

CommandResult CommandContext::dbError(const std::string& what) {
    return CommandResult::refuse(T_f("{0} failed: {1}; try again", {what, m_db.errorMessage()}));
}

// ---- sandbox --------------------------------------------------------------------------------
Sandbox::Sandbox(std::unique_ptr<store::Db> db, SandboxOptions opts)
    : m_db(std::move(db)), m_opts(std::move(opts)) {}

domain::Result<std::unique_ptr<Sandbox>> Sandbox::open(const std::string& path, SandboxOptions opts) {
    auto db = store::Db::open(path);
    if (!db) return db.error();
    if (auto st = store::migrate(*db.value()); !st) return st.error();
    return std::unique_ptr<Sandbox>(new Sandbox(std::move(db).value(), std::move(opts)));
}

TimeMs Sandbox::now() const {
    if (m_opts.clock) return m_opts.clock();
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Id Sandbox::currentUser() { return m_db->queryInt("SELECT user_id FROM session WHERE id = 1").value_or(0); }

CommandResult Sandbox::execute(const json& command) { return run(command, false); }
CommandResult Sandbox::executeInternal(const json& command) { return run(command, true); }

CommandResult Sandbox::run(const json& command, bool internal) {
    MessageLanguageScope speak(m_language);
    try {
        if (!command.is_object())
            return CommandResult::refuse(T_f("a command is a JSON object with a \"cmd\" field, e.g. {\"cmd\": \"EnablePrm\"}"));
        if (auto deep = fields::checkDepth(command)) return refuseInput(*deep);
        auto it = command.find("cmd");
        if (it == command.end() || !it->is_string())
            return CommandResult::refuse(T_f("the command has no \"cmd\" name; add one, e.g. \"cmd\": \"EnablePrm\""), "cmd");
        const std::string name = it->get<std::string>();
        const CommandInfo* info = internal ? commandRegistry().findInternal(name) : commandRegistry().find(name);
        if (!info)
            return CommandResult::refuse(T_f("unknown command '{0}'; {1}see docs/COMMANDS.md for the list",
                                             {name, fields::suggest(name, commandRegistry().names())}),
                                         "cmd");

        m_actorOverride = currentUser();
        if (info->needsActor && m_actorOverride == 0)
            return CommandResult::refuse(T_f("nobody is logged in to the sandbox; log in first"));
        // A session opened by LogIn with a temporary password (users.must_change_password = 2, see
        // users/user_commands.cpp) may only change the password or log out until it does.
        if (info->needsActor && m_actorOverride != 0 && name != "ChangePassword" && name != "LogOut" &&
            m_db->queryInt("SELECT must_change_password FROM users WHERE id = ?", m_actorOverride).value_or(0) == 2)
            return CommandResult::refuse(
                T_f("you logged in with a temporary password: change your password first (Log In page → Change Your "
                    "Password, or the ChangePassword command); until then only ChangePassword and LogOut are allowed"));
        if (info->setup)
            if (auto refused = refuseUnlessAdmin(*m_db, m_actorOverride))
                if (!info->delegable || !users::isDelegatedAdmin(*m_db, m_actorOverride)) return *refused;

        store::Transaction tx(*m_db);
        if (!tx.active()) return CommandResult::refuse(T_f("the sandbox database is busy: {0}", {m_db->errorMessage()}));
        CommandContext ctx(*this, *m_db);
        CommandResult res = info->handler(ctx, command);
        if (!res.ok) return res;  // the transaction rolls back: a refusal changes nothing
        if (!ctx.failure().empty())
            return CommandResult::refuse(T_f("the change could not be saved ({0}); try again", {ctx.failure()}));
        // A dry run ("dryRun": true, on commands that declare it) did all its work: roll it back, unlogged.
        if (auto dry = command.find("dryRun"); dry != command.end() && dry->is_boolean() && dry->get<bool>()) return res;

        auto log = m_db->prepare("INSERT INTO command_log(at, actor_id, command) VALUES (?,?,?)");
        log.bind(1, now());
        if (m_actorOverride) log.bind(2, m_actorOverride);
        else log.bindNull(2);
        // Bulk payloads by reference, passwords masked (app/data/command_log.h).
        log.bind(3, redactSecrets(command_log::compact(command)).dump());
        if (auto st = log.run(); !st) return CommandResult::refuse(T_f("could not write the command log: {0}", {st.message()}));
        if (auto st = tx.commit(); !st) return CommandResult::refuse(T_f("could not save the change: {0}", {st.message()}));
        if (m_onCommitted) m_onCommitted();
        return res;
    } catch (const std::exception& e) {
        return CommandResult::refuse(T_f("the command could not be applied ({0})", {e.what()}));
    }
}

CommandResult Sandbox::executeAll(const std::vector<json>& commands) {
    CommandResult last = CommandResult::success();
    for (size_t i = 0; i < commands.size(); ++i) {
        last = execute(commands[i]);
        if (!last.ok) {
            MessageLanguageScope speak(m_language);
            last.message = T_f("command {0}: {1}", {std::to_string(i + 1), last.message});
            last.data["index"] = i;
            return last;
        }
    }
    last.data["applied"] = commands.size();
    return last;
}

}  // namespace prm::app
