#include "app/leads/queries_lead_ui.h"

#include "app/leads/lead_support.h"
#include "app/sharing.h"

namespace prm::app {

std::vector<Id> matchingLeadIds(store::Db& db, Id viewer, const LeadListQuery& q, bool editableOnly) {
    // The same filter as listLeads(), so "Select all matching" selects exactly what the list counts.
    const LeadListFilter filter = leadListFilter(db, viewer, q);
    std::string where = filter.where;
    const int viewerParam = LeadListFilter::kFirstFreeParam;
    if (editableOnly) where += " AND (" + leads::leadEditCondition(db, viewer, viewerParam) + ")";
    auto s = db.prepare("SELECT l.id FROM leads l" + where + " ORDER BY l.id");
    filter.bind(s);
    if (editableOnly) s.bind(viewerParam, viewer);
    std::vector<Id> out;
    while (s.step()) out.push_back(s.getInt(0));
    return out;
}

std::vector<std::pair<Id, std::string>> memberQueues(store::Db& db, Id userId) {
    std::vector<std::pair<Id, std::string>> out;
    auto s = db.prepare("SELECT q.id, q.name FROM queues q WHERE q.id IN (SELECT queue_id FROM queue_users WHERE user_id = ?) "
                        "ORDER BY q.name");
    s.bind(1, userId);
    while (s.step()) out.emplace_back(s.getInt(0), s.getText(1));
    return out;
}

std::vector<std::pair<Id, std::string>> listEmailTemplates(store::Db& db) {
    std::vector<std::pair<Id, std::string>> out;
    auto s = db.prepare("SELECT id, name FROM email_templates ORDER BY name");
    while (s.step()) out.emplace_back(s.getInt(0), s.getText(1));
    return out;
}

std::vector<std::pair<Id, std::string>> publicGroupChoices(store::Db& db) {
    std::vector<std::pair<Id, std::string>> out;
    auto s = db.prepare("SELECT id, name FROM public_groups ORDER BY name");
    while (s.step()) out.emplace_back(s.getInt(0), s.getText(1));
    return out;
}

std::optional<AssignmentEntryDraft> assignmentEntryDraft(store::Db& db, Id entryId) {
    auto s = db.prepare("SELECT boolean_logic, target_user_id, target_queue_id, target_round_robin_id, email_template_id, "
                        "do_not_reassign FROM assignment_rule_entries WHERE id = ?");
    s.bind(1, entryId);
    if (!s.step()) return std::nullopt;
    AssignmentEntryDraft d;
    d.logic = s.getText(0);
    d.targetKind = !s.isNull(1) ? 0 : !s.isNull(2) ? 1 : 2;
    d.targetId = !s.isNull(1) ? s.getInt(1) : !s.isNull(2) ? s.getInt(2) : s.getInt(3);
    d.templateId = s.isNull(4) ? 0 : s.getInt(4);
    d.doNotReassign = s.getInt(5) != 0;
    auto c = db.prepare("SELECT field, op, value FROM assignment_rule_criteria WHERE entry_id = ? ORDER BY idx");
    c.bind(1, entryId);
    while (c.step()) d.criteria.push_back({c.getText(0), c.getText(1), c.getText(2)});
    return d;
}

const std::vector<std::string>& leadStatusChoices() { return leads::leadStatuses(); }
const std::vector<std::string>& leadRatingChoices() { return leads::leadRatings(); }
const char* leadFieldKey(int fieldIndex) { return leads::leadJsonKey(fieldIndex); }

}  // namespace prm::app
