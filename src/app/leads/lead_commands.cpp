// [SECTION] index
//  - CreateLead, CreateLeads (bulk), UpdateLead, DeleteLead, GenerateLeads
//  - ChangeLeadOwner (User / Partner User / Queue; notification e-mail, editable)
//  - MassChangeOwner (ids, a filter, or all; set-based; one summary e-mail)
//  - Partner lead inbox: AcceptLead, ReturnLeadToQueue
#include <algorithm>
#include <cmath>

#include "app/leads/lead_commands.h"

#include "app/command_areas.h"
#include "app/leads/deal_registration.h"
#include "app/leads/list_views.h"
#include "app/leads/lead_generator.h"
#include "app/leads/lead_support.h"
#include "app/refusals.h"
#include "app/routing/assignment_router.h"
#include "app/sharing.h"

namespace prm::app::leads {
namespace {

using domain::OwnerType;

std::optional<std::int64_t> nextLeadNumber(store::Db& db) { return db.queryInt("SELECT lead_number_next FROM org WHERE id = 1"); }

struct LeadFacts {
    bool exists = false;
    Id id = 0;
    std::string number;
    Owner owner;
};
LeadFacts loadLead(store::Db& db, Id leadId) {
    LeadFacts r;
    auto s = db.prepare("SELECT id, number, owner_user_id, owner_queue_id FROM leads WHERE id = ?");
    s.bind(1, leadId);
    if (!s.step()) return r;
    r.exists = true;
    r.id = s.getInt(0);
    r.number = s.getText(1);
    r.owner = s.isNull(2) ? Owner{true, s.getInt(3)} : Owner{false, s.getInt(2)};
    return r;
}

// A lead the actor cannot read is refused exactly as a missing one: an id tells nothing about leads out
// of sight (not its number, owner or name).
CommandResult noSuchLead() { return refuseUnseen(RecordKind::Lead, "leadId"); }
bool seesLead(store::Db& db, Id actor, const LeadFacts& lead) { return lead.exists && canRead(db, actor, lead.id); }

// A user the actor may not see is refused exactly as a missing one (a partner user learns nothing about
// other partner accounts' users by trying ids).
std::optional<CommandResult> refuseUnseenUser(store::Db& db, Id actor, Id userId, std::string field, const std::string& prefix = {}) {
    if (loadUser(db, userId).exists && canSeeUser(db, actor, userId)) return std::nullopt;
    return refuseUnseen(RecordKind::User, std::move(field), prefix, say(T_("pick one from the owner list")));
}

// Fills a temp table of ids (created on first use; never part of the saved org).
domain::Status fillIdTable(store::Db& db, const std::string& table, const std::vector<Id>& ids) {
    if (auto st = db.exec("CREATE TEMP TABLE IF NOT EXISTS " + table + "(id INTEGER PRIMARY KEY); DELETE FROM " + table); !st)
        return st;
    auto ins = db.prepare("INSERT OR IGNORE INTO " + table + "(id) VALUES (?)");
    for (Id id : ids) {
        ins.bind(1, id);
        if (auto st = ins.run(); !st) return st;
        ins.reset();
    }
    return domain::okStatus();
}

// Binds one lead's field values at positions first.. in leadFields() order.
void bindLeadValues(store::Statement& st, int first, const domain::LeadValues& v) {
    for (int f = 0; f < domain::kLeadFieldCount; ++f) {
        const auto& val = v[static_cast<size_t>(f)];
        const int p = first + f;
        if (domain::leadFields()[static_cast<size_t>(f)].type == domain::FieldType::Number) {
            if (val) st.bind(p, std::strtod(val->c_str(), nullptr));
            else st.bindNull(p);
        } else {
            st.bind(p, val.value_or(std::string()));
        }
    }
}

domain::LeadValues defaultLeadValues() {
    domain::LeadValues v;
    for (int f = 0; f < domain::kLeadFieldCount; ++f)
        if (domain::leadFields()[static_cast<size_t>(f)].type == domain::FieldType::Text) v[static_cast<size_t>(f)] = std::string();
    v[static_cast<size_t>(domain::leadFieldIndex("Status"))] = std::string("Open - Not Contacted");
    return v;
}

// ---- owner arguments ------------------------------------------------------------------------
// The new owner of ChangeLeadOwner / MassChangeOwner: exists, has the type chosen, and may own leads.
std::optional<CommandResult> resolveOwner(store::Db& db, Id actor, OwnerType type, Id id, Owner& out) {
    if (type == OwnerType::Queue) {
        auto q = loadQueue(db, id);
        if (!q.exists)
            return refuseMissing(RecordKind::Queue, id, "ownerId");
        out = {true, id};
        return std::nullopt;
    }
    const bool partnerType = type == OwnerType::PartnerUser;
    if (auto e = refuseUnseenUser(db, actor, id, "ownerId")) return e;
    User p = loadUser(db, id);
    if (partnerType && !p.partner)
        return CommandResult::refuse(T_f("{0} is not a partner user; choose the owner type User", {p.name}), "ownerType");
    if (!partnerType && p.partner)
        return CommandResult::refuse(T_f("{0} is a partner user; choose the owner type Partner User", {p.name}), "ownerType");
    if (auto problem = ownerProblem(db, id); !problem.empty()) return CommandResult::refuse(problem, "ownerId");
    out = {false, id};
    return std::nullopt;
}

// ---- create ---------------------------------------------------------------------------------
struct NewLead {
    domain::LeadValues values;
    std::optional<Owner> owner;  // explicit owner
};

// Checks one new lead (fields + optional ownerUserId / ownerQueueId) and fills `out`.
std::optional<CommandResult> checkNewLead(store::Db& db, Id actor, const NewLeadInput& in, NewLead& out,
                                          const std::string& prefix) {
    out.values = defaultLeadValues();
    if (auto e = applyLeadFields(in, out.values, true, prefix)) return e;
    if (in.ownerUserId && in.ownerQueueId)
        return CommandResult::refuse(T_f("{0}a lead has one owner: give a user or a queue as Lead Owner, not both", {prefix}), "ownerQueueId");
    if (in.ownerUserId) {
        if (auto e = refuseUnseenUser(db, actor, *in.ownerUserId, "ownerUserId", prefix)) return e;
        if (auto problem = ownerProblem(db, *in.ownerUserId); !problem.empty())
            return CommandResult::refuse(T_f("{0}{1}", {prefix, problem}), "ownerUserId");
        out.owner = Owner{false, *in.ownerUserId};
    }
    if (in.ownerQueueId) {
        if (!loadQueue(db, *in.ownerQueueId).exists)
            return refuseMissing(RecordKind::Queue, *in.ownerQueueId, "ownerQueueId", prefix);
        out.owner = Owner{true, *in.ownerQueueId};
    }
    return std::nullopt;
}

// Inserts the leads through one reused statement, routes them when asked, recalculates their shares
// and sends the e-mails. Fills data {leadIds (up to 1000), firstLeadId, count, numbers...}.
CommandResult insertLeads(CommandContext& ctx, const std::vector<NewLead>& leadsIn, bool useRules, json& data,
                          std::vector<Id>* idsOut = nullptr) {
    auto& db = ctx.db();
    auto next = nextLeadNumber(db);
    if (!next) return CommandResult::refuse(T_f("create the org first: leads are numbered by the org"));
    std::optional<AssignmentRouter> router;
    if (useRules) router.emplace(db, ctx.actor(), ctx.now());

    std::string sql = "INSERT INTO leads(number";
    for (const auto& f : domain::leadFields()) sql += std::string(", ") + f.column;
    sql += ", owner_user_id, owner_queue_id, assignment_trace, created_at, modified_at) VALUES (?";
    for (int i = 0; i < domain::kLeadFieldCount + 5; ++i) sql += ",?";
    sql += ")";
    auto ins = db.prepare(sql);
    const int ownerCol = domain::kLeadFieldCount + 2;

    std::vector<Id> ids;
    ids.reserve(leadsIn.size());
    std::map<Id, std::vector<Id>> queueLeads;
    std::vector<std::pair<Id, std::pair<Owner, Id>>> templates;  // lead, (owner, template)
    std::int64_t number = *next;
    const json createdBy = {{"how", "created"}, {"by", ctx.actor()}, {"at", ctx.now()}};
    for (const NewLead& nl : leadsIn) {
        Owner provisional = nl.owner.value_or(Owner{false, ctx.actor()});
        Owner owner = provisional;
        std::string trace;
        std::optional<Id> templateId;
        if (router) {
            auto d = router->route(nl.values, provisional);
            owner = d.owner;
            trace = d.trace.dump();
            templateId = d.emailTemplateId;
        } else {
            json t = createdBy;
            t["how"] = nl.owner ? "manual" : "created";
            trace = t.dump();
        }
        ins.bind(1, leadNumber(number++));
        bindLeadValues(ins, 2, nl.values);
        if (owner.queue) ins.bindNull(ownerCol).bind(ownerCol + 1, owner.id);
        else ins.bind(ownerCol, owner.id).bindNull(ownerCol + 1);
        ins.bind(ownerCol + 2, trace).bind(ownerCol + 3, ctx.now()).bind(ownerCol + 4, ctx.now());
        if (auto st = ins.run(); !st) return ctx.dbError("saving lead " + std::to_string(ids.size() + 1));
        ins.reset();
        Id id = db.lastInsertId();
        ids.push_back(id);
        if (owner.queue) queueLeads[owner.id].push_back(id);
        if (templateId) templates.push_back({id, {owner, *templateId}});
    }
    auto up = db.prepare("UPDATE org SET lead_number_next = ? WHERE id = 1");
    up.bind(1, number);
    if (!up.run()) return ctx.dbError(T_f("numbering the leads"));
    if (router)
        if (auto st = router->save(); !st) return ctx.dbError(T_f("saving the round-robin position"));
    if (auto st = fillIdTable(db, "new_lead_ids", ids); !st) return ctx.dbError(T_f("recording the new leads"));
    if (auto st = recalcLeadSharesInTable(db, "temp.new_lead_ids"); !st) return ctx.dbError(T_f("sharing the new leads"));
    for (const auto& [lead, t] : templates) sendRuleTemplate(ctx, lead, t.first, t.second);
    sendQueueSummaries(ctx, queueLeads);

    data["count"] = ids.size();
    if (!ids.empty()) data["firstLeadId"] = ids.front();
    if (ids.size() <= 1000) data["leadIds"] = ids;
    if (idsOut) *idsOut = std::move(ids);
    return CommandResult::success();
}

CommandResult createLead(CommandContext& ctx, const CreateLead& cmd) {
    NewLead nl;
    if (auto e = checkNewLead(ctx.db(), ctx.actor(), cmd, nl, "")) return *e;
    json data;
    auto res = insertLeads(ctx, {nl}, cmd.useAssignmentRules, data);
    if (!res.ok) return res;
    Id id = data["firstLeadId"].get<Id>();
    auto ref = loadLead(ctx.db(), id);
    json out = {{"leadId", id}, {"number", ref.number}, {"owner", ownerJson(ctx.db(), ref.owner)}};
    return CommandResult::success(T_f("Lead {0} created, owned by {1}", {ref.number, ownerName(ctx.db(), ref.owner)}), out);
}

CommandResult createLeads(CommandContext& ctx, const CreateLeads& cmd) {
    if (cmd.leads.empty())
        return CommandResult::refuse(T_f("give at least one lead, each with a Last Name and a Company"), "leads");
    std::vector<NewLead> all;
    all.reserve(cmd.leads.size());
    for (size_t i = 0; i < cmd.leads.size(); ++i) {
        NewLead nl;
        if (auto e = checkNewLead(ctx.db(), ctx.actor(), cmd.leads[i], nl, T_f("lead {0}: ", {std::to_string(i + 1)}))) {
            e->message = T_f("{0}; nothing was imported", {e->message});
            return *e;
        }
        all.push_back(std::move(nl));
    }
    json data;
    auto res = insertLeads(ctx, all, cmd.useAssignmentRules, data);
    if (!res.ok) return res;
    return CommandResult::success(TN_f(TN_("{0} lead created", "{0} leads created"), static_cast<long long>(all.size()),
                                       {std::to_string(all.size())}),
                                  data);
}

// ---- update / delete ----------------------------------------------------------------------
// `pattern`: "{0} cannot edit {1}: ..." with {0} the actor, {1} the lead's number, {2} its owner.
CommandResult refuseIfConverted(store::Db& db, const LeadFacts& lead) {
    if (db.queryInt("SELECT converted_at IS NOT NULL FROM leads WHERE id = ?", lead.id).value_or(0) == 0)
        return CommandResult::success();
    return CommandResult::refuse(T_f("{0} is converted and read-only; work on its account, contact or opportunity instead",
                                     {lead.number}),
                                 "leadId");
}

CommandResult refuseUnlessCanEdit(store::Db& db, Id actor, const LeadFacts& lead, const char* pattern) {
    if (auto r = refuseIfConverted(db, lead); !r.ok) return r;
    if (canEdit(db, actor, lead.id)) return CommandResult::success();
    return CommandResult::refuse(T_f(pattern, {userName(db, actor), lead.number, ownerName(db, lead.owner)}),
                                 "leadId");
}

CommandResult updateLead(CommandContext& ctx, const UpdateLead& cmd) {
    auto& db = ctx.db();
    const Id leadId = cmd.leadId;
    auto lead = loadLead(db, leadId);
    if (!seesLead(db, ctx.actor(), lead)) return noSuchLead();
    if (auto r = refuseUnlessCanEdit(db, ctx.actor(), lead,
                                    T_("{0} cannot edit {1}: they do not have edit access to it; ask its owner ({2}) or an "
                                       "administrator")); !r.ok) return r;

    auto cur = db.prepare("SELECT " + leadSelectColumns() + " FROM leads l WHERE l.id = ?");
    cur.bind(1, leadId);
    if (!cur.step()) return ctx.dbError(T_f("reading the lead"));
    domain::LeadValues values = readLeadValues(cur, 0);
    if (auto e = applyLeadFields(cmd, values, true)) return *e;

    std::string sql = "UPDATE leads SET modified_at = ?";
    for (int f = 0; f < domain::kLeadFieldCount; ++f) sql += std::string(", ") + domain::leadFields()[static_cast<size_t>(f)].column + " = ?";
    sql += " WHERE id = ?";
    auto up = db.prepare(sql);
    up.bind(1, ctx.now());
    bindLeadValues(up, 2, values);
    up.bind(domain::kLeadFieldCount + 2, leadId);
    if (!up.run()) return ctx.dbError(T_f("saving the lead"));

    std::string message = T_f("Lead {0} saved", {lead.number});
    if (cmd.useAssignmentRules) {
        AssignmentRouter router(db, ctx.actor(), ctx.now());
        auto d = router.route(values, lead.owner);
        auto own = db.prepare("UPDATE leads SET owner_user_id = ?, owner_queue_id = ?, assignment_trace = ? WHERE id = ?");
        if (d.owner.queue) own.bindNull(1).bind(2, d.owner.id);
        else own.bind(1, d.owner.id).bindNull(2);
        own.bind(3, d.trace.dump()).bind(4, leadId);
        if (!own.run()) return ctx.dbError(T_f("assigning the lead"));
        if (auto st = router.save(); !st) return ctx.dbError(T_f("saving the round-robin position"));
        if (d.emailTemplateId) sendRuleTemplate(ctx, leadId, d.owner, *d.emailTemplateId);
        if (d.owner.queue && !(lead.owner.queue && lead.owner.id == d.owner.id))
            sendQueueSummaries(ctx, {{d.owner.id, {leadId}}});
        message = T_f("{0}; owner: {1}", {message, ownerName(db, d.owner)});
    }
    if (auto st = recalcLeadShares(db, {leadId}); !st) return ctx.dbError(T_f("sharing the lead"));
    return CommandResult::success(message, {{"leadId", leadId}});
}

CommandResult deleteLead(CommandContext& ctx, const LeadRef& cmd) {
    auto& db = ctx.db();
    const Id leadId = cmd.leadId;
    auto lead = loadLead(db, leadId);
    if (!seesLead(db, ctx.actor(), lead)) return noSuchLead();
    // Deleting needs full access: the owner, a user above the owner in the role hierarchy, or an administrator.
    const bool full = leadAccess(db, ctx.actor(), leadId) == Access::All;
    auto above = db.prepare("SELECT 1 FROM lead_shares WHERE lead_id = ? AND user_id = ? AND row_cause = 'RoleHierarchy' "
                            "AND EXISTS (SELECT 1 FROM leads WHERE id = ?1 AND owner_user_id IS NOT NULL)");
    above.bind(1, leadId).bind(2, ctx.actor());
    if (!full && !above.step())
        return CommandResult::refuse(T_f("only the owner of {0}, a user above them in the role hierarchy, or an "
                                         "administrator can delete it",
                                         {lead.number}),
                                     "leadId");
    if (auto r = refuseIfConverted(db, lead); !r.ok) return r;
    auto acts = db.prepare("DELETE FROM activities WHERE regarding_type = 'Lead' AND regarding_id = ?");
    if (!acts.bind(1, leadId).run()) return ctx.dbError(T_f("deleting the lead's activities"));
    auto del = db.prepare("DELETE FROM lead_shares WHERE lead_id = ?");
    del.bind(1, leadId);
    if (!del.run()) return ctx.dbError(T_f("deleting the lead's shares"));
    auto dl = db.prepare("DELETE FROM leads WHERE id = ?");
    dl.bind(1, leadId);
    if (!dl.run()) return ctx.dbError(T_f("deleting the lead"));
    return CommandResult::success(T_f("Lead {0} deleted", {lead.number}), {{"leadId", leadId}});
}

CommandResult generateLeadsCmd(CommandContext& ctx, const GenerateLeads& cmd) {
    auto& db = ctx.db();
    if (cmd.count < 1 || cmd.count > 2000000)
        return CommandResult::refuse(T_f("give the number of leads to generate, 1 to 2,000,000"), "count");
    LeadGeneratorOptions opts;
    opts.count = cmd.count;
    opts.firstIndex = cmd.firstIndex.value_or(0);
    if (opts.firstIndex < 0 || opts.firstIndex > 2000000)
        return CommandResult::refuse(T_f("firstIndex is the seed's lead to begin with, 0 to 2,000,000"), "firstIndex");
    if (cmd.seed) opts.seed = static_cast<std::uint64_t>(*cmd.seed);  // as before: a negative seed wraps
    for (Id id : cmd.ownerUserIds) {
        if (auto problem = ownerProblem(db, id); !problem.empty()) return CommandResult::refuse(problem, "ownerUserIds");
        opts.ownerUserIds.push_back(id);
    }
    for (Id id : cmd.ownerQueueIds) {
        if (!loadQueue(db, id).exists)
            return refuseMissing(RecordKind::Queue, id, "ownerQueueIds");
        opts.ownerQueueIds.push_back(id);
    }
    opts.ownerFallback = ctx.actor();
    opts.now = ctx.now();
    auto gen = generateLeads(db, opts);
    if (!gen) return CommandResult::refuse(gen.message(), gen.error().field);
    // New leads change no other lead's sharing: only theirs is calculated.
    if (auto st = recalcLeadSharesRange(db, gen->firstId, gen->lastId); !st) return ctx.dbError(T_f("sharing the generated leads"));
    ctx.audit("Data Generator", "Generated " + std::to_string(gen->count) + " leads (seed " + std::to_string(opts.seed) +
                                    (opts.firstIndex ? ", from lead " + std::to_string(opts.firstIndex + 1) : std::string()) + ")");
    return CommandResult::success(TN_f(TN_("{0} lead generated", "{0} leads generated"), static_cast<long long>(gen->count),
                                       {std::to_string(gen->count)}),
                                  {{"count", gen->count}, {"firstLeadId", gen->firstId}, {"lastLeadId", gen->lastId}});
}

// ---- change owner -----------------------------------------------------------------------------
CommandResult changeLeadOwner(CommandContext& ctx, const ChangeLeadOwner& cmd) {
    auto& db = ctx.db();
    const Id leadId = cmd.leadId;
    auto lead = loadLead(db, leadId);
    if (!seesLead(db, ctx.actor(), lead)) return noSuchLead();
    if (auto r = refuseUnlessCanEdit(db, ctx.actor(), lead,
                                    T_("{0} cannot change the owner of {1}: they do not have edit access to it; ask its "
                                       "owner ({2}) or an administrator")); !r.ok) return r;
    Owner owner;
    if (auto e = resolveOwner(db, ctx.actor(), cmd.ownerType, cmd.ownerId, owner)) return *e;
    if (cmd.email && cmd.email->subject.empty())
        return CommandResult::refuse(T_f("the e-mail needs a subject"), "email.subject");

    json trace = {{"how", "manual"},
                  {"by", ctx.actor()},
                  {"byName", userName(db, ctx.actor())},
                  {"at", ctx.now()},
                  {"from", ownerJson(db, lead.owner)},
                  {"owner", ownerJson(db, owner)}};
    auto up = db.prepare("UPDATE leads SET owner_user_id = ?, owner_queue_id = ?, assignment_trace = ?, modified_at = ? "
                         "WHERE id = ?");
    if (owner.queue) up.bindNull(1).bind(2, owner.id);
    else up.bind(1, owner.id).bindNull(2);
    up.bind(3, trace.dump()).bind(4, ctx.now()).bind(5, leadId);
    if (!up.run()) return ctx.dbError(T_f("changing the owner"));
    if (auto st = recalcLeadShares(db, {leadId}); !st) return ctx.dbError(T_f("sharing the lead"));
    std::vector<Id> emails;
    if (cmd.sendNotificationEmail) emails = notifyNewOwner(ctx, leadId, owner, cmd.email);
    const std::string name = ownerName(db, owner);
    return CommandResult::success(emails.empty() ? T_f("Lead {0} is now owned by {1}", {lead.number, name})
                                                 : T_f("Lead {0} is now owned by {1}; notification sent", {lead.number, name}),
                                  {{"leadId", leadId}, {"owner", ownerJson(db, owner)}, {"emailIds", emails}});
}

// ---- mass change owner --------------------------------------------------------------------------
CommandResult massChangeOwner(CommandContext& ctx, const MassChangeOwner& cmd) {
    auto& db = ctx.db();
    Owner owner;
    if (auto e = resolveOwner(db, ctx.actor(), cmd.ownerType, cmd.ownerId, owner)) return *e;
    // The condition refers to the actor as ?1: every statement below that uses it binds ctx.actor() there.
    const std::string editable = leadEditCondition(db, ctx.actor(), 1);
    if (auto st = db.exec("CREATE TEMP TABLE IF NOT EXISTS mass_ids(id INTEGER PRIMARY KEY); DELETE FROM mass_ids"); !st)
        return ctx.dbError(T_f("selecting the leads"));

    if (cmd.leadIds) {
        const std::vector<Id>& ids = *cmd.leadIds;
        if (ids.empty()) return CommandResult::refuse(T_f("select at least one lead"), "leadIds");
        if (auto st = fillIdTable(db, "mass_ids", ids); !st) return ctx.dbError(T_f("selecting the leads"));
        if (auto missing = countUnseenLeads(db, ctx.actor(), "temp.mass_ids"); missing > 0)
            return CommandResult::refuse(unseenLeadsText(missing), "leadIds");
        auto denied = db.prepare("SELECT count(*), min(l.number) FROM leads l WHERE l.id IN (SELECT id FROM mass_ids) AND NOT (" +
                                 editable + ")");
        denied.bind(1, ctx.actor());
        if (denied.step() && denied.getInt(0) > 0)
            return CommandResult::refuse(T_f("you cannot edit {0} of the {1} selected leads (e.g. {2}); deselect them or ask "
                                             "their owners",
                                             {std::to_string(denied.getInt(0)), std::to_string(ids.size()), denied.getText(1)}),
                                         "leadIds");
    } else if (cmd.filter) {
        domain::Criterion c;
        c.field = cmd.filter->field;
        c.op = cmd.filter->op;
        c.value = cmd.filter->value;
        auto crit = domain::compileCriterion(c, "the filter");
        if (!crit) return CommandResult::refuse(crit.message(), "filter." + crit.error().field);
        const std::string col = domain::leadFields()[static_cast<size_t>(crit->field)].column;
        auto scan = db.prepare("SELECT l.id, l." + col + " FROM leads l WHERE " + editable);
        scan.bind(1, ctx.actor());
        auto ins = db.prepare("INSERT INTO mass_ids(id) VALUES (?)");
        while (scan.step()) {
            std::optional<std::string> v;
            if (!scan.isNull(1)) v = scan.getText(1);
            if (!domain::matches(crit.value(), v)) continue;
            ins.bind(1, scan.getInt(0));
            if (!ins.run()) return ctx.dbError(T_f("selecting the leads"));
            ins.reset();
        }
    } else if (cmd.all) {
        auto ins = db.prepare("INSERT INTO mass_ids(id) SELECT l.id FROM leads l WHERE " + editable);
        if (auto st = ins.bind(1, ctx.actor()).run(); !st) return ctx.dbError(T_f("selecting the leads"));
    } else {
        return CommandResult::refuse(T_f("choose the leads: select some, filter them, or take all the leads you can edit"),
                                     "leadIds");
    }
    const std::int64_t count = db.queryInt("SELECT count(*) FROM mass_ids").value_or(0);
    if (count == 0) return CommandResult::refuse(T_f("no leads you can edit match the selection; change the filter or select other leads"), "filter");

    // "Why this owner?" reports the whole change, not this chunk of a job.
    json trace = {{"how", "mass"}, {"by", ctx.actor()}, {"byName", userName(db, ctx.actor())}, {"at", ctx.now()},
                  {"count", std::max(count, cmd.jobTotal.value_or(count))}, {"owner", ownerJson(db, owner)}};
    auto up = db.prepare("UPDATE leads SET owner_user_id = ?, owner_queue_id = ?, assignment_trace = ?, modified_at = ? "
                         "WHERE id IN (SELECT id FROM temp.mass_ids)");
    if (owner.queue) up.bindNull(1).bind(2, owner.id);
    else up.bind(1, owner.id).bindNull(2);
    up.bind(3, trace.dump()).bind(4, ctx.now());
    if (!up.run()) return ctx.dbError(T_f("changing the owners"));
    const std::int64_t total = db.queryInt("SELECT count(*) FROM leads").value_or(0);
    auto st = count == total ? recalcAllLeadShares(db) : recalcLeadSharesInTable(db, "temp.mass_ids");
    if (!st) return ctx.dbError(T_f("sharing the leads"));

    std::vector<Id> emails;
    if (cmd.sendNotificationEmail) {
        const std::int64_t reported = cmd.jobTotal.value_or(count);
        std::string list;
        auto nums = db.prepare("SELECT l.number, l.company FROM leads l WHERE l.id IN (SELECT id FROM mass_ids) ORDER BY l.id LIMIT 50");
        while (nums.step()) list += nums.getText(0) + "  " + nums.getText(1) + "\n";
        const std::string n = std::to_string(reported), ownerText = ownerName(db, owner), by = userName(db, ctx.actor());
        auto compose = [&] {
            Email e;
            e.subject = owner.queue ? TN_f(TN_("{0} lead has been assigned to the queue {1}",
                                               "{0} leads have been assigned to the queue {1}"),
                                           reported, {n, ownerText})
                                    : TN_f(TN_("{0} lead has been assigned to you", "{0} leads have been assigned to you"),
                                           reported, {n});
            e.body = T_f("{0} by {1}.\n\n", {e.subject, by}) + list;
            if (count > 50) e.body += T_f("... and {0} more\n", {std::to_string(count - 50)});
            return e;
        };
        Id first = db.queryInt("SELECT min(id) FROM mass_ids").value_or(0);
        emails = notifyNewOwner(ctx, first, owner, compose);
    }
    return CommandResult::success(TN_f(TN_("{0} lead is now owned by {1}", "{0} leads are now owned by {1}"), count,
                                       {std::to_string(count), ownerName(db, owner)}),
                                  {{"count", count}, {"owner", ownerJson(db, owner)}, {"emailIds", emails}});
}

// ---- partner lead inbox -------------------------------------------------------------------------
CommandResult acceptLead(CommandContext& ctx, const LeadRef& cmd) {
    auto& db = ctx.db();
    const Id leadId = cmd.leadId;
    auto lead = loadLead(db, leadId);
    User me = loadUser(db, ctx.actor());
    // A queued lead is in sight of those who may take it from the queue, even when the share table
    // does not give them the lead (members below them in the role hierarchy, without hierarchy access).
    if (!lead.exists || (!canRead(db, me.id, leadId) && !(lead.owner.queue && canTakeFromQueue(db, me.id, lead.owner.id))))
        return noSuchLead();
    if (!lead.owner.queue)
        return CommandResult::refuse(T_f("{0} is not waiting in a queue (it is owned by {1}); only queued leads can be accepted",
                                         {lead.number, ownerName(db, lead.owner)}),
                                     "leadId");
    const std::string queueName = ownerName(db, lead.owner);
    if (!me.admin && !canTakeFromQueue(db, me.id, lead.owner.id))
        return CommandResult::refuse(T_f("{0} cannot accept {1}: they are not a member of the queue {2} nor above a member in "
                                         "the role hierarchy; ask an administrator to add them",
                                         {me.name, lead.number, queueName}),
                                     "leadId");
    if (auto problem = ownerProblem(db, me.id); !problem.empty()) return CommandResult::refuse(problem, "leadId");
    json trace = {{"how", "accepted"}, {"by", me.id}, {"byName", me.name}, {"at", ctx.now()},
                  {"from", ownerJson(db, lead.owner)}, {"owner", ownerJson(db, {false, me.id})}};
    auto up = db.prepare("UPDATE leads SET owner_user_id = ?, owner_queue_id = NULL, assignment_trace = ?, modified_at = ? WHERE id = ?");
    up.bind(1, me.id).bind(2, trace.dump()).bind(3, ctx.now()).bind(4, leadId);
    if (!up.run()) return ctx.dbError(T_f("accepting the lead"));
    if (auto st = recalcLeadShares(db, {leadId}); !st) return ctx.dbError(T_f("sharing the lead"));
    return CommandResult::success(T_f("{0} accepted {1} from the queue {2}", {me.name, lead.number, queueName}),
                                  {{"leadId", leadId}, {"ownerUserId", me.id}});
}

CommandResult returnLeadToQueue(CommandContext& ctx, const ReturnLeadToQueue& cmd) {
    auto& db = ctx.db();
    const Id leadId = cmd.leadId;
    const Id queueId = cmd.queueId;
    auto lead = loadLead(db, leadId);
    if (!seesLead(db, ctx.actor(), lead)) return noSuchLead();
    User me = loadUser(db, ctx.actor());
    if (!me.admin && (lead.owner.queue || lead.owner.id != me.id))
        return CommandResult::refuse(T_f("only the owner of {0} ({1}) can return it to a queue", {lead.number, ownerName(db, lead.owner)}),
                                     "leadId");
    auto q = loadQueue(db, queueId);
    // Other users learn nothing about queues they are not in: the same words for a missing one.
    if (!me.admin && (!q.exists || !canTakeFromQueue(db, me.id, queueId)))
        return CommandResult::refuse(T_f("no such queue, or you are not a member of it; return the lead to a queue you belong to"),
                                     "queueId");
    if (!q.exists) return refuseMissing(RecordKind::Queue, queueId, "queueId");
    // "Back in the queue" only when it came from this queue (accepted from it); a lead routed to the
    // owner by a rule, a round robin or by hand was never in it: say where it goes instead.
    bool cameFromQueue = false;
    {
        const json was = json::parse(db.queryText("SELECT assignment_trace FROM leads WHERE id = ?", leadId).value_or(""), nullptr, false);
        if (was.is_object() && was.value("how", std::string()) == "accepted" && was.contains("from") && was["from"].is_object())
            cameFromQueue = was["from"].value("type", std::string()) == "Queue" && was["from"].value("id", Id{0}) == queueId;
    }
    json trace = {{"how", "returned"}, {"by", me.id}, {"byName", me.name}, {"at", ctx.now()},
                  {"from", ownerJson(db, lead.owner)}, {"owner", ownerJson(db, {true, queueId})}};
    auto up = db.prepare("UPDATE leads SET owner_user_id = NULL, owner_queue_id = ?, assignment_trace = ?, modified_at = ? WHERE id = ?");
    up.bind(1, queueId).bind(2, trace.dump()).bind(3, ctx.now()).bind(4, leadId);
    if (!up.run()) return ctx.dbError(T_f("returning the lead"));
    if (auto st = recalcLeadShares(db, {leadId}); !st) return ctx.dbError(T_f("sharing the lead"));
    sendQueueSummaries(ctx, {{queueId, {leadId}}});
    const std::string where = cameFromQueue ? T_f("{0} is back in the queue {1}", {lead.number, q.name})
                                            : T_f("{0} was moved to the queue {1} (it was not in a queue before); its "
                                                  "members can accept it from there",
                                                  {lead.number, q.name});
    return CommandResult::success(where, {{"leadId", leadId}, {"queueId", queueId}});
}

}  // namespace

BulkLeadOutcome createLeadsBulk(CommandContext& ctx, const std::vector<NewLeadInput>& rows, bool useRules) {
    BulkLeadOutcome out;
    out.rows.resize(rows.size());
    std::vector<NewLead> valid;
    std::vector<size_t> validIndex;
    valid.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        NewLead nl;
        if (auto e = checkNewLead(ctx.db(), ctx.actor(), rows[i], nl, "")) {
            out.rows[i].refusal = *e;
            continue;
        }
        valid.push_back(std::move(nl));
        validIndex.push_back(i);
    }
    if (valid.empty()) return out;
    json data;
    std::vector<Id> ids;
    out.failure = insertLeads(ctx, valid, useRules, data, &ids);
    if (!out.failure.ok) return out;
    for (size_t k = 0; k < validIndex.size() && k < ids.size(); ++k) {
        out.rows[validIndex[k]].ok = true;
        out.rows[validIndex[k]].id = ids[k];
    }
    return out;
}

void registerCommands(CommandRegistry& r) {
    r.add("CreateLead", CommandKind::User, createLead,
          "Creates a lead, owned by its creator unless an owner is given or the assignment rule routes it.");
    r.add("CreateLeads", CommandKind::User, createLeads,
          "Creates many leads at once; one refused lead refuses them all.");
    r.add("UpdateLead", CommandKind::User, updateLead,
          "Saves changes to a lead's fields, and routes it again through the assignment rule when asked.");
    r.add("DeleteLead", CommandKind::User, deleteLead,
          "Deletes a lead (its owner, a user above them in the role hierarchy, or an administrator).");
    r.add("GenerateLeads", CommandKind::Setup, generateLeadsCmd,
          "Generates realistic sample leads, the same ones for the same seed, for training and load tests.");
    r.add("ChangeLeadOwner", CommandKind::User, changeLeadOwner,
          "Gives a lead to a user, a partner user or a queue, with an optional notification e-mail.");
    r.add("MassChangeOwner", CommandKind::User, massChangeOwner,
          "Gives the chosen leads (a selection, a filter, or all you can edit) to a new owner, with one summary e-mail.");
    r.add("AcceptLead", CommandKind::User, acceptLead,
          "Takes ownership of a lead waiting in a queue you are a member of (or whose members are below you in the role hierarchy).");
    r.add("ReturnLeadToQueue", CommandKind::User, returnLeadToQueue,
          "Gives a lead you own back to a queue you are a member of.");
}

}  // namespace prm::app::leads

namespace prm::app {
void registerLeadCommands(CommandRegistry& r) {
    leads::registerCommands(r);
    leads::registerListViewCommands(r);  // leads/list_views.cpp
    leads::registerDealRegistrationCommands(r);  // leads/deal_registration.cpp
}
}  // namespace prm::app
