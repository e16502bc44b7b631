// The sharing commands read as typed structs: misspelt fields and wrong choices (access, scope, rule type,
// folder kind) refused with their JSON path and the allowed values; the bound visibility condition.
#include <gtest/gtest.h>

#include "unit/leads_fixture.h"

using namespace prm;
using namespace prm::leadtest;
using domain::Access;

namespace {

class SharingCommandsTest : public LeadsTest {};

using prm::testing::startsWith;

}  // namespace

TEST_F(SharingCommandsTest, MisspeltFieldsAreRefusedWithTheirPath) {
    auto r = refusedUnchanged({{"cmd", "CreatePublicGroup"}, {"nmae", "Channel Team"}});
    EXPECT_TRUE(startsWith(r.message, "$.nmae: unknown field; did you mean \"name\"?")) << r.message;
    EXPECT_EQ(r.field, "nmae");
    // Inside a nested object the path goes down to the key.
    r = refusedUnchanged({{"cmd", "CreateSharingRule"}, {"name", "Reps"}, {"ruleType", "Owner"},
                          {"source", {{"roleId", kRoleRep}, {"scoep", "Role"}}}, {"target", {{"roleId", kRoleCm}}}});
    EXPECT_TRUE(startsWith(r.message, "$.source.scoep: unknown field; did you mean \"scope\"?")) << r.message;
    EXPECT_EQ(r.field, "source");
    // A rule shares from and with roles and groups, not single users.
    r = refusedUnchanged({{"cmd", "CreateSharingRule"}, {"name", "Reps"}, {"ruleType", "Owner"},
                          {"source", {{"roleId", kRoleRep}}}, {"target", {{"userId", kCm}}}});
    EXPECT_TRUE(startsWith(r.message, "$.target.userId: unknown field")) << r.message;
    EXPECT_NE(r.message.find("roleId, scope, groupId"), std::string::npos) << r.message;
}

TEST_F(SharingCommandsTest, WrongChoicesNameTheAllowedValues) {
    auto r = refusedUnchanged({{"cmd", "ShareLeadManually"}, {"leadId", 1}, {"userId", kRep2}, {"access", "Write"}});
    EXPECT_EQ(r.message, "$.access: expected one of Read, Edit, got \"Write\"");
    EXPECT_EQ(r.field, "access");
    r = refusedUnchanged({{"cmd", "CreatePublicGroup"}, {"name", "Channel Team"},
                          {"members", json::array({{{"userId", kCm}}, {{"roleId", kRoleCm}, {"scope", "Everyone"}}})}});
    EXPECT_EQ(r.message, "$.members[1].scope: expected one of Role, RoleAndInternalSubordinates, "
                         "RoleInternalAndPortalSubordinates, got \"Everyone\"");
    EXPECT_EQ(r.field, "members");
    r = refusedUnchanged({{"cmd", "CreateSharingRule"}, {"name", "X"}, {"ruleType", "Territory"},
                          {"target", {{"roleId", kRoleCm}}}});
    EXPECT_EQ(r.message, "$.ruleType: expected one of Owner, Criteria, got \"Territory\"");
    r = refusedUnchanged({{"cmd", "CreateFolder"}, {"name", "X"}, {"kind", "Spreadsheet"}});
    EXPECT_EQ(r.message, "$.kind: expected one of Report, Document, EmailTemplate, Dashboard, got \"Spreadsheet\"");
    EXPECT_EQ(r.field, "kind");
    r = refusedUnchanged({{"cmd", "CreateSharingRule"}, {"name", "X"}, {"ruleType", "Criteria"},
                          {"criteria", {{"field", "Country"}, {"op", "equals"}}}, {"target", {{"roleId", kRoleCm}}}});
    EXPECT_EQ(r.message, "$.criteria.value: missing; add it (text or number)");
    EXPECT_EQ(r.field, "criteria");
}

TEST_F(SharingCommandsTest, DomainRulesStayInTheCommands) {
    auto r = refusedUnchanged({{"cmd", "CreateSharingRule"}, {"name", "Reps"}, {"ruleType", "Owner"},
                               {"target", {{"roleId", kRoleCm}}}});
    EXPECT_EQ(r.message, "an owner-based rule needs the owners it shares: a role (with its scope) or a public group");
    EXPECT_EQ(r.field, "source");
    r = refusedUnchanged({{"cmd", "CreateSharingRule"}, {"name", "Reps"}, {"ruleType", "Owner"},
                          {"source", {{"roleId", kRoleRep}, {"groupId", 1}}}, {"target", {{"roleId", kRoleCm}}}});
    EXPECT_EQ(r.message, "the rule's source is one role (with its scope) or one public group");
    r = refusedUnchanged({{"cmd", "CreateSharingRule"}, {"name", "Reps"}, {"ruleType", "Owner"},
                          {"source", {{"roleId", 999}}}, {"target", {{"roleId", kRoleCm}}}});
    EXPECT_EQ(r.message, "the rule's source: there is no role with id 999; pick one from Setup → Roles");
    r = refusedUnchanged({{"cmd", "AddPublicGroupMember"}, {"groupId", 77}, {"userId", kCm}});
    EXPECT_EQ(r.message, "there is no public group with id 77; pick one from Setup → Public Groups");
    EXPECT_EQ(r.field, "groupId");
    r = refusedUnchanged({{"cmd", "DeleteSharingRule"}, {"ruleId", 5}});
    EXPECT_EQ(r.message, "there is no sharing rule with id 5; pick one from Setup → Sharing Rules");
    r = refusedUnchanged({{"cmd", "ShareLeadManually"}, {"leadId", 404}, {"userId", kRep2}});
    EXPECT_EQ(r.message, "no such lead, or you cannot see it; pick one from Sales → Leads");
    EXPECT_EQ(r.field, "leadId");
}

TEST_F(SharingCommandsTest, CriteriaValueMayBeANumberAndScopeDefaultsToRole) {
    ok({{"cmd", "CreateSharingRule"}, {"name", "Big deals"}, {"ruleType", "Criteria"},
        {"criteria", {{"field", "AnnualRevenue"}, {"op", "greaterThan"}, {"value", 1000000}}},
        {"target", {{"roleId", kRoleCm}}}});
    EXPECT_EQ(db().queryText("SELECT criteria_value FROM sharing_rules WHERE name = 'Big deals'").value_or(""), "1000000");
    EXPECT_EQ(db().queryText("SELECT target_role_scope FROM sharing_rules WHERE name = 'Big deals'").value_or(""), "Role");
    EXPECT_EQ(db().queryText("SELECT access FROM sharing_rules WHERE name = 'Big deals'").value_or(""), "Read");
    json g = ok({{"cmd", "CreatePublicGroup"}, {"name", "Channel Team"}});
    ok({{"cmd", "AddPublicGroupMember"}, {"groupId", g["groupId"]}, {"roleId", kRoleCm}});
    EXPECT_EQ(count("SELECT count(*) FROM public_group_members WHERE role_id = 3 AND role_scope = 'Role'"), 1);
    auto r = refusedUnchanged({{"cmd", "AddPublicGroupMember"}, {"groupId", g["groupId"]}, {"roleId", kRoleCm}});
    EXPECT_NE(r.message.find("is already a member of the group"), std::string::npos) << r.message;
    r = refusedUnchanged({{"cmd", "AddPublicGroupMember"}, {"groupId", g["groupId"]}, {"userId", kCm}, {"roleId", kRoleCm}});
    EXPECT_EQ(r.message, "the member is one user, one role (with its scope) or one channel level");
    EXPECT_EQ(r.field, "userId");
    ok({{"cmd", "CreateFolder"}, {"name", "Price Lists"}, {"kind", "Document"}, {"roleId", kRoleCm}, {"access", "Edit"}});
    EXPECT_EQ(db().queryText("SELECT kind || '/' || role_scope || '/' || access FROM folders").value_or(""),
              "Document/Role/Edit");
}

TEST_F(SharingCommandsTest, VisibilityConditionBindsTheViewer) {
    as(kRep1);
    Id mine = lead("A", "C");
    as(kRep2);
    lead("B", "C");
    auto visible = [&](Id viewer) {
        const std::string cond = app::leadVisibilityCondition(db(), viewer, 2);
        EXPECT_EQ(cond.find(std::to_string(viewer) + ")"), std::string::npos) << cond;
        auto s = db().prepare("SELECT count(*), min(l.id) FROM leads l WHERE l.company = ?1 AND (" + cond + ")");
        s.bind(1, "C").bind(2, viewer);
        EXPECT_TRUE(s.step());
        return std::make_pair(s.getInt(0), s.getInt(1));
    };
    EXPECT_EQ(visible(kRep1), std::make_pair(std::int64_t{1}, mine));
    EXPECT_EQ(visible(kAdmin).first, 2);
    EXPECT_EQ(app::leadVisibilityCondition(db(), kAdmin, 2), "1");
    EXPECT_EQ(app::leadVisibilityCondition(db(), kInactiveRep, 2), "0");
    EXPECT_EQ(visible(kInactiveRep).first, 0);
    EXPECT_EQ(visible(kMaija).first, 0);
}
