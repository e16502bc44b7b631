// Deal registration: RegisterDeal, UpdateDeal, SubmitDealForApproval, ApproveDeal, RejectDeal, the
// conflict check (a partner sees a count only) and the Partner Account of the converted opportunity.
#include "app/leads/deal_registration.h"
#include "app/leads/queries_leads.h"
#include "app/sales/queries_sales.h"
#include "unit/leads_fixture.h"

namespace prm::leadtest {
namespace {

enum : Id { kOther = 30 };  // a partner user of another partner account (Baltic Partners Oy, owned by Rita Rep)

class DealTest : public LeadsTest {
protected:
    void SetUp() override {
        LeadsTest::SetUp();
        ASSERT_TRUE(db().exec(R"SQL(
INSERT INTO accounts(id, name, owner_id, is_partner, created_at) VALUES (2, 'Baltic Partners Oy', 5, 1, 0);
INSERT INTO roles(id, name, parent_id, partner_account_id, partner_level) VALUES (8, 'Baltic Partners Oy Partner User', 4, 2, 1);
INSERT INTO contacts(id, account_id, first_name, last_name, owner_id, created_at) VALUES (30, 2, 'Olga', 'Other', 5, 0);
INSERT INTO users(id, username, first_name, last_name, email, profile_id, role_id, is_active, last_login_at, contact_id, account_id, created_at)
  VALUES (30, 'olga@baltic.example', 'Olga', 'Other', 'olga@baltic.example', 3, 8, 1, 5, 30, 2, 0);
)SQL").ok()) << db().errorMessage();
        ASSERT_TRUE(app::rebuildRoleAncestors(db()).ok());
        ASSERT_TRUE(app::recalcAllLeadShares(db()).ok());
    }
    Id registerDeal(const std::string& company = "Kone Oyj", json extra = json::object()) {
        extra["cmd"] = "RegisterDeal";
        extra["company"] = company;
        if (!extra.contains("lastName")) extra["lastName"] = "Lahtinen";
        return ok(extra).value("leadId", Id{0});
    }
    std::string text(const std::string& sql) { return db().queryText(sql).value_or("<null>"); }
    std::string status(Id lead) { return text("SELECT coalesce(approval_status, '') FROM leads WHERE id = " + std::to_string(lead)); }
};

TEST_F(DealTest, PartnerRegistersADealOwnedByThemWithLeadSourcePartner) {
    as(kMaija);
    Id id = registerDeal("Kone Oyj", {{"firstName", "Laura"}, {"amount", 25000}, {"closeDate", "2024-03-31"}, {"description", "Fleet"}});
    ASSERT_NE(id, 0);
    const std::string where = " FROM leads WHERE id = " + std::to_string(id);
    EXPECT_EQ(text("SELECT record_type" + where), "DealRegistration");
    EXPECT_EQ(text("SELECT lead_source" + where), "Partner");
    EXPECT_EQ(text("SELECT status" + where), "Open - Not Contacted");
    EXPECT_EQ(ownerUser(id), std::optional<Id>(kMaija));
    EXPECT_EQ(count("SELECT deal_amount" + where), 25000);
    EXPECT_EQ(text("SELECT deal_close_date" + where), "2024-03-31");
    EXPECT_EQ(text("SELECT description" + where), "Fleet");
    EXPECT_EQ(status(id), "");  // not submitted
    EXPECT_TRUE(app::canRead(db(), kMaija, id));
}

TEST_F(DealTest, RegisterDealRefusals) {
    as(kMaija);
    EXPECT_EQ(refusedUnchanged({{"cmd", "RegisterDeal"}, {"lastName", "Lahtinen"}}).field, "company");
    EXPECT_EQ(refusedUnchanged({{"cmd", "RegisterDeal"}, {"company", "Kone Oyj"}}).field, "lastName");
    EXPECT_EQ(refusedUnchanged({{"cmd", "RegisterDeal"}, {"company", "Kone"}, {"lastName", "L"}, {"amount", -5}}).field, "amount");
    EXPECT_EQ(refusedUnchanged({{"cmd", "RegisterDeal"}, {"company", "Kone"}, {"lastName", "L"}, {"ownerId", kPekka}}).field, "ownerId");
    as(kRep1);  // an internal user who is not an administrator
    EXPECT_EQ(refusedUnchanged({{"cmd", "RegisterDeal"}, {"company", "Kone"}, {"lastName", "L"}, {"ownerId", kMaija}}).field, "ownerId");
    as(kAdmin);
    EXPECT_EQ(refusedUnchanged({{"cmd", "RegisterDeal"}, {"company", "Kone"}, {"lastName", "L"}}).field, "ownerId");
    EXPECT_EQ(refusedUnchanged({{"cmd", "RegisterDeal"}, {"company", "Kone"}, {"lastName", "L"}, {"ownerId", kRep1}}).field, "ownerId");
    Id id = registerDeal("Kone Oyj", {{"ownerId", kMaija}});  // on the partner's behalf
    EXPECT_EQ(ownerUser(id), std::optional<Id>(kMaija));
}

TEST_F(DealTest, SubmitGoesToTheChannelManagerWithAnEmailAndOnlyOnce) {
    as(kMaija);
    Id id = registerDeal();
    json d = ok({{"cmd", "SubmitDealForApproval"}, {"leadId", id}});
    EXPECT_EQ(d["approverId"], kCm);
    EXPECT_EQ(status(id), "Submitted");
    EXPECT_EQ(count("SELECT approver_id FROM leads WHERE id = " + std::to_string(id)), kCm);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'DealRegistration' AND to_user_id = 4 AND subject LIKE '%Kone Oyj%'"), 1);
    auto again = refusedUnchanged({{"cmd", "SubmitDealForApproval"}, {"leadId", id}});
    EXPECT_NE(again.message.find("already submitted"), std::string::npos) << again.message;
    // The channel manager above the partner reads the submitted deal; a partner of another account does not.
    EXPECT_TRUE(app::canRead(db(), kCm, id));
    EXPECT_FALSE(app::canRead(db(), kOther, id));
    EXPECT_EQ(app::leads::dealRegistrations(db(), kOther).size(), 0u);
    auto list = app::leads::dealRegistrations(db(), kCm);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_TRUE(list[0].awaitingMe);
    EXPECT_EQ(list[0].partnerAccount, "Nordic Partners Oy");
}

TEST_F(DealTest, SubmitRefusesNonDealsConvertedDealsAndOtherUsers) {
    as(kMaija);
    Id sales = lead("Lahtinen", "Kone Oyj");
    EXPECT_NE(refusedUnchanged({{"cmd", "SubmitDealForApproval"}, {"leadId", sales}}).message.find("not a deal registration"),
              std::string::npos);
    Id id = registerDeal();
    as(kOther);  // cannot see it: refused as a missing lead
    refusedUnchanged({{"cmd", "SubmitDealForApproval"}, {"leadId", id}});
    as(kCm);  // sees it through the hierarchy, but is neither its owner nor an administrator
    refusedUnchanged({{"cmd", "SubmitDealForApproval"}, {"leadId", id}});
    as(kAdmin);
    ok({{"cmd", "ConvertLead"}, {"leadId", id}, {"doNotCreateOpportunity", true}});
    as(kMaija);
    EXPECT_NE(refusedUnchanged({{"cmd", "SubmitDealForApproval"}, {"leadId", id}}).message.find("converted"), std::string::npos);
}

TEST_F(DealTest, PartnerSeesOnlyTheNumberOfConflictsTheApproverOnlyWhatTheyMayRead) {
    as(kRep1);
    Id rivalLead = lead("Rival", "KONE OYJ ");  // Rita's, private: the channel manager cannot read it
    ASSERT_NE(rivalLead, 0);
    as(kCm);
    Id acct = ok({{"cmd", "CreateAccount"}, {"name", "Kone Oyj"}}).value("accountId", Id{0});
    ASSERT_NE(acct, 0);
    ok({{"cmd", "CreateOpportunity"}, {"name", "Kone fleet renewal"}, {"accountId", acct}, {"closeDate", "2024-06-30"}});
    as(kMaija);
    Id id = registerDeal(" kone oyj");
    json d = ok({{"cmd", "SubmitDealForApproval"}, {"leadId", id}});
    const json& c = d["conflicts"];
    EXPECT_EQ(c["total"], 2);
    EXPECT_EQ(c["countOnly"], true);
    EXPECT_TRUE(c["visible"].empty());
    EXPECT_EQ(c["message"], "2 possible duplicates exist; your channel manager will review them");
    EXPECT_EQ(d.dump().find("Rival"), std::string::npos);
    EXPECT_EQ(d.dump().find("fleet renewal"), std::string::npos);

    auto cm = app::leads::dealConflicts(db(), kCm, id);
    EXPECT_EQ(cm.total, 2);
    ASSERT_EQ(cm.visible.size(), 1u);
    EXPECT_EQ(cm.visible[0].kind, "Opportunity");
    EXPECT_EQ(cm.visible[0].name, "Kone fleet renewal");
    EXPECT_EQ(cm.hidden, 1);
    EXPECT_FALSE(cm.countOnly);
    auto admin = app::leads::dealConflicts(db(), kAdmin, id);
    EXPECT_EQ(admin.visible.size(), 2u);
    EXPECT_EQ(admin.hidden, 0);
    // Any lead can be checked: the deal itself is now one of the Rival lead's possible duplicates.
    EXPECT_EQ(app::leads::dealConflicts(db(), kCm, rivalLead).total, 2);  // the deal and the open opportunity
}

TEST_F(DealTest, OnlyTheApproverOrAnAdministratorDecides) {
    as(kMaija);
    Id id = registerDeal();
    refusedUnchanged({{"cmd", "ApproveDeal"}, {"leadId", id}});  // not submitted (and Maija is not the approver)
    ok({{"cmd", "SubmitDealForApproval"}, {"leadId", id}});
    refusedUnchanged({{"cmd", "ApproveDeal"}, {"leadId", id}});  // the owner cannot approve her own deal
    as(kVp);  // above the channel manager: reads it, but is not its approver
    EXPECT_NE(refusedUnchanged({{"cmd", "ApproveDeal"}, {"leadId", id}}).message.find("only the approver"), std::string::npos);
    refusedUnchanged({{"cmd", "RejectDeal"}, {"leadId", id}, {"comment", "no"}});
    as(kRep1);
    refusedUnchanged({{"cmd", "ApproveDeal"}, {"leadId", id}});
    as(kAdmin);
    ok({{"cmd", "ApproveDeal"}, {"leadId", id}});
    EXPECT_EQ(status(id), "Approved");
}

TEST_F(DealTest, ApprovalConvertsTheDealIntoAnOpportunityOwnedByThePartner) {
    as(kMaija);
    Id id = registerDeal("Kone Oyj", {{"firstName", "Laura"}, {"amount", 25000}, {"closeDate", "2024-03-31"}});
    ok({{"cmd", "SubmitDealForApproval"}, {"leadId", id}});
    as(kCm);
    json d = ok({{"cmd", "ApproveDeal"}, {"leadId", id}, {"comment", "Go ahead"}});
    Id opp = d.value("opportunityId", Id{0});
    ASSERT_NE(opp, 0);
    const std::string o = " FROM opportunities WHERE id = " + std::to_string(opp);
    EXPECT_EQ(count("SELECT owner_id" + o), kMaija);
    EXPECT_EQ(count("SELECT amount" + o), 25000);
    EXPECT_EQ(text("SELECT close_date" + o), "2024-03-31");
    EXPECT_EQ(count("SELECT a.owner_id FROM accounts a JOIN opportunities o ON o.account_id = a.id WHERE o.id = " + std::to_string(opp)), kCm);
    EXPECT_EQ(status(id), "Approved");
    EXPECT_EQ(text("SELECT approval_comment FROM leads WHERE id = " + std::to_string(id)), "Go ahead");
    EXPECT_EQ(count("SELECT decided_at IS NOT NULL FROM leads WHERE id = " + std::to_string(id)), 1);
    EXPECT_EQ(text("SELECT status FROM leads WHERE id = " + std::to_string(id)), "Closed - Converted");
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'DealRegistration' AND to_user_id = 20 AND subject LIKE '%approved%'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM setup_audit WHERE action LIKE 'Approved deal registration%'"), 1);
    // The partner and those above her read the opportunity; its Partner Account is hers.
    EXPECT_GE(app::opportunityAccess(db(), kMaija, opp), app::Access::Read);
    EXPECT_GE(app::opportunityAccess(db(), kCm, opp), app::Access::Read);
    EXPECT_GE(app::opportunityAccess(db(), kVp, opp), app::Access::Read);
    EXPECT_EQ(app::opportunityAccess(db(), kOther, opp), app::Access::None);
    EXPECT_EQ(app::leads::partnerAccountOf(db(), kMaija), "Nordic Partners Oy");
    EXPECT_EQ(app::leads::partnerAccountOf(db(), kCm), "");
    // Approving again: already approved (and converted).
    refusedUnchanged({{"cmd", "ApproveDeal"}, {"leadId", id}});
}

TEST_F(DealTest, ApprovalUsesAnExistingAccountOfTheSameName) {
    as(kCm);
    Id acct = ok({{"cmd", "CreateAccount"}, {"name", "Kone Oyj"}}).value("accountId", Id{0});
    as(kMaija);
    Id id = registerDeal("  kone OYJ ");
    ok({{"cmd", "SubmitDealForApproval"}, {"leadId", id}});
    as(kCm);
    json d = ok({{"cmd", "ApproveDeal"}, {"leadId", id}});
    EXPECT_EQ(d["accountId"], acct);
    EXPECT_EQ(d["newAccount"], false);
    EXPECT_EQ(count("SELECT count(*) FROM accounts WHERE lower(trim(name)) = 'kone oyj'"), 1);
}

TEST_F(DealTest, RejectNeedsACommentThenThePartnerEditsAndResubmits) {
    as(kMaija);
    Id id = registerDeal();
    ok({{"cmd", "SubmitDealForApproval"}, {"leadId", id}});
    EXPECT_NE(refusedUnchanged({{"cmd", "UpdateDeal"}, {"leadId", id}, {"city", "Espoo"}}).message.find("waiting for approval"),
              std::string::npos);
    as(kCm);
    EXPECT_EQ(refusedUnchanged({{"cmd", "RejectDeal"}, {"leadId", id}, {"comment", "   "}}).field, "comment");
    ok({{"cmd", "RejectDeal"}, {"leadId", id}, {"comment", "Already in our pipeline"}});
    EXPECT_EQ(status(id), "Rejected");
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'DealRegistration' AND to_user_id = 20 AND body LIKE '%Already in our pipeline%'"), 1);
    EXPECT_NE(refusedUnchanged({{"cmd", "ApproveDeal"}, {"leadId", id}}).message.find("rejected"), std::string::npos);
    as(kMaija);
    ok({{"cmd", "UpdateDeal"}, {"leadId", id}, {"city", "Espoo"}, {"amount", 9000}});
    EXPECT_EQ(text("SELECT city FROM leads WHERE id = " + std::to_string(id)), "Espoo");
    EXPECT_EQ(count("SELECT deal_amount FROM leads WHERE id = " + std::to_string(id)), 9000);
    ok({{"cmd", "SubmitDealForApproval"}, {"leadId", id}});
    EXPECT_EQ(status(id), "Submitted");
    EXPECT_EQ(text("SELECT approval_comment FROM leads WHERE id = " + std::to_string(id)), "");
}

TEST_F(DealTest, DealDetailShowsPartnerAccountAndTheButtonsEachViewerMayUse) {
    as(kMaija);
    Id id = registerDeal();
    auto mine = app::leads::dealDetail(db(), kMaija, id);
    ASSERT_TRUE(mine.exists);
    EXPECT_EQ(mine.partnerAccount, "Nordic Partners Oy");
    EXPECT_TRUE(mine.canSubmit);
    EXPECT_FALSE(mine.canDecide);
    EXPECT_FALSE(app::leads::dealDetail(db(), kOther, id).exists);
    ok({{"cmd", "SubmitDealForApproval"}, {"leadId", id}});
    auto cm = app::leads::dealDetail(db(), kCm, id);
    EXPECT_TRUE(cm.canDecide);
    EXPECT_FALSE(cm.canSubmit);
    EXPECT_FALSE(app::leads::dealDetail(db(), kMaija, id).canSubmit);
}

TEST_F(DealTest, PartnerAccountIsTheOwnersPartnerAccountInListsAndPages) {
    as(kMaija);
    Id deal = registerDeal();
    ok({{"cmd", "SubmitDealForApproval"}, {"leadId", deal}});
    as(kAdmin);
    Id internal = lead("Sisäinen", "Wärtsilä");
    app::LeadListQuery q;
    q.sortBy = "partner";
    q.descending = true;  // Nordic Partners Oy before the empty one
    auto page = app::listLeads(db(), kAdmin, q);
    ASSERT_EQ(page.rows.size(), 2u);
    EXPECT_EQ(page.rows[0].id, deal);
    EXPECT_EQ(page.rows[0].partnerAccount, "Nordic Partners Oy");
    EXPECT_TRUE(page.rows[0].dealRegistration);
    EXPECT_EQ(page.rows[1].id, internal);
    EXPECT_EQ(page.rows[1].partnerAccount, "");
    auto detail = app::leadDetail(db(), kAdmin, deal);
    ASSERT_TRUE(detail.has_value());
    EXPECT_EQ(detail->row.partnerAccount, "Nordic Partners Oy");
    EXPECT_EQ(detail->values[static_cast<size_t>(domain::leadFieldIndex("Company"))], std::optional<std::string>("Kone Oyj"));

    as(kCm);
    Id opp = ok({{"cmd", "ApproveDeal"}, {"leadId", deal}}).value("opportunityId", Id{0});
    ok({{"cmd", "CreateOpportunity"}, {"name", "Internal deal"}, {"closeDate", "2024-06-30"}});
    auto opps = app::sales::listOpportunities(db(), kCm);
    ASSERT_EQ(opps.size(), 2u);
    for (const auto& o : opps) EXPECT_EQ(o.partnerAccount, o.id == opp ? "Nordic Partners Oy" : "") << o.name;
    auto od = app::sales::opportunityDetail(db(), kMaija, opp);
    ASSERT_TRUE(od.has_value());
    EXPECT_EQ(od->partnerAccount, "Nordic Partners Oy");
}

}  // namespace
}  // namespace prm::leadtest
