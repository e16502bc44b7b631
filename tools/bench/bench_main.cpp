// Bulk-work figures for scripts/bench: each operation at N leads through the product's own code path,
// and its floor: the least work SQLite needs to reach the same end state, measured in the same run.
// Built natively and with emcc (run under node). Prints one JSON object on stdout.
//   prm_bench [--leads N] [--partners M] [--ops a,b,c]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "app/training/bootstrap.h"
#include "app/data/data_import.h"
#include "app/leads/lead_generator.h"
#include "app/queries_core.h"
#include "app/sandbox.h"
#include "app/sharing.h"
#include "app/training/snapshots.h"
#include "domain/rules.h"
#include "store/schema.h"

using namespace prm;
using app::json;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "prm_bench: %s\n", what.c_str());
    std::exit(1);
}

// A setup step of the bench that must work (SQL on the bench's own org).
void must(const domain::Status& st, const char* what) {
    if (!st) die(std::string(what) + ": " + st.message());
}

void must(app::Sandbox& sb, const json& cmd) {
    auto r = sb.execute(cmd);
    if (!r.ok) die(cmd.value("cmd", "?") + ": " + r.message);
}

json mustData(app::Sandbox& sb, const json& cmd) {
    auto r = sb.execute(cmd);
    if (!r.ok) die(cmd.value("cmd", "?") + ": " + r.message);
    return r.data;
}

// The org every operation starts from: the demo org with PRM on, M partner accounts each with a
// partner user who has logged in, a published community, 4 partner queues, a round robin over them
// and a 10-entry assignment rule. Leads are added by the caller.
struct BenchOrg {
    std::vector<app::Id> partnerUsers;
    std::vector<app::Id> queues;
    app::Id roundRobin = 0;
    app::Id tenEntryRule = 0;
    app::Id roundRobinRule = 0;
};

BenchOrg buildOrg(app::Sandbox& sb, int partners) {
    BenchOrg o;
    auto boot = sb.executeAll(app::demoSandboxCommands());
    if (!boot.ok) die("demo org: " + boot.message);
    must(sb.db().exec("DELETE FROM lead_shares; DELETE FROM leads;"), "bench setup");
    must(sb, {{"cmd", "EnablePrm"}});
    // A careful admin converts everything the wizard lists (as the demo scenario does): otherwise the
    // demo sharing rules reach every partner user and the share table holds ~50 rows per lead.
    {
        app::WizardCandidates w = app::wizardCandidates(sb.db());
        json rules = json::array(), folders = json::array(), members = json::array();
        for (const auto& it : w.sharingRules) rules.push_back(it.id);
        for (const auto& it : w.folders) folders.push_back(it.id);
        for (const auto& it : w.groupMembers) members.push_back(it.id);
        must(sb, {{"cmd", "CompleteExternalAccessWizard"}, {"sharingRuleIds", rules}, {"folderIds", folders},
                  {"groupMemberIds", members}});
    }
    auto comm = mustData(sb, {{"cmd", "CreateCommunity"}, {"name", "Partner Central"}, {"urlPrefix", "partners"}});
    app::Id communityId = comm.value("communityId", comm.value("id", app::Id(0)));
    if (!communityId) communityId = sb.db().queryInt("SELECT max(id) FROM communities").value_or(0);
    app::Id partnerProfile = sb.db().queryInt("SELECT id FROM profiles WHERE name = 'Partner Community User'").value_or(0);
    must(sb, {{"cmd", "AddCommunityMemberProfile"}, {"communityId", communityId}, {"profileId", partnerProfile}});
    must(sb, {{"cmd", "PublishCommunity"}, {"communityId", communityId}});
    app::Id owner = sb.db().queryInt("SELECT id FROM users WHERE role_id = 3 ORDER BY id LIMIT 1").value_or(1);
    for (int i = 0; i < partners; ++i) {
        std::string name = "Bench Partner " + std::to_string(i + 1) + " Oy";
        must(sb, {{"cmd", "CreateAccount"}, {"name", name}, {"ownerId", owner}, {"country", "Finland"}});
        app::Id acc = sb.db().lastInsertId();
        acc = sb.db().queryInt("SELECT max(id) FROM accounts").value_or(acc);
        must(sb, {{"cmd", "EnableAsPartner"}, {"accountId", acc}});
        must(sb, {{"cmd", "CreateContact"}, {"accountId", acc}, {"firstName", "Kumppani"},
                  {"lastName", "Käyttäjä " + std::to_string(i + 1)},
                  {"email", "partner" + std::to_string(i + 1) + "@bench.example"}});
        app::Id contact = sb.db().queryInt("SELECT max(id) FROM contacts").value_or(0);
        must(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", contact}});
        o.partnerUsers.push_back(sb.db().queryInt("SELECT max(id) FROM users").value_or(0));
    }
    // Set-up shortcut (not measured): the partner users have logged in once.
    must(sb.db().exec("UPDATE users SET last_login_at = 1, must_change_password = 0 WHERE contact_id IS NOT NULL"), "bench setup");
    for (int q = 0; q < 4; ++q) {
        json members = json::array();
        for (size_t i = q; i < o.partnerUsers.size(); i += 4) members.push_back({{"userId", o.partnerUsers[i]}});
        must(sb, {{"cmd", "CreateQueue"}, {"name", "Partner Queue " + std::to_string(q + 1)}, {"members", members}});
        o.queues.push_back(sb.db().queryInt("SELECT max(id) FROM queues").value_or(0));
    }
    json rrMembers = json::array();
    for (app::Id q : o.queues) rrMembers.push_back({{"queueId", q}, {"weight", 1}});
    must(sb, {{"cmd", "CreateRoundRobin"}, {"name", "Partner queues"}, {"kind", "Queues"}, {"members", rrMembers}});
    o.roundRobin = sb.db().queryInt("SELECT max(id) FROM round_robins").value_or(0);

    must(sb, {{"cmd", "CreateAssignmentRule"}, {"name", "Bench routing"}});
    o.tenEntryRule = sb.db().queryInt("SELECT max(id) FROM assignment_rules").value_or(0);
    const char* countries[] = {"Finland", "Sweden", "Estonia", "United Kingdom", "Germany", "Norway", "Denmark"};
    int e = 0;
    for (const char* c : countries) {
        json target = e % 2 == 0 ? json{{"userId", o.partnerUsers[static_cast<size_t>(e) % o.partnerUsers.size()]}}
                                 : json{{"queueId", o.queues[static_cast<size_t>(e) % o.queues.size()]}};
        must(sb, {{"cmd", "AddAssignmentRuleEntry"}, {"ruleId", o.tenEntryRule},
                  {"criteria", json::array({{{"field", "Country"}, {"op", "equals"}, {"value", c}},
                                            {{"field", "Rating"}, {"op", "equals"}, {"value", "Hot"}}})},
                  {"target", target}});
        ++e;
    }
    must(sb, {{"cmd", "AddAssignmentRuleEntry"}, {"ruleId", o.tenEntryRule},
              {"criteria", json::array({{{"field", "AnnualRevenue"}, {"op", "greaterThan"}, {"value", "5000000"}}})},
              {"target", {{"userId", owner}}}});
    must(sb, {{"cmd", "AddAssignmentRuleEntry"}, {"ruleId", o.tenEntryRule},
              {"criteria", json::array({{{"field", "Industry"}, {"op", "equals"}, {"value", "Technology,Retail"}}})},
              {"target", {{"queueId", o.queues[0]}}}});
    must(sb, {{"cmd", "AddAssignmentRuleEntry"}, {"ruleId", o.tenEntryRule}, {"target", {{"roundRobinId", o.roundRobin}}}});

    must(sb, {{"cmd", "CreateAssignmentRule"}, {"name", "Bench round robin"}});
    o.roundRobinRule = sb.db().queryInt("SELECT max(id) FROM assignment_rules").value_or(0);
    must(sb, {{"cmd", "AddAssignmentRuleEntry"}, {"ruleId", o.roundRobinRule}, {"target", {{"roundRobinId", o.roundRobin}}}});
    // Some owner-based sharing so the share table has every kind of row.
    return o;
}

std::string leadsCsv(std::int64_t n, std::uint64_t seed) {
    const auto& fields = domain::leadFields();
    std::string out;
    out.reserve(static_cast<size_t>(n) * 160);
    for (size_t f = 0; f < fields.size(); ++f) out += (f ? "," : "") + std::string(fields[f].apiName);
    out += "\r\n";
    for (std::int64_t i = 0; i < n; ++i) {
        auto v = app::generatedLead(seed, i);
        for (size_t f = 0; f < fields.size(); ++f) {
            if (f) out += ',';
            if (!v[f]) continue;
            const std::string& s = *v[f];
            if (s.find_first_of(",\"\r\n") != std::string::npos) {
                out += '"';
                for (char ch : s) { if (ch == '"') out += '"'; out += ch; }
                out += '"';
            } else {
                out += s;
            }
        }
        out += "\r\n";
    }
    return out;
}

// Keeps a copy of the lead owners and the share table (the end state of an operation) in an attached db.
void captureEndState(store::Db& db) {
    must(db.exec("DROP TABLE IF EXISTS bench.final_leads; DROP TABLE IF EXISTS bench.final_shares;"
                 "CREATE TABLE bench.final_leads AS SELECT id, owner_user_id, owner_queue_id, assignment_trace, modified_at FROM main.leads;"
                 "CREATE TABLE bench.final_shares AS SELECT * FROM main.lead_shares;"),
         "capturing the end state");
}
std::string endStateDigest(store::Db& db) {
    auto a = db.queryText("SELECT count(*) || ':' || total(coalesce(owner_user_id,0) * 3 + coalesce(owner_queue_id,0) * 7 + id) FROM main.leads").value_or("");
    auto b = db.queryText("SELECT count(*) || ':' || total(lead_id * 5 + user_id * 11 + access) FROM main.lead_shares").value_or("");
    return a + "/" + b;
}
// The floor of an owner-changing operation: write exactly the captured end state, nothing else.
double floorApplyEndState(store::Db& db) {
    auto t0 = Clock::now();
    must(db.exec("BEGIN;"
            "UPDATE main.leads SET owner_user_id = f.owner_user_id, owner_queue_id = f.owner_queue_id, "
            "  assignment_trace = f.assignment_trace, modified_at = f.modified_at FROM bench.final_leads f "
            "  WHERE f.id = leads.id;"
            "DELETE FROM main.lead_shares; INSERT INTO main.lead_shares SELECT * FROM bench.final_shares;"
            "COMMIT;"), "writing the floor end state");
    return msSince(t0);
}

struct OpResult {
    double productMs = 0;
    double floorMs = 0;
    bool same = true;
};

// Runs `product` from `base`, captures its end state, restores `base`, runs the floor, checks both agree.
OpResult ownerOp(app::Sandbox& sb, const std::vector<unsigned char>& base, const std::function<void()>& product) {
    OpResult r;
    must(sb.db().deserialize(base), "bench setup");
    auto t0 = Clock::now();
    product();
    r.productMs = msSince(t0);
    std::string want = endStateDigest(sb.db());
    captureEndState(sb.db());
    must(sb.db().deserialize(base), "bench setup");
    r.floorMs = floorApplyEndState(sb.db());
    r.same = endStateDigest(sb.db()) == want;
    return r;
}

std::uint64_t wasmHeapBytes() {
#ifdef __EMSCRIPTEN__
    return static_cast<std::uint64_t>(__builtin_wasm_memory_size(0)) * 65536u;
#else
    return 0;
#endif
}

}  // namespace

int main(int argc, char** argv) {
    std::int64_t leads = 100000;
    int partners = 40;
    bool generate = false;  // base leads from GenerateLeads instead of a CSV import (for the scale run)
    std::set<std::string> ops = {"import_csv", "sharing_recalc", "assignment_rules", "round_robin", "mass_reassign",
                                 "snapshot", "restore", "reset"};
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--leads" && i + 1 < argc) leads = std::atoll(argv[++i]);
        else if (a == "--partners" && i + 1 < argc) partners = std::atoi(argv[++i]);
        else if (a == "--generate") generate = true;
        else if (a == "--ops" && i + 1 < argc) {
            ops.clear();
            std::stringstream ss(argv[++i]);
            for (std::string op; std::getline(ss, op, ',');) ops.insert(op);
        } else {
            std::fprintf(stderr, "usage: prm_bench [--leads N] [--partners M] [--ops a,b,c] [--generate]\n");
            return 2;
        }
    }
    if (leads < 1 || partners < 4) die("--leads must be at least 1 and --partners at least 4");

    auto opened = app::Sandbox::open(":memory:", app::SandboxOptions{[] { return app::TimeMs(1767225600000); }, 11});
    if (!opened) die(opened.message());
    app::Sandbox& sb = *opened.value();
    store::Db& db = sb.db();
    auto t0 = Clock::now();
    BenchOrg org = buildOrg(sb, partners);
    double setupMs = msSince(t0);
    must(db.exec("ATTACH ':memory:' AS bench"), "bench setup");  // end states are kept here, outside the org

    json out = {{"leads", leads}, {"partners", partners}, {"setup_ms", setupMs}};
    json bulk = json::object();

    if (generate) {
        t0 = Clock::now();
        must(sb, {{"cmd", "GenerateLeads"}, {"count", leads}, {"seed", 7}});
        out["generate_ms"] = msSince(t0);
    } else {
    // import_csv: Data Loader CSV of N leads through parse, mapping and the ImportRecords command.
    // Floor: one prepared INSERT per row in one transaction, the same columns.
    {
        const std::string csv = leadsCsv(leads, 7);
        out["csv_bytes"] = csv.size();
        auto pre = db.serialize();
        t0 = Clock::now();
        auto plan = app::data_import::load(app::data_import::Object::Lead, csv);
        if (!plan) die("import load: " + plan.message());
        auto outcome = app::data_import::run(sb, plan.value());
        if (!outcome) die("import run: " + outcome.message());
        double productMs = msSince(t0);
        if (outcome->succeeded != leads) die("import: " + outcome->message);
        auto imported = db.serialize();  // base for every later operation
        captureEndState(db);
        must(db.deserialize(pre), "bench setup");
        const auto& fields = domain::leadFields();
        std::string cols = "number", marks = "?";
        for (const auto& f : fields) {
            cols += std::string(", ") + f.column;
            marks += ",?";
        }
        t0 = Clock::now();
        auto plan2 = app::data_import::load(app::data_import::Object::Lead, csv);  // parsing is part of the floor
        must(db.exec("BEGIN"), "bench setup");
        auto ins = db.prepare("INSERT INTO leads(" + cols + ", owner_user_id, created_at, modified_at) VALUES (" + marks +
                              ",1,1,1)");
        for (size_t row = 0; row < plan2->table.rows.size(); ++row) {
            const auto& r = plan2->table.rows[row].fields;
            ins.bind(1, "L-" + std::to_string(row + 1));
            for (size_t c = 0; c < fields.size() && c < r.size(); ++c) {
                if (r[c].empty() && fields[c].type != domain::FieldType::Text) ins.bindNull(static_cast<int>(c) + 2);
                else ins.bind(static_cast<int>(c) + 2, r[c]);
            }
            must(ins.run(), "bench setup");
            ins.reset();
        }
        // The same end state includes the new leads' share rows: written as they are, no computing.
        must(db.exec("INSERT INTO main.lead_shares SELECT * FROM bench.final_shares"), "bench setup");
        must(db.exec("COMMIT"), "bench setup");
        double floorMs = msSince(t0);
        if (ops.count("import_csv")) bulk["import_csv"] = {{"native_or_wasm_ms", productMs}, {"floor_ms", floorMs}};
        must(db.deserialize(imported), "bench setup");
    }
    }
    const std::vector<unsigned char> base = db.serialize();
    out["db_bytes"] = base.size();

    if (ops.count("sharing_recalc")) {
        auto r = ownerOp(sb, base, [&] {
            must(db.exec("BEGIN"), "bench setup");
            must(app::recalcAllLeadShares(db), "bench setup");
            must(db.exec("COMMIT"), "bench setup");
        });
        bulk["sharing_recalc"] = {{"native_or_wasm_ms", r.productMs}, {"floor_ms", r.floorMs}, {"same_end_state", r.same}};
    }
    if (ops.count("assignment_rules")) {
        must(sb, {{"cmd", "ActivateAssignmentRule"}, {"ruleId", org.tenEntryRule}});
        auto withRule = db.serialize();
        auto r = ownerOp(sb, withRule, [&] { must(sb, {{"cmd", "RunAssignmentRules"}, {"all", true}}); });
        bulk["assignment_rules"] = {{"native_or_wasm_ms", r.productMs}, {"floor_ms", r.floorMs}, {"same_end_state", r.same}};
    }
    if (ops.count("round_robin")) {
        must(db.deserialize(base), "bench setup");
        must(sb, {{"cmd", "ActivateAssignmentRule"}, {"ruleId", org.roundRobinRule}});
        auto withRule = db.serialize();
        auto r = ownerOp(sb, withRule, [&] { must(sb, {{"cmd", "RunAssignmentRules"}, {"all", true}}); });
        bulk["round_robin"] = {{"native_or_wasm_ms", r.productMs}, {"floor_ms", r.floorMs}, {"same_end_state", r.same}};
    }
    if (ops.count("mass_reassign")) {
        auto r = ownerOp(sb, base, [&] {
            must(sb, {{"cmd", "MassChangeOwner"}, {"all", true}, {"ownerType", "Queue"}, {"ownerId", org.queues[1]},
                      {"sendNotificationEmail", false}});
        });
        bulk["mass_reassign"] = {{"native_or_wasm_ms", r.productMs}, {"floor_ms", r.floorMs}, {"same_end_state", r.same}};
    }
    if (!db.deserialize(base)) die("restoring the bench org failed");
    app::SnapshotStore snaps;
    if (ops.count("snapshot") || ops.count("restore")) {
        t0 = Clock::now();
        if (!snaps.save(sb, "bench")) die("snapshot failed");
        double productMs = msSince(t0);
        t0 = Clock::now();
        auto raw = db.serialize();
        double floorMs = msSince(t0);
        if (ops.count("snapshot")) bulk["snapshot"] = {{"native_or_wasm_ms", productMs}, {"floor_ms", floorMs}};
        if (!db.exec("DELETE FROM leads")) die("emptying the leads failed");
        t0 = Clock::now();
        if (!snaps.restore(sb, "bench")) die("restore failed");
        productMs = msSince(t0);
        t0 = Clock::now();
        if (!db.deserialize(raw)) die("the floor restore failed");
        floorMs = msSince(t0);
        if (ops.count("restore")) bulk["restore"] = {{"native_or_wasm_ms", productMs}, {"floor_ms", floorMs}};
    }
    if (ops.count("reset")) {
        t0 = Clock::now();
        if (!app::resetToEmpty(sb)) die("reset failed");
        double productMs = msSince(t0);
        t0 = Clock::now();
        auto fresh = store::Db::open(":memory:");
        if (!fresh || !store::migrate(*fresh.value())) die("the floor reset failed");
        double floorMs = msSince(t0);
        bulk["reset"] = {{"native_or_wasm_ms", productMs}, {"floor_ms", floorMs}};
    }
    out["bulk"] = bulk;
    out["wasm_heap_bytes"] = wasmHeapBytes();
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}
