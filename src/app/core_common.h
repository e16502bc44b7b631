#pragma once
// Helpers shared by the core command areas (org, users, accounts, communities) and their queries.
// Not a public API of the app layer: the UI reads through queries_core.h.
#include <optional>
#include <string>
#include <vector>

#include "app/sandbox.h"
#include "domain/email.h"

namespace prm::app::core {

// The org row, as the core commands need it.
struct OrgState {
    bool exists = false;
    std::string name;
    std::string edition;
    int partnerRoleCount = 3;
    bool prmEnabled = false;
    std::string wizardState;
    Id defaultLeadOwnerId = 0;
    bool grantAccessUsingHierarchies = true;
};
OrgState loadOrg(store::Db& db);

using domain::isValidEmail;

// "Maija Virtanen" (or the username when the name is empty); "user #42" for an unknown id.
std::string userName(store::Db& db, Id userId);
std::string roleName(store::Db& db, Id roleId);
std::string profileName(store::Db& db, Id profileId);

struct UserFacts {
    bool exists = false;
    Id id = 0;
    std::string name;
    std::string username;
    std::string email;
    bool active = false;
    bool partner = false;  // profile user_type = 'Partner'
    bool admin = false;
    Id profileId = 0;
    std::optional<Id> roleId;
    std::optional<Id> accountId;
    std::optional<Id> contactId;
    std::optional<std::int64_t> lastLoginAt;
};
UserFacts loadUser(store::Db& db, Id userId);

// Refusal when the actor is a partner user: records of the core model are kept by internal users.
std::optional<CommandResult> refuseUnlessInternalActor(CommandContext& ctx, const std::string& what);

// Refusal unless the org exists.
std::optional<CommandResult> refuseUnlessOrg(CommandContext& ctx);

// Sets the logged-in user of the sandbox (the session row).
domain::Status setSessionUser(store::Db& db, std::optional<Id> userId);

// Rebuilds the role tree cache and the share table; a refusal naming `what` if either fails.
std::optional<CommandResult> rebuildRolesAndShares(CommandContext& ctx, const std::string& what, bool roles = true);

// Username rules: e-mail format, unique regardless of case (excluding `exceptUserId`). A refusal or nullopt.
std::optional<CommandResult> checkUsername(store::Db& db, const std::string& username, Id exceptUserId = 0,
                                           const char* field = "username");

struct NewUser {
    std::string firstName, lastName, email, username, alias, nickname;
    Id profileId = 0;
    std::optional<Id> roleId, contactId, accountId;
};
// Inserts an active user who has never logged in and must change the generated password, and sends the
// Welcome e-mail with the username, the password and `loginHint` (the only place the password exists).
// Validates username and e-mail. Returns a refusal, or nullopt with `outId` set.
std::optional<CommandResult> createUserWithWelcome(CommandContext& ctx, const NewUser& u, const std::string& loginHint,
                                                   Id& outId);

// The account's partner roles by level (index 0 = level 1, Partner User), creating
// org.partner_role_count of them under the account owner's role when the account has none yet.
// The caller rebuilds the role tree afterwards. A refusal, or nullopt with `rolesByLevel` filled.
std::optional<CommandResult> ensurePartnerRoles(CommandContext& ctx, Id accountId, std::vector<Id>& rolesByLevel);

// A LIKE pattern that finds `s` anywhere in a text, with % and _ in `s` matching only themselves.
// Use it with ESCAPE '\': "name LIKE ?1 ESCAPE '\'".
std::string likePattern(const std::string& s);

// Text of an optional id, for audit rows: "" when none.
std::string idText(const std::optional<Id>& id);

}  // namespace prm::app::core
