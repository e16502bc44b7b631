// CreateOrg, org settings, org-wide defaults, EnablePrm (irreversible), the External User Access Conversion wizard.
#include <gtest/gtest.h>

#include "app/queries_core.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using prm::app::json;

namespace {

std::string orgText(Sandbox& sb, const std::string& column) {
    return sb.db().queryText("SELECT " + column + " FROM org WHERE id = 1").value_or("?");
}
std::int64_t orgInt(Sandbox& sb, const std::string& column) {
    return sb.db().queryInt("SELECT " + column + " FROM org WHERE id = 1").value_or(-1);
}

}  // namespace

TEST(CreateOrg, BuildsProfilesRolesAndALoggedInAdmin) {
    auto sb = makeOrg();
    auto& db = sb->db();
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM profiles").value(), 4);
    EXPECT_EQ(db.queryInt("SELECT is_admin FROM profiles WHERE name = 'System Administrator'").value(), 1);
    EXPECT_EQ(db.queryText("SELECT user_type FROM profiles WHERE name = 'Partner Community Login'").value(), "Partner");
    EXPECT_EQ(db.queryText("SELECT p.name FROM roles r JOIN roles p ON p.id = r.parent_id WHERE r.name = 'Channel Sales Manager'")
                  .value(), "VP Sales");
    EXPECT_EQ(db.queryText("SELECT p.name FROM roles r JOIN roles p ON p.id = r.parent_id WHERE r.name = 'Sales Rep'").value(),
              "VP Sales");
    const Id admin = sb->currentUser();
    ASSERT_NE(admin, 0);
    EXPECT_EQ(db.queryText("SELECT r.name FROM users u JOIN roles r ON r.id = u.role_id WHERE u.id = " + std::to_string(admin))
                  .value(), "CEO");
    EXPECT_TRUE(db.queryInt("SELECT last_login_at FROM users WHERE id = " + std::to_string(admin)).has_value());
    EXPECT_EQ(orgInt(*sb, "default_lead_owner_id"), admin);
    // The role tree cache is built: Sales Rep has CEO as an ancestor.
    EXPECT_TRUE(db.queryInt("SELECT 1 FROM role_ancestors ra JOIN roles r ON r.id = ra.role_id JOIN roles a ON a.id = ra.ancestor_id "
                            "WHERE r.name = 'Sales Rep' AND a.name = 'CEO'").has_value());
    EXPECT_EQ(orgInt(*sb, "prm_enabled"), 0);
}

TEST(CreateOrg, GeneratedAdminPasswordIsEmailedAndWorks) {
    auto sb = makeSandbox();
    json data = run(*sb, {{"cmd", "CreateOrg"},
                          {"name", "Test Oy"},
                          {"admin", {{"lastName", "Admin"}, {"email", "admin@test.example"}}}});
    const Id admin = data["adminId"].get<Id>();
    const std::string pw = welcomePassword(*sb, admin);
    ASSERT_EQ(pw.size(), 12u);
    run(*sb, {{"cmd", "LogOut"}});
    auto r = logIn(*sb, "admin@test.example", pw);
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_TRUE(r.data["mustChangePassword"].get<bool>());
}

TEST(CreateOrg, RefusedWhenTheOrgExists) {
    auto sb = makeOrg();
    auto msg = refused(*sb, createOrgCommand());
    EXPECT_NE(msg.find("already has an org"), std::string::npos) << msg;
}

TEST(CreateOrg, RefusesABadEditionAndEmail) {
    auto sb = makeSandbox();
    json cmd = createOrgCommand("Platinum");
    EXPECT_NE(refused(*sb, cmd).find("expected one of Developer, Professional, Enterprise, Unlimited"), std::string::npos);
    cmd = createOrgCommand();
    cmd["admin"]["email"] = "sanna@";
    EXPECT_NE(refused(*sb, cmd).find("not an e-mail address"), std::string::npos);
    EXPECT_FALSE(sb->db().queryInt("SELECT 1 FROM org").has_value());
}

TEST(CreateOrg, FieldsAreReadWithTheirJsonPath) {
    auto sb = makeSandbox();
    // A misspelt field of the nested administrator: refused with its path and the field it was meant to be.
    json cmd = createOrgCommand();
    cmd["admin"]["emial"] = cmd["admin"]["email"];
    cmd["admin"].erase("email");
    CommandResult r = sb->execute(cmd);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.message.rfind("$.admin.emial: unknown field; did you mean \"email\"?", 0), 0u) << r.message;
    EXPECT_EQ(r.field, "admin");
    // An edition that does not exist names the ones that do.
    r = sb->execute(createOrgCommand("Platinum"));
    EXPECT_EQ(r.message, "$.edition: expected one of Developer, Professional, Enterprise, Unlimited, got \"Platinum\"");
    EXPECT_EQ(r.field, "edition");
    // The administrator is required, and says what it is made of.
    cmd = createOrgCommand();
    cmd.erase("admin");
    r = sb->execute(cmd);
    EXPECT_EQ(r.message.rfind("$.admin: missing; add it ({firstName, lastName, email, username, password, language})", 0), 0u)
        << r.message;
    EXPECT_EQ(r.field, "admin");
    cmd = createOrgCommand();
    cmd["partnerRoleCount"] = "three";
    r = sb->execute(cmd);
    EXPECT_EQ(r.message, "$.partnerRoleCount: expected a whole number, got \"three\"");
    EXPECT_EQ(r.field, "partnerRoleCount");
    // Domain checks of the nested fields keep naming the nested field.
    cmd = createOrgCommand();
    cmd["admin"]["lastName"] = "";
    r = sb->execute(cmd);
    EXPECT_EQ(r.message, "the administrator needs a last name");
    EXPECT_EQ(r.field, "admin.lastName");
    EXPECT_FALSE(sb->db().queryInt("SELECT 1 FROM org").has_value());
    // Edition and partner roles may be left out: Enterprise with three partner roles.
    cmd = createOrgCommand();
    cmd.erase("edition");
    run(*sb, cmd);
    EXPECT_EQ(orgText(*sb, "edition"), "Enterprise");
    EXPECT_EQ(orgInt(*sb, "partner_role_count"), 3);
}

TEST(OrgSettings, MisspeltAndMistypedFieldsAreRefusedByName) {
    auto sb = makeOrg();
    CommandResult r = sb->execute({{"cmd", "UpdateOrgSettings"}, {"nmae", "Pohjola Group Oy"}});
    EXPECT_EQ(r.message.rfind("$.nmae: unknown field; did you mean \"name\"?", 0), 0u) << r.message;
    EXPECT_EQ(r.field, "nmae");
    r = sb->execute({{"cmd", "UpdateOrgSettings"}, {"grantAccessUsingHierarchies", "yes"}});
    EXPECT_EQ(r.message, "$.grantAccessUsingHierarchies: expected true or false, got \"yes\"");
    EXPECT_EQ(r.field, "grantAccessUsingHierarchies");
    r = sb->execute({{"cmd", "EnablePrm"}, {"force", true}});
    EXPECT_EQ(r.message.rfind("$.force: unknown field; this takes no fields", 0), 0u) << r.message;
    EXPECT_EQ(orgText(*sb, "name"), "Pohjola Tech Oy");
    EXPECT_EQ(orgInt(*sb, "prm_enabled"), 0);
    // Not turned on here either, even when asked with true.
    r = sb->execute({{"cmd", "UpdateOrgSettings"}, {"prmEnabled", true}});
    EXPECT_NE(r.message.find("turned on with its own command"), std::string::npos) << r.message;
    EXPECT_EQ(r.field, "prmEnabled");
    EXPECT_NE(refused(*sb, {{"cmd", "UpdateOrgSettings"}}).find("nothing to change"), std::string::npos);
}

TEST(OrgWideDefaults, AccessLevelsAndObjectsAreReadByName) {
    auto sb = makeOrg();
    CommandResult r = sb->execute({{"cmd", "SetOrgWideDefaults"}, {"object", "Lead"}, {"internal", "PublicReadOnly"}});
    EXPECT_EQ(r.message, "$.internal: expected one of Private, PublicRead, PublicReadWrite, got \"PublicReadOnly\"");
    EXPECT_EQ(r.field, "internal");
    r = sb->execute({{"cmd", "SetOrgWideDefaults"}, {"object", "Case"}, {"internal", "Private"}});
    EXPECT_EQ(r.message, "$.object: expected one of Lead, Account, Contact, Opportunity, got \"Case\"");
    EXPECT_EQ(r.field, "object");
    r = sb->execute({{"cmd", "SetOrgWideDefaults"}, {"internal", "Private"}});
    EXPECT_EQ(r.message, "$.object: missing; add it (one of Lead, Account, Contact, Opportunity)");
    r = sb->execute({{"cmd", "SetOrgWideDefaults"}, {"object", "Contact"}, {"externl", "Private"}});
    EXPECT_EQ(r.message.rfind("$.externl: unknown field; did you mean \"external\"?", 0), 0u) << r.message;
    EXPECT_NE(refused(*sb, {{"cmd", "SetOrgWideDefaults"}, {"object", "Contact"}}).find("give the new internal and/or external"),
              std::string::npos);
    // Each object has its own columns; the other objects keep theirs.
    run(*sb, {{"cmd", "SetOrgWideDefaults"}, {"object", "Opportunity"}, {"internal", "PublicRead"},
              {"external", "PublicRead"}});
    EXPECT_EQ(orgText(*sb, "owd_opportunity_internal"), "PublicRead");
    EXPECT_EQ(orgText(*sb, "owd_opportunity_external"), "PublicRead");
    EXPECT_EQ(orgText(*sb, "owd_contact_internal"), "PublicReadWrite");
    EXPECT_EQ(orgText(*sb, "owd_lead_external"), "Private");
    auto st = sb->db().prepare("SELECT action, old_value, new_value FROM setup_audit ORDER BY id DESC LIMIT 2");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.getText(0), "Changed Opportunity org-wide default (external access)");
    EXPECT_EQ(st.getText(1), "Private");
    EXPECT_EQ(st.getText(2), "Public Read Only");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.getText(0), "Changed Opportunity org-wide default (internal access)");
}

TEST(EnablePrm, TurnsPrmOnAndOpensTheWizard) {
    auto sb = makeOrg();
    run(*sb, {{"cmd", "EnablePrm"}});
    EXPECT_EQ(orgInt(*sb, "prm_enabled"), 1);
    EXPECT_EQ(orgInt(*sb, "prm_enabled_at"), sb->db().queryInt("SELECT prm_enabled_at FROM org").value());
    EXPECT_GT(orgInt(*sb, "prm_enabled_at"), 0);
    EXPECT_EQ(orgText(*sb, "wizard_state"), "open");
    auto st = sb->db().prepare("SELECT action, old_value, new_value FROM setup_audit ORDER BY id DESC LIMIT 1");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.getText(0), "Enabled Partner Relationship Management");
    EXPECT_EQ(st.getText(1), "off");
    EXPECT_EQ(st.getText(2), "on");
}

TEST(EnablePrm, IsIrreversible) {
    auto sb = makeOrg();
    run(*sb, {{"cmd", "EnablePrm"}});
    auto msg = refused(*sb, {{"cmd", "DisablePrm"}});
    EXPECT_NE(msg.find("cannot be turned off once enabled"), std::string::npos) << msg;
    EXPECT_EQ(orgInt(*sb, "prm_enabled"), 1);
    msg = refused(*sb, {{"cmd", "EnablePrm"}});
    EXPECT_NE(msg.find("already enabled; it cannot be turned off"), std::string::npos) << msg;
    // UpdateOrgSettings cannot clear it, neither explicitly nor as a side effect of other settings.
    msg = refused(*sb, {{"cmd", "UpdateOrgSettings"}, {"prmEnabled", false}});
    EXPECT_NE(msg.find("cannot be turned off"), std::string::npos) << msg;
    run(*sb, {{"cmd", "UpdateOrgSettings"}, {"name", "Renamed Oy"}, {"partnerRoleCount", 2},
              {"grantAccessUsingHierarchies", false}});
    run(*sb, {{"cmd", "SetOrgWideDefaults"}, {"object", "Lead"}, {"internal", "Private"}, {"external", "Private"}});
    run(*sb, {{"cmd", "CancelExternalAccessWizard"}});
    EXPECT_EQ(orgInt(*sb, "prm_enabled"), 1);
    // Replaying a whole batch with CreateOrg (an "import") cannot touch the existing org either.
    auto all = sb->executeAll({createOrgCommand()});
    EXPECT_FALSE(all.ok);
    EXPECT_EQ(orgInt(*sb, "prm_enabled"), 1);
}

TEST(EnablePrm, RefusedInProfessionalEdition) {
    auto sb = makeOrg("Professional");
    auto msg = refused(*sb, {{"cmd", "EnablePrm"}});
    EXPECT_NE(msg.find("Developer, Enterprise and Unlimited"), std::string::npos) << msg;
    EXPECT_EQ(orgInt(*sb, "prm_enabled"), 0);
    for (const char* ed : {"Developer", "Unlimited"}) {
        auto other = makeOrg(ed);
        run(*other, {{"cmd", "EnablePrm"}});
    }
}

TEST(OrgSettings, UpdatesAndAuditsEachChange) {
    auto sb = makeOrg();
    const Id admin = sb->currentUser();
    const Id other = run(*sb, {{"cmd", "CreateUser"}, {"lastName", "Korhonen"}, {"firstName", "Ville"},
                               {"email", "ville.korhonen@pohjolatech.example"}})["userId"].get<Id>();
    const auto before = sb->db().queryInt("SELECT count(*) FROM setup_audit").value();
    run(*sb, {{"cmd", "UpdateOrgSettings"}, {"name", "Pohjola Group Oy"}, {"defaultLeadOwnerId", other},
              {"partnerRoleCount", 1}});
    EXPECT_EQ(orgText(*sb, "name"), "Pohjola Group Oy");
    EXPECT_EQ(orgInt(*sb, "default_lead_owner_id"), other);
    EXPECT_EQ(orgInt(*sb, "partner_role_count"), 1);
    EXPECT_EQ(sb->db().queryInt("SELECT count(*) FROM setup_audit").value(), before + 3);
    EXPECT_NE(refused(*sb, {{"cmd", "UpdateOrgSettings"}, {"partnerRoleCount", 4}}).find("1, 2 or 3"), std::string::npos);
    // The default lead owner cannot be deactivated while it is the default.
    EXPECT_NE(refused(*sb, {{"cmd", "DeactivateUser"}, {"userId", other}}).find("default lead owner"), std::string::npos);
    EXPECT_NE(admin, other);
}

TEST(OrgSettings, DefaultLeadOwnerMustBeActive) {
    auto sb = makeOrg();
    const Id u = run(*sb, {{"cmd", "CreateUser"}, {"lastName", "Laine"}, {"email", "laine@pohjolatech.example"}})["userId"].get<Id>();
    run(*sb, {{"cmd", "DeactivateUser"}, {"userId", u}});
    auto msg = refused(*sb, {{"cmd", "UpdateOrgSettings"}, {"defaultLeadOwnerId", u}});
    EXPECT_NE(msg.find("inactive"), std::string::npos) << msg;
}

TEST(OrgWideDefaults, ExternalWiderThanInternalIsRefused) {
    auto sb = makeOrg();
    run(*sb, {{"cmd", "SetOrgWideDefaults"}, {"object", "Lead"}, {"internal", "PublicRead"}, {"external", "Private"}});
    auto msg = refused(*sb, {{"cmd", "SetOrgWideDefaults"}, {"object", "Lead"}, {"external", "PublicReadWrite"}});
    EXPECT_NE(msg.find("as strict as or stricter than internal"), std::string::npos) << msg;
    // Narrowing internal below the current external is the same mistake.
    run(*sb, {{"cmd", "SetOrgWideDefaults"}, {"object", "Account"}, {"internal", "PublicRead"}, {"external", "PublicRead"}});
    msg = refused(*sb, {{"cmd", "SetOrgWideDefaults"}, {"object", "Account"}, {"internal", "Private"}});
    EXPECT_NE(msg.find("as strict as or stricter"), std::string::npos) << msg;
    EXPECT_EQ(orgText(*sb, "owd_account_internal"), "PublicRead");
    EXPECT_EQ(orgText(*sb, "owd_lead_external"), "Private");
    EXPECT_EQ(orgText(*sb, "owd_lead_internal"), "PublicRead");
    EXPECT_NE(refused(*sb, {{"cmd", "SetOrgWideDefaults"}, {"object", "Case"}, {"internal", "Private"}}).find("Lead, Account"),
              std::string::npos);
}

TEST(OrgWideDefaults, LeadChangeRecalculatesShares) {
    auto sb = makeOrg();
    auto& db = sb->db();
    ASSERT_TRUE(db.exec("INSERT INTO leads(number, last_name, company, owner_user_id, created_at, modified_at) "
                        "VALUES ('L-00001', 'Aalto', 'Aalto Oy', 1, 0, 0)").ok());
    ASSERT_EQ(db.queryInt("SELECT count(*) FROM lead_shares").value(), 0);  // inserted behind the app's back
    run(*sb, {{"cmd", "SetOrgWideDefaults"}, {"object", "Lead"}, {"internal", "Private"}});
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM lead_shares WHERE row_cause = 'Owner'").value(), 1);
}

// ---- The External User Access Conversion wizard ---------------------------------------------------
namespace {

struct WizardOrg {
    std::unique_ptr<Sandbox> sb;
    Id ruleA = 0, ruleB = 0, folderA = 0, folderB = 0, memberA = 0, memberB = 0, plainRule = 0;
};

WizardOrg makeWizardOrg() {
    WizardOrg w;
    w.sb = makeOrg();
    auto& db = w.sb->db();
    run(*w.sb, {{"cmd", "EnablePrm"}});
    const std::string vp = std::to_string(db.queryInt("SELECT id FROM roles WHERE name = 'VP Sales'").value());
    const std::string ceo = std::to_string(db.queryInt("SELECT id FROM roles WHERE name = 'CEO'").value());
    auto exec = [&](const std::string& sql) {
        EXPECT_TRUE(db.exec(sql).ok()) << sql;
        return db.lastInsertId();
    };
    w.ruleA = exec("INSERT INTO sharing_rules(name, rule_type, source_role_id, source_role_scope, target_role_id, target_role_scope) "
                   "VALUES ('EMEA leads to sales', 'Owner', " + ceo + ", 'RoleAndInternalSubordinates', " + vp +
                   ", 'RoleInternalAndPortalSubordinates')");
    w.ruleB = exec("INSERT INTO sharing_rules(name, rule_type, source_role_id, source_role_scope, target_role_id, target_role_scope) "
                   "VALUES ('Partner leads up', 'Owner', " + vp + ", 'RoleInternalAndPortalSubordinates', " + ceo + ", 'Role')");
    w.plainRule = exec("INSERT INTO sharing_rules(name, rule_type, source_role_id, source_role_scope, target_role_id, target_role_scope) "
                       "VALUES ('Internal only', 'Owner', " + vp + ", 'Role', " + ceo + ", 'Role')");
    w.folderA = exec("INSERT INTO folders(name, role_id, role_scope) VALUES ('Pipeline reports', " + vp +
                     ", 'RoleInternalAndPortalSubordinates')");
    w.folderB = exec("INSERT INTO folders(name, kind, role_id, role_scope) VALUES ('Price lists', 'Document', " + ceo +
                     ", 'RoleInternalAndPortalSubordinates')");
    exec("INSERT INTO public_groups(name) VALUES ('All sales')");
    const std::string g = std::to_string(db.lastInsertId());
    w.memberA = exec("INSERT INTO public_group_members(group_id, role_id, role_scope) VALUES (" + g + ", " + vp +
                     ", 'RoleInternalAndPortalSubordinates')");
    w.memberB = exec("INSERT INTO public_group_members(group_id, role_id, role_scope) VALUES (" + g + ", " + ceo +
                     ", 'RoleInternalAndPortalSubordinates')");
    exec("INSERT INTO leads(number, last_name, company, owner_user_id, created_at, modified_at) VALUES ('L-00001', 'Aalto', 'Aalto Oy', 1, 0, 0)");
    return w;
}

std::string scopeOf(Sandbox& sb, const std::string& table, const std::string& col, Id id) {
    return sb.db().queryText("SELECT " + col + " FROM " + table + " WHERE id = " + std::to_string(id)).value_or("NULL");
}

}  // namespace

TEST(Wizard, ListsOnlyItemsThatReachPortalSubordinates) {
    auto w = makeWizardOrg();
    auto c = prm::app::wizardCandidates(w.sb->db());
    ASSERT_EQ(c.sharingRules.size(), 2u);
    ASSERT_EQ(c.folders.size(), 2u);
    ASSERT_EQ(c.groupMembers.size(), 2u);
    for (const auto& item : c.sharingRules) {
        EXPECT_NE(item.id, w.plainRule);
        EXPECT_NE(item.exposes.find("partner"), std::string::npos) << item.exposes;
    }
    EXPECT_NE(c.folders[0].exposes.find("partner users can open"), std::string::npos) << c.folders[0].exposes;
    EXPECT_EQ(c.groupMembers[0].name, "All sales: CEO");
}

TEST(Wizard, DoneConvertsOnlyTheChosenItems) {
    auto w = makeWizardOrg();
    Sandbox& sb = *w.sb;
    const auto auditBefore = sb.db().queryInt("SELECT count(*) FROM setup_audit").value();
    json res = run(sb, {{"cmd", "CompleteExternalAccessWizard"},
                        {"sharingRuleIds", {w.ruleA, w.ruleB}},
                        {"folderIds", {w.folderA}},
                        {"groupMemberIds", {w.memberB}}});
    EXPECT_EQ(res["convertedSharingRules"], 2);
    EXPECT_EQ(scopeOf(sb, "sharing_rules", "target_role_scope", w.ruleA), "RoleAndInternalSubordinates");
    EXPECT_EQ(scopeOf(sb, "sharing_rules", "source_role_scope", w.ruleA), "RoleAndInternalSubordinates");
    EXPECT_EQ(scopeOf(sb, "sharing_rules", "source_role_scope", w.ruleB), "RoleAndInternalSubordinates");
    EXPECT_EQ(scopeOf(sb, "sharing_rules", "target_role_scope", w.ruleB), "Role");
    EXPECT_EQ(scopeOf(sb, "folders", "role_scope", w.folderA), "RoleAndInternalSubordinates");
    EXPECT_EQ(scopeOf(sb, "folders", "role_scope", w.folderB), "RoleInternalAndPortalSubordinates");
    EXPECT_EQ(scopeOf(sb, "public_group_members", "role_scope", w.memberA), "RoleInternalAndPortalSubordinates");
    EXPECT_EQ(scopeOf(sb, "public_group_members", "role_scope", w.memberB), "RoleAndInternalSubordinates");
    EXPECT_EQ(orgText(sb, "wizard_state"), "done");
    EXPECT_EQ(orgInt(sb, "prm_enabled"), 1);
    // One audit row per converted item (old → new), plus the wizard's own.
    EXPECT_EQ(sb.db().queryInt("SELECT count(*) FROM setup_audit").value(), auditBefore + 5);
    EXPECT_EQ(sb.db().queryInt("SELECT count(*) FROM setup_audit WHERE old_value = 'Roles, Internal and Portal Subordinates' "
                               "AND new_value = 'Roles and Internal Subordinates'").value(), 4);
    // Recalculated: the lead inserted behind the app's back now has its owner row.
    EXPECT_EQ(sb.db().queryInt("SELECT count(*) FROM lead_shares WHERE row_cause = 'Owner'").value(), 1);
    // The remaining candidates are exactly the ones not chosen.
    auto c = prm::app::wizardCandidates(sb.db());
    EXPECT_TRUE(c.sharingRules.empty());
    ASSERT_EQ(c.folders.size(), 1u);
    EXPECT_EQ(c.folders[0].id, w.folderB);
}

TEST(Wizard, DoneIsOneTransaction) {
    auto w = makeWizardOrg();
    Sandbox& sb = *w.sb;
    // The share recalculation, which runs after the conversions, fails: nothing may remain converted.
    ASSERT_TRUE(sb.db().exec("CREATE TEMP TRIGGER fail_recalc BEFORE INSERT ON main.lead_shares "
                             "BEGIN SELECT RAISE(ABORT, 'forced failure'); END").ok());
    const auto before = sb.db().serialize();
    auto msg = refused(sb, {{"cmd", "CompleteExternalAccessWizard"},
                            {"sharingRuleIds", {w.ruleA}},
                            {"folderIds", {w.folderA}},
                            {"groupMemberIds", {w.memberA}}});
    EXPECT_NE(msg.find("forced failure"), std::string::npos) << msg;
    EXPECT_EQ(sb.db().serialize(), before);
    EXPECT_EQ(scopeOf(sb, "sharing_rules", "target_role_scope", w.ruleA), "RoleInternalAndPortalSubordinates");
    EXPECT_EQ(orgText(sb, "wizard_state"), "open");
    ASSERT_TRUE(sb.db().exec("DROP TRIGGER temp.fail_recalc").ok());
}

TEST(Wizard, RefusesIdsNotOnTheList) {
    auto w = makeWizardOrg();
    const auto before = w.sb->db().serialize();
    auto msg = refused(*w.sb, {{"cmd", "CompleteExternalAccessWizard"}, {"sharingRuleIds", {w.ruleA, w.plainRule}}});
    EXPECT_NE(msg.find("not on the wizard's list"), std::string::npos) << msg;
    EXPECT_EQ(w.sb->db().serialize(), before);
}

TEST(Wizard, CancelChangesNothingButTheWizardState) {
    auto w = makeWizardOrg();
    Sandbox& sb = *w.sb;
    run(sb, {{"cmd", "CancelExternalAccessWizard"}});
    EXPECT_EQ(orgText(sb, "wizard_state"), "cancelled");
    EXPECT_EQ(orgInt(sb, "prm_enabled"), 1);
    EXPECT_EQ(scopeOf(sb, "sharing_rules", "target_role_scope", w.ruleA), "RoleInternalAndPortalSubordinates");
    EXPECT_EQ(scopeOf(sb, "folders", "role_scope", w.folderA), "RoleInternalAndPortalSubordinates");
    EXPECT_EQ(scopeOf(sb, "public_group_members", "role_scope", w.memberA), "RoleInternalAndPortalSubordinates");
    EXPECT_EQ(prm::app::wizardCandidates(sb.db()).sharingRules.size(), 2u);
    // The wizard can be run again later while PRM is on.
    run(sb, {{"cmd", "CompleteExternalAccessWizard"}, {"folderIds", {w.folderB}}});
    EXPECT_EQ(orgText(sb, "wizard_state"), "done");
}

TEST(Wizard, IdListsAreReadWithTheirJsonPath) {
    auto w = makeWizardOrg();
    const auto before = w.sb->db().serialize();
    CommandResult r = w.sb->execute({{"cmd", "CompleteExternalAccessWizard"}, {"sharingRuleIds", {w.ruleA, "all"}}});
    EXPECT_EQ(r.message, "$.sharingRuleIds[1]: expected a whole number, got \"all\"");
    EXPECT_EQ(r.field, "sharingRuleIds");
    r = w.sb->execute({{"cmd", "CompleteExternalAccessWizard"}, {"folderId", {w.folderA}}});
    EXPECT_EQ(r.message.rfind("$.folderId: unknown field; did you mean \"folderIds\"?", 0), 0u) << r.message;
    EXPECT_EQ(w.sb->db().serialize(), before);
    // null is an empty list, as before.
    json res = run(*w.sb, {{"cmd", "CompleteExternalAccessWizard"}, {"sharingRuleIds", nullptr}, {"folderIds", {w.folderB}}});
    EXPECT_EQ(res["convertedSharingRules"], 0);
    EXPECT_EQ(res["convertedFolders"], 1);
    EXPECT_EQ(scopeOf(*w.sb, "folders", "role_scope", w.folderB), "RoleAndInternalSubordinates");
}

TEST(Wizard, NeedsPrm) {
    auto sb = makeOrg();
    EXPECT_NE(refused(*sb, {{"cmd", "CompleteExternalAccessWizard"}}).find("enable it first"), std::string::npos);
    EXPECT_NE(refused(*sb, {{"cmd", "CancelExternalAccessWizard"}}).find("enable it first"), std::string::npos);
}
