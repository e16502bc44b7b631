// Channel programs and tiers (issue #20): the commands with their refusals, and levels as public group
// members: a lead shared by a rule to "Gold partners" reaches the Gold partner's users, not the Silver's,
// until the Silver partner is promoted; deactivating the program takes it back.
#include <gtest/gtest.h>

#include "app/channel/channel_queries.h"
#include "app/data/org_json.h"
#include "app/training/org_diff.h"
#include "app/leads/queries_leads.h"
#include "unit/leads_fixture.h"

using namespace prm;
using namespace prm::leadtest;
namespace channel = prm::app::channel;

namespace {
// A second partner account (Baltic Partners Oy) with one partner user, Bertta Berg (id 40).
const char* kSecondPartnerSql = R"SQL(
INSERT INTO accounts(id, name, owner_id, is_partner, created_at) VALUES (2, 'Baltic Partners Oy', 4, 1, 0),
  (3, 'Plain Customer Oy', 4, 0, 0);
INSERT INTO roles(id, name, parent_id, partner_account_id, partner_level) VALUES
  (8, 'Baltic Partners Oy Partner User', 3, 2, 1);
INSERT INTO contacts(id, account_id, first_name, last_name, owner_id, created_at) VALUES (40, 2, 'Bertta', 'Berg', 4, 0);
INSERT INTO users(id, username, first_name, last_name, email, profile_id, role_id, is_active, last_login_at, contact_id, account_id, created_at) VALUES
  (40, 'bertta@baltic.example', 'Bertta', 'Berg', 'bertta@baltic.example', 3, 8, 1, 5, 40, 2, 0);
)SQL";
constexpr Id kBertta = 40;
constexpr Id kNordic = 1, kBaltic = 2, kCustomer = 3;
}  // namespace

class ChannelTest : public LeadsTest {
protected:
    void SetUp() override {
        LeadsTest::SetUp();
        ASSERT_TRUE(db().exec(kSecondPartnerSql).ok()) << db().errorMessage();
        ASSERT_TRUE(app::rebuildRoleAncestors(db()).ok());
        program = ok({{"cmd", "CreateChannelProgram"}, {"name", "Partner Program"}, {"description", "Tiers"}})
                      .value("programId", Id{0});
        bronze = level("Bronze", 1);
        silver = level("Silver", 2);
        gold = level("Gold", 3);
    }
    Id level(const std::string& name, int rank, Id prog = 0) {
        return ok({{"cmd", "AddChannelLevel"}, {"programId", prog ? prog : program}, {"name", name}, {"rank", rank},
                   {"benefits", name + " benefits"}})
            .value("levelId", Id{0});
    }
    Id join(Id account, Id lvl) {
        return ok({{"cmd", "AddChannelProgramMember"}, {"programId", program}, {"accountId", account}, {"levelId", lvl}})
            .value("memberId", Id{0});
    }
    Id levelOf(Id member) { return db().queryInt("SELECT level_id FROM channel_program_members WHERE id = ?", member).value_or(0); }
    std::string field(const CommandResult& r) { return r.data.value("field", std::string()); }
    Id program = 0, bronze = 0, silver = 0, gold = 0;
};

TEST_F(ChannelTest, ANewProgramIsInactiveAndActivationTogglesIt) {
    auto p = channel::loadProgramRow(db(), program);
    ASSERT_TRUE(p);
    EXPECT_FALSE(p->active);
    EXPECT_EQ(p->levelCount, 3);
    ok({{"cmd", "ActivateChannelProgram"}, {"programId", program}});
    EXPECT_TRUE(channel::loadProgramRow(db(), program)->active);
    refusedUnchanged({{"cmd", "ActivateChannelProgram"}, {"programId", program}});
    ok({{"cmd", "DeactivateChannelProgram"}, {"programId", program}});
    EXPECT_FALSE(channel::loadProgramRow(db(), program)->active);
    refusedUnchanged({{"cmd", "DeactivateChannelProgram"}, {"programId", program}});
    EXPECT_EQ(count("SELECT count(*) FROM setup_audit WHERE section = 'Channel Programs'"), 6)
        << "create, three levels, activate, deactivate";
}

TEST_F(ChannelTest, ProgramNamesAreRequiredAndUnique) {
    refusedUnchanged({{"cmd", "CreateChannelProgram"}, {"name", "  "}});
    auto r = refusedUnchanged({{"cmd", "CreateChannelProgram"}, {"name", "partner program"}});
    EXPECT_NE(r.message.find("already exists"), std::string::npos) << r.message;
    refusedUnchanged({{"cmd", "ActivateChannelProgram"}, {"programId", 999}});
}

TEST_F(ChannelTest, OnlyAdministratorsRunChannelCommands) {
    Id member = join(kNordic, bronze);
    for (Id user : {Id{kCm}, Id{kMaija}}) {
        as(user);
        refusedUnchanged({{"cmd", "CreateChannelProgram"}, {"name", "Mine"}});
        refusedUnchanged({{"cmd", "ActivateChannelProgram"}, {"programId", program}});
        refusedUnchanged({{"cmd", "AddChannelLevel"}, {"programId", program}, {"name", "Platinum"}, {"rank", 4}});
        refusedUnchanged({{"cmd", "UpdateChannelLevel"}, {"levelId", gold}, {"name", "Kulta"}});
        refusedUnchanged({{"cmd", "AddChannelProgramMember"}, {"programId", program}, {"accountId", kBaltic}, {"levelId", gold}});
        refusedUnchanged({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", member}, {"step", "Promote"}});
        refusedUnchanged({{"cmd", "RemoveChannelProgramMember"}, {"memberId", member}});
    }
}

TEST_F(ChannelTest, LevelRanksAreOneOrMoreAndUniqueInTheProgram) {
    auto dup = refusedUnchanged({{"cmd", "AddChannelLevel"}, {"programId", program}, {"name", "Platinum"}, {"rank", 3}});
    EXPECT_NE(dup.message.find("Gold"), std::string::npos) << dup.message;
    refusedUnchanged({{"cmd", "AddChannelLevel"}, {"programId", program}, {"name", "Zero"}, {"rank", 0}});
    refusedUnchanged({{"cmd", "AddChannelLevel"}, {"programId", program}, {"name", "gold"}, {"rank", 4}});
    refusedUnchanged({{"cmd", "AddChannelLevel"}, {"programId", program}, {"name", ""}, {"rank", 4}});
    refusedUnchanged({{"cmd", "AddChannelLevel"}, {"programId", 999}, {"name", "X"}, {"rank", 4}});
    // Another program may reuse the ranks and names.
    Id other = ok({{"cmd", "CreateChannelProgram"}, {"name", "Services"}}).value("programId", Id{0});
    EXPECT_NE(level("Gold", 3, other), 0);
    // Update: rename, re-rank, benefits; a rank another level holds is refused.
    refusedUnchanged({{"cmd", "UpdateChannelLevel"}, {"levelId", gold}, {"rank", 1}});
    refusedUnchanged({{"cmd", "UpdateChannelLevel"}, {"levelId", gold}, {"name", "Silver"}});
    refusedUnchanged({{"cmd", "UpdateChannelLevel"}, {"levelId", 999}, {"name", "X"}});
    ok({{"cmd", "UpdateChannelLevel"}, {"levelId", gold}, {"name", "Platinum"}, {"rank", 10}, {"benefits", "Everything"}});
    auto levels = channel::listLevels(db(), program);
    ASSERT_EQ(levels.size(), 3u);
    EXPECT_EQ(levels.back().name, "Platinum");
    EXPECT_EQ(levels.back().rank, 10);
    EXPECT_EQ(levels.back().benefits, "Everything");
    EXPECT_EQ(levels.front().name, "Bronze");
}

TEST_F(ChannelTest, MembersArePartnerAccountsAtALevelOfTheProgram) {
    auto notPartner = refusedUnchanged(
        {{"cmd", "AddChannelProgramMember"}, {"programId", program}, {"accountId", kCustomer}, {"levelId", bronze}});
    EXPECT_NE(notPartner.message.find("not a partner account"), std::string::npos) << notPartner.message;
    refusedUnchanged({{"cmd", "AddChannelProgramMember"}, {"programId", program}, {"accountId", 999}, {"levelId", bronze}});
    Id other = ok({{"cmd", "CreateChannelProgram"}, {"name", "Services"}}).value("programId", Id{0});
    Id otherGold = level("Gold", 3, other);
    auto foreign = refusedUnchanged(
        {{"cmd", "AddChannelProgramMember"}, {"programId", program}, {"accountId", kNordic}, {"levelId", otherGold}});
    EXPECT_NE(foreign.message.find("another program"), std::string::npos) << foreign.message;
    Id m = join(kNordic, silver);
    refusedUnchanged({{"cmd", "AddChannelProgramMember"}, {"programId", program}, {"accountId", kNordic}, {"levelId", gold}});
    auto members = channel::listMembers(db(), program);
    ASSERT_EQ(members.size(), 1u);
    EXPECT_EQ(members[0].id, m);
    EXPECT_EQ(members[0].accountName, "Nordic Partners Oy");
    EXPECT_EQ(members[0].levelName, "Silver");
    auto mine = channel::accountMemberships(db(), kNordic);
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0].programName, "Partner Program");
    EXPECT_EQ(mine[0].levelName, "Silver");
    EXPECT_TRUE(channel::accountMemberships(db(), kBaltic).empty());
}

TEST_F(ChannelTest, PromoteAndDemoteStepOneRankAndStopAtTheEnds) {
    Id m = join(kNordic, bronze);
    auto bottom = refusedUnchanged({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", m}, {"step", "Demote"}});
    EXPECT_NE(bottom.message.find("lowest"), std::string::npos) << bottom.message;
    ok({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", m}, {"step", "Promote"}});
    EXPECT_EQ(levelOf(m), silver);
    ok({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", m}, {"step", "Promote"}});
    EXPECT_EQ(levelOf(m), gold);
    EXPECT_TRUE(channel::listMembers(db(), program)[0].top);
    auto top = refusedUnchanged({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", m}, {"step", "Promote"}});
    EXPECT_NE(top.message.find("highest"), std::string::npos) << top.message;
    ok({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", m}, {"step", "Demote"}});
    EXPECT_EQ(levelOf(m), silver);
    ok({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", m}, {"levelId", bronze}});
    EXPECT_EQ(levelOf(m), bronze);
    refusedUnchanged({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", m}, {"levelId", bronze}});
    refusedUnchanged({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", m}});
    refusedUnchanged({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", m}, {"levelId", gold}, {"step", "Promote"}});
    refusedUnchanged({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", 999}, {"step", "Promote"}});
    Id other = ok({{"cmd", "CreateChannelProgram"}, {"name", "Services"}}).value("programId", Id{0});
    refusedUnchanged({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", m}, {"levelId", level("Gold", 3, other)}});
    // Promote skips a gap in the ranks.
    ok({{"cmd", "UpdateChannelLevel"}, {"levelId", silver}, {"rank", 5}});
    ok({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", m}, {"step", "Promote"}});
    EXPECT_EQ(levelOf(m), gold);
    ok({{"cmd", "RemoveChannelProgramMember"}, {"memberId", m}});
    EXPECT_TRUE(channel::listMembers(db(), program).empty());
    refusedUnchanged({{"cmd", "RemoveChannelProgramMember"}, {"memberId", m}});
}

TEST_F(ChannelTest, ALevelIsAPublicGroupMemberOnlyWhileItsProgramIsActive) {
    Id group = ok({{"cmd", "CreatePublicGroup"}, {"name", "Gold partners"}, {"members", {{{"levelId", gold}}}}})
                   .value("groupId", Id{0});
    join(kNordic, gold);
    auto inGroup = [&](Id user) {
        return count("SELECT count(*) FROM group_users WHERE group_id = " + std::to_string(group) + " AND user_id = " +
                     std::to_string(user)) == 1;
    };
    EXPECT_FALSE(inGroup(kMaija)) << "the program is inactive";
    ok({{"cmd", "ActivateChannelProgram"}, {"programId", program}});
    EXPECT_TRUE(inGroup(kMaija));
    auto groups = app::listPublicGroups(db());
    ASSERT_EQ(groups.size(), 1u);
    ASSERT_EQ(groups[0].members.size(), 1u);
    EXPECT_EQ(groups[0].members[0], "Channel level: Gold (Partner Program)");
    EXPECT_EQ(groups[0].levelIds, std::vector<Id>{gold});
    refusedUnchanged({{"cmd", "AddPublicGroupMember"}, {"groupId", group}, {"levelId", gold}});
    refusedUnchanged({{"cmd", "AddPublicGroupMember"}, {"groupId", group}, {"levelId", 999}});
    refusedUnchanged({{"cmd", "AddPublicGroupMember"}, {"groupId", group}, {"levelId", silver}, {"userId", kMaija}});
    ok({{"cmd", "AddPublicGroupMember"}, {"groupId", group}, {"levelId", silver}});
    ok({{"cmd", "RemovePublicGroupMember"}, {"groupId", group}, {"levelId", silver}});
    refusedUnchanged({{"cmd", "RemovePublicGroupMember"}, {"groupId", group}, {"levelId", silver}});
    refusedUnchanged({{"cmd", "RemovePublicGroupMember"}, {"groupId", group}});
    ok({{"cmd", "RemovePublicGroupMember"}, {"groupId", group}, {"levelId", gold}});
    EXPECT_FALSE(inGroup(kMaija));
}

TEST_F(ChannelTest, GoldPartnersReadTheLeadsSharedToTheGoldGroupAndAPromotionGrantsThem) {
    Id group = ok({{"cmd", "CreatePublicGroup"}, {"name", "Gold partners"}}).value("groupId", Id{0});
    ok({{"cmd", "AddPublicGroupMember"}, {"groupId", group}, {"levelId", gold}});
    ok({{"cmd", "CreateSharingRule"}, {"name", "Finnish leads to Gold"}, {"ruleType", "Criteria"},
        {"criteria", {{"field", "Country"}, {"op", "equals"}, {"value", "Finland"}}}, {"target", {{"groupId", group}}}});
    Id finnish = lead("Korpela", "Kone Oyj", {{"country", "Finland"}});
    Id nordicMember = join(kNordic, gold);
    Id balticMember = join(kBaltic, silver);
    EXPECT_FALSE(app::canRead(db(), kMaija, finnish)) << "inactive program: nobody at the level yet";
    ok({{"cmd", "ActivateChannelProgram"}, {"programId", program}});
    EXPECT_TRUE(app::canRead(db(), kMaija, finnish)) << "Gold partner's user";
    EXPECT_FALSE(app::canRead(db(), kBertta, finnish)) << "Silver partner's user";
    ok({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", balticMember}, {"step", "Promote"}});
    EXPECT_TRUE(app::canRead(db(), kBertta, finnish)) << "promoted to Gold";
    ok({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", nordicMember}, {"step", "Demote"}});
    EXPECT_FALSE(app::canRead(db(), kMaija, finnish)) << "demoted to Silver";
    ok({{"cmd", "RemoveChannelProgramMember"}, {"memberId", balticMember}});
    EXPECT_FALSE(app::canRead(db(), kBertta, finnish)) << "left the program";
    ok({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", nordicMember}, {"levelId", gold}});
    EXPECT_TRUE(app::canRead(db(), kMaija, finnish));
    ok({{"cmd", "DeactivateChannelProgram"}, {"programId", program}});
    EXPECT_FALSE(app::canRead(db(), kMaija, finnish)) << "a deactivated program's levels reach nobody";
}

// "Gold partners get Finnish enterprise leads first": a queue whose member is the Gold group, an assignment
// rule entry Country = Finland → that queue. The Gold partner's user sees the routed lead in their inbox;
// the Silver partner's user does, once promoted.
TEST_F(ChannelTest, AQueueOfTheGoldGroupGetsFinnishLeadsAndFollowsPromotions) {
    Id group = ok({{"cmd", "CreatePublicGroup"}, {"name", "Gold partners"}, {"members", {{{"levelId", gold}}}}})
                   .value("groupId", Id{0});
    Id queue = ok({{"cmd", "CreateQueue"}, {"name", "Gold Finland"}, {"members", {{{"groupId", group}}}}})
                   .value("queueId", Id{0});
    Id rule = ok({{"cmd", "CreateAssignmentRule"}, {"name", "Finland first"}, {"active", true}}).value("ruleId", Id{0});
    ok({{"cmd", "AddAssignmentRuleEntry"}, {"ruleId", rule},
        {"criteria", {{{"field", "Country"}, {"op", "equals"}, {"value", "Finland"}}}}, {"target", {{"queueId", queue}}}});
    join(kNordic, gold);
    Id balticMember = join(kBaltic, silver);
    ok({{"cmd", "ActivateChannelProgram"}, {"programId", program}});
    Id lead = ok({{"cmd", "CreateLead"}, {"lastName", "Korpela"}, {"company", "Kone Oyj"}, {"country", "Finland"},
                  {"useAssignmentRules", true}})
                  .value("leadId", Id{0});
    EXPECT_EQ(db().queryInt("SELECT owner_queue_id FROM leads WHERE id = ?", lead).value_or(0), queue);
    EXPECT_EQ(app::inboxLeads(db(), kMaija).size(), 1u) << "Gold";
    EXPECT_TRUE(app::canRead(db(), kMaija, lead));
    EXPECT_TRUE(app::inboxLeads(db(), kBertta).empty()) << "Silver";
    EXPECT_FALSE(app::canRead(db(), kBertta, lead));
    ok({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", balticMember}, {"step", "Promote"}});
    EXPECT_EQ(app::inboxLeads(db(), kBertta).size(), 1u) << "promoted to Gold";
    EXPECT_TRUE(app::canRead(db(), kBertta, lead));
}

// The org as JSON (prm export / import) keeps programs, levels, members and level members of groups.
TEST_F(ChannelTest, AnOrgJsonRoundTripKeepsProgramsLevelsMembersAndLevelGroupMembers) {
    Id group = ok({{"cmd", "CreatePublicGroup"}, {"name", "Gold partners"}, {"members", {{{"levelId", gold}}}}})
                   .value("groupId", Id{0});
    join(kNordic, gold);
    join(kBaltic, silver);
    ok({{"cmd", "ActivateChannelProgram"}, {"programId", program}});
    auto built = app::org_json::buildFromText(app::org_json::exportOrgText(db()));
    ASSERT_TRUE(built.ok()) << built.message();
    store::Db& copy = *built.value();
    auto members = channel::listMembers(copy, program);
    ASSERT_EQ(members.size(), 2u);
    EXPECT_EQ(members[0].accountName, "Baltic Partners Oy");
    EXPECT_EQ(members[0].levelName, "Silver");
    EXPECT_EQ(members[1].levelName, "Gold");
    EXPECT_EQ(channel::listLevels(copy, program).size(), 3u);
    EXPECT_TRUE(channel::loadProgramRow(copy, program)->active);
    EXPECT_EQ(copy.queryInt("SELECT count(*) FROM group_users WHERE group_id = ? AND user_id = ?", group, Id{kMaija}).value_or(0), 1);
}

// Training's "what changed since the snapshot" names channel programs, levels and members.
TEST_F(ChannelTest, TheOrgDiffListsChannelProgramsLevelsAndMembers) {
    auto before = app::org_json::buildFromText(app::org_json::exportOrgText(db()));
    ASSERT_TRUE(before.ok()) << before.message();
    Id m = join(kNordic, bronze);
    ok({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", m}, {"step", "Promote"}});
    ok({{"cmd", "CreateChannelProgram"}, {"name", "Services"}});
    const app::OrgDiff d = app::diffOrgs(*before.value(), db());
    auto object = [&](const std::string& name) -> const app::ObjectDiff* {
        for (const auto& o : d.objects)
            if (o.object == name) return &o;
        return nullptr;
    };
    ASSERT_NE(object("Channel program members"), nullptr);
    EXPECT_EQ(object("Channel program members")->added, 1);
    EXPECT_EQ(object("Channel program members")->addedExamples[0].label, "Partner Program: Nordic Partners Oy");
    ASSERT_NE(object("Channel programs"), nullptr);
    EXPECT_EQ(object("Channel programs")->added, 1);
    EXPECT_EQ(object("Channel program levels"), nullptr) << "no level changed";
}
