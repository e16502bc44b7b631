// Partner access commands (issue #20): UpdateDigitalExperienceSettings, EnableSuperUserAccess,
// DisableSuperUserAccess, DisablePartnerUser. All are setup changes (an administrator with Manage External
// Users); a partner user, a super user included, can never grant super user access.
#include "app/accounts/partner_access.h"

#include <string>
#include <vector>

#include "app/core_common.h"
#include "app/refusals.h"
#include "app/sharing.h"

namespace prm::app::accounts {
namespace {

const char* kExperiencesSection = "Digital Experiences";
using core::kUsersSection;

// Enable Account Relationships: like PRM, it cannot be turned off again.
std::optional<CommandResult> setAccountRelationships(CommandContext& ctx, bool on) {
    auto& db = ctx.db();
    const bool was = accountRelationshipsEnabled(db);
    if (was == on) return std::nullopt;
    if (!on)
        return CommandResult::refuse(T_f("Account Relationships cannot be turned off once they are enabled; to undo it, "
                                         "restore a sandbox copy made before"),
                                     "accountRelationships");
    if (!db.queryInt("SELECT prm_enabled FROM org WHERE id = 1").value_or(0))
        return CommandResult::refuse(T_f("Account Relationships need Partner Relationship Management; enable PRM first"),
                                     "accountRelationships");
    if (!db.exec("UPDATE org SET is_account_relationships_enabled = 1 WHERE id = 1"))
        return ctx.dbError(T_f("changing the Digital Experiences settings"));
    ctx.audit(kExperiencesSection, "Enabled Account Relationships (cannot be undone)", "off", "on");
    return std::nullopt;
}

CommandResult updateDigitalExperienceSettings(CommandContext& ctx, const UpdateDigitalExperienceSettings& cmd) {
    auto& db = ctx.db();
    const bool relationshipsWere = accountRelationshipsEnabled(db);
    if (cmd.accountRelationships) {
        if (auto r = setAccountRelationships(ctx, *cmd.accountRelationships)) return *r;
    }
    if (!cmd.partnerSuperUserAccess) {
        if (!relationshipsWere && accountRelationshipsEnabled(db))
            return CommandResult::success(T_f("Account Relationships are enabled. Next: relate accounts (Account From sees "
                                              "Account To's records) and add account relationship data sharing rules"),
                                          {{"accountRelationships", true}});
        return CommandResult::success(T_f("Nothing to change"));
    }
    const bool was = superUserAccessEnabled(db);
    const bool on = *cmd.partnerSuperUserAccess;
    if (was == on)
        return CommandResult::success(on ? T_f("Partner super user access is already on")
                                         : T_f("Partner super user access is already off"));
    auto st = db.prepare("UPDATE org SET is_super_user_access_enabled = ? WHERE id = 1");
    if (!st.bind(1, on ? 1 : 0).run()) return ctx.dbError(T_f("changing the Digital Experiences settings"));
    ctx.audit(kExperiencesSection, "Changed Enable Partner Super User Access", was ? "on" : "off", on ? "on" : "off");
    if (auto r = core::rebuildRolesAndShares(ctx, "changing partner super user access", false)) return *r;
    const auto grants = superUserCount(db);
    if (on)
        return CommandResult::success(
            TN_f(TN_("Partner super user access is on; {0} earlier grant works again",
                     "Partner super user access is on; {0} earlier grants work again"),
                 grants, {std::to_string(grants)}),
            {{"partnerSuperUserAccess", true}, {"superUsers", grants}});
    return CommandResult::success(
        TN_f(TN_("Partner super user access is off; {0} super user keeps the grant for when it is turned on again",
                 "Partner super user access is off; {0} super users keep the grant for when it is turned on again"),
             grants, {std::to_string(grants)}),
        {{"partnerSuperUserAccess", false}, {"superUsers", grants}});
}

// The partner user a Manage External User item acts on: exists and is a partner user.
std::optional<CommandResult> checkPartnerUser(const User& u, Id userId) {
    if (!u.exists) return refuseMissing(RecordKind::User, userId, "userId");
    if (!u.partner || !u.accountId)
        return CommandResult::refuse(T_f("{0} is an internal user; this applies to partner users only", {u.name}), "userId");
    return std::nullopt;
}

CommandResult setSuperUser(CommandContext& ctx, const PartnerUserRef& cmd, bool grant) {
    auto& db = ctx.db();
    User u = loadUser(db, cmd.userId);
    if (auto r = checkPartnerUser(u, cmd.userId)) return *r;
    if (!superUserAccessEnabled(db))
        return CommandResult::refuse(T_f("partner super user access is off; turn on Enable Partner Super User Access in "
                                         "Setup → Digital Experiences → Settings first"),
                                     "userId");
    if (grant && !u.active)
        return CommandResult::refuse(T_f("{0} is inactive; activate the user before granting super user access", {u.name}),
                                     "userId");
    const bool has = db.queryInt("SELECT is_super_user FROM users WHERE id = ?", cmd.userId).value_or(0) != 0;
    if (has == grant)
        return CommandResult::success(grant ? T_f("{0} already has super user access", {u.name})
                                            : T_f("{0} does not have super user access", {u.name}),
                                      {{"userId", cmd.userId}});
    auto st = db.prepare("UPDATE users SET is_super_user = ? WHERE id = ?");
    if (!st.bindAll(grant ? 1 : 0, cmd.userId).run()) return ctx.dbError(T_f("changing super user access"));
    ctx.audit(kUsersSection, (grant ? "Enabled super user access for " : "Disabled super user access for ") + u.name,
              grant ? "off" : "on", grant ? "on" : "off");
    if (auto r = core::rebuildRolesAndShares(ctx, "changing super user access", false)) return *r;
    if (grant)
        return CommandResult::success(
            T_f("{0} is a super user: they see and edit the leads and opportunities of {1}'s partner users in their role "
                "({2}) and the roles below it",
                {u.name, u.accountName, u.roleName}),
            {{"userId", cmd.userId}});
    return CommandResult::success(T_f("{0} no longer has super user access", {u.name}), {{"userId", cmd.userId}});
}

CommandResult enableSuperUserAccess(CommandContext& ctx, const PartnerUserRef& cmd) { return setSuperUser(ctx, cmd, true); }
CommandResult disableSuperUserAccess(CommandContext& ctx, const PartnerUserRef& cmd) { return setSuperUser(ctx, cmd, false); }

// Manage External User → Disable Partner User: permanent. The user is deactivated and taken off their contact
// (the contact can be enabled again, as a new user), out of their partner role (their records stop rolling up
// to the account's managers and the channel manager), and out of queues, public groups and manual shares.
CommandResult disablePartnerUser(CommandContext& ctx, const PartnerUserRef& cmd) {
    auto& db = ctx.db();
    const Id id = cmd.userId;
    User u = loadUser(db, id);
    if (auto r = checkPartnerUser(u, id)) return *r;
    if (!u.contactId)
        return CommandResult::refuse(T_f("{0} is already disabled as a partner user", {u.name}), "userId");
    if (id == ctx.actor()) return CommandResult::refuse(T_f("you cannot disable your own user"), "userId");
    const std::string steps[] = {
        "UPDATE users SET is_active = 0, contact_id = NULL, role_id = NULL, is_super_user = 0, is_delegated_admin = 0 "
        "WHERE id = ?1",
        "DELETE FROM queue_members WHERE user_id = ?1",
        "DELETE FROM public_group_members WHERE user_id = ?1",
        "DELETE FROM lead_manual_shares WHERE user_id = ?1",
    };
    for (const auto& sql : steps) {
        auto st = db.prepare(sql);
        if (!st.bind(1, id).run()) return ctx.dbError(T_f("disabling the partner user"));
    }
    ctx.audit(kUsersSection, "Disabled partner user " + u.name + " of " + u.accountName + " (permanently)", u.roleName, "");
    if (auto r = core::rebuildRolesAndShares(ctx, "disabling the partner user", false)) return *r;
    return CommandResult::success(
        T_f("{0} is disabled as a partner user for good: they can no longer log in and their records no longer roll up "
            "to {1}'s managers. To give the contact a login again, enable it as a new partner user.",
            {u.name, u.accountName}),
        {{"userId", id}});
}

}  // namespace

bool superUserAccessEnabled(store::Db& db) {
    return db.queryInt("SELECT is_super_user_access_enabled FROM org WHERE id = 1").value_or(0) != 0;
}
bool accountRelationshipsEnabled(store::Db& db) {
    return db.queryInt("SELECT is_account_relationships_enabled FROM org WHERE id = 1").value_or(0) != 0;
}
bool isSuperUser(store::Db& db, Id userId) {
    return db.queryInt("SELECT is_super_user FROM users WHERE id = ?", userId).value_or(0) != 0;
}
std::int64_t superUserCount(store::Db& db) {
    return db.queryInt("SELECT count(*) FROM users WHERE is_super_user = 1 AND is_active = 1").value_or(0);
}

void registerPartnerAccessCommands(CommandRegistry& r) {
    r.add("UpdateDigitalExperienceSettings", CommandKind::Setup, updateDigitalExperienceSettings,
          "Setup → Digital Experiences → Settings: turns Enable Partner Super User Access on or off (off keeps the "
          "grants; on again restores them).");
    r.add("EnableSuperUserAccess", CommandKind::Setup, enableSuperUserAccess,
          "Makes an active partner user a super user (needs Enable Partner Super User Access): Edit on the leads and "
          "opportunities owned by their account's partner users in their role and the roles below.");
    r.add("DisableSuperUserAccess", CommandKind::Setup, disableSuperUserAccess,
          "Takes super user access away from a partner user.");
    r.add("DisablePartnerUser", CommandKind::Setup, disablePartnerUser,
          "Disables a partner user for good: deactivated, taken off the contact and the partner role, and out of "
          "queues, public groups and manual shares.");
}

}  // namespace prm::app::accounts
