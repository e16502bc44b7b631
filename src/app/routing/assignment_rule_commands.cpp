// [SECTION] index
//  - Rules: CreateAssignmentRule, ActivateAssignmentRule, DeactivateAssignmentRule, DeleteAssignmentRule
//  - Entries: criteria, target, logic; AddAssignmentRuleEntry, UpdateAssignmentRuleEntry,
//    RemoveAssignmentRuleEntry, ReorderAssignmentRuleEntries
//  - RunAssignmentRules (the active rule over chosen leads, or every lead the user may edit)
//
// One rule is active at a time. An entry's criteria are checked here with the same compiler the router
// uses (domain::compileCriterion), so a saved entry can always be applied.
#include <algorithm>
#include <map>
#include <set>

#include "app/leads/lead_support.h"
#include "app/refusals.h"
#include "app/routing/assignment_router.h"
#include "app/routing/routing_commands.h"
#include "app/sharing.h"

namespace prm::app::routing {
namespace {

const char* kRules = "Lead Assignment Rules";

// ---- [SECTION] Rules ----------------------------------------------------------------------------------
struct RuleFacts {
    bool exists = false;
    Id id = 0;
    std::string name;
    bool active = false;
};
RuleFacts loadRule(store::Db& db, Id id) {
    RuleFacts r;
    auto s = db.prepare("SELECT id, name, is_active FROM assignment_rules WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return r;
    r = {true, s.getInt(0), s.getText(1), s.getInt(2) != 0};
    return r;
}

// The rule, or a refusal naming the id and where to pick one.
std::optional<CommandResult> readRule(store::Db& db, Id id, RuleFacts& r) {
    r = loadRule(db, id);
    if (!r.exists)
        return refuseMissing(RecordKind::LeadAssignmentRule, id, "ruleId");
    return std::nullopt;
}

CommandResult createAssignmentRule(CommandContext& ctx, const CreateAssignmentRule& cmd) {
    auto& db = ctx.db();
    const std::string& name = cmd.name;
    if (name.empty()) return CommandResult::refuse(T_f("give the rule a name, e.g. \"Partner routing\""), "name");
    auto dup = db.prepare("SELECT 1 FROM assignment_rules WHERE name = ?");
    dup.bind(1, name);
    if (dup.step()) return CommandResult::refuse(T_f("a lead assignment rule named '{0}' already exists", {name}), "name");
    if (cmd.active && !db.exec("UPDATE assignment_rules SET is_active = 0")) return ctx.dbError(T_f("deactivating rules"));
    auto ins = db.prepare("INSERT INTO assignment_rules(name, is_active) VALUES (?, ?)");
    if (!ins.bindAll(name, cmd.active ? 1 : 0).run()) return ctx.dbError(T_f("creating the rule"));
    const Id id = db.lastInsertId();
    ctx.audit(kRules, "Created lead assignment rule " + name, "", cmd.active ? "active" : "inactive");
    return CommandResult::success(T_f("Rule {0} created", {name}), {{"ruleId", id}});
}

CommandResult activateAssignmentRule(CommandContext& ctx, const AssignmentRuleRef& cmd) {
    auto& db = ctx.db();
    RuleFacts r;
    if (auto e = readRule(db, cmd.ruleId, r)) return *e;
    auto old = db.queryText("SELECT name FROM assignment_rules WHERE is_active = 1").value_or("none");
    if (!db.exec("UPDATE assignment_rules SET is_active = 0")) return ctx.dbError(T_f("deactivating rules"));
    auto up = db.prepare("UPDATE assignment_rules SET is_active = 1 WHERE id = ?");
    if (!up.bind(1, r.id).run()) return ctx.dbError(T_f("activating the rule"));
    ctx.audit(kRules, "Activated lead assignment rule " + r.name, "active: " + old, "active: " + r.name);
    return CommandResult::success(old != "none" && old != r.name
                                      ? T_f("Rule {0} is now the active lead assignment rule ({1} was deactivated)", {r.name, old})
                                      : T_f("Rule {0} is now the active lead assignment rule", {r.name}));
}

CommandResult deactivateAssignmentRule(CommandContext& ctx, const AssignmentRuleRef& cmd) {
    auto& db = ctx.db();
    RuleFacts r;
    if (auto e = readRule(db, cmd.ruleId, r)) return *e;
    if (!r.active) return CommandResult::refuse(T_f("the rule {0} is not active", {r.name}), "ruleId");
    auto up = db.prepare("UPDATE assignment_rules SET is_active = 0 WHERE id = ?");
    if (!up.bind(1, r.id).run()) return ctx.dbError(T_f("deactivating the rule"));
    ctx.audit(kRules, "Deactivated lead assignment rule " + r.name, "active", "inactive");
    return CommandResult::success(T_f("Rule {0} deactivated", {r.name}));
}

CommandResult deleteAssignmentRule(CommandContext& ctx, const AssignmentRuleRef& cmd) {
    auto& db = ctx.db();
    RuleFacts r;
    if (auto e = readRule(db, cmd.ruleId, r)) return *e;
    if (r.active) return CommandResult::refuse(T_f("the rule {0} is active; deactivate it before deleting it", {r.name}), "ruleId");
    auto del = db.prepare("DELETE FROM assignment_rules WHERE id = ?");
    if (!del.bind(1, r.id).run()) return ctx.dbError(T_f("deleting the rule"));
    ctx.audit(kRules, "Deleted lead assignment rule " + r.name);
    return CommandResult::success(T_f("Rule {0} deleted", {r.name}));
}

// ---- [SECTION] Entries --------------------------------------------------------------------------------
// An entry as stored: what the commands check, write and describe.
struct EntrySpec {
    std::vector<domain::Criterion> criteria;
    std::string logic;
    std::optional<Id> userId, queueId, roundRobinId, templateId;
    bool doNotReassign = false;
    std::string warning;  // a partner user who cannot own leads yet: the entry is saved but skipped
};

// `entry` names the entry in refusals ("entry 2").
std::optional<CommandResult> setCriteria(const std::vector<Criterion>& in, EntrySpec& e, const std::string& entry) {
    e.criteria.clear();
    if (in.size() > 25) return CommandResult::refuse(entry + ": at most 25 criteria per entry", "criteria");
    for (size_t i = 0; i < in.size(); ++i) {
        const domain::Criterion cr{in[i].field, domain::toString(in[i].op), in[i].value.text};
        auto compiled = domain::compileCriterion(cr, entry + ", criterion " + std::to_string(i + 1));
        if (!compiled) return CommandResult::refuse(compiled.message(), "criteria");
        e.criteria.push_back(cr);
    }
    return std::nullopt;
}

std::optional<CommandResult> setTarget(store::Db& db, const EntryTarget& t, EntrySpec& e, const std::string& entry) {
    e.userId = t.userId;
    e.queueId = t.queueId;
    e.roundRobinId = t.roundRobinId;
    if ((e.userId ? 1 : 0) + (e.queueId ? 1 : 0) + (e.roundRobinId ? 1 : 0) != 1)
        return CommandResult::refuse(entry + ": the target is one user, one queue or one round robin", "target");
    e.warning.clear();
    if (e.userId) {
        auto p = loadUser(db, *e.userId);
        if (!p.exists)
            return refuseMissing(RecordKind::User, *e.userId, "target", entry + ": ");
        auto problem = leads::ownerProblem(db, *e.userId);
        if (!problem.empty()) {
            if (!p.partner) return CommandResult::refuse(entry + ": " + problem, "target");
            e.warning = problem + " — until then this entry is skipped";
        }
    }
    if (e.queueId && !leads::loadQueue(db, *e.queueId).exists)
        return refuseMissing(RecordKind::Queue, *e.queueId, "target", entry + ": ");
    if (e.roundRobinId && !db.queryInt("SELECT 1 FROM round_robins WHERE id = ?", *e.roundRobinId))
        return refuseMissing(RecordKind::RoundRobin, *e.roundRobinId, "target", entry + ": ");
    return std::nullopt;
}

std::optional<CommandResult> setTemplate(store::Db& db, std::optional<Id> templateId, EntrySpec& e, const std::string& entry) {
    e.templateId = templateId;
    if (e.templateId && !db.queryInt("SELECT 1 FROM email_templates WHERE id = ?", *e.templateId))
        return refuseMissing(RecordKind::EmailTemplate, *e.templateId, "emailTemplateId", entry + ": ");
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
    up.bindAll(e.logic, e.userId, e.queueId, e.roundRobinId, e.templateId, e.doNotReassign ? 1 : 0, entryId);
    if (!up.run()) return ctx.dbError(T_f("saving the entry"));
    auto del = db.prepare("DELETE FROM assignment_rule_criteria WHERE entry_id = ?");
    if (!del.bind(1, entryId).run()) return ctx.dbError(T_f("saving the criteria"));
    auto ins = db.prepare("INSERT INTO assignment_rule_criteria(entry_id, idx, field, op, value) VALUES (?,?,?,?,?)");
    for (size_t i = 0; i < e.criteria.size(); ++i) {
        const auto& c = e.criteria[i];
        ins.bindAll(entryId, static_cast<std::int64_t>(i + 1), c.field, c.op, c.value);
        if (!ins.run()) return ctx.dbError(T_f("saving the criteria"));
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
    if (e.userId) s += userName(db, *e.userId);
    else if (e.queueId) s += "queue " + leads::loadQueue(db, *e.queueId).name;
    else s += "round robin " + db.queryText("SELECT name FROM round_robins WHERE id = ?", e.roundRobinId.value_or(0)).value_or("?");
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
        up.bindAll(static_cast<std::int64_t>(i + 1), ids[i]);
        if (auto st = up.run(); !st) return st;
        up.reset();
    }
    return domain::okStatus();
}

CommandResult addAssignmentRuleEntry(CommandContext& ctx, const AddAssignmentRuleEntry& cmd) {
    auto& db = ctx.db();
    RuleFacts r;
    if (auto x = readRule(db, cmd.ruleId, r)) return *x;
    const std::int64_t count = db.queryInt("SELECT count(*) FROM assignment_rule_entries WHERE rule_id = ?", r.id).value_or(0);
    const std::int64_t position = cmd.sortOrder.value_or(count + 1);
    if (position < 1 || position > count + 1)
        return CommandResult::refuse(T_f("the Order must be from 1 to {0}", {std::to_string(count + 1)}), "sortOrder");
    const std::string entry = T_f("entry {0}", {std::to_string(position)});
    EntrySpec e;
    if (auto x = setCriteria(cmd.criteria, e, entry)) return *x;
    e.logic = cmd.logic.value_or("");
    if (auto x = setTarget(db, cmd.target, e, entry)) return *x;
    if (auto x = setTemplate(db, cmd.emailTemplateId, e, entry)) return *x;
    e.doNotReassign = cmd.doNotReassign;
    if (auto x = checkLogic(e, entry)) return *x;
    auto shift = db.prepare("UPDATE assignment_rule_entries SET sort_order = sort_order + 1 WHERE rule_id = ? AND sort_order >= ?");
    if (!shift.bindAll(r.id, position).run()) return ctx.dbError(T_f("making room for the entry"));
    auto ins = db.prepare("INSERT INTO assignment_rule_entries(rule_id, sort_order, target_user_id, target_queue_id, "
                          "target_round_robin_id) VALUES (?,?,?,?,?)");
    if (!ins.bindAll(r.id, position, e.userId, e.queueId, e.roundRobinId).run()) return ctx.dbError(T_f("adding the entry"));
    const Id entryId = db.lastInsertId();
    if (auto x = writeEntry(ctx, entryId, e)) return *x;
    if (auto st = renumberEntries(db, r.id); !st) return ctx.dbError(T_f("ordering the entries"));
    ctx.audit(kRules, "Added " + entry + " to lead assignment rule " + r.name, "", describeEntry(db, e));
    json data = {{"entryId", entryId}, {"sortOrder", position}};
    if (!e.warning.empty()) data["warning"] = e.warning;
    return CommandResult::success(T_f("{0} added to {1}", {entry, r.name}) + (e.warning.empty() ? "" : T_f("; note: {0}", {e.warning})), data);
}

struct EntryRef {
    bool exists = false;
    Id id = 0, ruleId = 0;
    std::int64_t order = 0;
};
// The entry, or a refusal naming the id and where to pick one.
std::optional<CommandResult> readEntryRef(store::Db& db, Id id, EntryRef& e) {
    auto s = db.prepare("SELECT id, rule_id, sort_order FROM assignment_rule_entries WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return refuseMissing(RecordKind::AssignmentRuleEntry, id, "entryId");
    e = {true, s.getInt(0), s.getInt(1), s.getInt(2)};
    return std::nullopt;
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

CommandResult updateAssignmentRuleEntry(CommandContext& ctx, const UpdateAssignmentRuleEntry& cmd) {
    auto& db = ctx.db();
    EntryRef ref;
    if (auto x = readEntryRef(db, cmd.entryId, ref)) return *x;
    const std::string entry = T_f("entry {0}", {std::to_string(ref.order)});
    EntrySpec e = loadEntrySpec(db, ref.id);
    const std::string before = describeEntry(db, e);
    // A field given as null clears it (its value is then the empty default).
    if (cmd.criteria.present)
        if (auto x = setCriteria(cmd.criteria.value, e, entry)) return *x;
    if (cmd.logic.present) e.logic = cmd.logic.value;
    if (cmd.target.present) {
        if (cmd.target.null)
            return CommandResult::refuse(T_f("{0}: an entry always has a target; pick a user, a queue or a round robin", {entry}),
                                         "target");
        if (auto x = setTarget(db, cmd.target.value, e, entry)) return *x;
    }
    if (cmd.emailTemplateId.present) {
        const std::optional<Id> templateId =
            cmd.emailTemplateId.hasValue() ? std::optional<Id>(cmd.emailTemplateId.value) : std::nullopt;
        if (auto x = setTemplate(db, templateId, e, entry)) return *x;
    }
    if (cmd.doNotReassign.present) e.doNotReassign = cmd.doNotReassign.value;
    if (auto x = checkLogic(e, entry)) return *x;
    if (auto x = writeEntry(ctx, ref.id, e)) return *x;
    auto rule = loadRule(db, ref.ruleId);
    ctx.audit(kRules, "Changed " + entry + " of lead assignment rule " + rule.name, before, describeEntry(db, e));
    json data = {{"entryId", ref.id}};
    if (!e.warning.empty()) data["warning"] = e.warning;
    return CommandResult::success(T_f("{0} saved", {entry}) + (e.warning.empty() ? "" : T_f("; note: {0}", {e.warning})), data);
}

CommandResult removeAssignmentRuleEntry(CommandContext& ctx, const AssignmentRuleEntryRef& cmd) {
    auto& db = ctx.db();
    EntryRef ref;
    if (auto x = readEntryRef(db, cmd.entryId, ref)) return *x;
    const std::string before = describeEntry(db, loadEntrySpec(db, ref.id));
    auto del = db.prepare("DELETE FROM assignment_rule_entries WHERE id = ?");
    if (!del.bind(1, ref.id).run()) return ctx.dbError(T_f("removing the entry"));
    if (auto st = renumberEntries(db, ref.ruleId); !st) return ctx.dbError(T_f("ordering the entries"));
    auto rule = loadRule(db, ref.ruleId);
    ctx.audit(kRules, "Removed entry " + std::to_string(ref.order) + " from lead assignment rule " + rule.name, before, "");
    return CommandResult::success(T_f("entry {0} removed", {std::to_string(ref.order)}));
}

CommandResult reorderAssignmentRuleEntries(CommandContext& ctx, const ReorderAssignmentRuleEntries& cmd) {
    auto& db = ctx.db();
    RuleFacts r;
    if (auto x = readRule(db, cmd.ruleId, r)) return *x;
    if (!cmd.entryIds) return CommandResult::refuse(T_f("give the rule's entries in their new order"), "entryIds");
    const std::vector<Id>& want = *cmd.entryIds;
    auto s = db.prepare("SELECT id FROM assignment_rule_entries WHERE rule_id = ? ORDER BY sort_order, id");
    s.bind(1, r.id);
    std::vector<Id> have;
    while (s.step()) have.push_back(s.getInt(0));
    std::set<Id> a(have.begin(), have.end()), b(want.begin(), want.end());
    if (a != b || want.size() != have.size())
        return CommandResult::refuse(T_f("list every entry of {0} exactly once ({1} entries) in the new order",
                                         {r.name, std::to_string(have.size())}),
                                     "entryIds");
    auto up = db.prepare("UPDATE assignment_rule_entries SET sort_order = ? WHERE id = ?");
    std::string oldOrder, newOrder;
    for (size_t i = 0; i < want.size(); ++i) {
        if (!up.bindAll(static_cast<std::int64_t>(i + 1), want[i]).run()) return ctx.dbError(T_f("reordering"));
        up.reset();
        oldOrder += (i ? "," : "") + std::to_string(have[i]);
        newOrder += (i ? "," : "") + std::to_string(want[i]);
    }
    ctx.audit(kRules, "Reordered the entries of lead assignment rule " + r.name, "entry ids " + oldOrder, "entry ids " + newOrder);
    return CommandResult::success(T_f("Entries of {0} reordered", {r.name}));
}

// ---- [SECTION] RunAssignmentRules ---------------------------------------------------------------------
CommandResult runAssignmentRules(CommandContext& ctx, const RunAssignmentRules& cmd) {
    auto& db = ctx.db();
    leads::AssignmentRouter router(db, ctx.actor(), ctx.now());
    if (!router.hasActiveRule())
        return CommandResult::refuse(T_f("there is no active lead assignment rule; activate one in Setup → Lead Assignment Rules"));
    const std::string editable = leads::leadEditCondition(db, ctx.actor(), 1);  // ?1 is the actor wherever it is used
    if (auto st = db.exec("CREATE TEMP TABLE IF NOT EXISTS route_ids(id INTEGER PRIMARY KEY); DELETE FROM route_ids"); !st)
        return ctx.dbError(T_f("selecting the leads"));
    bool all = false;
    if (cmd.leadIds) {
        if (cmd.leadIds->empty()) return CommandResult::refuse(T_f("select at least one lead"), "leadIds");
        auto ins = db.prepare("INSERT OR IGNORE INTO route_ids(id) VALUES (?)");
        for (Id id : *cmd.leadIds) {
            if (!ins.bind(1, id).run()) return ctx.dbError(T_f("selecting the leads"));
            ins.reset();
        }
        if (auto missing = leads::countUnseenLeads(db, ctx.actor(), "temp.route_ids"); missing > 0)
            return CommandResult::refuse(leads::unseenLeadsText(missing), "leadIds");
        auto denied = db.prepare("SELECT count(*), min(l.number) FROM leads l WHERE l.id IN (SELECT id FROM route_ids) AND NOT (" +
                                 editable + ")");
        denied.bind(1, ctx.actor());
        if (denied.step() && denied.getInt(0) > 0)
            return CommandResult::refuse(T_f("you cannot edit {0} of the leads (e.g. {1}); deselect them or ask their owners",
                                             {sayInt(denied.getInt(0)), denied.getText(1)}),
                                         "leadIds");
    } else if (cmd.all) {
        all = editable == "1";
        auto ins = db.prepare("INSERT INTO route_ids(id) SELECT l.id FROM leads l WHERE " + editable);
        if (!ins.bind(1, ctx.actor()).run()) return ctx.dbError(T_f("selecting the leads"));
    } else {
        return CommandResult::refuse(T_f("choose the leads: select some, or take all the leads you can edit"), "leadIds");
    }

    // Closed leads keep their owner: rules route open leads, as they do when a lead is created or edited.
    const std::int64_t skipped =
        db.queryInt("SELECT count(*) FROM leads WHERE id IN (SELECT id FROM temp.route_ids) AND status LIKE 'Closed%'").value_or(0);
    if (skipped && !db.exec("DELETE FROM temp.route_ids WHERE id IN (SELECT id FROM leads WHERE status LIKE 'Closed%')"))
        return ctx.dbError(T_f("selecting the leads"));
    if (skipped) all = false;

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
    if (!sel.ok()) return ctx.dbError(T_f("reading the leads"));
    auto up = db.prepare("UPDATE leads SET owner_user_id = ?, owner_queue_id = ?, assignment_trace = ?, modified_at = ? WHERE id = ?");
    std::map<Id, std::vector<Id>> queueLeads;
    std::vector<std::pair<Id, std::pair<leads::Owner, Id>>> templates;
    std::int64_t changed = 0, defaults = 0, changedToDefault = 0;
    // One line of the report per (entry, owner): a round robin's entry has a line per member it chose.
    struct Line {
        int entry = 0;  // 0: no entry matched
        std::string label;
        std::int64_t count = 0, changed = 0;
    };
    std::vector<Line> lines;
    std::map<std::pair<int, std::string>, std::size_t> lineOf;
    for (const Row& r : rows) {
        auto d = router.route(r.values, r.owner);
        if (d.owner.queue) up.bindNull(1).bind(2, d.owner.id);
        else up.bind(1, d.owner.id).bindNull(2);
        up.bind(3, d.trace.dump()).bind(4, ctx.now()).bind(5, r.id);
        if (!up.run()) return ctx.dbError(T_f("assigning the leads"));
        up.reset();
        const bool moved = d.owner.queue != r.owner.queue || d.owner.id != r.owner.id;
        if (moved) ++changed;
        const bool byDefault = d.trace.value("how", "") == "default";
        if (byDefault) ++defaults;
        if (byDefault && moved) ++changedToDefault;
        if (moved && d.owner.queue) queueLeads[d.owner.id].push_back(r.id);
        if (d.emailTemplateId) templates.push_back({r.id, {d.owner, *d.emailTemplateId}});

        const int order = d.trace.contains("entry") ? d.trace["entry"].value("order", 0) : 0;
        const std::string owner = d.trace.contains("owner") ? d.trace["owner"].value("name", "") : "";
        std::string criteria = router.entryCriteria(order);
        if (criteria.empty()) criteria = T_f("entry {0}", {std::to_string(order)});
        std::string label;
        if (order == 0 && d.trace.value("reason", "").find(", but ") == std::string::npos)
            label = T_f("no entry matched → default owner ({0})", {owner});
        else if (order == 0) label = T_f("no entry matched → owner kept (the default lead owner cannot own leads)");
        else if (d.trace.value("kept", false)) label = T_f("{0} → owner kept (Do not reassign owner)", {criteria});
        else label = criteria + " → " + owner;
        auto [it, fresh] = lineOf.emplace(std::make_pair(order, label), lines.size());
        if (fresh) lines.push_back({order, label, 0, 0});
        ++lines[it->second].count;
        if (moved) ++lines[it->second].changed;
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
        return (a.entry == 0 ? 1 << 30 : a.entry) < (b.entry == 0 ? 1 << 30 : b.entry);
    });
    if (auto st = router.save(); !st) return ctx.dbError(T_f("saving the round-robin position"));
    auto st = all ? recalcAllLeadShares(db) : recalcLeadSharesInTable(db, "temp.route_ids");
    if (!st) return ctx.dbError(T_f("sharing the leads"));
    for (const auto& [lead, t] : templates) leads::sendRuleTemplate(ctx, lead, t.first, t.second);
    leads::sendQueueSummaries(ctx, queueLeads);

    json entries = json::array();
    std::string report;
    for (const Line& l : lines) {
        entries.push_back({{"entry", l.entry}, {"label", l.label}, {"count", l.count}, {"changed", l.changed}});
        report += l.label + ": " + std::to_string(l.count) + "; ";
    }
    report += T_f("skipped, closed or converted: {0}", {std::to_string(skipped)});
    const std::string total = std::to_string(rows.size() + skipped), moved = std::to_string(changed);
    const std::string head = cmd.dryRun ? T_f("Run {0} on {1} leads: {2} would change owner", {router.ruleName(), total, moved})
                                        : T_f("{0} ran on {1} leads: {2} changed owner", {router.ruleName(), total, moved});
    return CommandResult::success(head + " (" + report + ")",
                                  {{"count", rows.size()},
                                   {"changed", changed},
                                   {"defaultOwner", defaults},
                                   {"changedToDefault", changedToDefault},
                                   {"skipped", skipped},
                                   {"entries", std::move(entries)},
                                   {"dryRun", cmd.dryRun}});
}

}  // namespace

void registerAssignmentRuleCommands(CommandRegistry& r) {
    r.add("CreateAssignmentRule", CommandKind::Setup, createAssignmentRule,
          "Creates a lead assignment rule; created active, it replaces the rule that was active.");
    r.add("ActivateAssignmentRule", CommandKind::Setup, activateAssignmentRule,
          "Makes a rule the active lead assignment rule (the one active before is deactivated).");
    r.add("DeactivateAssignmentRule", CommandKind::Setup, deactivateAssignmentRule,
          "Deactivates the active lead assignment rule; new leads then keep the owner they are given.");
    r.add("DeleteAssignmentRule", CommandKind::Setup, deleteAssignmentRule, "Deletes an inactive lead assignment rule.");
    r.add("AddAssignmentRuleEntry", CommandKind::Setup, addAssignmentRuleEntry,
          "Adds an entry to a rule: criteria, filter logic and the user, queue or round robin that gets the matching leads.");
    r.add("UpdateAssignmentRuleEntry", CommandKind::Setup, updateAssignmentRuleEntry,
          "Changes the criteria, logic, target, e-mail template or do-not-reassign of an entry; other options stay.");
    r.add("RemoveAssignmentRuleEntry", CommandKind::Setup, removeAssignmentRuleEntry,
          "Removes an entry from its rule; the entries after it move up.");
    r.add("ReorderAssignmentRuleEntries", CommandKind::Setup, reorderAssignmentRuleEntries,
          "Puts a rule's entries in a new order (the first entry that matches a lead wins).");
    r.add("RunAssignmentRules", CommandKind::User, runAssignmentRules,
          "Runs the active lead assignment rule on the chosen leads, or on every lead you may edit; closed leads keep their "
          "owner. With dryRun it reports what it would do, per rule entry, and changes nothing.");
}

}  // namespace prm::app::routing
