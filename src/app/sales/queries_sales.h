#pragma once
// Read models of the sales records for the UI: opportunities, activities and what a converted lead became.
// Every list holds only what the viewer may see (app/sharing.h); a related record the viewer cannot see is
// left out by name (its name is empty), never shown.
#include <optional>
#include <string>
#include <vector>

#include "domain/sales.h"
#include "domain/types.h"
#include "store/db.h"

namespace prm::app::sales {

using domain::Access;
using domain::Id;
using domain::TimeMs;

struct OpportunityRow {
    Id id = 0;
    std::string name;
    std::optional<Id> accountId;
    std::string accountName;  // "" when none or not visible to the viewer
    std::optional<Id> contactId;
    std::string contactName;  // as accountName
    std::optional<double> amount;
    std::string closeDate;    // YYYY-MM-DD
    std::string stage;        // API name ("Prospecting"); the UI translates
    int probability = 0;
    Id ownerId = 0;
    std::string ownerName;
    bool ownerIsPartner = false;
    std::string partnerAccount;  // Partner Account: the owner's partner account, "" when the owner is internal
    std::optional<Id> leadId;  // converted from (when the viewer can see the lead)
    std::string leadNumber;
    Access access = Access::None;  // the viewer's
};
std::vector<OpportunityRow> listOpportunities(store::Db& db, Id viewer);
std::optional<OpportunityRow> opportunityDetail(store::Db& db, Id viewer, Id opportunityId);
// The opportunities of an account (its page's related list), visible ones only.
std::vector<OpportunityRow> accountOpportunities(store::Db& db, Id viewer, Id accountId);

struct ActivityRow {
    Id id = 0;
    std::string type;      // API name: Task, PhoneCall, ...
    std::string subject;
    std::string regardingType;  // "" when it regards nothing
    Id regardingId = 0;
    std::string regardingName;  // "L-00012 Kone Oyj", "Kone Oyj"; "" when not visible
    Id ownerId = 0;
    std::string ownerName;
    std::string dueDate;   // "" when none
    std::string start, end;
    std::string priority;
    std::string description;
    std::string state;     // Open, Scheduled, Completed, Canceled
    std::optional<TimeMs> closedAt;
    bool overdue = false;  // open, and due (or ended) before today / now
    Access access = Access::None;
};

// My Workplace → Activities views.
enum class ActivityView { MyOpen, Overdue, Closed, All };
// `now` decides what is overdue: a due date before today, or an appointment that ended before now.
std::vector<ActivityRow> listActivities(store::Db& db, Id viewer, ActivityView view, TimeMs now);
// The Open Activities (open: true) or Activity History (false) of one record.
std::vector<ActivityRow> activitiesRegarding(store::Db& db, Id viewer, const std::string& type, Id recordId, bool open,
                                             TimeMs now);
std::optional<ActivityRow> activityDetail(store::Db& db, Id viewer, Id activityId, TimeMs now);

// What a converted lead became (each one only when the viewer can see it).
struct Conversion {
    TimeMs at = 0;
    std::optional<Id> accountId, contactId, opportunityId;
    std::string accountName, contactName, opportunityName;
};
std::optional<Conversion> leadConversion(store::Db& db, Id viewer, Id leadId);

// Records an activity may regard, for the Regarding picker: the ones the viewer can see whose name contains
// `search` (case-insensitive), at most `limit` of each type.
struct RecordChoice {
    std::string type;
    Id id = 0;
    std::string name;
};
std::vector<RecordChoice> regardingChoices(store::Db& db, Id viewer, const std::string& search, int limit = 20);

}  // namespace prm::app::sales
