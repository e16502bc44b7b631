// [SECTION] index
//  - Store (attached "training" database)
//  - Snapshots
//  - Placeholders and runCommands
//  - Scenarios (load, URL, reset, current)
//  - Exercises (progress, evaluate, check, hint)
#include "app/training/training.h"

#include "app/messages.h"

#include <cctype>
#include <map>
#include <set>

#include "app/queries_core.h"
#include "app/leads/queries_leads.h"
#include "app/training/bootstrap.h"
#include "app/training/scenario_load.h"
#include "app/training/snapshots.h"

namespace prm::app::training {
namespace {

const char* kStoreSchema = R"SQL(
CREATE TABLE IF NOT EXISTS training.snapshots (
  name        TEXT PRIMARY KEY,
  created_at  INTEGER NOT NULL,
  lead_count  INTEGER NOT NULL DEFAULT 0,
  org_name    TEXT NOT NULL DEFAULT '',
  scenario    TEXT NOT NULL DEFAULT '',
  size_bytes  INTEGER NOT NULL DEFAULT 0,
  bytes       BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS training.scenario_start (
  scenario    TEXT PRIMARY KEY,
  created_at  INTEGER NOT NULL,
  bytes       BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS training.undo_points (
  id          INTEGER PRIMARY KEY,
  label       TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  lead_count  INTEGER NOT NULL DEFAULT 0,
  bytes       BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS training.meta (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
)SQL";

bool attached(Sandbox& sb) { return trainingStoreAttached(sb.db()); }

domain::Result<std::vector<unsigned char>> readBlob(store::Db& db, const std::string& sql, const std::string& key) {
    auto st = db.prepare(sql);
    st.bind(1, key);
    if (!st.step()) return domain::Error{"not found", ""};
    // getText copies bytes verbatim (sqlite3_column_blob semantics for a BLOB column read as text).
    const std::string raw = st.getText(0);
    return std::vector<unsigned char>(raw.begin(), raw.end());
}

// Replaces the org with bytes and records why in the new org (which also lets the platform persist).
// undoLabel: keep the org being replaced as an undo point under this label first ("" for none).
CommandResult replaceOrg(Sandbox& sb, const std::vector<unsigned char>& bytes, const std::string& what,
                         const std::string& undoLabel = "") {
    if (!undoLabel.empty())
        if (auto u = takeUndoPoint(sb, undoLabel); !u) return CommandResult::refuse(u.message() + "; nothing was changed");
    if (auto st = restoreBytes(sb, bytes); !st)
        return CommandResult::refuse(T_f("the org could not be replaced ({0}); nothing was changed", {st.message()}));
    CommandResult r = sb.executeInternal({{"cmd", "NoteOrgRestored"}, {"what", what}});
    if (!r.ok) return r;
    return CommandResult::success(what);
}

}  // namespace

// ---- [SECTION] Store ------------------------------------------------------------------------------
domain::Status attachStore(Sandbox& sb, const std::string& path) {
    store::Db& db = sb.db();
    if (!attached(sb)) {
        auto st = db.prepare("ATTACH DATABASE ? AS training");
        st.bind(1, path);
        if (auto r = st.run(); !r) return domain::Status::fail("the training store could not be opened: " + r.message());
    }
    if (auto r = db.exec(kStoreSchema); !r) {
        // A damaged or foreign file: detach and keep working without persistent snapshots.
        (void)db.exec("DETACH DATABASE training");
        return domain::Status::fail("the training store is not usable (" + r.message() + ")");
    }
    return domain::okStatus();
}

domain::Status ensureStore(Sandbox& sb) {
    if (attached(sb)) return domain::okStatus();
    return attachStore(sb, ":memory:");
}

// ---- [SECTION] Snapshots ------------------------------------------------------------------------
std::vector<SnapshotRow> listSnapshots(Sandbox& sb) {
    std::vector<SnapshotRow> out;
    if (!attached(sb)) return out;
    auto st = sb.db().prepare("SELECT name, created_at, lead_count, size_bytes, org_name, scenario FROM training.snapshots "
                              "ORDER BY created_at DESC, rowid DESC");
    while (st.step())
        out.push_back({st.getText(0), st.getInt(1), st.getInt(2), st.getInt(3), st.getText(4), st.getText(5)});
    return out;
}

std::string suggestSnapshotName(Sandbox& sb) {
    long long n = 1;
    if (attached(sb)) n = sb.db().queryInt("SELECT count(*) FROM training.snapshots").value_or(0) + 1;
    for (;; ++n) {
        const std::string name = "Sandbox copy " + std::to_string(n);
        if (!attached(sb)) return name;
        auto st = sb.db().prepare("SELECT 1 FROM training.snapshots WHERE name = ?");
        st.bind(1, name);
        if (!st.step()) return name;
    }
}

CommandResult createSnapshot(Sandbox& sb, const std::string& name) {
    if (auto st = ensureStore(sb); !st) return CommandResult::refuse(st.message());
    return sb.execute({{"cmd", "CreateSnapshot"}, {"name", name}});
}

CommandResult deleteSnapshot(Sandbox& sb, const std::string& name) {
    if (auto st = ensureStore(sb); !st) return CommandResult::refuse(st.message());
    return sb.execute({{"cmd", "DeleteSnapshot"}, {"name", name}});
}

domain::Result<std::vector<unsigned char>> snapshotBytes(Sandbox& sb, const std::string& name) {
    if (!attached(sb)) return domain::Error{T_f("there is no sandbox copy named '{0}'", {name}), "name"};
    auto b = readBlob(sb.db(), "SELECT bytes FROM training.snapshots WHERE name = ?", name);
    if (!b) return domain::Error{T_f("there is no sandbox copy named '{0}'", {name}), "name"};
    return b;
}

CommandResult restoreSnapshot(Sandbox& sb, const std::string& name) {
    auto bytes = snapshotBytes(sb, name);
    if (!bytes) return CommandResult::refuse(bytes.message(), "name");
    return replaceOrg(sb, bytes.value(), "Restored the sandbox copy '" + name + "'", "Restore the sandbox copy '" + name + "'");
}

// ---- [SECTION] Placeholders ----------------------------------------------------------------------
namespace {

struct Lookup {
    const char* sql;
    const char* what;
};
const std::map<std::string, Lookup>& lookups() {
    static const std::map<std::string, Lookup> l = {
        {"accountId", {"SELECT id FROM accounts WHERE name = ?1 COLLATE NOCASE ORDER BY id", "account"}},
        {"userId",
         {"SELECT id FROM users WHERE trim(first_name || ' ' || last_name) = ?1 COLLATE NOCASE OR username = ?1 COLLATE NOCASE "
          "ORDER BY id",
          "user"}},
        {"contactId", {"SELECT id FROM contacts WHERE trim(first_name || ' ' || last_name) = ?1 COLLATE NOCASE ORDER BY id", "contact"}},
        {"queueId", {"SELECT id FROM queues WHERE name = ?1 COLLATE NOCASE", "queue"}},
        {"profileId", {"SELECT id FROM profiles WHERE name = ?1 COLLATE NOCASE", "profile"}},
        {"communityId", {"SELECT id FROM communities WHERE name = ?1 COLLATE NOCASE", "community"}},
        {"roleId", {"SELECT id FROM roles WHERE name = ?1 COLLATE NOCASE ORDER BY id", "role"}},
        {"leadId", {"SELECT id FROM leads WHERE number = ?1 OR company = ?1 COLLATE NOCASE ORDER BY id", "lead"}},
        {"ruleId", {"SELECT id FROM assignment_rules WHERE name = ?1 COLLATE NOCASE", "lead assignment rule"}},
        {"roundRobinId", {"SELECT id FROM round_robins WHERE name = ?1 COLLATE NOCASE", "round robin"}},
        {"groupId", {"SELECT id FROM public_groups WHERE name = ?1 COLLATE NOCASE", "public group"}},
        {"sharingRuleId", {"SELECT id FROM sharing_rules WHERE name = ?1 COLLATE NOCASE", "sharing rule"}},
        {"opportunityId", {"SELECT id FROM opportunities WHERE name = ?1 COLLATE NOCASE ORDER BY id", "opportunity"}},
        {"activityId", {"SELECT id FROM activities WHERE subject = ?1 COLLATE NOCASE ORDER BY id", "activity"}},
    };
    return l;
}

std::string welcomePassword(store::Db& db, Id userId) {
    auto st = db.prepare("SELECT body FROM outbox WHERE to_user_id = ? AND kind IN ('Welcome','PasswordReset') "
                         "ORDER BY id DESC LIMIT 1");
    st.bind(1, userId);
    if (!st.step()) return {};
    const std::string body = st.getText(0);
    for (const char* marker : {"New password: ", "Password: "}) {
        auto p = body.find(marker);
        if (p != std::string::npos) {
            p += std::string(marker).size();
            return body.substr(p, body.find('\n', p) - p);
        }
    }
    return {};
}

domain::Result<json> resolveValue(store::Db& db, const json& v) {
    if (v.is_object()) {
        json out = json::object();
        for (auto it = v.begin(); it != v.end(); ++it) {
            auto r = resolveValue(db, *it);
            if (!r) return r;
            out[it.key()] = r.value();
        }
        return out;
    }
    if (v.is_array()) {
        json out = json::array();
        for (const auto& e : v) {
            auto r = resolveValue(db, e);
            if (!r) return r;
            out.push_back(r.value());
        }
        return out;
    }
    if (!v.is_string()) return v;
    const std::string s = v.get<std::string>();
    if (s.size() < 2 || s[0] != '$' || !std::isalpha(static_cast<unsigned char>(s[1]))) return v;
    if (auto p = placeholderProblem(s); !p.empty()) return domain::Error{p, ""};
    if (s == "$partnerUserIds") {
        json ids = json::array();
        for (const auto& c : ownerCandidates(db, 0, "PartnerUser", "").eligible) ids.push_back(c.id);
        if (ids.empty()) return domain::Error{"$partnerUserIds: " + T_f("no partner user can own leads yet"), ""};
        return ids;
    }
    if (s == "$internalUserIds") {
        json ids = json::array();
        auto st = db.prepare("SELECT u.id FROM users u JOIN profiles p ON p.id = u.profile_id "
                             "WHERE p.user_type = 'Internal' AND p.is_admin = 0 AND u.is_active = 1 ORDER BY u.id");
        while (st.step()) ids.push_back(st.getInt(0));
        if (ids.empty()) return domain::Error{"$internalUserIds: " + T_f("the org has no active internal users besides administrators"), ""};
        return ids;
    }
    if (s == "$wizardSharingRuleIds" || s == "$wizardFolderIds" || s == "$wizardGroupMemberIds") {
        const WizardCandidates c = wizardCandidates(db);
        const auto& items = s == "$wizardSharingRuleIds" ? c.sharingRules : s == "$wizardFolderIds" ? c.folders : c.groupMembers;
        json ids = json::array();
        for (const auto& item : items) ids.push_back(item.id);
        return ids;
    }
    const auto open = s.find('(');
    const std::string fn = s.substr(1, open - 1);
    const std::string arg = s.substr(open + 1, s.size() - open - 2);
    if (fn == "welcomePassword") {
        auto u = db.prepare(lookups().at("userId").sql);
        u.bind(1, arg);
        if (!u.step()) return domain::Error{s + ": there is no user named '" + arg + "'", ""};
        const std::string pw = welcomePassword(db, u.getInt(0));
        if (pw.empty()) return domain::Error{s + ": the outbox has no password e-mail to '" + arg + "'", ""};
        return json(pw);
    }
    const Lookup& l = lookups().at(fn);
    auto st = db.prepare(l.sql);
    st.bind(1, arg);
    if (!st.step()) return domain::Error{s + ": there is no " + std::string(l.what) + " named '" + arg + "'", ""};
    return json(st.getInt(0));
}

}  // namespace

domain::Result<json> resolvePlaceholders(store::Db& db, const json& command) { return resolveValue(db, command); }

CommandResult runScriptStep(Sandbox& sb, const json& command, size_t index) {
    const Sandbox::ScriptedRun script(sb);  // a scenario's logins are the script's, not a person's
    const std::string name = command.value("cmd", std::string("?"));
    auto resolved = resolvePlaceholders(sb.db(), command);
    if (!resolved) {
        CommandResult r = CommandResult::refuse(T_f("step {0} ({1}): {2}", {sayInt(static_cast<long long>(index + 1)), name, resolved.message()}));
        r.data["index"] = index;
        return r;
    }
    CommandResult r = sb.execute(resolved.value());
    if (!r.ok) {
        r.message = "step " + std::to_string(index + 1) + " (" + name + "): " + r.message;
        r.data["index"] = index;
    }
    return r;
}

CommandResult runCommands(Sandbox& sb, const std::vector<json>& commands) {
    const Sandbox::ScriptedRun script(sb);
    CommandResult last = CommandResult::success();
    for (size_t i = 0; i < commands.size(); ++i) {
        last = runScriptStep(sb, commands[i], i);
        if (!last.ok) return last;
    }
    return last;
}

// ---- [SECTION] Scenarios ------------------------------------------------------------------------
CommandResult loadScenario(Sandbox& sb, const std::string& text, const std::string& source, bool fromUrl) {
    ScenarioLoad job(sb, text, source, fromUrl);
    return job.finish();
}

CommandResult loadBuiltinScenario(Sandbox& sb, const std::string& name, bool fromUrl) {
    const BuiltinScenario* b = findBuiltinScenario(name);
    if (!b) {
        std::string names;
        for (const auto& s : builtinScenarios()) names += (names.empty() ? "" : ", ") + s.name;
        return CommandResult::refuse(T_f("there is no built-in scenario '{0}'; choose one of {1}", {name, names}), "scenario");
    }
    return loadScenario(sb, b->text, "builtin", fromUrl);
}

bool isScenarioFileLink(const std::string& value) {
    return value.size() > 5 && value.compare(value.size() - 5, 5, ".json") == 0;
}

namespace {
// Why a file link is not a plain same-site path ("" when it is one): letters, digits, - _ . and / only,
// no leading /, no "..", at most 200 characters.
std::string fileLinkProblem(const std::string& value) {
    if (value.size() > 200) return T_f("the scenario file's name is longer than 200 characters");
    for (unsigned char c : value)
        if (!(std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '/'))
            return T_f("the scenario file's name may have letters, digits, - _ . and / only (a file next to the page, "
                       "e.g. ?scenario=class1.json)");
    if (value[0] == '/' || value.find("..") != std::string::npos || value.find("//") != std::string::npos)
        return T_f("the scenario file must be a file next to the page, e.g. ?scenario=class1.json");
    return {};
}
}  // namespace

CommandResult planScenarioLink(Sandbox& sb, const std::string& value) {
    if (auto st = ensureStore(sb); !st) return CommandResult::refuse(st.message());
    if (isScenarioFileLink(value)) {
        if (auto p = fileLinkProblem(value); !p.empty()) return CommandResult::refuse(T_f("{0}; your org was not changed", {p}), "scenario");
    } else if (!findBuiltinScenario(value)) {
        std::string names;
        for (const auto& s : builtinScenarios()) names += (names.empty() ? "" : ", ") + s.name;
        return CommandResult::refuse(T_f("there is no built-in scenario '{0}'; choose one of {1}, or name a scenario file next "
                                         "to the page (?scenario=class1.json)",
                                         {value, names}),
                                     "scenario");
    }
    if (sb.db().queryText("SELECT value FROM training.meta WHERE key = 'url_scenario'").value_or("") == value)
        return CommandResult::success(T_f("The scenario '{0}' was already loaded; your work in it is kept", {value}),
                                      {{"action", "kept"}, {"loaded", false}});
    if (orgHasWork(sb))
        return CommandResult::success(T_f("This org has work in it: load the scenario '{0}', keep your org, or take a "
                                          "sandbox copy first",
                                          {value}),
                                      {{"action", "ask"}, {"loaded", false}, {"ask", true}, {"scenario", value}});
    return CommandResult::success("", {{"action", "load"}, {"scenario", value}});
}

CommandResult openScenarioFromUrl(Sandbox& sb, const std::string& name) {
    CommandResult plan = planScenarioLink(sb, name);
    if (!plan.ok || plan.data.value("action", std::string()) != "load" || isScenarioFileLink(name)) return plan;
    CommandResult r = loadBuiltinScenario(sb, name, true);
    if (r.ok) r.data["loaded"] = true;
    return r;
}

CommandResult keepOrgForUrlScenario(Sandbox& sb, const std::string& name) {
    if (auto st = ensureStore(sb); !st) return CommandResult::refuse(st.message());
    return sb.execute({{"cmd", "KeepOrgForScenarioLink"}, {"scenario", name}});
}

bool orgHasWork(Sandbox& sb) {
    store::Db& db = sb.db();
    if (!db.queryInt("SELECT count(*) FROM org").value_or(0)) return false;
    // Where the org's own history starts: the last load or replacement, else the end of the demo org's seed.
    // (The log holds each command as JSON text; a quoted "cmd" inside a value is escaped, so it cannot match.)
    std::int64_t start = db.queryInt("SELECT max(id) FROM command_log WHERE command LIKE '%\"cmd\":\"TrainingScenarioLoaded\"%' "
                                     "OR command LIKE '%\"cmd\":\"NoteOrgRestored\"%'")
                             .value_or(0);
    if (!start) {
        const std::vector<json> seed = demoSandboxCommands();
        auto row = db.prepare("SELECT command FROM command_log WHERE id = ?");
        row.bind(1, static_cast<std::int64_t>(seed.size()));
        if (row.step() && json::parse(row.getText(0), nullptr, false) == seed.back())
            start = static_cast<std::int64_t>(seed.size());
    }
    static const std::set<std::string> notWork = {"LogIn",         "LogOut",           "LoginAs",       "CheckExercise",
                                                  "ShowExerciseHint", "CreateSnapshot", "DeleteSnapshot",
                                                  "KeepOrgForScenarioLink"};
    auto rows = db.prepare("SELECT command FROM command_log WHERE id > ? ORDER BY id");
    rows.bind(1, start);
    while (rows.step()) {
        const json c = json::parse(rows.getText(0), nullptr, false);
        if (!c.is_object() || !notWork.count(c.value("cmd", std::string()))) return true;
    }
    return false;
}

// ---- [SECTION] Undo -----------------------------------------------------------------------------
domain::Result<Id> takeUndoPoint(Sandbox& sb, const std::string& label) {
    if (auto st = ensureStore(sb); !st) return st.error();
    store::Db& db = sb.db();
    std::vector<unsigned char> bytes = db.serialize();
    if (bytes.empty()) return domain::Error{T_f("the org could not be copied for Undo: {0}", {db.errorMessage()}), ""};
    auto ins = db.prepare("INSERT INTO training.undo_points(label, created_at, lead_count, bytes) VALUES (?,?,?,?)");
    ins.bind(1, label).bind(2, sb.now()).bind(3, db.queryInt("SELECT count(*) FROM leads").value_or(0));
    ins.bindBlob(4, bytes.data(), static_cast<int>(bytes.size()));
    if (auto st = ins.run(); !st) return domain::Error{T_f("the copy for Undo could not be kept: {0}", {st.message()}), ""};
    const Id id = db.lastInsertId();
    auto trim = db.prepare("DELETE FROM training.undo_points WHERE id NOT IN "
                           "(SELECT id FROM training.undo_points ORDER BY id DESC LIMIT ?)");
    if (auto st = trim.bind(1, static_cast<std::int64_t>(kUndoKept)).run(); !st) return st.error();
    return id;
}

CommandResult executeWithUndo(Sandbox& sb, const json& command, const std::string& label) {
    auto point = takeUndoPoint(sb, label);
    if (!point) return CommandResult::refuse(point.message() + "; nothing was changed");
    CommandResult r = sb.execute(command);
    if (!r.ok) {
        dropUndoPoint(sb, point.value());
        return r;
    }
    r.data["undoPointId"] = point.value();
    return r;
}

void dropUndoPoint(Sandbox& sb, Id undoPointId) {
    if (!attached(sb)) return;
    auto del = sb.db().prepare("DELETE FROM training.undo_points WHERE id = ?");
    (void)del.bind(1, undoPointId).run();
}

std::vector<UndoPoint> undoPoints(Sandbox& sb) {
    std::vector<UndoPoint> out;
    if (!attached(sb)) return out;
    auto st = sb.db().prepare("SELECT id, label, created_at, lead_count FROM training.undo_points ORDER BY id DESC");
    while (st.step()) out.push_back({st.getInt(0), st.getText(1), st.getInt(2), st.getInt(3)});
    return out;
}

CommandResult undoTo(Sandbox& sb, Id undoPointId) {
    if (!attached(sb)) return CommandResult::refuse(T_f("there is nothing to undo: the training store is not open"));
    const auto found = sb.db().queryText("SELECT label FROM training.undo_points WHERE id = ?", undoPointId);
    if (!found)
        return CommandResult::refuse(T_f("that change can no longer be undone: only the last {0} are kept (Training → Snapshots lists them)",
                                         {sayInt(kUndoKept)}));
    const std::string what = *found;
    auto bytes = readBlob(sb.db(), "SELECT bytes FROM training.undo_points WHERE id = ?", std::to_string(undoPointId));
    if (!bytes) return CommandResult::refuse(T_f("the copy for Undo could not be read; nothing was changed"));
    const bool redo = what.rfind("Undone: ", 0) == 0;
    if (auto st = takeUndoPoint(sb, redo ? what.substr(8) : "Undone: " + what); !st)
        return CommandResult::refuse(st.message() + "; nothing was changed");
    dropUndoPoint(sb, undoPointId);
    return replaceOrg(sb, bytes.value(), redo ? "Redid: " + what.substr(8) : "Undid: " + what);
}

std::optional<CurrentScenario> currentScenario(Sandbox& sb) {
    auto st = sb.db().prepare("SELECT scenario_json, source, loaded_at FROM training_state WHERE id = 1");
    if (!st.step()) return std::nullopt;
    auto s = parseScenario(st.getText(0));
    if (!s) return std::nullopt;
    return CurrentScenario{std::move(s).value(), st.getText(1), st.getInt(2)};
}

CommandResult resetToScenarioStart(Sandbox& sb) {
    auto cur = currentScenario(sb);
    if (!cur) return CommandResult::refuse(T_f("this org was not built from a scenario; load one from Training → Scenarios"));
    if (auto st = ensureStore(sb); !st) return CommandResult::refuse(st.message());
    auto bytes = readBlob(sb.db(), "SELECT bytes FROM training.scenario_start WHERE scenario = ?", cur->scenario.name);
    if (bytes)
        return replaceOrg(sb, bytes.value(), "Reset to the start of the scenario '" + cur->scenario.title.en + "'",
                          "Reset to the start of '" + cur->scenario.title.en + "'");
    // The kept start belongs to another scenario: build this one again.
    const std::string source = cur->source;
    CommandResult r = loadScenario(sb, cur->scenario.source.dump(), source, false);
    if (r.ok) r.message = "Reset to the start of the scenario '" + cur->scenario.title.en + "'";
    return r;
}

// ---- [SECTION] Exercises ------------------------------------------------------------------------
std::map<std::string, ExerciseProgress> progress(Sandbox& sb) {
    std::map<std::string, ExerciseProgress> out;
    auto st = sb.db().prepare("SELECT exercise_id, status, checked_at, diagnosis, hints_shown FROM training_progress");
    while (st.step()) {
        ExerciseProgress p;
        p.status = st.getText(1);
        p.checkedAt = st.getOptionalInt(2);
        p.diagnosis = st.getText(3);
        p.hintsShown = static_cast<int>(st.getInt(4));
        out[st.getText(0)] = p;
    }
    return out;
}

ExerciseReport evaluateExercise(Sandbox& sb, const Exercise& e) {
    const CheckEnv env = checkEnvironment(sb.db());
    ExerciseReport r;
    r.passed = true;
    for (const auto& c : e.checks) {
        r.checks.push_back(evaluateCheck(sb.db(), c, env));
        r.passed = r.passed && r.checks.back().passed;
    }
    return r;
}

CommandResult checkExercise(Sandbox& sb, const std::string& exerciseId) {
    return sb.execute({{"cmd", "CheckExercise"}, {"exerciseId", exerciseId}});
}

CommandResult showHint(Sandbox& sb, const std::string& exerciseId) {
    return sb.execute({{"cmd", "ShowExerciseHint"}, {"exerciseId", exerciseId}});
}

}  // namespace prm::app::training
