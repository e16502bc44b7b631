#pragma once
// Each feature area registers its commands (typed structs, see app/command_fields.h); the registry
// (commandRegistry() in sandbox.cpp) calls these once. docs/COMMANDS.md is the generated reference.
#include "app/sandbox.h"

namespace prm::app {
void registerOrgCommands(CommandRegistry& r);        // org/org_commands.cpp: CreateOrg, settings, OWD, EnablePrm, wizard
void registerUserCommands(CommandRegistry& r);       // users/user_commands.cpp: users, roles, log in, passwords
void registerAccountCommands(CommandRegistry& r);    // accounts/account_commands.cpp: accounts, contacts, partners
namespace communities {
void registerCommands(CommandRegistry& r);           // communities/community_commands.cpp
}
void registerLeadCommands(CommandRegistry& r);       // leads/lead_commands.cpp: leads, change owner, mass change, inbox
void registerRoutingCommands(CommandRegistry& r);    // routing/*_commands.cpp: queues, templates, rules, round robin
void registerSharingCommands(CommandRegistry& r);    // sharing/sharing_commands.cpp: rules, groups, folders, manual shares
void registerSalesCommands(CommandRegistry& r);      // sales/*_commands.cpp: opportunities, activities, ConvertLead
void registerImportCommands(CommandRegistry& r);     // data/import_commands.cpp: ImportRecords (CSV import)
void registerChannelCommands(CommandRegistry& r);     // channel/channel_commands.cpp: channel programs, levels, members
void registerTrainingCommands(CommandRegistry& r);   // training/training_commands.cpp: generators, snapshots, checks
}  // namespace prm::app
