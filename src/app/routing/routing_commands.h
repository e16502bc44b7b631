#pragma once
// Routing commands: the typed structs read from JSON (see app/command_fields.h) for queues, e-mail
// templates, lead assignment rules and the built-in round robin. Handlers live one area a file:
// queue_commands.cpp, email_template_commands.cpp, assignment_rule_commands.cpp, round_robin_commands.cpp.
//
// [SECTION] index
//  - Queues: QueueMember, CreateQueue, UpdateQueue, AddQueueMember, RemoveQueueMember, QueueRef
//  - E-mail templates: CreateEmailTemplate
//  - Lead assignment rules: Criterion (op by name), EntryTarget, CreateAssignmentRule, AssignmentRuleRef,
//    AddAssignmentRuleEntry, UpdateAssignmentRuleEntry, AssignmentRuleEntryRef, ReorderAssignmentRuleEntries,
//    RunAssignmentRules
//  - Round robin: RoundRobinKind, RoundRobinMember, CreateRoundRobin, UpdateRoundRobin
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/domain_enums.h"
#include "app/sandbox.h"
#include "domain/rules.h"

namespace prm::app::routing {

// ---- [SECTION] Queues ---------------------------------------------------------------------------
// A queue member: exactly one of a user, a role or a public group.
struct QueueMember {
    std::optional<Id> userId;
    std::optional<Id> roleId;
    std::optional<Id> groupId;
};
PRM_FIELDS(QueueMember, userId, roleId, groupId)

struct CreateQueue {
    std::string name;
    std::optional<std::string> email;  // the queue's address; none when absent or blank
    bool sendEmailToMembers = false;
    std::vector<QueueMember> members;
};
PRM_FIELDS(CreateQueue, name, email, sendEmailToMembers, members)

// A field left out keeps the queue's current value.
struct UpdateQueue {
    Id queueId = 0;
    std::optional<std::string> name;
    std::optional<std::string> email;
    std::optional<bool> sendEmailToMembers;
};
PRM_FIELDS(UpdateQueue, queueId, name, email, sendEmailToMembers)

struct AddQueueMember {
    Id queueId = 0;
    std::optional<Id> userId;
    std::optional<Id> roleId;
    std::optional<Id> groupId;
};
PRM_FIELDS(AddQueueMember, queueId, userId, roleId, groupId)

// The member is picked by memberId (from the queue's member list), or else by userId, roleId or groupId.
struct RemoveQueueMember {
    Id queueId = 0;
    std::optional<Id> memberId;
    std::optional<Id> userId;
    std::optional<Id> roleId;
    std::optional<Id> groupId;
};
PRM_FIELDS(RemoveQueueMember, queueId, memberId, userId, roleId, groupId)

// DeleteQueue
struct QueueRef {
    Id queueId = 0;
};
PRM_FIELDS(QueueRef, queueId)

// ---- [SECTION] E-mail templates -------------------------------------------------------------------
struct CreateEmailTemplate {
    std::string name;
    std::string subject;
    std::string body;  // merge fields such as {!Lead.Company} and {!Owner.Name}
};
PRM_FIELDS(CreateEmailTemplate, name, subject, body)

// ---- [SECTION] Lead assignment rules ----------------------------------------------------------------
// A criterion's value: text ("Finland, Sweden" for alternatives) or a number, kept as its JSON text.
using CriterionValue = fields::TextOrNumber;

struct Criterion {
    std::string field;  // a lead field's API name ("Country", "AnnualRevenue")
    domain::Op op = domain::Op::Equals;
    CriterionValue value;
};
PRM_FIELDS(Criterion, field, op, value)

// Where an entry sends the leads it matches: exactly one of a user, a queue or a round robin.
struct EntryTarget {
    std::optional<Id> userId;
    std::optional<Id> queueId;
    std::optional<Id> roundRobinId;
};
PRM_FIELDS(EntryTarget, userId, queueId, roundRobinId)

struct CreateAssignmentRule {
    std::string name;
    bool active = false;  // true deactivates the rule that was active (one active rule at a time)
};
PRM_FIELDS(CreateAssignmentRule, name, active)

// ActivateAssignmentRule, DeactivateAssignmentRule, DeleteAssignmentRule
struct AssignmentRuleRef {
    Id ruleId = 0;
};
PRM_FIELDS(AssignmentRuleRef, ruleId)

struct AddAssignmentRuleEntry {
    Id ruleId = 0;
    std::optional<std::int64_t> sortOrder;  // 1 = first; at the end when absent
    std::vector<Criterion> criteria;        // none: the entry matches every lead
    std::optional<std::string> logic;       // "1 AND (2 OR 3)"; blank = all criteria
    EntryTarget target;
    std::optional<Id> emailTemplateId;
    bool doNotReassign = false;
};
PRM_FIELDS(AddAssignmentRuleEntry, ruleId, sortOrder, criteria, logic, target, emailTemplateId, doNotReassign)

// Only the fields given change; null clears criteria, logic and the e-mail template.
struct UpdateAssignmentRuleEntry {
    Id entryId = 0;
    fields::Patch<std::vector<Criterion>> criteria;
    fields::Patch<std::string> logic;
    fields::Patch<EntryTarget> target;  // null is refused: an entry always has a target
    fields::Patch<Id> emailTemplateId;
    fields::Patch<bool> doNotReassign;  // null = false
};
PRM_FIELDS(UpdateAssignmentRuleEntry, entryId, criteria, logic, target, emailTemplateId, doNotReassign)

// RemoveAssignmentRuleEntry
struct AssignmentRuleEntryRef {
    Id entryId = 0;
};
PRM_FIELDS(AssignmentRuleEntryRef, entryId)

struct ReorderAssignmentRuleEntries {
    Id ruleId = 0;
    std::optional<std::vector<Id>> entryIds;  // every entry of the rule, once, in the new order
};
PRM_FIELDS(ReorderAssignmentRuleEntries, ruleId, entryIds)

// Either the leads by id, or every lead the user may edit ("all": true). Closed leads (Closed - Converted,
// Closed - Not Converted) are counted as skipped and keep their owner. dryRun: everything runs, the
// report is the same, and the transaction is rolled back (nothing changes, nothing is logged).
struct RunAssignmentRules {
    std::optional<std::vector<Id>> leadIds;
    bool all = false;
    bool dryRun = false;
};
PRM_FIELDS(RunAssignmentRules, leadIds, all, dryRun)

// ---- [SECTION] Round robin --------------------------------------------------------------------------
enum class RoundRobinKind { Users, Queues };
PRM_ENUM(RoundRobinKind, {RoundRobinKind::Users, "Users"}, {RoundRobinKind::Queues, "Queues"})

// userId in a round robin over users, queueId in one over queues.
struct RoundRobinMember {
    std::optional<Id> userId;
    std::optional<Id> queueId;
    std::optional<int> weight;  // 1 to 100; 1 when absent
};
PRM_FIELDS(RoundRobinMember, userId, queueId, weight)

struct CreateRoundRobin {
    std::string name;
    RoundRobinKind kind = RoundRobinKind::Users;
    std::vector<RoundRobinMember> members;  // at least one
};
PRM_FIELDS(CreateRoundRobin, name, kind, members)

// Members, when given, replace the old ones (the kind stays).
struct UpdateRoundRobin {
    Id roundRobinId = 0;
    std::optional<std::string> name;
    fields::Patch<std::vector<RoundRobinMember>> members;
};
PRM_FIELDS(UpdateRoundRobin, roundRobinId, name, members)

// One register function per file; registerRoutingCommands (app/command_areas.h) calls them all.
void registerQueueCommands(CommandRegistry& r);
void registerEmailTemplateCommands(CommandRegistry& r);
void registerAssignmentRuleCommands(CommandRegistry& r);
void registerRoundRobinCommands(CommandRegistry& r);

}  // namespace prm::app::routing
