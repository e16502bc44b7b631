#include <gtest/gtest.h>

#include "store/db.h"
#include "store/schema.h"

using namespace prm::store;

TEST(Store, MigratesAnEmptyDatabaseToTheCurrentVersion) {
    auto db = Db::open(":memory:");
    ASSERT_TRUE(db.ok()) << db.message();
    ASSERT_TRUE(migrate(*db.value()).ok());
    EXPECT_EQ(schemaVersion(*db.value()), kSchemaVersion);
    EXPECT_TRUE(db.value()->queryInt("SELECT 1 FROM sqlite_master WHERE name='leads'").has_value());
    // A second migrate is a no-op.
    EXPECT_TRUE(migrate(*db.value()).ok());
}

TEST(Store, RefusesADatabaseFromTheFuture) {
    auto db = Db::open(":memory:");
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db.value()->exec("CREATE TABLE org(id INTEGER); PRAGMA user_version = 99").ok());
    auto st = migrate(*db.value());
    ASSERT_FALSE(st.ok());
    EXPECT_NE(st.message().find("newer version"), std::string::npos) << st.message();
}

TEST(Store, RefusesAForeignSqliteFile) {
    auto db = Db::open(":memory:");
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db.value()->exec("CREATE TABLE notes(x TEXT)").ok());
    auto st = migrate(*db.value());
    ASSERT_FALSE(st.ok());
    EXPECT_NE(st.message().find("not a PRM Sandbox org"), std::string::npos) << st.message();
    EXPECT_EQ(schemaVersion(*db.value()), 0);
}

TEST(Store, TransactionRollsBackUnlessCommitted) {
    auto db = Db::open(":memory:");
    ASSERT_TRUE(db.ok());
    Db& d = *db.value();
    ASSERT_TRUE(d.exec("CREATE TABLE t(x INTEGER)").ok());
    {
        Transaction tx(d);
        ASSERT_TRUE(d.exec("INSERT INTO t VALUES (1)").ok());
    }
    EXPECT_EQ(d.queryInt("SELECT count(*) FROM t").value(), 0);
    {
        Transaction tx(d);
        ASSERT_TRUE(d.exec("INSERT INTO t VALUES (2)").ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(d.queryInt("SELECT count(*) FROM t").value(), 1);
}

TEST(Store, SerializeRoundTripsTheWholeDatabase) {
    auto a = Db::open(":memory:");
    auto b = Db::open(":memory:");
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_TRUE(a.value()->exec("CREATE TABLE t(x TEXT); INSERT INTO t VALUES ('åäö')").ok());
    auto bytes = a.value()->serialize();
    ASSERT_FALSE(bytes.empty());
    ASSERT_TRUE(b.value()->deserialize(bytes).ok());
    EXPECT_EQ(b.value()->queryText("SELECT x FROM t").value(), "åäö");
}

TEST(Store, BadSqlFailsSoftlyWithTheMessage) {
    auto db = Db::open(":memory:");
    ASSERT_TRUE(db.ok());
    auto st = db.value()->exec("SELEC nonsense");
    ASSERT_FALSE(st.ok());
    EXPECT_NE(st.message().find("syntax error"), std::string::npos) << st.message();
}
