#pragma once
// Partner access (issue #20, "Partner accounts and users, completed"): the Digital Experiences settings page
// (Enable Partner Super User Access), partner super users, and Disable Partner User from the Manage External
// User menu. Handlers in partner_access.cpp, registered by registerAccountCommands (app/command_areas.h).
#include <cstdint>
#include <optional>

#include "app/sandbox.h"

namespace prm::app::accounts {

// Setup → Digital Experiences → Settings. Left out: stays as it is.
struct UpdateDigitalExperienceSettings {
    std::optional<bool> partnerSuperUserAccess;  // off keeps the grants; on again restores them
};
PRM_FIELDS(UpdateDigitalExperienceSettings, partnerSuperUserAccess)

// EnableSuperUserAccess, DisableSuperUserAccess, DisablePartnerUser
struct PartnerUserRef {
    Id userId = 0;
};
PRM_FIELDS(PartnerUserRef, userId)

void registerPartnerAccessCommands(CommandRegistry& r);

// Queries for the views.
bool superUserAccessEnabled(store::Db& db);              // the Digital Experiences setting
bool isSuperUser(store::Db& db, Id userId);              // granted (works while the setting is on)
std::int64_t superUserCount(store::Db& db);              // active users with the grant

}  // namespace prm::app::accounts
