// The JSON command surface of the core areas: malformed input, refusals that change nothing, the Setup Audit
// Trail for every setup command, the demo seed, and the read models.
#include <gtest/gtest.h>

#include <set>

#include "app/command_areas.h"
#include "app/queries_core.h"
#include "app/training/seed_data.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using prm::app::json;

TEST(JsonCommands, MalformedCommandsAreExplained) {
    auto sb = makeOrg();
    EXPECT_NE(sb->execute(json::array()).message.find("JSON object"), std::string::npos);
    EXPECT_NE(sb->execute({{"name", "x"}}).message.find("\"cmd\""), std::string::npos);
    EXPECT_NE(sb->execute({{"cmd", "MakeCoffee"}}).message.find("unknown command 'MakeCoffee'"), std::string::npos);
    auto r = sb->execute({{"cmd", "CreateAccount"}, {"name", 5}});
    EXPECT_EQ(r.field, "name");
    EXPECT_NE(r.message.find("$.name: expected text, got 5"), std::string::npos) << r.message;
    r = sb->execute({{"cmd", "EnableAsPartner"}, {"accountId", "one"}});
    EXPECT_EQ(r.field, "accountId");
    r = sb->execute({{"cmd", "UpdateOrgSettings"}, {"partnerRoleCount", "two"}});
    EXPECT_EQ(r.field, "partnerRoleCount");
    r = sb->execute({{"cmd", "CompleteExternalAccessWizard"}, {"sharingRuleIds", "all"}});
    EXPECT_FALSE(r.ok);
    r = sb->execute({{"cmd", "CreateUser"}, {"lastName", "X"}});
    EXPECT_EQ(r.field, "email");
    r = sb->execute({{"cmd", "UpdateUser"}, {"userId", 999}});
    EXPECT_NE(r.message.find("there is no user with id 999"), std::string::npos) << r.message;
}

TEST(JsonCommands, RefusedCommandsChangeNothing) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    const std::vector<json> refusals = {
        {{"cmd", "DisablePrm"}},
        {{"cmd", "EnablePrm"}},
        {{"cmd", "CreateOrg"}, {"name", "Again"}},
        {{"cmd", "UpdateOrgSettings"}, {"prmEnabled", false}},
        {{"cmd", "UpdateOrgSettings"}, {"name", "New name"}, {"partnerRoleCount", 9}},  // the first change is undone too
        {{"cmd", "SetOrgWideDefaults"}, {"object", "Lead"}, {"internal", "Private"}, {"external", "PublicRead"}},
        {{"cmd", "DeleteAccount"}, {"accountId", org.partnerAccountId}},
        {{"cmd", "EnablePartnerUser"}, {"contactId", org.partnerContactId}},
        {{"cmd", "CreateUser"}, {"lastName", "Dup"}, {"email", "x@pohjolatech.example"}, {"username", org.partnerUsername}},
        {{"cmd", "UpdateUser"}, {"userId", org.channelManagerId}, {"nickname", "mn"}, {"email", "broken"}},
        {{"cmd", "DeactivateUser"}, {"userId", org.adminId}},
        {{"cmd", "LogIn"}, {"username", kAdminUsername}, {"password", "Wrong12345"}},
        {{"cmd", "ChangePassword"}, {"newPassword", "short"}},
        {{"cmd", "LoginAs"}, {"userId", 4242}},
        {{"cmd", "SetPartnerUserRole"}, {"userId", org.partnerUserId}, {"level", 0}},
        {{"cmd", "CreateCommunity"}, {"name", "Partner Central"}},
        {{"cmd", "PublishCommunity"}, {"communityId", org.communityId}},
        {{"cmd", "CompleteExternalAccessWizard"}, {"folderIds", {77}}},
        {{"cmd", "CreateRole"}, {"name", "Sub"}, {"parentId", org.partnerUserRoleId}},
    };
    for (const auto& cmd : refusals) {
        const auto before = sb.db().serialize();
        auto r = sb.execute(cmd);
        EXPECT_FALSE(r.ok) << cmd.dump();
        EXPECT_FALSE(r.message.empty()) << cmd.dump();
        EXPECT_EQ(sb.db().serialize(), before) << cmd.dump() << " changed the database: " << r.message;
    }
}

// One successful invocation of every setup command of the core areas, in an order that works.
TEST(JsonCommands, EverySetupCommandWritesAnAuditRow) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    Id newUser = 0, contact2 = 0, community2 = 0, other = 0;
    const Id vp = sb.db().queryInt("SELECT id FROM roles WHERE name = 'VP Sales'").value();
    std::vector<std::pair<std::string, std::function<json()>>> steps = {
        {"UpdateOrgSettings", [&] { return json{{"cmd", "UpdateOrgSettings"}, {"name", "Pohjola Group Oy"}}; }},
        {"SetOrgWideDefaults", [&] { return json{{"cmd", "SetOrgWideDefaults"}, {"object", "Lead"}, {"internal", "Private"}}; }},
        {"OpenExternalAccessWizard", [&] { return json{{"cmd", "OpenExternalAccessWizard"}}; }},
        {"CancelExternalAccessWizard", [&] { return json{{"cmd", "CancelExternalAccessWizard"}}; }},
        {"CompleteExternalAccessWizard", [&] { return json{{"cmd", "CompleteExternalAccessWizard"}}; }},
        {"CreateUser", [&] { return json{{"cmd", "CreateUser"}, {"lastName", "Heikkinen"}, {"email", "a.h@pohjolatech.example"}}; }},
        {"UpdateUser", [&] { return json{{"cmd", "UpdateUser"}, {"userId", newUser}, {"alias", "aheik"}}; }},
        {"ResetPassword", [&] { return json{{"cmd", "ResetPassword"}, {"userId", newUser}}; }},
        {"DeactivateUser", [&] { return json{{"cmd", "DeactivateUser"}, {"userId", newUser}}; }},
        {"ActivateUser", [&] { return json{{"cmd", "ActivateUser"}, {"userId", newUser}}; }},
        {"CreateRole", [&] { return json{{"cmd", "CreateRole"}, {"name", "Alliances"}, {"parentId", vp}}; }},
        {"EnablePartnerUser", [&] { return json{{"cmd", "EnablePartnerUser"}, {"contactId", contact2}}; }},
        {"SetPartnerUserRole", [&] { return json{{"cmd", "SetPartnerUserRole"}, {"userId", org.partnerUserId}, {"level", 2}}; }},
        {"GrantDelegatedAdmin", [&] { return json{{"cmd", "GrantDelegatedAdmin"}, {"userId", org.partnerUserId}}; }},
        {"RevokeDelegatedAdmin", [&] { return json{{"cmd", "RevokeDelegatedAdmin"}, {"userId", org.partnerUserId}}; }},
        {"AddAccountMember", [&] { return json{{"cmd", "AddAccountMember"}, {"accountId", org.partnerAccountId}, {"lastName", "Salo"}, {"email", "salo@nordicpartners.example"}}; }},
        {"CreateCommunity", [&] { return json{{"cmd", "CreateCommunity"}, {"name", "Second"}}; }},
        {"AddCommunityMemberProfile", [&] { return json{{"cmd", "AddCommunityMemberProfile"}, {"communityId", community2}, {"profileId", org.partnerProfileId}}; }},
        {"RemoveCommunityMemberProfile", [&] { return json{{"cmd", "RemoveCommunityMemberProfile"}, {"communityId", community2}, {"profileId", org.partnerProfileId}}; }},
        {"PublishCommunity", [&] { return json{{"cmd", "PublishCommunity"}, {"communityId", community2}}; }},
        {"DeactivateCommunity", [&] { return json{{"cmd", "DeactivateCommunity"}, {"communityId", community2}}; }},
        {"ActivateCommunity", [&] { return json{{"cmd", "ActivateCommunity"}, {"communityId", community2}}; }},
        {"UpdateDigitalExperienceSettings", [&] { return json{{"cmd", "UpdateDigitalExperienceSettings"}, {"partnerSuperUserAccess", true}, {"accountRelationships", true}}; }},
        {"CreateAccountRelationship", [&] { return json{{"cmd", "CreateAccountRelationship"}, {"accountFromId", org.partnerAccountId}, {"accountToId", other}, {"type", "Distributor"}}; }},
        {"CreateAccountRelationshipShareRule", [&] { return json{{"cmd", "CreateAccountRelationshipShareRule"}, {"name", "Resellers"}, {"object", "Opportunity"}, {"relationshipType", "Distributor"}}; }},
        {"DeleteAccountRelationshipShareRule", [&] { return json{{"cmd", "DeleteAccountRelationshipShareRule"}, {"ruleId", sb.db().queryInt("SELECT max(id) FROM account_relationship_share_rules").value_or(0)}}; }},
        {"DeleteAccountRelationship", [&] { return json{{"cmd", "DeleteAccountRelationship"}, {"relationshipId", sb.db().queryInt("SELECT max(id) FROM account_relationships").value_or(0)}}; }},
        {"EnableSuperUserAccess", [&] { return json{{"cmd", "EnableSuperUserAccess"}, {"userId", org.partnerUserId}}; }},
        {"DisableSuperUserAccess", [&] { return json{{"cmd", "DisableSuperUserAccess"}, {"userId", org.partnerUserId}}; }},
        {"DisablePartnerUser", [&] { return json{{"cmd", "DisablePartnerUser"}, {"userId", org.partnerUserId}}; }},
        {"DisableAsPartner", [&] { return json{{"cmd", "DisableAsPartner"}, {"accountId", org.partnerAccountId}}; }},
        {"EnableAsPartner", [&] { return json{{"cmd", "EnableAsPartner"}, {"accountId", org.partnerAccountId}}; }},
        {"EnablePrm", nullptr},  // covered below, in a fresh org
        {"LoginAs", [&] { return json{{"cmd", "LoginAs"}, {"userId", org.channelManagerId}}; }},
    };
    other = run(sb, {{"cmd", "CreateAccount"}, {"name", "Kauppa Oy"}})["accountId"].get<Id>();
    contact2 = run(sb, {{"cmd", "CreateContact"}, {"accountId", org.partnerAccountId}, {"lastName", "Korhonen"},
                        {"firstName", "Jukka"}, {"email", "jukka.korhonen@nordicpartners.example"}})["contactId"].get<Id>();
    std::set<std::string> covered;
    for (auto& [name, make] : steps) {
        covered.insert(name);
        if (!make) continue;
        const auto before = sb.db().queryInt("SELECT count(*) FROM setup_audit").value();
        json data = run(sb, make());
        if (name == "CreateUser") newUser = data["userId"].get<Id>();
        if (name == "CreateCommunity") community2 = data["communityId"].get<Id>();
        EXPECT_GT(sb.db().queryInt("SELECT count(*) FROM setup_audit").value(), before) << name << " wrote no audit row";
        EXPECT_EQ(sb.db().queryInt("SELECT count(*) FROM setup_audit WHERE actor_id IS NULL AND id > 1").value(), 0) << name;
    }
    {
        auto fresh = makeOrg();
        const auto before = fresh->db().queryInt("SELECT count(*) FROM setup_audit").value();
        run(*fresh, {{"cmd", "EnablePrm"}});
        EXPECT_EQ(fresh->db().queryInt("SELECT count(*) FROM setup_audit").value(), before + 1);
    }
    // Every setup command registered by the core areas is in the list above.
    prm::app::CommandRegistry core;
    prm::app::registerOrgCommands(core);
    prm::app::registerUserCommands(core);
    prm::app::registerAccountCommands(core);
    prm::app::communities::registerCommands(core);
    for (const auto& name : core.names())
        if (core.find(name)->setup) {
            EXPECT_TRUE(covered.count(name)) << name << " has no audit test";
        }
}

TEST(JsonCommands, DemoSeedBuildsTheOrgWithoutPrm) {
    using namespace prm::app::seed;
    auto sb = makeSandbox();
    auto r = sb->executeAll(demoOrgCommands());
    ASSERT_TRUE(r.ok) << r.message;
    auto& db = sb->db();
    auto name = [&](const char* table, Id id, const char* expr = "trim(first_name || ' ' || last_name)") {
        return db.queryText(std::string("SELECT ") + expr + " FROM " + table + " WHERE id = " + std::to_string(id)).value_or("?");
    };
    EXPECT_EQ(name("users", kAdminSannaLehtonen), "Sanna Lehtonen");
    EXPECT_EQ(name("users", kMikkoNieminen), "Mikko Nieminen");
    EXPECT_EQ(name("users", kLauraMakela), "Laura Mäkelä");
    EXPECT_EQ(name("users", kAleksiHeikkinen), "Aleksi Heikkinen");
    EXPECT_EQ(name("roles", kRoleChannelSalesManager, "name"), "Channel Sales Manager");
    EXPECT_EQ(name("profiles", kProfilePartnerCommunityUser, "name"), "Partner Community User");
    EXPECT_EQ(name("accounts", kNordicPartnersOy, "name"), "Nordic Partners Oy");
    EXPECT_EQ(name("accounts", kBrightwaterRetailLtd, "name"), "Brightwater Retail Ltd");
    EXPECT_EQ(name("contacts", kMaijaVirtanen), "Maija Virtanen");
    EXPECT_EQ(name("contacts", kJukkaKorhonen), "Jukka Korhonen");
    EXPECT_EQ(name("contacts", kEmilyClarke), "Emily Clarke");
    EXPECT_EQ(db.queryInt("SELECT owner_id FROM accounts WHERE id = " + std::to_string(kNordicPartnersOy)), kMikkoNieminen);
    EXPECT_EQ(db.queryInt("SELECT role_id FROM users WHERE id = " + std::to_string(kMikkoNieminen)), kRoleChannelSalesManager);
    EXPECT_EQ(db.queryInt("SELECT prm_enabled FROM org"), 0);
    EXPECT_EQ(sb->currentUser(), kAdminSannaLehtonen);
    // The trainee's exercise works on it.
    run(*sb, {{"cmd", "EnablePrm"}});
    run(*sb, {{"cmd", "EnableAsPartner"}, {"accountId", kNordicPartnersOy}});
    run(*sb, {{"cmd", "EnablePartnerUser"}, {"contactId", kMaijaVirtanen}});
}

TEST(Queries, SettingsUsersAuditAndOutbox) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    auto s = prm::app::orgSettings(sb.db());
    ASSERT_TRUE(s);
    EXPECT_EQ(s->name, "Pohjola Tech Oy");
    EXPECT_TRUE(s->prmAvailable);
    EXPECT_TRUE(s->prmEnabled);
    EXPECT_EQ(s->wizardState, "cancelled");
    EXPECT_EQ(s->defaultLeadOwnerName, "Sanna Lehtonen");
    ASSERT_EQ(s->owds.size(), 4u);
    EXPECT_EQ(s->owds[0].object, "Lead");
    EXPECT_EQ(s->owds[0].external, "Private");
    EXPECT_FALSE(prm::app::orgSettings(makeSandbox()->db()).has_value());

    prm::app::UserFilter partners;
    partners.partner = true;
    auto users = prm::app::listUsers(sb.db(), partners);
    ASSERT_EQ(users.size(), 1u);
    EXPECT_EQ(users[0].name, "Maija Virtanen");
    EXPECT_EQ(users[0].accountName, "Nordic Partners Oy");
    prm::app::UserFilter byName;
    byName.nameContains = "niemi";
    users = prm::app::listUsers(sb.db(), byName);
    ASSERT_EQ(users.size(), 1u);
    EXPECT_EQ(users[0].name, "Mikko Nieminen");
    EXPECT_EQ(users[0].roleName, "Channel Sales Manager");
    EXPECT_EQ(prm::app::listProfiles(sb.db()).size(), 4u);

    prm::app::AccountFilter af;
    af.partner = true;
    auto accounts = prm::app::listAccounts(sb.db(), af);
    ASSERT_EQ(accounts.size(), 1u);
    EXPECT_EQ(accounts[0].ownerName, "Mikko Nieminen");
    EXPECT_EQ(accounts[0].partnerUserCount, 1);
    EXPECT_EQ(accounts[0].contactCount, 1);

    auto page = prm::app::setupAudit(sb.db(), 0, 3);
    EXPECT_EQ(page.rows.size(), 3u);
    EXPECT_GT(page.total, 3);
    EXPECT_GT(page.rows[0].id, page.rows[1].id);  // newest first
    EXPECT_EQ(page.rows[0].actorName, "Sanna Lehtonen");
    auto rest = prm::app::setupAudit(sb.db(), 3, 1000);
    EXPECT_EQ(static_cast<int>(rest.rows.size()), page.total - 3);

    auto mails = prm::app::listOutbox(sb.db());
    ASSERT_GE(mails.size(), 3u);
    EXPECT_TRUE(mails[0].body.empty());  // lists leave bodies out
    EXPECT_GT(mails[0].id, mails[1].id);
    auto detail = prm::app::outboxDetail(sb.db(), mails[0].id);
    ASSERT_TRUE(detail);
    EXPECT_FALSE(detail->body.empty());
}
