#pragma once
// Community commands: the typed structs read from JSON (see app/command_fields.h) and their handlers.
#include <optional>
#include <string>

#include "app/sandbox.h"

namespace prm::app::communities {

struct CreateCommunity {
    std::string name;
    std::optional<std::string> urlPrefix;  // letters, digits, '-' and '_'; none when absent
};
PRM_FIELDS(CreateCommunity, name, urlPrefix)

// AddCommunityMemberProfile, RemoveCommunityMemberProfile
struct CommunityMemberProfile {
    Id communityId = 0;
    Id profileId = 0;
};
PRM_FIELDS(CommunityMemberProfile, communityId, profileId)

// PublishCommunity, DeactivateCommunity, ActivateCommunity
struct CommunityRef {
    Id communityId = 0;
};
PRM_FIELDS(CommunityRef, communityId)

void registerCommands(CommandRegistry& r);

}  // namespace prm::app::communities
