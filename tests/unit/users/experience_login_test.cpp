// Log in to Experience as User: who may, the session's return to the administrator on Log out, the banner.
#include <gtest/gtest.h>

#include "app/session_queries.h"
#include "app/users/queries_members.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using prm::app::json;

namespace {
json experienceAs(Id userId) { return {{"cmd", "LogInToExperienceAsUser"}, {"userId", userId}}; }
}  // namespace

TEST(LogInToExperience, AnAdministratorWorksAsThePartnerAndLogOutReturnsToThem) {
    CoreOrg org = makeOrgWithPartner();
    Sandbox& sb = *org;
    json r = run(sb, experienceAs(org.partnerUserId));
    EXPECT_EQ(r["returnUserId"].get<Id>(), org.adminId);
    EXPECT_EQ(sb.currentUser(), org.partnerUserId);
    EXPECT_TRUE(prm::app::sessionInfo(sb).isPartner);
    // Not a login by the partner.
    EXPECT_FALSE(sb.db().queryInt("SELECT last_login_at FROM users WHERE id = ?", org.partnerUserId).has_value());

    const auto banner = prm::app::users::experienceBanner(sb);
    ASSERT_TRUE(banner.active);
    EXPECT_EQ(banner.partnerName, "Maija Virtanen");
    EXPECT_EQ(banner.accountName, "Nordic Partners Oy");
    EXPECT_EQ(banner.adminName, "Sanna Lehtonen");

    json out = run(sb, {{"cmd", "LogOut"}});
    EXPECT_TRUE(out["returned"].get<bool>());
    EXPECT_EQ(sb.currentUser(), org.adminId);
    EXPECT_FALSE(prm::app::users::experienceBanner(sb).active);
    EXPECT_EQ(sb.db().queryInt("SELECT count(*) FROM setup_audit WHERE action LIKE 'Logged in to Experience as Maija%'"), 1);
    EXPECT_EQ(sb.db().queryInt("SELECT count(*) FROM setup_audit WHERE action LIKE 'Logged out of the experience as Maija%'"), 1);

    // An ordinary Log out (not as a partner) still ends the session.
    run(sb, {{"cmd", "LogOut"}});
    EXPECT_EQ(sb.currentUser(), 0);
}

TEST(LogInToExperience, ALogInEndsTheReturnPath) {
    CoreOrg org = makeOrgWithPartner();
    Sandbox& sb = *org;
    run(sb, experienceAs(org.partnerUserId));
    asAdmin(org);
    EXPECT_FALSE(prm::app::users::experienceBanner(sb).active);
    EXPECT_FALSE(sb.db().queryInt("SELECT return_user_id FROM session").has_value());
}

TEST(LogInToExperience, NeedsManageExternalUsers) {
    CoreOrg org = makeOrgWithPartner();
    Sandbox& sb = *org;
    // The channel manager owns the partner account (Edit and more) but has no administrator profile.
    firstLogin(org, org.channelManagerId);
    ASSERT_TRUE(logIn(sb, "mikko.nieminen@pohjolatech.example", kNewPassword).ok);
    EXPECT_TRUE(contains(refused(sb, experienceAs(org.partnerUserId)), "Manage External Users"));
    EXPECT_EQ(sb.currentUser(), org.channelManagerId);
    // A partner user cannot either (nor chain into another partner).
    asAdmin(org);
    run(sb, experienceAs(org.partnerUserId));
    EXPECT_TRUE(contains(refused(sb, experienceAs(org.partnerUserId)), "Manage External Users"));
}

TEST(LogInToExperience, AnAdministratorWithARoleAboveThePartnerIsAllowed) {
    CoreOrg org = makeOrgWithPartner();
    Sandbox& sb = *org;
    // An administrator in the channel manager's role: the partner roles are below it.
    Id admin2 = run(sb, {{"cmd", "CreateUser"}, {"firstName", "Aino"}, {"lastName", "Koski"},
                         {"email", "aino.koski@pohjolatech.example"}, {"profileName", "System Administrator"},
                         {"roleId", org.channelManagerRoleId}})["userId"].get<Id>();
    firstLogin(org, admin2);
    ASSERT_TRUE(logIn(sb, "aino.koski@pohjolatech.example", kNewPassword).ok);
    run(sb, experienceAs(org.partnerUserId));
    EXPECT_EQ(prm::app::users::experienceBanner(sb).adminName, "Aino Koski");
    run(sb, {{"cmd", "LogOut"}});
    EXPECT_EQ(sb.currentUser(), admin2);
}

TEST(LogInToExperience, TheCommunityMustBePublishedWithTheProfile) {
    CoreOrg org = makeOrgWithPartner();
    Sandbox& sb = *org;
    run(sb, {{"cmd", "DeactivateCommunity"}, {"communityId", org.communityId}});
    const std::string msg = refused(sb, experienceAs(org.partnerUserId));
    EXPECT_TRUE(contains(msg, "Partner Community User profile of Maija Virtanen is not a member of a published community"))
        << msg;
    EXPECT_EQ(sb.currentUser(), org.adminId);
    run(sb, {{"cmd", "ActivateCommunity"}, {"communityId", org.communityId}});
    run(sb, {{"cmd", "RemoveCommunityMemberProfile"}, {"communityId", org.communityId}, {"profileId", org.partnerProfileId}});
    EXPECT_TRUE(contains(refused(sb, experienceAs(org.partnerUserId)), "not a member of a published community"));
}

TEST(LogInToExperience, OnlyActivePartnerUsers) {
    CoreOrg org = makeOrgWithPartner();
    Sandbox& sb = *org;
    EXPECT_TRUE(contains(refused(sb, experienceAs(org.channelManagerId)), "internal user"));
    run(sb, {{"cmd", "DeactivateUser"}, {"userId", org.partnerUserId}});
    EXPECT_TRUE(contains(refused(sb, experienceAs(org.partnerUserId)), "inactive"));
    EXPECT_TRUE(contains(refused(sb, experienceAs(9999)), "9999"));
    EXPECT_EQ(sb.currentUser(), org.adminId);
}
