// Communities: creation (needs PRM), member profiles, Preview → Published → Inactive → Published.
#include <gtest/gtest.h>

#include "app/queries_core.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using prm::app::json;

TEST(Communities, NeedPrm) {
    auto sb = makeOrg();
    auto msg = refused(*sb, {{"cmd", "CreateCommunity"}, {"name", "Partner Central"}});
    EXPECT_NE(msg.find("enable it first"), std::string::npos) << msg;
    EXPECT_EQ(sb->db().queryInt("SELECT count(*) FROM communities").value(), 0);
}

TEST(Communities, LifecycleAndMembers) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    Id c = run(sb, {{"cmd", "CreateCommunity"}, {"name", "Reseller Hub"}, {"urlPrefix", "resellers"}})["communityId"].get<Id>();
    EXPECT_NE(refused(sb, {{"cmd", "CreateCommunity"}, {"name", "reseller hub"}}).find("already exists"), std::string::npos);
    EXPECT_NE(refused(sb, {{"cmd", "CreateCommunity"}, {"name", "X"}, {"urlPrefix", "resellers"}}).find("already used"),
              std::string::npos);
    EXPECT_NE(refused(sb, {{"cmd", "CreateCommunity"}, {"name", "Y"}, {"urlPrefix", "a b"}}).find("only letters"),
              std::string::npos);
    auto status = [&] { return sb.db().queryText("SELECT status FROM communities WHERE id = " + std::to_string(c)).value(); };
    EXPECT_EQ(status(), "Preview");
    EXPECT_NE(refused(sb, {{"cmd", "ActivateCommunity"}, {"communityId", c}}).find("publish it instead"), std::string::npos);
    run(sb, {{"cmd", "AddCommunityMemberProfile"}, {"communityId", c}, {"profileId", org.partnerProfileId}});
    EXPECT_NE(refused(sb, {{"cmd", "AddCommunityMemberProfile"}, {"communityId", c}, {"profileId", org.partnerProfileId}})
                  .find("already a member profile"),
              std::string::npos);
    run(sb, {{"cmd", "PublishCommunity"}, {"communityId", c}});
    EXPECT_EQ(status(), "Published");
    EXPECT_NE(refused(sb, {{"cmd", "PublishCommunity"}, {"communityId", c}}).find("already Published"), std::string::npos);
    run(sb, {{"cmd", "DeactivateCommunity"}, {"communityId", c}});
    EXPECT_EQ(status(), "Inactive");
    EXPECT_NE(refused(sb, {{"cmd", "PublishCommunity"}, {"communityId", c}}).find("activate it"), std::string::npos);
    run(sb, {{"cmd", "ActivateCommunity"}, {"communityId", c}});
    EXPECT_EQ(status(), "Published");  // Activate puts it live again, not back in Preview
    run(sb, {{"cmd", "RemoveCommunityMemberProfile"}, {"communityId", c}, {"profileId", org.partnerProfileId}});
    EXPECT_NE(refused(sb, {{"cmd", "RemoveCommunityMemberProfile"}, {"communityId", c}, {"profileId", org.partnerProfileId}})
                  .find("not a member profile"),
              std::string::npos);

    auto list = prm::app::listCommunities(sb.db());
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].name, "Partner Central");
    ASSERT_EQ(list[0].memberProfiles.size(), 1u);
    EXPECT_EQ(list[0].memberProfiles[0].name, "Partner Community User");
    EXPECT_EQ(list[1].name, "Reseller Hub");
    EXPECT_TRUE(list[1].memberProfiles.empty());
}

TEST(Communities, RemovingTheMemberProfileStopsPartnerLogins) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    run(sb, {{"cmd", "RemoveCommunityMemberProfile"}, {"communityId", org.communityId}, {"profileId", org.partnerProfileId}});
    EXPECT_FALSE(logIn(sb, org.partnerUsername, welcomePassword(sb, org.partnerUserId)).ok);
    run(sb, {{"cmd", "AddCommunityMemberProfile"}, {"communityId", org.communityId}, {"profileId", org.partnerProfileId}});
    EXPECT_TRUE(logIn(sb, org.partnerUsername, welcomePassword(sb, org.partnerUserId)).ok);
}
