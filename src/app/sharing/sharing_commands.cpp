// [SECTION] index
//  - Public groups: CreatePublicGroup, AddPublicGroupMember, RemovePublicGroupMember
//  - Lead sharing rules (owner- and criteria-based): CreateSharingRule, DeleteSharingRule
//  - Folders: CreateFolder
//  - Manual shares: ShareLeadManually, RemoveManualShare
// Every change that can alter access recalculates the share table before the command commits.
#include "app/sharing/sharing_commands.h"

#include "app/command_areas.h"
#include "app/leads/lead_support.h"
#include "app/refusals.h"
#include "app/sharing.h"
#include "domain/rules.h"

namespace prm::app::sharing {
namespace {

const char* kGroups = "Public Groups";
const char* kRulesSection = "Sharing Rules";
const char* kFolders = "Folders";

// "Gold (Partner Program)".
std::string channelLevelName(store::Db& db, Id id) {
    return db.queryText("SELECT l.name || ' (' || p.name || ')' FROM channel_program_levels l JOIN channel_programs p "
                        "ON p.id = l.program_id WHERE l.id = ?", id)
        .value_or("#" + std::to_string(id));
}
std::string groupName(store::Db& db, Id id) {
    return db.queryText("SELECT name FROM public_groups WHERE id = ?", id).value_or("group #" + std::to_string(id));
}
const char* accessName(ShareAccess a) { return fields::enumName(a); }
const char* accessLabel(ShareAccess a) { return a == ShareAccess::Edit ? T_("Read/Write") : T_("Read Only"); }

// A group member or a rule's source or target, checked: exactly one of a user, a role (with its scope) or a group.
struct Principal {
    std::optional<Id> userId, roleId, groupId;
    std::optional<Id> levelId;  // a channel level (group members only)
    domain::RoleScope scope = domain::RoleScope::Role;  // with roleId
    std::optional<std::string> scopeText() const {
        return roleId ? std::optional<std::string>(domain::toString(scope)) : std::nullopt;
    }
    // In the message language, for refusals and confirmations.
    std::string describe(store::Db& db) const {
        if (userId) return T_f("user {0}", {userName(db, *userId)});
        if (groupId) return T_f("public group {0}", {groupName(db, *groupId)});
        if (levelId) return T_f("channel level {0}", {channelLevelName(db, *levelId)});
        return roleScopeText(scope, roleName(db, roleId.value_or(0)));
    }
    // In English, for the Setup Audit Trail (its rows are stored in English).
    std::string describeForAudit(store::Db& db) const {
        MessageLanguageScope inEnglish(i18n::Language::English);
        return describe(db);
    }
};

// Checks that exactly one of the ids is given and that it exists. `what` names the principal in the refusal
// ("member 2", "source"); `field` is the command's field it came from.
std::optional<CommandResult> checkPrincipal(store::Db& db, const Principal& p, const std::string& what,
                                            const std::string& field, bool allowUser, bool allowGroup) {
    if (p.levelId && !p.userId && !p.roleId && !p.groupId) {
        if (!allowUser)  // a rule's party: levels reach rules through a public group
            return CommandResult::refuse(T_f("{0}: put the channel level in a public group and name the group", {what}), field);
        if (!db.queryInt("SELECT 1 FROM channel_program_levels WHERE id = ?", *p.levelId))
            return CommandResult::refuse(T_f("{0}: there is no channel level with id {1}; pick one from Sales → Channel Programs",
                                             {what, std::to_string(*p.levelId)}),
                                         "levelId");
        return std::nullopt;
    }
    if ((p.userId ? 1 : 0) + (p.roleId ? 1 : 0) + (p.groupId ? 1 : 0) + (p.levelId ? 1 : 0) != 1)
        return CommandResult::refuse(allowUser ? allowGroup ? T_f("{0} is one user, one role (with its scope) or one public group", {what})
                                                            : T_f("{0} is one user, one role (with its scope) or one channel level", {what})
                                               : allowGroup ? T_f("{0} is one role (with its scope) or one public group", {what})
                                                            : T_f("{0} is one role (with its scope)", {what}),
                                     field);
    if (p.userId && !loadUser(db, *p.userId).exists)
        return refuseMissing(RecordKind::User, *p.userId, field, what + ": ");
    if (p.groupId && !db.queryInt("SELECT 1 FROM public_groups WHERE id = ?", *p.groupId))
        return refuseMissing(RecordKind::PublicGroup, *p.groupId, field, what + ": ");
    if (p.roleId && !db.queryInt("SELECT 1 FROM roles WHERE id = ?", *p.roleId))
        return refuseMissing(RecordKind::Role, *p.roleId, field, what + ": ");
    return std::nullopt;
}

Principal principalOf(const GroupMember& m) {
    return {m.userId, m.roleId, std::nullopt, m.levelId, m.scope.value_or(domain::RoleScope::Role)};
}
Principal principalOf(const RuleParty& r) {
    return {std::nullopt, r.roleId, r.groupId, std::nullopt, r.scope.value_or(domain::RoleScope::Role)};
}

// ---- public groups ----------------------------------------------------------------------------
std::optional<CommandResult> insertGroupMember(CommandContext& ctx, Id groupId, const Principal& p, Id& memberId) {
    auto& db = ctx.db();
    if (p.levelId) {  // public_group_levels: the member's id is the level's
        if (db.queryInt("SELECT 1 FROM public_group_levels WHERE group_id = ? AND level_id = ?", groupId, *p.levelId))
            return CommandResult::refuse(T_f("{0} is already a member of the group", {p.describe(db)}), "levelId");
        auto ins = db.prepare("INSERT INTO public_group_levels(group_id, level_id) VALUES (?, ?)");
        if (!ins.bindAll(groupId, *p.levelId).run()) return ctx.dbError(T_f("adding the member"));
        memberId = *p.levelId;
        return std::nullopt;
    }
    auto dup = db.prepare("SELECT 1 FROM public_group_members WHERE group_id = ? AND user_id IS ? AND role_id IS ? "
                          "AND role_scope IS ?");
    dup.bindAll(groupId, p.userId, p.roleId);
    if (auto scope = p.scopeText()) dup.bind(4, *scope);
    else dup.bindNull(4);
    if (dup.step()) return CommandResult::refuse(T_f("{0} is already a member of the group", {p.describe(db)}), "members");
    auto ins = db.prepare("INSERT INTO public_group_members(group_id, user_id, role_id, role_scope) VALUES (?,?,?,?)");
    ins.bindAll(groupId, p.userId, p.roleId);
    if (auto scope = p.scopeText()) ins.bind(4, *scope);
    else ins.bindNull(4);
    if (!ins.run()) return ctx.dbError(T_f("adding the member"));
    memberId = db.lastInsertId();
    return std::nullopt;
}

CommandResult createPublicGroup(CommandContext& ctx, const CreatePublicGroup& cmd) {
    auto& db = ctx.db();
    const std::string& name = cmd.name;
    if (name.empty()) return CommandResult::refuse(T_f("give the group a name, e.g. \"Channel Team\""), "name");
    if (db.queryInt("SELECT 1 FROM public_groups WHERE name = ?", name))
        return CommandResult::refuse(T_f("a public group named '{0}' already exists", {name}), "name");
    std::vector<Principal> members;
    for (size_t i = 0; i < cmd.members.size(); ++i) {
        Principal p = principalOf(cmd.members[i]);
        if (auto e = checkPrincipal(db, p, T_f("member {0}", {sayInt(static_cast<long long>(i + 1))}), "members", true, false)) return *e;
        members.push_back(p);
    }
    auto ins = db.prepare("INSERT INTO public_groups(name) VALUES (?)");
    if (!ins.bind(1, name).run()) return ctx.dbError(T_f("creating the group"));
    Id id = db.lastInsertId();
    std::string list;
    for (const auto& p : members) {
        Id memberId = 0;
        if (auto e = insertGroupMember(ctx, id, p, memberId)) return *e;
        list += (list.empty() ? "" : ", ") + p.describeForAudit(db);
    }
    if (auto st = recalcAllLeadShares(db); !st) return ctx.dbError(T_f("recalculating sharing"));
    ctx.audit(kGroups, "Created public group " + name, "", list);
    return CommandResult::success(T_f("Public group {0} created", {name}), {{"groupId", id}});
}

std::optional<CommandResult> refuseUnlessGroup(store::Db& db, Id groupId) {
    if (!db.queryInt("SELECT 1 FROM public_groups WHERE id = ?", groupId))
        return refuseMissing(RecordKind::PublicGroup, groupId, "groupId");
    return std::nullopt;
}

CommandResult addPublicGroupMember(CommandContext& ctx, const AddPublicGroupMember& cmd) {
    auto& db = ctx.db();
    const Id groupId = cmd.groupId;
    if (auto e = refuseUnlessGroup(db, groupId)) return *e;
    Principal p = principalOf(static_cast<const GroupMember&>(cmd));
    const std::string field = p.levelId && !p.userId && !p.roleId ? "levelId" : !p.userId && p.roleId ? "roleId" : "userId";
    if (auto e = checkPrincipal(db, p, T_f("the member"), field, true, false)) return *e;
    Id memberId = 0;
    if (auto e = insertGroupMember(ctx, groupId, p, memberId)) return *e;
    if (auto st = recalcAllLeadShares(db); !st) return ctx.dbError(T_f("recalculating sharing"));
    ctx.audit(kGroups, "Added " + p.describeForAudit(db) + " to public group " + groupName(db, groupId));
    return CommandResult::success(T_f("{0} added to {1}", {p.describe(db), groupName(db, groupId)}), {{"memberId", memberId}});
}

CommandResult removePublicGroupMember(CommandContext& ctx, const RemovePublicGroupMember& cmd) {
    auto& db = ctx.db();
    const Id groupId = cmd.groupId;
    if (cmd.memberId.has_value() == cmd.levelId.has_value())
        return CommandResult::refuse(T_f("name one member: memberId (a user or a role) or levelId (a channel level)"), "memberId");
    if (cmd.levelId) {
        auto del = db.prepare("DELETE FROM public_group_levels WHERE group_id = ? AND level_id = ?");
        if (!del.bindAll(groupId, *cmd.levelId).run()) return ctx.dbError(T_f("removing the member"));
        if (db.changes() == 0) {
            if (auto e = refuseUnlessGroup(db, groupId)) return *e;
            return CommandResult::refuse(T_f("channel level #{0} is not a member of public group {1}",
                                             {std::to_string(*cmd.levelId), groupName(db, groupId)}),
                                         "levelId");
        }
        if (auto st = recalcAllLeadShares(db); !st) return ctx.dbError(T_f("recalculating sharing"));
        ctx.audit(kGroups, "Removed channel level " + channelLevelName(db, *cmd.levelId) + " from public group " +
                               groupName(db, groupId));
        return CommandResult::success(T_f("Member removed from {0}", {groupName(db, groupId)}));
    }
    const Id memberId = *cmd.memberId;
    auto del = db.prepare("DELETE FROM public_group_members WHERE id = ? AND group_id = ?");
    if (!del.bindAll(memberId, groupId).run()) return ctx.dbError(T_f("removing the member"));
    if (db.changes() == 0) {
        if (auto e = refuseUnlessGroup(db, groupId)) return *e;
        return CommandResult::refuse(T_f("member #{0} is not in public group {1}; pick a member from the group's list in "
                                         "Setup → Public Groups",
                                         {std::to_string(memberId), groupName(db, groupId)}),
                                     "memberId");
    }
    if (auto st = recalcAllLeadShares(db); !st) return ctx.dbError(T_f("recalculating sharing"));
    ctx.audit(kGroups, "Removed member #" + std::to_string(memberId) + " from public group " + groupName(db, groupId));
    return CommandResult::success(T_f("Member removed from {0}", {groupName(db, groupId)}));
}

// ---- sharing rules ------------------------------------------------------------------------------
CommandResult createSharingRule(CommandContext& ctx, const CreateSharingRule& cmd) {
    auto& db = ctx.db();
    const std::string& name = cmd.name;
    if (name.empty()) return CommandResult::refuse(T_f("give the sharing rule a name"), "name");
    const bool ownerRule = cmd.ruleType == RuleType::Owner;
    const ShareAccess access = cmd.access.value_or(ShareAccess::Read);

    Principal source;
    domain::Criterion crit;
    if (ownerRule) {
        if (!cmd.source)
            return CommandResult::refuse(T_f("an owner-based rule needs the owners it shares: a role (with its scope) or a public group"), "source");
        source = principalOf(*cmd.source);
        if (auto e = checkPrincipal(db, source, T_f("the rule's source"), "source", false, true)) return *e;
    } else {
        if (!cmd.criteria)
            return CommandResult::refuse(T_f("a criteria-based rule needs a criterion: a field, an operator and a value"), "criteria");
        crit = {cmd.criteria->field, cmd.criteria->op, cmd.criteria->value.text};
        auto compiled = domain::compileCriterion(crit, "the criteria");
        if (!compiled) return CommandResult::refuse(compiled.message(), "criteria");
    }
    const Principal target = principalOf(cmd.target);
    if (auto e = checkPrincipal(db, target, T_f("the rule's target"), "target", false, true)) return *e;

    auto ins = db.prepare("INSERT INTO sharing_rules(name, object, rule_type, source_role_id, source_role_scope, source_group_id, "
                          "criteria_field, criteria_op, criteria_value, target_role_id, target_role_scope, target_group_id, access) "
                          "VALUES (?, 'Lead', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bindAll(name, fields::enumName(cmd.ruleType), source.roleId);
    if (auto scope = source.scopeText()) ins.bind(4, *scope);
    else ins.bindNull(4);
    ins.bindOptional(5, source.groupId);
    if (!ownerRule) ins.bind(6, crit.field).bind(7, crit.op).bind(8, crit.value);
    else ins.bindNull(6).bindNull(7).bindNull(8);
    ins.bindOptional(9, target.roleId);
    if (auto scope = target.scopeText()) ins.bind(10, *scope);
    else ins.bindNull(10);
    ins.bindOptional(11, target.groupId).bind(12, accessName(access));
    if (!ins.run()) return ctx.dbError(T_f("saving the sharing rule"));
    Id id = db.lastInsertId();
    if (auto st = recalcAllLeadShares(db); !st) return ctx.dbError(T_f("recalculating sharing"));
    const std::string from = ownerRule ? "leads owned by " + source.describeForAudit(db)
                                       : "leads where " + crit.field + " " + crit.op + " '" + crit.value + "'";
    ctx.audit(kRulesSection, "Created lead sharing rule " + name, "",
              from + " shared with " + target.describeForAudit(db) + " (" + accessLabel(access) + ")");
    return CommandResult::success(T_f("Sharing rule {0} created; lead access recalculated", {name}), {{"ruleId", id}});
}

CommandResult deleteSharingRule(CommandContext& ctx, const DeleteSharingRule& cmd) {
    auto& db = ctx.db();
    const Id id = cmd.ruleId;
    auto name = db.queryText("SELECT name FROM sharing_rules WHERE id = ?", id);
    if (!name)
        return refuseMissing(RecordKind::SharingRule, id, "ruleId");
    auto del = db.prepare("DELETE FROM sharing_rules WHERE id = ?");
    if (!del.bind(1, id).run()) return ctx.dbError(T_f("deleting the sharing rule"));
    if (auto st = recalcAllLeadShares(db); !st) return ctx.dbError(T_f("recalculating sharing"));
    ctx.audit(kRulesSection, "Deleted lead sharing rule " + *name);
    return CommandResult::success(T_f("Sharing rule {0} deleted; lead access recalculated", {*name}));
}

// ---- folders ------------------------------------------------------------------------------------
CommandResult createFolder(CommandContext& ctx, const CreateFolder& cmd) {
    auto& db = ctx.db();
    const std::string& name = cmd.name;
    if (name.empty()) return CommandResult::refuse(T_f("give the folder a name"), "name");
    const char* kind = fields::enumName(cmd.kind.value_or(FolderKind::Report));
    const char* access = accessName(cmd.access.value_or(ShareAccess::Read));
    Principal p;
    if (cmd.roleId) {
        p.roleId = cmd.roleId;
        p.scope = cmd.scope.value_or(domain::RoleScope::Role);
        if (auto e = checkPrincipal(db, p, T_f("the folder's audience"), "roleId", false, false)) return *e;
    }
    auto ins = db.prepare("INSERT INTO folders(name, kind, role_id, role_scope, access) VALUES (?,?,?,?,?)");
    ins.bindAll(name, kind, p.roleId);
    if (auto scope = p.scopeText()) ins.bind(4, *scope);
    else ins.bindNull(4);
    ins.bind(5, access);
    if (!ins.run()) return ctx.dbError(T_f("creating the folder"));
    Id id = db.lastInsertId();
    ctx.audit(kFolders, std::string("Created ") + kind + " folder " + name, "",
              p.roleId ? "shared with " + p.describeForAudit(db) + " (" + access + ")" : std::string("not shared"));
    return CommandResult::success(T_f("Folder {0} created", {name}), {{"folderId", id}});
}

// ---- manual shares ------------------------------------------------------------------------------
std::optional<CommandResult> refuseUnlessMayShare(store::Db& db, Id actor, Id leadId, std::string& number) {
    auto s = db.prepare("SELECT number, owner_user_id, owner_queue_id FROM leads WHERE id = ?");
    s.bind(1, leadId);
    // A lead the actor cannot see is refused as a missing one: the same words, nothing about the lead.
    if (!s.step() || !canRead(db, actor, leadId)) return refuseUnseen(RecordKind::Lead, "leadId");
    number = s.getText(0);
    User me = loadUser(db, actor);
    if (me.admin) return std::nullopt;
    if (!s.isNull(1) && s.getInt(1) == actor) return std::nullopt;
    // Users above the owner in the role hierarchy may share as the owner can.
    auto above = db.prepare("SELECT 1 FROM lead_shares WHERE lead_id = ? AND user_id = ? AND row_cause = 'RoleHierarchy'");
    above.bindAll(leadId, actor);
    if (!s.isNull(1) && above.step()) return std::nullopt;
    return CommandResult::refuse(T_f("only the owner of {0}, a user above them in the role hierarchy, or an administrator "
                                     "can share it",
                                     {number}),
                                 "leadId");
}

CommandResult shareLeadManually(CommandContext& ctx, const ShareLeadManually& cmd) {
    auto& db = ctx.db();
    const Id leadId = cmd.leadId, userId = cmd.userId;
    const ShareAccess access = cmd.access.value_or(ShareAccess::Read);
    std::string number;
    if (auto e = refuseUnlessMayShare(db, ctx.actor(), leadId, number)) return *e;
    User p = loadUser(db, userId);
    if (!p.exists || !canSeeUser(db, ctx.actor(), userId)) return refuseUnseen(RecordKind::User, "userId");
    if (!p.active) return CommandResult::refuse(T_f("{0} is inactive; activate the user before sharing with them", {p.name}), "userId");
    if (db.queryInt("SELECT 1 FROM leads WHERE id = ? AND owner_user_id = ?", leadId, userId))
        return CommandResult::refuse(T_f("{0} owns {1} and already has full access", {p.name, number}), "userId");
    auto up = db.prepare("INSERT INTO lead_manual_shares(lead_id, user_id, access) VALUES (?,?,?) "
                         "ON CONFLICT(lead_id, user_id) DO UPDATE SET access = excluded.access");
    if (!up.bindAll(leadId, userId, accessName(access)).run()) return ctx.dbError(T_f("sharing the lead"));
    if (auto st = recalcLeadShares(db, {leadId}); !st) return ctx.dbError(T_f("recalculating sharing"));
    return CommandResult::success(T_f("{0} shared with {1} ({2})", {number, p.name, say(accessLabel(access))}),
                                  {{"leadId", leadId}, {"userId", userId}});
}

CommandResult removeManualShare(CommandContext& ctx, const RemoveManualShare& cmd) {
    auto& db = ctx.db();
    const Id leadId = cmd.leadId, userId = cmd.userId;
    std::string number;
    if (auto e = refuseUnlessMayShare(db, ctx.actor(), leadId, number)) return *e;
    if (!loadUser(db, userId).exists || !canSeeUser(db, ctx.actor(), userId)) return refuseUnseen(RecordKind::User, "userId");
    auto del = db.prepare("DELETE FROM lead_manual_shares WHERE lead_id = ? AND user_id = ?");
    if (!del.bindAll(leadId, userId).run()) return ctx.dbError(T_f("removing the share"));
    if (db.changes() == 0)
        return CommandResult::refuse(T_f("{0} is not shared by hand with {1}", {number, userName(db, userId)}), "userId");
    if (auto st = recalcLeadShares(db, {leadId}); !st) return ctx.dbError(T_f("recalculating sharing"));
    return CommandResult::success(T_f("{0} is no longer shared with {1}", {number, userName(db, userId)}));
}

}  // namespace
}  // namespace prm::app::sharing

namespace prm::app {

void registerSharingCommands(CommandRegistry& r) {
    using namespace sharing;
    r.add("CreatePublicGroup", CommandKind::Setup, createPublicGroup,
          "Creates a public group of users and roles (with their subordinates) to share records with.");
    r.add("AddPublicGroupMember", CommandKind::Setup, addPublicGroupMember,
          "Adds a user, or a role with its scope, to a public group; lead access is recalculated.");
    r.add("RemovePublicGroupMember", CommandKind::Setup, removePublicGroupMember,
          "Takes a member out of a public group; lead access is recalculated.");
    r.add("CreateSharingRule", CommandKind::Setup, createSharingRule,
          "Creates a lead sharing rule: leads owned by a role or group, or matching a criterion, shared with a role or "
          "group (Read or Edit).");
    r.add("DeleteSharingRule", CommandKind::Setup, deleteSharingRule,
          "Deletes a lead sharing rule; lead access is recalculated.");
    r.add("CreateFolder", CommandKind::Setup, createFolder,
          "Creates a report, document, e-mail template or dashboard folder, shared with a role or with nobody.");
    r.add("ShareLeadManually", CommandKind::User, shareLeadManually,
          "Shares a lead with a user by hand (Read or Edit); its owner, users above them and administrators may.");
    r.add("RemoveManualShare", CommandKind::User, removeManualShare, "Takes back a lead shared by hand with a user.");
}

}  // namespace prm::app
