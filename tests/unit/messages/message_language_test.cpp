// The app layer's messages in the reader's language (src/app/messages.h): refusals in the sandbox's
// message language, e-mails in the recipient's (users.language), the import's error file in the
// importing session's. English stays the default everywhere.
#include <gtest/gtest.h>

#include "app/data/csv.h"
#include "app/data/data_import.h"
#include "app/data/org_json.h"
#include "app/leads/queries_leads.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using namespace prm::app;
using prm::i18n::Language;

namespace {

// Every test leaves the process-wide default message language English, as the other tests expect.
class MessageLanguageTest : public ::testing::Test {
protected:
    void TearDown() override { setDefaultMessageLanguage(Language::English); }
};

std::string lastEmail(Sandbox& sb, Id userId, const char* column) {
    return sb.db()
        .queryText(std::string("SELECT ") + column + " FROM outbox WHERE to_user_id = ? ORDER BY id DESC LIMIT 1", userId)
        .value_or("");
}

TEST_F(MessageLanguageTest, ARefusalIsEnglishByDefaultAndFinnishWhenTheSandboxSpeaksFinnish) {
    auto sb = makeOrg();
    const json missingUser = {{"cmd", "UpdateUser"}, {"userId", 999}, {"lastName", "X"}};
    EXPECT_EQ(refused(*sb, missingUser), "there is no user with id 999; pick one from Setup → Users");

    sb->setLanguage(Language::Finnish);
    EXPECT_EQ(refused(*sb, missingUser), "käyttäjää tunnuksella 999 ei ole; valitse se kohdasta Asetukset → Käyttäjät");
    // The JSON path stays; the words around it translate.
    EXPECT_EQ(refused(*sb, {{"cmd", "UpdateUser"}, {"userId", "seven"}}),
              "$.userId: odotettiin kokonaislukua, saatiin \"seven\"");
    EXPECT_EQ(refused(*sb, {{"cmd", "EnablePrmm"}}),
              "tuntematon komento 'EnablePrmm'; tarkoititko \"EnablePrm\"? luettelo on tiedostossa docs/COMMANDS.md");

    // Whole-sentence patterns of the setup commands: the name goes where Finnish puts it.
    run(*sb, {{"cmd", "CreateAssignmentRule"}, {"name", "Kumppanit"}});
    EXPECT_EQ(refused(*sb, {{"cmd", "CreateAssignmentRule"}, {"name", "Kumppanit"}}),
              "liidien määrityssääntö nimeltä 'Kumppanit' on jo olemassa");

    sb->setLanguage(Language::English);
    EXPECT_EQ(refused(*sb, missingUser), "there is no user with id 999; pick one from Setup → Users");
    EXPECT_EQ(refused(*sb, {{"cmd", "CreateAssignmentRule"}, {"name", "Kumppanit"}}),
              "a lead assignment rule named 'Kumppanit' already exists");
}

TEST_F(MessageLanguageTest, ALeadAssignmentNotificationIsWrittenInTheRecipientsLanguage) {
    CoreOrg org = makeOrgWithPartner();
    Sandbox& sb = *org;
    // The session speaks English; Mikko reads Finnish.
    run(sb, {{"cmd", "UpdateUser"}, {"userId", org.channelManagerId}, {"language", "fi"}});
    EXPECT_EQ(sb.db().queryText("SELECT language FROM users WHERE id = ?", org.channelManagerId), "fi");
    const Id lead = run(sb, {{"cmd", "CreateLead"}, {"lastName", "Korpela"}, {"company", "Sisu Data Oy"}})["leadId"].get<Id>();
    run(sb, {{"cmd", "ChangeLeadOwner"}, {"leadId", lead}, {"ownerType", "User"}, {"ownerId", org.channelManagerId},
             {"sendNotificationEmail", true}});
    EXPECT_EQ(lastEmail(sb, org.channelManagerId, "subject"), "Liidi L-00001 on osoitettu sinulle");
    const std::string body = lastEmail(sb, org.channelManagerId, "body");
    EXPECT_NE(body.find("Yritys: Sisu Data Oy"), std::string::npos) << body;
    EXPECT_EQ(body.find("Company:"), std::string::npos) << body;

    // Back to the admin, who kept the default language: English.
    run(sb, {{"cmd", "ChangeLeadOwner"}, {"leadId", lead}, {"ownerType", "User"}, {"ownerId", org.adminId},
             {"sendNotificationEmail", true}});
    EXPECT_EQ(lastEmail(sb, org.adminId, "subject"), "Lead L-00001 has been assigned to you");

    // Only the two languages of the product.
    EXPECT_NE(refused(sb, {{"cmd", "UpdateUser"}, {"userId", org.adminId}, {"language", "sv"}}).find("'sv'"),
              std::string::npos);
}

TEST_F(MessageLanguageTest, ANewUsersWelcomeEmailIsInTheirLanguage) {
    auto sb = makeOrg();
    const Id id = run(*sb, {{"cmd", "CreateUser"}, {"firstName", "Aino"}, {"lastName", "Koski"},
                            {"email", "aino.koski@pohjolatech.example"}, {"language", "fi"}})["userId"].get<Id>();
    EXPECT_EQ(lastEmail(*sb, id, "subject"), "Kirjautumistietosi: Pohjola Tech Oy");
    EXPECT_NE(lastEmail(*sb, id, "body").find("Käyttäjätunnus: aino.koski@pohjolatech.example"), std::string::npos);
}

TEST_F(MessageLanguageTest, TheImportErrorFileSpeaksTheImportingSessionsLanguage) {
    auto sb = makeOrg();
    sb->setLanguage(Language::Finnish);
    auto plan = data_import::load(data_import::Object::Lead, "LastName,Company,NumberOfEmployees\nVirtanen,Routa Oy,12.5\n");
    ASSERT_TRUE(plan.ok()) << plan.message();
    auto out = data_import::run(*sb, plan.value());
    ASSERT_TRUE(out.ok()) << out.message();
    auto file = csv::parse(data_import::errorCsv(plan.value(), out.value()));
    ASSERT_TRUE(file.ok());
    // The column names stay the file's (API names); the message is Finnish.
    EXPECT_EQ(file.value().header.back(), "ERROR");
    ASSERT_EQ(file.value().rows.size(), 1u);
    EXPECT_EQ(file.value().rows[0].fields.back(),
              "rivi 2, sarake NumberOfEmployees: '12.5' ei ole kokonaisluku; anna esimerkiksi 120");
}

}  // namespace

// Sharing names its members, sources and targets in the reader's language ("Roolit, sisäiset ja portaalin
// alaiset: …"); the Setup Audit Trail keeps its rows in English, as it stores them.
TEST_F(MessageLanguageTest, SharingWordsFollowTheReaderAndTheAuditTrailStaysEnglish) {
    CoreOrg org = makeOrgWithPartner();
    Sandbox& sb = *org;
    sb.setLanguage(Language::Finnish);
    const json portalScope = {{"roleId", org.channelManagerRoleId}, {"scope", "RoleInternalAndPortalSubordinates"}};
    EXPECT_EQ(sb.execute({{"cmd", "CreatePublicGroup"}, {"name", "Kanava"}, {"members", json::array({portalScope})}}).message,
              "Julkinen ryhmä Kanava luotu");
    const auto groups = listPublicGroups(sb.db());
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0].members, std::vector<std::string>{"Roolit, sisäiset ja portaalin alaiset: Channel Sales Manager"});
    const Id groupId = groups[0].id;
    // Adding the same member again is refused with the member named in Finnish.
    EXPECT_EQ(refused(sb, {{"cmd", "AddPublicGroupMember"}, {"groupId", groupId}, {"roleId", org.channelManagerRoleId},
                           {"scope", "RoleInternalAndPortalSubordinates"}}),
              "Roolit, sisäiset ja portaalin alaiset: Channel Sales Manager on jo ryhmän jäsen");
    // A rule with neither a role nor a group names "the rule's source" in Finnish.
    EXPECT_EQ(refused(sb, {{"cmd", "CreateSharingRule"}, {"name", "X"}, {"ruleType", "Owner"}, {"source", json::object()},
                           {"target", {{"groupId", groupId}}}}),
              "säännön lähde on yksi rooli (laajuuksineen) tai yksi julkinen ryhmä");
    run(sb, {{"cmd", "CreateSharingRule"}, {"name", "Suomi"}, {"ruleType", "Criteria"},
             {"criteria", {{"field", "Country"}, {"op", "equals"}, {"value", "Finland"}}}, {"target", {{"groupId", groupId}}}});
    const auto rules = listSharingRules(sb.db());
    ASSERT_EQ(rules.size(), 1u);
    EXPECT_EQ(rules[0].from, "Liidit, joilla Maa on yhtä kuin 'Finland'");
    EXPECT_EQ(rules[0].to, "Julkinen ryhmä: Kanava");

    // The audit rows are English whatever the session speaks.
    EXPECT_EQ(sb.db().queryText("SELECT new_value FROM setup_audit WHERE action = 'Created public group Kanava'").value_or(""),
              "Roles, Internal and Portal Subordinates: Channel Sales Manager");

    sb.setLanguage(Language::English);
    EXPECT_EQ(listPublicGroups(sb.db())[0].members,
              std::vector<std::string>{"Roles, Internal and Portal Subordinates: Channel Sales Manager"});
    EXPECT_EQ(listSharingRules(sb.db())[0].from, "Leads where Country equals 'Finland'");
}

// A bad org file is described in the reader's language, with the JSON path as it is.
TEST_F(MessageLanguageTest, AnOrgFilesProblemsAreInTheReadersLanguage) {
    auto sb = makeOrg();
    sb->setLanguage(Language::Finnish);
    const auto notJson = org_json::buildFromText("{\"format\": ");
    ASSERT_FALSE(notJson);
    EXPECT_EQ(notJson.message().rfind("tiedosto ei ole kelvollista JSONia (rivi 1, sarake ", 0), 0u) << notJson.message();
    json doc = json::parse(org_json::exportOrgText(sb->db()));
    doc["leads"] = json::object();
    const auto wrongType = org_json::buildFromText(doc.dump());
    ASSERT_FALSE(wrongType);
    EXPECT_EQ(wrongType.message(), "$.leads: odotettiin luetteloa, saatiin objekti");
}
