#pragma once
// Helpers shared by the sales commands (not a public API: the UI reads through app/sales/queries_sales.h).
#include <optional>
#include <string>

#include "app/refusals.h"
#include "app/sales/sales_commands.h"
#include "app/sandbox.h"
#include "domain/sales.h"

namespace prm::app::sales {

// An owner for an opportunity or an activity: an active user the actor may see. A partner actor may
// give records to internal users and to the users of their own account only.
std::optional<CommandResult> checkSalesOwner(store::Db& db, Id actor, Id ownerId, const char* field);

// A stage by name, or a refusal that lists the stages.
std::optional<CommandResult> checkStage(const std::string& stage, const char* field, const domain::Stage*& out);
// A probability 0..100, or a refusal.
std::optional<CommandResult> checkProbability(int p, const char* field);
// YYYY-MM-DD, or a refusal naming the form.
std::optional<CommandResult> checkDate(const std::string& s, const char* field);
std::optional<CommandResult> checkAmount(double amount, const char* field);

// Inserts an opportunity (values checked by the caller) and its share rows; returns its id, 0 on failure.
struct NewOpportunity {
    std::string name;
    std::optional<Id> accountId, contactId, leadId;
    std::optional<double> amount;
    std::string closeDate;
    const domain::Stage* stage = nullptr;
    int probability = 0;
    Id ownerId = 0;
};
Id insertOpportunity(CommandContext& ctx, const NewOpportunity& o);

// The record an activity regards, in words the actor may see: "Lead L-00012 (Kone Oyj)", "Account Kone Oyj".
std::string regardingName(store::Db& db, const std::string& type, Id id);

// Registered by registerSalesCommands (opportunity_commands.cpp).
void registerActivityCommands(CommandRegistry& r);          // activity_commands.cpp
CommandResult convertLead(CommandContext& ctx, const ConvertLead& cmd);  // convert_lead.cpp

// Moves every activity regarding (fromType, fromId) to (toType, toId); returns how many moved, -1 on failure.
int moveActivities(store::Db& db, const char* fromType, Id fromId, const char* toType, Id toId);

}  // namespace prm::app::sales
