#pragma once
// Helpers of the core command areas (org, users, accounts, communities): the org row, the session, new users and
// partner roles, LIKE escaping. People (the User struct, names, username rules) are in app/people.h.
// Not a public API of the app layer: the UI reads through queries_core.h.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/people.h"
#include "app/sandbox.h"

namespace prm::app::core {

// The audit trail's section for user changes (Setup → Manage Users), shared by the users and accounts areas.
inline constexpr const char* kUsersSection = "Manage Users";

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

// Refusal when the actor is a partner user: records of the core model are kept by internal users.
std::optional<CommandResult> refuseUnlessInternalActor(CommandContext& ctx, const std::string& what);

// Refusal unless the org exists.
std::optional<CommandResult> refuseUnlessOrg(CommandContext& ctx);

// Sets the logged-in user of the sandbox (the session row).
domain::Status setSessionUser(store::Db& db, std::optional<Id> userId);

// Rebuilds the role tree cache and the share table; a refusal naming `what` if either fails.
std::optional<CommandResult> rebuildRolesAndShares(CommandContext& ctx, const std::string& what, bool roles = true);

struct NewUser {
    std::string firstName, lastName, email, username, alias, nickname;
    Id profileId = 0;
    std::optional<Id> roleId, contactId, accountId;
    i18n::Language language = i18n::Language::English;  // users.language: the Welcome e-mail is in it
};
// Inserts an active user who has never logged in and must change the generated password, and sends the
// Welcome e-mail with the username, the password and `loginHint` (the only place the password exists).
// Validates username and e-mail. Returns a refusal, or nullopt with `outId` set.
// `loginHint` words the hint in the message language, which is the new user's while the e-mail is written.
std::optional<CommandResult> createUserWithWelcome(CommandContext& ctx, const NewUser& u,
                                                   const std::function<std::string()>& loginHint, Id& outId);

// The account's partner roles by level (index 0 = level 1, Partner User), creating
// org.partner_role_count of them under the account owner's role when the account has none yet.
// The caller rebuilds the role tree afterwards. A refusal, or nullopt with `rolesByLevel` filled.
std::optional<CommandResult> ensurePartnerRoles(CommandContext& ctx, Id accountId, std::vector<Id>& rolesByLevel);

// A LIKE pattern that finds `s` anywhere in a text, with % and _ in `s` matching only themselves.
// Use it with ESCAPE '\': "name LIKE ?1 ESCAPE '\'".
std::string likePattern(const std::string& s);

// "1 item", "2 items": a count with the noun's singular or plural (English; for audit rows and the log).
std::string countOf(std::int64_t n, const char* one, const char* many);

// Text of an optional id, for audit rows: "" when none.
std::string idText(const std::optional<Id>& id);

}  // namespace prm::app::core
