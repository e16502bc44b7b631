// Partner-user eligibility for lead ownership (the seed's §1.4): one test per hidden reason, the
// combined reasons, the owner picker's eligible/hidden lists, and the flow through the core commands.
#include <gtest/gtest.h>

#include "app/leads/queries_leads.h"
#include "unit/core_fixture.h"
#include "unit/leads_fixture.h"

using namespace prm;
using namespace prm::leadtest;

namespace {
const app::OwnerCandidate* find(const std::vector<app::OwnerCandidate>& v, Id id) {
    for (const auto& c : v)
        if (c.id == id) return &c;
    return nullptr;
}
}  // namespace

class EligibilityTest : public LeadsTest {
protected:
    // ChangeLeadOwner to the partner user is refused with exactly this message, and nothing changes.
    void expectRefused(Id user, const std::string& message) {
        Id id = m_lead ? m_lead : (m_lead = lead("Korpela", "Sisu Data Oy"));
        auto r = refusedUnchanged({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "PartnerUser"}, {"ownerId", user}});
        EXPECT_EQ(r.message, message);
        EXPECT_EQ(r.field, "ownerId");
    }
    Id m_lead = 0;
};

TEST_F(EligibilityTest, EligiblePartnerUserCanOwn) {
    Id id = lead("Korpela", "Sisu Data Oy");
    ok({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "PartnerUser"}, {"ownerId", kMaija}});
    auto c = app::ownerCandidates(db(), kAdmin, "PartnerUser", "");
    ASSERT_NE(find(c.eligible, kMaija), nullptr);
    EXPECT_EQ(find(c.eligible, kMaija)->account, "Nordic Partners Oy");
    EXPECT_EQ(c.eligible.size(), 1u);
}

TEST_F(EligibilityTest, NeverLoggedIn) {
    expectRefused(kPekka, "Pekka Korhonen cannot own leads yet: they have never logged in; ask them to log in to the community once");
    auto c = app::ownerCandidates(db(), kAdmin, "PartnerUser", "pekka");
    ASSERT_EQ(c.hidden.size(), 1u);
    EXPECT_EQ(c.hidden[0].reasons, std::vector<std::string>{"never logged in"});
}

TEST_F(EligibilityTest, Inactive) {
    expectRefused(kLiisa, "Liisa Laine cannot own leads yet: they are inactive; activate the user first");
    auto c = app::ownerCandidates(db(), kAdmin, "PartnerUser", "liisa");
    EXPECT_TRUE(c.eligible.empty());
    ASSERT_EQ(c.hidden.size(), 1u);  // not shown in the picker, but explained
    EXPECT_EQ(c.hidden[0].reasons, std::vector<std::string>{"inactive"});
}

TEST_F(EligibilityTest, ProfileInNoCommunity) {
    expectRefused(kOuti, "Outi Niemi cannot own leads yet: their profile is not a member of any community; add the profile "
                         "to a community's members");
    auto c = app::ownerCandidates(db(), kAdmin, "PartnerUser", "Outi");
    ASSERT_EQ(c.hidden.size(), 1u);
    EXPECT_EQ(c.hidden[0].reasons, std::vector<std::string>{"profile is not a member of any community"});
}

TEST_F(EligibilityTest, CommunityNotPublished) {
    expectRefused(kKalle, "Kalle Salo cannot own leads yet: their community 'Draft Portal' is not published; publish it in "
                          "Communities");
    auto c = app::ownerCandidates(db(), kAdmin, "PartnerUser", "kalle");
    ASSERT_EQ(c.hidden.size(), 1u);
    EXPECT_EQ(c.hidden[0].reasons, std::vector<std::string>{"community 'Draft Portal' is not published"});
    // Publishing the community makes him eligible at once.
    ASSERT_TRUE(db().exec("UPDATE communities SET status = 'Published' WHERE id = 2").ok());
    Id id = lead("Korpela", "Sisu Data Oy");
    ok({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "PartnerUser"}, {"ownerId", kKalle}});
}

TEST_F(EligibilityTest, EveryReasonAtOnce) {
    expectRefused(kSami,
                  "Sami Heikkinen cannot own leads yet: their profile is not a member of any community; add the profile to "
                  "a community's members; and they are inactive; activate the user first; and they have never logged in; "
                  "ask them to log in to the community once");
    auto c = app::ownerCandidates(db(), kAdmin, "PartnerUser", "");
    const auto* sami = find(c.hidden, kSami);
    ASSERT_NE(sami, nullptr);
    EXPECT_EQ(sami->reasons,
              (std::vector<std::string>{"profile is not a member of any community", "inactive", "never logged in"}));
    EXPECT_EQ(c.hidden.size(), 5u);  // "5 partner users are not shown — why?"
    EXPECT_EQ(c.eligible.size(), 1u);
}

TEST_F(EligibilityTest, SearchMatchesAccountAndInternalInactiveUsersAreHidden) {
    EXPECT_EQ(app::ownerCandidates(db(), kAdmin, "PartnerUser", "nordic").eligible.size(), 1u);
    EXPECT_TRUE(app::ownerCandidates(db(), kAdmin, "PartnerUser", "acme").eligible.empty());
    auto users = app::ownerCandidates(db(), kAdmin, "User", "");
    ASSERT_NE(find(users.hidden, kInactiveRep), nullptr);
    EXPECT_EQ(find(users.eligible, kMaija), nullptr);  // partner users are picked under "Partner User"
    ok({{"cmd", "CreateQueue"}, {"name", "Nordic Queue"}});
    EXPECT_EQ(app::ownerCandidates(db(), kAdmin, "Queue", "nordic").eligible.size(), 1u);
}

TEST_F(EligibilityTest, AssignmentRuleSkipsAnIneligiblePartnerTargetAndSaysWhy) {
    json rule = ok({{"cmd", "CreateAssignmentRule"}, {"name", "Partners"}, {"active", true}});
    json e = ok({{"cmd", "AddAssignmentRuleEntry"}, {"ruleId", rule["ruleId"]}, {"target", {{"userId", kPekka}}},
                 {"criteria", json::array({{{"field", "Country"}, {"op", "equals"}, {"value", "Finland"}}})}});
    EXPECT_NE(e.value("warning", std::string()).find("never logged in"), std::string::npos);
    ok({{"cmd", "AddAssignmentRuleEntry"}, {"ruleId", rule["ruleId"]}, {"target", {{"userId", kMaija}}}});
    Id id = lead("Korpela", "Sisu", {{"country", "Finland"}, {"useAssignmentRules", true}});
    EXPECT_EQ(ownerUser(id), kMaija);
    json t = trace(id);
    EXPECT_EQ(t["entry"]["order"], 2);
    ASSERT_EQ(t["skipped"].size(), 1u);
    EXPECT_NE(t["skipped"][0]["reason"].get<std::string>().find("Pekka Korhonen cannot own leads yet"), std::string::npos);
    auto words = app::explainOwner(db(), id);
    bool said = false;
    for (const auto& d : words.details) said = said || d.rfind("Entry 1 was skipped: Pekka Korhonen", 0) == 0;
    EXPECT_TRUE(said);
}

// The same rule through the core commands (accounts, partner users, communities, log in).
TEST(EligibilityFlow, PartnerUserBecomesEligibleAfterTheFirstLogin) {
    auto org = prm::testing::makeOrgWithPartner();
    auto& sb = *org.sb;
    CommandResult lead = sb.execute({{"cmd", "CreateLead"}, {"lastName", "Korpela"}, {"company", "Sisu Data Oy"}});
    ASSERT_TRUE(lead.ok) << lead.message;
    const Id leadId = lead.data["leadId"].get<Id>();
    json change = {{"cmd", "ChangeLeadOwner"}, {"leadId", leadId}, {"ownerType", "PartnerUser"}, {"ownerId", org.partnerUserId},
                   {"sendNotificationEmail", true}};
    CommandResult before = sb.execute(change);
    ASSERT_FALSE(before.ok);
    EXPECT_EQ(before.message, "Maija Virtanen cannot own leads yet: they have never logged in; ask them to log in to the community once");
    prm::testing::firstLogin(org, org.partnerUserId);
    CommandResult after = sb.execute(change);
    ASSERT_TRUE(after.ok) << after.message;
    auto inbox = app::inboxLeads(sb.db(), org.partnerUserId);
    ASSERT_EQ(inbox.size(), 1u);
    EXPECT_EQ(inbox[0].id, leadId);
}
