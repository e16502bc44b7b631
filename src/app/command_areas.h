#pragma once
// Each area of the model registers its commands here; see docs/ARCHITECTURE.md for the list.
#include "app/sandbox.h"

namespace prm::app {
void registerOrgCommands(CommandRegistry& r);        // commands_org.cpp: CreateOrg, settings, OWD, EnablePrm, wizard
void registerUserCommands(CommandRegistry& r);       // commands_users.cpp: users, profiles, roles, log in, passwords
void registerAccountCommands(CommandRegistry& r);    // commands_accounts.cpp: accounts, contacts, partner accounts and users
namespace communities { void registerCommands(CommandRegistry& r); }  // communities/community_commands.cpp
void registerLeadCommands(CommandRegistry& r);       // commands_leads.cpp: leads, change owner, mass reassign, inbox
void registerRoutingCommands(CommandRegistry& r);    // commands_routing.cpp: queues, assignment rules, round robin
void registerSharingCommands(CommandRegistry& r);    // commands_sharing.cpp: sharing rules, groups, folders, manual shares
void registerImportCommands(CommandRegistry& r);     // commands_import.cpp: ImportRecords (CSV import, one transaction)
void registerTrainingCommands(CommandRegistry& r);   // commands_training.cpp: generators, snapshots, exercise checks
}  // namespace prm::app
