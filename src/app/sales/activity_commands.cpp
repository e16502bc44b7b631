// [SECTION] index
//  - Activities: CreateActivity (incl. Save as Completed), UpdateActivity, CompleteActivities, CancelActivities
// Activities are controlled by the record they regard (app/sharing.h, activityAccess).
#include <algorithm>
#include <set>
#include <string>

#include "app/command_areas.h"
#include "app/people.h"
#include "app/sales/sales_commands.h"
#include "app/sales/sales_support.h"
#include "app/sharing.h"

namespace prm::app::sales {

int moveActivities(store::Db& db, const char* fromType, Id fromId, const char* toType, Id toId) {
    auto st = db.prepare("UPDATE activities SET regarding_type = ?3, regarding_id = ?4 WHERE regarding_type = ?1 AND "
                         "regarding_id = ?2");
    st.bind(1, fromType).bind(2, fromId).bind(3, toType).bind(4, toId);
    if (!st.run()) return -1;
    return db.changes();
}

namespace {

using domain::ActivityState;
using domain::ActivityType;


RecordKind kindOf(domain::RegardingType t) {
    switch (t) {
        case domain::RegardingType::Lead: return RecordKind::Lead;
        case domain::RegardingType::Account: return RecordKind::Account;
        case domain::RegardingType::Contact: return RecordKind::Contact;
        case domain::RegardingType::Opportunity: return RecordKind::Opportunity;
    }
    return RecordKind::Lead;
}

// The times of an activity of this type: appointments have a start and an end, every other type a due date.
std::optional<CommandResult> checkTimes(ActivityType type, const std::optional<std::string>& due,
                                        const std::optional<std::string>& start, const std::optional<std::string>& end) {
    if (type == ActivityType::Appointment) {
        if (due) return CommandResult::refuse(T_f("an appointment has a start and an end, not a due date"), "dueDate");
        if (!start) return CommandResult::refuse(T_f("give the appointment a start time, YYYY-MM-DDTHH:MM"), "start");
        if (!end) return CommandResult::refuse(T_f("give the appointment an end time, YYYY-MM-DDTHH:MM"), "end");
    } else {
        if (start || end)
            return CommandResult::refuse(T_f("only appointments have a start and an end; give this activity a due date"),
                                         start ? "start" : "end");
        if (due)
            if (auto r = checkDate(*due, "dueDate")) return r;
    }
    for (const auto* t : {&start, &end})
        if (*t && !domain::isDateTime(**t))
            return CommandResult::refuse(T_f("'{0}' is not a time; write it as YYYY-MM-DDTHH:MM, e.g. 2026-12-31T14:30", {**t}),
                                         t == &start ? "start" : "end");
    if (start && end && *end <= *start) return CommandResult::refuse(T_f("the end is not after the start"), "end");
    return std::nullopt;
}

CommandResult createActivity(CommandContext& ctx, const CreateActivity& cmd) {
    auto& db = ctx.db();
    const auto type = domain::activityTypeFrom(cmd.type);
    if (!type)
        return CommandResult::refuse(T_f("'{0}' is not an activity type; use Task, PhoneCall, Appointment, Email, Letter or Fax",
                                         {cmd.type}),
                                     "type");
    const std::string subject = domain::trimText(cmd.subject);
    if (subject.empty()) return CommandResult::refuse(T_f("give the activity a subject"), "subject");
    const auto priority = domain::priorityFrom(cmd.priority.value_or("Normal"));
    if (!priority) return CommandResult::refuse(T_f("the priority is Low, Normal or High"), "priority");
    if (auto r = checkTimes(*type, cmd.dueDate, cmd.start, cmd.end)) return *r;
    std::optional<domain::RegardingType> rtype;
    if (cmd.regarding) {
        rtype = domain::regardingTypeFrom(cmd.regarding->type);
        if (!rtype)
            return CommandResult::refuse(T_f("'{0}' cannot be regarded; an activity regards a Lead, Account, Contact or Opportunity",
                                             {cmd.regarding->type}),
                                         "regarding");
        if (regardingAccess(db, ctx.actor(), cmd.regarding->type, cmd.regarding->id) < Access::Read)
            return refuseUnseen(kindOf(*rtype), "regarding");
    }
    const Id owner = cmd.ownerId.value_or(ctx.actor());
    if (auto r = checkSalesOwner(db, ctx.actor(), owner, "ownerId")) return *r;
    if (cmd.regarding && owner != ctx.actor() &&
        regardingAccess(db, owner, cmd.regarding->type, cmd.regarding->id) < Access::Read)
        return CommandResult::refuse(T_f("{0} cannot see {1}, so the activity cannot be theirs; pick an owner who can",
                                         {userName(db, owner), regardingName(db, cmd.regarding->type, cmd.regarding->id)}),
                                     "ownerId");
    const ActivityState state = cmd.completed ? ActivityState::Completed : domain::openStateFor(*type);
    auto ins = db.prepare("INSERT INTO activities(type, subject, regarding_type, regarding_id, owner_id, due_date, start_at, "
                          "end_at, priority, description, state, closed_at, created_at, modified_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, domain::toString(*type)).bind(2, subject);
    if (cmd.regarding) ins.bind(3, domain::toString(*rtype)).bind(4, cmd.regarding->id);
    else ins.bindNull(3).bindNull(4);
    ins.bind(5, owner);
    auto text = [&](int i, const std::optional<std::string>& v) {
        if (v) ins.bind(i, *v);
        else ins.bindNull(i);
    };
    text(6, cmd.dueDate);
    text(7, cmd.start);
    text(8, cmd.end);
    ins.bind(9, domain::toString(*priority)).bind(10, cmd.description.value_or("")).bind(11, domain::toString(state));
    if (cmd.completed) ins.bind(12, ctx.now());
    else ins.bindNull(12);
    ins.bind(13, ctx.now()).bind(14, ctx.now());
    if (!ins.run()) return ctx.dbError(T_f("saving the activity"));
    const Id id = db.lastInsertId();
    return CommandResult::success(cmd.completed ? T_f("Activity {0} saved as completed", {subject})
                                                : T_f("Activity {0} created", {subject}),
                                  {{"activityId", id}});
}

struct ActFacts {
    bool exists = false;
    std::string subject, type, state;
    Id ownerId = 0;
};
ActFacts loadActivity(store::Db& db, Id id) {
    ActFacts f;
    auto s = db.prepare("SELECT subject, type, state, owner_id FROM activities WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return f;
    f.exists = true;
    f.subject = s.getText(0);
    f.type = s.getText(1);
    f.state = s.getText(2);
    f.ownerId = s.getInt(3);
    return f;
}

std::optional<CommandResult> refuseUnlessEditable(store::Db& db, Id actor, Id id, const ActFacts& a, const std::string& prefix,
                                                  const char* field) {
    const Access access = activityAccess(db, actor, id);
    if (access < Access::Read) return refuseUnseen(RecordKind::Activity, field, prefix);
    if (access < Access::Edit)
        return CommandResult::refuse(prefix + T_f("you can read {0} but not change it; ask its owner ({1}) or an administrator",
                                                  {a.subject, userName(db, a.ownerId)}),
                                     field);
    return std::nullopt;
}

CommandResult updateActivity(CommandContext& ctx, const UpdateActivity& cmd) {
    auto& db = ctx.db();
    const Id id = cmd.activityId;
    const ActFacts a = loadActivity(db, id);
    if (auto r = refuseUnlessEditable(db, ctx.actor(), id, a, {}, "activityId")) return *r;
    const auto st = domain::activityStateFrom(a.state);
    if (st && domain::isClosed(*st))
        return CommandResult::refuse(T_f("{0} is {1} and cannot be changed", {a.subject, say(a.state == "Completed" ? T_("completed") : T_("canceled"))}),
                                     "activityId");
    const auto type = domain::activityTypeFrom(a.type).value_or(ActivityType::Task);
    // The times after the change, checked as a whole.
    auto cur = db.prepare("SELECT due_date, start_at, end_at FROM activities WHERE id = ?");
    cur.bind(1, id);
    if (!cur.step()) return ctx.dbError(T_f("reading the activity"));
    auto opt = [&](int c) { return cur.isNull(c) ? std::optional<std::string>() : std::optional<std::string>(cur.getText(c)); };
    std::optional<std::string> due = opt(0), start = opt(1), end = opt(2);
    if (cmd.dueDate.present) due = cmd.dueDate.null ? std::nullopt : std::optional<std::string>(cmd.dueDate.value);
    if (cmd.start) start = cmd.start;
    if (cmd.end) end = cmd.end;
    if (auto r = checkTimes(type, due, start, end)) return *r;
    std::string subject = a.subject;
    if (cmd.subject) {
        subject = domain::trimText(*cmd.subject);
        if (subject.empty()) return CommandResult::refuse(T_f("give the activity a subject"), "subject");
    }
    std::string priority;
    if (cmd.priority) {
        if (!domain::priorityFrom(*cmd.priority)) return CommandResult::refuse(T_f("the priority is Low, Normal or High"), "priority");
        priority = *cmd.priority;
    }
    if (cmd.ownerId) {
        if (auto r = checkSalesOwner(db, ctx.actor(), *cmd.ownerId, "ownerId")) return *r;
        auto reg = db.prepare("SELECT regarding_type, regarding_id FROM activities WHERE id = ? AND regarding_type IS NOT NULL");
        reg.bind(1, id);
        if (reg.step() && regardingAccess(db, *cmd.ownerId, reg.getText(0), reg.getInt(1)) < Access::Read)
            return CommandResult::refuse(T_f("{0} cannot see {1}, so the activity cannot be theirs; pick an owner who can",
                                             {userName(db, *cmd.ownerId), regardingName(db, reg.getText(0), reg.getInt(1))}),
                                         "ownerId");
    }
    auto up = db.prepare("UPDATE activities SET subject = ?1, due_date = ?2, start_at = ?3, end_at = ?4, "
                         "priority = coalesce(?5, priority), description = coalesce(?6, description), "
                         "owner_id = coalesce(?7, owner_id), modified_at = ?8 WHERE id = ?9");
    up.bind(1, subject);
    auto text = [&](int i, const std::optional<std::string>& v) {
        if (v) up.bind(i, *v);
        else up.bindNull(i);
    };
    text(2, due);
    text(3, start);
    text(4, end);
    text(5, cmd.priority);
    text(6, cmd.description);
    up.bindOptional(7, cmd.ownerId).bind(8, ctx.now()).bind(9, id);
    if (!up.run()) return ctx.dbError(T_f("saving the activity"));
    return CommandResult::success(T_f("Activity {0} saved", {subject}), {{"activityId", id}});
}

// Complete or cancel: every id must be one the actor can edit; the ones already closed are left as they are.
CommandResult closeActivities(CommandContext& ctx, const ActivityIds& cmd, ActivityState to) {
    auto& db = ctx.db();
    if (cmd.activityIds.empty()) return CommandResult::refuse(T_f("pick at least one activity"), "activityIds");
    std::set<Id> seen;
    std::vector<Id> open;
    int already = 0;
    for (std::size_t i = 0; i < cmd.activityIds.size(); ++i) {
        const Id id = cmd.activityIds[i];
        if (!seen.insert(id).second) continue;
        const ActFacts a = loadActivity(db, id);
        const std::string prefix = cmd.activityIds.size() > 1 ? T_f("activity {0}: ", {std::to_string(i + 1)}) : std::string();
        if (auto r = refuseUnlessEditable(db, ctx.actor(), id, a, prefix, "activityIds")) return *r;
        if (a.state == "Completed" || a.state == "Canceled") ++already;
        else open.push_back(id);
    }
    auto up = db.prepare("UPDATE activities SET state = ?1, closed_at = ?2, modified_at = ?2 WHERE id = ?3");
    for (Id id : open) {
        up.bind(1, domain::toString(to)).bind(2, ctx.now()).bind(3, id);
        if (!up.run()) return ctx.dbError(T_f("saving the activity"));
        up.reset();
    }
    const auto n = static_cast<long long>(open.size());
    std::string msg = to == ActivityState::Completed
                          ? TN_f(TN_("{0} activity marked complete", "{0} activities marked complete"), n, {std::to_string(n)})
                          : TN_f(TN_("{0} activity canceled", "{0} activities canceled"), n, {std::to_string(n)});
    if (already)
        msg = TN_f(TN_("{0}; {1} was already closed", "{0}; {1} were already closed"), already, {msg, std::to_string(already)});
    json ids = json::array();
    for (Id id : open) ids.push_back(id);
    return CommandResult::success(msg, {{"closed", ids}, {"alreadyClosed", already}});
}

CommandResult completeActivities(CommandContext& ctx, const ActivityIds& cmd) {
    return closeActivities(ctx, cmd, ActivityState::Completed);
}
CommandResult cancelActivities(CommandContext& ctx, const ActivityIds& cmd) {
    return closeActivities(ctx, cmd, ActivityState::Canceled);
}

}  // namespace

void registerActivityCommands(CommandRegistry& r) {
    r.add("CreateActivity", CommandKind::User, createActivity,
          "Creates a task, phone call, appointment, e-mail (logged, not sent), letter or fax, regarding a lead, account, "
          "contact or opportunity the actor can see; completed: true saves it as completed.");
    r.add("UpdateActivity", CommandKind::User, updateActivity, "Changes an open activity the actor can edit.");
    r.add("CompleteActivities", CommandKind::User, completeActivities,
          "Marks one or more activities complete (My Workplace → Activities → Mark Complete); all or none.");
    r.add("CancelActivities", CommandKind::User, cancelActivities, "Cancels one or more open activities; all or none.");
}

}  // namespace prm::app::sales
