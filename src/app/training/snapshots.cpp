#include "app/messages.h"
#include "app/training/snapshots.h"

#include <algorithm>

#include "store/schema.h"

namespace prm::app {
namespace {

// Opens the bytes in a scratch in-memory database and checks they are a PRM Sandbox org (migrating an older one).
domain::Result<std::unique_ptr<store::Db>> openChecked(const std::vector<unsigned char>& bytes) {
    if (bytes.empty()) return domain::Error{T_f("the snapshot is empty; it is not a PRM Sandbox org"), ""};
    auto scratch = store::Db::open(":memory:");
    if (!scratch) return scratch.error();
    if (auto st = scratch.value()->deserialize(bytes); !st)
        return domain::Error{T_f("the snapshot is not a SQLite database ({0}); nothing was changed", {st.message()}), ""};
    if (!scratch.value()->queryInt("SELECT count(*) FROM sqlite_master"))
        return domain::Error{T_f("the snapshot is not a readable SQLite database; nothing was changed"), ""};
    if (auto st = store::migrate(*scratch.value()); !st) return domain::Error{T_f("{0}; nothing was changed", {st.message()}), ""};
    return std::move(scratch).value();
}

}  // namespace

domain::Status restoreBytes(Sandbox& sb, const std::vector<unsigned char>& bytes) {
    auto checked = openChecked(bytes);
    if (!checked) return checked.error();
    store::Db& db = sb.db();
    if (db.path().empty() || db.path() == ":memory:") {
        // In memory: copy the checked (perhaps migrated) org into the live connection page by page.
        if (auto st = db.copyFrom(*checked.value()); !st) return st;
    } else {
        // A file-backed sandbox stays file-backed: copy page by page into its file.
        if (auto st = checked.value()->backupTo(db.path()); !st) return st;
    }
    return store::migrate(db);
}

domain::Status restoreFromBuilt(Sandbox& sb, store::Db& built) {
    store::Db& db = sb.db();
    if (db.path().empty() || db.path() == ":memory:") {
        if (auto st = db.copyFrom(built); !st) return st;
    } else if (auto st = built.backupTo(db.path()); !st) {
        return st;
    }
    return store::migrate(db);
}

domain::Status resetToEmpty(Sandbox& sb) {
    auto fresh = store::Db::open(":memory:");
    if (!fresh) return fresh.error();
    if (auto st = store::migrate(*fresh.value()); !st) return st;
    return restoreBytes(sb, fresh.value()->serialize());
}

domain::Status SnapshotStore::save(Sandbox& sb, const std::string& name) {
    if (name.empty()) return domain::Status::fail(T_f("give the snapshot a name, e.g. \"Before enabling PRM\""));
    Entry e;
    e.bytes = sb.db().serialize();
    if (e.bytes.empty()) return domain::Status::fail(T_f("the org could not be copied: {0}", {sb.db().errorMessage()}));
    e.createdAt = sb.now();
    e.leadCount = sb.db().queryInt("SELECT count(*) FROM leads").value_or(0);
    m_entries[name] = std::move(e);
    return domain::okStatus();
}

domain::Status SnapshotStore::restore(Sandbox& sb, const std::string& name) const {
    auto it = m_entries.find(name);
    if (it == m_entries.end()) return domain::Status::fail(T_f("there is no snapshot named '{0}'", {name}));
    // The store only holds bytes that were checked when they came in (save copies the live org, put
    // checks): an in-memory org takes them over directly, without checking them a second time.
    store::Db& db = sb.db();
    if (db.path().empty() || db.path() == ":memory:") {
        auto scratch = store::Db::open(":memory:");
        if (!scratch) return scratch.error();
        if (auto st = scratch.value()->deserialize(it->second.bytes); !st) return st;
        if (auto st = db.copyFrom(*scratch.value()); !st) return st;
        return store::migrate(db);
    }
    return restoreBytes(sb, it->second.bytes);
}

std::vector<SnapshotInfo> SnapshotStore::list() const {
    std::vector<SnapshotInfo> out;
    for (const auto& [name, e] : m_entries) out.push_back({name, e.createdAt, e.leadCount, e.bytes.size()});
    std::stable_sort(out.begin(), out.end(), [](const SnapshotInfo& a, const SnapshotInfo& b) { return a.createdAt > b.createdAt; });
    return out;
}

bool SnapshotStore::remove(const std::string& name) { return m_entries.erase(name) > 0; }

const std::vector<unsigned char>* SnapshotStore::bytes(const std::string& name) const {
    auto it = m_entries.find(name);
    return it == m_entries.end() ? nullptr : &it->second.bytes;
}

domain::Status SnapshotStore::put(const std::string& name, std::vector<unsigned char> bytes, TimeMs createdAt) {
    if (name.empty()) return domain::Status::fail(T_f("give the snapshot a name"));
    auto checked = openChecked(bytes);
    if (!checked) return checked.error();
    Entry e;
    e.leadCount = checked.value()->queryInt("SELECT count(*) FROM leads").value_or(0);
    e.bytes = std::move(bytes);
    e.createdAt = createdAt;
    m_entries[name] = std::move(e);
    return domain::okStatus();
}

}  // namespace prm::app
