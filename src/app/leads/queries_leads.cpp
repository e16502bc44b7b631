#include "app/leads/queries_leads.h"

#include "app/core_common.h"
#include "app/name_order.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/leads/lead_support.h"
#include "app/sharing.h"

namespace prm::app {
namespace {

using nlohmann::json;

bool containsFolded(const std::string& hay, const std::string& needleFolded) {
    return needleFolded.empty() || domain::foldCase(hay).find(needleFolded) != std::string::npos;
}

const char* kRowColumns =
    "l.id, l.number, trim(l.first_name || ' ' || l.last_name), l.company, l.status, l.country, l.city, l.email, "
    "l.owner_user_id, l.owner_queue_id, "
    "coalesce(q.name, trim(ou.first_name || ' ' || ou.last_name)), l.modified_at, "
    "CASE WHEN op.user_type = 'Partner' THEN coalesce(pa.name, '') ELSE '' END, l.record_type";
// The owner's partner account (Partner Account) is derived by the joins, not stored.
const char* kRowJoins = " LEFT JOIN queues q ON q.id = l.owner_queue_id LEFT JOIN users ou ON ou.id = l.owner_user_id "
                        "LEFT JOIN profiles op ON op.id = ou.profile_id LEFT JOIN accounts pa ON pa.id = ou.account_id ";

LeadRow readRow(store::Statement& s) {
    LeadRow r;
    r.id = s.getInt(0);
    r.number = s.getText(1);
    r.name = s.getText(2);
    r.company = s.getText(3);
    r.status = s.getText(4);
    r.country = s.getText(5);
    r.city = s.getText(6);
    r.email = s.getText(7);
    r.ownerIsQueue = s.isNull(8);
    r.ownerId = r.ownerIsQueue ? s.getInt(9) : s.getInt(8);
    r.ownerName = s.getText(10);
    r.modifiedAt = s.getInt(11);
    r.partnerAccount = s.getText(12);
    r.dealRegistration = s.getText(13) == "DealRegistration";
    return r;
}

void hideFromViewer(store::Db& db, Id viewer, json& t);  // below, with explainOwner

// A stored role scope ("RoleAndInternalSubordinates") with its role, in the message language.
std::string roleScopeMember(const std::string& scope, const std::string& role) {
    auto s = domain::roleScopeFrom(scope);
    return s ? roleScopeText(*s, role) : scope + ": " + role;
}

// A criteria-based rule's criterion as a sentence: "Country equals 'Finland'" / "Maa on yhtä kuin 'Finland'".
std::string criterionText(const std::string& field, const std::string& op, const std::string& value) {
    const int i = domain::leadFieldIndex(field);
    const auto o = domain::opFrom(op);
    return T_f("{0} {1} '{2}'", {i >= 0 ? say(domain::leadFields()[static_cast<size_t>(i)].label) : field,
                                 o ? say(domain::label(*o)) : op, value});
}

}  // namespace

// ---- [SECTION] Owner candidates -----------------------------------------------------------------
OwnerCandidates ownerCandidates(store::Db& db, Id actor, const std::string& ownerType, const std::string& search) {
    return ownerCandidates(db, actor, domain::ownerTypeFrom(ownerType).value_or(domain::OwnerType::User), search);
}

OwnerCandidates ownerCandidates(store::Db& db, Id actor, domain::OwnerType ownerType, const std::string& search) {
    OwnerCandidates out;
    const std::string needle = domain::foldCase(search);
    if (ownerType == domain::OwnerType::Queue) {
        auto s = db.prepare("SELECT id, name FROM queues ORDER BY name");
        while (s.step())
            if (containsFolded(s.getText(1), needle)) out.eligible.push_back({s.getInt(0), s.getText(1), "", {}});
        return out;
    }
    const bool partner = ownerType == domain::OwnerType::PartnerUser;
    // Only the users the actor may see (sharing.h): a partner user is never shown another account's users,
    // neither as candidates nor with the reasons they are hidden.
    auto s = db.prepare("SELECT u.id FROM users u JOIN profiles p ON p.id = u.profile_id WHERE p.user_type = ?1 AND (" +
                        (actor == 0 ? std::string("1") : userVisibilityCondition(db, actor, 2)) + ") ORDER BY u.last_name, u.first_name, u.id");
    s.bind(1, partner ? "Partner" : "Internal").bind(2, actor);
    std::vector<Id> ids;
    while (s.step()) ids.push_back(s.getInt(0));
    for (Id id : ids) {
        User p = loadUser(db, id);
        if (!containsFolded(p.name, needle) && !containsFolded(p.accountName, needle)) continue;
        OwnerCandidate c{p.id, p.name, p.accountName, {}};
        if (partner) {
            auto facts = leads::partnerFacts(db, p);
            for (auto r : domain::partnerEligibility(facts)) c.reasons.push_back(domain::reasonText(r, facts, messageLanguage()));
        } else if (!p.active) {
            c.reasons.push_back("inactive");
        }
        (c.reasons.empty() ? out.eligible : out.hidden).push_back(std::move(c));
    }
    return out;
}

EmailDraft leadNotificationDraft(store::Db& db, Id leadId, Id actor) {
    auto e = leads::defaultLeadNotification(db, leadId, actor);
    return {e.subject, e.body};
}

// ---- [SECTION] Leads --------------------------------------------------------------------------
std::vector<LeadRow> inboxLeads(store::Db& db, Id user) {
    std::vector<LeadRow> out;
    auto s = db.prepare(std::string("SELECT ") + kRowColumns + " FROM leads l" + kRowJoins +
                        "WHERE l.owner_user_id = ?1 OR l.owner_queue_id IN (SELECT queue_id FROM queue_users WHERE user_id = ?1) "
                        "ORDER BY l.modified_at DESC, l.id DESC");
    s.bind(1, user);
    while (s.step()) {
        LeadRow r = readRow(s);
        r.via = r.ownerIsQueue ? T_f("Queue: {0}", {r.ownerName}) : T_f("Owned");
        out.push_back(std::move(r));
    }
    return out;
}

LeadListFilter leadListFilter(store::Db& db, Id viewer, const LeadListQuery& q) {
    LeadListFilter f;
    f.where = " WHERE (" + leadVisibilityCondition(db, viewer, LeadListFilter::kViewerParam) + ")";
    f.viewer = viewer;
    if (!q.search.empty())
        f.where += " AND (l.number LIKE ?1 ESCAPE '\\' OR l.first_name || ' ' || l.last_name LIKE ?1 ESCAPE '\\' "
                   "OR l.company LIKE ?1 ESCAPE '\\' OR l.email LIKE ?1 ESCAPE '\\')";
    if (q.ownerUserId) f.where += " AND l.owner_user_id = ?2";
    if (q.ownerQueueId) f.where += " AND l.owner_queue_id = ?3";
    f.ownerUserId = q.ownerUserId;
    f.ownerQueueId = q.ownerQueueId;
    if (!q.search.empty()) f.pattern = core::likePattern(q.search);
    if (q.listViewId) {
        f.listView = listViewCondition(db, viewer, q.listViewId, LeadListFilter::kListViewFirstParam);
        f.where += " AND (" + f.listView.sql + ")";
    }
    return f;
}

void LeadListFilter::bind(store::Statement& s) const {
    if (!pattern.empty()) s.bind(1, pattern);
    if (ownerUserId) s.bind(2, *ownerUserId);
    if (ownerQueueId) s.bind(3, *ownerQueueId);
    s.bind(kViewerParam, viewer);
    listView.bind(s);
}

LeadPage listLeads(store::Db& db, Id viewer, const LeadListQuery& q) {
    LeadPage page;
    const LeadListFilter filter = leadListFilter(db, viewer, q);
    const std::string& where = filter.where;
    auto count = db.prepare("SELECT count(*) FROM leads l" + where);
    filter.bind(count);
    if (count.step()) page.total = count.getInt(0);
    std::string order = "l.id";
    // Names in the reader's order in Finnish; English keeps SQLite's byte order.
    const std::string co = nameCollate("");
    if (q.sortBy == "name") order = "l.last_name" + co + ", l.first_name" + co + ", l.id";
    else if (q.sortBy == "company") order = "l.company" + co + ", l.id";
    else if (q.sortBy == "status") order = "l.status, l.id";
    else if (q.sortBy == "country") order = "l.country" + co + ", l.id";
    else if (q.sortBy == "owner") order = "11" + co + ", l.id";
    else if (q.sortBy == "partner") order = "13" + co + ", l.id";  // Partner Account (kRowColumns)
    else if (q.sortBy == "modified") order = "l.modified_at, l.id";
    if (q.descending) {
        std::string desc;
        size_t start = 0;
        while (start <= order.size()) {
            size_t comma = order.find(',', start);
            std::string part = order.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            desc += (desc.empty() ? "" : ",") + part + " DESC";
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
        order = desc;
    }
    const int limitParam = LeadListFilter::kFirstFreeParam;
    auto s = db.prepare(std::string("SELECT ") + kRowColumns + " FROM leads l" + kRowJoins + where + " ORDER BY " + order +
                        " LIMIT ?" + std::to_string(limitParam) + " OFFSET ?" + std::to_string(limitParam + 1));
    filter.bind(s);
    s.bind(limitParam, std::max<std::int64_t>(0, q.limit)).bind(limitParam + 1, std::max<std::int64_t>(0, q.offset));
    while (s.step()) page.rows.push_back(readRow(s));
    return page;
}

std::optional<LeadDetail> leadDetail(store::Db& db, Id viewer, Id leadId) {
    Access a = leadAccess(db, viewer, leadId);
    if (a == Access::None) return std::nullopt;
    auto s = db.prepare(std::string("SELECT ") + kRowColumns + ", l.assignment_trace, " + leads::leadSelectColumns() +
                        " FROM leads l" + kRowJoins + " WHERE l.id = ?");
    s.bind(1, leadId);
    if (!s.step()) return std::nullopt;
    LeadDetail d;
    d.row = readRow(s);
    json trace = json::parse(s.getText(14), nullptr, false);
    if (!trace.is_discarded() && trace.is_object()) {
        hideFromViewer(db, viewer, trace);
        d.trace = trace.dump();
    }
    d.values = leads::readLeadValues(s, 15);
    d.access = a;
    return d;
}

// ---- [SECTION] Routing ------------------------------------------------------------------------
namespace {

// The trace as `viewer` may read it: a user out of their sight (userVisibilityCondition) is not named, and
// the entries and round-robin members the rule passed over (other people's names and problems) are left out.
void hideFromViewer(store::Db& db, Id viewer, json& t) {
    if (viewer == 0 || userVisibilityCondition(db, viewer, 1) == "1") return;
    const char* kSomeone = "a user you cannot see";
    auto seen = [&](const json& id) { return id.is_number_integer() && canSeeUser(db, viewer, id.get<Id>()); };
    for (const char* k : {"from", "owner"})
        if (t.contains(k) && t[k].is_object() && t[k].value("type", std::string()) != "Queue" && !seen(t[k].value("id", json())))
            t[k] = {{"type", "User"}, {"name", kSomeone}};
    if (t.contains("by") && !seen(t["by"])) {
        t.erase("by");
        t["byName"] = kSomeone;
    }
    t.erase("skipped");
    if (t.contains("roundRobin") && t["roundRobin"].is_object()) t["roundRobin"].erase("skipped");
}

}  // namespace

OwnerExplanation explainOwner(store::Db& db, Id leadId, Id viewer) {
    OwnerExplanation out;
    auto s = db.prepare("SELECT assignment_trace FROM leads WHERE id = ?");
    s.bind(1, leadId);
    if (!s.step()) {
        out.summary = "This lead does not exist.";
        return out;
    }
    json t = json::parse(s.getText(0), nullptr, false);
    if (!t.is_discarded() && t.is_object()) hideFromViewer(db, viewer, t);
    if (t.is_discarded() || !t.is_object()) {
        out.summary = T_f("No assignment history is recorded for this lead.");
        return out;
    }
    auto str = [&](const char* k) { return t.contains(k) && t[k].is_string() ? t[k].get<std::string>() : std::string(); };
    auto ownerText = [&](const char* k) {
        if (!t.contains(k) || !t[k].is_object()) return std::string("?");
        const json& o = t[k];
        std::string n = o.value("name", std::string("?"));
        return o.value("type", std::string()) == "Queue" ? "the queue " + n : n;
    };
    const std::string how = str("how");
    const std::string by = t.contains("byName") ? str("byName") : (t.contains("by") && t["by"].is_number_integer()
                                                                       ? userName(db, t["by"].get<Id>())
                                                                       : std::string("someone"));
    if (how == "rule" || how == "default") {
        const std::string rule = str("rule");
        if (t.contains("entry") && t["entry"].is_object()) {
            const json& e = t["entry"];
            const int order = e.value("order", 0);
            if (t.value("kept", false))
                out.summary = "Entry " + std::to_string(order) + " of the lead assignment rule '" + rule +
                              "' matched and says Do not reassign owner, so the owner stays " + ownerText("owner") + ".";
            else
                out.summary = "Assigned by the lead assignment rule '" + rule + "', entry " + std::to_string(order) +
                              (t.contains("roundRobin") ? ", through the round robin '" + t["roundRobin"].value("name", std::string()) + "'"
                                                        : std::string()) +
                              ", to " + ownerText("owner") + ".";
            for (const auto& c : e.value("criteria", json::array()))
                if (c.is_string()) out.details.push_back(c.get<std::string>());
            if (e.contains("logic")) out.details.push_back("Filter logic: " + e.value("logic", std::string()));
        }
        if (t.contains("reason") && (how == "default" || !t.contains("entry") || t.contains("roundRobin"))) {
            std::string reason = str("reason");
            if (how == "default" && !rule.empty() && reason.rfind("no entry matched", 0) == 0)
                reason = "no entry of the lead assignment rule '" + rule + "' matched" + reason.substr(16);
            if (out.summary.empty()) {
                reason[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(reason[0])));
                out.summary = reason + " (" + ownerText("owner") + ").";
            } else {
                out.details.push_back(reason);
            }
        }
        for (const auto& sk : t.value("skipped", json::array()))
            out.details.push_back("Entry " + std::to_string(sk.value("entry", 0)) + " was skipped: " + sk.value("reason", std::string()));
        if (t.contains("roundRobin"))
            for (const auto& sk : t["roundRobin"].value("skipped", json::array()))
                out.details.push_back("Round robin passed over " + sk.value("name", std::string()) + ": " +
                                      sk.value("reason", std::string()));
    } else if (how == "manual") {
        out.summary = t.contains("from") ? T_f("Owner changed by hand by {0} from {1} to {2}.", {by, ownerText("from"), ownerText("owner")})
                                         : T_f("Owner changed by hand by {0} to {1}.", {by, ownerText("owner")});
    } else if (how == "mass") {
        out.summary = T_f("Owner changed by {0} in a mass change of {1} leads, to {2}.",
                          {by, std::to_string(t.value("count", 0)), ownerText("owner")});
    } else if (how == "accepted") {
        out.summary = T_f("{0} accepted the lead from {1}.", {by, ownerText("from")});
    } else if (how == "returned") {
        out.summary = T_f("{0} returned the lead to {1}.", {by, ownerText("owner")});
    } else if (how == "created") {
        out.summary = T_f("Created by {0}, who owns it because no other owner was given.", {by});
    } else if (how == "generated") {
        out.summary = T_f("Made by the lead generator (seed {0}).", {std::to_string(t.value("seed", 0))});
    } else {
        out.summary = T_f("No assignment history is recorded for this lead.");
    }
    return out;
}

std::vector<QueueView> listQueues(store::Db& db) {
    std::vector<QueueView> out;
    auto s = db.prepare("SELECT q.id, q.name, q.email, q.send_email_to_members, "
                        "(SELECT count(*) FROM leads WHERE owner_queue_id = q.id) FROM queues q ORDER BY q.name");
    while (s.step()) {
        QueueView v;
        v.id = s.getInt(0);
        v.name = s.getText(1);
        v.email = s.getText(2);
        v.sendEmailToMembers = s.getInt(3) != 0;
        v.leadCount = s.getInt(4);
        out.push_back(std::move(v));
    }
    auto m = db.prepare("SELECT m.id, m.user_id, m.role_id, m.group_id, "
                        "coalesce(trim(u.first_name || ' ' || u.last_name), r.name, g.name), "
                        "(SELECT p.user_type = 'Partner' FROM profiles p WHERE p.id = u.profile_id) FROM queue_members m "
                        "LEFT JOIN users u ON u.id = m.user_id LEFT JOIN roles r ON r.id = m.role_id "
                        "LEFT JOIN public_groups g ON g.id = m.group_id WHERE m.queue_id = ? ORDER BY m.id");
    for (auto& v : out) {
        m.bind(1, v.id);
        while (m.step()) {
            QueueView::Member mem;
            mem.memberId = m.getInt(0);
            // The words the member picker offers, so a member reads back as it was added.
            mem.kind = !m.isNull(1) ? (m.getInt(5) ? "Partner User" : "User") : !m.isNull(2) ? "Role" : "Public Group";
            mem.refId = !m.isNull(1) ? m.getInt(1) : !m.isNull(2) ? m.getInt(2) : m.getInt(3);
            mem.name = m.getText(4);
            v.members.push_back(std::move(mem));
        }
        m.reset();
    }
    return out;
}

std::vector<AssignmentRuleView> listAssignmentRules(store::Db& db) {
    std::vector<AssignmentRuleView> out;
    auto s = db.prepare("SELECT id, name, is_active FROM assignment_rules ORDER BY name");
    while (s.step()) out.push_back({s.getInt(0), s.getText(1), s.getInt(2) != 0, {}});
    auto e = db.prepare("SELECT e.id, e.boolean_logic, e.target_user_id, e.target_queue_id, e.target_round_robin_id, "
                        "coalesce(t.name, ''), e.do_not_reassign FROM assignment_rule_entries e "
                        "LEFT JOIN email_templates t ON t.id = e.email_template_id WHERE e.rule_id = ? ORDER BY e.sort_order, e.id");
    auto c = db.prepare("SELECT field, op, value FROM assignment_rule_criteria WHERE entry_id = ? ORDER BY idx");
    for (auto& rule : out) {
        e.bind(1, rule.id);
        int order = 0;
        while (e.step()) {
            AssignmentEntryView v;
            v.id = e.getInt(0);
            v.order = ++order;
            v.logic = e.getText(1);
            if (!e.isNull(2)) {
                v.target = userName(db, e.getInt(2));
                v.targetProblem = leads::ownerProblem(db, e.getInt(2));
            } else if (!e.isNull(3)) {
                v.target = T_f("Queue: {0}", {leads::loadQueue(db, e.getInt(3)).name});
            } else {
                v.target = T_f("Round robin: {0}",
                               {db.queryText("SELECT name FROM round_robins WHERE id = ?", e.getInt(4)).value_or("?")});
            }
            v.emailTemplate = e.getText(5);
            v.doNotReassign = e.getInt(6) != 0;
            c.bind(1, v.id);
            while (c.step()) v.criteria.push_back(criterionText(c.getText(0), c.getText(1), c.getText(2)));
            c.reset();
            rule.entries.push_back(std::move(v));
        }
        e.reset();
    }
    return out;
}

std::vector<RoundRobinView> listRoundRobins(store::Db& db) {
    std::vector<RoundRobinView> out;
    auto s = db.prepare("SELECT id, name, kind, cursor FROM round_robins ORDER BY name");
    while (s.step()) out.push_back({s.getInt(0), s.getText(1), s.getText(2), s.getInt(3), {}, {}});
    auto m = db.prepare("SELECT user_id, queue_id, weight FROM round_robin_members WHERE round_robin_id = ? ORDER BY position, id");
    for (auto& rr : out) {
        const bool queues = rr.kind == "Queues";
        m.bind(1, rr.id);
        std::vector<int> weights;
        std::vector<bool> eligible;
        while (m.step()) {
            RoundRobinView::Member mem;
            mem.id = queues ? m.getInt(1) : m.getInt(0);
            mem.weight = static_cast<int>(m.getInt(2));
            mem.name = leads::ownerName(db, {queues, mem.id});
            if (!queues) mem.problem = leads::ownerProblem(db, mem.id);
            weights.push_back(mem.weight);
            eligible.push_back(mem.problem.empty());
            rr.members.push_back(std::move(mem));
        }
        m.reset();
        std::int64_t cursor = rr.cursor;
        auto pick = domain::pickRoundRobin(domain::weightedSequence(weights), eligible, cursor);
        if (pick.member >= 0) rr.nextUp = rr.members[static_cast<size_t>(pick.member)].name;
    }
    return out;
}

// ---- [SECTION] Sharing ------------------------------------------------------------------------
std::vector<ShareRowView> leadShareRows(store::Db& db, Id leadId, Id viewer) {
    std::vector<ShareRowView> out;
    const std::string visible = viewer == 0 ? std::string("1") : userVisibilityCondition(db, viewer, 2);
    auto s = db.prepare("SELECT s.user_id, trim(u.first_name || ' ' || u.last_name), s.row_cause, s.access FROM lead_shares s "
                        "JOIN users u ON u.id = s.user_id WHERE s.lead_id = ?1 AND (" + visible +
                        ") ORDER BY s.access DESC, u.last_name, s.row_cause");
    s.bind(1, leadId).bind(2, viewer);
    while (s.step()) out.push_back({s.getInt(0), s.getText(1), s.getText(2), static_cast<Access>(s.getInt(3))});
    return out;
}

std::vector<SharingRuleView> listSharingRules(store::Db& db) {
    std::vector<SharingRuleView> out;
    auto s = db.prepare(
        "SELECT r.id, r.name, r.rule_type, r.source_role_scope, sr.name, sg.name, r.criteria_field, r.criteria_op, "
        "r.criteria_value, r.target_role_scope, tr.name, tg.name, r.access FROM sharing_rules r "
        "LEFT JOIN roles sr ON sr.id = r.source_role_id LEFT JOIN public_groups sg ON sg.id = r.source_group_id "
        "LEFT JOIN roles tr ON tr.id = r.target_role_id LEFT JOIN public_groups tg ON tg.id = r.target_group_id "
        "WHERE r.object = 'Lead' ORDER BY r.name, r.id");
    while (s.step()) {
        SharingRuleView v;
        v.id = s.getInt(0);
        v.name = s.getText(1);
        v.ruleType = s.getText(2);
        if (v.ruleType == "Owner")
            v.from = T_f("Leads owned by {0}", {!s.isNull(5) ? T_f("Public group: {0}", {s.getText(5)})
                                                             : roleScopeMember(s.getText(3), s.getText(4))});
        else
            v.from = T_f("Leads where {0}", {criterionText(s.getText(6), s.getText(7), s.getText(8))});
        v.to = !s.isNull(11) ? T_f("Public group: {0}", {s.getText(11)}) : roleScopeMember(s.getText(9), s.getText(10));
        v.access = s.getText(12) == "Edit" ? "Read/Write" : "Read Only";  // the UI translates these two
        out.push_back(std::move(v));
    }
    return out;
}

std::vector<PublicGroupView> listPublicGroups(store::Db& db) {
    std::vector<PublicGroupView> out;
    auto s = db.prepare("SELECT g.id, g.name, (SELECT count(*) FROM group_users gu WHERE gu.group_id = g.id) FROM public_groups g "
                        "ORDER BY g.name");
    while (s.step()) out.push_back({s.getInt(0), s.getText(1), {}, s.getInt(2), {}});
    auto m = db.prepare("SELECT m.user_id, trim(u.first_name || ' ' || u.last_name), m.role_scope, r.name FROM public_group_members m "
                        "LEFT JOIN users u ON u.id = m.user_id LEFT JOIN roles r ON r.id = m.role_id WHERE m.group_id = ? ORDER BY m.id");
    for (auto& g : out) {
        m.bind(1, g.id);
        while (m.step())
            g.members.push_back(!m.isNull(0) ? T_f("User: {0}", {m.getText(1)}) : roleScopeMember(m.getText(2), m.getText(3)));
        m.reset();
    }
    // Channel levels as members (issue #20): "Channel level: Gold (Partner Program)".
    auto l = db.prepare("SELECT gl.level_id, lv.name, p.name FROM public_group_levels gl JOIN channel_program_levels lv ON "
                        "lv.id = gl.level_id JOIN channel_programs p ON p.id = lv.program_id WHERE gl.group_id = ? "
                        "ORDER BY p.name, lv.rank");
    for (auto& g : out) {
        l.bind(1, g.id);
        while (l.step()) {
            g.members.push_back(T_f("Channel level: {0} ({1})", {l.getText(1), l.getText(2)}));
            g.levelIds.push_back(l.getInt(0));
        }
        l.reset();
    }
    return out;
}

}  // namespace prm::app
