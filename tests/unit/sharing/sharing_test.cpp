// Sharing commands: public groups, owner- and criteria-based sharing rules, manual shares, folders,
// org-wide defaults and the hierarchy switch, and the share table's rows and causes.
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

#include "app/leads/queries_leads.h"
#include "unit/leads_fixture.h"

using namespace prm;
using namespace prm::leadtest;
using domain::Access;

class SharingTest : public LeadsTest {};

TEST_F(SharingTest, OwnerBasedRuleSharesWithAPublicGroup) {
    as(kRep1);
    Id id = lead("A", "C");
    as(kAdmin);
    json g = ok({{"cmd", "CreatePublicGroup"}, {"name", "Channel Team"}, {"members", json::array({{{"userId", kCm}}})}});
    EXPECT_EQ(app::leadAccess(db(), kCm, id), Access::None);
    json r = ok({{"cmd", "CreateSharingRule"}, {"name", "Reps to channel"}, {"ruleType", "Owner"},
                 {"source", {{"roleId", kRoleRep}, {"scope", "Role"}}}, {"target", {{"groupId", g["groupId"]}}}, {"access", "Read"}});
    EXPECT_EQ(app::leadAccess(db(), kCm, id), Access::Read);
    EXPECT_EQ(app::leadAccess(db(), kMaija, id), Access::None);
    // Adding a member to the group recalculates; the partner hierarchy above Maija gets nothing from it,
    // the users above the new member do (read only, like the rule).
    ok({{"cmd", "AddPublicGroupMember"}, {"groupId", g["groupId"]}, {"userId", kMaija}});
    EXPECT_EQ(app::leadAccess(db(), kMaija, id), Access::Read);
    ok({{"cmd", "DeleteSharingRule"}, {"ruleId", r["ruleId"]}});
    EXPECT_EQ(app::leadAccess(db(), kCm, id), Access::None);
    EXPECT_EQ(app::leadAccess(db(), kMaija, id), Access::None);
    EXPECT_EQ(count("SELECT count(*) FROM setup_audit WHERE section IN ('Sharing Rules', 'Public Groups')"), 4);
}

TEST_F(SharingTest, CriteriaRuleSharesMatchingLeadsWithARoleAndSubordinates) {
    as(kRep1);
    Id fi = lead("A", "C", {{"country", "Finland"}});
    Id se = lead("B", "C", {{"country", "Sweden"}});
    as(kAdmin);
    ok({{"cmd", "CreateSharingRule"}, {"name", "Finnish leads to partners"}, {"ruleType", "Criteria"},
        {"criteria", {{"field", "Country"}, {"op", "equals"}, {"value", "FINLAND"}}},
        {"target", {{"roleId", kRolePExec}, {"scope", "RoleInternalAndPortalSubordinates"}}}, {"access", "Edit"}});
    EXPECT_EQ(app::leadAccess(db(), kMaija, fi), Access::Edit);
    EXPECT_EQ(app::leadAccess(db(), kKalle, fi), Access::Edit);
    EXPECT_EQ(app::leadAccess(db(), kMaija, se), Access::None);
    EXPECT_EQ(app::leadAccess(db(), kLiisa, fi), Access::None);  // inactive users have none
    // Editing the lead so it no longer matches takes the access away.
    as(kRep1);
    ok({{"cmd", "UpdateLead"}, {"leadId", fi}, {"country", "Norway"}});
    EXPECT_EQ(app::leadAccess(db(), kMaija, fi), Access::None);
    // A value that would break naive SQL is just a value.
    as(kAdmin);
    Id odd = lead("O'Brien", "C", {{"country", "x' OR '1'='1"}});
    ok({{"cmd", "CreateSharingRule"}, {"name", "Odd"}, {"ruleType", "Criteria"},
        {"criteria", {{"field", "Country"}, {"op", "equals"}, {"value", "x' OR '1'='1"}}},
        {"target", {{"roleId", kRoleRep}, {"scope", "Role"}}}});
    EXPECT_EQ(app::leadAccess(db(), kRep2, odd), Access::Read);
    EXPECT_EQ(app::leadAccess(db(), kRep2, se), Access::None);
    auto rules = app::listSharingRules(db());
    ASSERT_EQ(rules.size(), 2u);
    auto bad = refusedUnchanged({{"cmd", "CreateSharingRule"}, {"name", "Bad"}, {"ruleType", "Criteria"},
                                 {"criteria", {{"field", "Shoe"}, {"op", "equals"}, {"value", "x"}}},
                                 {"target", {{"roleId", kRoleRep}}}});
    EXPECT_NE(bad.message.find("'Shoe' is not a lead field"), std::string::npos) << bad.message;
    refusedUnchanged({{"cmd", "CreateSharingRule"}, {"name", "Bad"}, {"ruleType", "Owner"},
                      {"source", {{"roleId", kRoleRep}, {"scope", "Everyone"}}}, {"target", {{"roleId", kRoleRep}}}});
}

TEST_F(SharingTest, ManualShareByTheOwnerAndItsRemoval) {
    as(kRep1);
    Id id = lead("A", "C");
    ok({{"cmd", "ShareLeadManually"}, {"leadId", id}, {"userId", kRep2}, {"access", "Edit"}});
    EXPECT_EQ(app::leadAccess(db(), kRep2, id), Access::Edit);
    auto rows = app::leadShareRows(db(), id);
    bool manual = false;
    for (const auto& r : rows) manual = manual || (r.userId == kRep2 && r.cause == "Manual" && r.access == Access::Edit);
    EXPECT_TRUE(manual);
    as(kRep2);  // not the owner: may not share further
    auto r = refusedUnchanged({{"cmd", "ShareLeadManually"}, {"leadId", id}, {"userId", kCm}, {"access", "Read"}});
    EXPECT_NE(r.message.find("only the owner of L-00001"), std::string::npos) << r.message;
    as(kRep1);
    refusedUnchanged({{"cmd", "ShareLeadManually"}, {"leadId", id}, {"userId", kInactiveRep}});
    refusedUnchanged({{"cmd", "ShareLeadManually"}, {"leadId", id}, {"userId", kRep1}});
    ok({{"cmd", "RemoveManualShare"}, {"leadId", id}, {"userId", kRep2}});
    EXPECT_EQ(app::leadAccess(db(), kRep2, id), Access::None);
}

TEST_F(SharingTest, HierarchyAndOrgWideDefaults) {
    as(kMaija);
    Id id = lead("Deal", "C");
    // Above Maija: Partner Manager/Executive roles (Kalle is a Partner Manager), the channel manager, VP, CEO.
    EXPECT_EQ(app::leadAccess(db(), kKalle, id), Access::Edit);
    EXPECT_EQ(app::leadAccess(db(), kCm, id), Access::Edit);
    EXPECT_EQ(app::leadAccess(db(), kCeo, id), Access::Edit);
    EXPECT_EQ(app::leadAccess(db(), kRep1, id), Access::None);
    EXPECT_EQ(app::leadAccess(db(), kPekka, id), Access::None);  // a peer partner user
    EXPECT_EQ(app::leadAccess(db(), kAdmin, id), Access::All);
    // Hierarchy off: only the owner (and the admin) remain.
    ASSERT_TRUE(db().exec("UPDATE org SET grant_access_using_hierarchies = 0").ok());
    ASSERT_TRUE(app::recalcAllLeadShares(db()).ok());
    EXPECT_EQ(app::leadAccess(db(), kCm, id), Access::None);
    // Internal OWD Public Read Only: internal users read; partner users follow the external OWD.
    ASSERT_TRUE(db().exec("UPDATE org SET owd_lead_internal = 'PublicRead'").ok());
    EXPECT_EQ(app::leadAccess(db(), kRep1, id), Access::Read);
    EXPECT_EQ(app::leadAccess(db(), kPekka, id), Access::None);
    EXPECT_EQ(app::leadVisibilityCondition(db(), kRep1, 1), "1");
    EXPECT_NE(app::leadVisibilityCondition(db(), kPekka, 1), "1");
}

TEST_F(SharingTest, FoldersAreCreatedAndAudited) {
    json f = ok({{"cmd", "CreateFolder"}, {"name", "Partner Reports"}, {"kind", "Report"}, {"roleId", kRolePExec},
                 {"scope", "RoleInternalAndPortalSubordinates"}, {"access", "Read"}});
    EXPECT_GT(f["folderId"].get<Id>(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM folders WHERE role_scope = 'RoleInternalAndPortalSubordinates'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM setup_audit WHERE section = 'Folders'"), 1);
    refusedUnchanged({{"cmd", "CreateFolder"}, {"name", "X"}, {"kind", "Spreadsheet"}});
    as(kRep1);
    refusedUnchanged({{"cmd", "CreateFolder"}, {"name", "Mine"}});
}

TEST_F(SharingTest, IncrementalRecalcMatchesFullRecalc) {
    ok({{"cmd", "CreatePublicGroup"}, {"name", "Partners"}, {"members", json::array({{{"roleId", kRolePExec}, {"scope", "RoleInternalAndPortalSubordinates"}}})}});
    ok({{"cmd", "CreateSharingRule"}, {"name", "Big"}, {"ruleType", "Criteria"},
        {"criteria", {{"field", "AnnualRevenue"}, {"op", "greaterThan"}, {"value", "1000000"}}}, {"target", {{"groupId", 1}}}});
    ok({{"cmd", "GenerateLeads"}, {"count", 2000}, {"seed", 5}, {"ownerUserIds", {kRep1, kRep2, kMaija}}});
    ok({{"cmd", "MassChangeOwner"}, {"filter", {{"field", "Country"}, {"op", "equals"}, {"value", "Sweden"}}},
        {"ownerType", "User"}, {"ownerId", kCm}});
    auto snapshot = [&] {
        std::vector<std::string> rows;
        auto s = db().prepare("SELECT lead_id, user_id, row_cause, access FROM lead_shares ORDER BY 1, 2, 3");
        while (s.step()) rows.push_back(s.getText(0) + "/" + s.getText(1) + "/" + s.getText(2) + "/" + s.getText(3));
        return rows;
    };
    auto incremental = snapshot();
    ASSERT_TRUE(app::recalcAllLeadShares(db()).ok());
    EXPECT_EQ(incremental, snapshot());
    EXPECT_GT(incremental.size(), 2000u);
}

TEST_F(SharingTest, RemovingAGroupMemberTakesTheirAccessAway) {
    as(kRep1);
    Id id = lead("A", "C");
    as(kAdmin);
    json g = ok({{"cmd", "CreatePublicGroup"}, {"name", "Channel Team"}});
    json m = ok({{"cmd", "AddPublicGroupMember"}, {"groupId", g["groupId"]}, {"roleId", kRoleCm}, {"scope", "RoleInternalAndPortalSubordinates"}});
    ok({{"cmd", "CreateSharingRule"}, {"name", "Reps to channel"}, {"ruleType", "Owner"},
        {"source", {{"roleId", kRoleRep}, {"scope", "Role"}}}, {"target", {{"groupId", g["groupId"]}}}, {"access", "Edit"}});
    EXPECT_EQ(app::leadAccess(db(), kCm, id), Access::Edit);
    EXPECT_EQ(app::leadAccess(db(), kMaija, id), Access::Edit);  // portal subordinate of the channel manager role
    auto groups = app::listPublicGroups(db());
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0].userCount, 7);  // Mikko and the six partner users below his role
    ok({{"cmd", "RemovePublicGroupMember"}, {"groupId", g["groupId"]}, {"memberId", m["memberId"]}});
    EXPECT_EQ(app::leadAccess(db(), kCm, id), Access::None);
    EXPECT_EQ(app::leadAccess(db(), kMaija, id), Access::None);
}
