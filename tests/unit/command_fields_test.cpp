// The command reader (app/command_fields.h): typed fields, optional fields, enums by name, lists, nested
// structs, Patch, and refusals that name the JSON path; plus the registry's reference and schema.
#include <gtest/gtest.h>

#include "app/command_fields.h"
#include "app/command_reference.h"
#include "app/sandbox.h"
#include "app/training/scenario.h"

namespace demo {
using prm::app::fields::Patch;

enum class Color { Red, Green };
PRM_ENUM(Color, {Color::Red, "Red"}, {Color::Green, "Green"}, {Color::Green, "green"})

struct Inner {
    std::string label;
    std::optional<std::int64_t> weight;
};
PRM_FIELDS(Inner, label, weight)

struct Cmd {
    std::int64_t id = 0;
    std::string name;
    Color color = Color::Red;
    bool notify = true;
    std::optional<std::string> note;
    std::vector<std::int64_t> ids;
    std::vector<Inner> inners;
    std::optional<Inner> extra;
    Patch<std::string> title;
    int small = 0;
};
PRM_FIELDS(Cmd, id, name, color, notify, note, ids, inners, extra, title, small)

struct Seeded {
    std::uint64_t seed = 0;
};
PRM_FIELDS(Seeded, seed)

struct Base {
    std::string a;
};
PRM_FIELDS(Base, a)
struct Derived : Base {
    std::int64_t b = 0;
};
PRM_FIELDS_EXTEND(Derived, Base, b)
}  // namespace demo

using prm::app::fields::ReadOptions;
using prm::app::fields::readStruct;
using json = nlohmann::json;

namespace {
json minimal() { return {{"id", 7}, {"name", "x"}, {"color", "Green"}, {"small", 1}}; }
std::string refusal(const json& j, const ReadOptions& o = {}) {
    demo::Cmd c;
    auto e = readStruct(j, "$", c, o, "cmd");
    return e ? e->text() : std::string("read");
}
}  // namespace

TEST(CommandFields, ReadsTypedFieldsAndKeepsDefaultsForOptionalOnes) {
    demo::Cmd c;
    json j = minimal();
    j["cmd"] = "Whatever";
    j["ids"] = {1, 2};
    j["inners"] = json::array({{{"label", "a"}, {"weight", 3}}, {{"label", "b"}}});
    j["title"] = nullptr;
    ASSERT_FALSE(readStruct(j, "$", c, {}, "cmd"));
    EXPECT_EQ(c.id, 7);
    EXPECT_EQ(c.name, "x");
    EXPECT_EQ(c.color, demo::Color::Green);
    EXPECT_TRUE(c.notify);  // left out: the struct's initial value
    EXPECT_FALSE(c.note);
    EXPECT_EQ(c.ids, (std::vector<std::int64_t>{1, 2}));
    ASSERT_EQ(c.inners.size(), 2u);
    EXPECT_EQ(c.inners[0].weight, 3);
    EXPECT_FALSE(c.inners[1].weight);
    EXPECT_TRUE(c.title.present);
    EXPECT_TRUE(c.title.null);
    EXPECT_FALSE(c.title.hasValue());
    json alias = minimal();
    alias["color"] = "green";
    ASSERT_FALSE(readStruct(alias, "$", c, {}));
    EXPECT_EQ(c.color, demo::Color::Green);
}

TEST(CommandFields, RefusalsNameThePathAndWhatWasExpected) {
    json j = minimal();
    j["color"] = "Blue";
    EXPECT_EQ(refusal(j), "$.color: expected one of Red, Green, got \"Blue\"");
    j = minimal();
    j["name"] = 42;
    EXPECT_EQ(refusal(j), "$.name: expected text, got 42");
    j = minimal();
    j.erase("id");
    EXPECT_EQ(refusal(j), "$.id: missing; add it (integer)");
    j = minimal();
    j["nmae"] = "y";
    EXPECT_EQ(refusal(j).rfind("$.nmae: unknown field; did you mean \"name\"? the fields are id, name", 0), 0u) << refusal(j);
    j = minimal();
    j["zzzzzz"] = 1;
    EXPECT_EQ(refusal(j).find("did you mean"), std::string::npos);
    j = minimal();
    j["inners"] = json::array({{{"label", "a"}}, {{"label", 5}}});
    EXPECT_EQ(refusal(j), "$.inners[1].label: expected text, got 5");
    j = minimal();
    j["ids"] = {1, "two"};
    EXPECT_EQ(refusal(j), "$.ids[1]: expected a whole number, got \"two\"");
    j = minimal();
    j["id"] = 1.5;
    EXPECT_EQ(refusal(j), "$.id: expected a whole number, got 1.5");
    j = minimal();
    j["small"] = 5000000000LL;
    EXPECT_NE(refusal(j).find("$.small: expected a whole number from"), std::string::npos);
    j = minimal();
    j["notify"] = "yes";
    EXPECT_EQ(refusal(j), "$.notify: expected true or false, got \"yes\"");
    j = minimal();
    j["extra"] = {{"label", "a"}, {"wieght", 1}};
    EXPECT_EQ(refusal(j).rfind("$.extra.wieght: unknown field; did you mean \"weight\"?", 0), 0u) << refusal(j);
    j = minimal();
    j["odd key"] = 1;
    EXPECT_EQ(refusal(j).rfind("$[\"odd key\"]: unknown field", 0), 0u) << refusal(j);
    EXPECT_EQ(refusal(json::array()), "$: expected an object {id, name, color, notify, note, ids, inners, extra, title, small}, got a list");
}

TEST(CommandFields, ErrorFieldIsTheTopLevelKey) {
    prm::app::fields::ReadError e{"$.leads[3].email", "x"};
    EXPECT_EQ(e.field(), "leads");
    EXPECT_EQ((prm::app::fields::ReadError{"$", "x"}).field(), "");
    EXPECT_EQ((prm::app::fields::ReadError{"$.name", "x"}).field(), "name");
}

TEST(CommandFields, PlaceholdersStandForIdsOnlyWhenAllowed) {
    json j = minimal();
    j["id"] = "$accountId(Nordic Partners Oy)";
    j["ids"] = "$partnerUserIds";
    EXPECT_EQ(refusal(j, ReadOptions{true}), "read");
    EXPECT_EQ(refusal(j), "$.id: expected a whole number, got \"$accountId(Nordic Partners Oy)\"");
}

TEST(CommandFields, BaseFieldsAreReadWithTheDerivedOnes) {
    demo::Derived d;
    ASSERT_FALSE(readStruct(json{{"a", "x"}, {"b", 2}}, "$", d, {}));
    EXPECT_EQ(d.a, "x");
    EXPECT_EQ(d.b, 2);
    auto e = readStruct(json{{"b", 2}}, "$", d, {});
    ASSERT_TRUE(e);
    EXPECT_EQ(e->text(), "$.a: missing; add it (text)");
}

TEST(CommandFields, SchemaListsRequiredFieldsAndRefusesOthers) {
    auto s = prm::app::fields::structSchema<demo::Cmd>({});
    EXPECT_EQ(s["additionalProperties"], false);
    EXPECT_EQ(s["required"], json({"id", "name", "color", "small"}));
    EXPECT_EQ(s["properties"]["color"]["enum"], json({"Red", "Green", "green"}));
    EXPECT_EQ(s["properties"]["notify"]["default"], true);
    EXPECT_EQ(s["properties"]["inners"]["items"]["required"], json({"label"}));
    auto docs = prm::app::fields::fieldDocs<demo::Cmd>();
    ASSERT_EQ(docs.size(), 10u);
    EXPECT_EQ(docs[2].type, "one of Red, Green");
    EXPECT_EQ(docs[3].defaultValue, "true");
    EXPECT_TRUE(docs[0].required);
    EXPECT_FALSE(docs[4].required);
}

// Every registered command is typed: it reads its struct, documents its fields and has a summary.
TEST(CommandFields, EveryCommandIsATypedStructWithASummary) {
    const auto& reg = prm::app::commandRegistry();
    for (const auto& name : reg.names()) {
        const auto* c = reg.find(name);
        EXPECT_TRUE(c->read && c->schema && c->docs) << name << " still reads its JSON by hand";
        EXPECT_FALSE(c->summary.empty()) << name << " has no summary for the command reference";
        EXPECT_FALSE(c->area.empty()) << name;
    }
    const std::string md = prm::app::commandReferenceMarkdown();
    for (const auto& name : reg.names()) EXPECT_NE(md.find("### " + name + "\n"), std::string::npos) << name;
}

TEST(CommandFields, ACommandWithAMisspeltFieldIsRefusedAndChangesNothing) {
    auto sb = prm::app::Sandbox::open(":memory:").value();
    auto r = sb->execute({{"cmd", "CreateOrg"}, {"nmae", "Pohjola Tech Oy"}});
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.message.rfind("$.nmae: unknown field; did you mean \"name\"?", 0), 0u) << r.message;
    EXPECT_EQ(r.field, "nmae");
    EXPECT_EQ(sb->db().queryInt("SELECT count(*) FROM org"), 0);
    auto u = sb->execute({{"cmd", "EnablePRM"}});
    EXPECT_NE(u.message.find("unknown command 'EnablePRM'; did you mean \"EnablePrm\"?"), std::string::npos) << u.message;
}

TEST(CommandFields, AScenarioWithAMisspeltCommandFieldIsRefusedWithItsPath) {
    json doc = {{"format", "prm-sandbox-scenario"},
                {"version", 1},
                {"name", "typo"},
                {"title", "Typo"},
                {"setup", json::array({{{"cmd", "CreateLead"}, {"lastName", "K"}, {"company", "Kivi Oy"}, {"emial", "k@kivi.fi"}}})},
                {"exercises", json::array({{{"id", "one"}, {"title", "One"}, {"instructions", "Do it"},
                                             {"checks", json::array({{{"type", "prmEnabled"}}})}}})}};
    auto s = prm::app::training::parseScenarioJson(doc);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.message().rfind("$.setup[0].emial: unknown field; did you mean \"email\"?", 0), 0u) << s.message();
    doc["setup"][0].erase("emial");
    doc["setup"][0]["ownerUserId"] = "$userId(Mikko Nieminen)";  // a placeholder where an id goes is fine
    EXPECT_TRUE(prm::app::training::parseScenarioJson(doc).ok()) << prm::app::training::parseScenarioJson(doc).message();
}

TEST(CommandFields, UnsignedFieldsTakeEveryNumberThatFits) {
    demo::Seeded s;
    ASSERT_FALSE(readStruct(json{{"seed", 2026}}, "$", s, {}));  // a signed JSON integer
    EXPECT_EQ(s.seed, 2026u);
    ASSERT_FALSE(readStruct(json::parse(R"({"seed": 18446744073709551615})"), "$", s, {}));
    EXPECT_EQ(s.seed, 18446744073709551615u);
    auto e = readStruct(json{{"seed", -1}}, "$", s, {});
    ASSERT_TRUE(e);
    EXPECT_EQ(e->text(), "$.seed: expected a whole number from 0 to 18446744073709551615, got -1");
}
