// A ?scenario= link replaces an org without asking only when the org has no work in it; otherwise it asks,
// and "keep my org" is remembered so a reload of the same link does not ask again.
#include <gtest/gtest.h>

#include "app/training/bootstrap.h"
#include "app/training/training.h"
#include "unit/core_fixture.h"

using namespace prm;
namespace pt = prm::testing;
namespace tr = prm::app::training;
using app::json;

TEST(ScenarioLink, AFreshDemoOrgLoadsAtOnceAndAnOrgWithWorkAsksFirst) {
    auto sb = pt::makeSandbox();
    ASSERT_TRUE(app::ensureOrg(*sb).ok);
    ASSERT_TRUE(tr::ensureStore(*sb).ok());
    EXPECT_FALSE(tr::orgHasWork(*sb)) << "the demo seed is not the user's work";
    pt::run(*sb, {{"cmd", "CreateAccount"}, {"name", "My work Oy"}});
    EXPECT_TRUE(tr::orgHasWork(*sb));

    const auto before = sb->db().serialize();
    auto asked = tr::openScenarioFromUrl(*sb, "prm-basics");
    ASSERT_TRUE(asked.ok) << asked.message;
    EXPECT_TRUE(asked.data.value("ask", false));
    EXPECT_FALSE(asked.data.value("loaded", true));
    EXPECT_TRUE(before == sb->db().serialize()) << "asking changed the org";

    ASSERT_TRUE(tr::keepOrgForUrlScenario(*sb, "prm-basics").ok);
    EXPECT_TRUE(tr::orgHasWork(*sb)) << "the account is still work; the answer is not";
    auto again = tr::openScenarioFromUrl(*sb, "prm-basics");
    EXPECT_FALSE(again.data.value("ask", false));
    EXPECT_FALSE(again.data.value("loaded", true));

    // Loaded (the user said so): the loaded org has no work until the user changes something.
    ASSERT_TRUE(tr::loadBuiltinScenario(*sb, "lead-routing", true).ok);
    EXPECT_FALSE(tr::orgHasWork(*sb));
    auto direct = tr::openScenarioFromUrl(*sb, "prm-basics");
    EXPECT_TRUE(direct.data.value("loaded", false)) << direct.message;
}
