#include <gtest/gtest.h>

#include "app/training/bootstrap.h"
#include "app/queries_core.h"
#include "app/session_queries.h"

using namespace prm::app;

namespace {
std::unique_ptr<Sandbox> emptySandbox() {
    auto sb = Sandbox::open(":memory:", SandboxOptions{[] { return TimeMs(1767225600000); }, 7});
    EXPECT_TRUE(sb.ok()) << sb.message();
    return std::move(sb).value();
}
}  // namespace

TEST(Bootstrap, FirstStartBuildsTheDemoOrgWithPrmOffAndTheAdminLoggedIn) {
    auto sb = emptySandbox();
    auto r = ensureOrg(*sb);
    ASSERT_TRUE(r.ok) << r.message;
    SessionInfo s = sessionInfo(*sb);
    EXPECT_TRUE(s.orgExists);
    EXPECT_FALSE(s.prmEnabled);
    EXPECT_TRUE(s.isAdmin);
    EXPECT_EQ(sb->db().queryInt("SELECT count(*) FROM leads"), 250);
    EXPECT_GE(sb->db().queryInt("SELECT count(*) FROM accounts").value_or(0), 4);
}

TEST(Bootstrap, SecondStartKeepsTheOrgAsItIs) {
    auto sb = emptySandbox();
    ASSERT_TRUE(ensureOrg(*sb).ok);
    ASSERT_TRUE(sb->execute({{"cmd", "CreateAccount"}, {"name", "Added Later Oy"}}).ok);
    auto before = sb->db().serialize();
    ASSERT_TRUE(ensureOrg(*sb).ok);
    EXPECT_EQ(before, sb->db().serialize());
}

TEST(Bootstrap, TheWizardHasRealItemsToConvertAfterEnablingPrm) {
    auto sb = emptySandbox();
    ASSERT_TRUE(ensureOrg(*sb).ok);
    ASSERT_TRUE(sb->execute({{"cmd", "EnablePrm"}}).ok);
    WizardCandidates w = wizardCandidates(sb->db());
    EXPECT_EQ(w.sharingRules.size(), 2u);
    EXPECT_EQ(w.folders.size(), 2u);
    EXPECT_EQ(w.groupMembers.size(), 1u);
}
