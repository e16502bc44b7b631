// Bulk changes say what they will do, then act, then can be undone: the assignment-rule dry run is the real
// run rolled back (same counts, nothing changed); closed leads are skipped; the report counts per rule entry;
// Undo after running rules, a mass owner change or a scenario load gives back the org exactly (org_diff empty).
#include <gtest/gtest.h>

#include "app/leads/mass_change_owner.h"
#include "app/training/org_diff.h"
#include "app/training/training.h"
#include "unit/leads_fixture.h"

using namespace prm;
using namespace prm::leadtest;
namespace tr = prm::app::training;

class BulkUndoTest : public LeadsTest {
protected:
    void SetUp() override {
        LeadsTest::SetUp();
        ASSERT_TRUE(tr::ensureStore(sb()).ok());
        Id rule = ok({{"cmd", "CreateAssignmentRule"}, {"name", "Nordics"}, {"active", true}})["ruleId"].get<Id>();
        ok({{"cmd", "AddAssignmentRuleEntry"},
            {"ruleId", rule},
            {"criteria", json::array({{{"field", "Country"}, {"op", "equals"}, {"value", "Denmark"}}})},
            {"target", {{"userId", kRep1}}}});
        for (int i = 0; i < 3; ++i) danes.push_back(lead("Dane", "Dansk " + std::to_string(i), {{"country", "Denmark"}}));
        for (int i = 0; i < 4; ++i) others.push_back(lead("Other", "Muu " + std::to_string(i), {{"country", "Finland"}}));
        closed.push_back(lead("Won", "Closed Dansk", {{"country", "Denmark"}, {"status", "Closed - Converted"}}));
        closed.push_back(lead("Lost", "Closed Muu", {{"country", "Finland"}, {"status", "Closed - Not Converted"}}));
    }
    // What changed since `before` (a serialized org), by the org diff.
    app::OrgDiff diffSince(const std::vector<unsigned char>& before) {
        auto scratch = store::Db::open(":memory:");
        EXPECT_TRUE(scratch.ok());
        EXPECT_TRUE(scratch.value()->deserialize(before).ok());
        return app::diffOrgs(*scratch.value(), db());
    }
    std::vector<Id> danes, others, closed;
};

TEST_F(BulkUndoTest, DryRunCountsWhatTheRunDoesAndChangesNothing) {
    const auto before = db().serialize();
    CommandResult dry = sb().execute({{"cmd", "RunAssignmentRules"}, {"all", true}, {"dryRun", true}});
    ASSERT_TRUE(dry.ok) << dry.message;
    EXPECT_TRUE(before == db().serialize()) << "a dry run changed the org (or its command log)";
    EXPECT_EQ(ownerUser(danes[0]), kAdmin);

    CommandResult run = sb().execute({{"cmd", "RunAssignmentRules"}, {"all", true}});
    ASSERT_TRUE(run.ok) << run.message;
    for (const char* key : {"count", "changed", "defaultOwner", "changedToDefault", "skipped", "entries"}) EXPECT_EQ(dry.data[key], run.data[key]) << key;
    EXPECT_EQ(run.data["count"], 7);
    EXPECT_EQ(run.data["changed"], 7);
    EXPECT_EQ(run.data["skipped"], 2);
    EXPECT_EQ(run.data["changedToDefault"], 4);
    ASSERT_EQ(run.data["entries"].size(), 2u);
    EXPECT_EQ(run.data["entries"][0]["label"], "Country equals 'Denmark' → Rita Rep");
    EXPECT_EQ(run.data["entries"][0]["count"], 3);
    EXPECT_EQ(run.data["entries"][1]["label"], "no entry matched → default owner (Ville Vp)");
    EXPECT_EQ(run.data["entries"][1]["count"], 4);
    EXPECT_NE(run.message.find("Country equals 'Denmark' → Rita Rep: 3; no entry matched → default owner (Ville Vp): 4; "
                               "skipped, closed or converted: 2"),
              std::string::npos)
        << run.message;
    EXPECT_NE(dry.message.find("would change owner"), std::string::npos) << dry.message;
    for (Id id : danes) EXPECT_EQ(ownerUser(id), kRep1);
    for (Id id : others) EXPECT_EQ(ownerUser(id), kVp);
}

TEST_F(BulkUndoTest, ClosedAndConvertedLeadsKeepTheirOwner) {
    json d = ok({{"cmd", "RunAssignmentRules"}, {"leadIds", {closed[0], closed[1], danes[0]}}});
    EXPECT_EQ(d["count"], 1);
    EXPECT_EQ(d["skipped"], 2);
    EXPECT_EQ(ownerUser(closed[0]), kAdmin);
    EXPECT_EQ(ownerUser(closed[1]), kAdmin);
    EXPECT_EQ(ownerUser(danes[0]), kRep1);
}

TEST_F(BulkUndoTest, UndoAfterRunningRulesGivesBackTheOrgExactlyAndCanBeRedone) {
    const auto before = db().serialize();
    CommandResult run = tr::executeWithUndo(sb(), {{"cmd", "RunAssignmentRules"}, {"all", true}}, "Run assignment rules (9 leads)");
    ASSERT_TRUE(run.ok) << run.message;
    const auto after = db().serialize();
    ASSERT_FALSE(diffSince(before).empty());
    auto points = tr::undoPoints(sb());
    ASSERT_EQ(points.size(), 1u);
    EXPECT_EQ(points[0].label, "Run assignment rules (9 leads)");
    EXPECT_EQ(run.data["undoPointId"], points[0].id);

    CommandResult undo = tr::undoTo(sb(), points[0].id);
    ASSERT_TRUE(undo.ok) << undo.message;
    EXPECT_TRUE(diffSince(before).empty()) << "undo did not give back the org as it was";
    EXPECT_EQ(ownerUser(danes[0]), kAdmin);

    points = tr::undoPoints(sb());
    ASSERT_EQ(points.size(), 1u);
    EXPECT_EQ(points[0].label, "Undone: Run assignment rules (9 leads)");
    ASSERT_TRUE(tr::undoTo(sb(), points[0].id).ok);  // the redo
    EXPECT_TRUE(diffSince(after).empty());
    EXPECT_EQ(ownerUser(danes[0]), kRep1);
}

TEST_F(BulkUndoTest, ARefusedCommandKeepsNoUndoPoint) {
    CommandResult r = tr::executeWithUndo(sb(), {{"cmd", "RunAssignmentRules"}, {"leadIds", json::array()}}, "Run assignment rules");
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(tr::undoPoints(sb()).empty());
}

TEST_F(BulkUndoTest, UndoAfterMassChangeOwner) {
    const auto before = db().serialize();
    std::vector<Id> ids = danes;
    ids.insert(ids.end(), others.begin(), others.end());
    app::MassChangeOwnerJob job(ids, domain::OwnerType::User, kRep2, false, 3);
    job.keepUndoPoint("Change owner of 7 leads to Rami Rep");
    while (!job.progress().finished && !job.progress().failed) job.step(sb(), 3);
    ASSERT_FALSE(job.progress().failed) << job.progress().message;
    EXPECT_EQ(ownerUser(others[3]), kRep2);
    ASSERT_NE(job.progress().undoPointId, 0);
    ASSERT_TRUE(tr::undoTo(sb(), job.progress().undoPointId).ok);
    EXPECT_TRUE(diffSince(before).empty());
    EXPECT_EQ(ownerUser(others[3]), kAdmin);
}

TEST_F(BulkUndoTest, UndoAfterLoadingAScenario) {
    const auto before = db().serialize();
    CommandResult load = tr::loadBuiltinScenario(sb(), "prm-basics");
    ASSERT_TRUE(load.ok) << load.message;
    auto points = tr::undoPoints(sb());
    ASSERT_FALSE(points.empty());
    EXPECT_EQ(points[0].label.rfind("Load scenario '", 0), 0u) << points[0].label;
    ASSERT_TRUE(tr::undoTo(sb(), points[0].id).ok);
    EXPECT_TRUE(diffSince(before).empty());
    EXPECT_FALSE(tr::currentScenario(sb()).has_value());
}

TEST_F(BulkUndoTest, OnlyTheLastFiveAreKept) {
    for (int i = 1; i <= tr::kUndoKept + 2; ++i) ASSERT_TRUE(tr::takeUndoPoint(sb(), "change " + std::to_string(i)).ok());
    auto points = tr::undoPoints(sb());
    ASSERT_EQ(points.size(), static_cast<std::size_t>(tr::kUndoKept));
    EXPECT_EQ(points.front().label, "change 7");
    EXPECT_EQ(points.back().label, "change 3");
    CommandResult gone = tr::undoTo(sb(), 1);
    EXPECT_FALSE(gone.ok);
    EXPECT_NE(gone.message.find("only the last 5"), std::string::npos) << gone.message;
}
