// Bad SQL is a programmer error: Db::prepare asserts in debug builds and counts it always. This
// environment fails the test binary's run (so, under ctest, the one test that caused it) when any
// statement failed to prepare, in release builds too.
#include <gtest/gtest.h>

#include "store/db.h"

namespace {
class BadSqlGuard : public ::testing::Environment {
public:
    void TearDown() override { EXPECT_EQ(prm::store::badSqlCount(), 0) << "a statement failed to prepare (bad SQL)"; }
};
const auto* const kGuard = ::testing::AddGlobalTestEnvironment(new BadSqlGuard);
}  // namespace

TEST(BadSqlGuard, PreparingBadSqlIsCounted) {
#ifdef NDEBUG  // in debug builds the prepare asserts instead
    auto db = prm::store::Db::open(":memory:");
    ASSERT_TRUE(db.ok());
    const int before = prm::store::badSqlCount();
    auto st = db.value()->prepare("SELEC nonsense");
    EXPECT_FALSE(st.step());
    EXPECT_FALSE(st.ok());
    EXPECT_EQ(prm::store::badSqlCount(), before + 1);
    // This test made bad SQL on purpose: it is the one test the guard above must not fail for it.
    prm::store::resetBadSqlCount();
#else
    EXPECT_EQ(prm::store::badSqlCount(), 0);
#endif
}
