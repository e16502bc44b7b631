#pragma once
// User commands: the typed structs read from JSON (see app/command_fields.h). Their handlers are in
// user_commands.cpp and registered by registerUserCommands (app/command_areas.h).
#include <optional>
#include <string>

#include "app/sandbox.h"

namespace prm::app::users {

// An internal user; partner users are created from their contact (EnablePartnerUser).
struct CreateUser {
    std::optional<std::string> firstName;
    std::string lastName;
    std::string email;
    std::optional<std::string> username;  // looks like an e-mail address; the e-mail when absent
    std::optional<std::string> alias;
    std::optional<std::string> nickname;
    std::optional<Id> profileId;           // an internal profile; Standard User when neither it nor profileName is given
    std::optional<std::string> profileName;  // for scripts and the seed, when profileId is absent
    std::optional<Id> roleId;              // an internal role; none when neither it nor roleName is given
    std::optional<std::string> roleName;   // for scripts and the seed, when roleId is absent
    std::optional<std::string> language;   // "en" (the default) or "fi": the language of the org's e-mails to the user
};
PRM_FIELDS(CreateUser, firstName, lastName, email, username, alias, nickname, profileId, profileName, roleId, roleName,
           language)

// Every field left out stays as it is.
struct UpdateUser {
    Id userId = 0;
    std::optional<std::string> firstName;
    std::optional<std::string> lastName;
    std::optional<std::string> email;
    std::optional<std::string> username;
    std::optional<std::string> alias;
    std::optional<std::string> nickname;
    std::optional<Id> profileId;  // of the same user type (internal or partner)
    std::optional<Id> roleId;     // internal users only; partner users change level with SetPartnerUserRole
    std::optional<std::string> language;  // "en" or "fi": the language of the org's e-mails to the user
};
PRM_FIELDS(UpdateUser, userId, firstName, lastName, email, username, alias, nickname, profileId, roleId, language)

// DeactivateUser, ActivateUser, ResetPassword, LoginAs, LogInToExperienceAsUser, Grant/RevokeDelegatedAdmin
struct UserRef {
    Id userId = 0;
};
PRM_FIELDS(UserRef, userId)

struct CreateRole {
    std::string name;
    std::optional<Id> parentId;  // an internal role; the new role is at the top of the hierarchy when absent
};
PRM_FIELDS(CreateRole, name, parentId)

struct LogIn {
    std::string username;  // case does not matter
    std::string password;
};
PRM_FIELDS(LogIn, username, password)

// The logged-in user's own password.
struct ChangePassword {
    std::string newPassword;  // at least 8 characters, with a letter and a digit
};
PRM_FIELDS(ChangePassword, newPassword)

struct LogOut {};
PRM_NO_FIELDS(LogOut)

// Account Management → Members → New Member: a new contact of the partner account, enabled as a partner user
// (EnablePartnerUser) at a role level.
struct AddAccountMember {
    std::optional<Id> accountId;  // a delegated admin's own account when absent; administrators give it
    std::optional<std::string> firstName;
    std::string lastName;
    std::string email;
    std::optional<std::string> username;  // the e-mail when absent
    std::optional<int> level;  // 1 Partner User (when absent), 2 Partner Manager, 3 Partner Executive; a delegated admin up to their own
};
PRM_FIELDS(AddAccountMember, accountId, firstName, lastName, email, username, level)

}  // namespace prm::app::users
