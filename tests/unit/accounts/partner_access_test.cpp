// Partner super users, the Digital Experiences setting and Disable Partner User / Disable Partner Account
// (issue #20): the commands, their refusals, and what they do to the share table.
#include <gtest/gtest.h>

#include "app/sharing.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using prm::app::json;
using prm::domain::Access;

namespace {

// The partner account of makeOrgWithPartner with four partner users: Pekka (Executive), Kalle (Manager),
// Maija and Liisa (User), each owning one lead and Liisa an opportunity. Hierarchy on; external OWD Private.
struct SuperOrg {
    CoreOrg org = makeOrgWithPartner();
    Id pekka = 0, kalle = 0, maija = 0, liisa = 0;
    Id pekkaLead = 0, kalleLead = 0, maijaLead = 0, liisaLead = 0, liisaOpp = 0;
    Sandbox& sb() { return *org.sb; }
    prm::store::Db& db() { return org.sb->db(); }

    Id partnerUser(const std::string& first, const std::string& last, int level) {
        const Id contact = run(sb(), {{"cmd", "CreateContact"}, {"accountId", org.partnerAccountId}, {"firstName", first},
                                      {"lastName", last}, {"email", first + "@nordicpartners.example"}})["contactId"].get<Id>();
        const Id user = run(sb(), {{"cmd", "EnablePartnerUser"}, {"contactId", contact}})["userId"].get<Id>();
        if (level > 1) run(sb(), {{"cmd", "SetPartnerUserRole"}, {"userId", user}, {"level", level}});
        firstLogin(org, user);  // a partner user owns leads once they have logged in
        return user;
    }
    Id lead(Id owner, const std::string& company) {
        return run(sb(), {{"cmd", "CreateLead"}, {"lastName", "Buyer"}, {"company", company}, {"ownerUserId", owner}})["leadId"]
            .get<Id>();
    }
    SuperOrg() {
        maija = org.partnerUserId;
        firstLogin(org, maija);
        pekka = partnerUser("Pekka", "Salo", 3);
        kalle = partnerUser("Kalle", "Rinne", 2);
        liisa = partnerUser("Liisa", "Koski", 1);
        pekkaLead = lead(pekka, "Pekka Co");
        kalleLead = lead(kalle, "Kalle Co");
        maijaLead = lead(maija, "Maija Co");
        liisaLead = lead(liisa, "Liisa Co");
        liisaOpp = run(sb(), {{"cmd", "CreateOpportunity"}, {"name", "Liisa deal"}, {"closeDate", "2027-01-31"},
                              {"ownerId", liisa}})["opportunityId"].get<Id>();
    }
    Access lead(Id user, Id leadId, int) { return prm::app::leadAccess(db(), user, leadId); }
    void settingOn(bool on) { run(sb(), {{"cmd", "UpdateDigitalExperienceSettings"}, {"partnerSuperUserAccess", on}}); }
};


}  // namespace

TEST(PartnerSuperUsers, AUserLevelSuperUserSeesTheirPeersRecordsButNotTheirManagers) {
    SuperOrg o;
    EXPECT_EQ(o.lead(o.maija, o.liisaLead, 0), Access::None);  // a peer's lead: private without super user access
    o.settingOn(true);
    run(o.sb(), {{"cmd", "EnableSuperUserAccess"}, {"userId", o.maija}});
    EXPECT_EQ(o.lead(o.maija, o.liisaLead, 0), Access::Edit);
    EXPECT_EQ(prm::app::opportunityAccess(o.db(), o.maija, o.liisaOpp), Access::Edit);
    EXPECT_EQ(o.lead(o.maija, o.kalleLead, 0), Access::None);  // the Manager role is above hers
    EXPECT_EQ(o.lead(o.maija, o.pekkaLead, 0), Access::None);
    EXPECT_EQ(o.lead(o.liisa, o.maijaLead, 0), Access::None);  // the grant is Maija's, not Liisa's
    EXPECT_EQ(o.db().queryInt("SELECT count(*) FROM lead_shares WHERE row_cause = 'SuperUser' AND user_id = ?", o.maija).value_or(-1),
              1);
}

TEST(PartnerSuperUsers, WithoutTheHierarchyAnExecutiveSuperUserSeesTheRolesBelow) {
    SuperOrg o;
    run(o.sb(), {{"cmd", "UpdateOrgSettings"}, {"grantAccessUsingHierarchies", false}});
    EXPECT_EQ(o.lead(o.pekka, o.maijaLead, 0), Access::None);
    o.settingOn(true);
    run(o.sb(), {{"cmd", "EnableSuperUserAccess"}, {"userId", o.pekka}});
    run(o.sb(), {{"cmd", "EnableSuperUserAccess"}, {"userId", o.kalle}});
    for (Id l : {o.kalleLead, o.maijaLead, o.liisaLead}) EXPECT_EQ(o.lead(o.pekka, l, 0), Access::Edit);
    EXPECT_EQ(o.lead(o.kalle, o.maijaLead, 0), Access::Edit);
    EXPECT_EQ(o.lead(o.kalle, o.pekkaLead, 0), Access::None);  // a Manager super user: own role and below only
    EXPECT_EQ(prm::app::opportunityAccess(o.db(), o.pekka, o.liisaOpp), Access::Edit);
}

TEST(PartnerSuperUsers, TurningTheSettingOffKeepsTheGrantsForWhenItIsTurnedOnAgain) {
    SuperOrg o;
    o.settingOn(true);
    run(o.sb(), {{"cmd", "EnableSuperUserAccess"}, {"userId", o.maija}});
    CommandResult off = o.sb().execute({{"cmd", "UpdateDigitalExperienceSettings"}, {"partnerSuperUserAccess", false}});
    ASSERT_TRUE(off.ok) << off.message;
    EXPECT_NE(off.message.find("1 super user keeps the grant"), std::string::npos) << off.message;
    EXPECT_EQ(o.lead(o.maija, o.liisaLead, 0), Access::None);
    CommandResult on = o.sb().execute({{"cmd", "UpdateDigitalExperienceSettings"}, {"partnerSuperUserAccess", true}});
    ASSERT_TRUE(on.ok) << on.message;
    EXPECT_NE(on.message.find("1 earlier grant works again"), std::string::npos) << on.message;
    EXPECT_EQ(o.lead(o.maija, o.liisaLead, 0), Access::Edit);
    run(o.sb(), {{"cmd", "DisableSuperUserAccess"}, {"userId", o.maija}});
    EXPECT_EQ(o.lead(o.maija, o.liisaLead, 0), Access::None);
    // Audited as setup changes: the setting three times, the grant twice.
    EXPECT_EQ(o.db().queryInt("SELECT count(*) FROM setup_audit WHERE action LIKE '%super user access%'").value_or(0), 5);
}

TEST(PartnerSuperUsers, GrantingIsRefusedWhileTheSettingIsOffForInternalUsersAndForPartners) {
    SuperOrg o;
    auto r = refusedUnchanged(o.sb(), {{"cmd", "EnableSuperUserAccess"}, {"userId", o.maija}});
    EXPECT_NE(r.message.find("Enable Partner Super User Access"), std::string::npos) << r.message;
    o.settingOn(true);
    r = refusedUnchanged(o.sb(), {{"cmd", "EnableSuperUserAccess"}, {"userId", o.org.channelManagerId}});
    EXPECT_NE(r.message.find("internal user"), std::string::npos) << r.message;
    r = refusedUnchanged(o.sb(), {{"cmd", "EnableSuperUserAccess"}, {"userId", 9999}});
    EXPECT_EQ(r.field, "userId");
    run(o.sb(), {{"cmd", "DeactivateUser"}, {"userId", o.liisa}});
    r = refusedUnchanged(o.sb(), {{"cmd", "EnableSuperUserAccess"}, {"userId", o.liisa}});
    EXPECT_NE(r.message.find("inactive"), std::string::npos) << r.message;
    // A super user cannot grant it to others: the command is an administrator's.
    run(o.sb(), {{"cmd", "EnableSuperUserAccess"}, {"userId", o.pekka}});
    ASSERT_TRUE(logIn(o.sb(), "Pekka@nordicpartners.example", kNewPassword).ok);
    EXPECT_NE(refusedUnchanged(o.sb(), {{"cmd", "EnableSuperUserAccess"}, {"userId", o.kalle}}).message, "");
}

TEST(DisablePartnerUser, IsPermanentAndTheirRecordsStopRollingUp) {
    SuperOrg o;
    EXPECT_EQ(o.lead(o.pekka, o.liisaLead, 0), Access::Edit);  // the Executive, above Liisa
    run(o.sb(), {{"cmd", "AddPublicGroupMember"}, {"groupId", run(o.sb(), {{"cmd", "CreatePublicGroup"}, {"name", "Resellers"}})["groupId"]},
                 {"userId", o.liisa}});
    CommandResult r = o.sb().execute({{"cmd", "DisablePartnerUser"}, {"userId", o.liisa}});
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_NE(r.message.find("for good"), std::string::npos) << r.message;
    auto u = o.db().prepare("SELECT is_active, contact_id IS NULL, role_id IS NULL FROM users WHERE id = ?");
    u.bind(1, o.liisa);
    ASSERT_TRUE(u.step());
    EXPECT_EQ(u.getInt(0), 0);
    EXPECT_EQ(u.getInt(1), 1);
    EXPECT_EQ(u.getInt(2), 1);
    EXPECT_EQ(o.db().queryInt("SELECT count(*) FROM public_group_members WHERE user_id = ?", o.liisa).value_or(-1), 0);
    EXPECT_EQ(o.lead(o.pekka, o.liisaLead, 0), Access::None);  // no longer rolls up to the Executive
    // Again: refused, nothing changes; an internal user: refused.
    auto again = refusedUnchanged(o.sb(), {{"cmd", "DisablePartnerUser"}, {"userId", o.liisa}});
    EXPECT_NE(again.message.find("already disabled"), std::string::npos) << again.message;
    EXPECT_NE(refusedUnchanged(o.sb(), {{"cmd", "DisablePartnerUser"}, {"userId", o.org.channelManagerId}}).message, "");
}

TEST(DisablePartnerAccount, DisablesEveryUserForGoodAndTakesThemOutOfGroupsAndSuperUserAccess) {
    SuperOrg o;
    o.settingOn(true);
    run(o.sb(), {{"cmd", "EnableSuperUserAccess"}, {"userId", o.maija}});
    const Id group = run(o.sb(), {{"cmd", "CreatePublicGroup"}, {"name", "Resellers"}})["groupId"].get<Id>();
    run(o.sb(), {{"cmd", "AddPublicGroupMember"}, {"groupId", group}, {"userId", o.kalle}});
    CommandResult r = o.sb().execute({{"cmd", "DisableAsPartner"}, {"accountId", o.org.partnerAccountId}});
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_NE(r.message.find("4 partner users were deactivated"), std::string::npos) << r.message;
    EXPECT_EQ(o.db().queryInt("SELECT count(*) FROM users WHERE account_id = ? AND (is_active = 1 OR is_super_user = 1 "
                              "OR contact_id IS NOT NULL)",
                              o.org.partnerAccountId)
                  .value_or(-1),
              0);
    EXPECT_EQ(o.db().queryInt("SELECT count(*) FROM public_group_members WHERE group_id = ?", group).value_or(-1), 0);
    EXPECT_EQ(o.db().queryInt("SELECT count(*) FROM roles WHERE partner_account_id = ?", o.org.partnerAccountId).value_or(-1), 0);
    EXPECT_EQ(o.db().queryInt("SELECT count(*) FROM lead_shares WHERE row_cause = 'SuperUser'").value_or(-1), 0);
}
