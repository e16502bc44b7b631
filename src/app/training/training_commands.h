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
    std::optional<std::int64_t> firstIndex;            // begin with the seed's account firstIndex (0-based): parts of one batch
};
PRM_FIELDS(GeneratePartnerAccounts, count, usersPerAccount, names, seed, community, loggedIn, firstIndex)

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
    bool fromUrl = false;  // the scenario came from the page address: a reload of the same address keeps the org
    std::optional<std::string> link;  // the ?scenario= value when it was a file (class1.json); none → the scenario's name
};
PRM_FIELDS(TrainingScenarioLoaded, fromUrl, link)

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
