// The refusal table (src/app/refusals.h): one voice for missing records and for the administrator check.
#include <gtest/gtest.h>

#include "app/refusals.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using prm::app::json;
using prm::app::RecordKind;

TEST(Refusals, EveryKindSaysWhatToDoNext) {
    std::size_t n = 0;
    const prm::app::RecordKindWords* table = prm::app::recordKindTable(n);
    ASSERT_GT(n, 0u);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& w = table[i];
        EXPECT_FALSE(w.noun.empty());
        EXPECT_FALSE(w.remedy.empty()) << w.noun;
        const std::string want = "there is no " + std::string(w.noun) + " with id 42; " + std::string(w.remedy);
        EXPECT_EQ(prm::app::missingText(w.kind, Id{42}), want);
        CommandResult r = prm::app::refuseMissing(w.kind, 42, "someId", "member 2: ");
        EXPECT_FALSE(r.ok);
        EXPECT_EQ(r.message, "member 2: " + want);
        EXPECT_EQ(r.field, "someId");
        EXPECT_EQ(&prm::app::wordsFor(w.kind), &w) << "one row per kind";
    }
    EXPECT_EQ(prm::app::missingText(RecordKind::Queue, Id{7}), "there is no queue with id 7; pick one from Setup → Queues");
}

TEST(Refusals, CommandsRefuseAMissingRecordThroughTheTable) {
    auto sb = makeOrg();
    CommandResult r = sb->execute({{"cmd", "AddQueueMember"}, {"queueId", 777}, {"userId", 1}});
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.message, "there is no queue with id 777; pick one from Setup → Queues");
    EXPECT_EQ(r.field, "queueId");

    r = sb->execute({{"cmd", "CreateQueue"}, {"name", "Nordic"}, {"members", json::array({{{"userId", 1}}, {{"roleId", 888}}})}});
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.message, "member 2: there is no role with id 888; pick one from Setup → Roles");
    EXPECT_EQ(r.field, "roleId");

    r = sb->execute({{"cmd", "UpdateUser"}, {"userId", 999}, {"lastName", "X"}});
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.message, "there is no user with id 999; pick one from Setup → Users");
    EXPECT_EQ(r.field, "userId");
}

TEST(Refusals, OneAdministratorCheckForSetupCommandsAndImports) {
    auto sb = makeOrg();
    const Id u = run(*sb, {{"cmd", "CreateUser"},
                           {"firstName", "Ville"},
                           {"lastName", "Korhonen"},
                           {"email", "ville.korhonen@pohjolatech.example"}})["userId"]
                     .get<Id>();
    const Id admin = sb->db().queryInt("SELECT user_id FROM session WHERE id = 1").value_or(0);
    EXPECT_FALSE(prm::app::refuseUnlessAdmin(sb->db(), admin).has_value());
    ASSERT_TRUE(logIn(*sb, "ville.korhonen@pohjolatech.example", welcomePassword(*sb, u)).ok);
    run(*sb, {{"cmd", "ChangePassword"}, {"newPassword", "Villen2024salasana"}});

    const std::string setup = refused(*sb, {{"cmd", "CreateRole"}, {"name", "Boss"}});
    EXPECT_EQ(setup, "Ville Korhonen cannot change setup: only a System Administrator can; log in as an administrator");
    // ImportRecords runs each row's create command and checks it with the same function (today the
    // importable objects are all created by user commands, so a standard user may import them).
    auto checked = prm::app::refuseUnlessAdmin(sb->db(), u);
    ASSERT_TRUE(checked.has_value());
    EXPECT_EQ(checked->message, setup);
    CommandResult imported = sb->execute({{"cmd", "ImportRecords"},
                                          {"object", "Lead"},
                                          {"rows", json::array({{{"LastName", "Aalto"}, {"Company", "Aalto Oy"}}})}});
    EXPECT_EQ(imported.message.find("System Administrator"), std::string::npos) << imported.message;
}
