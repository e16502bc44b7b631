// [SECTION] index
//  - Accounts: CreateAccount, UpdateAccount (incl. owner change), DeleteAccount
//  - Contacts: CreateContact, UpdateContact, DeleteContact
//  - Partner accounts: EnableAsPartner, DisableAsPartner
//  - Partner users: EnablePartnerUser, SetPartnerUserRole
#include <cctype>
#include <vector>

#include "app/command_areas.h"
#include "app/core_common.h"
#include "app/sharing.h"

namespace prm::app {
namespace {

const char* kPartnerSection = "Partner Relationship Management";
const char* kUsersSection = "Manage Users";

struct AccountFacts {
    bool exists = false;
    std::string name;
    Id ownerId = 0;
    bool partner = false;
};
AccountFacts loadAccount(store::Db& db, Id id) {
    AccountFacts a;
    auto st = db.prepare("SELECT name, owner_id, is_partner FROM accounts WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) return a;
    a.exists = true;
    a.name = st.getText(0);
    a.ownerId = st.getInt(1);
    a.partner = st.getInt(2) != 0;
    return a;
}

CommandResult noAccount(Id id, const char* field = "accountId") {
    return CommandResult::refuse("there is no account with id " + std::to_string(id) + "; pick one from the account list",
                                 field);
}

// An owner for an account or contact: an active internal user.
std::optional<CommandResult> checkOwner(store::Db& db, Id ownerId, const char* field = "ownerId") {
    core::UserFacts u = core::loadUser(db, ownerId);
    if (!u.exists)
        return CommandResult::refuse("there is no user with id " + std::to_string(ownerId) + "; pick the owner from the user list",
                                     field);
    if (!u.active)
        return CommandResult::refuse(u.name + " is inactive and cannot own records; activate the user or pick another owner",
                                     field);
    if (u.partner)
        return CommandResult::refuse(u.name + " is a partner user; accounts and contacts are owned by internal users, "
                                              "usually the channel manager",
                                     field);
    return std::nullopt;
}

// Text fields shared by create and update: (json name, column).
struct TextField {
    const char* arg;
    const char* column;
};
const TextField kAccountFields[] = {{"industry", "industry"}, {"phone", "phone"}, {"website", "website"},
                                    {"city", "city"},         {"country", "country"}};
const TextField kContactFields[] = {{"firstName", "first_name"}, {"lastName", "last_name"}, {"email", "email"},
                                    {"phone", "phone"},           {"title", "title"}};

// ---- Accounts ----------------------------------------------------------------------------------
CommandResult createAccount(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessInternalActor(ctx, "create accounts")) return *r;
    CommandResult err;
    auto name = argString(args, "name", err);
    if (!name) return err;
    if (name->empty()) return CommandResult::refuse("give the account a name, e.g. \"Nordic Partners Oy\"", "name");
    auto ownerId = argId(args, "ownerId", err, false);
    if (!err.message.empty()) return err;
    const Id owner = ownerId.value_or(ctx.actor());
    if (auto r = checkOwner(db, owner)) return *r;
    std::vector<std::string> values;
    for (const auto& f : kAccountFields) {
        auto v = argString(args, f.arg, err, false);
        if (!err.message.empty()) return err;
        values.push_back(v.value_or(""));
    }
    auto st = db.prepare("INSERT INTO accounts(name, owner_id, industry, phone, website, city, country, created_at) "
                         "VALUES (?,?,?,?,?,?,?,?)");
    st.bind(1, *name).bind(2, owner);
    for (std::size_t i = 0; i < values.size(); ++i) st.bind(static_cast<int>(3 + i), values[i]);
    st.bind(8, ctx.now());
    if (!st.run()) return ctx.dbError("creating the account");
    const Id id = db.lastInsertId();
    return CommandResult::success("Created account " + *name, {{"accountId", id}});
}

CommandResult updateAccount(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessInternalActor(ctx, "edit accounts")) return *r;
    CommandResult err;
    auto id = argId(args, "accountId", err);
    if (!id) return err;
    AccountFacts acc = loadAccount(db, *id);
    if (!acc.exists) return noAccount(*id);
    auto name = argString(args, "name", err, false);
    auto ownerId = argId(args, "ownerId", err, false);
    if (!err.message.empty()) return err;
    int changed = 0;
    if (name) {
        if (name->empty()) return CommandResult::refuse("the account name cannot be empty", "name");
        auto st = db.prepare("UPDATE accounts SET name = ? WHERE id = ?");
        if (!st.bind(1, *name).bind(2, *id).run()) return ctx.dbError("renaming the account");
        ++changed;
    }
    for (const auto& f : kAccountFields) {
        auto v = argString(args, f.arg, err, false);
        if (!err.message.empty()) return err;
        if (!v) continue;
        auto st = db.prepare(std::string("UPDATE accounts SET ") + f.column + " = ? WHERE id = ?");
        if (!st.bind(1, *v).bind(2, *id).run()) return ctx.dbError("updating the account");
        ++changed;
    }
    if (ownerId && *ownerId != acc.ownerId) {
        if (auto r = checkOwner(db, *ownerId)) return *r;
        auto topRole = db.prepare("SELECT id FROM roles WHERE partner_account_id = ? ORDER BY partner_level DESC LIMIT 1");
        topRole.bind(1, *id);
        const bool hasPartnerRoles = topRole.step();
        if (hasPartnerRoles) {
            // The partner roles roll up to the owner's role: they move with the account.
            const Id top = topRole.getInt(0);
            core::UserFacts newOwner = core::loadUser(db, *ownerId);
            if (!newOwner.roleId)
                return CommandResult::refuse("the partner roles of " + acc.name + " roll up to its owner's role, but " +
                                                 newOwner.name + " has no role; give " + newOwner.name +
                                                 " a role first, or pick another owner",
                                             "ownerId");
            auto mv = db.prepare("UPDATE roles SET parent_id = ? WHERE id = ?");
            if (!mv.bind(1, *newOwner.roleId).bind(2, top).run()) return ctx.dbError("moving the partner roles");
        }
        auto st = db.prepare("UPDATE accounts SET owner_id = ? WHERE id = ?");
        if (!st.bind(1, *ownerId).bind(2, *id).run()) return ctx.dbError("changing the account owner");
        if (hasPartnerRoles) {
            ctx.audit("Roles", "Moved the partner roles of " + acc.name + " with the account owner",
                      core::userName(db, acc.ownerId), core::userName(db, *ownerId));
            if (auto r = core::rebuildRolesAndShares(ctx, "changing the account owner")) return *r;
        }
        ++changed;
    }
    return CommandResult::success(changed ? "Saved account " + (name ? *name : acc.name) : "No changes",
                                  {{"accountId", *id}, {"changed", changed}});
}

CommandResult deleteAccount(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessInternalActor(ctx, "delete accounts")) return *r;
    CommandResult err;
    auto id = argId(args, "accountId", err);
    if (!id) return err;
    AccountFacts acc = loadAccount(db, *id);
    if (!acc.exists) return noAccount(*id);
    if (acc.partner)
        return CommandResult::refuse(acc.name + " is a partner account and cannot be deleted; disable it as a partner "
                                                "first (Manage External Account → Disable Partner Account)",
                                     "accountId");
    auto users = db.prepare("SELECT count(*) FROM users WHERE account_id = ?");
    users.bind(1, *id);
    if (users.step() && users.getInt(0) > 0)
        return CommandResult::refuse(acc.name + " still has (deactivated) partner users, so it cannot be deleted; "
                                                "keep the account as a record of them",
                                     "accountId");
    auto delContacts = db.prepare("DELETE FROM contacts WHERE account_id = ?");
    if (!delContacts.bind(1, *id).run()) return ctx.dbError("deleting the account's contacts");
    const int contacts = db.changes();
    auto del = db.prepare("DELETE FROM accounts WHERE id = ?");
    if (!del.bind(1, *id).run()) return ctx.dbError("deleting the account");
    return CommandResult::success("Deleted account " + acc.name + " and its " + std::to_string(contacts) + " contact(s)",
                                  {{"accountId", *id}, {"deletedContacts", contacts}});
}

// ---- Contacts ----------------------------------------------------------------------------------
CommandResult createContact(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessInternalActor(ctx, "create contacts")) return *r;
    CommandResult err;
    auto accountId = argId(args, "accountId", err, false);
    auto ownerId = argId(args, "ownerId", err, false);
    if (!err.message.empty()) return err;
    if (accountId && !loadAccount(db, *accountId).exists) return noAccount(*accountId);
    const Id owner = ownerId.value_or(ctx.actor());
    if (auto r = checkOwner(db, owner)) return *r;
    std::vector<std::string> values;
    for (const auto& f : kContactFields) {
        auto v = argString(args, f.arg, err, std::string(f.arg) == "lastName");
        if (!err.message.empty()) return err;
        values.push_back(v.value_or(""));
    }
    if (values[1].empty()) return CommandResult::refuse("the contact needs a last name", "lastName");
    if (!values[2].empty() && !core::isValidEmail(values[2]))
        return CommandResult::refuse("'" + values[2] + "' is not an e-mail address; correct it or leave it empty", "email");
    auto st = db.prepare("INSERT INTO contacts(account_id, first_name, last_name, email, phone, title, owner_id, created_at) "
                         "VALUES (?,?,?,?,?,?,?,?)");
    st.bindOptional(1, accountId);
    for (std::size_t i = 0; i < values.size(); ++i) st.bind(static_cast<int>(2 + i), values[i]);
    st.bind(7, owner).bind(8, ctx.now());
    if (!st.run()) return ctx.dbError("creating the contact");
    const Id id = db.lastInsertId();
    const std::string full = values[0].empty() ? values[1] : values[0] + " " + values[1];
    return CommandResult::success("Created contact " + full, {{"contactId", id}});
}

CommandResult updateContact(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessInternalActor(ctx, "edit contacts")) return *r;
    CommandResult err;
    auto id = argId(args, "contactId", err);
    if (!id) return err;
    auto c = db.prepare("SELECT c.account_id, (SELECT u.id FROM users u WHERE u.contact_id = c.id) FROM contacts c "
                        "WHERE c.id = ?");
    c.bind(1, *id);
    if (!c.step())
        return CommandResult::refuse("there is no contact with id " + std::to_string(*id) + "; pick one from the list",
                                     "contactId");
    const auto oldAccount = c.getOptionalInt(0);
    const auto partnerUser = c.getOptionalInt(1);
    int changed = 0;
    if (args.contains("accountId")) {
        auto accountId = argId(args, "accountId", err, false);
        if (!err.message.empty()) return err;
        if (accountId != oldAccount) {
            if (partnerUser)
                return CommandResult::refuse("this contact is a partner user of its account, so it cannot move to "
                                             "another account; create a new contact there instead",
                                             "accountId");
            if (accountId && !loadAccount(db, *accountId).exists) return noAccount(*accountId);
            auto st = db.prepare("UPDATE contacts SET account_id = ? WHERE id = ?");
            if (!st.bindOptional(1, accountId).bind(2, *id).run()) return ctx.dbError("moving the contact");
            ++changed;
        }
    }
    if (auto ownerId = argId(args, "ownerId", err, false)) {
        if (auto r = checkOwner(db, *ownerId)) return *r;
        auto st = db.prepare("UPDATE contacts SET owner_id = ? WHERE id = ?");
        if (!st.bind(1, *ownerId).bind(2, *id).run()) return ctx.dbError("changing the contact owner");
        ++changed;
    }
    if (!err.message.empty()) return err;
    for (const auto& f : kContactFields) {
        auto v = argString(args, f.arg, err, false);
        if (!err.message.empty()) return err;
        if (!v) continue;
        if (std::string(f.arg) == "lastName" && v->empty())
            return CommandResult::refuse("the contact needs a last name", "lastName");
        if (std::string(f.arg) == "email" && !v->empty() && !core::isValidEmail(*v))
            return CommandResult::refuse("'" + *v + "' is not an e-mail address; correct it or leave it empty", "email");
        auto st = db.prepare(std::string("UPDATE contacts SET ") + f.column + " = ? WHERE id = ?");
        if (!st.bind(1, *v).bind(2, *id).run()) return ctx.dbError("updating the contact");
        ++changed;
    }
    return CommandResult::success(changed ? "Saved the contact" : "No changes", {{"contactId", *id}, {"changed", changed}});
}

CommandResult deleteContact(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessInternalActor(ctx, "delete contacts")) return *r;
    CommandResult err;
    auto id = argId(args, "contactId", err);
    if (!id) return err;
    auto u = db.prepare("SELECT id FROM users WHERE contact_id = ?");
    u.bind(1, *id);
    if (u.step())
        return CommandResult::refuse("this contact is the partner user " + core::userName(db, u.getInt(0)) +
                                         " and cannot be deleted; deactivate the user instead",
                                     "contactId");
    auto del = db.prepare("DELETE FROM contacts WHERE id = ?");
    if (!del.bind(1, *id).run()) return ctx.dbError("deleting the contact");
    if (db.changes() == 0)
        return CommandResult::refuse("there is no contact with id " + std::to_string(*id), "contactId");
    return CommandResult::success("Deleted the contact", {{"contactId", *id}});
}

// ---- Partner accounts --------------------------------------------------------------------------
CommandResult enableAsPartner(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto id = argId(args, "accountId", err);
    if (!id) return err;
    if (!core::loadOrg(db).prmEnabled)
        return CommandResult::refuse("accounts can be enabled as partners only when Partner Relationship Management is "
                                     "on; enable Partner Relationship Management first: Setup → Customize → Partners → "
                                     "Settings");
    AccountFacts acc = loadAccount(db, *id);
    if (!acc.exists) return noAccount(*id);
    if (acc.partner) return CommandResult::refuse(acc.name + " is already a partner account", "accountId");
    auto st = db.prepare("UPDATE accounts SET is_partner = 1, partner_enabled_at = ? WHERE id = ?");
    if (!st.bind(1, ctx.now()).bind(2, *id).run()) return ctx.dbError("enabling the account as a partner");
    ctx.audit(kPartnerSection, "Enabled account " + acc.name + " as a partner", "off", "on");
    return CommandResult::success(acc.name + " is a partner account. Next: add its people as contacts and enable them "
                                             "as partner users",
                                  {{"accountId", *id}});
}

CommandResult disableAsPartner(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto id = argId(args, "accountId", err);
    if (!id) return err;
    AccountFacts acc = loadAccount(db, *id);
    if (!acc.exists) return noAccount(*id);
    if (!acc.partner) return CommandResult::refuse(acc.name + " is not a partner account", "accountId");
    // Users: deactivated and taken out of the partner roles, which are then deleted with every reference to them.
    auto users = db.prepare("SELECT id FROM users WHERE account_id = ? AND is_active = 1");
    users.bind(1, *id);
    std::vector<Id> deactivated;
    while (users.step()) deactivated.push_back(users.getInt(0));
    const std::string roles = "(SELECT id FROM roles WHERE partner_account_id = " + std::to_string(*id) + ")";
    std::string sql =
        "UPDATE users SET is_active = 0 WHERE account_id = " + std::to_string(*id) + ";"
        "UPDATE users SET role_id = NULL WHERE role_id IN " + roles + ";"
        "DELETE FROM queue_members WHERE role_id IN " + roles + ";"
        "DELETE FROM public_group_members WHERE role_id IN " + roles + ";"
        "DELETE FROM sharing_rules WHERE source_role_id IN " + roles + " OR target_role_id IN " + roles + ";"
        "UPDATE folders SET role_id = NULL, role_scope = NULL WHERE role_id IN " + roles + ";"
        "UPDATE roles SET parent_id = NULL WHERE partner_account_id = " + std::to_string(*id) + ";"
        "DELETE FROM roles WHERE partner_account_id = " + std::to_string(*id) + ";"
        "UPDATE accounts SET is_partner = 0, partner_enabled_at = NULL WHERE id = " + std::to_string(*id) + ";";
    if (auto st = db.exec(sql); !st) return ctx.dbError("disabling the partner account");
    for (Id u : deactivated) ctx.audit(kUsersSection, "Deactivated partner user " + core::userName(db, u), "active", "inactive");
    ctx.audit(kPartnerSection, "Disabled partner account " + acc.name + " (its partner roles were deleted)", "on", "off");
    if (auto r = core::rebuildRolesAndShares(ctx, "disabling the partner account")) return *r;
    return CommandResult::success(acc.name + " is no longer a partner account; " + std::to_string(deactivated.size()) +
                                      " partner user(s) were deactivated",
                                  {{"accountId", *id}, {"deactivatedUserIds", deactivated}});
}

// ---- Partner users -----------------------------------------------------------------------------
CommandResult enablePartnerUser(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto contactId = argId(args, "contactId", err);
    if (!contactId) return err;
    auto c = db.prepare("SELECT c.first_name, c.last_name, c.email, c.account_id FROM contacts c WHERE c.id = ?");
    c.bind(1, *contactId);
    if (!c.step())
        return CommandResult::refuse("there is no contact with id " + std::to_string(*contactId), "contactId");
    core::NewUser u;
    u.firstName = c.getText(0);
    u.lastName = c.getText(1);
    const std::string contactEmail = c.getText(2);
    const auto accountId = c.getOptionalInt(3);
    const std::string fullName = u.firstName.empty() ? u.lastName : u.firstName + " " + u.lastName;
    if (!accountId)
        return CommandResult::refuse(fullName + " has no account; partner users belong to a partner account, so add the "
                                                "contact to one first",
                                     "contactId");
    AccountFacts acc = loadAccount(db, *accountId);
    if (!acc.partner)
        return CommandResult::refuse(fullName + " cannot be enabled as a partner user: " + acc.name +
                                         " is not a partner account; on the account choose Manage External Account → "
                                         "Enable as Partner first",
                                     "contactId");
    auto existing = db.prepare("SELECT id FROM users WHERE contact_id = ?");
    existing.bind(1, *contactId);
    if (existing.step())
        return CommandResult::refuse(fullName + " is already a partner user; to let them log in again, activate the user",
                                     "contactId");

    // The "New User" page: details default from the contact, overrides accepted.
    auto email = argString(args, "email", err, false);
    auto username = argString(args, "username", err, false);
    auto nickname = argString(args, "nickname", err, false);
    auto alias = argString(args, "alias", err, false);
    auto profileId = argId(args, "profileId", err, false);
    if (!err.message.empty()) return err;
    u.email = email.value_or(contactEmail);
    if (u.email.empty())
        return CommandResult::refuse(fullName + " has no e-mail address; the login details are sent by e-mail, so give one",
                                     "email");
    u.username = username.value_or(u.email);
    u.nickname = nickname.value_or("");
    u.alias = alias.value_or("");
    if (profileId) {
        auto p = db.prepare("SELECT user_type, name FROM profiles WHERE id = ?");
        p.bind(1, *profileId);
        if (!p.step()) return CommandResult::refuse("there is no profile with id " + std::to_string(*profileId), "profileId");
        if (p.getText(0) != "Partner")
            return CommandResult::refuse(p.getText(1) + " is a profile for internal users; partner users need a partner "
                                                        "profile such as Partner Community User",
                                         "profileId");
        u.profileId = *profileId;
    } else {
        auto def = db.queryInt("SELECT id FROM profiles WHERE name = 'Partner Community User'");
        if (!def) return CommandResult::refuse("the org has no \"Partner Community User\" profile; choose a partner profile",
                                               "profileId");
        u.profileId = *def;
    }
    std::vector<Id> roles;
    if (auto r = core::ensurePartnerRoles(ctx, *accountId, roles)) return *r;
    u.roleId = roles.front();
    u.contactId = *contactId;
    u.accountId = *accountId;

    // Name the community the user can reach, if one is published with their profile.
    auto comm = db.prepare("SELECT c.name FROM communities c JOIN community_profiles cp ON cp.community_id = c.id "
                           "WHERE cp.profile_id = ? AND c.status = 'Published' ORDER BY c.id LIMIT 1");
    comm.bind(1, u.profileId);
    const std::string hint = comm.step()
        ? "You are now a partner user of " + acc.name + " and can log in to the " + comm.getText(0) + " community."
        : "You are now a partner user of " + acc.name + ". You can log in once your channel manager opens the partner "
          "community to you.";
    Id userId = 0;
    if (auto r = core::createUserWithWelcome(ctx, u, hint, userId))
        return *r;
    ctx.audit(kUsersSection, "Enabled contact " + fullName + " of " + acc.name + " as a partner user", "",
              u.username + " (" + core::roleName(db, roles.front()) + ")");
    if (auto r = core::rebuildRolesAndShares(ctx, "enabling the partner user")) return *r;
    return CommandResult::success(fullName + " is a partner user; the login details were e-mailed to " + u.email,
                                  {{"userId", userId}, {"roleId", roles.front()}, {"partnerRoleIds", roles}});
}

CommandResult setPartnerUserRole(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto userId = argId(args, "userId", err);
    if (!userId) return err;
    auto level = core::argInt(args, "level", err);
    if (!err.message.empty()) return err;
    if (!level) return CommandResult::refuse("'level' is required: 1 Partner User, 2 Partner Manager, 3 Partner Executive",
                                             "level");
    core::UserFacts u = core::loadUser(db, *userId);
    if (!u.exists) return CommandResult::refuse("there is no user with id " + std::to_string(*userId), "userId");
    if (!u.partner || !u.accountId)
        return CommandResult::refuse(u.name + " is an internal user; change internal users' roles with UpdateUser", "userId");
    if (!u.active)
        return CommandResult::refuse(u.name + " is inactive; activate the user before changing the role", "userId");
    auto role = db.prepare("SELECT id, name FROM roles WHERE partner_account_id = ? AND partner_level = ?");
    role.bind(1, *u.accountId).bind(2, *level);
    if (!role.step()) {
        const auto count = db.queryInt("SELECT count(*) FROM roles WHERE partner_account_id = " +
                                       std::to_string(*u.accountId)).value_or(0);
        return CommandResult::refuse("the account of " + u.name + " has " + std::to_string(count) +
                                         " partner role(s), so level " + std::to_string(*level) +
                                         " does not exist; choose a level from 1 to " + std::to_string(count),
                                     "level");
    }
    const Id roleId = role.getInt(0);
    const std::string newRole = role.getText(1);
    if (u.roleId && *u.roleId == roleId) return CommandResult::success(u.name + " already has that role", {{"roleId", roleId}});
    auto st = db.prepare("UPDATE users SET role_id = ? WHERE id = ?");
    if (!st.bind(1, roleId).bind(2, *userId).run()) return ctx.dbError("changing the role");
    ctx.audit(kUsersSection, "Changed role of partner user " + u.name, u.roleId ? core::roleName(db, *u.roleId) : "",
              newRole);
    if (auto r = core::rebuildRolesAndShares(ctx, "changing the partner user's role", false)) return *r;
    return CommandResult::success(u.name + " is now " + newRole, {{"userId", *userId}, {"roleId", roleId}});
}

}  // namespace

void registerAccountCommands(CommandRegistry& r) {
    r.add({"CreateAccount", false, true, createAccount});
    r.add({"UpdateAccount", false, true, updateAccount});
    r.add({"DeleteAccount", false, true, deleteAccount});
    r.add({"CreateContact", false, true, createContact});
    r.add({"UpdateContact", false, true, updateContact});
    r.add({"DeleteContact", false, true, deleteContact});
    // Partner accounts and users change roles and users: setup changes, for administrators.
    r.add({"EnableAsPartner", true, true, enableAsPartner});
    r.add({"DisableAsPartner", true, true, disableAsPartner});
    r.add({"EnablePartnerUser", true, true, enablePartnerUser});
    r.add({"SetPartnerUserRole", true, true, setPartnerUserRole});
}

}  // namespace prm::app
