// The training check types over sales records (accountExists, contactOnAccount, activitiesCompleted,
// activityLogged, leadConverted, opportunityVisibleTo): each passes on the right org, and each failure
// names what is missing, in English and in Finnish.
#include <gtest/gtest.h>

#include <chrono>

#include "app/messages.h"
#include "app/sales/queries_sales.h"
#include "app/training/scenario.h"
#include "app/training/training.h"
#include "app/training/training_checks.h"
#include "unit/core_fixture.h"

using namespace prm;
namespace pt = prm::testing;
namespace tr = prm::app::training;
using app::json;

namespace {

std::unique_ptr<app::Sandbox> loaded(const std::string& scenario) {
    auto sb = pt::makeSandbox();
    EXPECT_TRUE(tr::ensureStore(*sb).ok());
    auto r = tr::loadBuiltinScenario(*sb, scenario);
    EXPECT_TRUE(r.ok) << r.message;
    return sb;
}

tr::CheckOutcome check(app::Sandbox& sb, const json& c) {
    EXPECT_EQ(tr::checkProblem(c, "$"), "") << c.dump();
    return tr::evaluateCheck(sb.db(), c, tr::checkEnvironment(sb.db()));
}

json id(app::Sandbox& sb, const std::string& placeholder) { return tr::resolvePlaceholders(sb.db(), placeholder).value(); }

const char* kCalls[] = {"Call back Pekka about the delivery schedule", "Confirm the Harjula service renewal",
                        "Ask Emily for the pilot feedback"};

}  // namespace

TEST(SalesChecks, DynamicsBasicsStartsWithThreeOverduePhoneCallsOfTheLoggedInAdministrator) {
    auto sb = loaded("dynamics-basics");
    const auto admin = sb->db().queryInt("SELECT user_id FROM session WHERE id = 1").value_or(0);
    EXPECT_EQ(sb->db().queryText("SELECT first_name || ' ' || last_name FROM users WHERE id = ?", admin).value_or(""), "Sanna Lehtonen");
    // Overdue by today's date (the test sandbox's fixed clock is in 2023, before the calls' due dates in 2025).
    const auto today = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    const auto overdue = app::sales::listActivities(sb->db(), admin, app::sales::ActivityView::Overdue, today);
    ASSERT_EQ(overdue.size(), 3u);
    for (const auto& a : overdue) {
        EXPECT_EQ(a.type, "PhoneCall");
        EXPECT_EQ(a.ownerId, admin);
        EXPECT_FALSE(a.regardingName.empty()) << a.subject << " regards a seeded record";
    }
}

TEST(SalesChecks, AccountExistsNamesTheMissingAccount) {
    auto sb = loaded("dynamics-basics");
    const json c = {{"type", "accountExists"}, {"name", "Lumo Energia Oy"}};
    auto o = check(*sb, c);
    EXPECT_FALSE(o.passed);
    EXPECT_EQ(o.description, "Account 'Lumo Energia Oy' exists");
    EXPECT_EQ(o.diagnosis, "there is no account named 'Lumo Energia Oy' yet; Accounts → New (from Sales, Marketing or Service)");
    {
        app::MessageLanguageScope fi(i18n::Language::Finnish);
        o = check(*sb, c);
        EXPECT_EQ(o.description, "Tili 'Lumo Energia Oy' on olemassa");
        EXPECT_EQ(o.diagnosis, "tiliä nimeltä 'Lumo Energia Oy' ei vielä ole; Tilit → Uusi (Myynti-, Markkinointi- tai Palvelu-alueelta)");
    }
    pt::run(*sb, {{"cmd", "CreateAccount"}, {"name", "lumo energia oy"}});
    EXPECT_TRUE(check(*sb, c).passed) << "the name is compared without case";
}

TEST(SalesChecks, ContactOnAccountTellsAMissingParentCustomerFromAnotherAccount) {
    auto sb = loaded("dynamics-basics");
    const json c = {{"type", "contactOnAccount"}, {"firstName", "Aino"}, {"lastName", "Lehtinen"}, {"account", "Lumo Energia Oy"}};
    EXPECT_EQ(check(*sb, c).diagnosis, "there is no contact 'Aino Lehtinen' yet; Contacts → New, with Parent Customer 'Lumo Energia Oy'");
    pt::run(*sb, {{"cmd", "CreateAccount"}, {"name", "Lumo Energia Oy"}});
    pt::run(*sb, {{"cmd", "CreateContact"}, {"firstName", "Aino"}, {"lastName", "Lehtinen"}});
    auto o = check(*sb, c);
    EXPECT_FALSE(o.passed);
    EXPECT_EQ(o.diagnosis, "the contact 'Aino Lehtinen' exists but is not on the account 'Lumo Energia Oy' (Parent Customer is empty)");
    {
        app::MessageLanguageScope fi(i18n::Language::Finnish);
        EXPECT_EQ(check(*sb, c).diagnosis,
                  "yhteyshenkilö 'Aino Lehtinen' on olemassa, mutta se ei ole tilillä 'Lumo Energia Oy' (Pääasiakas on tyhjä)");
    }
    // A contact on another account.
    EXPECT_EQ(check(*sb, {{"type", "contactOnAccount"}, {"lastName", "Järvinen"}, {"account", "Lumo Energia Oy"}}).diagnosis,
              "the contact 'Pekka Järvinen' is on the account 'Harjula Logistics Oy', not on 'Lumo Energia Oy'; change its Parent Customer");
    // A second Aino on the right account passes, whatever the first one lacks.
    pt::run(*sb, {{"cmd", "CreateContact"}, {"firstName", "Aino"}, {"lastName", "Lehtinen"}, {"accountId", id(*sb, "$accountId(Lumo Energia Oy)")}});
    EXPECT_TRUE(check(*sb, c).passed);
}

TEST(SalesChecks, ActivitiesCompletedListsTheOpenCanceledAndMissingOnes) {
    auto sb = loaded("dynamics-basics");
    json c = {{"type", "activitiesCompleted"}, {"activityType", "PhoneCall"}, {"subjects", json::array()}};
    for (const char* s : kCalls) c["subjects"].push_back(s);
    auto o = check(*sb, c);
    EXPECT_FALSE(o.passed);
    EXPECT_EQ(o.diagnosis.rfind("3 of 3 phone calls are still open: 'Call back Pekka about the delivery schedule', ", 0), 0u) << o.diagnosis;
    pt::run(*sb, {{"cmd", "CompleteActivities"}, {"activityIds", {id(*sb, std::string("$activityId(") + kCalls[0] + ")")}}});
    pt::run(*sb, {{"cmd", "CancelActivities"}, {"activityIds", {id(*sb, std::string("$activityId(") + kCalls[1] + ")")}}});
    o = check(*sb, c);
    EXPECT_EQ(o.diagnosis,
              "1 of 3 phone calls is still open: 'Ask Emily for the pilot feedback'; My Workplace → Activities, select it, "
              "Mark Complete; canceled instead of completed: 'Confirm the Harjula service renewal'");
    {
        app::MessageLanguageScope fi(i18n::Language::Finnish);
        o = check(*sb, c);
        EXPECT_EQ(o.diagnosis,
                  "vielä avoinna 1/3 (puhelut): 'Ask Emily for the pilot feedback'; Oma työtila → Toiminnot, valitse se ja napsauta "
                  "Merkitse valmiiksi; peruttu eikä merkitty valmiiksi: 'Confirm the Harjula service renewal'");
    }
    // By count: one completed phone call so far.
    o = check(*sb, {{"type", "activitiesCompleted"}, {"activityType", "PhoneCall"}, {"min", 2}});
    EXPECT_EQ(o.diagnosis, "completed phone calls: 1, expected at least 2");
    EXPECT_TRUE(check(*sb, {{"type", "activitiesCompleted"}, {"activityType", "PhoneCall"}, {"min", 1}}).passed);
    // A subject that no activity has; a task of the same subject does not count as a phone call.
    o = check(*sb, {{"type", "activitiesCompleted"}, {"activityType", "Task"}, {"subjects", {kCalls[0]}}});
    EXPECT_EQ(o.diagnosis, std::string("not found (deleted or renamed?): '") + kCalls[0] + "'");
}

TEST(SalesChecks, ActivityLoggedLeadConvertedAndOpportunityVisibleTo) {
    auto sb = loaded("partner-pipeline");
    const json lead = {{"company", "Revontuli Solar Oy"}};
    const std::string number = sb->db().queryText("SELECT number FROM leads WHERE company = 'Revontuli Solar Oy'").value_or("?");
    const std::string label = "lead " + number + " (Revontuli Solar Oy)";
    const json logged = {{"type", "activityLogged"}, {"activityType", "PhoneCall"}, {"lead", lead}, {"completed", true}};
    const json converted = {{"type", "leadConverted"}, {"lead", lead}, {"withOpportunity", true}};
    const json visible = {{"type", "opportunityVisibleTo"}, {"user", "Mikko Nieminen"}, {"lead", lead}};

    EXPECT_EQ(check(*sb, logged).diagnosis,
              "no phone calls regard " + label + " yet; open the lead and add one under Open Activities");
    EXPECT_EQ(check(*sb, converted).diagnosis, label + " is not converted yet; open it and click Convert");
    EXPECT_EQ(check(*sb, visible).diagnosis, "there is no opportunity from " + label + " yet; convert the lead with an opportunity");

    // Maija accepts the lead and saves the call open: logged, but not completed.
    pt::run(*sb, {{"cmd", "AcceptLead"}, {"leadId", id(*sb, "$leadId(Revontuli Solar Oy)")}});
    pt::run(*sb, {{"cmd", "CreateActivity"}, {"type", "PhoneCall"}, {"subject", "Call Ville"},
                  {"regarding", {{"type", "Lead"}, {"id", id(*sb, "$leadId(Revontuli Solar Oy)")}}}});
    auto o = check(*sb, logged);
    EXPECT_FALSE(o.passed);
    EXPECT_EQ(o.diagnosis, "the phone calls on " + label + " are still open; an activity that took place is saved with Save as Completed");
    json anyState = logged;
    anyState.erase("completed");
    EXPECT_TRUE(check(*sb, anyState).passed);
    pt::run(*sb, {{"cmd", "CompleteActivities"}, {"activityIds", {id(*sb, "$activityId(Call Ville)")}}});
    EXPECT_TRUE(check(*sb, logged).passed);

    // Converted without an opportunity: converted, but not what the exercise asks.
    {
        auto copy = loaded("partner-pipeline");
        pt::run(*copy, {{"cmd", "AcceptLead"}, {"leadId", id(*copy, "$leadId(Revontuli Solar Oy)")}});
        pt::run(*copy, {{"cmd", "ConvertLead"}, {"leadId", id(*copy, "$leadId(Revontuli Solar Oy)")}, {"doNotCreateOpportunity", true}});
        EXPECT_TRUE(check(*copy, {{"type", "leadConverted"}, {"lead", lead}}).passed);
        o = check(*copy, converted);
        EXPECT_EQ(o.diagnosis, label + " was converted without an opportunity (\"Do not create a new opportunity upon conversion\" was ticked)");
        app::MessageLanguageScope fi(i18n::Language::Finnish);
        EXPECT_EQ(check(*copy, converted).diagnosis,
                  "liidi " + number + " (Revontuli Solar Oy): muunnettu ilman myyntimahdollisuutta (kohta \"Älä luo uutta "
                  "myyntimahdollisuutta muunnettaessa\" oli valittuna)");
    }

    pt::run(*sb, {{"cmd", "ConvertLead"}, {"leadId", id(*sb, "$leadId(Revontuli Solar Oy)")}, {"opportunityName", "Rooftop"}});
    EXPECT_TRUE(check(*sb, converted).passed);
    EXPECT_TRUE(check(*sb, logged).passed) << "the call moved to the opportunity and still counts for the lead";
    EXPECT_TRUE(check(*sb, visible).passed);
    EXPECT_TRUE(check(*sb, {{"type", "opportunityVisibleTo"}, {"user", "Mikko Nieminen"}, {"opportunity", "rooftop"}}).passed);
    EXPECT_EQ(check(*sb, {{"type", "opportunityVisibleTo"}, {"user", "Mikko Nieminen"}, {"opportunity", "Other"}}).diagnosis,
              "there is no opportunity named 'Other'");

    // A partner user of another account does not see Maija's opportunity.
    auto admin = tr::runCommands(*sb, {{{"cmd", "LogIn"}, {"username", "sanna.lehtonen@pohjolatech.example"},
                                         {"password", "$welcomePassword(Sanna Lehtonen)"}},
                                        {{"cmd", "EnableAsPartner"}, {"accountId", "$accountId(Saimaa IT Solutions Oy)"}},
                                        {{"cmd", "EnablePartnerUser"}, {"contactId", "$contactId(Sofia Laine)"}}});
    ASSERT_TRUE(admin.ok) << admin.message;
    o = check(*sb, {{"type", "opportunityVisibleTo"}, {"user", "Sofia Laine"}, {"lead", lead}});
    EXPECT_FALSE(o.passed);
    EXPECT_EQ(o.diagnosis, "Sofia Laine cannot see opportunity 'Rooftop', owned by partner user 'Maija Virtanen' of 'Nordic Partners Oy'");
    app::MessageLanguageScope fi(i18n::Language::Finnish);
    EXPECT_EQ(check(*sb, {{"type", "opportunityVisibleTo"}, {"user", "Sofia Laine"}, {"lead", lead}}).diagnosis.rfind(
                  "Sofia Laine ei näe myyntimahdollisuutta 'Rooftop', jonka omistaja on ", 0),
              0u);
}

TEST(SalesChecks, MalformedSalesChecksAreRefusedWithTheirPath) {
    EXPECT_EQ(tr::checkProblem({{"type", "activitiesCompleted"}, {"activityType", "Phone"}}, "$.c"),
              "$.c.activityType: expected one of Task, PhoneCall, Appointment, Email, Letter, Fax");
    EXPECT_EQ(tr::checkProblem({{"type", "activitiesCompleted"}, {"activityType", "PhoneCall"}, {"subjects", json::array()}}, "$.c"),
              "$.c.subjects: expected a list of texts such as [\"Call back\"]");
    EXPECT_EQ(tr::checkProblem({{"type", "contactOnAccount"}, {"lastName", "Lehtinen"}}, "$.c"),
              "$.c.account: missing (a contactOnAccount check needs it)");
    EXPECT_EQ(tr::checkProblem({{"type", "leadConverted"}, {"lead", {{"name", "x"}}}}, "$.c").rfind("$.c.lead.name: ", 0), 0u);
}
