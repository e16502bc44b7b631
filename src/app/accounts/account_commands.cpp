// [SECTION] index
//  - Accounts: CreateAccount, UpdateAccount (incl. owner change), DeleteAccount
//  - Contacts: CreateContact, UpdateContact, DeleteContact
//  - Partner accounts: EnableAsPartner, DisableAsPartner
//  - Partner users: EnablePartnerUser, SetPartnerUserRole
#include <utility>
#include <vector>

#include "app/accounts/account_commands.h"
#include "app/accounts/partner_access.h"
#include "app/command_areas.h"
#include "app/core_common.h"
#include "app/refusals.h"
#include "app/sharing.h"
#include "app/users/delegated_admin.h"

namespace prm::app::accounts {
namespace {

const char* kPartnerSection = "Partner Relationship Management";
using core::kUsersSection;

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
    return refuseMissing(RecordKind::Account, id, field);
}

CommandResult noContact(Id id) {
    return refuseMissing(RecordKind::Contact, id, "contactId");
}

// An owner for an account or contact: an active internal user.
std::optional<CommandResult> checkOwner(store::Db& db, Id ownerId, const char* field = "ownerId") {
    User u = loadUser(db, ownerId);
    if (!u.exists)
        return refuseMissing(RecordKind::User, ownerId, field);
    if (!u.active)
        return CommandResult::refuse(T_f("{0} is inactive and cannot own records; activate the user or pick another owner", {u.name}),
                                     field);
    if (u.partner)
        return CommandResult::refuse(T_f("{0} is a partner user; accounts and contacts are owned by internal users, "
                                         "usually the channel manager",
                                         {u.name}),
                                     field);
    return std::nullopt;
}

// The text fields an account and a contact command share with their create and update forms: (column, value).
using TextFields = std::vector<std::pair<const char*, const std::optional<std::string>*>>;
template <class C>
TextFields accountTexts(const C& c) {
    return {{"industry", &c.industry}, {"phone", &c.phone}, {"website", &c.website}, {"city", &c.city}, {"country", &c.country}};
}
template <class C>
TextFields contactTexts(const C& c) {
    return {{"first_name", &c.firstName}, {"email", &c.email}, {"phone", &c.phone}, {"title", &c.title}};
}

CommandResult refuseEmail(const std::string& email) {
    return CommandResult::refuse(T_f("'{0}' is not an e-mail address; correct it or leave it empty", {email}), "email");
}

// An account or contact that opportunities or converted leads point at stays: they are its history.
// `oppCol` / `leadCol` are column names of this file, never user text.
std::optional<CommandResult> refuseIfSalesRecordsUse(store::Db& db, const std::string& name, const char* oppCol,
                                                     const char* leadCol, Id id, const char* field) {
    const auto opps = db.queryInt(std::string("SELECT count(*) FROM opportunities WHERE ") + oppCol + " = ?", id).value_or(0);
    if (opps > 0)
        return CommandResult::refuse(TN_f(TN_("{0} has {1} opportunity, so it cannot be deleted; delete the opportunity first",
                                              "{0} has {1} opportunities, so it cannot be deleted; delete the opportunities first"),
                                          opps, {name, std::to_string(opps)}),
                                     field);
    const auto leads = db.queryInt(std::string("SELECT count(*) FROM leads WHERE ") + leadCol + " = ?", id).value_or(0);
    if (leads > 0)
        return CommandResult::refuse(TN_f(TN_("{0} was made from {1} converted lead, so it cannot be deleted; keep it as the "
                                              "lead's record",
                                              "{0} was made from {1} converted leads, so it cannot be deleted; keep it as the "
                                              "leads' record"),
                                          leads, {name, std::to_string(leads)}),
                                     field);
    return std::nullopt;
}

// ---- Accounts ----------------------------------------------------------------------------------
CommandResult createAccount(CommandContext& ctx, const CreateAccount& cmd) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessInternalActor(ctx, say(T_("create accounts")))) return *r;
    if (cmd.name.empty()) return CommandResult::refuse(T_f("give the account a name, e.g. \"Nordic Partners Oy\""), "name");
    const Id owner = cmd.ownerId.value_or(ctx.actor());
    if (auto r = checkOwner(db, owner)) return *r;
    auto st = db.prepare("INSERT INTO accounts(name, owner_id, industry, phone, website, city, country, created_at) "
                         "VALUES (?,?,?,?,?,?,?,?)");
    st.bind(1, cmd.name).bind(2, owner);
    int i = 3;
    for (const auto& text : accountTexts(cmd)) st.bind(i++, text.second->value_or(""));
    st.bind(8, ctx.now());
    if (!st.run()) return ctx.dbError(T_f("creating the account"));
    const Id id = db.lastInsertId();
    return CommandResult::success(T_f("Created account {0}", {cmd.name}), {{"accountId", id}});
}

CommandResult updateAccount(CommandContext& ctx, const UpdateAccount& cmd) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessInternalActor(ctx, say(T_("edit accounts")))) return *r;
    const Id id = cmd.accountId;
    AccountFacts acc = loadAccount(db, id);
    if (!acc.exists) return noAccount(id);
    int changed = 0;
    if (cmd.name) {
        if (cmd.name->empty()) return CommandResult::refuse(T_f("the account name cannot be empty"), "name");
        auto st = db.prepare("UPDATE accounts SET name = ? WHERE id = ?");
        if (!st.bindAll(*cmd.name, id).run()) return ctx.dbError(T_f("renaming the account"));
        ++changed;
    }
    for (const auto& [column, value] : accountTexts(cmd)) {
        if (!*value) continue;
        // The column comes from the fixed list above, never from the command.
        auto st = db.prepare(std::string("UPDATE accounts SET ") + column + " = ? WHERE id = ?");
        if (!st.bindAll(**value, id).run()) return ctx.dbError(T_f("updating the account"));
        ++changed;
    }
    if (cmd.ownerId && *cmd.ownerId != acc.ownerId) {
        const Id ownerId = *cmd.ownerId;
        if (auto r = checkOwner(db, ownerId)) return *r;
        auto topRole = db.prepare("SELECT id FROM roles WHERE partner_account_id = ? ORDER BY partner_level DESC LIMIT 1");
        topRole.bind(1, id);
        const bool hasPartnerRoles = topRole.step();
        if (hasPartnerRoles) {
            // The partner roles roll up to the owner's role: they move with the account.
            const Id top = topRole.getInt(0);
            User newOwner = loadUser(db, ownerId);
            if (!newOwner.roleId)
                return CommandResult::refuse(T_f("the partner roles of {0} roll up to its owner's role, but {1} has no role; "
                                                 "give {1} a role first, or pick another owner",
                                                 {acc.name, newOwner.name}),
                                             "ownerId");
            auto mv = db.prepare("UPDATE roles SET parent_id = ? WHERE id = ?");
            if (!mv.bindAll(*newOwner.roleId, top).run()) return ctx.dbError(T_f("moving the partner roles"));
        }
        auto st = db.prepare("UPDATE accounts SET owner_id = ? WHERE id = ?");
        if (!st.bindAll(ownerId, id).run()) return ctx.dbError(T_f("changing the account owner"));
        if (hasPartnerRoles) {
            ctx.audit("Roles", "Moved the partner roles of " + acc.name + " with the account owner",
                      userName(db, acc.ownerId), userName(db, ownerId));
            if (auto r = core::rebuildRolesAndShares(ctx, "changing the account owner")) return *r;
        }
        ++changed;
    }
    return CommandResult::success(changed ? T_f("Saved account {0}", {cmd.name.value_or(acc.name)}) : T_f("No changes"),
                                  {{"accountId", id}, {"changed", changed}});
}

CommandResult deleteAccount(CommandContext& ctx, const AccountRef& cmd) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessInternalActor(ctx, say(T_("delete accounts")))) return *r;
    const Id id = cmd.accountId;
    AccountFacts acc = loadAccount(db, id);
    if (!acc.exists) return noAccount(id);
    if (acc.partner)
        return CommandResult::refuse(T_f("{0} is a partner account and cannot be deleted; disable it as a partner first "
                                         "(Manage External Account → Disable Partner Account)",
                                         {acc.name}),
                                     "accountId");
    if (db.queryInt("SELECT count(*) FROM users WHERE account_id = ?", id).value_or(0) > 0)
        return CommandResult::refuse(T_f("{0} still has (deactivated) partner users, so it cannot be deleted; keep the "
                                         "account as a record of them",
                                         {acc.name}),
                                     "accountId");
    if (auto r = refuseIfSalesRecordsUse(db, acc.name, "account_id", "converted_account_id", id, "accountId")) return *r;
    if (db.queryInt("SELECT count(*) FROM opportunities o JOIN contacts c ON c.id = o.contact_id WHERE c.account_id = ?", id)
            .value_or(0) > 0 ||
        db.queryInt("SELECT count(*) FROM leads l JOIN contacts c ON c.id = l.converted_contact_id WHERE c.account_id = ?", id)
            .value_or(0) > 0)
        return CommandResult::refuse(T_f("a contact of {0} is the contact of an opportunity or of a converted lead, so the "
                                         "account cannot be deleted; keep it as their record",
                                         {acc.name}),
                                     "accountId");
    auto delActs = db.prepare("DELETE FROM activities WHERE (regarding_type = 'Account' AND regarding_id = ?1) OR "
                              "(regarding_type = 'Contact' AND regarding_id IN (SELECT id FROM contacts WHERE account_id = ?1))");
    if (!delActs.bind(1, id).run()) return ctx.dbError(T_f("deleting the account's activities"));
    auto delContacts = db.prepare("DELETE FROM contacts WHERE account_id = ?");
    if (!delContacts.bind(1, id).run()) return ctx.dbError(T_f("deleting the account's contacts"));
    const int contacts = db.changes();
    auto del = db.prepare("DELETE FROM accounts WHERE id = ?");
    if (!del.bind(1, id).run()) return ctx.dbError(T_f("deleting the account"));
    return CommandResult::success(TN_f(TN_("Deleted account {0} and its {1} contact", "Deleted account {0} and its {1} contacts"),
                                       contacts, {acc.name, std::to_string(contacts)}),
                                  {{"accountId", id}, {"deletedContacts", contacts}});
}

// ---- Contacts ----------------------------------------------------------------------------------
CommandResult createContact(CommandContext& ctx, const CreateContact& cmd) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessInternalActor(ctx, say(T_("create contacts")))) return *r;
    if (cmd.accountId && !loadAccount(db, *cmd.accountId).exists) return noAccount(*cmd.accountId);
    const Id owner = cmd.ownerId.value_or(ctx.actor());
    if (auto r = checkOwner(db, owner)) return *r;
    const std::string firstName = cmd.firstName.value_or("");
    const std::string email = cmd.email.value_or("");
    if (cmd.lastName.empty()) return CommandResult::refuse(T_f("the contact needs a last name"), "lastName");
    if (!email.empty() && !isValidEmail(email)) return refuseEmail(email);
    auto st = db.prepare("INSERT INTO contacts(account_id, first_name, last_name, email, phone, title, owner_id, created_at) "
                         "VALUES (?,?,?,?,?,?,?,?)");
    st.bindAll(cmd.accountId, firstName, cmd.lastName, email, cmd.phone.value_or(""), cmd.title.value_or(""), owner,
               ctx.now());
    if (!st.run()) return ctx.dbError(T_f("creating the contact"));
    const Id id = db.lastInsertId();
    const std::string full = firstName.empty() ? cmd.lastName : firstName + " " + cmd.lastName;
    return CommandResult::success(T_f("Created contact {0}", {full}), {{"contactId", id}});
}

CommandResult updateContact(CommandContext& ctx, const UpdateContact& cmd) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessInternalActor(ctx, say(T_("edit contacts")))) return *r;
    const Id id = cmd.contactId;
    auto c = db.prepare("SELECT c.account_id, (SELECT u.id FROM users u WHERE u.contact_id = c.id) FROM contacts c "
                        "WHERE c.id = ?");
    c.bind(1, id);
    if (!c.step()) return noContact(id);
    const auto oldAccount = c.getOptionalInt(0);
    const auto partnerUser = c.getOptionalInt(1);
    int changed = 0;
    if (cmd.accountId.present) {
        const std::optional<Id> accountId =
            cmd.accountId.hasValue() ? std::optional<Id>(cmd.accountId.value) : std::nullopt;
        if (accountId != oldAccount) {
            if (partnerUser)
                return CommandResult::refuse(T_f("this contact is a partner user of its account, so it cannot move to "
                                             "another account; create a new contact there instead"),
                                             "accountId");
            if (accountId && !loadAccount(db, *accountId).exists) return noAccount(*accountId);
            auto st = db.prepare("UPDATE contacts SET account_id = ? WHERE id = ?");
            if (!st.bindAll(accountId, id).run()) return ctx.dbError(T_f("moving the contact"));
            ++changed;
        }
    }
    if (cmd.ownerId) {
        if (auto r = checkOwner(db, *cmd.ownerId)) return *r;
        auto st = db.prepare("UPDATE contacts SET owner_id = ? WHERE id = ?");
        if (!st.bindAll(*cmd.ownerId, id).run()) return ctx.dbError(T_f("changing the contact owner"));
        ++changed;
    }
    if (cmd.lastName && cmd.lastName->empty()) return CommandResult::refuse(T_f("the contact needs a last name"), "lastName");
    if (cmd.email && !cmd.email->empty() && !isValidEmail(*cmd.email)) return refuseEmail(*cmd.email);
    TextFields texts = contactTexts(cmd);
    texts.emplace_back("last_name", &cmd.lastName);
    for (const auto& [column, value] : texts) {
        if (!*value) continue;
        // The column comes from the fixed list above, never from the command.
        auto st = db.prepare(std::string("UPDATE contacts SET ") + column + " = ? WHERE id = ?");
        if (!st.bindAll(**value, id).run()) return ctx.dbError(T_f("updating the contact"));
        ++changed;
    }
    return CommandResult::success(changed ? "Saved the contact" : "No changes", {{"contactId", id}, {"changed", changed}});
}

CommandResult deleteContact(CommandContext& ctx, const DeleteContact& cmd) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessInternalActor(ctx, say(T_("delete contacts")))) return *r;
    const Id id = cmd.contactId;
    if (auto user = db.queryInt("SELECT id FROM users WHERE contact_id = ?", id))
        return CommandResult::refuse(T_f("this contact is the partner user {0} and cannot be deleted; deactivate the user "
                                         "instead",
                                         {userName(db, *user)}),
                                     "contactId");
    if (auto name = db.queryText("SELECT trim(first_name || ' ' || last_name) FROM contacts WHERE id = ?", id))
        if (auto r = refuseIfSalesRecordsUse(db, *name, "contact_id", "converted_contact_id", id, "contactId")) return *r;
    auto delActs = db.prepare("DELETE FROM activities WHERE regarding_type = 'Contact' AND regarding_id = ?");
    if (!delActs.bind(1, id).run()) return ctx.dbError(T_f("deleting the contact's activities"));
    auto del = db.prepare("DELETE FROM contacts WHERE id = ?");
    if (!del.bind(1, id).run()) return ctx.dbError(T_f("deleting the contact"));
    if (db.changes() == 0) return noContact(id);
    return CommandResult::success(T_f("Deleted the contact"), {{"contactId", id}});
}

// ---- Partner accounts --------------------------------------------------------------------------
CommandResult enableAsPartner(CommandContext& ctx, const AccountRef& cmd) {
    auto& db = ctx.db();
    const Id id = cmd.accountId;
    if (!core::loadOrg(db).prmEnabled)
        return CommandResult::refuse(T_f("accounts can be enabled as partners only when Partner Relationship Management is "
                                     "on; enable Partner Relationship Management first: Setup → Customize → Partners → "
                                     "Settings"));
    AccountFacts acc = loadAccount(db, id);
    if (!acc.exists) return noAccount(id);
    if (acc.partner) return CommandResult::refuse(T_f("{0} is already a partner account", {acc.name}), "accountId");
    auto st = db.prepare("UPDATE accounts SET is_partner = 1, partner_enabled_at = ? WHERE id = ?");
    if (!st.bindAll(ctx.now(), id).run()) return ctx.dbError(T_f("enabling the account as a partner"));
    ctx.audit(kPartnerSection, "Enabled account " + acc.name + " as a partner", "off", "on");
    return CommandResult::success(T_f("{0} is a partner account. Next: add its people as contacts and enable them as "
                                      "partner users",
                                      {acc.name}),
                                  {{"accountId", id}});
}

CommandResult disableAsPartner(CommandContext& ctx, const AccountRef& cmd) {
    auto& db = ctx.db();
    const Id id = cmd.accountId;
    AccountFacts acc = loadAccount(db, id);
    if (!acc.exists) return noAccount(id);
    if (!acc.partner) return CommandResult::refuse(T_f("{0} is not a partner account", {acc.name}), "accountId");
    // Users: deactivated and taken out of the partner roles, which are then deleted with every reference to them.
    auto users = db.prepare("SELECT id FROM users WHERE account_id = ? AND is_active = 1");
    users.bind(1, id);
    std::vector<Id> deactivated;
    while (users.step()) deactivated.push_back(users.getInt(0));
    // Each statement takes the account id as ?1.
    const std::string roles = "(SELECT id FROM roles WHERE partner_account_id = ?1)";
    const std::string steps[] = {
        // Permanently: off their contacts, no super user or delegated administration, out of queues, groups and
        // manual shares, and the account out of every channel program.
        "DELETE FROM queue_members WHERE user_id IN (SELECT id FROM users WHERE account_id = ?1)",
        "DELETE FROM public_group_members WHERE user_id IN (SELECT id FROM users WHERE account_id = ?1)",
        "DELETE FROM lead_manual_shares WHERE user_id IN (SELECT id FROM users WHERE account_id = ?1)",
        "DELETE FROM channel_program_members WHERE account_id = ?1",
        "UPDATE users SET is_active = 0, contact_id = NULL, is_super_user = 0, is_delegated_admin = 0 WHERE account_id = ?1",
        "UPDATE users SET role_id = NULL WHERE role_id IN " + roles,
        "DELETE FROM queue_members WHERE role_id IN " + roles,
        "DELETE FROM public_group_members WHERE role_id IN " + roles,
        "DELETE FROM sharing_rules WHERE source_role_id IN " + roles + " OR target_role_id IN " + roles,
        "UPDATE folders SET role_id = NULL, role_scope = NULL WHERE role_id IN " + roles,
        "UPDATE roles SET parent_id = NULL WHERE partner_account_id = ?1",
        "DELETE FROM roles WHERE partner_account_id = ?1",
        "UPDATE accounts SET is_partner = 0, partner_enabled_at = NULL WHERE id = ?1",
    };
    for (const auto& sql : steps) {
        auto st = db.prepare(sql);
        if (!st.bind(1, id).run()) return ctx.dbError(T_f("disabling the partner account"));
    }
    for (Id u : deactivated) ctx.audit(kUsersSection, "Deactivated partner user " + userName(db, u), "active", "inactive");
    ctx.audit(kPartnerSection, "Disabled partner account " + acc.name + " (its partner roles were deleted)", "on", "off");
    if (auto r = core::rebuildRolesAndShares(ctx, "disabling the partner account")) return *r;
    const auto n = static_cast<std::int64_t>(deactivated.size());
    return CommandResult::success(TN_f(TN_("{0} is no longer a partner account; {1} partner user was deactivated",
                                           "{0} is no longer a partner account; {1} partner users were deactivated"),
                                       n, {acc.name, std::to_string(n)}),
                                  {{"accountId", id}, {"deactivatedUserIds", deactivated}});
}

// ---- Partner users -----------------------------------------------------------------------------
CommandResult enablePartnerUser(CommandContext& ctx, const EnablePartnerUser& cmd) {
    auto& db = ctx.db();
    const Id contactId = cmd.contactId;
    auto c = db.prepare("SELECT c.first_name, c.last_name, c.email, c.account_id FROM contacts c WHERE c.id = ?");
    c.bind(1, contactId);
    const bool found = c.step();
    // A delegated admin: only contacts of their own account (users/delegated_admin.h); no profile choice.
    if (auto r = users::refuseUnlessMayManageAccount(ctx, found ? c.getOptionalInt(3) : std::nullopt, "contactId")) return *r;
    if (cmd.profileId)
        if (auto r = users::refuseForDelegated(ctx, T_f("only an administrator can choose a partner user's profile"), "profileId"))
            return *r;
    if (!found) return noContact(contactId);
    core::NewUser u;
    u.firstName = c.getText(0);
    u.lastName = c.getText(1);
    const std::string contactEmail = c.getText(2);
    const auto accountId = c.getOptionalInt(3);
    const std::string fullName = u.firstName.empty() ? u.lastName : u.firstName + " " + u.lastName;
    if (!accountId)
        return CommandResult::refuse(T_f("{0} has no account; partner users belong to a partner account, so add the "
                                         "contact to one first",
                                         {fullName}),
                                     "contactId");
    AccountFacts acc = loadAccount(db, *accountId);
    if (!acc.partner)
        return CommandResult::refuse(T_f("{0} cannot be enabled as a partner user: {1} is not a partner account; on the "
                                         "account choose Manage External Account → Enable as Partner first",
                                         {fullName, acc.name}),
                                     "contactId");
    if (db.queryInt("SELECT id FROM users WHERE contact_id = ?", contactId))
        return CommandResult::refuse(T_f("{0} is already a partner user; to let them log in again, activate the user", {fullName}),
                                     "contactId");

    // The "New User" page: details default from the contact, overrides accepted.
    u.email = cmd.email.value_or(contactEmail);
    if (u.email.empty())
        return CommandResult::refuse(T_f("{0} has no e-mail address; the login details are sent by e-mail, so give one", {fullName}),
                                     "email");
    u.username = cmd.username.value_or(u.email);
    u.nickname = cmd.nickname.value_or("");
    u.alias = cmd.alias.value_or("");
    if (cmd.profileId) {
        auto p = db.prepare("SELECT user_type, name FROM profiles WHERE id = ?");
        p.bind(1, *cmd.profileId);
        if (!p.step())
            return CommandResult::refuse(missingText(RecordKind::Profile, *cmd.profileId) +
                                             ", or leave it out for Partner Community User",
                                         "profileId");
        if (p.getText(0) != "Partner")
            return CommandResult::refuse(T_f("{0} is a profile for internal users; partner users need a partner profile "
                                             "such as Partner Community User",
                                             {p.getText(1)}),
                                         "profileId");
        u.profileId = *cmd.profileId;
    } else {
        auto def = db.queryInt("SELECT id FROM profiles WHERE name = 'Partner Community User'");
        if (!def) return CommandResult::refuse(T_f("the org has no \"Partner Community User\" profile; choose a partner profile"),
                                               "profileId");
        u.profileId = *def;
    }
    std::vector<Id> roles;
    if (auto r = core::ensurePartnerRoles(ctx, *accountId, roles)) return *r;
    u.roleId = roles.front();
    u.contactId = contactId;
    u.accountId = *accountId;

    // Name the community the user can reach, if one is published with their profile.
    auto comm = db.prepare("SELECT c.name FROM communities c JOIN community_profiles cp ON cp.community_id = c.id "
                           "WHERE cp.profile_id = ? AND c.status = 'Published' ORDER BY c.id LIMIT 1");
    comm.bind(1, u.profileId);
    const std::string community = comm.step() ? comm.getText(0) : std::string();
    auto hint = [&] {
        return community.empty()
                   ? T_f("You are now a partner user of {0}. You can log in once your channel manager opens the partner "
                         "community to you.",
                         {acc.name})
                   : T_f("You are now a partner user of {0} and can log in to the {1} community.", {acc.name, community});
    };
    Id userId = 0;
    if (auto r = core::createUserWithWelcome(ctx, u, hint, userId))
        return *r;
    ctx.audit(kUsersSection, "Enabled contact " + fullName + " of " + acc.name + " as a partner user", "",
              u.username + " (" + roleName(db, roles.front()) + ")");
    if (auto r = core::rebuildRolesAndShares(ctx, "enabling the partner user")) return *r;
    return CommandResult::success(T_f("{0} is a partner user; the login details were e-mailed to {1}", {fullName, u.email}),
                                  {{"userId", userId}, {"roleId", roles.front()}, {"partnerRoleIds", roles}});
}

CommandResult setPartnerUserRole(CommandContext& ctx, const SetPartnerUserRole& cmd) {
    auto& db = ctx.db();
    const Id userId = cmd.userId;
    const int level = cmd.level;
    // A delegated admin: only their own account's users, up to their own level (users/delegated_admin.h).
    if (auto r = users::refuseUnlessMayManageUser(ctx, userId)) return *r;
    if (auto r = users::refuseLevelAboveOwn(ctx, level)) return *r;
    User u = loadUser(db, userId);
    if (!u.exists)
        return refuseMissing(RecordKind::User, userId, "userId");
    if (!u.partner || !u.accountId)
        return CommandResult::refuse(T_f("{0} is an internal user; change internal users' roles with UpdateUser", {u.name}), "userId");
    if (!u.active)
        return CommandResult::refuse(T_f("{0} is inactive; activate the user before changing the role", {u.name}), "userId");
    auto role = db.prepare("SELECT id, name FROM roles WHERE partner_account_id = ? AND partner_level = ?");
    role.bindAll(*u.accountId, level);
    if (!role.step()) {
        const auto count = db.queryInt("SELECT count(*) FROM roles WHERE partner_account_id = ?", *u.accountId).value_or(0);
        return CommandResult::refuse(TN_f(TN_("the account of {0} has {1} partner role, so level {2} does not exist; choose a "
                                              "level from 1 to {1}",
                                              "the account of {0} has {1} partner roles, so level {2} does not exist; choose "
                                              "a level from 1 to {1}"),
                                          count, {u.name, std::to_string(count), std::to_string(level)}),
                                     "level");
    }
    const Id roleId = role.getInt(0);
    const std::string newRole = role.getText(1);
    if (u.roleId && *u.roleId == roleId) return CommandResult::success(T_f("{0} already has that role", {u.name}), {{"roleId", roleId}});
    auto st = db.prepare("UPDATE users SET role_id = ? WHERE id = ?");
    if (!st.bindAll(roleId, userId).run()) return ctx.dbError(T_f("changing the role"));
    ctx.audit(kUsersSection, "Changed role of partner user " + u.name, u.roleId ? roleName(db, *u.roleId) : "",
              newRole);
    if (auto r = core::rebuildRolesAndShares(ctx, "changing the partner user's role", false)) return *r;
    return CommandResult::success(T_f("{0} is now {1}", {u.name, newRole}), {{"userId", userId}, {"roleId", roleId}});
}

}  // namespace
}  // namespace prm::app::accounts

namespace prm::app {

void registerAccountCommands(CommandRegistry& r) {
    using namespace accounts;
    r.add("CreateAccount", CommandKind::User, createAccount,
          "Creates an account, owned by an active internal user (the one creating it unless ownerId is given).");
    r.add("UpdateAccount", CommandKind::User, updateAccount,
          "Changes an account's name, details or owner; a partner account's partner roles move with its owner.");
    r.add("DeleteAccount", CommandKind::User, deleteAccount,
          "Deletes an account that is not a partner account and has no partner users, with its contacts.");
    r.add("CreateContact", CommandKind::User, createContact, "Creates a contact, on an account or on its own.");
    r.add("UpdateContact", CommandKind::User, updateContact,
          "Changes a contact's details, owner or account (a partner user's contact stays on its account).");
    r.add("DeleteContact", CommandKind::User, deleteContact, "Deletes a contact that is not a partner user.");
    // Partner accounts and users change roles and users: setup changes, for administrators.
    r.add("EnableAsPartner", CommandKind::Setup, enableAsPartner,
          "Makes an account a partner account, so its contacts can become partner users (needs PRM).");
    r.add("DisableAsPartner", CommandKind::Setup, disableAsPartner,
          "Turns a partner account back into an ordinary one: its partner users are deactivated and its partner roles "
          "deleted.");
    r.add("EnablePartnerUser", CommandKind::Delegable, enablePartnerUser,
          "Makes a contact of a partner account a partner user, in the account's lowest partner role, and e-mails the "
          "login details.");
    r.add("SetPartnerUserRole", CommandKind::Delegable, setPartnerUserRole,
          "Moves a partner user to another partner role of their account (level 1 User, 2 Manager, 3 Executive).");
    registerPartnerAccessCommands(r);
    registerAccountRelationshipCommands(r);
}

}  // namespace prm::app
