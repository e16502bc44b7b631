#pragma once
// Read side of channel programs and tiers, for the UI (src/ui/channel/) and the account page.
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"
#include "domain/types.h"

namespace prm::app::channel {

using domain::Id;
using domain::TimeMs;

struct ProgramRow {
    Id id = 0;
    std::string name, description;
    bool active = false;
    int levelCount = 0, memberCount = 0;
    TimeMs createdAt = 0;
};
std::vector<ProgramRow> listPrograms(store::Db& db);
std::optional<ProgramRow> loadProgramRow(store::Db& db, Id programId);

struct LevelRow {
    Id id = 0;
    std::string name, benefits;
    int rank = 0;
    int memberCount = 0;
};
// Lowest rank first.
std::vector<LevelRow> listLevels(store::Db& db, Id programId);

struct MemberRow {
    Id id = 0;
    Id accountId = 0;
    std::string accountName;
    Id levelId = 0;
    std::string levelName;
    int rank = 0;
    bool top = false, bottom = false;  // at the program's highest / lowest level (Promote / Demote have nowhere to go)
    TimeMs joinedAt = 0;
};
// By account name.
std::vector<MemberRow> listMembers(store::Db& db, Id programId);

// An account's memberships, for its page: program, level, active.
struct AccountMembership {
    Id programId = 0;
    std::string programName, levelName;
    bool programActive = false;
    TimeMs joinedAt = 0;
};
std::vector<AccountMembership> accountMemberships(store::Db& db, Id accountId);

// Every level of every program, "Gold (Partner Program)", for the public group member picker.
std::vector<std::pair<Id, std::string>> levelChoices(store::Db& db);

}  // namespace prm::app::channel
