// Delegated external user administration: GrantDelegatedAdmin / RevokeDelegatedAdmin, AddAccountMember, and
// what a delegated admin may do with the user commands (their own account's partner users only).
#include <gtest/gtest.h>

#include "app/users/queries_members.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using prm::app::json;

namespace {

struct DelegatedOrg {
    CoreOrg org;
    Id colleagueId = 0;      // Ville Laine, a partner user of Nordic Partners Oy
    Id otherAccountId = 0;   // Baltic Resellers Oy, another partner account
    Id otherPartnerId = 0;   // Liisa Mäki, its partner user
    Id otherContactId = 0;   // a contact of Baltic Resellers Oy without a user
};

Id enableContact(Sandbox& sb, Id accountId, const std::string& first, const std::string& last, const std::string& email) {
    Id c = run(sb, {{"cmd", "CreateContact"}, {"accountId", accountId}, {"firstName", first}, {"lastName", last},
                    {"email", email}})["contactId"].get<Id>();
    return run(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", c}})["userId"].get<Id>();
}

// Maija Virtanen (Partner Manager, level 2) is granted delegated administration and logged in.
DelegatedOrg makeDelegated() {
    DelegatedOrg d;
    d.org = makeOrgWithPartner();
    Sandbox& sb = *d.org;
    d.colleagueId = enableContact(sb, d.org.partnerAccountId, "Ville", "Laine", "ville.laine@nordicpartners.example");
    d.otherAccountId = run(sb, {{"cmd", "CreateAccount"}, {"name", "Baltic Resellers Oy"}, {"ownerId", d.org.channelManagerId}})
                           ["accountId"].get<Id>();
    run(sb, {{"cmd", "EnableAsPartner"}, {"accountId", d.otherAccountId}});
    d.otherPartnerId = enableContact(sb, d.otherAccountId, "Liisa", "Mäki", "liisa.maki@baltic.example");
    d.otherContactId = run(sb, {{"cmd", "CreateContact"}, {"accountId", d.otherAccountId}, {"lastName", "Saari"},
                                {"email", "saari@baltic.example"}})["contactId"].get<Id>();
    run(sb, {{"cmd", "SetPartnerUserRole"}, {"userId", d.org.partnerUserId}, {"level", 2}});
    run(sb, {{"cmd", "GrantDelegatedAdmin"}, {"userId", d.org.partnerUserId}});
    firstLogin(d.org, d.org.partnerUserId);
    EXPECT_TRUE(logIn(sb, d.org.partnerUsername, kNewPassword).ok);
    return d;
}
}  // namespace

TEST(DelegatedAdmin, OnlyAdministratorsGrantItAndOnlyToActivePartnerUsers) {
    CoreOrg org = makeOrgWithPartner();
    Sandbox& sb = *org;
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "GrantDelegatedAdmin"}, {"userId", org.channelManagerId}}), "internal user"));
    run(sb, {{"cmd", "GrantDelegatedAdmin"}, {"userId", org.partnerUserId}});
    EXPECT_TRUE(prm::app::users::hasDelegatedAdmin(sb, org.partnerUserId));
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "GrantDelegatedAdmin"}, {"userId", org.partnerUserId}}), "already"));
    // The delegated admin cannot grant or revoke it (a setup change for administrators).
    firstLogin(org, org.partnerUserId);
    ASSERT_TRUE(logIn(sb, org.partnerUsername, kNewPassword).ok);
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "RevokeDelegatedAdmin"}, {"userId", org.partnerUserId}}),
                         "only a System Administrator"));
    asAdmin(org);
    run(sb, {{"cmd", "RevokeDelegatedAdmin"}, {"userId", org.partnerUserId}});
    EXPECT_FALSE(prm::app::users::hasDelegatedAdmin(sb, org.partnerUserId));
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "RevokeDelegatedAdmin"}, {"userId", org.partnerUserId}}), "does not have"));
    run(sb, {{"cmd", "DeactivateUser"}, {"userId", org.partnerUserId}});
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "GrantDelegatedAdmin"}, {"userId", org.partnerUserId}}), "inactive"));
    EXPECT_EQ(sb.db().queryInt("SELECT count(*) FROM setup_audit WHERE action LIKE '%delegated external user administration%'"), 2);
}

TEST(DelegatedAdmin, ManagesTheMembersOfTheirOwnAccount) {
    DelegatedOrg d = makeDelegated();
    Sandbox& sb = *d.org;
    run(sb, {{"cmd", "DeactivateUser"}, {"userId", d.colleagueId}});
    EXPECT_EQ(sb.db().queryInt("SELECT is_active FROM users WHERE id = ?", d.colleagueId), 0);
    run(sb, {{"cmd", "ActivateUser"}, {"userId", d.colleagueId}});
    EXPECT_EQ(sb.db().queryInt("SELECT is_active FROM users WHERE id = ?", d.colleagueId), 1);
    run(sb, {{"cmd", "UpdateUser"}, {"userId", d.colleagueId}, {"lastName", "Laine-Virta"}, {"email", "ville@nordicpartners.example"}});
    EXPECT_EQ(sb.db().queryText("SELECT last_name FROM users WHERE id = ?", d.colleagueId), "Laine-Virta");
    run(sb, {{"cmd", "ResetPassword"}, {"userId", d.colleagueId}});
    EXPECT_EQ(sb.db().queryInt("SELECT count(*) FROM outbox WHERE to_user_id = ? AND kind = 'PasswordReset'", d.colleagueId), 1);
    run(sb, {{"cmd", "SetPartnerUserRole"}, {"userId", d.colleagueId}, {"level", 2}});
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "SetPartnerUserRole"}, {"userId", d.colleagueId}, {"level", 3}}),
                         "up to your own level (2)"));

    // New Member: a new contact of the account, enabled as a partner user at a level up to their own.
    json m = run(sb, {{"cmd", "AddAccountMember"}, {"firstName", "Eero"}, {"lastName", "Salo"},
                      {"email", "eero.salo@nordicpartners.example"}, {"level", 2}});
    const Id eero = m["userId"].get<Id>();
    EXPECT_EQ(sb.db().queryInt("SELECT account_id FROM contacts WHERE id = ?", m["contactId"].get<Id>()), d.org.partnerAccountId);
    EXPECT_EQ(sb.db().queryInt("SELECT r.partner_level FROM users u JOIN roles r ON r.id = u.role_id WHERE u.id = ?", eero), 2);
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "AddAccountMember"}, {"lastName", "Ylä"}, {"email", "yla@nordicpartners.example"},
                                      {"level", 3}}),
                         "own level"));
    const std::string other = refused(sb, {{"cmd", "AddAccountMember"}, {"accountId", d.otherAccountId}, {"lastName", "X"},
                                           {"email", "x@baltic.example"}});
    EXPECT_TRUE(contains(other, "only the partner users of Nordic Partners Oy")) << other;

    const auto members = prm::app::users::accountMembers(sb);
    EXPECT_EQ(members.accountName, "Nordic Partners Oy");
    EXPECT_EQ(members.ownLevel, 2);
    ASSERT_EQ(members.members.size(), 3u);  // Laine-Virta, Salo, Virtanen
    EXPECT_EQ(members.members[2].user.name, "Maija Virtanen");
    EXPECT_TRUE(members.members[2].delegatedAdmin);
}

TEST(DelegatedAdmin, NothingElse) {
    DelegatedOrg d = makeDelegated();
    Sandbox& sb = *d.org;
    const std::string outside = "only the partner users of Nordic Partners Oy";
    // Another account's users and contacts.
    for (const char* cmd : {"DeactivateUser", "ActivateUser", "ResetPassword"})
        EXPECT_TRUE(contains(refused(sb, {{"cmd", cmd}, {"userId", d.otherPartnerId}}), outside)) << cmd;
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "UpdateUser"}, {"userId", d.otherPartnerId}, {"lastName", "X"}}), outside));
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "SetPartnerUserRole"}, {"userId", d.otherPartnerId}, {"level", 1}}), outside));
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", d.otherContactId}}), outside));
    // Internal users, and ids that do not exist, get the same words (nothing is revealed).
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "ResetPassword"}, {"userId", d.org.adminId}}), outside));
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "DeactivateUser"}, {"userId", d.org.channelManagerId}}), outside));
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "ResetPassword"}, {"userId", 9999}}), outside));
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", 9999}}), outside));
    // Never themselves for Deactivate; never a profile.
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "DeactivateUser"}, {"userId", d.org.partnerUserId}}), "yourself"));
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "UpdateUser"}, {"userId", d.colleagueId}, {"profileId", d.org.partnerProfileId}}),
                         "only an administrator"));
    // Internal users are still created by administrators only, and other setup stays refused as before.
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "CreateUser"}, {"lastName", "X"}, {"email", "x@pohjolatech.example"}}),
                         "only a System Administrator"));
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "LoginAs"}, {"userId", d.colleagueId}}), "only a System Administrator"));
    EXPECT_EQ(sb.db().queryInt("SELECT is_active FROM users WHERE id = ?", d.otherPartnerId), 1);
}

TEST(DelegatedAdmin, WithoutTheGrantAPartnerUserIsRefusedAsBefore) {
    DelegatedOrg d = makeDelegated();
    Sandbox& sb = *d.org;
    asAdmin(d.org);
    run(sb, {{"cmd", "RevokeDelegatedAdmin"}, {"userId", d.org.partnerUserId}});
    ASSERT_TRUE(logIn(sb, d.org.partnerUsername, kNewPassword).ok);
    for (const char* cmd : {"DeactivateUser", "ActivateUser", "ResetPassword"})
        EXPECT_EQ(refused(sb, {{"cmd", cmd}, {"userId", d.colleagueId}}),
                  "Maija Virtanen cannot change setup: only a System Administrator can; log in as an administrator")
            << cmd;
    EXPECT_TRUE(contains(refused(sb, {{"cmd", "AddAccountMember"}, {"lastName", "X"}, {"email", "x@nordicpartners.example"}}),
                         "only a System Administrator"));
    EXPECT_FALSE(prm::app::users::canManageAccountMembers(sb));
    EXPECT_EQ(prm::app::users::accountMembers(sb).accountId, 0);
}

TEST(DelegatedAdmin, AdministratorsAddMembersToAnyPartnerAccount) {
    CoreOrg org = makeOrgWithPartner();
    Sandbox& sb = *org;
    const std::string noAccount =
        refused(sb, {{"cmd", "AddAccountMember"}, {"lastName", "X"}, {"email", "x@nordicpartners.example"}});
    EXPECT_TRUE(contains(noAccount, "choose the partner account")) << noAccount;
    json m = run(sb, {{"cmd", "AddAccountMember"}, {"accountId", org.partnerAccountId}, {"lastName", "Korhonen"},
                      {"email", "korhonen@nordicpartners.example"}, {"level", 3}});
    EXPECT_EQ(sb.db().queryInt("SELECT r.partner_level FROM users u JOIN roles r ON r.id = u.role_id WHERE u.id = ?",
                               m["userId"].get<Id>()),
              3);
}
