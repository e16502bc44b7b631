#pragma once
// Sales commands: opportunities, activities and lead conversion (docs/COMMANDS.md, "Sales").
// The typed structs read from JSON (app/command_fields.h); handlers in opportunity_commands.cpp,
// activity_commands.cpp and convert_lead.cpp, registered by registerSalesCommands (app/command_areas.h).
#include <optional>
#include <string>
#include <vector>

#include "app/sandbox.h"

namespace prm::app::sales {

using fields::Patch;

struct CreateOpportunity {
    std::string name;
    std::optional<Id> accountId;
    std::optional<Id> contactId;   // the primary contact; on the account when both are given
    std::optional<double> amount;  // 0 or more
    std::string closeDate;         // YYYY-MM-DD
    std::optional<std::string> stage;  // Prospecting when absent
    std::optional<int> probability;    // the stage's default when absent
    std::optional<Id> ownerId;         // an active user; the one creating it when absent
};
PRM_FIELDS(CreateOpportunity, name, accountId, contactId, amount, closeDate, stage, probability, ownerId)

// Fields left out stay as they are; a new stage brings its default probability unless one is given.
struct UpdateOpportunity {
    Id opportunityId = 0;
    std::optional<std::string> name;
    Patch<double> amount;
    std::optional<std::string> closeDate;
    std::optional<std::string> stage;
    std::optional<int> probability;
    std::optional<Id> ownerId;
};
PRM_FIELDS(UpdateOpportunity, opportunityId, name, amount, closeDate, stage, probability, ownerId)

struct OpportunityRef {
    Id opportunityId = 0;
};
PRM_FIELDS(OpportunityRef, opportunityId)

// What an activity regards: one lead, account, contact or opportunity.
struct Regarding {
    std::string type;  // Lead, Account, Contact, Opportunity
    Id id = 0;
};
PRM_FIELDS(Regarding, type, id)

struct CreateActivity {
    std::string type;      // Task, PhoneCall, Appointment, Email, Letter, Fax
    std::string subject;
    std::optional<Regarding> regarding;
    std::optional<Id> ownerId;             // an active user who can see the regarded record; the creator when absent
    std::optional<std::string> dueDate;    // YYYY-MM-DD; every type but Appointment
    std::optional<std::string> start;      // YYYY-MM-DDTHH:MM; appointments (required for them)
    std::optional<std::string> end;        // after start
    std::optional<std::string> priority;   // Low, Normal (default), High
    std::optional<std::string> description;
    bool completed = false;                // "Save as Completed": logged as already done
};
PRM_FIELDS(CreateActivity, type, subject, regarding, ownerId, dueDate, start, end, priority, description, completed)

// Fields left out stay; null clears the optional ones. Closed activities cannot be changed.
struct UpdateActivity {
    Id activityId = 0;
    std::optional<std::string> subject;
    std::optional<Id> ownerId;
    Patch<std::string> dueDate;
    std::optional<std::string> start;
    std::optional<std::string> end;
    std::optional<std::string> priority;
    std::optional<std::string> description;
};
PRM_FIELDS(UpdateActivity, activityId, subject, ownerId, dueDate, start, end, priority, description)

// My Workplace → Activities → Mark Complete (one or many), and Cancel Activity.
struct ActivityIds {
    std::vector<Id> activityIds;  // at least one; one the actor cannot edit refuses them all
};
PRM_FIELDS(ActivityIds, activityIds)

// Convert on a lead: an account (new, named after the company, or an existing one), a contact (new, from the
// lead, or an existing one of the account) and, unless doNotCreateOpportunity, a new opportunity. The lead
// becomes Closed - Converted and read-only; its open and closed activities move to the opportunity (or,
// without one, to the contact).
struct ConvertLead {
    Id leadId = 0;
    std::optional<Id> accountId;         // an existing account; a new one when absent
    std::optional<Id> contactId;         // an existing contact of that account; a new one when absent
    bool doNotCreateOpportunity = false;
    std::optional<std::string> opportunityName;  // "<Company>-" when absent
    std::optional<double> amount;
    std::optional<std::string> closeDate;        // 30 days from today when absent
    std::optional<std::string> stage;            // Prospecting when absent
    std::optional<Id> ownerId;                   // owner of the new opportunity; the lead's owner (or the converter)
};
PRM_FIELDS(ConvertLead, leadId, accountId, contactId, doNotCreateOpportunity, opportunityName, amount, closeDate, stage,
           ownerId)

}  // namespace prm::app::sales
