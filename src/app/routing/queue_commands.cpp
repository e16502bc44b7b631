// [SECTION] index
//  - Members: check, describe, insert
//  - CreateQueue, UpdateQueue
//  - AddQueueMember, RemoveQueueMember (the queue's leads are shared again)
//  - DeleteQueue (refused while it owns leads or is used by a rule or a round robin)
#include "app/leads/lead_support.h"
#include "app/refusals.h"
#include "app/routing/routing_commands.h"
#include "app/sharing.h"

namespace prm::app::routing {
namespace {

const char* kQueues = "Queues";

// Share rows of the leads a queue owns (after its membership changed).
domain::Status recalcQueueLeads(store::Db& db, Id queueId) {
    auto st = db.exec("CREATE TEMP TABLE IF NOT EXISTS queue_lead_ids(id INTEGER PRIMARY KEY); DELETE FROM queue_lead_ids;");
    if (!st) return st;
    auto ins = db.prepare("INSERT INTO queue_lead_ids(id) SELECT id FROM leads WHERE owner_queue_id = ?");
    if (auto r = ins.bind(1, queueId).run(); !r) return r;
    return recalcLeadSharesInTable(db, "temp.queue_lead_ids");
}

CommandResult noQueue(Id id) {
    return refuseMissing(RecordKind::Queue, id, "queueId");
}

// ---- [SECTION] Members ------------------------------------------------------------------------------
std::string describeMember(store::Db& db, const QueueMember& m) {
    if (m.userId) return "user " + userName(db, *m.userId);
    if (m.roleId) return "role " + db.queryText("SELECT name FROM roles WHERE id = ?", *m.roleId).value_or("?");
    return "public group " + db.queryText("SELECT name FROM public_groups WHERE id = ?", m.groupId.value_or(0)).value_or("?");
}

// Exactly one of userId, roleId, groupId, and it exists. `prefix` names the member in a list ("member 2: ").
std::optional<CommandResult> checkMember(store::Db& db, const QueueMember& m, const std::string& prefix) {
    const int n = (m.userId ? 1 : 0) + (m.roleId ? 1 : 0) + (m.groupId ? 1 : 0);
    if (n != 1) return CommandResult::refuse(T_f("{0}a member is one user, one role or one public group", {prefix}), "members");
    if (m.userId && !loadUser(db, *m.userId).exists)
        return refuseMissing(RecordKind::User, *m.userId, "userId", prefix);
    if (m.roleId && !db.queryInt("SELECT 1 FROM roles WHERE id = ?", *m.roleId))
        return refuseMissing(RecordKind::Role, *m.roleId, "roleId", prefix);
    if (m.groupId && !db.queryInt("SELECT 1 FROM public_groups WHERE id = ?", *m.groupId))
        return refuseMissing(RecordKind::PublicGroup, *m.groupId, "groupId", prefix);
    return std::nullopt;
}

std::optional<CommandResult> insertMember(CommandContext& ctx, Id queueId, const QueueMember& m, Id& memberId) {
    auto& db = ctx.db();
    auto dup = db.prepare("SELECT 1 FROM queue_members WHERE queue_id = ? AND user_id IS ? AND role_id IS ? AND group_id IS ?");
    dup.bindAll(queueId, m.userId, m.roleId, m.groupId);
    if (dup.step()) return CommandResult::refuse(T_f("{0} is already a member of this queue", {describeMember(db, m)}), "members");
    auto ins = db.prepare("INSERT INTO queue_members(queue_id, user_id, role_id, group_id) VALUES (?,?,?,?)");
    ins.bindAll(queueId, m.userId, m.roleId, m.groupId);
    if (!ins.run()) return ctx.dbError(T_f("adding the queue member"));
    memberId = db.lastInsertId();
    return std::nullopt;
}

std::optional<CommandResult> checkQueueName(store::Db& db, const std::string& name, Id except) {
    if (name.empty()) return CommandResult::refuse(T_f("give the queue a name, e.g. \"Nordic Partner Leads\""), "name");
    auto s = db.prepare("SELECT 1 FROM queues WHERE name = ? COLLATE NOCASE AND id <> ?");
    s.bindAll(name, except);
    if (s.step()) return CommandResult::refuse(T_f("a queue named '{0}' already exists; choose another name", {name}), "name");
    return std::nullopt;
}

// ---- [SECTION] CreateQueue, UpdateQueue -------------------------------------------------------------
CommandResult createQueue(CommandContext& ctx, const CreateQueue& cmd) {
    auto& db = ctx.db();
    if (auto e = checkQueueName(db, cmd.name, 0)) return *e;
    const std::string email = cmd.email.value_or("");
    if (!email.empty() && !isValidEmail(email))
        return CommandResult::refuse(T_f("'{0}' is not an e-mail address; enter the queue's address or leave it blank", {email}), "email");
    for (size_t i = 0; i < cmd.members.size(); ++i)
        if (auto e = checkMember(db, cmd.members[i], T_f("member {0}: ", {std::to_string(i + 1)}))) return *e;
    auto ins = db.prepare("INSERT INTO queues(name, email, send_email_to_members, created_at) VALUES (?,?,?,?)");
    ins.bindAll(cmd.name, email, cmd.sendEmailToMembers ? 1 : 0, ctx.now());
    if (!ins.run()) return ctx.dbError(T_f("creating the queue"));
    const Id id = db.lastInsertId();
    std::string list;
    for (const auto& m : cmd.members) {
        Id memberId = 0;
        if (auto e = insertMember(ctx, id, m, memberId)) return *e;
        list += (list.empty() ? "" : ", ") + describeMember(db, m);
    }
    ctx.audit(kQueues, "Created queue " + cmd.name, "", list.empty() ? "no members" : "members: " + list);
    return CommandResult::success(T_f("Queue {0} created", {cmd.name}), {{"queueId", id}});
}

CommandResult updateQueue(CommandContext& ctx, const UpdateQueue& cmd) {
    auto& db = ctx.db();
    const Id id = cmd.queueId;
    auto q = leads::loadQueue(db, id);
    if (!q.exists) return noQueue(id);
    if (cmd.name)
        if (auto e = checkQueueName(db, *cmd.name, id)) return *e;
    if (cmd.email && !cmd.email->empty() && !isValidEmail(*cmd.email))
        return CommandResult::refuse(T_f("'{0}' is not an e-mail address", {*cmd.email}), "email");
    const std::string name = cmd.name.value_or(q.name), email = cmd.email.value_or(q.email);
    const bool send = cmd.sendEmailToMembers.value_or(q.sendEmailToMembers);
    auto up = db.prepare("UPDATE queues SET name = ?, email = ?, send_email_to_members = ? WHERE id = ?");
    up.bindAll(name, email, send ? 1 : 0, id);
    if (!up.run()) return ctx.dbError(T_f("saving the queue"));
    ctx.audit(kQueues, "Changed queue " + q.name,
              q.name + ", " + q.email + ", notify members: " + (q.sendEmailToMembers ? "yes" : "no"),
              name + ", " + email + ", notify members: " + (send ? "yes" : "no"));
    return CommandResult::success(T_f("Queue {0} saved", {name}), {{"queueId", id}});
}

// ---- [SECTION] AddQueueMember, RemoveQueueMember ----------------------------------------------------
CommandResult addQueueMember(CommandContext& ctx, const AddQueueMember& cmd) {
    auto& db = ctx.db();
    const Id id = cmd.queueId;
    auto q = leads::loadQueue(db, id);
    if (!q.exists) return noQueue(id);
    const QueueMember m{cmd.userId, cmd.roleId, cmd.groupId};
    if (auto e = checkMember(db, m, "")) return *e;
    Id memberId = 0;
    if (auto e = insertMember(ctx, id, m, memberId)) return *e;
    if (auto st = recalcQueueLeads(db, id); !st) return ctx.dbError(T_f("sharing the queue's leads"));
    ctx.audit(kQueues, "Added " + describeMember(db, m) + " to queue " + q.name);
    return CommandResult::success(T_f("{0} added to {1}", {describeMember(db, m), q.name}), {{"memberId", memberId}});
}

CommandResult removeQueueMember(CommandContext& ctx, const RemoveQueueMember& cmd) {
    auto& db = ctx.db();
    const Id id = cmd.queueId;
    auto q = leads::loadQueue(db, id);
    if (!q.exists) return noQueue(id);
    QueueMember m;
    if (cmd.memberId) {
        auto s = db.prepare("SELECT user_id, role_id, group_id FROM queue_members WHERE id = ? AND queue_id = ?");
        s.bindAll(*cmd.memberId, id);
        if (!s.step())
            return CommandResult::refuse(T_f("member #{0} is not in the queue {1}; pick one from the queue's member list",
                                             {std::to_string(*cmd.memberId), q.name}),
                                         "memberId");
        m.userId = s.getOptionalInt(0);
        m.roleId = s.getOptionalInt(1);
        m.groupId = s.getOptionalInt(2);
    } else {
        m = {cmd.userId, cmd.roleId, cmd.groupId};
        if (auto e = checkMember(db, m, "")) return *e;
    }
    auto del = db.prepare("DELETE FROM queue_members WHERE queue_id = ? AND user_id IS ? AND role_id IS ? AND group_id IS ?");
    del.bindAll(id, m.userId, m.roleId, m.groupId);
    if (!del.run()) return ctx.dbError(T_f("removing the member"));
    if (db.changes() == 0)
        return CommandResult::refuse(T_f("{0} is not a member of the queue {1}", {describeMember(db, m), q.name}), "members");
    if (auto st = recalcQueueLeads(db, id); !st) return ctx.dbError(T_f("sharing the queue's leads"));
    ctx.audit(kQueues, "Removed " + describeMember(db, m) + " from queue " + q.name);
    return CommandResult::success(T_f("{0} removed from {1}", {describeMember(db, m), q.name}));
}

// ---- [SECTION] DeleteQueue --------------------------------------------------------------------------
CommandResult deleteQueue(CommandContext& ctx, const QueueRef& cmd) {
    auto& db = ctx.db();
    const Id id = cmd.queueId;
    auto q = leads::loadQueue(db, id);
    if (!q.exists) return noQueue(id);
    const auto owned = db.queryInt("SELECT count(*) FROM leads WHERE owner_queue_id = ?", id).value_or(0);
    if (owned > 0)
        return CommandResult::refuse(TN_f(TN_("the queue {0} still owns {1} lead; move them to another owner first (Change Owner or Mass Change Owner)",
                                              "the queue {0} still owns {1} leads; move them to another owner first (Change Owner or Mass Change Owner)"),
                                          owned, {q.name, std::to_string(owned)}),
                                     "queueId");
    const auto inRule = db.queryInt("SELECT count(*) FROM assignment_rule_entries WHERE target_queue_id = ?", id).value_or(0);
    if (inRule > 0)
        return CommandResult::refuse(T_f("the queue {0} is the target of {1} assignment rule entries; change or remove them first",
                                         {q.name, std::to_string(inRule)}),
                                     "queueId");
    const auto inRr = db.queryInt("SELECT count(*) FROM round_robin_members WHERE queue_id = ?", id).value_or(0);
    if (inRr > 0)
        return CommandResult::refuse(T_f("the queue {0} is a member of a round robin; remove it there first", {q.name}), "queueId");
    auto del = db.prepare("DELETE FROM queues WHERE id = ?");
    if (!del.bind(1, id).run()) return ctx.dbError(T_f("deleting the queue"));
    ctx.audit(kQueues, "Deleted queue " + q.name);
    return CommandResult::success(T_f("Queue {0} deleted", {q.name}));
}

}  // namespace

void registerQueueCommands(CommandRegistry& r) {
    r.add("CreateQueue", CommandKind::Setup, createQueue,
          "Creates a queue, with its e-mail address and its members (users, roles or public groups).");
    r.add("UpdateQueue", CommandKind::Setup, updateQueue,
          "Changes a queue's name, e-mail address or whether its members are notified of new leads.");
    r.add("AddQueueMember", CommandKind::Setup, addQueueMember,
          "Adds a user, a role or a public group to a queue; they see the queue's leads.");
    r.add("RemoveQueueMember", CommandKind::Setup, removeQueueMember,
          "Takes a member out of a queue; they no longer see the queue's leads through it.");
    r.add("DeleteQueue", CommandKind::Setup, deleteQueue,
          "Deletes a queue that owns no leads and is used by no assignment rule or round robin.");
}

}  // namespace prm::app::routing
