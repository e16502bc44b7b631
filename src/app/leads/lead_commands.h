#pragma once
// Lead commands: the typed structs read from JSON (see app/command_fields.h) and the helpers that
// share them (the lead fields of CreateLead / UpdateLead / CreateLeads, and the bulk create of imports).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/domain_enums.h"
#include "app/sandbox.h"
#include "domain/rules.h"
#include "domain/types.h"

namespace prm::app::leads {

// The 15 lead fields, as the forms and imports give them. Absent: unchanged (or the default on create);
// null: cleared. Text is trimmed; annualRevenue and employees are numbers (employees whole), 0 or more.
struct LeadFieldsInput {
    fields::Patch<std::string> firstName;
    fields::Patch<std::string> lastName;
    fields::Patch<std::string> company;
    fields::Patch<std::string> title;
    fields::Patch<std::string> email;
    fields::Patch<std::string> phone;
    fields::Patch<std::string> status;
    fields::Patch<std::string> leadSource;
    fields::Patch<std::string> country;
    fields::Patch<std::string> state;
    fields::Patch<std::string> city;
    fields::Patch<std::string> industry;
    fields::Patch<double> annualRevenue;
    fields::Patch<double> employees;
    fields::Patch<std::string> rating;
};
PRM_FIELDS(LeadFieldsInput, firstName, lastName, company, title, email, phone, status, leadSource, country, state, city,
           industry, annualRevenue, employees, rating)

// One new lead: its fields and, when it is not the creator's, its owner (a user or a queue, not both).
struct NewLeadInput : LeadFieldsInput {
    std::optional<Id> ownerUserId;
    std::optional<Id> ownerQueueId;
};
PRM_FIELDS_EXTEND(NewLeadInput, LeadFieldsInput, ownerUserId, ownerQueueId)

struct CreateLead : NewLeadInput {
    bool useAssignmentRules = false;  // route through the active lead assignment rule
};
PRM_FIELDS_EXTEND(CreateLead, NewLeadInput, useAssignmentRules)

struct CreateLeads {
    std::vector<NewLeadInput> leads;  // at least one; one refused lead refuses them all
    bool useAssignmentRules = false;
};
PRM_FIELDS(CreateLeads, leads, useAssignmentRules)

struct UpdateLead : LeadFieldsInput {
    Id leadId = 0;
    bool useAssignmentRules = false;  // route the lead again with its new values
};
PRM_FIELDS_EXTEND(UpdateLead, LeadFieldsInput, leadId, useAssignmentRules)

// DeleteLead, AcceptLead
struct LeadRef {
    Id leadId = 0;
};
PRM_FIELDS(LeadRef, leadId)

struct GenerateLeads {
    std::int64_t count = 0;             // 1 to 2,000,000
    std::optional<std::int64_t> seed;  // the same seed gives the same leads
    std::vector<Id> ownerUserIds;       // owners in turn; the actor when there are none (nor queues)
    std::vector<Id> ownerQueueIds;
    std::optional<std::int64_t> firstIndex;  // begin at the seed's lead firstIndex: parts of one big batch add up to it
};
PRM_FIELDS(GenerateLeads, count, seed, ownerUserIds, ownerQueueIds, firstIndex)

// A notification e-mail: the default text, or the one the user edited on Change Lead Owner.
struct Email {
    std::string subject;
    std::string body;
};
PRM_FIELDS(Email, subject, body)

struct ChangeLeadOwner {
    Id leadId = 0;
    domain::OwnerType ownerType = domain::OwnerType::User;
    Id ownerId = 0;
    bool sendNotificationEmail = false;
    std::optional<Email> email;  // the edited notification; the default text when absent
};
PRM_FIELDS(ChangeLeadOwner, leadId, ownerType, ownerId, sendNotificationEmail, email)

// A condition on one lead field, as in assignment rule criteria: {"field": "Country", "op": "equals", "value": "Finland"}.
struct LeadFilter {
    std::string field;
    std::string op;
    std::string value;
};
PRM_FIELDS(LeadFilter, field, op, value)

// The leads are chosen by leadIds, else by filter, else all (that the actor can edit).
struct MassChangeOwner {
    std::optional<std::vector<Id>> leadIds;
    std::optional<LeadFilter> filter;
    bool all = false;
    domain::OwnerType ownerType = domain::OwnerType::User;
    Id ownerId = 0;
    bool sendNotificationEmail = false;
    std::optional<std::int64_t> jobTotal;  // a job in chunks: the whole change's lead count ("Why this owner?", the e-mail)
};
PRM_FIELDS(MassChangeOwner, leadIds, filter, all, ownerType, ownerId, sendNotificationEmail, jobTotal)

struct ReturnLeadToQueue {
    Id leadId = 0;
    Id queueId = 0;
};
PRM_FIELDS(ReturnLeadToQueue, leadId, queueId)

void registerCommands(CommandRegistry& r);

// Applies the fields given in `in` to `values` (absent ones are left as they are). Validates length
// (255 characters), e-mail, picklists and non-negative numbers. `prefix` starts each message
// ("lead 17: "). Requires lastName and company when `requireNames`. The refusal names the field.
std::optional<CommandResult> applyLeadFields(const LeadFieldsInput& in, domain::LeadValues& values, bool requireNames,
                                             const std::string& prefix = {});

// Bulk create for imports: each lead validated exactly as CreateLead does, every valid one inserted in
// one pass (one reused statement, one share recalculation, routed when asked). Per row: the new id,
// or the refusal. `failure` is set (not ok) when the insert itself failed: then nothing is usable.
struct BulkLeadRow {
    bool ok = false;
    Id id = 0;
    CommandResult refusal;
};
struct BulkLeadOutcome {
    std::vector<BulkLeadRow> rows;  // one per input row, in order
    CommandResult failure = CommandResult::success();
};
BulkLeadOutcome createLeadsBulk(CommandContext& ctx, const std::vector<NewLeadInput>& rows, bool useRules);

}  // namespace prm::app::leads
