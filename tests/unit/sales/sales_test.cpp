// Sales records around the leads (issue: accounts and contacts from anywhere, activities, conversion, opportunities):
// activities follow the record they regard, Mark Complete is all or none, a converted lead is read-only and its
// activities move, partner-owned opportunities are seen up the role hierarchy; every refusal changes nothing.
#include <gtest/gtest.h>

#include "app/data/org_json.h"
#include "app/training/org_diff.h"
#include "app/sales/queries_sales.h"
#include "unit/leads_fixture.h"

using namespace prm;
using namespace prm::leadtest;
namespace sales = prm::app::sales;
using domain::Access;

class SalesTest : public LeadsTest {
protected:
    void SetUp() override {
        LeadsTest::SetUp();
        // Opportunities private inside the org too, so the hierarchy decides who sees a partner's opportunity.
        ASSERT_TRUE(db().exec("UPDATE org SET owd_opportunity_internal = 'Private'").ok());
        maijasLead = lead("Korpela", "Kone Oyj", {{"firstName", "Jari"}, {"email", "jari@kone.example"}, {"city", "Espoo"}});
        ok({{"cmd", "ChangeLeadOwner"}, {"leadId", maijasLead}, {"ownerType", "PartnerUser"}, {"ownerId", kMaija}});
        othersLead = lead("Other", "Muu Oy");
    }
    Id call(Id leadId, const std::string& subject, json extra = json::object()) {
        extra["cmd"] = "CreateActivity";
        extra["type"] = extra.value("type", std::string("PhoneCall"));
        extra["subject"] = subject;
        extra["regarding"] = {{"type", "Lead"}, {"id", leadId}};
        return ok(extra).value("activityId", Id{0});
    }
    std::string state(Id activityId) {
        return db().queryText("SELECT state FROM activities WHERE id = ?", activityId).value_or("?");
    }
    Id maijasLead = 0, othersLead = 0;
};

TEST_F(SalesTest, APartnerLogsACallOnTheirLeadAndCompletesIt) {
    as(kMaija);
    Id a = call(maijasLead, "Call Jari", {{"dueDate", "2023-11-20"}});
    EXPECT_EQ(state(a), "Open");
    auto open = sales::activitiesRegarding(db(), kMaija, "Lead", maijasLead, true, kNow);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].subject, "Call Jari");
    EXPECT_EQ(open[0].regardingName, "L-00001 Kone Oyj");
    ok({{"cmd", "CompleteActivities"}, {"activityIds", {a}}});
    EXPECT_EQ(state(a), "Completed");
    EXPECT_TRUE(sales::activitiesRegarding(db(), kMaija, "Lead", maijasLead, true, kNow).empty());
    EXPECT_EQ(sales::activitiesRegarding(db(), kMaija, "Lead", maijasLead, false, kNow).size(), 1u);
}

TEST_F(SalesTest, APartnerCannotTouchActivitiesOfLeadsTheyCannotSee) {
    Id theirs = call(othersLead, "Internal call");  // the admin's, on a lead Maija cannot see
    as(kMaija);
    auto r = refusedUnchanged({{"cmd", "CreateActivity"}, {"type", "Task"}, {"subject", "Peek"},
                               {"regarding", {{"type", "Lead"}, {"id", othersLead}}}});
    auto missing = refusedUnchanged({{"cmd", "CreateActivity"}, {"type", "Task"}, {"subject", "Peek"},
                                     {"regarding", {{"type", "Lead"}, {"id", 9999}}}});
    EXPECT_EQ(r.message, missing.message) << "an unseen lead reads exactly as a missing one";
    auto c = refusedUnchanged({{"cmd", "CompleteActivities"}, {"activityIds", {theirs}}});
    auto c2 = refusedUnchanged({{"cmd", "CompleteActivities"}, {"activityIds", {9999}}});
    EXPECT_EQ(c.message, c2.message);
    EXPECT_EQ(c.message, "no such activity, or you cannot see it; pick one from My Workplace → Activities");
    EXPECT_TRUE(sales::listActivities(db(), kMaija, sales::ActivityView::All, kNow).empty());
    EXPECT_EQ(app::activityAccess(db(), kMaija, theirs), Access::None);
}

TEST_F(SalesTest, MarkCompleteIsAllOrNoneAndCountsTheClosedOnes) {
    Id a = call(othersLead, "One");
    Id b = call(othersLead, "Two");
    Id c = call(othersLead, "Three", {{"type", "Task"}, {"completed", true}});
    EXPECT_EQ(state(c), "Completed");
    auto r = ok({{"cmd", "CompleteActivities"}, {"activityIds", {a, b, c}}});
    EXPECT_EQ(r["closed"].size(), 2u);
    EXPECT_EQ(r["alreadyClosed"], 1);
    EXPECT_EQ(state(a), "Completed");
    EXPECT_EQ(state(b), "Completed");
    Id d = call(othersLead, "Four");
    auto refusal = refusedUnchanged({{"cmd", "CompleteActivities"}, {"activityIds", {d, 4242}}});
    EXPECT_EQ(refusal.message.rfind("activity 2: no such activity", 0), 0u) << refusal.message;
    EXPECT_EQ(state(d), "Open");
    refusedUnchanged({{"cmd", "CompleteActivities"}, {"activityIds", json::array()}});
    refusedUnchanged({{"cmd", "UpdateActivity"}, {"activityId", a}, {"subject", "Changed after completion"}});
}

TEST_F(SalesTest, ActivityValuesAreCheckedBeforeAnythingIsWritten) {
    auto base = [&](json extra) {
        extra["cmd"] = "CreateActivity";
        if (!extra.contains("type")) extra["type"] = "Task";
        if (!extra.contains("subject")) extra["subject"] = "S";
        return extra;
    };
    EXPECT_EQ(refusedUnchanged(base({{"type", "Meeting"}})).field, "type");
    EXPECT_EQ(refusedUnchanged(base({{"subject", "   "}})).field, "subject");
    EXPECT_EQ(refusedUnchanged(base({{"dueDate", "2026-02-30"}})).field, "dueDate");
    EXPECT_EQ(refusedUnchanged(base({{"priority", "Urgent"}})).field, "priority");
    EXPECT_EQ(refusedUnchanged(base({{"type", "Appointment"}, {"start", "2026-12-03T10:00"}})).field, "end");
    EXPECT_EQ(refusedUnchanged(base({{"type", "Appointment"}, {"start", "2026-12-03T10:00"}, {"end", "2026-12-03T09:00"}})).field,
              "end");
    EXPECT_EQ(refusedUnchanged(base({{"start", "2026-12-03T10:00"}})).field, "start");
    EXPECT_EQ(refusedUnchanged(base({{"regarding", {{"type", "Case"}, {"id", 1}}}})).field, "regarding");
    EXPECT_EQ(refusedUnchanged(base({{"ownerId", kInactiveRep}})).field, "ownerId");
    // An owner who cannot see the regarded lead (Pekka, Maija's peer) cannot be given the activity.
    EXPECT_EQ(refusedUnchanged(base({{"ownerId", kPekka}, {"regarding", {{"type", "Lead"}, {"id", maijasLead}}}})).field, "ownerId");
    Id appt = ok(base({{"type", "Appointment"}, {"start", "2026-12-03T10:00"}, {"end", "2026-12-03T11:00"}}))["activityId"];
    EXPECT_EQ(state(appt), "Scheduled");
}

TEST_F(SalesTest, MyWorkplaceViewsSplitOpenOverdueAndClosed) {
    const std::string today = domain::dateOf(kNow);
    Id late = call(othersLead, "Late", {{"dueDate", domain::addDays(today, -1)}});
    Id soon = call(othersLead, "Soon", {{"dueDate", domain::addDays(today, 2)}});
    Id done = call(othersLead, "Done", {{"completed", true}});
    // An activity that regards nothing can be anyone's.
    Id rita = ok({{"cmd", "CreateActivity"}, {"type", "Task"}, {"subject", "Rita's"}, {"ownerId", kRep1}})["activityId"];
    auto ids = [](const std::vector<sales::ActivityRow>& v) {
        std::vector<Id> out;
        for (const auto& r : v) out.push_back(r.id);
        return out;
    };
    EXPECT_EQ(ids(sales::listActivities(db(), kAdmin, sales::ActivityView::MyOpen, kNow)), (std::vector<Id>{late, soon}));
    EXPECT_EQ(ids(sales::listActivities(db(), kAdmin, sales::ActivityView::Overdue, kNow)), (std::vector<Id>{late}));
    EXPECT_EQ(ids(sales::listActivities(db(), kAdmin, sales::ActivityView::Closed, kNow)), (std::vector<Id>{done}));
    EXPECT_EQ(sales::listActivities(db(), kAdmin, sales::ActivityView::All, kNow).size(), 4u);
    EXPECT_EQ(ids(sales::listActivities(db(), kRep1, sales::ActivityView::MyOpen, kNow)), (std::vector<Id>{rita}));
}

TEST_F(SalesTest, APartnerConvertsTheirLeadAndTheChannelManagerSeesTheOpportunity) {
    as(kMaija);
    Id a = call(maijasLead, "Discovery call");
    auto d = ok({{"cmd", "ConvertLead"}, {"leadId", maijasLead}, {"opportunityName", "Kone - 40 licences"}, {"amount", 48000},
                 {"closeDate", "2027-01-31"}});
    const Id opp = d["opportunityId"], acc = d["accountId"], con = d["contactId"];
    EXPECT_TRUE(d["newAccount"].get<bool>());
    EXPECT_EQ(d["movedActivities"], 1);
    // The account and contact are the channel manager's; the opportunity stays Maija's.
    EXPECT_EQ(db().queryInt("SELECT owner_id FROM accounts WHERE id = ?", acc), std::optional<Id>(kCm));
    EXPECT_EQ(db().queryInt("SELECT owner_id FROM contacts WHERE id = ?", con), std::optional<Id>(kCm));
    EXPECT_EQ(db().queryText("SELECT email FROM contacts WHERE id = ?", con), std::optional<std::string>("jari@kone.example"));
    EXPECT_EQ(db().queryInt("SELECT owner_id FROM opportunities WHERE id = ?", opp), std::optional<Id>(kMaija));
    EXPECT_EQ(db().queryText("SELECT status FROM leads WHERE id = ?", maijasLead), std::optional<std::string>("Closed - Converted"));
    // The call moved to the opportunity.
    EXPECT_EQ(db().queryText("SELECT regarding_type || ' ' || regarding_id FROM activities WHERE id = ?", a),
              std::optional<std::string>("Opportunity " + std::to_string(opp)));
    // Who sees the opportunity: Maija (owner), Kalle (partner manager above her), the channel manager and the VP and
    // CEO above him; not Pekka (her peer) nor Rita (another branch) under a private default.
    EXPECT_EQ(app::opportunityAccess(db(), kMaija, opp), Access::All);
    EXPECT_EQ(app::opportunityAccess(db(), kKalle, opp), Access::Edit);
    EXPECT_EQ(app::opportunityAccess(db(), kCm, opp), Access::Edit);
    EXPECT_EQ(app::opportunityAccess(db(), kCeo, opp), Access::Edit);
    EXPECT_EQ(app::opportunityAccess(db(), kPekka, opp), Access::None);
    EXPECT_EQ(app::opportunityAccess(db(), kRep1, opp), Access::None);
    ASSERT_EQ(sales::listOpportunities(db(), kCm).size(), 1u);
    EXPECT_EQ(sales::listOpportunities(db(), kCm)[0].ownerName, "Maija Virtanen");
    EXPECT_TRUE(sales::listOpportunities(db(), kRep1).empty());
    // Maija reads the account of her opportunity (implicit parent access), not more.
    EXPECT_EQ(app::accountAccess(db(), kMaija, acc), Access::Read);
    EXPECT_EQ(app::accountAccess(db(), kPekka, acc), Access::None);
    auto conv = sales::leadConversion(db(), kMaija, maijasLead);
    ASSERT_TRUE(conv);
    EXPECT_EQ(conv->accountName, "Kone Oyj");
    EXPECT_EQ(conv->contactName, "Jari Korpela");
    EXPECT_EQ(conv->opportunityName, "Kone - 40 licences");
    // The converted lead is read-only, and converting again changes nothing.
    refusedUnchanged({{"cmd", "UpdateLead"}, {"leadId", maijasLead}, {"city", "Vantaa"}});
    refusedUnchanged({{"cmd", "ConvertLead"}, {"leadId", maijasLead}});
    as(kAdmin);
    refusedUnchanged({{"cmd", "ChangeLeadOwner"}, {"leadId", maijasLead}, {"ownerType", "User"}, {"ownerId", kRep1}});
    refusedUnchanged({{"cmd", "DeleteLead"}, {"leadId", maijasLead}});
    // The account keeps its history: it cannot be deleted while the opportunity and converted lead point at it.
    refusedUnchanged({{"cmd", "DeleteAccount"}, {"accountId", acc}});
}

TEST_F(SalesTest, ConversionRefusalsChangeNothing) {
    // Pekka (Maija's peer) cannot see her lead: the same words as a missing lead.
    as(kPekka);
    auto unseen = refusedUnchanged({{"cmd", "ConvertLead"}, {"leadId", maijasLead}});
    auto missing = refusedUnchanged({{"cmd", "ConvertLead"}, {"leadId", 9999}});
    EXPECT_EQ(unseen.message, missing.message);
    as(kAdmin);
    EXPECT_EQ(refusedUnchanged({{"cmd", "ConvertLead"}, {"leadId", othersLead}, {"stage", "Closed Won"}}).field, "stage");
    EXPECT_EQ(refusedUnchanged({{"cmd", "ConvertLead"}, {"leadId", othersLead}, {"closeDate", "31.12.2026"}}).field, "closeDate");
    EXPECT_EQ(refusedUnchanged({{"cmd", "ConvertLead"}, {"leadId", othersLead}, {"accountId", 1}}).field, "accountId")
        << "a partner account is not a customer's";
    EXPECT_EQ(refusedUnchanged({{"cmd", "ConvertLead"}, {"leadId", othersLead}, {"doNotCreateOpportunity", true}, {"amount", 5}})
                  .field,
              "doNotCreateOpportunity");
    Id acc = ok({{"cmd", "CreateAccount"}, {"name", "Muu Oy"}})["accountId"];
    EXPECT_EQ(refusedUnchanged({{"cmd", "ConvertLead"}, {"leadId", othersLead}, {"accountId", acc}, {"contactId", 20}}).field,
              "contactId");
    // Into an existing account, without an opportunity: the activities go to the new contact.
    Id a = call(othersLead, "Intro");
    auto d = ok({{"cmd", "ConvertLead"}, {"leadId", othersLead}, {"accountId", acc}, {"doNotCreateOpportunity", true}});
    EXPECT_FALSE(d["newAccount"].get<bool>());
    EXPECT_TRUE(d["opportunityId"].is_null());
    EXPECT_EQ(db().queryText("SELECT regarding_type FROM activities WHERE id = ?", a), std::optional<std::string>("Contact"));
    EXPECT_EQ(count("SELECT count(*) FROM opportunities"), 0);
}

TEST_F(SalesTest, OpportunityStagesBringTheirProbability) {
    Id acc = ok({{"cmd", "CreateAccount"}, {"name", "Vaisala"}})["accountId"];
    Id o = ok({{"cmd", "CreateOpportunity"}, {"name", "Weather stations"}, {"accountId", acc}, {"closeDate", "2027-03-31"}})["opportunityId"];
    EXPECT_EQ(db().queryInt("SELECT probability FROM opportunities WHERE id = ?", o), std::optional<Id>(10));
    ok({{"cmd", "UpdateOpportunity"}, {"opportunityId", o}, {"stage", "Negotiation/Review"}});
    EXPECT_EQ(db().queryInt("SELECT probability FROM opportunities WHERE id = ?", o), std::optional<Id>(90));
    ok({{"cmd", "UpdateOpportunity"}, {"opportunityId", o}, {"stage", "Closed Won"}, {"amount", 120000}});
    EXPECT_EQ(db().queryInt("SELECT probability FROM opportunities WHERE id = ?", o), std::optional<Id>(100));
    EXPECT_EQ(refusedUnchanged({{"cmd", "UpdateOpportunity"}, {"opportunityId", o}, {"stage", "Won"}}).field, "stage");
    EXPECT_EQ(refusedUnchanged({{"cmd", "UpdateOpportunity"}, {"opportunityId", o}, {"probability", 101}}).field, "probability");
    EXPECT_EQ(refusedUnchanged({{"cmd", "UpdateOpportunity"}, {"opportunityId", o}, {"amount", -1}}).field, "amount");
    EXPECT_EQ(refusedUnchanged({{"cmd", "CreateOpportunity"}, {"name", "X"}, {"closeDate", "2027-02-29"}}).field, "closeDate");
    // Deleting the opportunity takes its activities with it.
    ok({{"cmd", "CreateActivity"}, {"type", "Task"}, {"subject", "Send quote"}, {"regarding", {{"type", "Opportunity"}, {"id", o}}}});
    auto del = ok({{"cmd", "DeleteOpportunity"}, {"opportunityId", o}});
    EXPECT_EQ(del["deletedActivities"], 1);
    EXPECT_EQ(count("SELECT count(*) FROM activities"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM opportunity_shares"), 0);
}

TEST_F(SalesTest, TheOrgFileCarriesOpportunitiesActivitiesAndConversions) {
    call(maijasLead, "Before conversion");
    ok({{"cmd", "ConvertLead"}, {"leadId", maijasLead}});
    call(othersLead, "Open one", {{"dueDate", "2027-01-02"}});
    const std::string text = app::org_json::exportOrgText(db());
    auto built = app::org_json::buildFromText(text);
    ASSERT_TRUE(built.ok()) << built.message();
    EXPECT_EQ(app::org_json::exportOrgText(*built.value()), text);
    EXPECT_EQ(built.value()->queryInt("SELECT count(*) FROM opportunity_shares WHERE user_id = ?", kCm), std::optional<Id>(1))
        << "the opportunity share table is rebuilt on import";
}

TEST_F(SalesTest, CompareWithNowNamesTheNewOpportunityAndTheMovedCall) {
    call(maijasLead, "Discovery call");
    auto scratch = store::Db::open(":memory:");
    ASSERT_TRUE(scratch.ok());
    ASSERT_TRUE(scratch.value()->deserialize(db().serialize()).ok());
    ok({{"cmd", "ConvertLead"}, {"leadId", maijasLead}, {"opportunityName", "Kone - pilot"}});
    const app::OrgDiff d = app::diffOrgs(*scratch.value(), db());
    bool opp = false, act = false;
    for (const auto& o : d.objects) {
        if (o.object == "Opportunities") opp = o.added == 1;
        if (o.object == "Activities") act = o.changed == 1;
    }
    EXPECT_TRUE(opp) << "one opportunity added";
    EXPECT_TRUE(act) << "the call changed: it regards the opportunity now";
}

TEST_F(SalesTest, AnOpenActivityCanBeChangedOrCanceledByWhoeverMayEditItsRecord) {
    as(kMaija);
    Id a = call(maijasLead, "Call Jari", {{"dueDate", "2026-12-10"}});
    ok({{"cmd", "UpdateActivity"}, {"activityId", a}, {"subject", "Call Jari about pricing"}, {"priority", "High"},
        {"dueDate", "2026-12-11"}});
    EXPECT_EQ(db().queryText("SELECT subject || '|' || priority || '|' || due_date FROM activities WHERE id = ?", a),
              std::optional<std::string>("Call Jari about pricing|High|2026-12-11"));
    EXPECT_EQ(refusedUnchanged({{"cmd", "UpdateActivity"}, {"activityId", a}, {"dueDate", "tomorrow"}}).field, "dueDate");
    EXPECT_EQ(refusedUnchanged({{"cmd", "UpdateActivity"}, {"activityId", a}, {"start", "2026-12-11T10:00"}}).field, "start");
    EXPECT_EQ(refusedUnchanged({{"cmd", "UpdateActivity"}, {"activityId", a}, {"ownerId", kPekka}}).field, "ownerId")
        << "Pekka cannot see the lead the call regards";
    // Pekka (her peer) cannot see the lead, so he cannot see or cancel the call: the words of a missing one.
    as(kPekka);
    auto unseen = refusedUnchanged({{"cmd", "CancelActivities"}, {"activityIds", {a}}});
    auto missing = refusedUnchanged({{"cmd", "CancelActivities"}, {"activityIds", {4242}}});
    EXPECT_EQ(unseen.message, missing.message);
    // The channel manager above her may cancel it.
    as(kCm);
    auto r = ok({{"cmd", "CancelActivities"}, {"activityIds", {a}}});
    EXPECT_EQ(r["closed"].size(), 1u);
    EXPECT_EQ(state(a), "Canceled");
    EXPECT_EQ(sales::activitiesRegarding(db(), kMaija, "Lead", maijasLead, false, kNow).at(0).state, "Canceled");
    // A canceled one stays as it is.
    refusedUnchanged({{"cmd", "UpdateActivity"}, {"activityId", a}, {"subject", "Again"}});
}
