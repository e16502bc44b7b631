// Routing commands, one area a file (structs in routing_commands.h):
//  - queue_commands.cpp: CreateQueue, UpdateQueue, AddQueueMember, RemoveQueueMember, DeleteQueue
//  - email_template_commands.cpp: CreateEmailTemplate
//  - assignment_rule_commands.cpp: CreateAssignmentRule, ActivateAssignmentRule, DeactivateAssignmentRule,
//    DeleteAssignmentRule, AddAssignmentRuleEntry, UpdateAssignmentRuleEntry, RemoveAssignmentRuleEntry,
//    ReorderAssignmentRuleEntries, RunAssignmentRules
//  - round_robin_commands.cpp: CreateRoundRobin, UpdateRoundRobin
#include "app/command_areas.h"
#include "app/routing/routing_commands.h"

namespace prm::app {

void registerRoutingCommands(CommandRegistry& r) {
    routing::registerQueueCommands(r);
    routing::registerEmailTemplateCommands(r);
    routing::registerAssignmentRuleCommands(r);
    routing::registerRoundRobinCommands(r);
}

}  // namespace prm::app
