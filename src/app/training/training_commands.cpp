// [SECTION] index
//  - GeneratePartnerAccounts: N partner accounts with contacts, partner users and (optionally) a community
//  - CloneProfile: a copy of a profile under a new name (scenarios need a third partner profile)
//  - Snapshots in the attached training store: CreateSnapshot, DeleteSnapshot, NoteOrgRestored
//  - Scenario bookkeeping: TrainingScenarioLoaded, CheckExercise, ShowExerciseHint
//
// The training store is a separate database attached to the org's connection as "training"
// (app/training.h attaches it); these commands refuse when it is not attached.
#include <cctype>
#include <set>

#include "app/messages.h"
#include "app/command_areas.h"
#include "app/core_common.h"
#include "app/refusals.h"
#include "app/training/scenario.h"
#include "app/training/training_checks.h"
#include "app/training/training_commands.h"

namespace prm::app::training {
namespace {

const char* kSection = "Training";

CommandResult callCommand(CommandContext& ctx, const char* name, const json& args, const std::string& what) {
    const CommandInfo* info = commandRegistry().find(name);
    if (!info) return CommandResult::refuse(std::string("internal: no command ") + name);
    CommandResult r = info->handler(ctx, args);
    if (!r.ok) r.message = what + ": " + r.message;
    return r;
}

// ---- GeneratePartnerAccounts ---------------------------------------------------------------------
// A tiny deterministic PRNG (splitmix64), the same on every platform.
struct Mix {
    std::uint64_t s;
    std::uint64_t next() {
        std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    template <size_t N>
    const char* pick(const char* const (&a)[N]) { return a[next() % N]; }
};

const char* const kFiStems[] = {"Kivi", "Saimaa", "Lappi", "Aalto", "Pohjan", "Karjala", "Tunturi", "Järvi", "Kuusi",
                                "Revontuli", "Meri", "Koski", "Harju", "Salmi", "Vaara", "Kallio"};
const char* const kFiSuffixes[] = {"Partners Oy", "IT Oy", "Solutions Oy", "Systems Oy", "Data Oy", "Digital Oy"};
const char* const kEnStems[] = {"Oakridge", "Redhill", "Northgate", "Silverline", "Harbour", "Kingsway", "Westfield",
                                "Ashford", "Greenway", "Riverside", "Stonebridge", "Highfield"};
const char* const kEnSuffixes[] = {"Ltd", "Partners Ltd", "Systems Ltd", "Consulting Ltd", "Group"};
const char* const kFiFirst[] = {"Aino", "Eero", "Helmi", "Ilkka", "Kaisa", "Lauri", "Minna", "Olli", "Riikka", "Tuomas",
                                "Veera", "Antti"};
const char* const kFiLast[] = {"Lahtinen", "Salo", "Hämäläinen", "Koskinen", "Heikkilä", "Rantanen", "Mattila",
                               "Karjalainen", "Lindholm", "Peltonen"};
const char* const kEnFirst[] = {"Oliver", "Amelia", "Harry", "Isla", "George", "Ava", "Noah", "Grace", "Jack", "Lily"};
const char* const kEnLast[] = {"Smith", "Jones", "Evans", "Walker", "Wright", "Hughes", "Green", "Hall", "Wood", "Clark"};
const char* const kFiCities[] = {"Helsinki", "Espoo", "Tampere", "Turku", "Oulu", "Jyväskylä", "Lahti", "Kuopio"};
const char* const kEnCities[] = {"London", "Manchester", "Leeds", "Bristol", "Edinburgh", "Birmingham"};

std::string asciiSlug(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0xC3 && i + 1 < s.size()) {  // ä ö å Ä Ö Å in UTF-8
            unsigned char d = static_cast<unsigned char>(s[++i]);
            out += (d == 0xA4 || d == 0x84 || d == 0xA5 || d == 0x85) ? 'a' : (d == 0xB6 || d == 0x96) ? 'o' : 'x';
        } else if (std::isalnum(c)) {
            out += static_cast<char>(std::tolower(c));
        }
    }
    return out;
}

CommandResult generatePartnerAccounts(CommandContext& ctx, const GeneratePartnerAccounts& cmd) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessOrg(ctx)) return *r;
    if (!core::loadOrg(db).prmEnabled)
        return CommandResult::refuse(T_f("partner accounts need Partner Relationship Management; enable it first in Setup → Customize → Partners → Settings"));
    if (cmd.count < 1 || cmd.count > 500)
        return CommandResult::refuse(T_f("give the number of partner accounts, 1 to 500"), "count");
    const long long n = cmd.count;
    const long long usersPer = cmd.usersPerAccount.value_or(1);
    if (usersPer < 0 || usersPer > 5) return CommandResult::refuse(T_f("give 0 to 5 partner users per account"), "usersPerAccount");
    bool fi = true, en = true;
    if (cmd.names) {
        fi = en = false;
        for (NameLanguage l : *cmd.names) (l == NameLanguage::Finnish ? fi : en) = true;
        if (!fi && !en) fi = true;
    }
    const std::uint64_t seed = static_cast<std::uint64_t>(cmd.seed.value_or(1)) * 7919u + 17u;
    const long long first = cmd.firstIndex.value_or(0);
    if (first < 0 || first > 100000) return CommandResult::refuse(T_f("firstIndex is the seed's account to begin with, 0 to 100,000"), "firstIndex");
    const bool loggedIn = cmd.loggedIn;
    const std::string community = cmd.community.value_or("");

    // Channel managers own the accounts in turn; the actor when the org has none.
    std::vector<Id> owners;
    auto cm = db.prepare("SELECT u.id FROM users u JOIN roles r ON r.id = u.role_id JOIN profiles p ON p.id = u.profile_id "
                         "WHERE r.name LIKE '%Channel%' AND p.user_type = 'Internal' AND u.is_active = 1 ORDER BY u.id");
    while (cm.step()) owners.push_back(cm.getInt(0));
    if (owners.empty()) owners.push_back(ctx.actor());

    std::set<std::string> usedNames;
    auto existing = db.prepare("SELECT name FROM accounts");
    while (existing.step()) usedNames.insert(existing.getText(0));
    std::vector<Id> accountIds, userIds;
    for (long long i = first; i < first + n; ++i) {
        // Each account draws from its own stream (seed, index): parts of a batch give the accounts of one go.
        Mix rng{Mix{seed ^ (static_cast<std::uint64_t>(i) * 0xD1B54A32D192ED03ull)}.next()};
        const bool finnish = fi && (!en || i % 2 == 0);
        std::string name;
        for (int attempt = 0; attempt < 50 && (name.empty() || usedNames.count(name)); ++attempt)
            name = finnish ? std::string(rng.pick(kFiStems)) + " " + rng.pick(kFiSuffixes)
                           : std::string(rng.pick(kEnStems)) + " " + rng.pick(kEnSuffixes);
        if (usedNames.count(name)) name += " " + std::to_string(i + 1);
        usedNames.insert(name);
        const std::string city = finnish ? rng.pick(kFiCities) : rng.pick(kEnCities);
        const std::string domainName = asciiSlug(name.substr(0, name.find(' '))) + std::to_string(i + 1) + (finnish ? ".fi" : ".example");
        CommandResult a = callCommand(ctx, "CreateAccount",
                                      {{"name", name},
                                       {"ownerId", owners[static_cast<size_t>(i) % owners.size()]},
                                       {"industry", "Technology"},
                                       {"website", "www." + domainName},
                                       {"city", city},
                                       {"country", finnish ? "Finland" : "United Kingdom"}},
                                      "partner account " + std::to_string(i + 1));
        if (!a.ok) return a;
        const Id accountId = a.data["accountId"].get<Id>();
        if (auto r = callCommand(ctx, "EnableAsPartner", {{"accountId", accountId}}, name); !r.ok) return r;
        accountIds.push_back(accountId);
        for (long long k = 0; k < usersPer; ++k) {
            const std::string first = finnish ? rng.pick(kFiFirst) : rng.pick(kEnFirst);
            const std::string last = finnish ? rng.pick(kFiLast) : rng.pick(kEnLast);
            const std::string email = asciiSlug(first) + "." + asciiSlug(last) + "@" + domainName;
            CommandResult c = callCommand(ctx, "CreateContact",
                                          {{"accountId", accountId}, {"firstName", first}, {"lastName", last},
                                           {"email", email}, {"title", k == 0 ? "Partner Manager" : "Sales Specialist"}},
                                          "contact of " + name);
            if (!c.ok) return c;
            CommandResult u = callCommand(ctx, "EnablePartnerUser", {{"contactId", c.data["contactId"]}}, first + " " + last);
            if (!u.ok) return u;
            userIds.push_back(u.data["userId"].get<Id>());
        }
    }

    Id communityId = 0;
    if (!community.empty()) {
        auto byName = db.prepare("SELECT id FROM communities WHERE name = ? COLLATE NOCASE");
        byName.bind(1, community);
        communityId = byName.step() ? byName.getInt(0) : 0;
        if (!communityId) {
            CommandResult c = callCommand(ctx, "CreateCommunity", {{"name", community}, {"urlPrefix", asciiSlug(community)}},
                                          "community " + community);
            if (!c.ok) return c;
            communityId = c.data["communityId"].get<Id>();
        }
        const Id profile = db.queryInt("SELECT id FROM profiles WHERE name = 'Partner Community User'").value_or(0);
        auto member = db.prepare("SELECT 1 FROM community_profiles WHERE community_id = ? AND profile_id = ?");
        member.bind(1, communityId).bind(2, profile);
        if (!member.step())
            if (auto r = callCommand(ctx, "AddCommunityMemberProfile", {{"communityId", communityId}, {"profileId", profile}},
                                     "community " + community);
                !r.ok)
                return r;
        if (db.queryText("SELECT status FROM communities WHERE id = ?", communityId).value_or("") == "Preview")
            if (auto r = callCommand(ctx, "PublishCommunity", {{"communityId", communityId}}, "community " + community); !r.ok)
                return r;
    }
    if (loggedIn) {
        // As if each partner user had logged in once to the community (they may own leads then).
        auto up = db.prepare("UPDATE users SET last_login_at = ? WHERE id = ?");
        for (Id id : userIds) {
            up.bind(1, ctx.now()).bind(2, id);
            if (!up.run()) return ctx.dbError("marking the partner users as logged in");
            up.reset();
        }
    }
    ctx.audit("Data Generator", "Generated " + std::to_string(n) + " partner accounts with " + std::to_string(userIds.size()) +
                                    " partner users");
    return CommandResult::success(T_f("{0} partner accounts and {1} partner users generated",
                                      {sayInt(n), sayInt(static_cast<long long>(userIds.size()))}),
                                  {{"accountIds", accountIds}, {"userIds", userIds}, {"communityId", communityId}});
}

// ---- CloneProfile ----------------------------------------------------------------------------------
CommandResult cloneProfile(CommandContext& ctx, const CloneProfile& cmd) {
    auto& db = ctx.db();
    const std::string& name = cmd.name;
    if (name.empty()) return CommandResult::refuse(T_f("give the new profile a name"), "name");
    auto src = db.prepare("SELECT name, user_type, is_admin FROM profiles WHERE id = ?");
    src.bind(1, cmd.profileId);
    if (!src.step())
        return refuseMissing(RecordKind::Profile, cmd.profileId, "profileId");
    auto dup = db.prepare("SELECT 1 FROM profiles WHERE name = ? COLLATE NOCASE");
    dup.bind(1, name);
    if (dup.step()) return CommandResult::refuse(T_f("a profile named '{0}' already exists; choose another name", {name}), "name");
    auto ins = db.prepare("INSERT INTO profiles(name, user_type, is_admin) VALUES (?,?,?)");
    if (!ins.bindAll(name, src.getText(1), src.getInt(2)).run()) return ctx.dbError("cloning the profile");
    const Id id = db.lastInsertId();
    ctx.audit("Manage Users", "Cloned profile " + src.getText(0), "", name);
    return CommandResult::success(T_f("Created profile {0} as a copy of {1}", {name, src.getText(0)}), {{"profileId", id}});
}

// ---- Snapshots -------------------------------------------------------------------------------------
bool storeAttached(store::Db& db) {
    return training::trainingStoreAttached(db);
}
CommandResult noStore() {
    return CommandResult::refuse(T_f("snapshots are not available: the training store is not open (reload the page)"));
}

CommandResult createSnapshot(CommandContext& ctx, const SnapshotName& cmd) {
    auto& db = ctx.db();
    if (!storeAttached(db)) return noStore();
    const std::string& name = cmd.name;
    if (name.empty() || name.size() > 120)
        return CommandResult::refuse(T_f("give the sandbox copy a name (up to 120 characters), e.g. \"Before enabling PRM\""), "name");
    auto dup = db.prepare("SELECT 1 FROM training.snapshots WHERE name = ?");
    dup.bind(1, name);
    if (dup.step())
        return CommandResult::refuse(T_f("a sandbox copy named '{0}' already exists; choose another name or delete it first", {name}), "name");
    // The org as it is now (this command has not written anything yet); the attached store is not part of it.
    std::vector<unsigned char> bytes = db.serialize();
    if (bytes.empty()) return CommandResult::refuse(T_f("the org could not be copied: {0}", {db.errorMessage()}));
    const auto leads = db.queryInt("SELECT count(*) FROM leads").value_or(0);
    const std::string org = db.queryText("SELECT name FROM org WHERE id = 1").value_or("");
    const std::string scenario = db.queryText("SELECT scenario_title FROM training_state WHERE id = 1").value_or("");
    auto ins = db.prepare("INSERT INTO training.snapshots(name, created_at, lead_count, org_name, scenario, size_bytes, bytes) "
                          "VALUES (?,?,?,?,?,?,?)");
    ins.bind(1, name).bind(2, ctx.now()).bind(3, leads).bind(4, org).bind(5, scenario);
    ins.bind(6, static_cast<std::int64_t>(bytes.size())).bindBlob(7, bytes.data(), static_cast<int>(bytes.size()));
    if (!ins.run()) return ctx.dbError("saving the sandbox copy");
    ctx.audit(kSection, "Created sandbox copy '" + name + "'");
    return CommandResult::success(TN_f(TN_("Saved the sandbox copy '{0}' ({1} lead)", "Saved the sandbox copy '{0}' ({1} leads)"), leads,
                                       {name, sayInt(leads)}),
                                  {{"name", name}, {"sizeBytes", bytes.size()}});
}

CommandResult deleteSnapshot(CommandContext& ctx, const SnapshotName& cmd) {
    auto& db = ctx.db();
    if (!storeAttached(db)) return noStore();
    const std::string& name = cmd.name;
    auto del = db.prepare("DELETE FROM training.snapshots WHERE name = ?");
    if (!del.bind(1, name).run()) return ctx.dbError("deleting the sandbox copy");
    if (db.changes() == 0) return CommandResult::refuse(T_f("there is no sandbox copy named '{0}'", {name}), "name");
    ctx.audit(kSection, "Deleted sandbox copy '" + name + "'");
    return CommandResult::success(T_f("Deleted the sandbox copy '{0}'", {name}), {{"name", name}});
}

// After training.cpp replaced the org (restore, reset, scenario load): records it in the new org's audit
// trail and lets the platform persist the change. Internal: only Sandbox::executeInternal reaches it, so
// nobody can write their own text into the Setup Audit Trail.
CommandResult noteOrgRestored(CommandContext& ctx, const NoteOrgRestored& cmd) {
    ctx.audit(kSection, cmd.what);
    return CommandResult::success(cmd.what);
}

// ---- Scenario bookkeeping --------------------------------------------------------------------------
CommandResult scenarioLoaded(CommandContext& ctx, const TrainingScenarioLoaded& cmd) {
    auto& db = ctx.db();
    if (!storeAttached(db)) return noStore();
    auto st = db.prepare("SELECT scenario_name, scenario_title FROM training_state WHERE id = 1");
    if (!st.step()) return CommandResult::refuse(T_f("this org was not built from a scenario"));
    const std::string name = st.getText(0), title = st.getText(1);
    // The start of the scenario, for "Reset to the scenario's start": one kept at a time.
    std::vector<unsigned char> bytes = db.serialize();
    if (bytes.empty()) return CommandResult::refuse(T_f("the org could not be copied: {0}", {db.errorMessage()}));
    if (!db.exec("DELETE FROM training.scenario_start")) return ctx.dbError("keeping the scenario's start");
    auto ins = db.prepare("INSERT INTO training.scenario_start(scenario, created_at, bytes) VALUES (?,?,?)");
    ins.bind(1, name).bind(2, ctx.now()).bindBlob(3, bytes.data(), static_cast<int>(bytes.size()));
    if (!ins.run()) return ctx.dbError("keeping the scenario's start");
    if (cmd.fromUrl) {
        auto meta = db.prepare("INSERT OR REPLACE INTO training.meta(key, value) VALUES ('url_scenario', ?)");
        if (!meta.bind(1, cmd.link.value_or(name)).run()) return ctx.dbError("remembering the scenario");
    }
    ctx.audit(kSection, "Loaded scenario '" + title + "'");
    return CommandResult::success(T_f("Loaded the scenario '{0}'", {title}), {{"scenario", name}});
}

CommandResult keepOrgForScenarioLink(CommandContext& ctx, const KeepOrgForScenarioLink& cmd) {
    auto& db = ctx.db();
    if (!storeAttached(db)) return noStore();
    auto meta = db.prepare("INSERT OR REPLACE INTO training.meta(key, value) VALUES ('url_scenario', ?)");
    if (!meta.bind(1, cmd.scenario).run()) return ctx.dbError("remembering the answer");
    return CommandResult::success(T_f("Kept the org; the scenario '{0}' was not loaded", {cmd.scenario}), {{"scenario", cmd.scenario}});
}

// The org's scenario's exercise `id`, or a refusal saying what to do.
domain::Result<Exercise> findExercise(store::Db& db, const std::string& id) {
    auto text = db.queryText("SELECT scenario_json FROM training_state WHERE id = 1");
    if (!text) return domain::Error{T_f("this org was not built from a scenario; load one from Training → Scenarios"), ""};
    auto s = parseScenario(*text);
    if (!s) return domain::Error{T_f("the org's scenario cannot be read: {0}", {s.message()}), ""};
    std::string ids;
    for (const auto& e : s.value().exercises) {
        if (e.id == id) return e;
        ids += (ids.empty() ? "" : ", ") + e.id;
    }
    return domain::Error{T_f("the scenario has no exercise '{0}'; its exercises are {1}", {id, ids}), "exerciseId"};
}

CommandResult checkExercise(CommandContext& ctx, const ExerciseRef& cmd) {
    auto& db = ctx.db();
    const std::string& id = cmd.exerciseId;
    auto ex = findExercise(db, id);
    if (!ex) return CommandResult::refuse(ex.message(), ex.error().field);
    const training::CheckEnv env = training::checkEnvironment(db);
    json results = json::array();
    bool passed = true;
    std::string firstDiagnosis;
    for (const auto& c : ex->checks) {
        training::CheckOutcome o = training::evaluateCheck(db, c, env);
        passed = passed && o.passed;
        if (!o.passed && firstDiagnosis.empty()) firstDiagnosis = o.diagnosis;
        results.push_back({{"description", o.description}, {"passed", o.passed}, {"diagnosis", o.diagnosis}});
    }
    auto up = db.prepare("INSERT INTO training_progress(exercise_id, status, checked_at, diagnosis) VALUES (?1, ?2, ?3, ?4) "
                         "ON CONFLICT(exercise_id) DO UPDATE SET status = ?2, checked_at = ?3, diagnosis = ?4");
    up.bind(1, id).bind(2, passed ? "passed" : "failed").bind(3, ctx.now()).bind(4, firstDiagnosis);
    if (!up.run()) return ctx.dbError("recording the check");
    return CommandResult::success(passed ? "\u2713 " + ex->title.en + ": done" : "\u2717 Not yet: " + firstDiagnosis,
                                  {{"exerciseId", id}, {"passed", passed}, {"checks", results}});
}

CommandResult showHint(CommandContext& ctx, const ExerciseRef& cmd) {
    auto& db = ctx.db();
    const std::string& id = cmd.exerciseId;
    auto ex = findExercise(db, id);
    if (!ex) return CommandResult::refuse(ex.message(), ex.error().field);
    auto cur = db.prepare("SELECT hints_shown FROM training_progress WHERE exercise_id = ?");
    cur.bind(1, id);
    const long long now = cur.step() ? cur.getInt(0) : 0;
    if (now >= static_cast<long long>(ex->hints.size()))
        return CommandResult::refuse(ex->hints.empty() ? "this exercise has no hints" : "every hint is already shown", "exerciseId");
    auto up = db.prepare("INSERT INTO training_progress(exercise_id, hints_shown) VALUES (?1, 1) "
                         "ON CONFLICT(exercise_id) DO UPDATE SET hints_shown = hints_shown + 1");
    if (!up.bind(1, id).run()) return ctx.dbError("showing the hint");
    return CommandResult::success(T_f("Hint {0} of {1}", {sayInt(now + 1), sayInt(static_cast<long long>(ex->hints.size()))}),
                                  {{"exerciseId", id}, {"hintsShown", now + 1}, {"hint", ex->hints[static_cast<size_t>(now)].en}});
}

}  // namespace
}  // namespace prm::app::training

namespace prm::app {

void registerTrainingCommands(CommandRegistry& r) {
    using namespace training;
    r.add("GeneratePartnerAccounts", CommandKind::Setup, generatePartnerAccounts,
          "Generates partner accounts with contacts and partner users (Finnish or English names), and a community.");
    r.add("CloneProfile", CommandKind::Setup, cloneProfile, "Creates a profile as a copy of another, under a new name.");
    r.add("CreateSnapshot", CommandKind::NoLogin, createSnapshot,
          "Saves a sandbox copy (snapshot) of the org under a name, to restore later.");
    r.add("DeleteSnapshot", CommandKind::NoLogin, deleteSnapshot, "Deletes a saved sandbox copy.");
    r.add("NoteOrgRestored", CommandKind::Internal, noteOrgRestored,
          "Records in the audit trail that the org was replaced (restored, reset or loaded from a file).");
    // Internal: sent again from outside, it would write a false "Loaded scenario" audit row and move the
    // scenario's start to the current org.
    r.add("TrainingScenarioLoaded", CommandKind::Internal, scenarioLoaded,
          "Keeps the start of the scenario just loaded, for \"Reset to the scenario's start\".");
    r.add("KeepOrgForScenarioLink", CommandKind::NoLogin, keepOrgForScenarioLink,
          "Answers a ?scenario= link with \"Keep my org\": the org stays, and a reload of the same link does not ask again.");
    r.add("CheckExercise", CommandKind::NoLogin, checkExercise,
          "Checks an exercise of the org's scenario and records whether it is done, with what is still missing.");
    r.add("ShowExerciseHint", CommandKind::NoLogin, showHint, "Shows the next hint of an exercise.");
}

}  // namespace prm::app
