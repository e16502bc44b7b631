// [SECTION] index
//  - Programs: CreateChannelProgram, ActivateChannelProgram, DeactivateChannelProgram
//  - Levels: AddChannelLevel, UpdateChannelLevel
//  - Members: AddChannelProgramMember, ChangeChannelMemberLevel (Promote / Demote), RemoveChannelProgramMember
// A level can be a public group's member (public_group_levels; the group_users view reaches the users of the
// level's member accounts while the program is active), so every change that can alter who is in a group
// recalculates the shares before the command commits.
#include "app/channel/channel_commands.h"

#include "app/command_areas.h"
#include "app/sharing.h"
#include "domain/sales.h"

namespace prm::app::channel {
namespace {

const char* kSection = "Channel Programs";

struct Program {
    bool exists = false;
    std::string name;
    bool active = false;
};
Program loadProgram(store::Db& db, Id id) {
    Program p;
    auto s = db.prepare("SELECT name, is_active FROM channel_programs WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return p;
    p.exists = true;
    p.name = s.getText(0);
    p.active = s.getInt(1) != 0;
    return p;
}

struct Level {
    bool exists = false;
    Id programId = 0;
    std::string name;
    int rank = 0;
};
Level loadLevel(store::Db& db, Id id) {
    Level l;
    auto s = db.prepare("SELECT program_id, name, rank FROM channel_program_levels WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return l;
    l.exists = true;
    l.programId = s.getInt(0);
    l.name = s.getText(1);
    l.rank = static_cast<int>(s.getInt(2));
    return l;
}

struct Member {
    bool exists = false;
    Id programId = 0, accountId = 0, levelId = 0;
    std::string accountName;
};
Member loadMember(store::Db& db, Id id) {
    Member m;
    auto s = db.prepare("SELECT cm.program_id, cm.account_id, cm.level_id, a.name FROM channel_program_members cm "
                        "JOIN accounts a ON a.id = cm.account_id WHERE cm.id = ?");
    s.bind(1, id);
    if (!s.step()) return m;
    m.exists = true;
    m.programId = s.getInt(0);
    m.accountId = s.getInt(1);
    m.levelId = s.getInt(2);
    m.accountName = s.getText(3);
    return m;
}

CommandResult noProgram(Id id) {
    return CommandResult::refuse(
        T_f("there is no channel program with id {0}; pick one from Sales → Channel Programs", {std::to_string(id)}),
        "programId");
}
CommandResult noLevel(Id id) {
    return CommandResult::refuse(
        T_f("there is no channel level with id {0}; pick one from the program's Levels table", {std::to_string(id)}),
        "levelId");
}
CommandResult noMember(Id id) {
    return CommandResult::refuse(
        T_f("there is no channel program member with id {0}; pick one from the program's Members table",
            {std::to_string(id)}),
        "memberId");
}

CommandResult recalcFailed(CommandContext& ctx) { return ctx.dbError(T_f("recalculating sharing")); }

// ---- programs -----------------------------------------------------------------------------------------
CommandResult createProgram(CommandContext& ctx, const CreateChannelProgram& cmd) {
    auto& db = ctx.db();
    const std::string name = domain::trimText(cmd.name);
    if (name.empty()) return CommandResult::refuse(T_f("give the channel program a name, e.g. \"Partner Program\""), "name");
    if (db.queryInt("SELECT 1 FROM channel_programs WHERE name = ?", name))
        return CommandResult::refuse(T_f("a channel program named '{0}' already exists", {name}), "name");
    auto ins = db.prepare("INSERT INTO channel_programs(name, description, is_active, created_at) VALUES (?, ?, 0, ?)");
    ins.bind(1, name).bind(2, domain::trimText(cmd.description.value_or(""))).bind(3, ctx.now());
    if (!ins.run()) return ctx.dbError(T_f("creating the channel program"));
    const Id id = db.lastInsertId();
    ctx.audit(kSection, "Created channel program " + name + " (inactive)");
    return CommandResult::success(T_f("Channel program {0} created; it is inactive until you activate it", {name}),
                                  {{"programId", id}});
}

CommandResult setActive(CommandContext& ctx, Id programId, bool active) {
    auto& db = ctx.db();
    const Program p = loadProgram(db, programId);
    if (!p.exists) return noProgram(programId);
    if (p.active == active)
        return CommandResult::refuse(active ? T_f("channel program {0} is already active", {p.name})
                                            : T_f("channel program {0} is already inactive", {p.name}),
                                     "programId");
    auto up = db.prepare("UPDATE channel_programs SET is_active = ? WHERE id = ?");
    if (!up.bindAll(active ? 1 : 0, programId).run()) return ctx.dbError(T_f("saving the channel program"));
    if (!recalcAllShares(db)) return recalcFailed(ctx);
    ctx.audit(kSection, (active ? "Activated channel program " : "Deactivated channel program ") + p.name,
              active ? "Inactive" : "Active", active ? "Active" : "Inactive");
    return CommandResult::success(active ? T_f("Channel program {0} activated", {p.name})
                                         : T_f("Channel program {0} deactivated", {p.name}),
                                  {{"programId", programId}});
}
CommandResult activateProgram(CommandContext& ctx, const ChannelProgramRef& cmd) { return setActive(ctx, cmd.programId, true); }
CommandResult deactivateProgram(CommandContext& ctx, const ChannelProgramRef& cmd) {
    return setActive(ctx, cmd.programId, false);
}

// ---- levels -------------------------------------------------------------------------------------------
std::optional<CommandResult> checkLevelName(store::Db& db, Id programId, const std::string& name, Id exceptLevel) {
    if (name.empty()) return CommandResult::refuse(T_f("give the level a name, e.g. \"Gold\""), "name");
    if (db.queryInt("SELECT 1 FROM channel_program_levels WHERE program_id = ? AND name = ? COLLATE NOCASE AND id != ?",
                    programId, name, exceptLevel))
        return CommandResult::refuse(T_f("the program already has a level named '{0}'", {name}), "name");
    return std::nullopt;
}
std::optional<CommandResult> checkRank(store::Db& db, Id programId, int rank, Id exceptLevel) {
    if (rank < 1)
        return CommandResult::refuse(T_f("the rank is 1 or more (1 is the lowest level), not {0}", {std::to_string(rank)}),
                                     "rank");
    auto s = db.prepare("SELECT name FROM channel_program_levels WHERE program_id = ? AND rank = ? AND id != ?");
    s.bindAll(programId, rank, exceptLevel);
    if (s.step())
        return CommandResult::refuse(
            T_f("level {0} already has rank {1} in the program; give each level its own rank", {s.getText(0), std::to_string(rank)}),
            "rank");
    return std::nullopt;
}

CommandResult addLevel(CommandContext& ctx, const AddChannelLevel& cmd) {
    auto& db = ctx.db();
    const Program p = loadProgram(db, cmd.programId);
    if (!p.exists) return noProgram(cmd.programId);
    const std::string name = domain::trimText(cmd.name);
    if (auto r = checkLevelName(db, cmd.programId, name, 0)) return *r;
    if (auto r = checkRank(db, cmd.programId, cmd.rank, 0)) return *r;
    auto ins = db.prepare("INSERT INTO channel_program_levels(program_id, name, rank, benefits) VALUES (?, ?, ?, ?)");
    ins.bindAll(cmd.programId, name, cmd.rank);
    ins.bind(4, domain::trimText(cmd.benefits.value_or("")));
    if (!ins.run()) return ctx.dbError(T_f("adding the level"));
    const Id id = db.lastInsertId();
    ctx.audit(kSection, "Added level " + name + " (rank " + std::to_string(cmd.rank) + ") to channel program " + p.name);
    return CommandResult::success(T_f("Level {0} added to {1}", {name, p.name}), {{"levelId", id}});
}

CommandResult updateLevel(CommandContext& ctx, const UpdateChannelLevel& cmd) {
    auto& db = ctx.db();
    const Level l = loadLevel(db, cmd.levelId);
    if (!l.exists) return noLevel(cmd.levelId);
    std::string name = l.name;
    if (cmd.name) {
        name = domain::trimText(*cmd.name);
        if (auto r = checkLevelName(db, l.programId, name, cmd.levelId)) return *r;
    }
    const int rank = cmd.rank.value_or(l.rank);
    if (cmd.rank)
        if (auto r = checkRank(db, l.programId, rank, cmd.levelId)) return *r;
    std::string benefits = db.queryText("SELECT benefits FROM channel_program_levels WHERE id = ?", cmd.levelId).value_or("");
    if (cmd.benefits) benefits = domain::trimText(*cmd.benefits);
    auto up = db.prepare("UPDATE channel_program_levels SET name = ?, rank = ?, benefits = ? WHERE id = ?");
    up.bindAll(name, rank, benefits, cmd.levelId);
    if (!up.run()) return ctx.dbError(T_f("saving the level"));
    ctx.audit(kSection, "Changed level " + l.name + " of channel program " + loadProgram(db, l.programId).name,
              l.name + " (rank " + std::to_string(l.rank) + ")", name + " (rank " + std::to_string(rank) + ")");
    return CommandResult::success(T_f("Level {0} saved", {name}), {{"levelId", cmd.levelId}});
}

// ---- members ------------------------------------------------------------------------------------------
CommandResult addMember(CommandContext& ctx, const AddChannelProgramMember& cmd) {
    auto& db = ctx.db();
    const Program p = loadProgram(db, cmd.programId);
    if (!p.exists) return noProgram(cmd.programId);
    auto a = db.prepare("SELECT name, is_partner FROM accounts WHERE id = ?");
    a.bind(1, cmd.accountId);
    if (!a.step())
        return CommandResult::refuse(
            T_f("there is no account with id {0}; pick a partner account from the list", {std::to_string(cmd.accountId)}),
            "accountId");
    const std::string account = a.getText(0);
    if (!a.getInt(1))
        return CommandResult::refuse(T_f("{0} is not a partner account; enable it as a partner first (Manage External "
                                         "Account → Enable as Partner)",
                                         {account}),
                                     "accountId");
    if (db.queryInt("SELECT 1 FROM channel_program_members WHERE program_id = ? AND account_id = ?", cmd.programId,
                    cmd.accountId))
        return CommandResult::refuse(T_f("{0} is already a member of {1}; change its level instead", {account, p.name}),
                                     "accountId");
    const Level l = loadLevel(db, cmd.levelId);
    if (!l.exists) return noLevel(cmd.levelId);
    if (l.programId != cmd.programId)
        return CommandResult::refuse(T_f("level {0} belongs to another program; pick one of the levels of {1}", {l.name, p.name}),
                                     "levelId");
    auto ins = db.prepare("INSERT INTO channel_program_members(program_id, account_id, level_id, joined_at) VALUES (?,?,?,?)");
    if (!ins.bindAll(cmd.programId, cmd.accountId, cmd.levelId, ctx.now()).run())
        return ctx.dbError(T_f("adding the member"));
    const Id id = db.lastInsertId();
    if (!recalcAllShares(db)) return recalcFailed(ctx);
    ctx.audit(kSection, "Added " + account + " to channel program " + p.name + " at level " + l.name);
    return CommandResult::success(T_f("{0} joined {1} at level {2}", {account, p.name, l.name}), {{"memberId", id}});
}

CommandResult changeMemberLevel(CommandContext& ctx, const ChangeChannelMemberLevel& cmd) {
    auto& db = ctx.db();
    const Member m = loadMember(db, cmd.memberId);
    if (!m.exists) return noMember(cmd.memberId);
    if ((cmd.levelId ? 1 : 0) + (cmd.step ? 1 : 0) != 1)
        return CommandResult::refuse(T_f("give either a level (levelId) or a step (Promote or Demote), not both"), "levelId");
    const Level cur = loadLevel(db, m.levelId);
    Id target = 0;
    if (cmd.levelId) {
        const Level l = loadLevel(db, *cmd.levelId);
        if (!l.exists) return noLevel(*cmd.levelId);
        if (l.programId != m.programId)
            return CommandResult::refuse(
                T_f("level {0} belongs to another program; pick one of the levels of {1}", {l.name, loadProgram(db, m.programId).name}),
                "levelId");
        if (*cmd.levelId == m.levelId)
            return CommandResult::refuse(T_f("{0} is already at level {1}", {m.accountName, l.name}), "levelId");
        target = *cmd.levelId;
    } else {
        const bool up = *cmd.step == LevelStep::Promote;
        auto s = db.prepare(up ? "SELECT id FROM channel_program_levels WHERE program_id = ? AND rank > ? ORDER BY rank LIMIT 1"
                               : "SELECT id FROM channel_program_levels WHERE program_id = ? AND rank < ? ORDER BY rank DESC LIMIT 1");
        s.bindAll(m.programId, cur.rank);
        if (!s.step())
            return CommandResult::refuse(
                up ? T_f("{0} is already at the highest level ({1}); there is nothing to promote it to", {m.accountName, cur.name})
                   : T_f("{0} is already at the lowest level ({1}); there is nothing to demote it to", {m.accountName, cur.name}),
                "step");
        target = s.getInt(0);
    }
    const Level to = loadLevel(db, target);
    auto up = db.prepare("UPDATE channel_program_members SET level_id = ? WHERE id = ?");
    if (!up.bindAll(target, cmd.memberId).run()) return ctx.dbError(T_f("changing the level"));
    if (!recalcAllShares(db)) return recalcFailed(ctx);
    const std::string program = loadProgram(db, m.programId).name;
    ctx.audit(kSection, "Changed the level of " + m.accountName + " in channel program " + program, cur.name, to.name);
    return CommandResult::success(to.rank > cur.rank ? T_f("{0} promoted to {1}", {m.accountName, to.name})
                                                     : T_f("{0} demoted to {1}", {m.accountName, to.name}),
                                  {{"memberId", cmd.memberId}, {"levelId", target}});
}

CommandResult removeMember(CommandContext& ctx, const RemoveChannelProgramMember& cmd) {
    auto& db = ctx.db();
    const Member m = loadMember(db, cmd.memberId);
    if (!m.exists) return noMember(cmd.memberId);
    auto del = db.prepare("DELETE FROM channel_program_members WHERE id = ?");
    if (!del.bindAll(cmd.memberId).run()) return ctx.dbError(T_f("removing the member"));
    if (!recalcAllShares(db)) return recalcFailed(ctx);
    const std::string program = loadProgram(db, m.programId).name;
    ctx.audit(kSection, "Removed " + m.accountName + " from channel program " + program);
    return CommandResult::success(T_f("{0} removed from {1}", {m.accountName, program}), {{"memberId", cmd.memberId}});
}

}  // namespace
}  // namespace prm::app::channel

namespace prm::app {

void registerChannelCommands(CommandRegistry& r) {
    using namespace channel;
    r.add("CreateChannelProgram", CommandKind::Setup, createProgram,
          "Creates a channel program (name, description); it stays inactive until ActivateChannelProgram.");
    r.add("ActivateChannelProgram", CommandKind::Setup, activateProgram,
          "Activates a channel program: public groups with one of its levels as a member now reach its partners' users.");
    r.add("DeactivateChannelProgram", CommandKind::Setup, deactivateProgram,
          "Deactivates a channel program: its levels reach nobody in public groups until it is activated again.");
    r.add("AddChannelLevel", CommandKind::Setup, addLevel,
          "Adds a level (tier) to a channel program: a name and a rank unique in the program (1 is the lowest), benefits.");
    r.add("UpdateChannelLevel", CommandKind::Setup, updateLevel, "Changes a level's name, rank or benefits.");
    r.add("AddChannelProgramMember", CommandKind::Setup, addMember,
          "Adds a partner account to a channel program at one of the program's levels.");
    r.add("ChangeChannelMemberLevel", CommandKind::Setup, changeMemberLevel,
          "Moves a member to another level of its program: a given levelId, or step Promote (next higher rank) or "
          "Demote (next lower).");
    r.add("RemoveChannelProgramMember", CommandKind::Setup, removeMember, "Removes a partner account from a channel program.");
}

}  // namespace prm::app
