#pragma once
// Channel programs and tiers (issue #20): programs with ranked levels (Bronze 1, Silver 2, Gold 3 ...) and
// partner accounts as members at one level. A public group can take "the partner accounts at a level" as a
// member (AddPublicGroupMember with levelId), so sharing rules and queues follow promotions. The typed
// structs read from JSON (app/command_fields.h); handlers in channel_commands.cpp, registered by
// registerChannelCommands (app/command_areas.h). Every command is a setup change: administrators only.
#include <optional>
#include <string>

#include "app/sandbox.h"

namespace prm::app::channel {

// A new program is inactive: its levels reach no public group until it is activated.
struct CreateChannelProgram {
    std::string name;
    std::optional<std::string> description;
};
PRM_FIELDS(CreateChannelProgram, name, description)

// ActivateChannelProgram, DeactivateChannelProgram.
struct ChannelProgramRef {
    Id programId = 0;
};
PRM_FIELDS(ChannelProgramRef, programId)

struct AddChannelLevel {
    Id programId = 0;
    std::string name;                     // unique in the program, e.g. "Gold"
    int rank = 0;                         // 1 or more, unique in the program; a higher rank is a higher tier
    std::optional<std::string> benefits;  // free text: "MDF 5 %, leads first"
};
PRM_FIELDS(AddChannelLevel, programId, name, rank, benefits)

// Fields left out stay as they are.
struct UpdateChannelLevel {
    Id levelId = 0;
    std::optional<std::string> name;
    std::optional<int> rank;
    std::optional<std::string> benefits;
};
PRM_FIELDS(UpdateChannelLevel, levelId, name, rank, benefits)

struct AddChannelProgramMember {
    Id programId = 0;
    Id accountId = 0;  // a partner account, not yet a member of the program
    Id levelId = 0;    // a level of that program
};
PRM_FIELDS(AddChannelProgramMember, programId, accountId, levelId)

// Promote: to the level of the next higher rank; Demote: the next lower.
enum class LevelStep { Promote, Demote };
PRM_ENUM(LevelStep, {LevelStep::Promote, "Promote"}, {LevelStep::Demote, "Demote"})

// Exactly one of levelId (a level of the member's program) or step.
struct ChangeChannelMemberLevel {
    Id memberId = 0;
    std::optional<Id> levelId;
    std::optional<LevelStep> step;
};
PRM_FIELDS(ChangeChannelMemberLevel, memberId, levelId, step)

struct RemoveChannelProgramMember {
    Id memberId = 0;
};
PRM_FIELDS(RemoveChannelProgramMember, memberId)

}  // namespace prm::app::channel
