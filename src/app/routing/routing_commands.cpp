// [SECTION] index
//  - Queues: CreateQueue, UpdateQueue, AddQueueMember, RemoveQueueMember, DeleteQueue
//  - E-mail templates: CreateEmailTemplate
//  - Lead assignment rules: CreateAssignmentRule, ActivateAssignmentRule, DeactivateAssignmentRule,
//    DeleteAssignmentRule, AddAssignmentRuleEntry, UpdateAssignmentRuleEntry, RemoveAssignmentRuleEntry,
//    ReorderAssignmentRuleEntries, RunAssignmentRules
//  - Round robin (built in): CreateRoundRobin, UpdateRoundRobin
#include <set>

#include "app/routing/assignment_router.h"
#include "app/command_areas.h"
#include "app/leads/lead_support.h"
#include "app/sharing.h"

namespace prm::app {
namespace {

const char* kQueues = "Queues";
const char* kRules = "Lead Assignment Rules";
const char* kRoundRobin = "Round Robin";
const char* kTemplates = "Email Templates";

std::optional<std::string> optText(const json& args, const char* name, CommandResult& err) {
    return argString(args, name, err, false);
}

// Share rows of the leads a queue owns (after its membership changed).
domain::Status recalcQueueLeads(store::Db& db, Id queueId) {
    auto st = db.exec("CREATE TEMP TABLE IF NOT EXISTS queue_lead_ids(id INTEGER PRIMARY KEY); DELETE FROM queue_lead_ids;"
                      "INSERT INTO queue_lead_ids(id) SELECT id FROM leads WHERE owner_queue_id = " + std::to_string(queueId));
    if (!st) return st;
    return recalcLeadSharesInTable(db, "temp.queue_lead_ids");
}

// ---- queues -----------------------------------------------------------------------------
struct MemberSpec {
    std::optional<Id> userId, roleId, groupId;
    std::string describe(store::Db& db) const {
        if (userId) return "user " + leads::personName(db, *userId);
        if (roleId) return "role " + db.queryText("SELECT name FROM roles WHERE id = " + std::to_string(*roleId)).value_or("?");
        return "public group " +
               db.queryText("SELECT name FROM public_groups WHERE id = " + std::to_string(groupId.value_or(0))).value_or("?");
    }
};

std::optional<CommandResult> parseQueueMember(store::Db& db, const json& m, MemberSpec& out, const std::string& prefix) {
    if (!m.is_object()) return CommandResult::refuse(prefix + "a member is {userId}, {roleId} or {groupId}", "members");
    CommandResult err;
    out.userId = argId(m, "userId", err, false);
    if (!err.message.empty()) return CommandResult::refuse(prefix + err.message, err.field);
    out.roleId = argId(m, "roleId", err, false);
    if (!err.message.empty()) return CommandResult::refuse(prefix + err.message, err.field);
    out.groupId = argId(m, "groupId", err, false);
    if (!err.message.empty()) return CommandResult::refuse(prefix + err.message, err.field);
    int n = (out.userId ? 1 : 0) + (out.roleId ? 1 : 0) + (out.groupId ? 1 : 0);
    if (n != 1) return CommandResult::refuse(prefix + "a member is exactly one of userId, roleId or groupId", "members");
    if (out.userId && !leads::loadPerson(db, *out.userId).exists)
        return CommandResult::refuse(prefix + "user #" + std::to_string(*out.userId) + " does not exist", "userId");
    if (out.roleId && !db.queryInt("SELECT 1 FROM roles WHERE id = " + std::to_string(*out.roleId)))
        return CommandResult::refuse(prefix + "role #" + std::to_string(*out.roleId) + " does not exist", "roleId");
    if (out.groupId && !db.queryInt("SELECT 1 FROM public_groups WHERE id = " + std::to_string(*out.groupId)))
        return CommandResult::refuse(prefix + "public group #" + std::to_string(*out.groupId) + " does not exist", "groupId");
    return std::nullopt;
}

std::optional<CommandResult> insertQueueMember(CommandContext& ctx, Id queueId, const MemberSpec& m, Id& memberId) {
    auto& db = ctx.db();
    auto dup = db.prepare("SELECT 1 FROM queue_members WHERE queue_id = ? AND user_id IS ? AND role_id IS ? AND group_id IS ?");
    dup.bind(1, queueId).bindOptional(2, m.userId).bindOptional(3, m.roleId).bindOptional(4, m.groupId);
    if (dup.step()) return CommandResult::refuse(m.describe(db) + " is already a member of this queue", "members");
    auto ins = db.prepare("INSERT INTO queue_members(queue_id, user_id, role_id, group_id) VALUES (?,?,?,?)");
    ins.bind(1, queueId).bindOptional(2, m.userId).bindOptional(3, m.roleId).bindOptional(4, m.groupId);
    if (!ins.run()) return ctx.dbError("adding the queue member");
    memberId = db.lastInsertId();
    return std::nullopt;
}

std::optional<CommandResult> checkQueueName(store::Db& db, const std::string& name, Id except) {
    if (name.empty()) return CommandResult::refuse("give the queue a name, e.g. \"Nordic Partner Leads\"", "name");
    auto s = db.prepare("SELECT 1 FROM queues WHERE name = ? COLLATE NOCASE AND id <> ?");
    s.bind(1, name).bind(2, except);
    if (s.step()) return CommandResult::refuse("a queue named '" + name + "' already exists; choose another name", "name");
    return std::nullopt;
}

CommandResult createQueue(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto name = argString(args, "name", err);
    if (!name) return err;
    if (auto e = checkQueueName(db, *name, 0)) return *e;
    auto email = optText(args, "email", err);
    if (!err.message.empty()) return err;
    if (email && !email->empty() && !leads::isValidEmail(*email))
        return CommandResult::refuse("'" + *email + "' is not an e-mail address; enter the queue's address or leave it blank", "email");
    auto send = argBool(args, "sendEmailToMembers", err);
    if (!err.message.empty()) return err;
    std::vector<MemberSpec> members;
    if (auto it = args.find("members"); it != args.end() && !it->is_null()) {
        if (!it->is_array()) return CommandResult::refuse("'members' must be a list of {userId}, {roleId} or {groupId}", "members");
        for (size_t i = 0; i < it->size(); ++i) {
            MemberSpec m;
            if (auto e = parseQueueMember(db, (*it)[i], m, "member " + std::to_string(i + 1) + ": ")) return *e;
            members.push_back(m);
        }
    }
    auto ins = db.prepare("INSERT INTO queues(name, email, send_email_to_members, created_at) VALUES (?,?,?,?)");
    ins.bind(1, *name).bind(2, email.value_or("")).bind(3, send.value_or(false) ? 1 : 0).bind(4, ctx.now());
    if (!ins.run()) return ctx.dbError("creating the queue");
    Id id = db.lastInsertId();
    std::string list;
    for (const auto& m : members) {
        Id memberId = 0;
        if (auto e = insertQueueMember(ctx, id, m, memberId)) return *e;
        list += (list.empty() ? "" : ", ") + m.describe(db);
    }
    ctx.audit(kQueues, "Created queue " + *name, "", list.empty() ? "no members" : "members: " + list);
    return CommandResult::success("Queue " + *name + " created", {{"queueId", id}});
}

CommandResult updateQueue(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto id = argId(args, "queueId", err);
    if (!id) return err;
    auto q = leads::loadQueue(db, *id);
    if (!q.exists) return CommandResult::refuse("queue #" + std::to_string(*id) + " does not exist", "queueId");
    auto name = optText(args, "name", err);
    if (!err.message.empty()) return err;
    auto email = optText(args, "email", err);
    if (!err.message.empty()) return err;
    auto send = argBool(args, "sendEmailToMembers", err);
    if (!err.message.empty()) return err;
    if (name)
        if (auto e = checkQueueName(db, *name, *id)) return *e;
    if (email && !email->empty() && !leads::isValidEmail(*email))
        return CommandResult::refuse("'" + *email + "' is not an e-mail address", "email");
    auto up = db.prepare("UPDATE queues SET name = ?, email = ?, send_email_to_members = ? WHERE id = ?");
    up.bind(1, name.value_or(q.name)).bind(2, email.value_or(q.email));
    up.bind(3, send.value_or(q.sendEmailToMembers) ? 1 : 0).bind(4, *id);
    if (!up.run()) return ctx.dbError("saving the queue");
    ctx.audit(kQueues, "Changed queue " + q.name,
              q.name + ", " + q.email + ", notify members: " + (q.sendEmailToMembers ? "yes" : "no"),
              name.value_or(q.name) + ", " + email.value_or(q.email) + ", notify members: " +
                  (send.value_or(q.sendEmailToMembers) ? "yes" : "no"));
    return CommandResult::success("Queue " + name.value_or(q.name) + " saved", {{"queueId", *id}});
}

CommandResult addQueueMember(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto id = argId(args, "queueId", err);
    if (!id) return err;
    auto q = leads::loadQueue(db, *id);
    if (!q.exists) return CommandResult::refuse("queue #" + std::to_string(*id) + " does not exist", "queueId");
    MemberSpec m;
    if (auto e = parseQueueMember(db, args, m, "")) return *e;
    Id memberId = 0;
    if (auto e = insertQueueMember(ctx, *id, m, memberId)) return *e;
    if (auto st = recalcQueueLeads(db, *id); !st) return ctx.dbError("sharing the queue's leads");
    ctx.audit(kQueues, "Added " + m.describe(db) + " to queue " + q.name);
    return CommandResult::success(m.describe(db) + " added to " + q.name, {{"memberId", memberId}});
}

CommandResult removeQueueMember(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto id = argId(args, "queueId", err);
    if (!id) return err;
    auto q = leads::loadQueue(db, *id);
    if (!q.exists) return CommandResult::refuse("queue #" + std::to_string(*id) + " does not exist", "queueId");
    auto memberId = argId(args, "memberId", err, false);
    if (!err.message.empty()) return err;
    MemberSpec m;
    if (memberId) {
        auto s = db.prepare("SELECT user_id, role_id, group_id FROM queue_members WHERE id = ? AND queue_id = ?");
        s.bind(1, *memberId).bind(2, *id);
        if (!s.step()) return CommandResult::refuse("member #" + std::to_string(*memberId) + " is not in the queue " + q.name, "memberId");
        m.userId = s.getOptionalInt(0);
        m.roleId = s.getOptionalInt(1);
        m.groupId = s.getOptionalInt(2);
    } else {
        if (auto e = parseQueueMember(db, args, m, "")) return *e;
    }
    auto del = db.prepare("DELETE FROM queue_members WHERE queue_id = ? AND user_id IS ? AND role_id IS ? AND group_id IS ?");
    del.bind(1, *id).bindOptional(2, m.userId).bindOptional(3, m.roleId).bindOptional(4, m.groupId);
    if (!del.run()) return ctx.dbError("removing the member");
    if (db.changes() == 0) return CommandResult::refuse(m.describe(db) + " is not a member of the queue " + q.name, "members");
    if (auto st = recalcQueueLeads(db, *id); !st) return ctx.dbError("sharing the queue's leads");
    ctx.audit(kQueues, "Removed " + m.describe(db) + " from queue " + q.name);
    return CommandResult::success(m.describe(db) + " removed from " + q.name);
}

CommandResult deleteQueue(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto id = argId(args, "queueId", err);
    if (!id) return err;
    auto q = leads::loadQueue(db, *id);
    if (!q.exists) return CommandResult::refuse("queue #" + std::to_string(*id) + " does not exist", "queueId");
    auto owned = db.queryInt("SELECT count(*) FROM leads WHERE owner_queue_id = " + std::to_string(*id)).value_or(0);
    if (owned > 0)
        return CommandResult::refuse("the queue " + q.name + " still owns " + std::to_string(owned) +
                                         (owned == 1 ? " lead" : " leads") +
                                         "; move them to another owner first (Change Owner or Mass Change Owner)",
                                     "queueId");
    auto inRule = db.queryInt("SELECT count(*) FROM assignment_rule_entries WHERE target_queue_id = " + std::to_string(*id)).value_or(0);
    if (inRule > 0)
        return CommandResult::refuse("the queue " + q.name + " is the target of " + std::to_string(inRule) +
                                         " assignment rule entries; change or remove them first",
                                     "queueId");
    auto inRr = db.queryInt("SELECT count(*) FROM round_robin_members WHERE queue_id = " + std::to_string(*id)).value_or(0);
    if (inRr > 0)
        return CommandResult::refuse("the queue " + q.name + " is a member of a round robin; remove it there first", "queueId");
    auto del = db.prepare("DELETE FROM queues WHERE id = ?");
    del.bind(1, *id);
    if (!del.run()) return ctx.dbError("deleting the queue");
    ctx.audit(kQueues, "Deleted queue " + q.name);
    return CommandResult::success("Queue " + q.name + " deleted");
}

// ---- e-mail templates --------------------------------------------------------------------------
CommandResult createEmailTemplate(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto name = argString(args, "name", err);
    if (!name) return err;
    auto subject = argString(args, "subject", err);
    if (!subject) return err;
    auto body = argString(args, "body", err);
    if (!body) return err;
    if (name->empty()) return CommandResult::refuse("give the template a name", "name");
    if (subject->empty()) return CommandResult::refuse("give the template a subject", "subject");
    auto dup = db.prepare("SELECT 1 FROM email_templates WHERE name = ?");
    dup.bind(1, *name);
    if (dup.step()) return CommandResult::refuse("a template named '" + *name + "' already exists", "name");
    auto ins = db.prepare("INSERT INTO email_templates(name, subject, body) VALUES (?,?,?)");
    ins.bind(1, *name).bind(2, *subject).bind(3, *body);
    if (!ins.run()) return ctx.dbError("saving the template");
    const Id id = db.lastInsertId();
    ctx.audit(kTemplates, "Created email template " + *name);
    return CommandResult::success("Template " + *name + " created", {{"templateId", id}});
}

// ---- assignment rules ---------------------------------------------------------------------------
struct RuleRef {
    bool exists = false;
    Id id = 0;
    std::string name;
    bool active = false;
};
RuleRef loadRule(store::Db& db, Id id) {
    RuleRef r;
    auto s = db.prepare("SELECT id, name, is_active FROM assignment_rules WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return r;
    r = {true, s.getInt(0), s.getText(1), s.getInt(2) != 0};
    return r;
}

CommandResult createAssignmentRule(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto name = argString(args, "name", err);
    if (!name) return err;
    if (name->empty()) return CommandResult::refuse("give the rule a name, e.g. \"Partner routing\"", "name");
    auto active = argBool(args, "active", err);
    if (!err.message.empty()) return err;
    auto dup = db.prepare("SELECT 1 FROM assignment_rules WHERE name = ?");
    dup.bind(1, *name);
    if (dup.step()) return CommandResult::refuse("a lead assignment rule named '" + *name + "' already exists", "name");
    if (active.value_or(false) && !db.exec("UPDATE assignment_rules SET is_active = 0")) return ctx.dbError("deactivating rules");
    auto ins = db.prepare("INSERT INTO assignment_rules(name, is_active) VALUES (?, ?)");
    ins.bind(1, *name).bind(2, active.value_or(false) ? 1 : 0);
    if (!ins.run()) return ctx.dbError("creating the rule");
    const Id id = db.lastInsertId();
    ctx.audit(kRules, "Created lead assignment rule " + *name, "", active.value_or(false) ? "active" : "inactive");
    return CommandResult::success("Rule " + *name + " created", {{"ruleId", id}});
}

CommandResult activateAssignmentRule(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto id = argId(args, "ruleId", err);
    if (!id) return err;
    auto r = loadRule(db, *id);
    if (!r.exists) return CommandResult::refuse("lead assignment rule #" + std::to_string(*id) + " does not exist", "ruleId");
    auto old = db.queryText("SELECT name FROM assignment_rules WHERE is_active = 1").value_or("none");
    if (!db.exec("UPDATE assignment_rules SET is_active = 0") ) return ctx.dbError("deactivating rules");
    auto up = db.prepare("UPDATE assignment_rules SET is_active = 1 WHERE id = ?");
    up.bind(1, *id);
    if (!up.run()) return ctx.dbError("activating the rule");
    ctx.audit(kRules, "Activated lead assignment rule " + r.name, "active: " + old, "active: " + r.name);
    return CommandResult::success("Rule " + r.name + " is now the active lead assignment rule" +
                                  (old != "none" && old != r.name ? " (" + old + " was deactivated)" : std::string()));
}

CommandResult deactivateAssignmentRule(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto id = argId(args, "ruleId", err);
    if (!id) return err;
    auto r = loadRule(db, *id);
    if (!r.exists) return CommandResult::refuse("lead assignment rule #" + std::to_string(*id) + " does not exist", "ruleId");
    if (!r.active) return CommandResult::refuse("the rule " + r.name + " is not active", "ruleId");
    auto up = db.prepare("UPDATE assignment_rules SET is_active = 0 WHERE id = ?");
    up.bind(1, *id);
    if (!up.run()) return ctx.dbError("deactivating the rule");
    ctx.audit(kRules, "Deactivated lead assignment rule " + r.name, "active", "inactive");
    return CommandResult::success("Rule " + r.name + " deactivated");
}

CommandResult deleteAssignmentRule(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto id = argId(args, "ruleId", err);
    if (!id) return err;
    auto r = loadRule(db, *id);
    if (!r.exists) return CommandResult::refuse("lead assignment rule #" + std::to_string(*id) + " does not exist", "ruleId");
    if (r.active) return CommandResult::refuse("the rule " + r.name + " is active; deactivate it before deleting it", "ruleId");
    auto del = db.prepare("DELETE FROM assignment_rules WHERE id = ?");
    del.bind(1, *id);
    if (!del.run()) return ctx.dbError("deleting the rule");
    ctx.audit(kRules, "Deleted lead assignment rule " + r.name);
    return CommandResult::success("Rule " + r.name + " deleted");
}

struct EntrySpec {
    std::vector<domain::Criterion> criteria;
    std::string logic;
    std::optional<Id> userId, queueId, roundRobinId, templateId;
    bool doNotReassign = false;
    std::string warning;
};

std::optional<CommandResult> parseCriteria(const json& args, std::vector<domain::Criterion>& out, const std::string& entry) {
    out.clear();
    auto it = args.find("criteria");
    if (it == args.end() || it->is_null()) return std::nullopt;
    if (!it->is_array()) return CommandResult::refuse(entry + ": 'criteria' must be a list of {field, op, value}", "criteria");
    if (it->size() > 25) return CommandResult::refuse(entry + ": at most 25 criteria per entry", "criteria");
    for (size_t i = 0; i < it->size(); ++i) {
        const json& c = (*it)[i];
        const std::string what = entry + ", criterion " + std::to_string(i + 1);
        if (!c.is_object()) return CommandResult::refuse(what + ": a criterion is {field, op, value}", "criteria");
        domain::Criterion cr;
        auto f = c.find("field");
        auto o = c.find("op");
        auto v = c.find("value");
        if (f == c.end() || !f->is_string()) return CommandResult::refuse(what + ": 'field' is required", "criteria");
        if (o == c.end() || !o->is_string()) return CommandResult::refuse(what + ": 'op' is required", "criteria");
        if (v == c.end() || !(v->is_string() || v->is_number()))
            return CommandResult::refuse(what + ": 'value' is required (text or a number)", "criteria");
        cr.field = f->get<std::string>();
        cr.op = o->get<std::string>();
        cr.value = v->is_string() ? v->get<std::string>() : v->dump();
        auto compiled = domain::compileCriterion(cr, what);
        if (!compiled) return CommandResult::refuse(compiled.message(), "criteria");
        out.push_back(cr);
    }
    return std::nullopt;
}

std::optional<CommandResult> parseTarget(store::Db& db, const json& t, EntrySpec& e, const std::string& entry) {
    if (!t.is_object()) return CommandResult::refuse(entry + ": 'target' must be {userId}, {queueId} or {roundRobinId}", "target");
    CommandResult err;
    e.userId = argId(t, "userId", err, false);
    if (!err.message.empty()) return CommandResult::refuse(entry + ": " + err.message, "target");
    e.queueId = argId(t, "queueId", err, false);
    if (!err.message.empty()) return CommandResult::refuse(entry + ": " + err.message, "target");
    e.roundRobinId = argId(t, "roundRobinId", err, false);
    if (!err.message.empty()) return CommandResult::refuse(entry + ": " + err.message, "target");
    if ((e.userId ? 1 : 0) + (e.queueId ? 1 : 0) + (e.roundRobinId ? 1 : 0) != 1)
        return CommandResult::refuse(entry + ": the target is exactly one of userId, queueId or roundRobinId", "target");
    e.warning.clear();
    if (e.userId) {
        auto p = leads::loadPerson(db, *e.userId);
        if (!p.exists) return CommandResult::refuse(entry + ": user #" + std::to_string(*e.userId) + " does not exist", "target");
        auto problem = leads::ownerProblem(db, *e.userId);
        if (!problem.empty()) {
            if (!p.partner) return CommandResult::refuse(entry + ": " + problem, "target");
            e.warning = problem + " — until then this entry is skipped";
        }
    }
    if (e.queueId && !leads::loadQueue(db, *e.queueId).exists)
        return CommandResult::refuse(entry + ": queue #" + std::to_string(*e.queueId) + " does not exist", "target");
    if (e.roundRobinId && !db.queryInt("SELECT 1 FROM round_robins WHERE id = " + std::to_string(*e.roundRobinId)))
        return CommandResult::refuse(entry + ": round robin #" + std::to_string(*e.roundRobinId) + " does not exist", "target");
    return std::nullopt;
}

std::optional<CommandResult> checkLogic(const EntrySpec& e, const std::string& entry) {
    auto logic = domain::Logic::parse(e.logic, static_cast<int>(e.criteria.size()));
    if (!logic) return CommandResult::refuse(entry + ": " + logic.message(), "logic");
    return std::nullopt;
}

std::optional<CommandResult> writeEntry(CommandContext& ctx, Id entryId, const EntrySpec& e) {
    auto& db = ctx.db();
    auto up = db.prepare("UPDATE assignment_rule_entries SET boolean_logic = ?, target_user_id = ?, target_queue_id = ?, "
                         "target_round_robin_id = ?, email_template_id = ?, do_not_reassign = ? WHERE id = ?");
    up.bind(1, e.logic).bindOptional(2, e.userId).bindOptional(3, e.queueId).bindOptional(4, e.roundRobinId);
    up.bindOptional(5, e.templateId).bind(6, e.doNotReassign ? 1 : 0).bind(7, entryId);
    if (!up.run()) return ctx.dbError("saving the entry");
    auto del = db.prepare("DELETE FROM assignment_rule_criteria WHERE entry_id = ?");
    del.bind(1, entryId);
    if (!del.run()) return ctx.dbError("saving the criteria");
    auto ins = db.prepare("INSERT INTO assignment_rule_criteria(entry_id, idx, field, op, value) VALUES (?,?,?,?,?)");
    for (size_t i = 0; i < e.criteria.size(); ++i) {
        ins.bind(1, entryId).bind(2, static_cast<std::int64_t>(i + 1)).bind(3, e.criteria[i].field).bind(4, e.criteria[i].op);
        ins.bind(5, e.criteria[i].value);
        if (!ins.run()) return ctx.dbError("saving the criteria");
        ins.reset();
    }
    return std::nullopt;
}

std::string describeEntry(store::Db& db, const EntrySpec& e) {
    std::string s;
    for (size_t i = 0; i < e.criteria.size(); ++i)
        s += (i ? "; " : "") + std::to_string(i + 1) + ". " + e.criteria[i].field + " " + e.criteria[i].op + " '" +
             e.criteria[i].value + "'";
    if (s.empty()) s = "(all leads)";
    if (!e.logic.empty()) s += " [" + e.logic + "]";
    s += " → ";
    if (e.userId) s += leads::personName(db, *e.userId);
    else if (e.queueId) s += "queue " + leads::loadQueue(db, *e.queueId).name;
    else s += "round robin " + db.queryText("SELECT name FROM round_robins WHERE id = " + std::to_string(e.roundRobinId.value_or(0))).value_or("?");
    if (e.doNotReassign) s += " (do not reassign owner)";
    return s;
}

// Renumbers a rule's entries 1..n in their current order.
domain::Status renumberEntries(store::Db& db, Id ruleId) {
    auto s = db.prepare("SELECT id FROM assignment_rule_entries WHERE rule_id = ? ORDER BY sort_order, id");
    s.bind(1, ruleId);
    std::vector<Id> ids;
    while (s.step()) ids.push_back(s.getInt(0));
    auto up = db.prepare("UPDATE assignment_rule_entries SET sort_order = ? WHERE id = ?");
    for (size_t i = 0; i < ids.size(); ++i) {
        up.bind(1, static_cast<std::int64_t>(i + 1)).bind(2, ids[i]);
        if (auto st = up.run(); !st) return st;
        up.reset();
    }
    return domain::okStatus();
}

std::optional<CommandResult> parseEntryOptions(store::Db& db, const json& args, EntrySpec& e, const std::string& entry, bool creating) {
    CommandResult err;
    if (creating || args.contains("criteria"))
        if (auto r = parseCriteria(args, e.criteria, entry)) return r;
    if (creating || args.contains("logic")) {
        auto logic = argString(args, "logic", err, false);
        if (!err.message.empty()) return CommandResult::refuse(entry + ": " + err.message, "logic");
        e.logic = logic.value_or("");
    }
    if (creating || args.contains("target")) {
        auto t = args.find("target");
        if (t == args.end()) return CommandResult::refuse(entry + ": give a target: {userId}, {queueId} or {roundRobinId}", "target");
        if (auto r = parseTarget(db, *t, e, entry)) return r;
    }
    if (creating || args.contains("emailTemplateId")) {
        e.templateId = argId(args, "emailTemplateId", err, false);
        if (!err.message.empty()) return CommandResult::refuse(entry + ": " + err.message, "emailTemplateId");
        if (e.templateId && !db.queryInt("SELECT 1 FROM email_templates WHERE id = " + std::to_string(*e.templateId)))
            return CommandResult::refuse(entry + ": e-mail template #" + std::to_string(*e.templateId) + " does not exist",
                                         "emailTemplateId");
    }
    if (creating || args.contains("doNotReassign")) {
        auto dnr = argBool(args, "doNotReassign", err);
        if (!err.message.empty()) return CommandResult::refuse(entry + ": " + err.message, "doNotReassign");
        e.doNotReassign = dnr.value_or(false);
    }
    return checkLogic(e, entry);
}

CommandResult addAssignmentRuleEntry(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto ruleId = argId(args, "ruleId", err);
    if (!ruleId) return err;
    auto r = loadRule(db, *ruleId);
    if (!r.exists) return CommandResult::refuse("lead assignment rule #" + std::to_string(*ruleId) + " does not exist", "ruleId");
    const std::int64_t count =
        db.queryInt("SELECT count(*) FROM assignment_rule_entries WHERE rule_id = " + std::to_string(*ruleId)).value_or(0);
    auto sortOrder = argId(args, "sortOrder", err, false);
    if (!err.message.empty()) return err;
    std::int64_t position = sortOrder.value_or(count + 1);
    if (position < 1 || position > count + 1)
        return CommandResult::refuse("sortOrder must be between 1 and " + std::to_string(count + 1), "sortOrder");
    const std::string entry = "entry " + std::to_string(position);
    EntrySpec e;
    if (auto x = parseEntryOptions(db, args, e, entry, true)) return *x;
    auto shift = db.prepare("UPDATE assignment_rule_entries SET sort_order = sort_order + 1 WHERE rule_id = ? AND sort_order >= ?");
    shift.bind(1, *ruleId).bind(2, position);
    if (!shift.run()) return ctx.dbError("making room for the entry");
    auto ins = db.prepare("INSERT INTO assignment_rule_entries(rule_id, sort_order, target_user_id, target_queue_id, "
                          "target_round_robin_id) VALUES (?,?,?,?,?)");
    ins.bind(1, *ruleId).bind(2, position).bindOptional(3, e.userId).bindOptional(4, e.queueId).bindOptional(5, e.roundRobinId);
    if (!ins.run()) return ctx.dbError("adding the entry");
    Id entryId = db.lastInsertId();
    if (auto x = writeEntry(ctx, entryId, e)) return *x;
    if (auto st = renumberEntries(db, *ruleId); !st) return ctx.dbError("ordering the entries");
    ctx.audit(kRules, "Added " + entry + " to lead assignment rule " + r.name, "", describeEntry(db, e));
    json data = {{"entryId", entryId}, {"sortOrder", position}};
    if (!e.warning.empty()) data["warning"] = e.warning;
    return CommandResult::success(entry + " added to " + r.name + (e.warning.empty() ? "" : "; note: " + e.warning), data);
}

struct EntryRef {
    bool exists = false;
    Id id = 0, ruleId = 0;
    std::int64_t order = 0;
};
EntryRef loadEntryRef(store::Db& db, Id id) {
    EntryRef e;
    auto s = db.prepare("SELECT id, rule_id, sort_order FROM assignment_rule_entries WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return e;
    e = {true, s.getInt(0), s.getInt(1), s.getInt(2)};
    return e;
}

EntrySpec loadEntrySpec(store::Db& db, Id entryId) {
    EntrySpec e;
    auto s = db.prepare("SELECT boolean_logic, target_user_id, target_queue_id, target_round_robin_id, email_template_id, "
                        "do_not_reassign FROM assignment_rule_entries WHERE id = ?");
    s.bind(1, entryId);
    if (s.step()) {
        e.logic = s.getText(0);
        e.userId = s.getOptionalInt(1);
        e.queueId = s.getOptionalInt(2);
        e.roundRobinId = s.getOptionalInt(3);
        e.templateId = s.getOptionalInt(4);
        e.doNotReassign = s.getInt(5) != 0;
    }
    auto c = db.prepare("SELECT field, op, value FROM assignment_rule_criteria WHERE entry_id = ? ORDER BY idx");
    c.bind(1, entryId);
    while (c.step()) e.criteria.push_back({c.getText(0), c.getText(1), c.getText(2)});
    return e;
}

CommandResult updateAssignmentRuleEntry(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto entryId = argId(args, "entryId", err);
    if (!entryId) return err;
    auto ref = loadEntryRef(db, *entryId);
    if (!ref.exists) return CommandResult::refuse("assignment rule entry #" + std::to_string(*entryId) + " does not exist", "entryId");
    const std::string entry = "entry " + std::to_string(ref.order);
    EntrySpec e = loadEntrySpec(db, *entryId);
    const std::string before = describeEntry(db, e);
    if (auto x = parseEntryOptions(db, args, e, entry, false)) return *x;
    if (auto x = writeEntry(ctx, *entryId, e)) return *x;
    auto rule = loadRule(db, ref.ruleId);
    ctx.audit(kRules, "Changed " + entry + " of lead assignment rule " + rule.name, before, describeEntry(db, e));
    json data = {{"entryId", *entryId}};
    if (!e.warning.empty()) data["warning"] = e.warning;
    return CommandResult::success(entry + " saved" + (e.warning.empty() ? "" : "; note: " + e.warning), data);
}

CommandResult removeAssignmentRuleEntry(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto entryId = argId(args, "entryId", err);
    if (!entryId) return err;
    auto ref = loadEntryRef(db, *entryId);
    if (!ref.exists) return CommandResult::refuse("assignment rule entry #" + std::to_string(*entryId) + " does not exist", "entryId");
    const std::string before = describeEntry(db, loadEntrySpec(db, *entryId));
    auto del = db.prepare("DELETE FROM assignment_rule_entries WHERE id = ?");
    del.bind(1, *entryId);
    if (!del.run()) return ctx.dbError("removing the entry");
    if (auto st = renumberEntries(db, ref.ruleId); !st) return ctx.dbError("ordering the entries");
    auto rule = loadRule(db, ref.ruleId);
    ctx.audit(kRules, "Removed entry " + std::to_string(ref.order) + " from lead assignment rule " + rule.name, before, "");
    return CommandResult::success("entry " + std::to_string(ref.order) + " removed");
}

CommandResult reorderAssignmentRuleEntries(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto ruleId = argId(args, "ruleId", err);
    if (!ruleId) return err;
    auto r = loadRule(db, *ruleId);
    if (!r.exists) return CommandResult::refuse("lead assignment rule #" + std::to_string(*ruleId) + " does not exist", "ruleId");
    auto it = args.find("entryIds");
    if (it == args.end() || !it->is_array()) return CommandResult::refuse("give the new order as \"entryIds\": [...]", "entryIds");
    std::vector<Id> want;
    for (const auto& v : *it) {
        if (!v.is_number_integer()) return CommandResult::refuse("'entryIds' must be a list of entry ids", "entryIds");
        want.push_back(v.get<Id>());
    }
    auto s = db.prepare("SELECT id FROM assignment_rule_entries WHERE rule_id = ? ORDER BY sort_order, id");
    s.bind(1, *ruleId);
    std::vector<Id> have;
    while (s.step()) have.push_back(s.getInt(0));
    std::set<Id> a(have.begin(), have.end()), b(want.begin(), want.end());
    if (a != b || want.size() != have.size())
        return CommandResult::refuse("list every entry of " + r.name + " exactly once (" + std::to_string(have.size()) +
                                         " entries) in the new order",
                                     "entryIds");
    auto up = db.prepare("UPDATE assignment_rule_entries SET sort_order = ? WHERE id = ?");
    std::string oldOrder, newOrder;
    for (size_t i = 0; i < want.size(); ++i) {
        up.bind(1, static_cast<std::int64_t>(i + 1)).bind(2, want[i]);
        if (!up.run()) return ctx.dbError("reordering");
        up.reset();
        oldOrder += (i ? "," : "") + std::to_string(have[i]);
        newOrder += (i ? "," : "") + std::to_string(want[i]);
    }
    ctx.audit(kRules, "Reordered the entries of lead assignment rule " + r.name, "entry ids " + oldOrder, "entry ids " + newOrder);
    return CommandResult::success("Entries of " + r.name + " reordered");
}

CommandResult runAssignmentRules(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    leads::AssignmentRouter router(db, ctx.actor(), ctx.now());
    if (!router.hasActiveRule())
        return CommandResult::refuse("there is no active lead assignment rule; activate one in Setup → Lead Assignment Rules");
    const std::string editable = leads::leadEditCondition(db, ctx.actor());
    if (auto st = db.exec("CREATE TEMP TABLE IF NOT EXISTS route_ids(id INTEGER PRIMARY KEY); DELETE FROM route_ids"); !st)
        return ctx.dbError("selecting the leads");
    bool all = false;
    if (auto it = args.find("leadIds"); it != args.end()) {
        if (!it->is_array() || it->empty()) return CommandResult::refuse("'leadIds' must be a non-empty list of lead ids", "leadIds");
        auto ins = db.prepare("INSERT OR IGNORE INTO route_ids(id) VALUES (?)");
        for (const auto& v : *it) {
            if (!v.is_number_integer()) return CommandResult::refuse("'leadIds' must be a list of lead ids", "leadIds");
            ins.bind(1, v.get<Id>());
            if (!ins.run()) return ctx.dbError("selecting the leads");
            ins.reset();
        }
        auto missing = db.queryInt("SELECT count(*) FROM route_ids WHERE id NOT IN (SELECT id FROM leads)").value_or(0);
        if (missing) return CommandResult::refuse(std::to_string(missing) + " of the leads no longer exist; nothing was changed", "leadIds");
        auto denied = db.prepare("SELECT count(*), min(l.number) FROM leads l WHERE l.id IN (SELECT id FROM route_ids) AND NOT (" +
                                 editable + ")");
        if (denied.step() && denied.getInt(0) > 0)
            return CommandResult::refuse("you cannot edit " + std::to_string(denied.getInt(0)) + " of the leads (e.g. " +
                                             denied.getText(1) + "); nothing was changed",
                                         "leadIds");
    } else if (auto a = args.find("all"); a != args.end() && a->is_boolean() && a->get<bool>()) {
        all = editable == "1";
        if (!db.exec("INSERT INTO route_ids(id) SELECT l.id FROM leads l WHERE " + editable)) return ctx.dbError("selecting the leads");
    } else {
        return CommandResult::refuse("choose the leads: \"leadIds\": [...] or \"all\": true", "leadIds");
    }

    struct Row {
        Id id;
        leads::Owner owner;
        domain::LeadValues values;
    };
    std::vector<Row> rows;
    auto sel = db.prepare("SELECT l.id, l.owner_user_id, l.owner_queue_id, " + leads::leadSelectColumns() +
                          " FROM leads l WHERE l.id IN (SELECT id FROM temp.route_ids) ORDER BY l.id");
    while (sel.step()) {
        Row r;
        r.id = sel.getInt(0);
        r.owner = sel.isNull(1) ? leads::Owner{true, sel.getInt(2)} : leads::Owner{false, sel.getInt(1)};
        r.values = leads::readLeadValues(sel, 3);
        rows.push_back(std::move(r));
    }
    if (!sel.ok()) return ctx.dbError("reading the leads");
    auto up = db.prepare("UPDATE leads SET owner_user_id = ?, owner_queue_id = ?, assignment_trace = ?, modified_at = ? WHERE id = ?");
    std::map<Id, std::vector<Id>> queueLeads;
    std::vector<std::pair<Id, std::pair<leads::Owner, Id>>> templates;
    std::int64_t changed = 0, defaults = 0;
    for (const Row& r : rows) {
        auto d = router.route(r.values, r.owner);
        if (d.owner.queue) up.bindNull(1).bind(2, d.owner.id);
        else up.bind(1, d.owner.id).bindNull(2);
        up.bind(3, d.trace.dump()).bind(4, ctx.now()).bind(5, r.id);
        if (!up.run()) return ctx.dbError("assigning the leads");
        up.reset();
        const bool moved = d.owner.queue != r.owner.queue || d.owner.id != r.owner.id;
        if (moved) ++changed;
        if (d.trace.value("how", "") == "default") ++defaults;
        if (moved && d.owner.queue) queueLeads[d.owner.id].push_back(r.id);
        if (d.emailTemplateId) templates.push_back({r.id, {d.owner, *d.emailTemplateId}});
    }
    if (auto st = router.save(); !st) return ctx.dbError("saving the round-robin position");
    auto st = all ? recalcAllLeadShares(db) : recalcLeadSharesInTable(db, "temp.route_ids");
    if (!st) return ctx.dbError("sharing the leads");
    for (const auto& [lead, t] : templates) leads::sendRuleTemplate(ctx, lead, t.first, t.second);
    leads::sendQueueSummaries(ctx, queueLeads);
    return CommandResult::success(std::to_string(rows.size()) + " leads routed by " + router.ruleName() + "; " +
                                      std::to_string(changed) + " changed owner",
                                  {{"count", rows.size()}, {"changed", changed}, {"defaultOwner", defaults}});
}

// ---- round robin --------------------------------------------------------------------------------
struct RrMember {
    Id id = 0;
    int weight = 1;
};

std::optional<CommandResult> parseRrMembers(store::Db& db, const json& args, bool queues, std::vector<RrMember>& out) {
    auto it = args.find("members");
    if (it == args.end() || !it->is_array() || it->empty())
        return CommandResult::refuse(std::string("give the members as \"members\": [{") + (queues ? "queueId" : "userId") +
                                         ", weight}, ...]",
                                     "members");
    std::set<Id> seen;
    for (size_t i = 0; i < it->size(); ++i) {
        const json& m = (*it)[i];
        const std::string what = "member " + std::to_string(i + 1) + ": ";
        if (!m.is_object()) return CommandResult::refuse(what + "a member is {userId|queueId, weight}", "members");
        CommandResult err;
        auto id = argId(m, queues ? "queueId" : "userId", err);
        if (!id) {
            if (m.contains(queues ? "userId" : "queueId"))
                return CommandResult::refuse(what + "a round robin over " + (queues ? "queues" : "users") + " takes " +
                                                 (queues ? "queueId" : "userId") + " members",
                                             "members");
            return CommandResult::refuse(what + err.message, "members");
        }
        RrMember rm{*id, 1};
        if (auto w = m.find("weight"); w != m.end() && !w->is_null()) {
            if (!w->is_number_integer() || w->get<std::int64_t>() < 1 || w->get<std::int64_t>() > 100)
                return CommandResult::refuse(what + "the weight must be a whole number from 1 to 100", "members");
            rm.weight = w->get<int>();
        }
        if (!seen.insert(rm.id).second) return CommandResult::refuse(what + "listed twice", "members");
        if (queues) {
            if (!leads::loadQueue(db, rm.id).exists)
                return CommandResult::refuse(what + "queue #" + std::to_string(rm.id) + " does not exist", "members");
        } else if (!leads::loadPerson(db, rm.id).exists) {
            return CommandResult::refuse(what + "user #" + std::to_string(rm.id) + " does not exist", "members");
        }
        out.push_back(rm);
    }
    return std::nullopt;
}

std::optional<CommandResult> writeRrMembers(CommandContext& ctx, Id rrId, bool queues, const std::vector<RrMember>& ms,
                                            std::string& described) {
    auto& db = ctx.db();
    auto del = db.prepare("DELETE FROM round_robin_members WHERE round_robin_id = ?");
    del.bind(1, rrId);
    if (!del.run()) return ctx.dbError("saving the members");
    auto ins = db.prepare("INSERT INTO round_robin_members(round_robin_id, position, user_id, queue_id, weight) VALUES (?,?,?,?,?)");
    for (size_t i = 0; i < ms.size(); ++i) {
        ins.bind(1, rrId).bind(2, static_cast<std::int64_t>(i + 1));
        if (queues) ins.bindNull(3).bind(4, ms[i].id);
        else ins.bind(3, ms[i].id).bindNull(4);
        ins.bind(5, ms[i].weight);
        if (!ins.run()) return ctx.dbError("saving the members");
        ins.reset();
        described += (i ? ", " : "") + leads::ownerName(db, {queues, ms[i].id}) + " ×" + std::to_string(ms[i].weight);
    }
    return std::nullopt;
}

CommandResult createRoundRobin(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto name = argString(args, "name", err);
    if (!name) return err;
    if (name->empty()) return CommandResult::refuse("give the round robin a name", "name");
    auto kind = argString(args, "kind", err);
    if (!kind) return err;
    if (*kind != "Users" && *kind != "Queues") return CommandResult::refuse("kind must be Users or Queues", "kind");
    auto dup = db.prepare("SELECT 1 FROM round_robins WHERE name = ?");
    dup.bind(1, *name);
    if (dup.step()) return CommandResult::refuse("a round robin named '" + *name + "' already exists", "name");
    const bool queues = *kind == "Queues";
    std::vector<RrMember> ms;
    if (auto e = parseRrMembers(db, args, queues, ms)) return *e;
    auto ins = db.prepare("INSERT INTO round_robins(name, kind, cursor) VALUES (?, ?, 0)");
    ins.bind(1, *name).bind(2, *kind);
    if (!ins.run()) return ctx.dbError("creating the round robin");
    Id id = db.lastInsertId();
    std::string described;
    if (auto e = writeRrMembers(ctx, id, queues, ms, described)) return *e;
    ctx.audit(kRoundRobin, "Created round robin " + *name + " over " + (queues ? "queues" : "users"), "", described);
    return CommandResult::success("Round robin " + *name + " created", {{"roundRobinId", id}});
}

CommandResult updateRoundRobin(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto id = argId(args, "roundRobinId", err);
    if (!id) return err;
    auto s = db.prepare("SELECT name, kind FROM round_robins WHERE id = ?");
    s.bind(1, *id);
    if (!s.step()) return CommandResult::refuse("round robin #" + std::to_string(*id) + " does not exist", "roundRobinId");
    const std::string oldName = s.getText(0);
    const bool queues = s.getText(1) == "Queues";
    auto name = argString(args, "name", err, false);
    if (!err.message.empty()) return err;
    if (name) {
        if (name->empty()) return CommandResult::refuse("give the round robin a name", "name");
        auto dup = db.prepare("SELECT 1 FROM round_robins WHERE name = ? AND id <> ?");
        dup.bind(1, *name).bind(2, *id);
        if (dup.step()) return CommandResult::refuse("a round robin named '" + *name + "' already exists", "name");
        auto up = db.prepare("UPDATE round_robins SET name = ? WHERE id = ?");
        up.bind(1, *name).bind(2, *id);
        if (!up.run()) return ctx.dbError("renaming");
    }
    std::string described;
    if (args.contains("members")) {
        std::vector<RrMember> ms;
        if (auto e = parseRrMembers(db, args, queues, ms)) return *e;
        if (auto e = writeRrMembers(ctx, *id, queues, ms, described)) return *e;
    }
    ctx.audit(kRoundRobin, "Changed round robin " + oldName, "", name.value_or(oldName) + (described.empty() ? "" : ": " + described));
    return CommandResult::success("Round robin " + name.value_or(oldName) + " saved", {{"roundRobinId", *id}});
}

}  // namespace

void registerRoutingCommands(CommandRegistry& r) {
    r.add({"CreateQueue", true, true, createQueue});
    r.add({"UpdateQueue", true, true, updateQueue});
    r.add({"AddQueueMember", true, true, addQueueMember});
    r.add({"RemoveQueueMember", true, true, removeQueueMember});
    r.add({"DeleteQueue", true, true, deleteQueue});
    r.add({"CreateEmailTemplate", true, true, createEmailTemplate});
    r.add({"CreateAssignmentRule", true, true, createAssignmentRule});
    r.add({"ActivateAssignmentRule", true, true, activateAssignmentRule});
    r.add({"DeactivateAssignmentRule", true, true, deactivateAssignmentRule});
    r.add({"DeleteAssignmentRule", true, true, deleteAssignmentRule});
    r.add({"AddAssignmentRuleEntry", true, true, addAssignmentRuleEntry});
    r.add({"UpdateAssignmentRuleEntry", true, true, updateAssignmentRuleEntry});
    r.add({"RemoveAssignmentRuleEntry", true, true, removeAssignmentRuleEntry});
    r.add({"ReorderAssignmentRuleEntries", true, true, reorderAssignmentRuleEntries});
    r.add({"RunAssignmentRules", false, true, runAssignmentRules});
    r.add({"CreateRoundRobin", true, true, createRoundRobin});
    r.add({"UpdateRoundRobin", true, true, updateRoundRobin});
}

}  // namespace prm::app
