// [SECTION] index
//  - CreateOrg: the org row, standard profiles, the role tree, the logged-in administrator
//  - UpdateOrgSettings, SetOrgWideDefaults
//  - EnablePrm (irreversible), DisablePrm (exists only to refuse)
//  - External User Access Conversion wizard: Open / Complete / Cancel
#include <set>
#include <vector>

#include "app/command_areas.h"
#include "app/core_common.h"
#include "app/org/org_commands.h"
#include "app/queries_core.h"
#include "app/refusals.h"
#include "app/sharing.h"
#include "app/users/password.h"

namespace prm::app::org {
namespace {

using core::loadOrg;
using core::OrgState;

const char* kPrmSection = "Partner Relationship Management";
const char* kCompanySection = "Company Information";
const char* kSharingSection = "Sharing Settings";
const char* kWizardSection = "External User Access Conversion";
const char* kPortalScope = "RoleInternalAndPortalSubordinates";
const char* kInternalScope = "RoleAndInternalSubordinates";

// ---- CreateOrg ------------------------------------------------------------------------------
CommandResult createOrg(CommandContext& ctx, const CreateOrg& cmd) {
    auto& db = ctx.db();
    if (db.queryInt("SELECT 1 FROM org WHERE id = 1"))
        return CommandResult::refuse(T_f("this sandbox already has an org; reset the sandbox to start a new one"));
    const std::string& name = cmd.name;
    if (name.empty()) return CommandResult::refuse(T_f("give the org a name, e.g. \"Pohjola Tech Oy\""), "name");
    const domain::Edition edition = cmd.edition.value_or(domain::Edition::Enterprise);
    const std::int64_t roleCount = cmd.partnerRoleCount.value_or(3);
    if (roleCount < 1 || roleCount > 3)
        return CommandResult::refuse(T_f("the number of partner roles must be 1, 2 or 3"), "partnerRoleCount");

    const OrgAdmin& admin = cmd.admin;
    const std::string firstName = admin.firstName.value_or("");
    if (admin.lastName.empty()) return CommandResult::refuse(T_f("the administrator needs a last name"), "admin.lastName");
    const std::string& email = admin.email;
    if (!isValidEmail(email))
        return CommandResult::refuse(T_f("'{0}' is not an e-mail address; give the administrator's e-mail", {email}),
                                     "admin.email");
    const std::string username = admin.username.value_or(email);
    if (!isValidEmail(username))
        return CommandResult::refuse(T_f("'{0}' is not a valid username: usernames look like an e-mail address, "
                                         "e.g. sanna.lehtonen@pohjolatech.example",
                                         {username}),
                                     "admin.username");
    const std::optional<std::string>& givenPassword = admin.password;
    if (givenPassword)
        if (auto problem = passwordProblem(*givenPassword))
            return CommandResult::refuse(T_f("the administrator's password is not accepted: {0}", {*problem}), "admin.password");
    const std::string adminLanguage = admin.language.value_or("en");
    if (adminLanguage != "en" && adminLanguage != "fi")
        return CommandResult::refuse(
            T_f("'{0}' is not a language of the product; use \"en\" (English) or \"fi\" (Finnish)", {adminLanguage}),
            "admin.language");

    auto org = db.prepare("INSERT INTO org(id, name, edition, partner_role_count) VALUES (1, ?, ?, ?)");
    org.bindAll(name, domain::toString(edition), roleCount);
    if (!org.run()) return ctx.dbError(T_f("creating the org"));

    struct P { const char* name; const char* type; int admin; };
    const P profiles[] = {{"System Administrator", "Internal", 1},
                          {"Standard User", "Internal", 0},
                          {"Partner Community User", "Partner", 0},
                          {"Partner Community Login", "Partner", 0}};
    json profileIds = json::object();
    auto insProfile = db.prepare("INSERT INTO profiles(name, user_type, is_admin) VALUES (?,?,?)");
    for (const P& p : profiles) {
        insProfile.bind(1, p.name).bind(2, p.type).bind(3, p.admin);
        if (!insProfile.run()) return ctx.dbError(T_f("creating the standard profiles"));
        insProfile.reset();
        profileIds[p.name] = db.lastInsertId();
    }

    json roleIds = json::object();
    auto insRole = db.prepare("INSERT INTO roles(name, parent_id) VALUES (?, ?)");
    auto addRole = [&](const char* roleName, std::optional<Id> parent) -> std::optional<Id> {
        insRole.bind(1, roleName).bindOptional(2, parent);
        if (!insRole.run()) return std::nullopt;
        insRole.reset();
        Id id = db.lastInsertId();
        roleIds[roleName] = id;
        return id;
    };
    auto ceo = addRole("CEO", std::nullopt);
    auto vp = ceo ? addRole("VP Sales", ceo) : std::nullopt;
    auto csm = vp ? addRole("Channel Sales Manager", vp) : std::nullopt;
    auto rep = vp ? addRole("Sales Rep", vp) : std::nullopt;
    if (!csm || !rep) return ctx.dbError(T_f("creating the role hierarchy"));

    auto generated = givenPassword ? domain::Result<std::string>(*givenPassword) : generatePassword();
    if (!generated) return CommandResult::refuse(generated.message());
    const std::string password = generated.value();
    auto hash = hashPassword(password, ctx.passwordCost());
    if (!hash) return CommandResult::refuse(hash.message());
    auto insUser = db.prepare(
        "INSERT INTO users(username, first_name, last_name, email, alias, profile_id, role_id, is_active, last_login_at, "
        "password_hash, must_change_password, created_at) VALUES (?,?,?,?,?,?,?,1,?,?,?,?)");
    const std::string alias = firstName.substr(0, 1) + admin.lastName.substr(0, 4);
    insUser.bind(1, username).bind(2, firstName).bind(3, admin.lastName).bind(4, email).bind(5, alias);
    insUser.bind(6, profileIds["System Administrator"].get<Id>()).bind(7, *ceo).bind(8, ctx.now()).bind(9, hash.value());
    insUser.bind(10, givenPassword ? 0 : 1).bind(11, ctx.now());
    if (!insUser.run()) return ctx.dbError(T_f("creating the administrator"));
    const Id adminId = db.lastInsertId();

    auto setOwner = db.prepare("UPDATE org SET default_lead_owner_id = ? WHERE id = 1");
    setOwner.bind(1, adminId);
    if (!setOwner.run()) return ctx.dbError(T_f("setting the default lead owner"));
    if (!core::setSessionUser(db, adminId)) return ctx.dbError(T_f("logging the administrator in"));
    if (auto st = rebuildRoleAncestors(db); !st) return ctx.dbError(T_f("building the role hierarchy"));

    auto lang = db.prepare("UPDATE users SET language = ? WHERE id = ?");
    if (!lang.bindAll(adminLanguage, adminId).run()) return ctx.dbError(T_f("creating the administrator"));
    const std::string adminName = userName(db, adminId);
    {
        MessageLanguageScope inTheirLanguage(userLanguage(db, adminId));
        std::string body = T_f("Welcome to {0}, {1}.\n\nYou are the org's System Administrator.\nUsername: {2}\n",
                               {name, adminName, username});
        if (!givenPassword)
            body += T_f("Password: {0}\n\nYou are logged in now. Keep this password: you need it to log back in after "
                        "logging out or after \"Log in as\"; you will be asked to change it at your next login.\n",
                        {password});
        else
            body += T_f("\nYou are logged in now; log back in with the password you chose.\n");
        ctx.sendEmail("Welcome", adminId, email, T_f("Welcome to {0}", {name}), body);
    }
    ctx.audit(kCompanySection, "Created org " + name + " (" + domain::toString(edition) + " Edition)", "",
              "administrator " + adminName);
    return CommandResult::success(T_f("Created {0}; {1} is logged in as its administrator", {name, adminName}),
                                  {{"orgId", 1}, {"adminId", adminId}, {"profiles", profileIds}, {"roles", roleIds}});
}

// ---- UpdateOrgSettings ----------------------------------------------------------------------
CommandResult updateOrgSettings(CommandContext& ctx, const UpdateOrgSettings& cmd) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessOrg(ctx)) return *r;
    const OrgState org = loadOrg(db);
    if (cmd.prmEnabled.has_value()) {  // true or false: neither is done here
        if (org.prmEnabled)
            return CommandResult::refuse(T_f("Partner Relationship Management cannot be turned off once enabled; "
                                         "to try it again from scratch, restore a snapshot taken before enabling it"),
                                         "prmEnabled");
        return CommandResult::refuse(T_f("Partner Relationship Management is turned on with its own command: "
                                     "Setup → Customize → Partners → Settings (EnablePrm)"),
                                     "prmEnabled");
    }
    const auto& name = cmd.name;
    const auto& ownerId = cmd.defaultLeadOwnerId;
    const auto& roleCount = cmd.partnerRoleCount;
    const auto& hierarchies = cmd.grantAccessUsingHierarchies;
    if (!name && !ownerId && !roleCount && !hierarchies)
        return CommandResult::refuse(T_f("nothing to change: give an Organization Name, a Default Lead Owner, a Number of partner "
                                     "roles or Grant Access Using Hierarchies"));
    int changed = 0;
    if (name && *name != org.name) {
        if (name->empty()) return CommandResult::refuse(T_f("the org name cannot be empty"), "name");
        auto st = db.prepare("UPDATE org SET name = ? WHERE id = 1");
        if (!st.bind(1, *name).run()) return ctx.dbError(T_f("renaming the org"));
        ctx.audit(kCompanySection, "Changed org name", org.name, *name);
        ++changed;
    }
    if (ownerId && *ownerId != org.defaultLeadOwnerId) {
        User u = loadUser(db, *ownerId);
        if (!u.exists) return refuseMissing(RecordKind::User, *ownerId, "defaultLeadOwnerId");
        if (!u.active)
            return CommandResult::refuse(T_f("{0} is inactive and cannot be the default lead owner; activate the user or "
                                             "pick another one",
                                             {u.name}),
                                         "defaultLeadOwnerId");
        if (u.partner)
            return CommandResult::refuse(T_f("{0} is a partner user; the default lead owner must be an internal user", {u.name}),
                                         "defaultLeadOwnerId");
        auto st = db.prepare("UPDATE org SET default_lead_owner_id = ? WHERE id = 1");
        if (!st.bind(1, *ownerId).run()) return ctx.dbError(T_f("changing the default lead owner"));
        ctx.audit("Lead Settings", "Changed default lead owner",
                  org.defaultLeadOwnerId ? userName(db, org.defaultLeadOwnerId) : "", u.name);
        ++changed;
    }
    if (roleCount && *roleCount != org.partnerRoleCount) {
        if (*roleCount < 1 || *roleCount > 3)
            return CommandResult::refuse(T_f("the number of partner roles must be 1, 2 or 3"), "partnerRoleCount");
        // Existing partner accounts keep the roles they have; only accounts enabled later get the new count.
        auto st = db.prepare("UPDATE org SET partner_role_count = ? WHERE id = 1");
        if (!st.bind(1, *roleCount).run()) return ctx.dbError(T_f("changing the number of partner roles"));
        ctx.audit(kPrmSection, "Changed number of partner roles for new partner accounts",
                  std::to_string(org.partnerRoleCount), std::to_string(*roleCount));
        ++changed;
    }
    if (hierarchies && *hierarchies != org.grantAccessUsingHierarchies) {
        auto st = db.prepare("UPDATE org SET grant_access_using_hierarchies = ? WHERE id = 1");
        if (!st.bind(1, *hierarchies ? 1 : 0).run()) return ctx.dbError(T_f("changing Grant Access Using Hierarchies"));
        ctx.audit(kSharingSection, "Changed Grant Access Using Hierarchies for Lead",
                  org.grantAccessUsingHierarchies ? "on" : "off", *hierarchies ? "on" : "off");
        if (auto r = core::rebuildRolesAndShares(ctx, T_f("changing Grant Access Using Hierarchies"), false)) return *r;
        ++changed;
    }
    if (changed == 0) return CommandResult::success(T_f("No changes: the settings already had these values"), {{"changed", 0}});
    return CommandResult::success(T_f("Saved the org settings"), {{"changed", changed}});
}

// ---- SetOrgWideDefaults ---------------------------------------------------------------------
// The org columns holding an object's internal and external defaults.
struct OwdColumns {
    const char* internal;
    const char* external;
};
OwdColumns owdColumns(OwdObject object) {
    switch (object) {
        case OwdObject::Lead: return {"owd_lead_internal", "owd_lead_external"};
        case OwdObject::Account: return {"owd_account_internal", "owd_account_external"};
        case OwdObject::Contact: return {"owd_contact_internal", "owd_contact_external"};
        case OwdObject::Opportunity: return {"owd_opportunity_internal", "owd_opportunity_external"};
    }
    return {"owd_lead_internal", "owd_lead_external"};
}

CommandResult setOrgWideDefaults(CommandContext& ctx, const SetOrgWideDefaults& cmd) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessOrg(ctx)) return *r;
    const std::string object = fields::enumName(cmd.object);
    const OwdColumns columns = owdColumns(cmd.object);
    if (!cmd.internal && !cmd.external)
        return CommandResult::refuse(T_f("give the new internal and/or external access (Private, PublicRead or PublicReadWrite)"));

    auto current = [&](const char* column) {
        return domain::owdFrom(db.queryText(std::string("SELECT ") + column + " FROM org WHERE id = 1").value_or("Private"))
            .value_or(domain::Owd::Private);
    };
    const domain::Owd oldInternal = current(columns.internal);
    const domain::Owd oldExternal = current(columns.external);
    const domain::Owd internal = cmd.internal.value_or(oldInternal);
    const domain::Owd external = cmd.external.value_or(oldExternal);
    if (external > internal)
        return CommandResult::refuse(T_f("the external default for {0} cannot be {1} while the internal default is {2}: "
                                         "external access must be as strict as or stricter than internal access; choose "
                                         "{2} or stricter for external users, or widen the internal default first",
                                         {say(object), say(domain::label(external)), say(domain::label(internal))}),
                                     cmd.external ? "external" : "internal");
    int changed = 0;
    auto update = [&](const char* which, const char* column, domain::Owd from, domain::Owd to) -> bool {
        if (from == to) return true;
        auto st = db.prepare(std::string("UPDATE org SET ") + column + " = ? WHERE id = 1");
        if (!st.bind(1, domain::toString(to)).run()) return false;
        ctx.audit(kSharingSection, "Changed " + object + " org-wide default (" + which + " access)",
                  domain::label(from), domain::label(to));
        ++changed;
        return true;
    };
    if (!update("internal", columns.internal, oldInternal, internal) ||
        !update("external", columns.external, oldExternal, external))
        return ctx.dbError(T_f("changing the org-wide defaults"));
    if (changed && cmd.object == OwdObject::Lead)
        if (auto r = core::rebuildRolesAndShares(ctx, T_f("changing the Lead org-wide defaults"), false)) return *r;
    return CommandResult::success(changed ? T_f("Saved the org-wide defaults for {0}", {say(object)})
                                          : T_f("No changes: the org-wide defaults already had these values"),
                                  {{"changed", changed}});
}

// ---- EnablePrm / DisablePrm -----------------------------------------------------------------
CommandResult enablePrm(CommandContext& ctx, const EnablePrm&) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessOrg(ctx)) return *r;
    const OrgState org = loadOrg(db);
    if (org.prmEnabled)
        return CommandResult::refuse(T_f("Partner Relationship Management is already enabled; it cannot be turned off"));
    auto edition = domain::editionFrom(org.edition);
    if (!edition || !domain::editionSupportsPrm(*edition))
        return CommandResult::refuse(T_f("Partner Relationship Management is not available in {0} Edition: it exists in "
                                         "Developer, Enterprise and Unlimited editions; try it in a Developer Edition org "
                                         "or a sandbox of an Enterprise org",
                                         {org.edition}));
    auto st = db.prepare("UPDATE org SET prm_enabled = 1, prm_enabled_at = ?, wizard_state = 'open' WHERE id = 1");
    if (!st.bind(1, ctx.now()).run()) return ctx.dbError(T_f("enabling Partner Relationship Management"));
    ctx.audit(kPrmSection, "Enabled Partner Relationship Management", "off", "on");
    return CommandResult::success(T_f("Partner Relationship Management is on. Next: the External User Access Conversion "
                                  "wizard checks sharing that could reach partner users"),
                                  {{"wizardState", "open"}});
}

CommandResult disablePrm(CommandContext& ctx, const DisablePrm&) {
    const bool on = ctx.db().queryInt("SELECT prm_enabled FROM org WHERE id = 1").value_or(0) != 0;
    if (!on)
        return CommandResult::refuse(T_f("Partner Relationship Management is not enabled, so there is nothing to turn off"));
    return CommandResult::refuse(T_f("Partner Relationship Management cannot be turned off once enabled; this is why "
                                 "the documentation says to try it in a Developer Edition org or a sandbox first. "
                                 "To start over, restore a snapshot taken before enabling it"));
}

// ---- External User Access Conversion wizard -------------------------------------------------
std::optional<CommandResult> refuseUnlessPrm(CommandContext& ctx) {
    if (auto r = core::refuseUnlessOrg(ctx)) return r;
    if (!loadOrg(ctx.db()).prmEnabled)
        return CommandResult::refuse(T_f("the External User Access Conversion wizard runs after Partner Relationship "
                                     "Management is enabled; enable it first: Setup → Customize → Partners → Settings"));
    return std::nullopt;
}

CommandResult openWizard(CommandContext& ctx, const OpenExternalAccessWizard&) {
    if (auto r = refuseUnlessPrm(ctx)) return *r;
    const OrgState org = loadOrg(ctx.db());
    if (org.wizardState == "open") return CommandResult::success(T_f("The wizard is already open"), {{"wizardState", "open"}});
    if (!ctx.db().exec("UPDATE org SET wizard_state = 'open' WHERE id = 1")) return ctx.dbError(T_f("opening the wizard"));
    ctx.audit(kWizardSection, "Opened the External User Access Conversion wizard", org.wizardState, "open");
    return CommandResult::success(T_f("Opened the External User Access Conversion wizard"), {{"wizardState", "open"}});
}

CommandResult completeWizard(CommandContext& ctx, const CompleteExternalAccessWizard& cmd) {
    auto& db = ctx.db();
    if (auto r = refuseUnlessPrm(ctx)) return *r;
    const std::vector<Id>& ruleIds = cmd.sharingRuleIds;
    const std::vector<Id>& folderIds = cmd.folderIds;
    const std::vector<Id>& memberIds = cmd.groupMemberIds;

    const WizardCandidates cands = wizardCandidates(db);
    auto check = [&](const std::vector<Id>& chosen, const std::vector<WizardItem>& allowed, const char* what,
                     const char* field) -> std::optional<CommandResult> {
        std::set<Id> ok;
        for (const auto& item : allowed) ok.insert(item.id);
        for (Id id : chosen)
            if (!ok.count(id))
                return CommandResult::refuse(T_f("{0} {1} is not on the wizard's list (it does not share with \"Roles, "
                                                 "Internal and Portal Subordinates\"); pick only items the wizard lists",
                                                 {say(what), std::to_string(id)}),
                                             field);
        return std::nullopt;
    };
    if (auto r = check(ruleIds, cands.sharingRules, T_("sharing rule"), "sharingRuleIds")) return *r;
    if (auto r = check(folderIds, cands.folders, T_("folder"), "folderIds")) return *r;
    if (auto r = check(memberIds, cands.groupMembers, T_("public group member"), "groupMemberIds")) return *r;

    const std::string oldLabel = domain::label(domain::RoleScope::RoleInternalAndPortalSubordinates);
    const std::string newLabel = domain::label(domain::RoleScope::RoleAndInternalSubordinates);
    auto nameOf = [](const std::vector<WizardItem>& items, Id id) {
        for (const auto& i : items)
            if (i.id == id) return i.name;
        return std::string();
    };
    std::set<Id> doneRules, doneFolders, doneMembers;
    for (Id id : ruleIds) {
        if (!doneRules.insert(id).second) continue;
        auto st = db.prepare("UPDATE sharing_rules SET "
                             "source_role_scope = CASE WHEN source_role_scope = ? THEN ? ELSE source_role_scope END, "
                             "target_role_scope = CASE WHEN target_role_scope = ? THEN ? ELSE target_role_scope END "
                             "WHERE id = ?");
        if (!st.bindAll(kPortalScope, kInternalScope, kPortalScope, kInternalScope, id).run())
            return ctx.dbError("converting sharing rule " + std::to_string(id));
        ctx.audit(kWizardSection, "Converted sharing rule " + nameOf(cands.sharingRules, id), oldLabel, newLabel);
    }
    for (Id id : folderIds) {
        if (!doneFolders.insert(id).second) continue;
        auto st = db.prepare("UPDATE folders SET role_scope = ? WHERE id = ?");
        if (!st.bindAll(kInternalScope, id).run()) return ctx.dbError("converting folder " + std::to_string(id));
        ctx.audit(kWizardSection, "Converted folder sharing " + nameOf(cands.folders, id), oldLabel, newLabel);
    }
    for (Id id : memberIds) {
        if (!doneMembers.insert(id).second) continue;
        auto st = db.prepare("UPDATE public_group_members SET role_scope = ? WHERE id = ?");
        if (!st.bindAll(kInternalScope, id).run())
            return ctx.dbError("converting public group member " + std::to_string(id));
        ctx.audit(kWizardSection, "Converted public group member " + nameOf(cands.groupMembers, id), oldLabel, newLabel);
    }
    const OrgState org = loadOrg(db);
    if (!db.exec("UPDATE org SET wizard_state = 'done' WHERE id = 1")) return ctx.dbError(T_f("closing the wizard"));
    ctx.audit(kWizardSection, "Completed the External User Access Conversion wizard", org.wizardState, "done");
    if (auto r = core::rebuildRolesAndShares(ctx, T_f("the External User Access Conversion"), false)) return *r;
    const std::size_t total = doneRules.size() + doneFolders.size() + doneMembers.size();
    return CommandResult::success(
        total ? TN_f(TN_("Converted {0} item to \"Roles and Internal Subordinates\"; partner users no longer get access "
                         "through it",
                         "Converted {0} items to \"Roles and Internal Subordinates\"; partner users no longer get access "
                         "through them"),
                     static_cast<long long>(total), {std::to_string(total)})
              : T_f("Closed the wizard without converting anything"),
        {{"wizardState", "done"},
         {"convertedSharingRules", doneRules.size()},
         {"convertedFolders", doneFolders.size()},
         {"convertedGroupMembers", doneMembers.size()}});
}

CommandResult cancelWizard(CommandContext& ctx, const CancelExternalAccessWizard&) {
    if (auto r = refuseUnlessPrm(ctx)) return *r;
    const OrgState org = loadOrg(ctx.db());
    if (org.wizardState != "open")
        return CommandResult::refuse(T_f("the External User Access Conversion wizard is not open (it is {0}); open it "
                                         "again to review the sharing settings",
                                         {org.wizardState}));
    if (!ctx.db().exec("UPDATE org SET wizard_state = 'cancelled' WHERE id = 1")) return ctx.dbError(T_f("closing the wizard"));
    ctx.audit(kWizardSection, "Cancelled the External User Access Conversion wizard (no sharing changed)", "open",
              "cancelled");
    return CommandResult::success(T_f("Closed the wizard; no sharing settings were changed and Partner Relationship "
                                  "Management stays on"),
                                  {{"wizardState", "cancelled"}});
}

}  // namespace
}  // namespace prm::app::org

namespace prm::app {

void registerOrgCommands(CommandRegistry& r) {
    using namespace org;
    r.add("CreateOrg", CommandKind::NoLogin, createOrg,
          "Creates the sandbox's org with its standard profiles and roles, and logs its first administrator in.");
    r.add("UpdateOrgSettings", CommandKind::Setup, updateOrgSettings,
          "Changes the org's name, default lead owner, number of partner roles or Grant Access Using Hierarchies.");
    r.add("SetOrgWideDefaults", CommandKind::Setup, setOrgWideDefaults,
          "Sets the internal and external org-wide default access of an object.");
    r.add("EnablePrm", CommandKind::Setup, enablePrm,
          "Turns Partner Relationship Management on, for good, and opens the External User Access Conversion wizard.");
    // Exists only to refuse, for anyone: PRM is irreversible.
    r.add("DisablePrm", CommandKind::NoLogin, disablePrm,
          "Always refused: Partner Relationship Management cannot be turned off once enabled.");
    r.add("OpenExternalAccessWizard", CommandKind::Setup, openWizard,
          "Opens the External User Access Conversion wizard again to review sharing that reaches partner users.");
    r.add("CompleteExternalAccessWizard", CommandKind::Setup, completeWizard,
          "Converts the chosen sharing rules, folders and group members to Roles and Internal Subordinates, "
          "and closes the wizard.");
    r.add("CancelExternalAccessWizard", CommandKind::Setup, cancelWizard,
          "Closes the External User Access Conversion wizard without changing any sharing.");
}

}  // namespace prm::app
