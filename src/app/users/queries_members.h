#pragma once
// Read models of Log in to Experience as User (the header's banner) and of delegated external user
// administration (the community's Account Management → Members list).
#include <optional>
#include <string>
#include <vector>

#include "app/people.h"
#include "app/sandbox.h"

namespace prm::app::users {

// While an administrator works as a partner user (session.return_user_id is set).
struct ExperienceBanner {
    bool active = false;
    Id partnerId = 0;
    std::string partnerName;  // "Maija Virtanen"
    std::string accountName;  // "Nordic Partners Oy"
    Id adminId = 0;
    std::string adminName;    // whom Log out returns to
};
ExperienceBanner experienceBanner(Sandbox& sb);

// The logged-in user may use Account Management → Members (an active delegated admin on a partner account).
bool canManageAccountMembers(Sandbox& sb);

struct AccountMember {
    User user;
    int level = 1;  // partner role level: 1 User, 2 Manager, 3 Executive
    bool delegatedAdmin = false;
};
struct AccountMembers {
    Id accountId = 0;
    std::string accountName;
    int ownLevel = 1;                  // the viewer's level: the highest they may give
    int levels = 3;                    // the account's partner role count
    std::vector<AccountMember> members;  // by name
};
// The partner users of the viewer's own account; empty (accountId 0) unless the viewer is a delegated admin.
AccountMembers accountMembers(Sandbox& sb);

// The partner user's delegated external user administration flag (users.is_delegated_admin).
bool hasDelegatedAdmin(Sandbox& sb, Id userId);

}  // namespace prm::app::users
