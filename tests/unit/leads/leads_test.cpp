// Leads: create / update / delete, change owner (with the editable notification), mass reassign,
// the partner lead inbox (accept / return), and "a refusal changes nothing".
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

#include "app/leads/lead_generator.h"
#include "app/leads/mass_change_owner.h"
#include "app/leads/queries_lead_ui.h"
#include "app/leads/queries_leads.h"
#include "unit/leads_fixture.h"

using namespace prm;
using namespace prm::leadtest;

TEST_F(LeadsTest, CreateLeadNumbersValidatesAndDefaultsTheOwnerToTheActor) {
    as(kRep1);
    json d = ok({{"cmd", "CreateLead"}, {"firstName", "Matti"}, {"lastName", "Meikäläinen"}, {"company", "Kaleva Oy"},
                 {"email", "matti@kaleva.fi"}, {"annualRevenue", 250000}, {"employees", 40}, {"country", "Finland"}});
    EXPECT_EQ(d["number"], "L-00001");
    EXPECT_EQ(ownerUser(d["leadId"].get<Id>()), kRep1);
    json d2 = ok({{"cmd", "CreateLead"}, {"lastName", "Smith"}, {"company", "Acme"}});
    EXPECT_EQ(d2["number"], "L-00002");
    EXPECT_EQ(count("SELECT lead_number_next FROM org"), 3);
    // The owner has full access; a peer rep (Private OWD) has none; the VP above has edit.
    Id id = d["leadId"].get<Id>();
    EXPECT_EQ(app::leadAccess(db(), kRep1, id), domain::Access::All);
    EXPECT_EQ(app::leadAccess(db(), kRep2, id), domain::Access::None);
    EXPECT_EQ(app::leadAccess(db(), kVp, id), domain::Access::Edit);
}

TEST_F(LeadsTest, CreateLeadRefusalsNameTheField) {
    auto r = refusedUnchanged({{"cmd", "CreateLead"}, {"company", "Acme"}});
    EXPECT_EQ(r.field, "lastName");
    r = refusedUnchanged({{"cmd", "CreateLead"}, {"lastName", "X"}});
    EXPECT_EQ(r.field, "company");
    r = refusedUnchanged({{"cmd", "CreateLead"}, {"lastName", "X"}, {"company", "Y"}, {"email", "bob@"}});
    EXPECT_EQ(r.field, "email");
    EXPECT_NE(r.message.find("'bob@' is not an e-mail address"), std::string::npos);
    r = refusedUnchanged({{"cmd", "CreateLead"}, {"lastName", "X"}, {"company", "Y"}, {"annualRevenue", -5}});
    EXPECT_EQ(r.field, "annualRevenue");
    r = refusedUnchanged({{"cmd", "CreateLead"}, {"lastName", "X"}, {"company", "Y"}, {"employees", 2.5}});
    EXPECT_EQ(r.field, "employees");
    r = refusedUnchanged({{"cmd", "CreateLead"}, {"lastName", "X"}, {"company", "Y"}, {"status", "Maybe"}});
    EXPECT_EQ(r.field, "status");
    r = refusedUnchanged({{"cmd", "CreateLead"}, {"lastName", "X"}, {"company", "Y"}, {"ownerUserId", kInactiveRep}});
    EXPECT_NE(r.message.find("Ismo Inactive is inactive"), std::string::npos) << r.message;
    r = refusedUnchanged({{"cmd", "CreateLeads"}, {"leads", json::array({{{"lastName", "A"}, {"company", "B"}}, {{"lastName", "C"}}})}});
    EXPECT_NE(r.message.find("lead 2: Company is required; nothing was imported"), std::string::npos) << r.message;
}

TEST_F(LeadsTest, CreateLeadRefusesAMisspeltFieldWithItsPath) {
    auto r = refusedUnchanged({{"cmd", "CreateLead"}, {"lastName", "x"}, {"company", "y"}, {"emial", "a@b.fi"}});
    EXPECT_EQ(r.message.rfind("$.emial: unknown field; did you mean \"email\"?", 0), 0u) << r.message;
    EXPECT_EQ(r.field, "emial");
    // A wrong type is named by its path; a lead inside CreateLeads by its place in the list.
    r = refusedUnchanged({{"cmd", "CreateLead"}, {"lastName", "x"}, {"company", "y"}, {"annualRevenue", "lots"}});
    EXPECT_EQ(r.message, "$.annualRevenue: expected a number, got \"lots\"");
    EXPECT_EQ(r.field, "annualRevenue");
    r = refusedUnchanged({{"cmd", "CreateLeads"}, {"leads", json::array({{{"lastName", "A"}, {"company", "B"}}, {{"lastName", 7}}})}});
    EXPECT_EQ(r.message, "$.leads[1].lastName: expected text, got 7");
    EXPECT_EQ(r.field, "leads");
    r = refusedUnchanged({{"cmd", "CreateLeads"}, {"leads", json::array()}});
    EXPECT_EQ(r.field, "leads");
}

TEST_F(LeadsTest, UpdateLeadTellsAbsentFromNull) {
    Id id = lead("Virta", "Routa Oy", {{"city", "Oulu"}, {"annualRevenue", 1000}, {"title", "CEO"}});
    // Absent fields stay; null clears (text to empty, a number to none); given text is trimmed.
    ok({{"cmd", "UpdateLead"}, {"leadId", id}, {"city", nullptr}, {"annualRevenue", nullptr}, {"phone", "  040 123  "}});
    auto s = db().prepare("SELECT city, annual_revenue IS NULL, title, phone, company FROM leads WHERE id = ?");
    s.bind(1, id);
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.getText(0), "");
    EXPECT_EQ(s.getInt(1), 1);
    EXPECT_EQ(s.getText(2), "CEO");
    EXPECT_EQ(s.getText(3), "040 123");
    EXPECT_EQ(s.getText(4), "Routa Oy");
    // The names a lead needs cannot be cleared.
    auto r = refusedUnchanged({{"cmd", "UpdateLead"}, {"leadId", id}, {"company", nullptr}});
    EXPECT_EQ(r.message, "Company is required");
    EXPECT_EQ(r.field, "company");
    r = refusedUnchanged({{"cmd", "UpdateLead"}, {"leadId", 999}, {"city", "Oulu"}});
    EXPECT_EQ(r.message, "no such lead, or you cannot see it; pick one from Sales → Leads");
    EXPECT_EQ(r.field, "leadId");
    r = refusedUnchanged({{"cmd", "UpdateLead"}, {"city", "Oulu"}});
    EXPECT_EQ(r.message, "$.leadId: missing; add it (integer)");
    EXPECT_EQ(r.field, "leadId");
}

TEST_F(LeadsTest, UpdateAndDeleteNeedAccess) {
    as(kRep1);
    Id id = lead("Virta", "Routa Oy");
    as(kRep2);
    // Rami cannot see Rita's lead (leads are private): refused as a missing lead, nothing about it named.
    auto r = refusedUnchanged({{"cmd", "UpdateLead"}, {"leadId", id}, {"city", "Oulu"}});
    EXPECT_EQ(r.message, "no such lead, or you cannot see it; pick one from Sales → Leads");
    refusedUnchanged({{"cmd", "DeleteLead"}, {"leadId", id}});
    as(kRep1);
    ok({{"cmd", "UpdateLead"}, {"leadId", id}, {"city", "Oulu"}, {"employees", 12}});
    EXPECT_EQ(db().queryText("SELECT city FROM leads WHERE id = " + std::to_string(id)), "Oulu");
    EXPECT_EQ(db().queryText("SELECT company FROM leads WHERE id = " + std::to_string(id)), "Routa Oy");
    as(kVp);  // above the owner
    ok({{"cmd", "DeleteLead"}, {"leadId", id}});
    EXPECT_EQ(count("SELECT count(*) FROM leads"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM lead_shares"), 0);
}

TEST_F(LeadsTest, ChangeOwnerToEligiblePartnerUserSendsTheEditedEmail) {
    Id id = lead("Korpela", "Sisu Data Oy", {{"country", "Finland"}});
    json d = ok({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "PartnerUser"}, {"ownerId", kMaija},
                 {"sendNotificationEmail", true},
                 {"email", {{"subject", "Uusi liidi sinulle"}, {"body", "Hei Maija, tässä liidi L-00001."}}}});
    EXPECT_EQ(ownerUser(id), kMaija);
    auto s = db().prepare("SELECT kind, to_user_id, to_address, subject, body, related_id FROM outbox");
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.getText(0), "LeadNotification");
    EXPECT_EQ(s.getInt(1), kMaija);
    EXPECT_EQ(s.getText(2), "maija@nordic.example");
    EXPECT_EQ(s.getText(3), "Uusi liidi sinulle");
    EXPECT_EQ(s.getText(4), "Hei Maija, tässä liidi L-00001.");
    EXPECT_EQ(s.getInt(5), id);
    EXPECT_FALSE(s.step());
    // The new owner, her managers in the partner hierarchy and the channel manager can see it; another rep cannot.
    EXPECT_EQ(app::leadAccess(db(), kMaija, id), domain::Access::All);
    EXPECT_EQ(app::leadAccess(db(), kCm, id), domain::Access::Edit);
    EXPECT_EQ(app::leadAccess(db(), kRep1, id), domain::Access::None);
    // The lead is in her inbox, and the trace says it was manual.
    auto inbox = app::inboxLeads(db(), kMaija);
    ASSERT_EQ(inbox.size(), 1u);
    EXPECT_EQ(inbox[0].via, "Owned");
    EXPECT_EQ(trace(id)["how"], "manual");
    EXPECT_NE(app::explainOwner(db(), id).summary.find("by hand by Sanna Admin"), std::string::npos);
}

TEST_F(LeadsTest, ChangeOwnerDefaultEmailAndNoEmailUnlessAsked) {
    Id id = lead("Korpela", "Sisu Data Oy");
    ok({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "User"}, {"ownerId", kRep2}, {"sendNotificationEmail", false}});
    EXPECT_EQ(count("SELECT count(*) FROM outbox"), 0);
    auto draft = app::leadNotificationDraft(db(), id, kAdmin);
    EXPECT_EQ(draft.subject, "Lead L-00001 has been assigned to you");
    ok({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "User"}, {"ownerId", kRep1}, {"sendNotificationEmail", true}});
    EXPECT_EQ(db().queryText("SELECT subject FROM outbox"), "Lead L-00001 has been assigned to you");
    auto body = db().queryText("SELECT body FROM outbox").value_or("");
    EXPECT_NE(body.find("Company: Sisu Data Oy"), std::string::npos) << body;
    EXPECT_EQ(ownerUser(id), kRep1);
    // The old owner lost access; the new one has it.
    EXPECT_EQ(app::leadAccess(db(), kRep2, id), domain::Access::None);
    EXPECT_EQ(app::leadAccess(db(), kRep1, id), domain::Access::All);
}

TEST_F(LeadsTest, ChangeOwnerRefusalsChangeNothing) {
    Id id = lead("Korpela", "Sisu Data Oy");
    auto r = refusedUnchanged({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "PartnerUser"}, {"ownerId", kPekka},
                               {"sendNotificationEmail", true}});
    EXPECT_EQ(r.message, "Pekka Korhonen cannot own leads yet: they have never logged in; ask them to log in to the community once");
    r = refusedUnchanged({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "User"}, {"ownerId", kInactiveRep}});
    EXPECT_NE(r.message.find("inactive"), std::string::npos);
    r = refusedUnchanged({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "Queue"}, {"ownerId", 99}});
    EXPECT_EQ(r.field, "ownerId");
    r = refusedUnchanged({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "User"}, {"ownerId", kMaija}});
    EXPECT_EQ(r.field, "ownerType");
    as(kRep1);  // cannot see the admin's lead: refused as a missing one
    r = refusedUnchanged({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "User"}, {"ownerId", kRep1}});
    EXPECT_EQ(r.message, "no such lead, or you cannot see it; pick one from Sales → Leads");
    as(kAdmin);  // shared read-only: she sees it, and is told why she cannot change it
    ok({{"cmd", "ShareLeadManually"}, {"leadId", id}, {"userId", kRep1}, {"access", "Read"}});
    as(kRep1);
    r = refusedUnchanged({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "User"}, {"ownerId", kRep1}});
    EXPECT_NE(r.message.find("cannot change the owner of L-00001"), std::string::npos) << r.message;
}

TEST_F(LeadsTest, ChangeOwnerReadsTheOwnerTypeByName) {
    Id id = lead("Korpela", "Sisu Data Oy");
    auto r = refusedUnchanged({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "Usr"}, {"ownerId", kRep1}});
    EXPECT_EQ(r.message, "$.ownerType: expected one of User, PartnerUser, Queue, got \"Usr\"");
    EXPECT_EQ(r.field, "ownerType");
    r = refusedUnchanged({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", 1}, {"ownerId", kRep1}});
    EXPECT_EQ(r.field, "ownerType");
    // The spelling the product shows is accepted too.
    ok({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "Partner User"}, {"ownerId", kMaija}});
    EXPECT_EQ(ownerUser(id), kMaija);
    // The edited e-mail is {subject, body}: both given, the subject not empty.
    r = refusedUnchanged({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "User"}, {"ownerId", kRep1},
                          {"sendNotificationEmail", true}, {"email", {{"subject", "Hei"}}}});
    EXPECT_EQ(r.message, "$.email.body: missing; add it (text)");
    EXPECT_EQ(r.field, "email");
    r = refusedUnchanged({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "User"}, {"ownerId", kRep1},
                          {"sendNotificationEmail", true}, {"email", {{"subject", ""}, {"body", "b"}}}});
    EXPECT_EQ(r.message, "the e-mail needs a subject");
    EXPECT_EQ(r.field, "email.subject");
    r = refusedUnchanged({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "Queue"}, {"ownerId", 99}});
    EXPECT_EQ(r.message, "there is no queue with id 99; pick one from Setup → Queues");
}

TEST_F(LeadsTest, ChangeOwnerToQueueEmailsMembers) {
    json q = ok({{"cmd", "CreateQueue"}, {"name", "Nordic Partner Leads"}, {"sendEmailToMembers", true},
                 {"members", json::array({{{"userId", kMaija}}, {{"userId", kPekka}}})}});
    Id id = lead("Korpela", "Sisu Data Oy");
    ok({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "Queue"}, {"ownerId", q["queueId"]}, {"sendNotificationEmail", true}});
    EXPECT_EQ(ownerQueue(id), q["queueId"].get<Id>());
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'QueueNotification'"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE to_user_id = " + std::to_string(kMaija)), 1);
}

TEST_F(LeadsTest, MassChangeOwnerOfAThousandLeadsWithOneSummaryEmail) {
    as(kRep1);
    json leads = json::array();
    for (int i = 0; i < 1000; ++i) leads.push_back({{"lastName", "L" + std::to_string(i)}, {"company", "C"}});
    json d = ok({{"cmd", "CreateLeads"}, {"leads", leads}});
    EXPECT_EQ(d["count"], 1000);
    as(kAdmin);
    auto t0 = std::chrono::steady_clock::now();
    json m = ok({{"cmd", "MassChangeOwner"}, {"all", true}, {"ownerType", "User"}, {"ownerId", kRep2}, {"sendNotificationEmail", true}});
    std::cout << "[mass] 1000 leads reassigned in "
              << std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() << " ms\n";
    EXPECT_EQ(m["count"], 1000);
    EXPECT_EQ(count("SELECT count(*) FROM leads WHERE owner_user_id = " + std::to_string(kRep2)), 1000);
    EXPECT_EQ(count("SELECT count(*) FROM lead_shares WHERE user_id = " + std::to_string(kRep1)), 0);
    EXPECT_EQ(count("SELECT count(*) FROM lead_shares WHERE user_id = " + std::to_string(kRep2) + " AND row_cause = 'Owner'"), 1000);
    EXPECT_EQ(count("SELECT count(*) FROM outbox"), 1);
    EXPECT_EQ(db().queryText("SELECT subject FROM outbox"), "1000 leads have been assigned to you");
}

TEST_F(LeadsTest, MassChangeOwnerByFilterAndRefusalForUneditableIds) {
    as(kRep1);
    Id fi = lead("A", "C", {{"country", "Finland"}});
    Id se = lead("B", "C", {{"country", "Sweden"}});
    as(kRep2);
    Id other = lead("C", "C", {{"country", "Finland"}});
    as(kRep1);
    // Rita cannot see Rami's lead: an explicit selection including it is refused as a whole, without naming it.
    auto r = refusedUnchanged({{"cmd", "MassChangeOwner"}, {"leadIds", {fi, other}}, {"ownerType", "User"}, {"ownerId", kVp}});
    EXPECT_EQ(r.message, "1 of the selected leads no longer exists or you cannot see it; refresh the list and select again");
    // A filter only selects what she can edit.
    json m = ok({{"cmd", "MassChangeOwner"}, {"filter", {{"field", "Country"}, {"op", "equals"}, {"value", "finland"}}},
                 {"ownerType", "PartnerUser"}, {"ownerId", kMaija}});
    EXPECT_EQ(m["count"], 1);
    EXPECT_EQ(ownerUser(fi), kMaija);
    EXPECT_EQ(ownerUser(se), kRep1);
    EXPECT_EQ(ownerUser(other), kRep2);
}

TEST_F(LeadsTest, MassChangeOwnerSelectionRefusals) {
    as(kRep1);
    Id mine = lead("A", "C");
    auto r = refusedUnchanged({{"cmd", "MassChangeOwner"}, {"leadIds", json::array()}, {"all", true}, {"ownerType", "User"},
                               {"ownerId", kRep1}});
    EXPECT_EQ(r.field, "leadIds");
    r = refusedUnchanged({{"cmd", "MassChangeOwner"}, {"ownerType", "User"}, {"ownerId", kRep1}});
    EXPECT_NE(r.message.find("choose the leads"), std::string::npos) << r.message;
    r = refusedUnchanged({{"cmd", "MassChangeOwner"}, {"filter", {{"field", "Country"}, {"op", "equals"}}}, {"ownerType", "User"},
                          {"ownerId", kRep1}});
    EXPECT_EQ(r.message, "$.filter.value: missing; add it (text)");
    EXPECT_EQ(r.field, "filter");
    // "all" is every lead the actor may edit (the rep's own here, bound as a value, not pasted into the SQL).
    json m = ok({{"cmd", "MassChangeOwner"}, {"all", true}, {"ownerType", "User"}, {"ownerId", kRep2}});
    EXPECT_EQ(m["count"], 1);
    EXPECT_EQ(ownerUser(mine), kRep2);
}

TEST_F(LeadsTest, MassChangeOwnerJobRunsInChunksWithProgress) {
    json leads = json::array();
    for (int i = 0; i < 600; ++i) leads.push_back({{"lastName", "L" + std::to_string(i)}, {"company", "C"}});
    json d = ok({{"cmd", "CreateLeads"}, {"leads", leads}});
    std::vector<Id> ids;
    for (Id i = d["firstLeadId"].get<Id>(); i < d["firstLeadId"].get<Id>() + 600; ++i) ids.push_back(i);
    app::MassChangeOwnerJob job(ids, domain::OwnerType::User, kRep1, true, 250);
    auto p = job.step(sb(), 250);
    EXPECT_EQ(p.done, 250u);
    EXPECT_FALSE(p.finished);
    EXPECT_NEAR(p.fraction(), 250.0 / 600.0, 1e-6);
    EXPECT_EQ(count("SELECT count(*) FROM outbox"), 0);
    p = job.step(sb(), 10000);
    EXPECT_TRUE(p.finished);
    EXPECT_EQ(p.done, 600u);
    EXPECT_EQ(count("SELECT count(*) FROM leads WHERE owner_user_id = " + std::to_string(kRep1)), 600);
    EXPECT_EQ(count("SELECT count(*) FROM command_log WHERE command LIKE '%MassChangeOwner%'"), 3);
    EXPECT_EQ(db().queryText("SELECT subject FROM outbox"), "600 leads have been assigned to you");
}

// "Why this owner?" after a job in chunks reports the whole change, not the chunk the lead was in.
TEST_F(LeadsTest, WhyThisOwnerAfterAMassChangeInChunksCountsTheWholeChange) {
    json leads = json::array();
    for (int i = 0; i < 600; ++i) leads.push_back({{"lastName", "L" + std::to_string(i)}, {"company", "C"}});
    json d = ok({{"cmd", "CreateLeads"}, {"leads", leads}});
    std::vector<Id> ids;
    for (Id i = d["firstLeadId"].get<Id>(); i < d["firstLeadId"].get<Id>() + 600; ++i) ids.push_back(i);
    app::MassChangeOwnerJob job(ids, domain::OwnerType::User, kRep1, false, 250);
    while (!job.step(sb(), 10000).finished) {}
    for (Id id : {ids.front(), ids.back()}) {
        const std::string why = app::explainOwner(db(), id).summary;
        EXPECT_NE(why.find("a mass change of 600 leads"), std::string::npos) << why;
    }
}

TEST_F(LeadsTest, InboxShowsOwnedAndQueueLeadsOnly) {
    json q = ok({{"cmd", "CreateQueue"}, {"name", "Partner Queue"}, {"members", json::array({{{"userId", kMaija}}})}});
    json q2 = ok({{"cmd", "CreateQueue"}, {"name", "Internal Queue"}, {"members", json::array({{{"userId", kRep1}}})}});
    Id owned = lead("Owned", "C", {{"ownerUserId", kMaija}});
    Id queued = lead("Queued", "C", {{"ownerQueueId", q["queueId"]}});
    lead("Elsewhere", "C", {{"ownerQueueId", q2["queueId"]}});
    lead("Admin's", "C");
    auto inbox = app::inboxLeads(db(), kMaija);
    ASSERT_EQ(inbox.size(), 2u);
    std::set<Id> ids{inbox[0].id, inbox[1].id};
    EXPECT_EQ(ids, (std::set<Id>{owned, queued}));
    for (const auto& row : inbox) EXPECT_EQ(row.via, row.id == queued ? "Queue: Partner Queue" : "Owned");
    EXPECT_TRUE(app::inboxLeads(db(), kPekka).empty());
}

TEST_F(LeadsTest, AcceptAndReturnLeadThroughTheQueue) {
    json q = ok({{"cmd", "CreateQueue"}, {"name", "Partner Queue"}, {"members", json::array({{{"userId", kMaija}}})}});
    Id queueId = q["queueId"].get<Id>();
    Id id = lead("Queued", "C", {{"ownerQueueId", queueId}});
    Id notQueued = lead("Mine", "C");
    // A member can see and accept it; a non-member cannot.
    EXPECT_EQ(app::leadAccess(db(), kMaija, id), domain::Access::Edit);
    as(kRep1);
    // Rita is not a member and cannot see the queue's leads: refused as a missing lead.
    auto r = refusedUnchanged({{"cmd", "AcceptLead"}, {"leadId", id}});
    EXPECT_EQ(r.message, "no such lead, or you cannot see it; pick one from Sales → Leads");
    as(kMaija);
    r = refusedUnchanged({{"cmd", "AcceptLead"}, {"leadId", notQueued}});  // the admin's lead: out of her sight
    EXPECT_EQ(r.message, "no such lead, or you cannot see it; pick one from Sales → Leads");
    r = refusedUnchanged({{"cmd", "AcceptLead"}, {"leadId", lead("Hers", "C")}});
    EXPECT_NE(r.message.find("not waiting in a queue"), std::string::npos) << r.message;
    ok({{"cmd", "AcceptLead"}, {"leadId", id}});
    EXPECT_EQ(ownerUser(id), kMaija);
    EXPECT_EQ(trace(id)["how"], "accepted");
    EXPECT_EQ(app::leadAccess(db(), kMaija, id), domain::Access::All);
    ok({{"cmd", "ReturnLeadToQueue"}, {"leadId", id}, {"queueId", queueId}});
    EXPECT_EQ(ownerQueue(id), queueId);
    // The channel manager is above Maija in the role hierarchy: he may take it too.
    as(kCm);
    ok({{"cmd", "AcceptLead"}, {"leadId", id}});
    EXPECT_EQ(ownerUser(id), kCm);
    // Only the owner returns a lead, and only to a queue they belong to.
    as(kMaija);
    refusedUnchanged({{"cmd", "ReturnLeadToQueue"}, {"leadId", id}, {"queueId", queueId}});
    as(kCm);
    ok({{"cmd", "ReturnLeadToQueue"}, {"leadId", id}, {"queueId", queueId}});
}

// "Return to Queue" says where the lead goes: back in the queue it was accepted from, or moved to a
// queue it was never in (a lead given to the partner by hand, a rule or a round robin).
TEST_F(LeadsTest, ReturnToQueueSaysWhereTheLeadGoes) {
    json q = ok({{"cmd", "CreateQueue"}, {"name", "Partner Queue"}, {"members", json::array({{{"userId", kMaija}}})}});
    const Id queueId = q["queueId"].get<Id>();
    const Id id = lead("Routed", "C", {{"ownerUserId", kMaija}});
    as(kMaija);
    auto r = sb().execute({{"cmd", "ReturnLeadToQueue"}, {"leadId", id}, {"queueId", queueId}});
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(r.message.find("back in the queue"), std::string::npos) << r.message;
    EXPECT_NE(r.message.find("was moved to the queue Partner Queue (it was not in a queue before)"), std::string::npos) << r.message;
    ok({{"cmd", "AcceptLead"}, {"leadId", id}});
    r = sb().execute({{"cmd", "ReturnLeadToQueue"}, {"leadId", id}, {"queueId", queueId}});
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_NE(r.message.find("is back in the queue Partner Queue"), std::string::npos) << r.message;
}

TEST_F(LeadsTest, DeleteQueueIsRefusedWhileItOwnsLeads) {
    json q = ok({{"cmd", "CreateQueue"}, {"name", "Partner Queue"}});
    Id id = lead("Queued", "C", {{"ownerQueueId", q["queueId"]}});
    auto r = refusedUnchanged({{"cmd", "DeleteQueue"}, {"queueId", q["queueId"]}});
    EXPECT_NE(r.message.find("still owns 1 lead"), std::string::npos) << r.message;
    ok({{"cmd", "ChangeLeadOwner"}, {"leadId", id}, {"ownerType", "User"}, {"ownerId", kRep1}});
    ok({{"cmd", "DeleteQueue"}, {"queueId", q["queueId"]}});
    EXPECT_EQ(count("SELECT count(*) FROM setup_audit WHERE section = 'Queues'"), 2);
}

TEST_F(LeadsTest, QueueMembershipChangesRecalculateAccess) {
    json q = ok({{"cmd", "CreateQueue"}, {"name", "Q"}});
    Id qid = q["queueId"].get<Id>();
    Id id = lead("Queued", "C", {{"ownerQueueId", qid}});
    EXPECT_EQ(app::leadAccess(db(), kRep1, id), domain::Access::None);
    json m = ok({{"cmd", "AddQueueMember"}, {"queueId", qid}, {"roleId", kRoleRep}});
    EXPECT_EQ(app::leadAccess(db(), kRep1, id), domain::Access::Edit);
    EXPECT_EQ(app::leadAccess(db(), kVp, id), domain::Access::Edit);  // above a member
    ok({{"cmd", "RemoveQueueMember"}, {"queueId", qid}, {"memberId", m["memberId"]}});
    EXPECT_EQ(app::leadAccess(db(), kRep1, id), domain::Access::None);
    as(kRep1);
    refusedUnchanged({{"cmd", "AddQueueMember"}, {"queueId", qid}, {"userId", kRep1}});  // setup: admins only
}

TEST_F(LeadsTest, ListLeadsAppliesSharingAndPaging) {
    as(kRep1);
    for (int i = 0; i < 30; ++i) lead("Rita" + std::to_string(i), i % 2 ? "Kaleva Oy" : "Acme Ltd");
    as(kRep2);
    lead("Rami", "Kaleva Oy");
    app::LeadListQuery q;
    q.limit = 10;
    auto page = app::listLeads(db(), kRep1, q);
    EXPECT_EQ(page.total, 30);
    EXPECT_EQ(page.rows.size(), 10u);
    q.search = "kaleva";
    EXPECT_EQ(app::listLeads(db(), kRep1, q).total, 15);
    EXPECT_EQ(app::listLeads(db(), kAdmin, q).total, 16);
    EXPECT_FALSE(app::leadDetail(db(), kRep2, page.rows[0].id).has_value());
    EXPECT_TRUE(app::leadDetail(db(), kRep1, page.rows[0].id).has_value());
}

TEST_F(LeadsTest, ListAndMatchFilterByOwnerThroughBoundValues) {
    json q = ok({{"cmd", "CreateQueue"}, {"name", "Q"}, {"members", json::array({{{"userId", kRep1}}})}});
    const Id queueId = q["queueId"].get<Id>();
    as(kRep1);
    for (int i = 0; i < 4; ++i) lead("Rita" + std::to_string(i), i % 2 ? "Kaleva Oy" : "Acme Ltd");
    lead("Queued", "Kaleva Oy", {{"ownerQueueId", queueId}});
    app::LeadListQuery lq;
    lq.ownerUserId = kRep1;
    EXPECT_EQ(app::listLeads(db(), kAdmin, lq).total, 4);
    lq.search = "kaleva";
    auto page = app::listLeads(db(), kAdmin, lq);
    EXPECT_EQ(page.total, 2);
    EXPECT_EQ(page.rows.size(), 2u);
    lq.limit = 1;
    lq.offset = 1;
    page = app::listLeads(db(), kAdmin, lq);
    EXPECT_EQ(page.total, 2);
    ASSERT_EQ(page.rows.size(), 1u);
    EXPECT_EQ(page.rows[0].name, "Rita3");
    app::LeadListQuery byQueue;
    byQueue.ownerQueueId = queueId;
    EXPECT_EQ(app::listLeads(db(), kAdmin, byQueue).total, 1);
    // Editable only: Rita may edit her own and the queued one (a member), Rami none of them.
    app::LeadListQuery kaleva;
    kaleva.search = "kaleva";
    EXPECT_EQ(app::matchingLeadIds(db(), kRep1, kaleva, true).size(), 3u);
    EXPECT_EQ(app::matchingLeadIds(db(), kRep2, kaleva, true).size(), 0u);
    EXPECT_EQ(app::matchingLeadIds(db(), kAdmin, kaleva, true).size(), 3u);
    EXPECT_EQ(app::matchingLeadIds(db(), kAdmin, byQueue, true).size(), 1u);
}

TEST_F(LeadsTest, OwnerCandidatesByTypeAndByName) {
    auto partners = app::ownerCandidates(db(), kAdmin, domain::OwnerType::PartnerUser, "");
    ASSERT_EQ(partners.eligible.size(), 1u);
    EXPECT_EQ(partners.eligible[0].id, kMaija);
    EXPECT_EQ(app::ownerCandidates(db(), kAdmin, "Partner User", "").eligible.size(), 1u);
    EXPECT_EQ(app::ownerCandidates(db(), kAdmin, "PartnerUser", "").hidden.size(), partners.hidden.size());
    auto users = app::ownerCandidates(db(), kAdmin, domain::OwnerType::User, "");
    EXPECT_EQ(users.eligible.size(), 6u);
    ASSERT_EQ(users.hidden.size(), 1u);
    EXPECT_EQ(users.hidden[0].name, "Ismo Inactive");
    EXPECT_EQ(app::ownerCandidates(db(), kAdmin, domain::OwnerType::Queue, "").eligible.size(), 0u);
}

TEST(LeadGenerator, IsDeterministicAndFast) {
    auto a = app::generatedLead(11, 5);
    auto b = app::generatedLead(11, 5);
    EXPECT_EQ(a, b);
    EXPECT_NE(app::generatedLead(11, 6), a);
    auto sbr = app::Sandbox::open(":memory:", clockOptions());
    ASSERT_TRUE(sbr.ok());
    auto& sb = *sbr.value();
    writeOrg(sb.db());
    auto t0 = std::chrono::steady_clock::now();
    auto r = sb.execute({{"cmd", "GenerateLeads"}, {"count", 100000}, {"seed", 3}, {"ownerUserIds", {kRep1, kRep2, kMaija}}});
    ASSERT_TRUE(r.ok) << r.message;
    std::cout << "[generator] 100000 leads generated and shared in "
              << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s\n";
    EXPECT_EQ(sb.db().queryInt("SELECT count(*) FROM leads").value(), 100000);
    EXPECT_EQ(sb.db().queryText("SELECT number FROM leads ORDER BY id DESC LIMIT 1"), "L-100000");
    EXPECT_GT(sb.db().queryInt("SELECT count(*) FROM leads WHERE country = 'Finland'").value(), 50000);
    EXPECT_GT(sb.db().queryInt("SELECT count(*) FROM leads WHERE last_name = 'Mäkinen'").value(), 0);
    EXPECT_EQ(sb.db().queryInt("SELECT count(*) FROM leads WHERE owner_user_id = " + std::to_string(kMaija)).value(), 33333);
}
