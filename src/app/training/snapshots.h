#pragma once
// Snapshots: the whole org database as bytes (sqlite3_serialize), kept in memory under a name.
// The caller may persist them (bytes() / put()); restoring one replaces the org entirely, like a sandbox
// refresh: it is not an edit of the org, so it may well return to a state before PRM was enabled.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "app/sandbox.h"

namespace prm::app {

struct SnapshotInfo {
    std::string name;
    TimeMs createdAt = 0;
    std::int64_t leadCount = 0;
    std::size_t sizeBytes = 0;
};

class SnapshotStore {
public:
    // Saves (or replaces) a snapshot of the sandbox's org under `name`.
    domain::Status save(Sandbox& sb, const std::string& name);
    // Replaces the sandbox's org with the snapshot. The snapshot stays in the store.
    domain::Status restore(Sandbox& sb, const std::string& name) const;
    // Newest first.
    std::vector<SnapshotInfo> list() const;
    bool contains(const std::string& name) const { return m_entries.count(name) != 0; }
    // False when there is no such snapshot.
    bool remove(const std::string& name);
    // The stored bytes (a complete SQLite database), for persisting; nullptr when there is no such snapshot.
    const std::vector<unsigned char>* bytes(const std::string& name) const;
    // Adds a snapshot loaded from storage; refuses bytes that are not a PRM Sandbox org.
    domain::Status put(const std::string& name, std::vector<unsigned char> bytes, TimeMs createdAt);

private:
    struct Entry {
        std::vector<unsigned char> bytes;
        TimeMs createdAt = 0;
        std::int64_t leadCount = 0;
    };
    std::map<std::string, Entry> m_entries;
};

// Replaces the sandbox's org with a serialized database (checked first: a bad file changes nothing).
domain::Status restoreBytes(Sandbox& sb, const std::vector<unsigned char>& bytes);
// Replaces the org with an org the model itself just built (a scenario's scratch org): page by page, without
// a copy as bytes in between and without checking it again.
domain::Status restoreFromBuilt(Sandbox& sb, store::Db& built);
// Replaces the sandbox's org with an empty, migrated database (no org: CreateOrg is the next step).
domain::Status resetToEmpty(Sandbox& sb);

}  // namespace prm::app
