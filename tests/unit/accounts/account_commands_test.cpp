// The account commands read as typed structs: misspelt and mistyped fields refused with their JSON path,
// fields left out versus given as null, and the refusals for records that do not exist.
#include <gtest/gtest.h>

#include "app/core_common.h"
#include "app/queries_core.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using prm::app::json;

namespace {



}  // namespace

TEST(AccountCommands, MisspeltFieldIsRefusedWithItsPathAndTheNearMiss) {
    auto sb = makeOrg();
    auto r = refusedUnchanged(*sb, {{"cmd", "CreateAccount"}, {"nmae", "Nordic Partners Oy"}});
    EXPECT_TRUE(startsWith(r.message, "$.nmae: unknown field; did you mean \"name\"?")) << r.message;
    EXPECT_EQ(r.field, "nmae");
    r = refusedUnchanged(*sb, {{"cmd", "CreateContact"}, {"lastName", "Taylor"}, {"emial", "a@b.example"}});
    EXPECT_TRUE(startsWith(r.message, "$.emial: unknown field; did you mean \"email\"?")) << r.message;
}

TEST(AccountCommands, MissingAndMistypedFieldsNameThePathAndTheType) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    auto r = refusedUnchanged(sb, {{"cmd", "CreateAccount"}, {"name", 5}});
    EXPECT_EQ(r.message, "$.name: expected text, got 5");
    EXPECT_EQ(r.field, "name");
    r = refusedUnchanged(sb, {{"cmd", "CreateContact"}, {"firstName", "Anna"}});
    EXPECT_EQ(r.message, "$.lastName: missing; add it (text)");
    EXPECT_EQ(r.field, "lastName");
    r = refusedUnchanged(sb, {{"cmd", "EnableAsPartner"}, {"accountId", "one"}});
    EXPECT_EQ(r.message, "$.accountId: expected a whole number, got \"one\"");
    EXPECT_EQ(r.field, "accountId");
    r = refusedUnchanged(sb, {{"cmd", "SetPartnerUserRole"}, {"userId", org.partnerUserId}});
    EXPECT_EQ(r.message, "$.level: missing; add it (integer)");
    EXPECT_EQ(r.field, "level");
    r = refusedUnchanged(sb, {{"cmd", "UpdateContact"}, {"contactId", org.partnerContactId}, {"accountId", "Other Oy"}});
    EXPECT_EQ(r.message, "$.accountId: expected a whole number, got \"Other Oy\"");
}

TEST(AccountCommands, RecordsThatDoNotExistSayWhereToPickOne) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    auto r = refusedUnchanged(sb, {{"cmd", "UpdateAccount"}, {"accountId", 4242}, {"phone", "1"}});
    EXPECT_EQ(r.message, "there is no account with id 4242; pick one from Sales → Accounts");
    EXPECT_EQ(r.field, "accountId");
    r = refusedUnchanged(sb, {{"cmd", "CreateContact"}, {"lastName", "Taylor"}, {"accountId", 4242}});
    EXPECT_EQ(r.message, "there is no account with id 4242; pick one from Sales → Accounts");
    r = refusedUnchanged(sb, {{"cmd", "DeleteContact"}, {"contactId", 4242}});
    EXPECT_EQ(r.message, "there is no contact with id 4242; pick one from Sales → Contacts");
    r = refusedUnchanged(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", 4242}});
    EXPECT_EQ(r.message, "there is no contact with id 4242; pick one from Sales → Contacts");
    r = refusedUnchanged(sb, {{"cmd", "SetPartnerUserRole"}, {"userId", 4242}, {"level", 1}});
    EXPECT_EQ(r.message, "there is no user with id 4242; pick one from Setup → Users");
    EXPECT_EQ(r.field, "userId");
}

TEST(AccountCommands, UpdateContactTellsALeftOutAccountFromANullOne) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    Id acc = run(sb, {{"cmd", "CreateAccount"}, {"name", "Brightwater Retail Ltd"}})["accountId"].get<Id>();
    Id c = run(sb, {{"cmd", "CreateContact"}, {"accountId", acc}, {"lastName", "Taylor"}, {"phone", "+44 20 1"}})
               ["contactId"].get<Id>();
    auto accountOf = [&] { return prm::app::contactDetail(sb.db(), c)->accountId; };
    // Left out: the account stays; a null text field also leaves the field as it is.
    json d = run(sb, {{"cmd", "UpdateContact"}, {"contactId", c}, {"title", "Buyer"}, {"phone", nullptr}});
    EXPECT_EQ(d["changed"], 1);
    EXPECT_EQ(accountOf(), acc);
    EXPECT_EQ(prm::app::contactDetail(sb.db(), c)->phone, "+44 20 1");
    EXPECT_EQ(prm::app::contactDetail(sb.db(), c)->title, "Buyer");
    // The same account again changes nothing.
    d = run(sb, {{"cmd", "UpdateContact"}, {"contactId", c}, {"accountId", acc}});
    EXPECT_EQ(d["changed"], 0);
    // Null: the contact leaves its account.
    d = run(sb, {{"cmd", "UpdateContact"}, {"contactId", c}, {"accountId", nullptr}});
    EXPECT_EQ(d["changed"], 1);
    EXPECT_FALSE(accountOf().has_value());
    // A partner user's contact cannot leave its account, not even by null.
    auto r = refusedUnchanged(sb, {{"cmd", "UpdateContact"}, {"contactId", org.partnerContactId}, {"accountId", nullptr}});
    EXPECT_NE(r.message.find("cannot move to another account"), std::string::npos) << r.message;
}

TEST(AccountCommands, UpdateAccountChangesOnlyTheFieldsGiven) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    Id acc = run(sb, {{"cmd", "CreateAccount"}, {"name", "Saimaa IT Oy"}, {"city", "Lappeenranta"},
                      {"country", "Finland"}})["accountId"].get<Id>();
    json d = run(sb, {{"cmd", "UpdateAccount"}, {"accountId", acc}, {"website", "www.saimaait.example"}, {"city", ""}});
    EXPECT_EQ(d["changed"], 2);
    auto a = prm::app::accountDetail(sb.db(), acc);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->account.name, "Saimaa IT Oy");
    EXPECT_EQ(a->account.website, "www.saimaait.example");
    EXPECT_EQ(a->account.city, "");
    EXPECT_EQ(a->account.country, "Finland");
    d = run(sb, {{"cmd", "UpdateAccount"}, {"accountId", acc}});
    EXPECT_EQ(d["changed"], 0);
    EXPECT_NE(refusedUnchanged(sb, {{"cmd", "UpdateAccount"}, {"accountId", acc}, {"name", ""}}).message.find("cannot be empty"),
              std::string::npos);
}

TEST(AccountCommands, DisablingAPartnerAccountLeavesOtherPartnerAccountsAlone) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    Id other = run(sb, {{"cmd", "CreateAccount"}, {"name", "Saimaa IT Oy"}, {"ownerId", org.channelManagerId}})
                   ["accountId"].get<Id>();
    run(sb, {{"cmd", "EnableAsPartner"}, {"accountId", other}});
    Id c = run(sb, {{"cmd", "CreateContact"}, {"accountId", other}, {"firstName", "Sofia"}, {"lastName", "Laine"},
                    {"email", "sofia.laine@saimaait.example"}})["contactId"].get<Id>();
    Id sofia = run(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", c}})["userId"].get<Id>();
    run(sb, {{"cmd", "DisableAsPartner"}, {"accountId", org.partnerAccountId}});
    auto count = [&](const std::string& sql, Id id) { return sb.db().queryInt(sql, id).value_or(-1); };
    EXPECT_EQ(count("SELECT count(*) FROM roles WHERE partner_account_id = ?", org.partnerAccountId), 0);
    EXPECT_EQ(count("SELECT count(*) FROM roles WHERE partner_account_id = ?", other), 3);
    EXPECT_EQ(count("SELECT is_active FROM users WHERE id = ?", sofia), 1);
    EXPECT_EQ(count("SELECT is_partner FROM accounts WHERE id = ?", other), 1);
}

TEST(AccountCommands, NameSearchTakesPercentAndUnderscoreLiterally) {
    EXPECT_EQ(prm::app::core::likePattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    run(sb, {{"cmd", "CreateAccount"}, {"name", "100% Reseller Oy"}});
    run(sb, {{"cmd", "CreateAccount"}, {"name", "1000 Resellers Oy"}});
    prm::app::AccountFilter f;
    f.nameContains = "100%";
    auto rows = prm::app::listAccounts(sb.db(), f);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].name, "100% Reseller Oy");
    f.nameContains = "_";
    EXPECT_TRUE(prm::app::listAccounts(sb.db(), f).empty());
}
