#pragma once
// People as the model layer sees them: one User struct with one SELECT, names of users, roles and
// profiles, and the validation of usernames and e-mail addresses. Shared by every command area and
// by the read models (queries_core.h lists users as the same struct).
#include <optional>
#include <string>

#include "app/sandbox.h"
#include "domain/email.h"
#include "domain/types.h"
#include "store/db.h"

namespace prm::app {

using domain::Id;
using domain::TimeMs;

// Commands and views share this one struct (the view's display columns cost two joins by primary key),
// so a user's columns are read in one place: userSelect() and readUser().
struct User {
    bool exists = false;    // false: no user with that id (every other field is empty)
    Id id = 0;
    std::string name;       // "Maija Virtanen"; the username when both names are empty
    std::string firstName, lastName;
    std::string username, email, alias, nickname;
    Id profileId = 0;
    std::string profileName;
    bool partner = false;   // a partner (external) user: profile user_type = 'Partner'
    bool admin = false;     // the profile is an administrator's
    std::optional<Id> roleId;
    std::string roleName;   // "" when none
    bool active = false;
    std::optional<TimeMs> lastLoginAt;  // nullopt: never logged in
    bool mustChangePassword = false;
    std::optional<Id> contactId;
    std::optional<Id> accountId;
    std::string accountName;  // partner users: their account's name; "" for internal users
    TimeMs createdAt = 0;

    bool hasLoggedIn() const { return lastLoginAt.has_value(); }
};

// "SELECT <the user's columns> FROM users u JOIN profiles p ... LEFT JOIN roles r ... LEFT JOIN accounts a ... ":
// append "WHERE ..." (and ORDER BY); read each row with readUser.
const std::string& userSelect();
User readUser(const store::Statement& st);

// The user with this id; exists = false when there is none.
User loadUser(store::Db& db, Id userId);

// "Maija Virtanen" (or the username when the name is empty); "user #42" for an unknown id.
std::string userName(store::Db& db, Id userId);
// The user's language (users.language): the one the org's e-mails to them are written in. English for a
// user who does not exist.
i18n::Language userLanguage(store::Db& db, Id userId);
// The role's / profile's name; "role #7" / "profile #3" for an unknown id.
std::string roleName(store::Db& db, Id roleId);
std::string profileName(store::Db& db, Id profileId);

using domain::isValidEmail;

// Username rules: e-mail format, unique regardless of case (excluding `exceptUserId`). A refusal or nullopt.
std::optional<CommandResult> checkUsername(store::Db& db, const std::string& username, Id exceptUserId = 0,
                                           const char* field = "username");

}  // namespace prm::app
