// [SECTION] index
//  - Public groups: CreatePublicGroup, AddPublicGroupMember, RemovePublicGroupMember
//  - Lead sharing rules (owner- and criteria-based): CreateSharingRule, DeleteSharingRule
//  - Folders: CreateFolder
//  - Manual shares: ShareLeadManually, RemoveManualShare
// Every change that can alter access recalculates the share table before the command commits.
#include "app/command_areas.h"
#include "app/leads/lead_support.h"
#include "app/sharing.h"

namespace prm::app {
namespace {

const char* kGroups = "Public Groups";
const char* kRulesSection = "Sharing Rules";
const char* kFolders = "Folders";

std::string roleName(store::Db& db, Id id) {
    return db.queryText("SELECT name FROM roles WHERE id = " + std::to_string(id)).value_or("role #" + std::to_string(id));
}
std::string groupName(store::Db& db, Id id) {
    return db.queryText("SELECT name FROM public_groups WHERE id = " + std::to_string(id)).value_or("group #" + std::to_string(id));
}

// {roleId, scope} or (when allowed) {groupId} / {userId}.
struct Principal {
    std::optional<Id> userId, roleId, groupId;
    std::string scope;
    std::string describe(store::Db& db) const {
        if (userId) return "user " + leads::personName(db, *userId);
        if (groupId) return "public group " + groupName(db, *groupId);
        auto s = domain::roleScopeFrom(scope);
        return std::string(s ? domain::label(*s) : "Role") + ": " + roleName(db, roleId.value_or(0));
    }
};

std::optional<CommandResult> parsePrincipal(store::Db& db, const json& j, Principal& out, const std::string& what,
                                            bool allowUser, bool allowGroup) {
    const std::string field = what;
    if (!j.is_object())
        return CommandResult::refuse(what + " must be {roleId, scope}" + (allowGroup ? " or {groupId}" : "") +
                                         (allowUser ? " or {userId}" : ""),
                                     field);
    CommandResult err;
    out.userId = allowUser ? argId(j, "userId", err, false) : std::nullopt;
    if (!err.message.empty()) return CommandResult::refuse(what + ": " + err.message, field);
    out.roleId = argId(j, "roleId", err, false);
    if (!err.message.empty()) return CommandResult::refuse(what + ": " + err.message, field);
    out.groupId = allowGroup ? argId(j, "groupId", err, false) : std::nullopt;
    if (!err.message.empty()) return CommandResult::refuse(what + ": " + err.message, field);
    if ((out.userId ? 1 : 0) + (out.roleId ? 1 : 0) + (out.groupId ? 1 : 0) != 1)
        return CommandResult::refuse(what + " is exactly one of " + (allowUser ? "userId, " : "") + "roleId (with scope)" +
                                         (allowGroup ? " or groupId" : ""),
                                     field);
    if (out.userId && !leads::loadPerson(db, *out.userId).exists)
        return CommandResult::refuse(what + ": user #" + std::to_string(*out.userId) + " does not exist", field);
    if (out.groupId && !db.queryInt("SELECT 1 FROM public_groups WHERE id = " + std::to_string(*out.groupId)))
        return CommandResult::refuse(what + ": public group #" + std::to_string(*out.groupId) + " does not exist", field);
    if (out.roleId) {
        if (!db.queryInt("SELECT 1 FROM roles WHERE id = " + std::to_string(*out.roleId)))
            return CommandResult::refuse(what + ": role #" + std::to_string(*out.roleId) + " does not exist", field);
        auto scope = argString(j, "scope", err, false);
        if (!err.message.empty()) return CommandResult::refuse(what + ": " + err.message, field);
        out.scope = scope.value_or("Role");
        if (!domain::roleScopeFrom(out.scope))
            return CommandResult::refuse(what + ": '" + out.scope +
                                             "' is not a scope; use Role, RoleAndInternalSubordinates or "
                                             "RoleInternalAndPortalSubordinates",
                                         field);
    }
    return std::nullopt;
}

// ---- public groups ----------------------------------------------------------------------------
std::optional<CommandResult> insertGroupMember(CommandContext& ctx, Id groupId, const Principal& p, Id& memberId) {
    auto& db = ctx.db();
    auto dup = db.prepare("SELECT 1 FROM public_group_members WHERE group_id = ? AND user_id IS ? AND role_id IS ? "
                          "AND role_scope IS ?");
    dup.bind(1, groupId).bindOptional(2, p.userId).bindOptional(3, p.roleId);
    if (p.roleId) dup.bind(4, p.scope);
    else dup.bindNull(4);
    if (dup.step()) return CommandResult::refuse(p.describe(db) + " is already a member of the group", "members");
    auto ins = db.prepare("INSERT INTO public_group_members(group_id, user_id, role_id, role_scope) VALUES (?,?,?,?)");
    ins.bind(1, groupId).bindOptional(2, p.userId).bindOptional(3, p.roleId);
    if (p.roleId) ins.bind(4, p.scope);
    else ins.bindNull(4);
    if (!ins.run()) return ctx.dbError("adding the member");
    memberId = db.lastInsertId();
    return std::nullopt;
}

CommandResult createPublicGroup(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto name = argString(args, "name", err);
    if (!name) return err;
    if (name->empty()) return CommandResult::refuse("give the group a name, e.g. \"Channel Team\"", "name");
    auto dup = db.prepare("SELECT 1 FROM public_groups WHERE name = ?");
    dup.bind(1, *name);
    if (dup.step()) return CommandResult::refuse("a public group named '" + *name + "' already exists", "name");
    std::vector<Principal> members;
    if (auto it = args.find("members"); it != args.end() && !it->is_null()) {
        if (!it->is_array()) return CommandResult::refuse("'members' must be a list of {userId} or {roleId, scope}", "members");
        for (size_t i = 0; i < it->size(); ++i) {
            Principal p;
            if (auto e = parsePrincipal(db, (*it)[i], p, "member " + std::to_string(i + 1), true, false)) return *e;
            members.push_back(p);
        }
    }
    auto ins = db.prepare("INSERT INTO public_groups(name) VALUES (?)");
    ins.bind(1, *name);
    if (!ins.run()) return ctx.dbError("creating the group");
    Id id = db.lastInsertId();
    std::string list;
    for (const auto& p : members) {
        Id memberId = 0;
        if (auto e = insertGroupMember(ctx, id, p, memberId)) return *e;
        list += (list.empty() ? "" : ", ") + p.describe(db);
    }
    if (auto st = recalcAllLeadShares(db); !st) return ctx.dbError("recalculating sharing");
    ctx.audit(kGroups, "Created public group " + *name, "", list);
    return CommandResult::success("Public group " + *name + " created", {{"groupId", id}});
}

CommandResult addPublicGroupMember(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto groupId = argId(args, "groupId", err);
    if (!groupId) return err;
    if (!db.queryInt("SELECT 1 FROM public_groups WHERE id = " + std::to_string(*groupId)))
        return CommandResult::refuse("public group #" + std::to_string(*groupId) + " does not exist", "groupId");
    json member = args;
    member.erase("groupId");
    member.erase("cmd");
    Principal p;
    if (auto e = parsePrincipal(db, member, p, "the member", true, false)) return *e;
    Id memberId = 0;
    if (auto e = insertGroupMember(ctx, *groupId, p, memberId)) return *e;
    if (auto st = recalcAllLeadShares(db); !st) return ctx.dbError("recalculating sharing");
    ctx.audit(kGroups, "Added " + p.describe(db) + " to public group " + groupName(db, *groupId));
    return CommandResult::success(p.describe(db) + " added to " + groupName(db, *groupId), {{"memberId", memberId}});
}

CommandResult removePublicGroupMember(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto groupId = argId(args, "groupId", err);
    if (!groupId) return err;
    auto memberId = argId(args, "memberId", err);
    if (!memberId) return err;
    auto del = db.prepare("DELETE FROM public_group_members WHERE id = ? AND group_id = ?");
    del.bind(1, *memberId).bind(2, *groupId);
    if (!del.run()) return ctx.dbError("removing the member");
    if (db.changes() == 0)
        return CommandResult::refuse("member #" + std::to_string(*memberId) + " is not in public group #" + std::to_string(*groupId),
                                     "memberId");
    if (auto st = recalcAllLeadShares(db); !st) return ctx.dbError("recalculating sharing");
    ctx.audit(kGroups, "Removed member #" + std::to_string(*memberId) + " from public group " + groupName(db, *groupId));
    return CommandResult::success("Member removed from " + groupName(db, *groupId));
}

// ---- sharing rules ------------------------------------------------------------------------------
CommandResult createSharingRule(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto name = argString(args, "name", err);
    if (!name) return err;
    if (name->empty()) return CommandResult::refuse("give the sharing rule a name", "name");
    auto type = argString(args, "ruleType", err);
    if (!type) return err;
    if (*type != "Owner" && *type != "Criteria")
        return CommandResult::refuse("ruleType must be Owner (records owned by members of ...) or Criteria", "ruleType");
    auto access = argString(args, "access", err, false);
    if (!err.message.empty()) return err;
    const std::string acc = access.value_or("Read");
    if (acc != "Read" && acc != "Edit") return CommandResult::refuse("access must be Read (Read Only) or Edit (Read/Write)", "access");

    Principal source, target;
    domain::Criterion crit;
    if (*type == "Owner") {
        auto s = args.find("source");
        if (s == args.end()) return CommandResult::refuse("an owner-based rule needs \"source\": {roleId, scope} or {groupId}", "source");
        if (auto e = parsePrincipal(db, *s, source, "source", false, true)) return *e;
    } else {
        auto c = args.find("criteria");
        if (c == args.end() || !c->is_object())
            return CommandResult::refuse("a criteria-based rule needs \"criteria\": {field, op, value}", "criteria");
        for (auto [key, dst] : {std::pair<const char*, std::string*>{"field", &crit.field}, {"op", &crit.op}, {"value", &crit.value}}) {
            auto v = c->find(key);
            if (v == c->end() || !(v->is_string() || (std::string(key) == "value" && v->is_number())))
                return CommandResult::refuse(std::string("criteria: '") + key + "' is required", "criteria");
            *dst = v->is_string() ? v->get<std::string>() : v->dump();
        }
        auto compiled = domain::compileCriterion(crit, "the criteria");
        if (!compiled) return CommandResult::refuse(compiled.message(), "criteria");
    }
    auto t = args.find("target");
    if (t == args.end()) return CommandResult::refuse("give the users to share with: \"target\": {roleId, scope} or {groupId}", "target");
    if (auto e = parsePrincipal(db, *t, target, "target", false, true)) return *e;

    auto ins = db.prepare("INSERT INTO sharing_rules(name, object, rule_type, source_role_id, source_role_scope, source_group_id, "
                          "criteria_field, criteria_op, criteria_value, target_role_id, target_role_scope, target_group_id, access) "
                          "VALUES (?, 'Lead', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, *name).bind(2, *type).bindOptional(3, source.roleId);
    if (source.roleId) ins.bind(4, source.scope);
    else ins.bindNull(4);
    ins.bindOptional(5, source.groupId);
    if (*type == "Criteria") ins.bind(6, crit.field).bind(7, crit.op).bind(8, crit.value);
    else ins.bindNull(6).bindNull(7).bindNull(8);
    ins.bindOptional(9, target.roleId);
    if (target.roleId) ins.bind(10, target.scope);
    else ins.bindNull(10);
    ins.bindOptional(11, target.groupId).bind(12, acc);
    if (!ins.run()) return ctx.dbError("saving the sharing rule");
    Id id = db.lastInsertId();
    if (auto st = recalcAllLeadShares(db); !st) return ctx.dbError("recalculating sharing");
    const std::string from = *type == "Owner" ? "leads owned by " + source.describe(db)
                                              : "leads where " + crit.field + " " + crit.op + " '" + crit.value + "'";
    ctx.audit(kRulesSection, "Created lead sharing rule " + *name, "",
              from + " shared with " + target.describe(db) + " (" + (acc == "Edit" ? "Read/Write" : "Read Only") + ")");
    return CommandResult::success("Sharing rule " + *name + " created; lead access recalculated", {{"ruleId", id}});
}

CommandResult deleteSharingRule(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto id = argId(args, "ruleId", err);
    if (!id) return err;
    auto name = db.queryText("SELECT name FROM sharing_rules WHERE id = " + std::to_string(*id));
    if (!name) return CommandResult::refuse("sharing rule #" + std::to_string(*id) + " does not exist", "ruleId");
    auto del = db.prepare("DELETE FROM sharing_rules WHERE id = ?");
    del.bind(1, *id);
    if (!del.run()) return ctx.dbError("deleting the sharing rule");
    if (auto st = recalcAllLeadShares(db); !st) return ctx.dbError("recalculating sharing");
    ctx.audit(kRulesSection, "Deleted lead sharing rule " + *name);
    return CommandResult::success("Sharing rule " + *name + " deleted; lead access recalculated");
}

// ---- folders ------------------------------------------------------------------------------------
CommandResult createFolder(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto name = argString(args, "name", err);
    if (!name) return err;
    if (name->empty()) return CommandResult::refuse("give the folder a name", "name");
    auto kind = argString(args, "kind", err, false);
    if (!err.message.empty()) return err;
    const std::string k = kind.value_or("Report");
    if (k != "Report" && k != "Document" && k != "EmailTemplate" && k != "Dashboard")
        return CommandResult::refuse("kind must be Report, Document, EmailTemplate or Dashboard", "kind");
    auto access = argString(args, "access", err, false);
    if (!err.message.empty()) return err;
    const std::string acc = access.value_or("Read");
    if (acc != "Read" && acc != "Edit") return CommandResult::refuse("access must be Read or Edit", "access");
    Principal p;
    if (args.contains("roleId")) {
        json j = {{"roleId", args["roleId"]}};
        if (args.contains("scope")) j["scope"] = args["scope"];
        if (auto e = parsePrincipal(db, j, p, "the folder's audience", false, false)) return *e;
    }
    auto ins = db.prepare("INSERT INTO folders(name, kind, role_id, role_scope, access) VALUES (?,?,?,?,?)");
    ins.bind(1, *name).bind(2, k).bindOptional(3, p.roleId);
    if (p.roleId) ins.bind(4, p.scope);
    else ins.bindNull(4);
    ins.bind(5, acc);
    if (!ins.run()) return ctx.dbError("creating the folder");
    Id id = db.lastInsertId();
    ctx.audit(kFolders, "Created " + k + " folder " + *name, "",
              p.roleId ? "shared with " + p.describe(db) + " (" + acc + ")" : std::string("not shared"));
    return CommandResult::success("Folder " + *name + " created", {{"folderId", id}});
}

// ---- manual shares ------------------------------------------------------------------------------
std::optional<CommandResult> refuseUnlessMayShare(store::Db& db, Id actor, Id leadId, std::string& number) {
    auto s = db.prepare("SELECT number, owner_user_id, owner_queue_id FROM leads WHERE id = ?");
    s.bind(1, leadId);
    if (!s.step()) return CommandResult::refuse("lead #" + std::to_string(leadId) + " does not exist", "leadId");
    number = s.getText(0);
    leads::Person me = leads::loadPerson(db, actor);
    if (me.admin) return std::nullopt;
    if (!s.isNull(1) && s.getInt(1) == actor) return std::nullopt;
    // Users above the owner in the role hierarchy may share as the owner can.
    auto above = db.prepare("SELECT 1 FROM lead_shares WHERE lead_id = ? AND user_id = ? AND row_cause = 'RoleHierarchy'");
    above.bind(1, leadId).bind(2, actor);
    if (!s.isNull(1) && above.step()) return std::nullopt;
    return CommandResult::refuse("only the owner of " + number + ", a user above them in the role hierarchy, or an "
                                 "administrator can share it",
                                 "leadId");
}

CommandResult shareLeadManually(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto leadId = argId(args, "leadId", err);
    if (!leadId) return err;
    auto userId = argId(args, "userId", err);
    if (!userId) return err;
    auto access = argString(args, "access", err, false);
    if (!err.message.empty()) return err;
    const std::string acc = access.value_or("Read");
    if (acc != "Read" && acc != "Edit") return CommandResult::refuse("access must be Read (Read Only) or Edit (Read/Write)", "access");
    std::string number;
    if (auto e = refuseUnlessMayShare(db, ctx.actor(), *leadId, number)) return *e;
    leads::Person p = leads::loadPerson(db, *userId);
    if (!p.exists) return CommandResult::refuse("user #" + std::to_string(*userId) + " does not exist", "userId");
    if (!p.active) return CommandResult::refuse(p.name + " is inactive; activate the user before sharing with them", "userId");
    if (db.queryInt("SELECT 1 FROM leads WHERE id = " + std::to_string(*leadId) + " AND owner_user_id = " + std::to_string(*userId)))
        return CommandResult::refuse(p.name + " owns " + number + " and already has full access", "userId");
    auto up = db.prepare("INSERT INTO lead_manual_shares(lead_id, user_id, access) VALUES (?,?,?) "
                         "ON CONFLICT(lead_id, user_id) DO UPDATE SET access = excluded.access");
    up.bind(1, *leadId).bind(2, *userId).bind(3, acc);
    if (!up.run()) return ctx.dbError("sharing the lead");
    if (auto st = recalcLeadShares(db, {*leadId}); !st) return ctx.dbError("recalculating sharing");
    return CommandResult::success(number + " shared with " + p.name + " (" + (acc == "Edit" ? "Read/Write" : "Read Only") + ")",
                                  {{"leadId", *leadId}, {"userId", *userId}});
}

CommandResult removeManualShare(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto leadId = argId(args, "leadId", err);
    if (!leadId) return err;
    auto userId = argId(args, "userId", err);
    if (!userId) return err;
    std::string number;
    if (auto e = refuseUnlessMayShare(db, ctx.actor(), *leadId, number)) return *e;
    auto del = db.prepare("DELETE FROM lead_manual_shares WHERE lead_id = ? AND user_id = ?");
    del.bind(1, *leadId).bind(2, *userId);
    if (!del.run()) return ctx.dbError("removing the share");
    if (db.changes() == 0)
        return CommandResult::refuse(number + " is not shared by hand with " + leads::personName(db, *userId), "userId");
    if (auto st = recalcLeadShares(db, {*leadId}); !st) return ctx.dbError("recalculating sharing");
    return CommandResult::success(number + " is no longer shared with " + leads::personName(db, *userId));
}

}  // namespace

void registerSharingCommands(CommandRegistry& r) {
    r.add({"CreatePublicGroup", true, true, createPublicGroup});
    r.add({"AddPublicGroupMember", true, true, addPublicGroupMember});
    r.add({"RemovePublicGroupMember", true, true, removePublicGroupMember});
    r.add({"CreateSharingRule", true, true, createSharingRule});
    r.add({"DeleteSharingRule", true, true, deleteSharingRule});
    r.add({"CreateFolder", true, true, createFolder});
    r.add({"ShareLeadManually", false, true, shareLeadManually});
    r.add({"RemoveManualShare", false, true, removeManualShare});
}

}  // namespace prm::app
