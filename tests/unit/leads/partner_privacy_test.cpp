// Partners learn nothing about other partners: for a partner user, a lead (or user) out of sight is
// refused with the same bytes as an id that names nothing, and the owner picker lists only the users
// the share model lets them see.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/data/data_export.h"
#include "app/leads/queries_leads.h"
#include "app/sharing.h"
#include "unit/leads_fixture.h"

using namespace prm::leadtest;
using prm::app::json;

namespace {

constexpr Id kOlli = 30;  // partner user of another partner account, Aurora Partners Oy

class PartnerPrivacyTest : public LeadsTest {
protected:
    void SetUp() override {
        LeadsTest::SetUp();
        // A second partner account with one eligible partner user, below the same channel manager.
        ASSERT_TRUE(db().exec(R"SQL(
INSERT INTO accounts(id, name, owner_id, is_partner, created_at) VALUES (2, 'Aurora Partners Oy', 4, 1, 0);
INSERT INTO roles(id, name, parent_id, partner_account_id, partner_level) VALUES (8, 'Aurora Partners Oy Partner User', 3, 2, 1);
INSERT INTO contacts(id, account_id, first_name, last_name, owner_id, created_at) VALUES (30, 2, 'Olli', 'Outsider', 4, 0);
INSERT INTO users(id, username, first_name, last_name, email, profile_id, role_id, is_active, last_login_at, contact_id, account_id, created_at)
  VALUES (30, 'olli@aurora.example', 'Olli', 'Outsider', 'olli@aurora.example', 3, 8, 1, 5, 30, 2, 0);
)SQL").ok()) << db().errorMessage();
        ASSERT_TRUE(prm::app::rebuildRoleAncestors(db()).ok());
        m_auroraQueue = ok({{"cmd", "CreateQueue"}, {"name", "Aurora Inbound"}, {"members", json::array({{{"userId", kOlli}}})}})
                            ["queueId"].get<Id>();
        m_nordicQueue = ok({{"cmd", "CreateQueue"}, {"name", "Nordic Inbound"}, {"members", json::array({{{"userId", kMaija}}})}})
                            ["queueId"].get<Id>();
        ok({{"cmd", "CreateAssignmentRule"}, {"name", "Everything to Rita"}, {"active", true}});
        lead("Oma", "Maijan Firma Oy", {{"ownerUserId", kMaija}});
        lead("Kuusela", "Salainen Aurora Oy", {{"ownerUserId", kOlli}});
        lead("Sisainen", "Ritan Asiakas Oy", {{"ownerUserId", kRep1}});
        lead("Jonossa", "Auroran Jono Oy", {{"ownerQueueId", m_auroraQueue}});
        lead("Nordic", "Nordic Jono Oy", {{"ownerQueueId", m_nordicQueue}});
        // Pekka (her colleague, never logged in) cannot be given leads by command: his lead is written directly.
        const Id pekan = lead("Pekan", "Pekan Asiakas Oy");
        ASSERT_TRUE(db().exec("UPDATE leads SET owner_user_id = 21 WHERE id = " + std::to_string(pekan)).ok());
        ASSERT_TRUE(prm::app::recalcAllLeadShares(db()).ok());
        as(kMaija);
    }

    // The commands a partner user may issue about one lead.
    std::vector<json> leadCommands(Id leadId) const {
        return {
            {{"cmd", "UpdateLead"}, {"leadId", leadId}, {"city", "Oulu"}},
            {{"cmd", "DeleteLead"}, {"leadId", leadId}},
            {{"cmd", "ChangeLeadOwner"}, {"leadId", leadId}, {"ownerType", "PartnerUser"}, {"ownerId", kMaija}},
            {{"cmd", "AcceptLead"}, {"leadId", leadId}},
            {{"cmd", "ReturnLeadToQueue"}, {"leadId", leadId}, {"queueId", m_nordicQueue}},
            {{"cmd", "ShareLeadManually"}, {"leadId", leadId}, {"userId", kPekka}},
            {{"cmd", "RemoveManualShare"}, {"leadId", leadId}, {"userId", kPekka}},
            {{"cmd", "MassChangeOwner"}, {"leadIds", {leadId}}, {"ownerType", "PartnerUser"}, {"ownerId", kMaija}},
            {{"cmd", "RunAssignmentRules"}, {"leadIds", {leadId}}},
        };
    }

    // Words that would tell Maija about a lead she cannot see, or about the other partner account.
    std::vector<std::string> secretsOf(Id leadId) {
        auto s = db().prepare(
            "SELECT l.number, l.last_name, l.company, coalesce(q.name, u.first_name || ' ' || u.last_name) "
            "FROM leads l LEFT JOIN users u ON u.id = l.owner_user_id LEFT JOIN queues q ON q.id = l.owner_queue_id "
            "WHERE l.id = ?");
        s.bind(1, leadId);
        EXPECT_TRUE(s.step());
        return {s.getText(0), s.getText(1), s.getText(2), s.getText(3), "Aurora", "Olli", "Outsider"};
    }

    Id m_auroraQueue = 0, m_nordicQueue = 0;
};

}  // namespace

TEST_F(PartnerPrivacyTest, ALeadOutOfSightIsRefusedExactlyAsAMissingOne) {
    const Id missing = count("SELECT max(id) FROM leads") + 1000;
    std::vector<std::string> missingWords;
    for (const json& cmd : leadCommands(missing)) missingWords.push_back(refusedUnchanged(cmd).message);
    EXPECT_EQ(missingWords[0], "no such lead, or you cannot see it; pick one from Sales → Leads");

    std::vector<Id> ids;
    for (auto s = db().prepare("SELECT id FROM leads ORDER BY id"); s.step();) ids.push_back(s.getInt(0));
    int unseen = 0;
    for (Id id : ids) {
        if (prm::app::canRead(db(), kMaija, id)) continue;
        ++unseen;
        const auto secrets = secretsOf(id);
        const auto cmds = leadCommands(id);
        for (size_t i = 0; i < cmds.size(); ++i) {
            const std::string msg = refusedUnchanged(cmds[i]).message;
            EXPECT_EQ(msg, missingWords[i]) << cmds[i].dump();
            for (const auto& word : secrets) EXPECT_EQ(msg.find(word), std::string::npos) << word << " in: " << msg;
        }
    }
    EXPECT_EQ(unseen, 4) << "Olli's lead, Rita's lead, the Aurora queue's lead and Pekka's lead are out of Maija's sight";
    // A lead she can see still gets the specific refusal (she cannot delete a queue's lead).
    const Id nordic = count("SELECT id FROM leads WHERE last_name = 'Nordic'");
    EXPECT_NE(refusedUnchanged({{"cmd", "DeleteLead"}, {"leadId", nordic}}).message, missingWords[1]);
}

TEST_F(PartnerPrivacyTest, AUserOfAnotherPartnerAccountIsRefusedExactlyAsAMissingOne) {
    const Id own = count("SELECT id FROM leads WHERE last_name = 'Oma'");
    auto owners = [&](Id user) {
        return std::vector<json>{
            {{"cmd", "ChangeLeadOwner"}, {"leadId", own}, {"ownerType", "PartnerUser"}, {"ownerId", user}},
            {{"cmd", "CreateLead"}, {"lastName", "Uusi"}, {"company", "Uusi Oy"}, {"ownerUserId", user}},
            {{"cmd", "ShareLeadManually"}, {"leadId", own}, {"userId", user}},
        };
    };
    const auto missingCmds = owners(999);
    const auto olliCmds = owners(kOlli);
    for (size_t i = 0; i < missingCmds.size(); ++i) {
        const std::string gone = refusedUnchanged(missingCmds[i]).message;
        const std::string other = refusedUnchanged(olliCmds[i]).message;
        EXPECT_EQ(other, gone) << olliCmds[i].dump();
        EXPECT_EQ(other.find("Olli"), std::string::npos) << other;
        EXPECT_EQ(other.find("Aurora"), std::string::npos) << other;
    }
    // Her own account's users are in sight: their problems are named as before.
    const std::string liisa =
        refusedUnchanged({{"cmd", "ChangeLeadOwner"}, {"leadId", own}, {"ownerType", "PartnerUser"}, {"ownerId", kLiisa}}).message;
    EXPECT_NE(liisa.find("Liisa Laine"), std::string::npos) << liisa;
}

TEST_F(PartnerPrivacyTest, TheOwnerPickerShowsAPartnerOnlyTheirOwnAccountsPartnerUsers) {
    auto partners = prm::app::ownerCandidates(db(), kMaija, "PartnerUser", "");
    std::vector<Id> all;
    for (const auto& c : partners.eligible) all.push_back(c.id);
    for (const auto& c : partners.hidden) all.push_back(c.id);
    EXPECT_EQ(std::count(all.begin(), all.end(), kOlli), 0);
    for (const auto& c : partners.eligible) EXPECT_EQ(c.account, "Nordic Partners Oy") << c.name;
    for (const auto& c : partners.hidden) EXPECT_EQ(c.account, "Nordic Partners Oy") << c.name;
    EXPECT_EQ(std::count(all.begin(), all.end(), kMaija), 1);
    EXPECT_EQ(std::count(all.begin(), all.end(), kLiisa), 1);  // her own colleague, hidden with the reason
    // Searching for the other account finds nothing, not even "1 partner user is not shown".
    auto aurora = prm::app::ownerCandidates(db(), kMaija, "PartnerUser", "aurora");
    EXPECT_TRUE(aurora.eligible.empty());
    EXPECT_TRUE(aurora.hidden.empty());
    // Internal users stay in the User list; the administrator still sees every partner user.
    EXPECT_FALSE(prm::app::ownerCandidates(db(), kMaija, "User", "").eligible.empty());
    auto admin = prm::app::ownerCandidates(db(), kAdmin, "PartnerUser", "aurora");
    ASSERT_EQ(admin.eligible.size(), 1u);
    EXPECT_EQ(admin.eligible[0].id, kOlli);
}

TEST_F(PartnerPrivacyTest, WhyThisOwnerAndTheShareRowsNameNoOtherPartner) {
    // The administrator moves Olli's lead to Maija and shares it back with Olli.
    const Id moved = count("SELECT id FROM leads WHERE last_name = 'Kuusela'");
    as(kAdmin);
    ok({{"cmd", "ChangeLeadOwner"}, {"leadId", moved}, {"ownerType", "PartnerUser"}, {"ownerId", kMaija}});
    ok({{"cmd", "ShareLeadManually"}, {"leadId", moved}, {"userId", kOlli}});
    const auto adminWhy = prm::app::explainOwner(db(), moved, kAdmin);
    EXPECT_NE(adminWhy.summary.find("Olli Outsider"), std::string::npos) << adminWhy.summary;

    const auto why = prm::app::explainOwner(db(), moved, kMaija);
    EXPECT_EQ(why.summary.find("Olli"), std::string::npos) << why.summary;
    EXPECT_NE(why.summary.find("Maija Virtanen"), std::string::npos) << why.summary;
    for (const auto& d : why.details) EXPECT_EQ(d.find("Olli"), std::string::npos) << d;

    bool olliRow = false;
    for (const auto& r : prm::app::leadShareRows(db(), moved, kAdmin)) olliRow = olliRow || r.userId == kOlli;
    EXPECT_TRUE(olliRow);
    for (const auto& r : prm::app::leadShareRows(db(), moved, kMaija)) EXPECT_NE(r.userId, kOlli) << r.userName;
}

TEST_F(PartnerPrivacyTest, TheLeadDetailTraceNamesNoOtherPartner) {
    const Id moved = count("SELECT id FROM leads WHERE last_name = 'Kuusela'");
    as(kAdmin);
    ok({{"cmd", "ChangeLeadOwner"}, {"leadId", moved}, {"ownerType", "PartnerUser"}, {"ownerId", kMaija}});
    const auto adminView = prm::app::leadDetail(db(), kAdmin, moved);
    ASSERT_TRUE(adminView);
    EXPECT_NE(adminView->trace.find("Olli"), std::string::npos) << adminView->trace;
    const auto hers = prm::app::leadDetail(db(), kMaija, moved);
    ASSERT_TRUE(hers);
    EXPECT_EQ(hers->trace.find("Olli"), std::string::npos) << hers->trace;
}

// An import's OwnerId is looked up among the users the importer may see: another partner account's
// username gets the same row error as a username nobody has.
TEST_F(PartnerPrivacyTest, AnImportNamingAnotherPartnersUserIsRefusedAsAMissingUser) {
    auto importAs = [&](const std::string& owner) {
        json rows = json::array({{{"LastName", "Tuotu"}, {"Company", "Tuonti Oy"}, {"OwnerId", owner}}});
        std::string msg = refusedUnchanged({{"cmd", "ImportRecords"}, {"object", "Lead"}, {"rows", rows}}).message;
        for (auto p = msg.find(owner); p != std::string::npos; p = msg.find(owner)) msg.replace(p, owner.size(), "<owner>");
        return msg;
    };
    const std::string gone = importAs("nobody@nowhere.example");
    EXPECT_NE(gone.find("there is no user with the username or id '<owner>'"), std::string::npos) << gone;
    EXPECT_EQ(importAs("olli@aurora.example"), gone);
    EXPECT_EQ(importAs(std::to_string(kOlli)), importAs("999"));
    // Her own account's user is found as before.
    ok({{"cmd", "ImportRecords"}, {"object", "Lead"},
        {"rows", json::array({{{"LastName", "Tuotu"}, {"Company", "Tuonti Oy"}, {"OwnerId", std::to_string(kMaija)}}})}});
}

// The user export follows the same rule as the picker: no user of another partner account.
TEST_F(PartnerPrivacyTest, TheUserExportListsNoOtherPartnersUsers) {
    auto users = prm::app::data_export::exportList(db(), "User", kMaija);
    ASSERT_TRUE(users.ok()) << users.message();
    EXPECT_EQ(users.value().content.find("olli@aurora.example"), std::string::npos) << users.value().content;
    EXPECT_NE(users.value().content.find("Liisa"), std::string::npos) << "her own account's colleague is listed";
}
