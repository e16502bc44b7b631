// A scenario is built in parts (ScenarioLoad): a big lead batch in parts gives the same leads as one go,
// progress rises, Cancel and a failing step leave the org exactly as it was; ?scenario=FILE.json links.
#include <gtest/gtest.h>

#include "app/training/bootstrap.h"
#include "app/training/scenario_load.h"
#include "app/training/training.h"
#include "unit/core_fixture.h"

using namespace prm;
namespace pt = prm::testing;
namespace tr = prm::app::training;
using app::json;

namespace {

std::string scenarioText(int leads, const json& setup = json::array()) {
    return json{{"format", "prm-sandbox-scenario"},
                {"version", 1},
                {"name", "parts"},
                {"title", "Leads in parts"},
                {"org", {{"base", "empty"}}},
                {"generate", {{"leads", {{"count", leads}, {"seed", 7}}}}},
                {"setup", setup},
                {"exercises", json::array({{{"id", "copy"},
                                            {"title", "Take a sandbox copy"},
                                            {"instructions", "Training → Snapshots → Create sandbox copy."},
                                            {"checks", json::array({{{"type", "snapshotCount"}, {"min", 1}}})},
                                            {"solution", json::array({{{"cmd", "CreateSnapshot"}, {"name", "Copy"}}})}}})}}
        .dump();
}

std::string leadRows(app::Sandbox& sb) {
    std::string out;
    auto st = sb.db().prepare("SELECT number, last_name, company, country, owner_user_id FROM leads ORDER BY id");
    while (st.step())
        out += st.getText(0) + "|" + st.getText(1) + "|" + st.getText(2) + "|" + st.getText(3) + "|" +
               std::to_string(st.getInt(4)) + "\n";
    return out;
}

std::unique_ptr<app::Sandbox> orgWithWork() {
    auto sb = pt::makeSandbox();
    EXPECT_TRUE(app::ensureOrg(*sb).ok);
    EXPECT_TRUE(tr::ensureStore(*sb).ok());
    pt::run(*sb, {{"cmd", "CreateAccount"}, {"name", "My work Oy"}});
    return sb;
}

}  // namespace

TEST(ScenarioLoad, LeadsBuiltInPartsAreTheLeadsOfOneBatch) {
    const int n = 2 * static_cast<int>(tr::ScenarioLoad::kLeadsPerStep) + 345;
    auto sb = pt::makeSandbox();
    ASSERT_TRUE(tr::ensureStore(*sb).ok());
    tr::ScenarioLoad job(*sb, scenarioText(n), "file", false);
    ASSERT_FALSE(job.done()) << job.result().message;
    EXPECT_EQ(job.leadsTotal(), n);
    int steps = 0;
    float last = job.fraction();
    while (!job.step(0.0)) {  // one step a call
        ++steps;
        EXPECT_GE(job.fraction(), last);
        last = job.fraction();
        EXPECT_LE(job.leadsBuilt(), n);
    }
    ASSERT_TRUE(job.result().ok) << job.result().message;
    EXPECT_GE(steps, 3) << "the leads were not built in parts";
    EXPECT_EQ(job.leadsBuilt(), n);
    EXPECT_FLOAT_EQ(job.fraction(), 1.0f);

    // The same leads, numbers and owners as one GenerateLeads of n.
    auto one = pt::makeSandbox();
    pt::run(*one, {{"cmd", "CreateOrg"},
                   {"name", "Pohjola Tech Oy"},
                   {"edition", "Enterprise"},
                   {"admin", {{"firstName", "Sanna"}, {"lastName", "Lehtonen"},
                              {"email", "sanna.lehtonen@pohjolatech.example"},
                              {"username", "sanna.lehtonen@pohjolatech.example"}}}});
    pt::run(*one, {{"cmd", "GenerateLeads"}, {"count", n}, {"seed", 7}});
    EXPECT_EQ(leadRows(*sb), leadRows(*one));
    EXPECT_EQ(sb->db().queryInt("SELECT count(*) FROM lead_shares").value_or(-1),
              one->db().queryInt("SELECT count(*) FROM lead_shares").value_or(-2));
    EXPECT_EQ(sb->db().queryText("SELECT scenario_title FROM training_state").value_or(""), "Leads in parts");
}

TEST(ScenarioLoad, CancelBeforeTheSwapLeavesTheOrgAsItWas) {
    auto sb = orgWithWork();
    const auto before = sb->db().serialize();
    tr::ScenarioLoad job(*sb, scenarioText(3000), "file", false);
    EXPECT_FALSE(job.step(0.0));
    EXPECT_FALSE(job.step(0.0));
    EXPECT_GT(job.fraction(), 0.0f);
    job.cancel();
    EXPECT_TRUE(job.done());
    EXPECT_TRUE(job.cancelled());
    EXPECT_FALSE(job.result().ok);
    EXPECT_NE(job.result().message.find("not changed"), std::string::npos) << job.result().message;
    EXPECT_TRUE(before == sb->db().serialize()) << "cancelling changed the org";
    EXPECT_TRUE(tr::undoPoints(*sb).empty()) << "a cancelled load kept an undo point";
}

TEST(ScenarioLoad, AFailingStepLeavesTheOrgAsItWasAndNamesTheStep) {
    auto sb = orgWithWork();
    const auto before = sb->db().serialize();
    tr::ScenarioLoad job(*sb, scenarioText(1500, json::array({{{"cmd", "EnableAsPartner"}, {"accountId", 999}}})), "file", false);
    const app::CommandResult& r = job.finish();
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.message.find("(EnableAsPartner)"), std::string::npos) << r.message;
    EXPECT_NE(r.message.find("not changed"), std::string::npos) << r.message;
    EXPECT_TRUE(before == sb->db().serialize());
}

TEST(ScenarioLoad, ABrokenScenarioIsRefusedAtOnce) {
    auto sb = orgWithWork();
    tr::ScenarioLoad job(*sb, "{\"format\": \"prm-sandbox-scenario\", \"version\": 1", "file", false);
    EXPECT_TRUE(job.done());
    EXPECT_FALSE(job.result().ok);
}

TEST(ScenarioLoad, AGeneratePartsCommandRefusesANegativeFirstIndex) {
    auto sb = pt::makeOrg("Enterprise");
    auto msg = pt::refused(*sb, {{"cmd", "GenerateLeads"}, {"count", 5}, {"firstIndex", -1}});
    EXPECT_NE(msg.find("firstIndex"), std::string::npos) << msg;
}

TEST(ScenarioFileLink, OnlyAPlainPathNextToThePageIsAccepted) {
    auto sb = pt::makeSandbox();
    EXPECT_TRUE(tr::isScenarioFileLink("class1.json"));
    EXPECT_FALSE(tr::isScenarioFileLink("prm-basics"));
    for (const char* bad : {"../secret.json", "/etc/x.json", "https://evil.example/x.json", "//evil.example/x.json",
                            "a b.json", "week2//x.json"}) {
        auto r = tr::planScenarioLink(*sb, bad);
        EXPECT_FALSE(r.ok) << bad;
        EXPECT_EQ(r.field, "scenario") << bad;
    }
    auto ok = tr::planScenarioLink(*sb, "week2/class-1.json");
    ASSERT_TRUE(ok.ok) << ok.message;
    EXPECT_EQ(ok.data.value("action", ""), "load");
    auto unknown = tr::planScenarioLink(*sb, "no-such-scenario");
    EXPECT_FALSE(unknown.ok);
    EXPECT_NE(unknown.message.find("prm-basics"), std::string::npos) << unknown.message;
}

TEST(ScenarioFileLink, ALoadedFileLinkIsNotLoadedAgainOnReloadAndWorkMeansAsking) {
    auto sb = orgWithWork();
    auto asked = tr::planScenarioLink(*sb, "class1.json");
    ASSERT_TRUE(asked.ok);
    EXPECT_EQ(asked.data.value("action", ""), "ask");

    tr::ScenarioLoad job(*sb, scenarioText(10), "link", true, "class1.json");
    ASSERT_TRUE(job.finish().ok) << job.result().message;
    auto again = tr::planScenarioLink(*sb, "class1.json");
    EXPECT_EQ(again.data.value("action", ""), "kept") << again.message;
    EXPECT_EQ(tr::currentScenario(*sb)->source, "link");
    EXPECT_EQ(tr::undoPoints(*sb).size(), 1u) << "the org with work is kept as an undo point";
}

TEST(ScenarioLoad, PartnerAccountsBuiltOneAStepAreTheAccountsOfOneGo) {
    json doc = json::parse(scenarioText(10));
    doc["org"] = {{"base", "demo"}, {"prmEnabled", true}};
    doc["generate"]["partnerAccounts"] = {{"count", 4}, {"usersPerAccount", 1}, {"seed", 40}, {"community", "Partner Central"}};
    const std::string text = doc.dump();

    auto parts = pt::makeSandbox();
    ASSERT_TRUE(tr::ensureStore(*parts).ok());
    tr::ScenarioLoad job(*parts, text, "file", false);
    int steps = 0;
    while (!job.step(0.0)) ++steps;
    ASSERT_TRUE(job.result().ok) << job.result().message;

    auto oneGo = pt::makeSandbox();  // the same commands, unsplit
    auto parsed = tr::parseScenario(text);
    ASSERT_TRUE(parsed);
    ASSERT_TRUE(tr::runCommands(*oneGo, tr::setupCommands(parsed.value())).ok);

    const char* q = "SELECT group_concat(name || '/' || owner_id, ';') FROM (SELECT name, owner_id FROM accounts ORDER BY id)";
    const char* u = "SELECT group_concat(username, ';') FROM (SELECT username FROM users ORDER BY id)";
    EXPECT_EQ(parts->db().queryText(q).value_or("?"), oneGo->db().queryText(q).value_or("!"));
    EXPECT_EQ(parts->db().queryText(u).value_or("?"), oneGo->db().queryText(u).value_or("!"));
    EXPECT_EQ(parts->db().queryInt("SELECT count(*) FROM accounts WHERE is_partner = 1").value_or(0), 4);
    EXPECT_EQ(parts->db().queryText("SELECT status FROM communities WHERE name = 'Partner Central'").value_or(""), "Published");
    EXPECT_GE(steps, 4) << "the accounts were not built one a step";
}
