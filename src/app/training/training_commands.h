#pragma once
// Training commands: the typed structs read from JSON (see app/command_fields.h) for the data generator,
// profile cloning, sandbox copies (snapshots) and the scenario bookkeeping. Handlers in training_commands.cpp.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/sandbox.h"

namespace prm::app::training {

// The languages generated names come from.
enum class NameLanguage { Finnish, English };
PRM_ENUM(NameLanguage, {NameLanguage::Finnish, "fi"}, {NameLanguage::English, "en"})

struct GeneratePartnerAccounts {
    std::int64_t count = 0;                            // 1 to 500
    std::optional<int> usersPerAccount;                // 0 to 5; 1 when absent
    std::optional<std::vector<NameLanguage>> names;    // both when absent; Finnish for an empty list
    std::optional<int> seed;                           // the same seed gives the same names; 1 when absent
    std::optional<std::string> community;              // created (and published) when it does not exist
    bool loggedIn = true;                              // as if each partner user had logged in once
};
PRM_FIELDS(GeneratePartnerAccounts, count, usersPerAccount, names, seed, community, loggedIn)

struct CloneProfile {
    Id profileId = 0;
    std::string name;
};
PRM_FIELDS(CloneProfile, profileId, name)

// CreateSnapshot, DeleteSnapshot
struct SnapshotName {
    std::string name;
};
PRM_FIELDS(SnapshotName, name)

struct NoteOrgRestored {
    std::string what;  // the audit trail's words: "Restored the sandbox copy 'Before enabling PRM'"
};
PRM_FIELDS(NoteOrgRestored, what)

struct TrainingScenarioLoaded {
    bool fromUrl = false;  // the scenario came from the page address: reloading the page loads it again
};
PRM_FIELDS(TrainingScenarioLoaded, fromUrl)

// A ?scenario= link was answered with "Keep my org": a reload of the same link does not ask again.
struct KeepOrgForScenarioLink {
    std::string scenario;
};
PRM_FIELDS(KeepOrgForScenarioLink, scenario)

// CheckExercise, ShowExerciseHint
struct ExerciseRef {
    std::string exerciseId;
};
PRM_FIELDS(ExerciseRef, exerciseId)

}  // namespace prm::app::training
