// The Home page's "Start here" checklist: each step of the PRM basics scenario ticks exactly its own
// step, in order, from the org's state; an org without any of it has nothing ticked.
#include <gtest/gtest.h>

#include "app/org/start_checklist.h"
#include "app/training/training.h"
#include "unit/core_fixture.h"

using namespace prm;
namespace pt = prm::testing;
namespace tr = prm::app::training;
using app::org::kStartStepCount;
using app::org::StartStep;

namespace {

int ticked(const std::array<bool, kStartStepCount>& d) {
    int n = 0;
    for (bool b : d) n += b ? 1 : 0;
    return n;
}

}  // namespace

TEST(StartChecklist, NothingIsDoneWithoutAnOrg) {
    auto sb = pt::makeSandbox();
    EXPECT_EQ(ticked(app::org::startChecklist(*sb)), 0);
}

TEST(StartChecklist, ANewOrgHasNothingDone) {
    auto sb = pt::makeOrg();
    EXPECT_EQ(ticked(app::org::startChecklist(*sb)), 0);
}

TEST(StartChecklist, EachPrmBasicsExerciseTicksItsStepInOrder) {
    auto sb = pt::makeSandbox();
    ASSERT_TRUE(tr::ensureStore(*sb).ok());
    auto r = tr::loadBuiltinScenario(*sb, "prm-basics");
    ASSERT_TRUE(r.ok) << r.message;
    const auto cur = tr::currentScenario(*sb);
    ASSERT_TRUE(cur.has_value());
    EXPECT_EQ(ticked(app::org::startChecklist(*sb)), 0);
    // Exercise id -> the step it completes (the scenario's "first-login" completes none by itself).
    const std::vector<std::pair<std::string, int>> expect = {
        {"sandbox-copy", 1}, {"enable-prm", 2}, {"conversion-wizard", 3}, {"partner-account", 4},
        {"partner-user", 5}, {"community", 6},  {"first-login", 6},       {"change-owner", 7},
        {"partner-inbox", 8}};
    for (const auto& [id, count] : expect) {
        const tr::Exercise* e = nullptr;
        for (const auto& x : cur->scenario.exercises)
            if (x.id == id) e = &x;
        ASSERT_NE(e, nullptr) << id;
        auto res = tr::runCommands(*sb, e->solution);
        ASSERT_TRUE(res.ok) << id << ": " << res.message;
        const auto done = app::org::startChecklist(*sb);
        EXPECT_EQ(ticked(done), count) << "after " << id;
        for (int i = 0; i < count; ++i) EXPECT_TRUE(done[static_cast<std::size_t>(i)]) << "step " << i + 1 << " after " << id;
    }
}

TEST(StartChecklist, APartnerOrgTicksWhatItHasAndNoMore) {
    auto org = pt::makeOrgWithPartner();
    auto& sb = *org.sb;
    const auto before = app::org::startChecklist(sb);
    EXPECT_TRUE(before[static_cast<std::size_t>(StartStep::EnablePrm)]);
    EXPECT_TRUE(before[static_cast<std::size_t>(StartStep::PartnerCommunity)]);
    EXPECT_FALSE(before[static_cast<std::size_t>(StartStep::SandboxCopy)]);
    EXPECT_FALSE(before[static_cast<std::size_t>(StartStep::LeadToPartner)]);
}
