#pragma once
// Delegated external user administration: a partner user granted it (users.is_delegated_admin) manages the
// partner users of their own account, and nothing else. The user commands of CommandKind::Delegable let such
// a user through the setup check (Sandbox::execute); their handlers then call these checks, which pass an
// administrator unchanged.
#include <optional>
#include <string>

#include "app/sandbox.h"

namespace prm::app::users {

// An active partner user with delegated external user administration, on a partner account.
bool isDelegatedAdmin(store::Db& db, Id userId);

struct DelegatedAdmin {
    Id userId = 0;
    Id accountId = 0;
    std::string accountName;
    int level = 1;  // the partner role level of the delegated admin (1 User, 2 Manager, 3 Executive)
};
// The actor as a delegated admin; nullopt when the actor is an administrator (or anybody else).
std::optional<DelegatedAdmin> delegatedActor(CommandContext& ctx);

// Refusal unless the actor may manage this user: administrators may; a delegated admin only a partner user of
// their own account (and not themselves unless `self` is allowed). Names no record the actor cannot see.
std::optional<CommandResult> refuseUnlessMayManageUser(CommandContext& ctx, Id userId, bool self = true);
// Refusal unless the actor may make users of this account's contacts (a delegated admin: their own account).
std::optional<CommandResult> refuseUnlessMayManageAccount(CommandContext& ctx, std::optional<Id> accountId,
                                                          const char* field);
// Refusal when a delegated admin would give a partner role level above their own.
std::optional<CommandResult> refuseLevelAboveOwn(CommandContext& ctx, int level, const char* field = "level");
// `message` as a refusal when the actor is a delegated admin (something only an administrator may do).
std::optional<CommandResult> refuseForDelegated(CommandContext& ctx, const std::string& message, const char* field);

}  // namespace prm::app::users
