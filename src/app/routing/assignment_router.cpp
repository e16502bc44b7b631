#include "app/routing/assignment_router.h"

namespace prm::app::leads {

AssignmentRouter::AssignmentRouter(store::Db& db, Id actor, TimeMs now) : m_db(db), m_actor(actor), m_now(now) {
    auto rule = db.prepare("SELECT id, name FROM assignment_rules WHERE is_active = 1");
    if (rule.step()) {
        m_ruleId = rule.getInt(0);
        m_ruleName = rule.getText(1);
    }
    auto def = db.prepare("SELECT default_lead_owner_id FROM org WHERE id = 1");
    if (def.step()) m_defaultOwner = def.getOptionalInt(0);
    if (m_defaultOwner) m_defaultProblem = ownerProblem(db, *m_defaultOwner);
    if (!m_ruleId) return;

    auto es = db.prepare("SELECT id, boolean_logic, target_user_id, target_queue_id, target_round_robin_id, "
                         "email_template_id, do_not_reassign FROM assignment_rule_entries WHERE rule_id = ? "
                         "ORDER BY sort_order, id");
    es.bind(1, m_ruleId);
    int order = 0;
    while (es.step()) {
        Entry e;
        e.id = es.getInt(0);
        e.order = ++order;
        e.logicText = es.getText(1);
        if (!es.isNull(2)) e.target = {Target::User, es.getInt(2)};
        else if (!es.isNull(3)) e.target = {Target::Queue, es.getInt(3)};
        else e.target = {Target::RoundRobin, es.getInt(4)};
        e.templateId = es.getOptionalInt(5);
        e.doNotReassign = es.getInt(6) != 0;
        m_entries.push_back(std::move(e));
    }
    auto cs = db.prepare("SELECT field, op, value FROM assignment_rule_criteria WHERE entry_id = ? ORDER BY idx");
    for (auto& e : m_entries) {
        cs.bind(1, e.id);
        while (cs.step()) {
            auto c = domain::compileCriterion({cs.getText(0), cs.getText(1), cs.getText(2)});
            if (c.ok()) e.criteria.push_back(c.value());
            else e.problem = T_f("entry {0} has an invalid criterion ({1})", {sayInt(e.order), c.message()});
        }
        cs.reset();
        for (const auto& c : e.criteria) e.words += (e.words.empty() ? "" : ", ") + domain::describe(c);
        if (!e.logicText.empty()) e.words += " (" + e.logicText + ")";
        auto logic = domain::Logic::parse(e.logicText, static_cast<int>(e.criteria.size()));
        if (logic.ok()) e.logic = logic.value();
        else if (e.problem.empty()) e.problem = T_f("entry {0} has invalid logic ({1})", {sayInt(e.order), logic.message()});
        if (e.problem.empty() && e.target.kind == Target::User) e.problem = ownerProblem(db, e.target.id);
        if (e.target.kind == Target::RoundRobin && !m_roundRobins.count(e.target.id)) {
            RoundRobin rr;
            rr.id = e.target.id;
            auto r = db.prepare("SELECT name, kind, cursor FROM round_robins WHERE id = ?");
            r.bind(1, rr.id);
            if (r.step()) {
                rr.name = r.getText(0);
                rr.queues = r.getText(1) == "Queues";
                rr.cursor = r.getInt(2);
            }
            auto ms = db.prepare("SELECT user_id, queue_id, weight FROM round_robin_members WHERE round_robin_id = ? "
                                 "ORDER BY position, id");
            ms.bind(1, rr.id);
            std::vector<int> weights;
            while (ms.step()) {
                Id member = rr.queues ? ms.getInt(1) : ms.getInt(0);
                rr.members.push_back(member);
                weights.push_back(static_cast<int>(ms.getInt(2)));
            }
            for (Id m : rr.members) {
                std::string problem;
                if (rr.queues) {
                    if (!loadQueue(db, m).exists) problem = T_f("queue #{0} no longer exists", {std::to_string(m)});
                } else {
                    problem = ownerProblem(db, m);
                }
                rr.problems.push_back(problem);
                rr.eligible.push_back(problem.empty());
            }
            rr.sequence = domain::weightedSequence(weights);
            m_roundRobins.emplace(rr.id, std::move(rr));
        }
    }
}

std::string AssignmentRouter::entryCriteria(int order) const {
    for (const Entry& e : m_entries)
        if (e.order == order) return e.words;
    return {};
}

const std::string& AssignmentRouter::nameOf(const Owner& o) {
    auto key = std::make_pair(o.queue, o.id);
    auto it = m_names.find(key);
    if (it == m_names.end()) it = m_names.emplace(key, ownerName(m_db, o)).first;
    return it->second;
}

json AssignmentRouter::ownerJson(const Owner& o) {
    return json{{"type", o.queue ? "Queue" : "User"}, {"id", o.id}, {"name", nameOf(o)}};
}

RouteDecision AssignmentRouter::fallback(const Owner& current, json trace, const std::string& why) {
    RouteDecision d;
    if (m_defaultOwner && m_defaultProblem.empty()) {
        d.owner = {false, *m_defaultOwner};
        trace["reason"] = why + " → default lead owner";
    } else {
        d.owner = current;
        trace["reason"] = why + " → default lead owner, but " +
                          (m_defaultOwner ? m_defaultProblem : std::string("the org has no default lead owner")) +
                          "; the owner stays " + nameOf(current);
    }
    trace["owner"] = ownerJson(d.owner);
    d.trace = std::move(trace);
    return d;
}

RouteDecision AssignmentRouter::route(const domain::LeadValues& values, const Owner& current) {
    json trace = {{"how", "rule"}, {"ruleId", m_ruleId}, {"rule", m_ruleName}, {"at", m_now}, {"by", m_actor}};
    if (!m_ruleId) {
        trace["how"] = "default";
        return fallback(current, std::move(trace), "no lead assignment rule is active");
    }
    json skipped = json::array();
    for (const Entry& e : m_entries) {
        if (!e.logic) {
            skipped.push_back({{"entry", e.order}, {"reason", e.problem}});
            continue;
        }
        std::vector<bool> results;
        results.reserve(e.criteria.size());
        json words = json::array();
        for (const auto& c : e.criteria) {
            const auto& v = values[static_cast<size_t>(c.field)];
            bool m = domain::matches(c, v);
            results.push_back(m);
            words.push_back(domain::describe(c, v, m));
        }
        if (!e.logic->evaluate(results)) continue;
        json entry = {{"order", e.order}, {"entryId", e.id}, {"criteria", std::move(words)}};
        if (!e.logicText.empty()) entry["logic"] = e.logicText;
        if (e.doNotReassign) {
            RouteDecision d;
            d.owner = current;
            d.emailTemplateId = e.templateId;
            trace["entry"] = std::move(entry);
            trace["kept"] = true;
            trace["reason"] = "entry " + std::to_string(e.order) + " says Do not reassign owner; the owner stays " +
                              nameOf(current);
            trace["owner"] = ownerJson(current);
            if (!skipped.empty()) trace["skipped"] = std::move(skipped);
            d.trace = std::move(trace);
            return d;
        }
        if (!e.problem.empty()) {
            skipped.push_back({{"entry", e.order}, {"reason", e.problem}});
            continue;
        }
        RouteDecision d;
        d.emailTemplateId = e.templateId;
        trace["entry"] = std::move(entry);
        if (!skipped.empty()) trace["skipped"] = std::move(skipped);
        if (e.target.kind == Target::User) {
            d.owner = {false, e.target.id};
        } else if (e.target.kind == Target::Queue) {
            d.owner = {true, e.target.id};
        } else {
            RoundRobin& rr = m_roundRobins[e.target.id];
            auto pick = domain::pickRoundRobin(rr.sequence, rr.eligible, rr.cursor);
            json rrTrace = {{"id", rr.id}, {"name", rr.name}};
            json passed = json::array();
            for (int s : pick.skipped) {
                Owner o{rr.queues, rr.members[static_cast<size_t>(s)]};
                passed.push_back({{"name", nameOf(o)}, {"reason", rr.problems[static_cast<size_t>(s)]}});
            }
            if (!passed.empty()) rrTrace["skipped"] = std::move(passed);
            trace["roundRobin"] = std::move(rrTrace);
            if (pick.member < 0) {
                d.emailTemplateId.reset();
                RouteDecision f = fallback(current, std::move(trace),
                                           "round robin '" + rr.name + "' has no member who can own leads");
                return f;
            }
            rr.moved = true;
            d.owner = {rr.queues, rr.members[static_cast<size_t>(pick.member)]};
        }
        trace["owner"] = ownerJson(d.owner);
        d.trace = std::move(trace);
        return d;
    }
    trace["how"] = "default";
    if (!skipped.empty()) trace["skipped"] = std::move(skipped);
    return fallback(current, std::move(trace), "no entry matched");
}

domain::Status AssignmentRouter::save() {
    auto up = m_db.prepare("UPDATE round_robins SET cursor = ? WHERE id = ?");
    for (auto& [id, rr] : m_roundRobins) {
        if (!rr.moved) continue;
        up.bind(1, rr.cursor).bind(2, id);
        if (auto st = up.run(); !st) return st;
        up.reset();
    }
    return domain::okStatus();
}

void sendRuleTemplate(CommandContext& ctx, Id leadId, const Owner& owner, Id templateId) {
    auto& db = ctx.db();
    auto t = db.prepare("SELECT name, subject, body FROM email_templates WHERE id = ?");
    t.bind(1, templateId);
    if (!t.step()) return;
    const std::string name = t.getText(0);
    const std::string subject = mergeLeadFields(db, leadId, t.getText(1));
    const std::string body = mergeLeadFields(db, leadId, t.getText(2));
    if (!owner.queue) {
        User p = loadUser(db, owner.id);
        ctx.sendEmail("RuleTemplate", p.id, p.email, subject, body, name, leadId);
        return;
    }
    QueueInfo q = loadQueue(db, owner.id);
    if (q.sendEmailToMembers) {
        for (const User& m : queueMembers(db, q.id)) ctx.sendEmail("RuleTemplate", m.id, m.email, subject, body, name, leadId);
    } else if (!q.email.empty()) {
        ctx.sendEmail("RuleTemplate", std::nullopt, q.email, subject, body, name, leadId);
    }
}

void sendQueueSummaries(CommandContext& ctx, const std::map<Id, std::vector<Id>>& leadsByQueue) {
    auto& db = ctx.db();
    for (const auto& [queueId, ids] : leadsByQueue) {
        if (ids.empty()) continue;
        QueueInfo q = loadQueue(db, queueId);
        if (!q.exists || !q.sendEmailToMembers) continue;
        if (ids.size() == 1) {
            notifyNewOwner(ctx, ids.front(), {true, queueId}, std::nullopt);
            continue;
        }
        std::string list;
        auto num = db.prepare("SELECT number, company FROM leads WHERE id = ?");
        size_t shown = 0;
        for (Id id : ids) {
            if (++shown > 50) break;
            num.bind(1, id);
            if (num.step()) list += num.getText(0) + "  " + num.getText(1) + "\n";
            num.reset();
        }
        const auto n = static_cast<long long>(ids.size());
        for (const User& m : queueMembers(db, queueId)) {
            MessageLanguageScope inTheirLanguage(userLanguage(db, m.id));
            const std::string subject = TN_f(TN_("{0} lead was added to the queue {1}", "{0} leads were added to the queue {1}"),
                                             n, {std::to_string(n), q.name});
            std::string body = TN_f(TN_("{0} lead was added to the queue {1}. Accept it to take ownership.\n\n",
                                        "{0} leads were added to the queue {1}. Accept them to take ownership.\n\n"),
                                    n, {std::to_string(n), q.name}) +
                               list;
            if (n > 50) body += T_f("... and {0} more\n", {std::to_string(n - 50)});
            ctx.sendEmail("QueueNotification", m.id, m.email, subject, body, {}, std::nullopt);
        }
    }
}

}  // namespace prm::app::leads
