#pragma once
// Small read models the lead screens need beyond queries_leads.h: the ids behind "Select all matching",
// the queues a user belongs to, e-mail templates, and the lead picklists. Queries only; nothing changes.
#include <string>
#include <utility>
#include <vector>

#include "app/leads/queries_leads.h"

namespace prm::app {

// Every lead matching the list query (search and owner filter; sort, offset and limit ignored) that the
// viewer can see, and when `editableOnly`, may also edit. One query; for a mass change, not per frame.
std::vector<Id> matchingLeadIds(store::Db& db, Id viewer, const LeadListQuery& q, bool editableOnly);

// The queues the user is a member of (directly, by role or by public group), by name.
std::vector<std::pair<Id, std::string>> memberQueues(store::Db& db, Id userId);

// E-mail templates (id, name) by name, for the rule entry editor.
std::vector<std::pair<Id, std::string>> listEmailTemplates(store::Db& db);

// Public groups (id, name) by name, for member and sharing-rule pickers.
std::vector<std::pair<Id, std::string>> publicGroupChoices(store::Db& db);

// One assignment rule entry as stored, for editing it in place.
struct AssignmentEntryDraft {
    std::vector<domain::Criterion> criteria;
    std::string logic;
    int targetKind = 0;  // 0 user, 1 queue, 2 round robin
    Id targetId = 0;
    Id templateId = 0;   // 0: none
    bool doNotReassign = false;
};
std::optional<AssignmentEntryDraft> assignmentEntryDraft(store::Db& db, Id entryId);

// Picklists of the lead form, and the JSON key of each domain::leadFields() entry ("firstName", ...).
const std::vector<std::string>& leadStatusChoices();
const std::vector<std::string>& leadRatingChoices();
const char* leadFieldKey(int fieldIndex);

}  // namespace prm::app
