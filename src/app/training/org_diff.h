#pragma once
// What changed between two orgs (a snapshot and the current org): settings changed, records added /
// changed / removed per object, and the lead sharing rows each partner user gained or lost
// ("what did enabling PRM and the wizard change?"). Rows are compared in key order, streaming, so a
// 100k-lead org does not need both copies in memory as objects. The command log, the audit trail, the
// session and derived tables (role closure) are not compared.
#include <cstdint>
#include <string>
#include <vector>

#include "app/sandbox.h"
#include "domain/result.h"
#include "store/db.h"

namespace prm::app {

// One side of a changed field, as a person reads it: the UI renders it (Off/On, a date, a name).
struct DiffValue {
    enum class Kind { Empty, Text, Number, Flag, Record, Time };
    Kind kind = Kind::Empty;
    std::string text;  // Text / Number: the value; Record: the record's name; Time: ms since the epoch
    bool on = false;   // Flag
};
struct FieldChange {
    std::string field;   // "prm enabled" (the column, spaced; for the CLI and logs)
    std::string before;  // as SQLite quotes it: 'text', 12, NULL
    std::string after;
    std::string table;   // "org", "leads": with `key`, what the UI looks a field label up by
    std::string key;     // the column ("prm_enabled"); "owner" for a lead's owner (user or queue)
    DiffValue from, to;  // `before` / `after` resolved: ids to record names, 0/1 flags to Off/On
};
struct RecordChange {
    std::string label;                // "L-00042 (Kivi Oy)", "Maija Virtanen"
    std::vector<FieldChange> fields;  // only for changed records
    std::int64_t id = 0;              // the record's first key column
};
struct ObjectDiff {
    std::string object;  // "Leads", "Sharing rules"
    long long added = 0, changed = 0, removed = 0;
    std::vector<RecordChange> addedExamples, changedExamples, removedExamples;  // at most maxExamples each
};
struct ShareDiff {
    Id userId = 0;
    std::string user;
    std::string account;
    long long before = 0, after = 0;  // share rows
    long long gained = 0, lost = 0;
};
struct OrgDiff {
    std::vector<FieldChange> settings;
    std::vector<ObjectDiff> objects;       // only objects with a difference
    std::vector<ShareDiff> partnerShares;  // only partner users with a difference
    bool empty() const { return settings.empty() && objects.empty() && partnerShares.empty(); }
};

// `before` and `after` are complete org databases of the same schema version.
OrgDiff diffOrgs(store::Db& before, store::Db& after, int maxExamples = 5);
// The snapshot (training store) as `before`, the sandbox's current org as `after`.
domain::Result<OrgDiff> diffWithSnapshot(Sandbox& sb, const std::string& snapshotName, int maxExamples = 5);

}  // namespace prm::app
