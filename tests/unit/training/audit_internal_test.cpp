// The Setup Audit Trail is written by the sandbox, not by whoever sends JSON: NoteOrgRestored is internal.
#include <gtest/gtest.h>

#include "app/command_reference.h"
#include "app/training/training.h"
#include "unit/core_fixture.h"

namespace pt = prm::testing;
namespace tr = prm::app::training;
using prm::app::json;

namespace {
std::int64_t auditRows(prm::app::Sandbox& sb) { return sb.db().queryInt("SELECT count(*) FROM setup_audit").value_or(-1); }
}  // namespace

TEST(AuditTrail, NoteOrgRestoredSentAsJsonIsRefusedAndWritesNothing) {
    auto sb = pt::makeOrg();
    const auto before = auditRows(*sb);
    const json forged = {{"cmd", "NoteOrgRestored"}, {"what", "Everything is fine"}};
    const std::string msg = pt::refused(*sb, forged);
    EXPECT_NE(msg.find("unknown command 'NoteOrgRestored'"), std::string::npos) << msg;
    // Logged out too (it used to need no login).
    pt::run(*sb, {{"cmd", "LogOut"}});
    EXPECT_FALSE(sb->execute(forged).ok);
    EXPECT_EQ(auditRows(*sb), before);
    EXPECT_FALSE(sb->db().queryInt("SELECT 1 FROM setup_audit WHERE action = 'Everything is fine'").has_value());
    // Not in the command reference, nor in the scenario schema.
    EXPECT_EQ(prm::app::commandReferenceMarkdown().find("NoteOrgRestored"), std::string::npos);
    EXPECT_EQ(prm::app::scenarioSchema().dump().find("NoteOrgRestored"), std::string::npos);
}

TEST(AuditTrail, TrainingScenarioLoadedSentAsJsonIsRefusedButLoadingAScenarioIsAudited) {
    auto sb = pt::makeSandbox();
    ASSERT_TRUE(tr::ensureStore(*sb).ok());
    auto r = tr::loadBuiltinScenario(*sb, "prm-basics");
    ASSERT_TRUE(r.ok) << r.message;
    const auto loaded = sb->db().queryInt("SELECT count(*) FROM setup_audit WHERE action LIKE 'Loaded scenario%'");
    EXPECT_EQ(loaded, 1);
    const std::string msg = pt::refused(*sb, {{"cmd", "TrainingScenarioLoaded"}, {"fromUrl", false}});
    EXPECT_NE(msg.find("unknown command 'TrainingScenarioLoaded'"), std::string::npos) << msg;
    EXPECT_EQ(sb->db().queryInt("SELECT count(*) FROM setup_audit WHERE action LIKE 'Loaded scenario%'"), loaded);
}

TEST(AuditTrail, AScenarioFileCannotNameNoteOrgRestored) {
    auto sb = pt::makeSandbox();
    json s = json::parse(R"({"format": "prm-sandbox-scenario", "version": 1, "name": "tiny", "title": "Tiny",
                             "org": {"name": "Tiny Oy"},
                             "setup": [{"cmd": "NoteOrgRestored", "what": "Nothing happened"}],
                             "exercises": [{"id": "prm", "title": "Enable PRM", "instructions": "Do it.",
                                            "checks": [{"type": "prmEnabled"}], "solution": [{"cmd": "EnablePrm"}]}]})");
    auto r = tr::loadScenario(*sb, s.dump());
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.message.find("NoteOrgRestored"), std::string::npos) << r.message;
}

TEST(AuditTrail, RestoringAnOrgStillWritesItsAuditRow) {
    auto sb = pt::makeOrg();
    ASSERT_TRUE(tr::ensureStore(*sb).ok());
    ASSERT_TRUE(tr::createSnapshot(*sb, "Start").ok);
    pt::run(*sb, {{"cmd", "EnablePrm"}});
    auto r = tr::restoreSnapshot(*sb, "Start");
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_TRUE(sb->db().queryInt("SELECT 1 FROM setup_audit WHERE action LIKE 'Restored the sandbox copy%Start%'").has_value());
    // The internal door: the same transaction, log and audit, reachable only from code.
    const auto before = auditRows(*sb);
    ASSERT_TRUE(sb->executeInternal({{"cmd", "NoteOrgRestored"}, {"what", "Replaced the org with the file 'x.sqlite'"}}).ok);
    EXPECT_EQ(auditRows(*sb), before + 1);
    // And it names only internal commands.
    EXPECT_FALSE(sb->executeInternal({{"cmd", "CreateAccount"}, {"name", "X Oy"}}).ok);
}
