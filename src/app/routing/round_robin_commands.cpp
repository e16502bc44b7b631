// [SECTION] index
//  - Members: check (kind, weight 1-100, once each, exists), write
//  - CreateRoundRobin, UpdateRoundRobin
//
// The built-in round robin hands leads to its members in turn, each as many times as its weight; the
// position (cursor) is kept in round_robins and moved by the assignment router.
#include <set>

#include "app/messages.h"
#include "app/leads/lead_support.h"
#include "app/refusals.h"
#include "app/routing/routing_commands.h"

namespace prm::app::routing {
namespace {

const char* kRoundRobin = "Round Robin";

struct RrMember {
    Id id = 0;
    int weight = 1;
};

std::optional<CommandResult> checkMembers(store::Db& db, const std::vector<RoundRobinMember>& in, bool queues,
                                          std::vector<RrMember>& out) {
    if (in.empty())
        return CommandResult::refuse(queues ? T_f("add at least one member: a queue with a weight from 1 to 100")
                                            : T_f("add at least one member: a user with a weight from 1 to 100"),
                                     "members");
    std::set<Id> seen;
    for (size_t i = 0; i < in.size(); ++i) {
        const RoundRobinMember& m = in[i];
        const std::string what = T_f("member {0}: ", {sayInt(static_cast<long long>(i + 1))});
        const std::optional<Id>& id = queues ? m.queueId : m.userId;
        const std::optional<Id>& other = queues ? m.userId : m.queueId;
        if (other)
            return CommandResult::refuse(what + (queues ? T_f("a round robin over queues has only queues as members")
                                                        : T_f("a round robin over users has only users as members")),
                                         "members");
        if (!id) return CommandResult::refuse(what + (queues ? T_f("pick the member's queue") : T_f("pick the member's user")), "members");
        RrMember rm{*id, m.weight.value_or(1)};
        if (rm.weight < 1 || rm.weight > 100)
            return CommandResult::refuse(T_f("{0}the weight must be a whole number from 1 to 100", {what}), "members");
        if (!seen.insert(rm.id).second) return CommandResult::refuse(T_f("{0}listed twice", {what}), "members");
        if (queues) {
            if (!leads::loadQueue(db, rm.id).exists)
                return refuseMissing(RecordKind::Queue, rm.id, "members", what);
        } else if (!loadUser(db, rm.id).exists) {
            return refuseMissing(RecordKind::User, rm.id, "members", what);
        }
        out.push_back(rm);
    }
    return std::nullopt;
}

std::optional<CommandResult> writeMembers(CommandContext& ctx, Id rrId, bool queues, const std::vector<RrMember>& ms,
                                          std::string& described) {
    auto& db = ctx.db();
    auto del = db.prepare("DELETE FROM round_robin_members WHERE round_robin_id = ?");
    if (!del.bind(1, rrId).run()) return ctx.dbError(T_f("saving the members"));
    auto ins = db.prepare("INSERT INTO round_robin_members(round_robin_id, position, user_id, queue_id, weight) VALUES (?,?,?,?,?)");
    for (size_t i = 0; i < ms.size(); ++i) {
        ins.bind(1, rrId).bind(2, static_cast<std::int64_t>(i + 1));
        if (queues) ins.bindNull(3).bind(4, ms[i].id);
        else ins.bind(3, ms[i].id).bindNull(4);
        ins.bind(5, ms[i].weight);
        if (!ins.run()) return ctx.dbError(T_f("saving the members"));
        ins.reset();
        described += (i ? ", " : "") + leads::ownerName(db, {queues, ms[i].id}) + " ×" + std::to_string(ms[i].weight);
    }
    return std::nullopt;
}

CommandResult createRoundRobin(CommandContext& ctx, const CreateRoundRobin& cmd) {
    auto& db = ctx.db();
    const std::string& name = cmd.name;
    if (name.empty()) return CommandResult::refuse(T_f("give the round robin a name"), "name");
    auto dup = db.prepare("SELECT 1 FROM round_robins WHERE name = ?");
    dup.bind(1, name);
    if (dup.step()) return CommandResult::refuse(T_f("a round robin named '{0}' already exists", {name}), "name");
    const bool queues = cmd.kind == RoundRobinKind::Queues;
    std::vector<RrMember> ms;
    if (auto e = checkMembers(db, cmd.members, queues, ms)) return *e;
    auto ins = db.prepare("INSERT INTO round_robins(name, kind, cursor) VALUES (?, ?, 0)");
    if (!ins.bindAll(name, fields::enumName(cmd.kind)).run()) return ctx.dbError(T_f("creating the round robin"));
    const Id id = db.lastInsertId();
    std::string described;
    if (auto e = writeMembers(ctx, id, queues, ms, described)) return *e;
    ctx.audit(kRoundRobin, "Created round robin " + name + " over " + (queues ? "queues" : "users"), "", described);
    return CommandResult::success(T_f("Round robin {0} created", {name}), {{"roundRobinId", id}});
}

CommandResult updateRoundRobin(CommandContext& ctx, const UpdateRoundRobin& cmd) {
    auto& db = ctx.db();
    const Id id = cmd.roundRobinId;
    auto s = db.prepare("SELECT name, kind FROM round_robins WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return refuseMissing(RecordKind::RoundRobin, id, "roundRobinId");
    const std::string oldName = s.getText(0);
    const bool queues = s.getText(1) == "Queues";
    if (cmd.name) {
        const std::string& name = *cmd.name;
        if (name.empty()) return CommandResult::refuse(T_f("give the round robin a name"), "name");
        auto dup = db.prepare("SELECT 1 FROM round_robins WHERE name = ? AND id <> ?");
        dup.bindAll(name, id);
        if (dup.step()) return CommandResult::refuse(T_f("a round robin named '{0}' already exists", {name}), "name");
        auto up = db.prepare("UPDATE round_robins SET name = ? WHERE id = ?");
        if (!up.bindAll(name, id).run()) return ctx.dbError(T_f("renaming"));
    }
    std::string described;
    if (cmd.members.present) {  // null or [] is refused: a round robin needs members
        std::vector<RrMember> ms;
        if (auto e = checkMembers(db, cmd.members.value, queues, ms)) return *e;
        if (auto e = writeMembers(ctx, id, queues, ms, described)) return *e;
    }
    const std::string name = cmd.name.value_or(oldName);
    ctx.audit(kRoundRobin, "Changed round robin " + oldName, "", name + (described.empty() ? "" : ": " + described));
    return CommandResult::success(T_f("Round robin {0} saved", {name}), {{"roundRobinId", id}});
}

}  // namespace

void registerRoundRobinCommands(CommandRegistry& r) {
    r.add("CreateRoundRobin", CommandKind::Setup, createRoundRobin,
          "Creates a round robin over users or over queues, each member with a weight (1 to 100).");
    r.add("UpdateRoundRobin", CommandKind::Setup, updateRoundRobin,
          "Renames a round robin or replaces its members; its kind stays.");
}

}  // namespace prm::app::routing
