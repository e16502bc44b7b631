// Snapshots: save / restore / list / remove, reset to empty, bad bytes refused, a 100k-lead org in well under a second.
#include <gtest/gtest.h>

#include <cstdio>

#include "app/training/snapshots.h"
#include "unit/core_fixture.h"
#include "store/schema.h"

using namespace prm::testing;
using prm::app::json;
using prm::app::SnapshotStore;

// The database bytes without the header's change counter, schema cookie and version-valid-for number
// (offsets 24-27, 40-43, 92-95), which a restore through the backup API moves on (so other connections
// re-read the schema) while every page stays as it was.
std::vector<unsigned char> pages(std::vector<unsigned char> bytes) {
    for (std::size_t i : {24u, 25u, 26u, 27u, 40u, 41u, 42u, 43u, 92u, 93u, 94u, 95u})
        if (i < bytes.size()) bytes[i] = 0;
    return bytes;
}

TEST(Snapshots, RoundTripRestoresTheWholeOrg) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    SnapshotStore store;
    ASSERT_TRUE(store.save(sb, "With partner").ok());
    const auto saved = sb.db().serialize();
    // Change a lot: disable the partner, add an account, log in as someone else.
    run(sb, {{"cmd", "DisableAsPartner"}, {"accountId", org.partnerAccountId}});
    run(sb, {{"cmd", "CreateAccount"}, {"name", "Temporary Oy"}});
    run(sb, {{"cmd", "LoginAs"}, {"userId", org.channelManagerId}});
    ASSERT_TRUE(store.restore(sb, "With partner").ok());
    EXPECT_TRUE(pages(sb.db().serialize()) == pages(saved)) << "the restored org differs from the saved one";
    EXPECT_EQ(sb.currentUser(), org.adminId);  // the session is part of the org
    EXPECT_EQ(sb.db().queryInt("SELECT is_active FROM users WHERE id = " + std::to_string(org.partnerUserId)), 1);
    // Commands keep working on the restored org.
    run(sb, {{"cmd", "CreateAccount"}, {"name", "After restore Oy"}});
}

TEST(Snapshots, ListRemoveAndPersistedBytes) {
    auto sb = makeOrg();
    SnapshotStore store;
    ASSERT_TRUE(store.save(*sb, "Before PRM").ok());
    run(*sb, {{"cmd", "EnablePrm"}});
    ASSERT_TRUE(store.save(*sb, "After PRM").ok());
    EXPECT_FALSE(store.save(*sb, "").ok());
    auto list = store.list();
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].name, "After PRM");  // newest first
    EXPECT_GT(list[0].sizeBytes, 0u);
    // A sandbox refresh may go back to before PRM was enabled: that is what a sandbox is for.
    ASSERT_TRUE(store.restore(*sb, "Before PRM").ok());
    EXPECT_EQ(sb->db().queryInt("SELECT prm_enabled FROM org"), 0);
    // Persisted bytes come back through put().
    SnapshotStore other;
    ASSERT_TRUE(other.put("After PRM", *store.bytes("After PRM"), list[0].createdAt).ok());
    ASSERT_TRUE(other.restore(*sb, "After PRM").ok());
    EXPECT_EQ(sb->db().queryInt("SELECT prm_enabled FROM org"), 1);
    EXPECT_TRUE(store.remove("Before PRM"));
    EXPECT_FALSE(store.remove("Before PRM"));
    EXPECT_FALSE(store.restore(*sb, "Before PRM").ok());
    EXPECT_EQ(store.list().size(), 1u);
}

TEST(Snapshots, BadBytesChangeNothing) {
    auto sb = makeOrg();
    const auto before = sb->db().serialize();
    std::vector<unsigned char> junk(4096, 0x42);
    auto st = prm::app::restoreBytes(*sb, junk);
    EXPECT_FALSE(st.ok());
    EXPECT_FALSE(prm::app::restoreBytes(*sb, {}).ok());
    // A SQLite file that is not an org.
    auto foreign = prm::store::Db::open(":memory:");
    ASSERT_TRUE(foreign.value()->exec("CREATE TABLE notes(x TEXT)").ok());
    st = prm::app::restoreBytes(*sb, foreign.value()->serialize());
    EXPECT_FALSE(st.ok());
    EXPECT_NE(st.message().find("not a PRM Sandbox org"), std::string::npos) << st.message();
    SnapshotStore store;
    EXPECT_FALSE(store.put("junk", junk, 0).ok());
    EXPECT_EQ(sb->db().serialize(), before);
}

TEST(Snapshots, ResetToEmptyLeavesNoOrg) {
    auto sb = makeOrg();
    ASSERT_TRUE(prm::app::resetToEmpty(*sb).ok());
    EXPECT_FALSE(sb->db().queryInt("SELECT 1 FROM org").has_value());
    EXPECT_EQ(sb->currentUser(), 0);
    EXPECT_EQ(prm::store::schemaVersion(sb->db()), prm::store::kSchemaVersion);
    run(*sb, createOrgCommand());
}

TEST(Snapshots, FileBackedSandboxStaysOnDisk) {
    const std::string path = ::testing::TempDir() + "prm_snapshot_test.sqlite";
    std::remove(path.c_str());
    {
        auto opened = Sandbox::open(path, fixedOptions());
        ASSERT_TRUE(opened.ok()) << opened.message();
        auto& sb = *opened.value();
        run(sb, createOrgCommand());
        SnapshotStore store;
        ASSERT_TRUE(store.save(sb, "s").ok());
        run(sb, {{"cmd", "CreateAccount"}, {"name", "Gone Oy"}});
        ASSERT_TRUE(store.restore(sb, "s").ok());
        EXPECT_EQ(sb.db().queryInt("SELECT count(*) FROM accounts"), 0);
        run(sb, {{"cmd", "CreateAccount"}, {"name", "Kept Oy"}});
    }
    auto reopened = Sandbox::open(path, fixedOptions());
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(reopened.value()->db().queryText("SELECT group_concat(name) FROM accounts").value_or(""), "Kept Oy");
    std::remove(path.c_str());
}

// How fast this is, is measured by scripts/bench (bulk.snapshot / bulk.restore), not here.
TEST(Snapshots, HundredThousandLeadsRoundTrip) {
    auto sb = makeOrg();
    ASSERT_TRUE(sb->db().exec(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
        "INSERT INTO leads(number, first_name, last_name, company, email, city, owner_user_id, created_at, modified_at) "
        "SELECT printf('L-%06d', i), 'Etunimi' || i, 'Sukunimi' || i, 'Yritys ' || (i % 5000) || ' Oy', "
        "'lead' || i || '@example.fi', 'Helsinki', 1, i, i FROM n").ok());
    SnapshotStore store;
    ASSERT_TRUE(store.save(*sb, "big").ok());
    ASSERT_TRUE(sb->db().exec("DELETE FROM leads").ok());
    ASSERT_TRUE(store.restore(*sb, "big").ok());
    EXPECT_EQ(sb->db().queryInt("SELECT count(*) FROM leads"), 100000);
    EXPECT_EQ(sb->db().queryText("SELECT email FROM leads WHERE number = 'L-054321'").value_or(""), "lead54321@example.fi");
    EXPECT_EQ(store.list()[0].leadCount, 100000);
}
