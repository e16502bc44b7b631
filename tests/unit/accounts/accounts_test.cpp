// Accounts, contacts, partner accounts and partner users (EnableAsPartner, EnablePartnerUser, partner roles).
#include <gtest/gtest.h>

#include "app/queries_core.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using prm::app::json;

namespace {

std::vector<std::string> partnerRoleNames(Sandbox& sb, Id accountId) {
    std::vector<std::string> out;
    auto st = sb.db().prepare("SELECT name FROM roles WHERE partner_account_id = ? ORDER BY partner_level");
    st.bind(1, accountId);
    while (st.step()) out.push_back(st.getText(0));
    return out;
}

// A partner account owned by the channel manager, with one contact; returns {accountId, contactId}.
std::pair<Id, Id> addPartnerAccount(CoreOrg& org, const std::string& name, const std::string& first,
                                    const std::string& last, const std::string& email) {
    Sandbox& sb = *org.sb;
    Id acc = run(sb, {{"cmd", "CreateAccount"}, {"name", name}, {"ownerId", org.channelManagerId}})["accountId"].get<Id>();
    run(sb, {{"cmd", "EnableAsPartner"}, {"accountId", acc}});
    Id contact = run(sb, {{"cmd", "CreateContact"}, {"accountId", acc}, {"firstName", first}, {"lastName", last},
                          {"email", email}})["contactId"].get<Id>();
    return {acc, contact};
}

}  // namespace

TEST(PartnerUsers, FirstPartnerUserCreatesThreeRolesUnderTheOwner) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    EXPECT_EQ(partnerRoleNames(sb, org.partnerAccountId),
              (std::vector<std::string>{"Nordic Partners Oy Partner User", "Nordic Partners Oy Partner Manager",
                                        "Nordic Partners Oy Partner Executive"}));
    // User → Manager → Executive → the owner's role.
    EXPECT_EQ(sb.db().queryText("SELECT p.name FROM roles r JOIN roles p ON p.id = r.parent_id "
                                "WHERE r.name = 'Nordic Partners Oy Partner User'").value(),
              "Nordic Partners Oy Partner Manager");
    EXPECT_EQ(sb.db().queryText("SELECT p.name FROM roles r JOIN roles p ON p.id = r.parent_id "
                                "WHERE r.name = 'Nordic Partners Oy Partner Executive'").value(),
              "Channel Sales Manager");
    // The new user: lowest role, active, never logged in, must change the password, linked to contact and account.
    auto u = prm::app::userDetail(sb.db(), org.partnerUserId);
    ASSERT_TRUE(u);
    EXPECT_EQ(u->roleName, "Nordic Partners Oy Partner User");
    EXPECT_TRUE(u->partner);
    EXPECT_TRUE(u->active);
    EXPECT_FALSE(u->lastLoginAt.has_value());
    EXPECT_TRUE(u->mustChangePassword);
    EXPECT_EQ(u->contactId, org.partnerContactId);
    EXPECT_EQ(u->accountId, org.partnerAccountId);
    EXPECT_EQ(u->profileName, "Partner Community User");
    EXPECT_EQ(u->username, "maija.virtanen@nordicpartners.example");
    // The role tree cache knows the partner user is below the channel manager.
    EXPECT_TRUE(sb.db().queryInt("SELECT 1 FROM role_ancestors WHERE role_id = " + std::to_string(org.partnerUserRoleId) +
                                 " AND ancestor_id = " + std::to_string(org.channelManagerRoleId)).has_value());
    // A second partner user on the same account reuses the roles.
    Id c2 = run(sb, {{"cmd", "CreateContact"}, {"accountId", org.partnerAccountId}, {"firstName", "Jukka"},
                     {"lastName", "Korhonen"}, {"email", "jukka.korhonen@nordicpartners.example"}})["contactId"].get<Id>();
    json second = run(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", c2}, {"nickname", "jukka"}});
    EXPECT_EQ(second["roleId"].get<Id>(), org.partnerUserRoleId);
    EXPECT_EQ(partnerRoleNames(sb, org.partnerAccountId).size(), 3u);
}

TEST(PartnerUsers, RoleCountFollowsTheSettingAndLaterChangesKeepExistingAccounts) {
    for (int count : {1, 2, 3}) {
        auto org = makeOrgWithPartner();
        Sandbox& sb = *org.sb;
        run(sb, {{"cmd", "UpdateOrgSettings"}, {"partnerRoleCount", count}});
        auto [acc, contact] = addPartnerAccount(org, "Saimaa IT Oy", "Sofia", "Laine", "sofia.laine@saimaait.example");
        json r = run(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", contact}});
        auto names = partnerRoleNames(sb, acc);
        ASSERT_EQ(names.size(), static_cast<std::size_t>(count));
        EXPECT_EQ(names[0], "Saimaa IT Oy Partner User");
        // The top one rolls up to the owner's role.
        EXPECT_EQ(sb.db().queryText("SELECT p.name FROM roles r JOIN roles p ON p.id = r.parent_id WHERE r.name = '" +
                                    names.back() + "'").value(), "Channel Sales Manager");
        EXPECT_EQ(r["roleId"].get<Id>(), sb.db().queryInt("SELECT id FROM roles WHERE name = 'Saimaa IT Oy Partner User'").value());
        // Nordic Partners Oy was enabled under the default of 3 and keeps its three roles.
        EXPECT_EQ(partnerRoleNames(sb, org.partnerAccountId).size(), 3u);
    }
}

TEST(PartnerUsers, WelcomeEmailHasAPasswordThatLogsIn) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    auto mails = prm::app::listOutbox(sb.db(), {org.partnerUserId, "Welcome", 0, 10});
    ASSERT_EQ(mails.size(), 1u);
    auto mail = prm::app::outboxDetail(sb.db(), mails[0].id);
    ASSERT_TRUE(mail);
    EXPECT_EQ(mail->toAddress, "maija.virtanen@nordicpartners.example");
    EXPECT_NE(mail->body.find("Username: maija.virtanen@nordicpartners.example"), std::string::npos) << mail->body;
    // The community was published after the user was enabled, so the hint says to wait for it.
    EXPECT_NE(mail->body.find("partner community"), std::string::npos) << mail->body;
    const std::string pw = welcomePassword(sb, org.partnerUserId);
    ASSERT_EQ(pw.size(), 12u);
    auto r = logIn(sb, org.partnerUsername, pw);
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_TRUE(r.data["mustChangePassword"].get<bool>());
    EXPECT_TRUE(sb.db().queryInt("SELECT last_login_at FROM users WHERE id = " + std::to_string(org.partnerUserId)).has_value());
    // Until she changes the temporary password, nothing else; then a partner user still cannot create accounts.
    EXPECT_NE(refused(sb, {{"cmd", "CreateAccount"}, {"name", "Mine Oy"}}).find("temporary password"), std::string::npos);
    run(sb, {{"cmd", "ChangePassword"}, {"newPassword", "Maijan2024salasana"}});
    auto msg = refused(sb, {{"cmd", "CreateAccount"}, {"name", "Mine Oy"}});
    EXPECT_NE(msg.find("Maija Virtanen is a partner user"), std::string::npos) << msg;
}

// The Outbox's Copy buttons offer exactly the welcome e-mail's login details, in order.
TEST(PartnerUsers, WelcomeEmailLoginDetailsAreTheUsernameAndThePassword) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    auto mails = prm::app::listOutbox(sb.db(), {org.partnerUserId, "Welcome", 0, 10});
    ASSERT_EQ(mails.size(), 1u);
    const auto details = prm::app::loginDetails(prm::app::outboxDetail(sb.db(), mails[0].id)->body);
    ASSERT_EQ(details.size(), 2u);
    EXPECT_EQ(details[0].label, "Username");
    EXPECT_EQ(details[0].value, "maija.virtanen@nordicpartners.example");
    EXPECT_EQ(details[1].label, "Password");
    EXPECT_EQ(details[1].value, welcomePassword(sb, org.partnerUserId));
    // A reset mail's "New password: " line, and nothing from ordinary mail.
    const auto reset = prm::app::loginDetails("Hello,\n\nUsername: a@b.example\nNew password: Xy7#pQ\n\nOrg");
    ASSERT_EQ(reset.size(), 2u);
    EXPECT_EQ(reset[1].label, "New password");
    EXPECT_EQ(reset[1].value, "Xy7#pQ");
    EXPECT_TRUE(prm::app::loginDetails("A new lead was assigned to you.\nPassword:\n").empty());
}

TEST(PartnerUsers, FirstLoginHelperMarksTheUserAsHavingLoggedIn) {
    auto org = makeOrgWithPartner();
    firstLogin(org, org.partnerUserId);
    Sandbox& sb = *org.sb;
    EXPECT_EQ(sb.currentUser(), org.adminId);
    EXPECT_TRUE(sb.db().queryInt("SELECT last_login_at FROM users WHERE id = " + std::to_string(org.partnerUserId)).has_value());
    EXPECT_EQ(sb.db().queryInt("SELECT must_change_password FROM users WHERE id = " + std::to_string(org.partnerUserId)), 0);
}

TEST(PartnerUsers, PartnerLoginNeedsAPublishedCommunityWithTheirProfile) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    run(sb, {{"cmd", "DeactivateCommunity"}, {"communityId", org.communityId}});
    auto r = logIn(sb, org.partnerUsername, welcomePassword(sb, org.partnerUserId));
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.message.find("no published community has the Partner Community User profile"), std::string::npos) << r.message;
    EXPECT_FALSE(sb.db().queryInt("SELECT last_login_at FROM users WHERE id = " + std::to_string(org.partnerUserId)).has_value());
}

TEST(PartnerUsers, RefusedUnlessTheAccountIsAPartner) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    Id acc = run(sb, {{"cmd", "CreateAccount"}, {"name", "Harjula Logistics Oy"}})["accountId"].get<Id>();
    Id c = run(sb, {{"cmd", "CreateContact"}, {"accountId", acc}, {"firstName", "Pekka"}, {"lastName", "Järvinen"},
                    {"email", "pekka.jarvinen@harjula.example"}})["contactId"].get<Id>();
    const auto before = sb.db().serialize();
    auto msg = refused(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", c}});
    EXPECT_NE(msg.find("Pekka Järvinen cannot be enabled as a partner user: Harjula Logistics Oy is not a partner account"),
              std::string::npos) << msg;
    msg = refused(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", org.partnerContactId}});
    EXPECT_NE(msg.find("already a partner user"), std::string::npos) << msg;
    EXPECT_EQ(sb.db().serialize(), before);
}

TEST(PartnerUsers, OwnerWithoutARoleIsExplained) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    Id noRole = run(sb, {{"cmd", "CreateUser"}, {"firstName", "Laura"}, {"lastName", "Mäkelä"},
                         {"email", "laura.makela@pohjolatech.example"}})["userId"].get<Id>();
    Id acc = run(sb, {{"cmd", "CreateAccount"}, {"name", "Baltic Reseller Group"}, {"ownerId", noRole}})["accountId"].get<Id>();
    run(sb, {{"cmd", "EnableAsPartner"}, {"accountId", acc}});
    Id c = run(sb, {{"cmd", "CreateContact"}, {"accountId", acc}, {"firstName", "Anna"}, {"lastName", "Kask"},
                    {"email", "anna.kask@baltic.example"}})["contactId"].get<Id>();
    auto msg = refused(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", c}});
    EXPECT_NE(msg.find("Laura Mäkelä has no role"), std::string::npos) << msg;
    EXPECT_TRUE(partnerRoleNames(sb, acc).empty());
}

TEST(PartnerUsers, NewUserPageOverridesAreUsed) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    Id c = run(sb, {{"cmd", "CreateContact"}, {"accountId", org.partnerAccountId}, {"firstName", "Jukka"},
                    {"lastName", "Korhonen"}, {"email", "jukka.korhonen@nordicpartners.example"}})["contactId"].get<Id>();
    const Id loginProfile = sb.db().queryInt("SELECT id FROM profiles WHERE name = 'Partner Community Login'").value();
    const Id std = sb.db().queryInt("SELECT id FROM profiles WHERE name = 'Standard User'").value();
    EXPECT_NE(refused(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", c}, {"profileId", std}}).find("partner profile"),
              std::string::npos);
    EXPECT_NE(refused(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", c}, {"username", org.partnerUsername}})
                  .find("already taken by Maija Virtanen"),
              std::string::npos);
    Id u = run(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", c}, {"username", "jukka@nordic.partners.example"},
                    {"email", "jukka@nordicpartners.example"}, {"nickname", "jukkak"}, {"profileId", loginProfile}})
               ["userId"].get<Id>();
    auto d = prm::app::userDetail(sb.db(), u);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->username, "jukka@nordic.partners.example");
    EXPECT_EQ(d->email, "jukka@nordicpartners.example");
    EXPECT_EQ(d->nickname, "jukkak");
    EXPECT_EQ(d->profileName, "Partner Community Login");
}

TEST(PartnerUsers, SetPartnerUserRoleMovesBetweenLevels) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    json r = run(sb, {{"cmd", "SetPartnerUserRole"}, {"userId", org.partnerUserId}, {"level", 3}});
    EXPECT_EQ(prm::app::userDetail(sb.db(), org.partnerUserId)->roleName, "Nordic Partners Oy Partner Executive");
    auto msg = refused(sb, {{"cmd", "SetPartnerUserRole"}, {"userId", org.partnerUserId}, {"level", 4}});
    EXPECT_NE(msg.find("choose a level from 1 to 3"), std::string::npos) << msg;
    msg = refused(sb, {{"cmd", "SetPartnerUserRole"}, {"userId", org.channelManagerId}, {"level", 1}});
    EXPECT_NE(msg.find("internal user"), std::string::npos) << msg;
}

TEST(PartnerAccounts, EnableAsPartnerNeedsPrm) {
    auto sb = makeOrg();
    Id acc = run(*sb, {{"cmd", "CreateAccount"}, {"name", "Nordic Partners Oy"}})["accountId"].get<Id>();
    auto msg = refused(*sb, {{"cmd", "EnableAsPartner"}, {"accountId", acc}});
    EXPECT_NE(msg.find("enable Partner Relationship Management first: Setup → Customize → Partners → Settings"),
              std::string::npos) << msg;
    EXPECT_EQ(sb->db().queryInt("SELECT is_partner FROM accounts").value(), 0);
}

TEST(PartnerAccounts, CannotBeDeleted) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    auto msg = refused(sb, {{"cmd", "DeleteAccount"}, {"accountId", org.partnerAccountId}});
    EXPECT_NE(msg.find("partner account and cannot be deleted; disable it as a partner first"), std::string::npos) << msg;
    EXPECT_TRUE(sb.db().queryInt("SELECT 1 FROM accounts WHERE id = " + std::to_string(org.partnerAccountId)).has_value());
    // Ordinary accounts can be deleted, with their contacts.
    Id acc = run(sb, {{"cmd", "CreateAccount"}, {"name", "Brightwater Retail Ltd"}})["accountId"].get<Id>();
    run(sb, {{"cmd", "CreateContact"}, {"accountId", acc}, {"lastName", "Taylor"}});
    json r = run(sb, {{"cmd", "DeleteAccount"}, {"accountId", acc}});
    EXPECT_EQ(r["deletedContacts"], 1);
}

TEST(PartnerAccounts, DisablingDeactivatesUsersAndDeletesRoles) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    const std::string pw = welcomePassword(sb, org.partnerUserId);
    // A queue membership by partner role must not block the deletion of the role.
    ASSERT_TRUE(sb.db().exec("INSERT INTO queues(name, created_at) VALUES ('Partner leads', 0)").ok());
    ASSERT_TRUE(sb.db().exec("INSERT INTO queue_members(queue_id, role_id) VALUES (" + std::to_string(sb.db().lastInsertId()) +
                             ", " + std::to_string(org.partnerUserRoleId) + ")").ok());
    json r = run(sb, {{"cmd", "DisableAsPartner"}, {"accountId", org.partnerAccountId}});
    EXPECT_EQ(r["deactivatedUserIds"], json::array({org.partnerUserId}));
    auto u = prm::app::userDetail(sb.db(), org.partnerUserId);
    EXPECT_FALSE(u->active);
    EXPECT_FALSE(u->roleId.has_value());
    EXPECT_TRUE(partnerRoleNames(sb, org.partnerAccountId).empty());
    EXPECT_EQ(sb.db().queryInt("SELECT is_partner FROM accounts WHERE id = " + std::to_string(org.partnerAccountId)), 0);
    EXPECT_EQ(sb.db().queryInt("SELECT count(*) FROM queue_members").value(), 0);
    EXPECT_FALSE(logIn(sb, org.partnerUsername, pw).ok);
    // Activating the user needs a partner account again; then the user gets the lowest (re-created) role.
    EXPECT_NE(refused(sb, {{"cmd", "ActivateUser"}, {"userId", org.partnerUserId}}).find("enable it as a partner first"),
              std::string::npos);
    run(sb, {{"cmd", "EnableAsPartner"}, {"accountId", org.partnerAccountId}});
    run(sb, {{"cmd", "ActivateUser"}, {"userId", org.partnerUserId}});
    EXPECT_EQ(prm::app::userDetail(sb.db(), org.partnerUserId)->roleName, "Nordic Partners Oy Partner User");
}

TEST(Accounts, OwnerChangeMovesThePartnerRoles) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    const Id rep = sb.db().queryInt("SELECT id FROM roles WHERE name = 'Sales Rep'").value();
    Id other = run(sb, {{"cmd", "CreateUser"}, {"firstName", "Oliver"}, {"lastName", "Brown"},
                        {"email", "oliver.brown@pohjolatech.example"}, {"roleId", rep}})["userId"].get<Id>();
    run(sb, {{"cmd", "UpdateAccount"}, {"accountId", org.partnerAccountId}, {"ownerId", other}, {"phone", "+358 9 123"}});
    EXPECT_EQ(sb.db().queryText("SELECT p.name FROM roles r JOIN roles p ON p.id = r.parent_id "
                                "WHERE r.name = 'Nordic Partners Oy Partner Executive'").value(), "Sales Rep");
    EXPECT_TRUE(sb.db().queryInt("SELECT 1 FROM role_ancestors WHERE role_id = " + std::to_string(org.partnerUserRoleId) +
                                 " AND ancestor_id = " + std::to_string(rep)).has_value());
    auto d = prm::app::accountDetail(sb.db(), org.partnerAccountId);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->account.ownerName, "Oliver Brown");
    EXPECT_EQ(d->account.phone, "+358 9 123");
    EXPECT_TRUE(d->account.partner);
    EXPECT_EQ(d->contacts.size(), 1u);
    EXPECT_EQ(d->partnerUsers.size(), 1u);
    EXPECT_EQ(d->partnerRoles.size(), 3u);
    EXPECT_EQ(d->partnerRoles[0].partnerLevel, 1);
    // An inactive or partner owner is refused.
    auto msg = refused(sb, {{"cmd", "UpdateAccount"}, {"accountId", org.partnerAccountId}, {"ownerId", org.partnerUserId}});
    EXPECT_NE(msg.find("is a partner user"), std::string::npos) << msg;
}

TEST(Contacts, CreateUpdateAndGuardPartnerUsers) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    EXPECT_NE(refused(sb, {{"cmd", "CreateContact"}, {"firstName", "No"}, {"lastName", ""}}).find("last name"),
              std::string::npos);
    EXPECT_NE(refused(sb, {{"cmd", "CreateContact"}, {"lastName", "X"}, {"email", "x@"}}).find("not an e-mail"),
              std::string::npos);
    Id other = run(sb, {{"cmd", "CreateAccount"}, {"name", "Other Oy"}})["accountId"].get<Id>();
    auto msg = refused(sb, {{"cmd", "UpdateContact"}, {"contactId", org.partnerContactId}, {"accountId", other}});
    EXPECT_NE(msg.find("cannot move to another account"), std::string::npos) << msg;
    EXPECT_NE(refused(sb, {{"cmd", "DeleteContact"}, {"contactId", org.partnerContactId}}).find("deactivate the user"),
              std::string::npos);
    run(sb, {{"cmd", "UpdateContact"}, {"contactId", org.partnerContactId}, {"title", "Channel Director"}});
    auto c = prm::app::contactDetail(sb.db(), org.partnerContactId);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->title, "Channel Director");
    EXPECT_EQ(c->partnerUserId, org.partnerUserId);
    EXPECT_EQ(c->accountName, "Nordic Partners Oy");
}
