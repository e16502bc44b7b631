// The one User struct and its loader (app/people.h): loadUser, userDetail and listUsers read the same columns.
#include <gtest/gtest.h>

#include "app/people.h"
#include "app/queries_core.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using prm::app::loadUser;
using prm::app::User;

TEST(People, AUserWhoDoesNotExistIsEmpty) {
    auto org = makeOrgWithPartner();
    const User u = loadUser(org->db(), 9999);
    EXPECT_FALSE(u.exists);
    EXPECT_EQ(u.id, 0);
    EXPECT_TRUE(u.name.empty());
    EXPECT_FALSE(u.active);
    EXPECT_FALSE(u.partner);
    EXPECT_FALSE(u.admin);
    EXPECT_FALSE(u.roleId);
    EXPECT_FALSE(u.accountId);
    EXPECT_FALSE(u.contactId);
    EXPECT_FALSE(u.hasLoggedIn());
    EXPECT_FALSE(prm::app::userDetail(org->db(), 9999));
    EXPECT_EQ(prm::app::userName(org->db(), 9999), "user #9999");
    EXPECT_EQ(prm::app::roleName(org->db(), 9999), "role #9999");
    EXPECT_EQ(prm::app::profileName(org->db(), 9999), "profile #9999");
}

TEST(People, APartnerUserHasAccountContactAndRole) {
    auto org = makeOrgWithPartner();
    const User u = loadUser(org->db(), org.partnerUserId);
    ASSERT_TRUE(u.exists);
    EXPECT_EQ(u.id, org.partnerUserId);
    EXPECT_EQ(u.name, "Maija Virtanen");
    EXPECT_EQ(u.firstName, "Maija");
    EXPECT_EQ(u.lastName, "Virtanen");
    EXPECT_EQ(u.username, org.partnerUsername);
    EXPECT_EQ(u.email, "maija.virtanen@nordicpartners.example");
    EXPECT_TRUE(u.partner);
    EXPECT_FALSE(u.admin);
    EXPECT_TRUE(u.active);
    EXPECT_FALSE(u.hasLoggedIn());
    EXPECT_EQ(u.profileId, org.partnerProfileId);
    EXPECT_EQ(u.profileName, "Partner Community User");
    EXPECT_EQ(u.roleId, org.partnerUserRoleId);
    EXPECT_EQ(u.roleName, "Nordic Partners Oy Partner User");
    EXPECT_EQ(u.accountId, org.partnerAccountId);
    EXPECT_EQ(u.accountName, "Nordic Partners Oy");
    EXPECT_EQ(u.contactId, org.partnerContactId);
    EXPECT_TRUE(u.mustChangePassword);
    EXPECT_EQ(prm::app::userName(org->db(), org.partnerUserId), "Maija Virtanen");

    firstLogin(org, org.partnerUserId);
    const User after = loadUser(org->db(), org.partnerUserId);
    EXPECT_TRUE(after.hasLoggedIn());
    EXPECT_FALSE(after.mustChangePassword);
}

TEST(People, AnInactiveAdministrator) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    const Id id = run(sb, {{"cmd", "CreateUser"},
                           {"firstName", "Aino"},
                           {"lastName", "Korhonen"},
                           {"email", "aino.korhonen@pohjolatech.example"},
                           {"profileName", "System Administrator"}})["userId"]
                      .get<Id>();
    run(sb, {{"cmd", "DeactivateUser"}, {"userId", id}});
    const User u = loadUser(sb.db(), id);
    ASSERT_TRUE(u.exists);
    EXPECT_TRUE(u.admin);
    EXPECT_FALSE(u.active);
    EXPECT_FALSE(u.partner);
    EXPECT_EQ(u.profileName, "System Administrator");
    EXPECT_FALSE(u.accountId);
    EXPECT_FALSE(u.contactId);
    EXPECT_TRUE(u.accountName.empty());

    asAdmin(org);
    const User admin = loadUser(sb.db(), org.adminId);
    EXPECT_TRUE(admin.admin);
    EXPECT_TRUE(admin.active);
    EXPECT_TRUE(admin.hasLoggedIn());
}

TEST(People, TheListAndTheLoaderAgree) {
    auto org = makeOrgWithPartner();
    const auto users = prm::app::listUsers(org->db());
    ASSERT_FALSE(users.empty());
    for (const User& listed : users) {
        const User loaded = loadUser(org->db(), listed.id);
        EXPECT_TRUE(listed.exists);
        EXPECT_EQ(listed.name, loaded.name);
        EXPECT_EQ(listed.username, loaded.username);
        EXPECT_EQ(listed.partner, loaded.partner);
        EXPECT_EQ(listed.admin, loaded.admin);
        EXPECT_EQ(listed.active, loaded.active);
        EXPECT_EQ(listed.roleName, loaded.roleName);
        EXPECT_EQ(listed.accountName, loaded.accountName);
        EXPECT_EQ(listed.lastLoginAt, loaded.lastLoginAt);
    }
}

TEST(People, AUserWithoutANameIsCalledByTheUsername) {
    auto org = makeOrgWithPartner();
    auto clear = org->db().prepare("UPDATE users SET first_name = '', last_name = '' WHERE id = ?");
    ASSERT_TRUE(clear.bindAll(org.channelManagerId).run());
    const User u = loadUser(org->db(), org.channelManagerId);
    EXPECT_EQ(u.name, u.username);
    EXPECT_EQ(prm::app::userName(org->db(), org.channelManagerId), u.username);
}
