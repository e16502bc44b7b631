// JSON nested deeper than fields::kMaxJsonDepth is refused with its path, before anything walks it:
// 100,000 levels must not crash (the sanitizer run executes these too).
#include <gtest/gtest.h>

#include "app/command_fields.h"
#include "app/training/scenario.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
namespace fields = prm::app::fields;

namespace {
constexpr int kDeep = 100000;

// [[[...1...]]] `levels` lists deep, built without recursion (moves, never copies).
json deepList(int levels) {
    json cur = 1;
    for (int i = 0; i < levels; ++i) {
        json list = json::array();
        list.push_back(std::move(cur));
        cur = std::move(list);
    }
    return cur;
}
std::string deepText(int levels) { return std::string(levels, '[') + "1" + std::string(levels, ']'); }
std::string zeros(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += "[0]";
    return s;
}
}  // namespace

TEST(JsonDepth, TheLimitIs64LevelsCountingTheOutermost) {
    EXPECT_FALSE(fields::checkDepth(deepList(64)).has_value());
    auto e = fields::checkDepth(deepList(65));
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->text(), "$" + zeros(64) + ": nested deeper than 64 levels; commands and files use only a few "
                                          "levels of objects and lists, so flatten it");
    EXPECT_FALSE(fields::textDepthProblem(deepText(64)).has_value());
    auto t = fields::textDepthProblem(deepText(65));
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(t->rfind("$" + zeros(64) + ": nested deeper than 64 levels", 0), 0u) << *t;
}

TEST(JsonDepth, PathsNameKeysAndIndexes) {
    json v = json::object();
    v["a"] = json::array({1, 2, deepList(70)});
    auto e = fields::checkDepth(v);
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->path, "$.a[2]" + zeros(62));
    auto t = fields::textDepthProblem(R"({"x": "[[[[{{{{", "a": [1, {"b": 2}, )" + deepText(70) + "]}");
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(t->substr(0, t->find(':')), "$.a[2]" + zeros(62));
    // Brackets inside strings (with escaped quotes) do not count.
    const std::string inString = "{\"s\": \"\\\"" + std::string(200, '[') + "\"}";
    EXPECT_FALSE(fields::textDepthProblem(inString).has_value());
    EXPECT_TRUE(fields::parseJson(inString).ok());
}

TEST(JsonDepth, ParseRefuses100000LevelsWithoutBuildingThem) {
    auto p = fields::parseJson("{\"cmd\": \"EnablePrm\", \"x\": " + deepText(kDeep) + "}");
    EXPECT_FALSE(p.ok());
    EXPECT_TRUE(p.tooDeep);
    EXPECT_TRUE(p.value.is_discarded());
    EXPECT_EQ(p.error.rfind("$.x" + zeros(63) + ": nested deeper than 64 levels", 0), 0u) << p.error.substr(0, 300);
    auto bad = fields::parseJson("{\"cmd\": ");
    EXPECT_FALSE(bad.tooDeep);
    EXPECT_TRUE(bad.value.is_discarded());
    EXPECT_EQ(bad.error, "not valid JSON");
    auto ok = fields::parseJson(R"({"cmd": "EnablePrm"})");
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok.value["cmd"], "EnablePrm");
}

TEST(JsonDepth, TheCommandDoorRefuses100000LevelsAndChangesNothing) {
    auto sb = makeOrg();
    const auto logged = sb->db().queryInt("SELECT count(*) FROM command_log").value_or(-1);
    // A secret inside: the command log's redaction walks commands, so it must never see this one.
    json cmd = json::object();
    cmd["cmd"] = "CreateAccount";
    cmd["name"] = "Deep Oy";
    cmd["password"] = "Salasana123";
    cmd["industry"] = deepList(kDeep);
    CommandResult r = sb->execute(cmd);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.message.rfind("$.industry" + zeros(63) + ": nested deeper than 64 levels", 0), 0u)
        << r.message.substr(0, 300);
    EXPECT_EQ(r.field, "industry");
    EXPECT_EQ(sb->db().queryInt("SELECT count(*) FROM command_log"), logged);
    EXPECT_FALSE(sb->db().queryInt("SELECT 1 FROM accounts WHERE name = 'Deep Oy'").has_value());
    // The scenario checker reads commands through the same limit.
    const auto* info = prm::app::commandRegistry().find("CreateAccount");
    ASSERT_NE(info, nullptr);
    auto e = info->read(cmd, fields::ReadOptions{});
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->path.substr(0, 10), "$.industry");
}

TEST(JsonDepth, AScenarioFileNested100000LevelsIsRefusedWithItsPath) {
    auto s = prm::app::training::parseScenario(R"({"format": "prm-sandbox-scenario", "setup": [)" + deepText(kDeep) + "]}");
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.message().rfind("$.setup" + zeros(63) + ": nested deeper than 64 levels", 0), 0u)
        << s.message().substr(0, 300);
}
