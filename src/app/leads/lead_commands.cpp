// [SECTION] index
//  - CreateLead, CreateLeads (bulk), UpdateLead, DeleteLead, GenerateLeads
//  - ChangeLeadOwner (User / Partner User / Queue; notification e-mail, editable)
//  - MassChangeOwner (ids, a filter, or all; set-based; one summary e-mail)
//  - Partner lead inbox: AcceptLead, ReturnLeadToQueue
#include <algorithm>
#include <cmath>

#include "app/routing/assignment_router.h"
#include "app/command_areas.h"
#include "app/leads/lead_generator.h"
#include "app/leads/lead_support.h"
#include "app/sharing.h"

namespace prm::app {
namespace {

using leads::Owner;
using leads::Person;

std::optional<std::int64_t> nextLeadNumber(store::Db& db) { return db.queryInt("SELECT lead_number_next FROM org WHERE id = 1"); }

struct LeadRef {
    bool exists = false;
    Id id = 0;
    std::string number;
    Owner owner;
};
LeadRef loadLeadRef(store::Db& db, Id leadId) {
    LeadRef r;
    auto s = db.prepare("SELECT id, number, owner_user_id, owner_queue_id FROM leads WHERE id = ?");
    s.bind(1, leadId);
    if (!s.step()) return r;
    r.exists = true;
    r.id = s.getInt(0);
    r.number = s.getText(1);
    r.owner = s.isNull(2) ? Owner{true, s.getInt(3)} : Owner{false, s.getInt(2)};
    return r;
}

CommandResult noSuchLead(Id id) {
    return CommandResult::refuse("lead #" + std::to_string(id) + " does not exist; it may have been deleted", "leadId");
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
// ownerType "User" | "PartnerUser" (or "Partner User") | "Queue", ownerId.
std::optional<CommandResult> resolveOwner(store::Db& db, const json& args, Owner& out) {
    CommandResult err;
    auto type = argString(args, "ownerType", err);
    if (!type) return err;
    auto id = argId(args, "ownerId", err);
    if (!id) return err;
    if (*type == "Queue") {
        auto q = leads::loadQueue(db, *id);
        if (!q.exists) return CommandResult::refuse("queue #" + std::to_string(*id) + " does not exist; pick an existing queue", "ownerId");
        out = {true, *id};
        return std::nullopt;
    }
    const bool partnerType = *type == "PartnerUser" || *type == "Partner User";
    if (!partnerType && *type != "User")
        return CommandResult::refuse("'" + *type + "' is not an owner type; use User, PartnerUser or Queue", "ownerType");
    Person p = leads::loadPerson(db, *id);
    if (!p.exists) return CommandResult::refuse("user #" + std::to_string(*id) + " does not exist; pick an existing user", "ownerId");
    if (partnerType && !p.partner)
        return CommandResult::refuse(p.name + " is not a partner user; choose the owner type User", "ownerType");
    if (!partnerType && p.partner)
        return CommandResult::refuse(p.name + " is a partner user; choose the owner type Partner User", "ownerType");
    if (auto problem = leads::ownerProblem(db, *id); !problem.empty()) return CommandResult::refuse(problem, "ownerId");
    out = {false, *id};
    return std::nullopt;
}

// ---- create ---------------------------------------------------------------------------------
struct NewLead {
    domain::LeadValues values;
    std::optional<Owner> owner;  // explicit owner
};

// Parses one lead's JSON (fields + optional ownerUserId / ownerQueueId).
std::optional<CommandResult> parseNewLead(store::Db& db, const json& j, NewLead& out, const std::string& prefix) {
    if (!j.is_object()) return CommandResult::refuse(prefix + "a lead is a JSON object with lastName and company", "leads");
    out.values = defaultLeadValues();
    std::vector<bool> present;
    if (auto e = leads::parseLeadFields(j, out.values, present, true, prefix)) return e;
    CommandResult err;
    auto ownerUser = argId(j, "ownerUserId", err, false);
    if (!err.message.empty()) return CommandResult::refuse(prefix + err.message, err.field);
    auto ownerQueue = argId(j, "ownerQueueId", err, false);
    if (!err.message.empty()) return CommandResult::refuse(prefix + err.message, err.field);
    if (ownerUser && ownerQueue)
        return CommandResult::refuse(prefix + "a lead has one owner: give ownerUserId or ownerQueueId, not both", "ownerQueueId");
    if (ownerUser) {
        if (auto problem = leads::ownerProblem(db, *ownerUser); !problem.empty())
            return CommandResult::refuse(prefix + problem, "ownerUserId");
        out.owner = Owner{false, *ownerUser};
    }
    if (ownerQueue) {
        if (!leads::loadQueue(db, *ownerQueue).exists)
            return CommandResult::refuse(prefix + "queue #" + std::to_string(*ownerQueue) + " does not exist", "ownerQueueId");
        out.owner = Owner{true, *ownerQueue};
    }
    return std::nullopt;
}

// Inserts the leads through one reused statement, routes them when asked, recalculates their shares
// and sends the e-mails. Fills data {leadIds (up to 1000), firstLeadId, count, numbers...}.
CommandResult insertLeads(CommandContext& ctx, const std::vector<NewLead>& leadsIn, bool useRules, json& data,
                          std::vector<Id>* idsOut = nullptr) {
    auto& db = ctx.db();
    auto next = nextLeadNumber(db);
    if (!next) return CommandResult::refuse("create the org first: leads are numbered by the org");
    std::optional<leads::AssignmentRouter> router;
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
        ins.bind(1, leads::leadNumber(number++));
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
    if (!up.run()) return ctx.dbError("numbering the leads");
    if (router)
        if (auto st = router->save(); !st) return ctx.dbError("saving the round-robin position");
    if (auto st = fillIdTable(db, "new_lead_ids", ids); !st) return ctx.dbError("recording the new leads");
    if (auto st = recalcLeadSharesInTable(db, "temp.new_lead_ids"); !st) return ctx.dbError("sharing the new leads");
    for (const auto& [lead, t] : templates) leads::sendRuleTemplate(ctx, lead, t.first, t.second);
    leads::sendQueueSummaries(ctx, queueLeads);

    data["count"] = ids.size();
    if (!ids.empty()) data["firstLeadId"] = ids.front();
    if (ids.size() <= 1000) data["leadIds"] = ids;
    if (idsOut) *idsOut = std::move(ids);
    return CommandResult::success();
}

CommandResult createLead(CommandContext& ctx, const json& args) {
    NewLead nl;
    if (auto e = parseNewLead(ctx.db(), args, nl, "")) return *e;
    CommandResult err;
    auto useRules = argBool(args, "useAssignmentRules", err);
    if (!err.message.empty()) return err;
    json data;
    auto res = insertLeads(ctx, {nl}, useRules.value_or(false), data);
    if (!res.ok) return res;
    Id id = data["firstLeadId"].get<Id>();
    auto ref = loadLeadRef(ctx.db(), id);
    json out = {{"leadId", id}, {"number", ref.number}, {"owner", leads::ownerJson(ctx.db(), ref.owner)}};
    return CommandResult::success("Lead " + ref.number + " created, owned by " + leads::ownerName(ctx.db(), ref.owner), out);
}

CommandResult createLeads(CommandContext& ctx, const json& args) {
    auto it = args.find("leads");
    if (it == args.end() || !it->is_array() || it->empty())
        return CommandResult::refuse("give the leads as \"leads\": [{lastName, company, ...}, ...]", "leads");
    CommandResult err;
    auto useRules = argBool(args, "useAssignmentRules", err);
    if (!err.message.empty()) return err;
    std::vector<NewLead> all;
    all.reserve(it->size());
    for (size_t i = 0; i < it->size(); ++i) {
        NewLead nl;
        if (auto e = parseNewLead(ctx.db(), (*it)[i], nl, "lead " + std::to_string(i + 1) + ": ")) {
            e->message += "; nothing was imported";
            return *e;
        }
        all.push_back(std::move(nl));
    }
    json data;
    auto res = insertLeads(ctx, all, useRules.value_or(false), data);
    if (!res.ok) return res;
    return CommandResult::success(std::to_string(all.size()) + " leads created", data);
}

// ---- update / delete ----------------------------------------------------------------------
CommandResult refuseUnlessCanEdit(store::Db& db, Id actor, const LeadRef& lead, const std::string& what) {
    if (canEdit(db, actor, lead.id)) return CommandResult::success();
    return CommandResult::refuse(leads::personName(db, actor) + " cannot " + what + " " + lead.number +
                                     ": they do not have edit access to it; ask its owner (" +
                                     leads::ownerName(db, lead.owner) + ") or an administrator",
                                 "leadId");
}

CommandResult updateLead(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto leadId = argId(args, "leadId", err);
    if (!leadId) return err;
    auto lead = loadLeadRef(db, *leadId);
    if (!lead.exists) return noSuchLead(*leadId);
    if (auto r = refuseUnlessCanEdit(db, ctx.actor(), lead, "edit"); !r.ok) return r;
    auto useRules = argBool(args, "useAssignmentRules", err);
    if (!err.message.empty()) return err;

    auto cur = db.prepare("SELECT " + leads::leadSelectColumns() + " FROM leads l WHERE l.id = ?");
    cur.bind(1, *leadId);
    if (!cur.step()) return ctx.dbError("reading the lead");
    domain::LeadValues values = leads::readLeadValues(cur, 0);
    std::vector<bool> present;
    if (auto e = leads::parseLeadFields(args, values, present, true)) return *e;

    std::string sql = "UPDATE leads SET modified_at = ?";
    for (int f = 0; f < domain::kLeadFieldCount; ++f) sql += std::string(", ") + domain::leadFields()[static_cast<size_t>(f)].column + " = ?";
    sql += " WHERE id = ?";
    auto up = db.prepare(sql);
    up.bind(1, ctx.now());
    bindLeadValues(up, 2, values);
    up.bind(domain::kLeadFieldCount + 2, *leadId);
    if (!up.run()) return ctx.dbError("saving the lead");

    std::string message = "Lead " + lead.number + " saved";
    if (useRules.value_or(false)) {
        leads::AssignmentRouter router(db, ctx.actor(), ctx.now());
        auto d = router.route(values, lead.owner);
        auto own = db.prepare("UPDATE leads SET owner_user_id = ?, owner_queue_id = ?, assignment_trace = ? WHERE id = ?");
        if (d.owner.queue) own.bindNull(1).bind(2, d.owner.id);
        else own.bind(1, d.owner.id).bindNull(2);
        own.bind(3, d.trace.dump()).bind(4, *leadId);
        if (!own.run()) return ctx.dbError("assigning the lead");
        if (auto st = router.save(); !st) return ctx.dbError("saving the round-robin position");
        if (d.emailTemplateId) leads::sendRuleTemplate(ctx, *leadId, d.owner, *d.emailTemplateId);
        if (d.owner.queue && !(lead.owner.queue && lead.owner.id == d.owner.id))
            leads::sendQueueSummaries(ctx, {{d.owner.id, {*leadId}}});
        message += "; owner: " + leads::ownerName(db, d.owner);
    }
    if (auto st = recalcLeadShares(db, {*leadId}); !st) return ctx.dbError("sharing the lead");
    return CommandResult::success(message, {{"leadId", *leadId}});
}

CommandResult deleteLead(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto leadId = argId(args, "leadId", err);
    if (!leadId) return err;
    auto lead = loadLeadRef(db, *leadId);
    if (!lead.exists) return noSuchLead(*leadId);
    // Deleting needs full access: the owner, a user above the owner in the role hierarchy, or an administrator.
    const bool full = leadAccess(db, ctx.actor(), *leadId) == Access::All;
    auto above = db.prepare("SELECT 1 FROM lead_shares WHERE lead_id = ? AND user_id = ? AND row_cause = 'RoleHierarchy' "
                            "AND EXISTS (SELECT 1 FROM leads WHERE id = ?1 AND owner_user_id IS NOT NULL)");
    above.bind(1, *leadId).bind(2, ctx.actor());
    if (!full && !above.step())
        return CommandResult::refuse("only the owner of " + lead.number +
                                         ", a user above them in the role hierarchy, or an administrator can delete it",
                                     "leadId");
    auto del = db.prepare("DELETE FROM lead_shares WHERE lead_id = ?");
    del.bind(1, *leadId);
    if (!del.run()) return ctx.dbError("deleting the lead's shares");
    auto dl = db.prepare("DELETE FROM leads WHERE id = ?");
    dl.bind(1, *leadId);
    if (!dl.run()) return ctx.dbError("deleting the lead");
    return CommandResult::success("Lead " + lead.number + " deleted", {{"leadId", *leadId}});
}

CommandResult generateLeadsCmd(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto countIt = args.find("count");
    if (countIt == args.end() || !countIt->is_number_integer() || countIt->get<std::int64_t>() < 1 ||
        countIt->get<std::int64_t>() > 2000000)
        return CommandResult::refuse("give the number of leads to generate, 1 to 2,000,000, as \"count\"", "count");
    LeadGeneratorOptions opts;
    opts.count = countIt->get<std::int64_t>();
    if (auto s = args.find("seed"); s != args.end()) {
        if (!s->is_number_integer()) return CommandResult::refuse("'seed' must be a whole number", "seed");
        opts.seed = s->get<std::uint64_t>();
    }
    for (const char* key : {"ownerUserIds", "ownerQueueIds"}) {
        auto it = args.find(key);
        if (it == args.end()) continue;
        if (!it->is_array()) return CommandResult::refuse(std::string("'") + key + "' must be a list of ids", key);
        for (const auto& v : *it) {
            if (!v.is_number_integer()) return CommandResult::refuse(std::string("'") + key + "' must be a list of ids", key);
            Id id = v.get<Id>();
            if (std::string(key) == "ownerUserIds") {
                if (auto problem = leads::ownerProblem(db, id); !problem.empty()) return CommandResult::refuse(problem, key);
                opts.ownerUserIds.push_back(id);
            } else {
                if (!leads::loadQueue(db, id).exists)
                    return CommandResult::refuse("queue #" + std::to_string(id) + " does not exist", key);
                opts.ownerQueueIds.push_back(id);
            }
        }
    }
    opts.ownerFallback = ctx.actor();
    opts.now = ctx.now();
    auto gen = generateLeads(db, opts);
    if (!gen) return CommandResult::refuse(gen.message(), gen.error().field);
    if (auto st = recalcAllLeadShares(db); !st) return ctx.dbError("sharing the generated leads");
    ctx.audit("Data Generator", "Generated " + std::to_string(gen->count) + " leads (seed " + std::to_string(opts.seed) + ")");
    return CommandResult::success(std::to_string(gen->count) + " leads generated",
                                  {{"count", gen->count}, {"firstLeadId", gen->firstId}, {"lastLeadId", gen->lastId}});
}

// ---- change owner -----------------------------------------------------------------------------
std::optional<CommandResult> parseEditedEmail(const json& args, std::optional<leads::Email>& out, const leads::Email& def) {
    auto it = args.find("email");
    if (it == args.end() || it->is_null()) return std::nullopt;
    if (!it->is_object()) return CommandResult::refuse("'email' must be {subject, body}", "email");
    CommandResult err;
    auto subject = argString(*it, "subject", err, false);
    if (!err.message.empty()) return CommandResult::refuse(err.message, "email.subject");
    auto body = argString(*it, "body", err, false);
    if (!err.message.empty()) return CommandResult::refuse(err.message, "email.body");
    leads::Email e = def;
    if (subject) {
        if (subject->empty()) return CommandResult::refuse("the e-mail needs a subject", "email.subject");
        e.subject = *subject;
    }
    if (body) e.body = *body;
    out = e;
    return std::nullopt;
}

CommandResult changeLeadOwner(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto leadId = argId(args, "leadId", err);
    if (!leadId) return err;
    auto lead = loadLeadRef(db, *leadId);
    if (!lead.exists) return noSuchLead(*leadId);
    if (auto r = refuseUnlessCanEdit(db, ctx.actor(), lead, "change the owner of"); !r.ok) return r;
    Owner owner;
    if (auto e = resolveOwner(db, args, owner)) return *e;
    auto notify = argBool(args, "sendNotificationEmail", err);
    if (!err.message.empty()) return err;
    std::optional<leads::Email> edited;
    leads::Email def = owner.queue ? leads::Email{} : leads::defaultLeadNotification(db, *leadId, ctx.actor());
    if (auto e = parseEditedEmail(args, edited, def)) return *e;

    json trace = {{"how", "manual"},
                  {"by", ctx.actor()},
                  {"byName", leads::personName(db, ctx.actor())},
                  {"at", ctx.now()},
                  {"from", leads::ownerJson(db, lead.owner)},
                  {"owner", leads::ownerJson(db, owner)}};
    auto up = db.prepare("UPDATE leads SET owner_user_id = ?, owner_queue_id = ?, assignment_trace = ?, modified_at = ? "
                         "WHERE id = ?");
    if (owner.queue) up.bindNull(1).bind(2, owner.id);
    else up.bind(1, owner.id).bindNull(2);
    up.bind(3, trace.dump()).bind(4, ctx.now()).bind(5, *leadId);
    if (!up.run()) return ctx.dbError("changing the owner");
    if (auto st = recalcLeadShares(db, {*leadId}); !st) return ctx.dbError("sharing the lead");
    std::vector<Id> emails;
    if (notify.value_or(false)) emails = leads::notifyNewOwner(ctx, *leadId, owner, edited);
    const std::string name = leads::ownerName(db, owner);
    return CommandResult::success("Lead " + lead.number + " is now owned by " + name +
                                      (emails.empty() ? std::string() : "; notification sent"),
                                  {{"leadId", *leadId}, {"owner", leads::ownerJson(db, owner)}, {"emailIds", emails}});
}

// ---- mass change owner --------------------------------------------------------------------------
CommandResult massChangeOwner(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    Owner owner;
    if (auto e = resolveOwner(db, args, owner)) return *e;
    auto notify = argBool(args, "sendNotificationEmail", err);
    if (!err.message.empty()) return err;
    const std::string editable = leads::leadEditCondition(db, ctx.actor());
    if (auto st = db.exec("CREATE TEMP TABLE IF NOT EXISTS mass_ids(id INTEGER PRIMARY KEY); DELETE FROM mass_ids"); !st)
        return ctx.dbError("selecting the leads");

    auto idsIt = args.find("leadIds");
    auto filterIt = args.find("filter");
    auto allIt = args.find("all");
    if (idsIt != args.end()) {
        if (!idsIt->is_array() || idsIt->empty())
            return CommandResult::refuse("'leadIds' must be a non-empty list of lead ids", "leadIds");
        std::vector<Id> ids;
        for (const auto& v : *idsIt) {
            if (!v.is_number_integer()) return CommandResult::refuse("'leadIds' must be a list of lead ids", "leadIds");
            ids.push_back(v.get<Id>());
        }
        if (auto st = fillIdTable(db, "mass_ids", ids); !st) return ctx.dbError("selecting the leads");
        auto missing = db.queryInt("SELECT count(*) FROM mass_ids WHERE id NOT IN (SELECT id FROM leads)").value_or(0);
        if (missing > 0)
            return CommandResult::refuse(std::to_string(missing) + " of the selected leads no longer exist; refresh the list "
                                                                   "and select again; nothing was changed",
                                         "leadIds");
        auto denied = db.prepare("SELECT count(*), min(l.number) FROM leads l WHERE l.id IN (SELECT id FROM mass_ids) AND NOT (" +
                                 editable + ")");
        if (denied.step() && denied.getInt(0) > 0)
            return CommandResult::refuse("you cannot edit " + std::to_string(denied.getInt(0)) + " of the " +
                                             std::to_string(ids.size()) + " selected leads (e.g. " + denied.getText(1) +
                                             "); deselect them or ask their owners; nothing was changed",
                                         "leadIds");
    } else if (filterIt != args.end()) {
        if (!filterIt->is_object()) return CommandResult::refuse("'filter' must be {field, op, value}", "filter");
        domain::Criterion c;
        for (auto [key, dst] : {std::pair<const char*, std::string*>{"field", &c.field}, {"op", &c.op}, {"value", &c.value}}) {
            auto v = argString(*filterIt, key, err);
            if (!v) return CommandResult::refuse("filter: " + err.message, std::string("filter.") + key);
            *dst = *v;
        }
        auto crit = domain::compileCriterion(c, "the filter");
        if (!crit) return CommandResult::refuse(crit.message(), "filter." + crit.error().field);
        const std::string col = domain::leadFields()[static_cast<size_t>(crit->field)].column;
        auto scan = db.prepare("SELECT l.id, l." + col + " FROM leads l WHERE " + editable);
        auto ins = db.prepare("INSERT INTO mass_ids(id) VALUES (?)");
        while (scan.step()) {
            std::optional<std::string> v;
            if (!scan.isNull(1)) v = scan.getText(1);
            if (!domain::matches(crit.value(), v)) continue;
            ins.bind(1, scan.getInt(0));
            if (!ins.run()) return ctx.dbError("selecting the leads");
            ins.reset();
        }
    } else if (allIt != args.end() && allIt->is_boolean() && allIt->get<bool>()) {
        if (auto st = db.exec("INSERT INTO mass_ids(id) SELECT l.id FROM leads l WHERE " + editable); !st)
            return ctx.dbError("selecting the leads");
    } else {
        return CommandResult::refuse("choose the leads: \"leadIds\": [...], a \"filter\": {field, op, value}, or \"all\": true",
                                     "leadIds");
    }
    const std::int64_t count = db.queryInt("SELECT count(*) FROM mass_ids").value_or(0);
    if (count == 0) return CommandResult::refuse("no leads you can edit match the selection; nothing was changed", "filter");

    json trace = {{"how", "mass"}, {"by", ctx.actor()}, {"byName", leads::personName(db, ctx.actor())}, {"at", ctx.now()},
                  {"count", count}, {"owner", leads::ownerJson(db, owner)}};
    auto up = db.prepare("UPDATE leads SET owner_user_id = ?, owner_queue_id = ?, assignment_trace = ?, modified_at = ? "
                         "WHERE id IN (SELECT id FROM temp.mass_ids)");
    if (owner.queue) up.bindNull(1).bind(2, owner.id);
    else up.bind(1, owner.id).bindNull(2);
    up.bind(3, trace.dump()).bind(4, ctx.now());
    if (!up.run()) return ctx.dbError("changing the owners");
    const std::int64_t total = db.queryInt("SELECT count(*) FROM leads").value_or(0);
    auto st = count == total ? recalcAllLeadShares(db) : recalcLeadSharesInTable(db, "temp.mass_ids");
    if (!st) return ctx.dbError("sharing the leads");

    std::vector<Id> emails;
    if (notify.value_or(false)) {
        std::int64_t reported = count;
        if (auto jt = args.find("jobTotal"); jt != args.end() && jt->is_number_integer()) reported = jt->get<std::int64_t>();
        std::string list;
        auto nums = db.prepare("SELECT l.number, l.company FROM leads l WHERE l.id IN (SELECT id FROM mass_ids) ORDER BY l.id LIMIT 50");
        while (nums.step()) list += nums.getText(0) + "  " + nums.getText(1) + "\n";
        if (count > 50) list += "... and " + std::to_string(count - 50) + " more\n";
        leads::Email e;
        e.subject = std::to_string(reported) + (reported == 1 ? " lead has" : " leads have") + " been assigned to " +
                    (owner.queue ? "the queue " + leads::ownerName(db, owner) : std::string("you"));
        e.body = e.subject + " by " + leads::personName(db, ctx.actor()) + ".\n\n" + list;
        Id first = db.queryInt("SELECT min(id) FROM mass_ids").value_or(0);
        emails = leads::notifyNewOwner(ctx, first, owner, e);
    }
    return CommandResult::success(std::to_string(count) + " leads are now owned by " + leads::ownerName(db, owner),
                                  {{"count", count}, {"owner", leads::ownerJson(db, owner)}, {"emailIds", emails}});
}

// ---- partner lead inbox -------------------------------------------------------------------------
CommandResult acceptLead(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto leadId = argId(args, "leadId", err);
    if (!leadId) return err;
    auto lead = loadLeadRef(db, *leadId);
    if (!lead.exists) return noSuchLead(*leadId);
    if (!lead.owner.queue)
        return CommandResult::refuse(lead.number + " is not waiting in a queue (it is owned by " +
                                         leads::ownerName(db, lead.owner) + "); only queued leads can be accepted",
                                     "leadId");
    Person me = leads::loadPerson(db, ctx.actor());
    const std::string queueName = leads::ownerName(db, lead.owner);
    if (!me.admin && !leads::canTakeFromQueue(db, me.id, lead.owner.id))
        return CommandResult::refuse(me.name + " cannot accept " + lead.number + ": they are not a member of the queue " +
                                         queueName + " nor above a member in the role hierarchy; ask an administrator to add them",
                                     "leadId");
    if (auto problem = leads::ownerProblem(db, me.id); !problem.empty()) return CommandResult::refuse(problem, "leadId");
    json trace = {{"how", "accepted"}, {"by", me.id}, {"byName", me.name}, {"at", ctx.now()},
                  {"from", leads::ownerJson(db, lead.owner)}, {"owner", leads::ownerJson(db, {false, me.id})}};
    auto up = db.prepare("UPDATE leads SET owner_user_id = ?, owner_queue_id = NULL, assignment_trace = ?, modified_at = ? WHERE id = ?");
    up.bind(1, me.id).bind(2, trace.dump()).bind(3, ctx.now()).bind(4, *leadId);
    if (!up.run()) return ctx.dbError("accepting the lead");
    if (auto st = recalcLeadShares(db, {*leadId}); !st) return ctx.dbError("sharing the lead");
    return CommandResult::success(me.name + " accepted " + lead.number + " from the queue " + queueName,
                                  {{"leadId", *leadId}, {"ownerUserId", me.id}});
}

CommandResult returnLeadToQueue(CommandContext& ctx, const json& args) {
    auto& db = ctx.db();
    CommandResult err;
    auto leadId = argId(args, "leadId", err);
    if (!leadId) return err;
    auto queueId = argId(args, "queueId", err);
    if (!queueId) return err;
    auto lead = loadLeadRef(db, *leadId);
    if (!lead.exists) return noSuchLead(*leadId);
    auto q = leads::loadQueue(db, *queueId);
    if (!q.exists) return CommandResult::refuse("queue #" + std::to_string(*queueId) + " does not exist", "queueId");
    Person me = leads::loadPerson(db, ctx.actor());
    if (!me.admin && (lead.owner.queue || lead.owner.id != me.id))
        return CommandResult::refuse("only the owner of " + lead.number + " (" + leads::ownerName(db, lead.owner) +
                                         ") can return it to a queue",
                                     "leadId");
    if (!me.admin && !leads::canTakeFromQueue(db, me.id, *queueId))
        return CommandResult::refuse(me.name + " is not a member of the queue " + q.name +
                                         "; return the lead to a queue you belong to",
                                     "queueId");
    json trace = {{"how", "returned"}, {"by", me.id}, {"byName", me.name}, {"at", ctx.now()},
                  {"from", leads::ownerJson(db, lead.owner)}, {"owner", leads::ownerJson(db, {true, *queueId})}};
    auto up = db.prepare("UPDATE leads SET owner_user_id = NULL, owner_queue_id = ?, assignment_trace = ?, modified_at = ? WHERE id = ?");
    up.bind(1, *queueId).bind(2, trace.dump()).bind(3, ctx.now()).bind(4, *leadId);
    if (!up.run()) return ctx.dbError("returning the lead");
    if (auto st = recalcLeadShares(db, {*leadId}); !st) return ctx.dbError("sharing the lead");
    leads::sendQueueSummaries(ctx, {{*queueId, {*leadId}}});
    return CommandResult::success(lead.number + " is back in the queue " + q.name, {{"leadId", *leadId}, {"queueId", *queueId}});
}

}  // namespace

namespace leads {
BulkLeadOutcome createLeadsBulk(CommandContext& ctx, const std::vector<json>& rows, bool useRules) {
    BulkLeadOutcome out;
    out.rows.resize(rows.size());
    std::vector<NewLead> valid;
    std::vector<size_t> validIndex;
    valid.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        NewLead nl;
        if (auto e = parseNewLead(ctx.db(), rows[i], nl, "")) {
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
}  // namespace leads

void registerLeadCommands(CommandRegistry& r) {
    r.add({"CreateLead", false, true, createLead});
    r.add({"CreateLeads", false, true, createLeads});
    r.add({"UpdateLead", false, true, updateLead});
    r.add({"DeleteLead", false, true, deleteLead});
    r.add({"GenerateLeads", true, true, generateLeadsCmd});
    r.add({"ChangeLeadOwner", false, true, changeLeadOwner});
    r.add({"MassChangeOwner", false, true, massChangeOwner});
    r.add({"AcceptLead", false, true, acceptLead});
    r.add({"ReturnLeadToQueue", false, true, returnLeadToQueue});
}

}  // namespace prm::app
