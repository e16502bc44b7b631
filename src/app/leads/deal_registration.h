#pragma once
// Deal registration: a partner registers a deal (a lead of record type DealRegistration), submits it to
// their channel manager (the partner account's owner), who approves it (the lead is converted, the
// opportunity stays the partner's) or rejects it with a comment (the partner may edit and resubmit).
// Commands here; the queries the pages read (deal lists, conflicts) too. See docs/decisions/deal-registration.md.
#include <optional>
#include <string>
#include <vector>

#include "app/sandbox.h"

namespace prm::app::leads {

// The fields of a deal. RegisterDeal: company and lastName required. UpdateDeal: absent fields stay.
struct DealFields {
    std::optional<std::string> company;
    std::optional<std::string> firstName;
    std::optional<std::string> lastName;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<std::string> country;
    std::optional<std::string> city;
    fields::Patch<double> amount;               // the estimated deal amount, 0 or more
    fields::Patch<std::string> closeDate;       // YYYY-MM-DD, the expected close date
    std::optional<std::string> description;
};
PRM_FIELDS(DealFields, company, firstName, lastName, email, phone, country, city, amount, closeDate, description)

struct RegisterDeal : DealFields {
    std::optional<Id> ownerId;  // an administrator registers on behalf of this partner user
};
PRM_FIELDS_EXTEND(RegisterDeal, DealFields, ownerId)

struct UpdateDeal : DealFields {
    Id leadId = 0;
};
PRM_FIELDS_EXTEND(UpdateDeal, DealFields, leadId)

struct DealRef {
    Id leadId = 0;
};
PRM_FIELDS(DealRef, leadId)

struct DealDecision {
    Id leadId = 0;
    std::optional<std::string> comment;  // optional to approve, required to reject
};
PRM_FIELDS(DealDecision, leadId, comment)

void registerDealRegistrationCommands(CommandRegistry& r);

// ---- queries ---------------------------------------------------------------------------------
// Possible duplicates of a deal: other open leads (not converted) and open opportunities whose company /
// account name equals the deal's (case-insensitive, trimmed). Only what the viewer may read is named;
// a partner viewer is told the count only.
struct DealConflict {
    std::string kind;  // "Lead" or "Opportunity"
    Id id = 0;
    std::string name;   // lead: "L-00012 Kone Oyj"; opportunity: its name
    std::string owner;
};
struct DealConflicts {
    int total = 0;                       // every conflict, seen or not
    std::vector<DealConflict> visible;   // those the viewer may read (empty for partner viewers)
    int hidden = 0;                      // total - visible.size()
    bool countOnly = false;              // the viewer is a partner user: names are never shown
    std::string message;                 // one sentence for the page ("" when there is none)
};
DealConflicts dealConflicts(store::Db& db, Id viewer, Id leadId);
json conflictsJson(const DealConflicts& c);

struct DealRow {
    Id leadId = 0;
    std::string number, company, contactName, ownerName, partnerAccount;
    std::string status;  // "" (not submitted), Submitted, Approved, Rejected
    std::optional<double> amount;
    std::string closeDate;
    std::optional<Id> approverId;
    std::string approverName;
    bool awaitingMe = false;  // submitted and the viewer is its approver
};
// Deal registrations the viewer can read: those awaiting their approval first, then newest first.
std::vector<DealRow> dealRegistrations(store::Db& db, Id viewer);

struct DealDetail {
    bool exists = false;  // false also when the viewer cannot read it or it is not a deal
    Id leadId = 0;
    std::string number, company, firstName, lastName, email, phone, country, city, description;
    std::optional<double> amount;
    std::string closeDate;
    Id ownerId = 0;
    std::string ownerName, partnerAccount;
    std::string status, comment, approverName;
    std::optional<Id> approverId;
    std::optional<TimeMs> submittedAt, decidedAt;
    bool converted = false;
    std::optional<Id> opportunityId;
    bool canEdit = false, canSubmit = false, canDecide = false;
};
DealDetail dealDetail(store::Db& db, Id viewer, Id leadId);

// The partner account of a record owner: the account of a partner user, "" for anyone else.
std::string partnerAccountOf(store::Db& db, std::optional<Id> ownerUserId);

}  // namespace prm::app::leads
