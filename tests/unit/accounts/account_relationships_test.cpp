// Account relationships (issue #20): Enable Account Relationships (irreversible, needs PRM), relationships and
// account relationship data sharing rules, and the access they give: the document's distributor sees its
// reseller's opportunities.
#include <gtest/gtest.h>

#include "app/accounts/partner_access.h"
#include "app/sharing.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using prm::app::json;
using prm::domain::Access;

namespace {

// Nordic Partners Oy (the reseller, Maija's account) and Baltic Distribution AS (the distributor, Jonas).
struct DistributorOrg {
    CoreOrg org = makeOrgWithPartner();
    Id distributor = 0, jonas = 0, opp = 0, lead = 0;
    Sandbox& sb() { return *org.sb; }
    prm::store::Db& db() { return org.sb->db(); }
    DistributorOrg() {
        distributor = run(sb(), {{"cmd", "CreateAccount"}, {"name", "Baltic Distribution AS"}, {"ownerId", org.channelManagerId}})
                          ["accountId"].get<Id>();
        run(sb(), {{"cmd", "EnableAsPartner"}, {"accountId", distributor}});
        const Id contact = run(sb(), {{"cmd", "CreateContact"}, {"accountId", distributor}, {"firstName", "Jonas"},
                                      {"lastName", "Berg"}, {"email", "jonas@baltic.example"}})["contactId"].get<Id>();
        jonas = run(sb(), {{"cmd", "EnablePartnerUser"}, {"contactId", contact}})["userId"].get<Id>();
        firstLogin(org, jonas);
        firstLogin(org, org.partnerUserId);
        opp = run(sb(), {{"cmd", "CreateOpportunity"}, {"name", "Reseller deal"}, {"closeDate", "2027-03-31"},
                         {"ownerId", org.partnerUserId}})["opportunityId"].get<Id>();
        lead = run(sb(), {{"cmd", "CreateLead"}, {"lastName", "Buyer"}, {"company", "Kauppa Oy"},
                          {"ownerUserId", org.partnerUserId}})["leadId"].get<Id>();
    }
    void enable() { run(sb(), {{"cmd", "UpdateDigitalExperienceSettings"}, {"accountRelationships", true}}); }
};


}  // namespace

TEST(AccountRelationships, TheDistributorSeesItsResellersOpportunitiesThroughARule) {
    DistributorOrg o;
    EXPECT_EQ(prm::app::opportunityAccess(o.db(), o.jonas, o.opp), Access::None);
    o.enable();
    run(o.sb(), {{"cmd", "CreateAccountRelationship"}, {"accountFromId", o.distributor}, {"accountToId", o.org.partnerAccountId},
                 {"type", "Distributor"}});
    EXPECT_EQ(prm::app::opportunityAccess(o.db(), o.jonas, o.opp), Access::None);  // no rule yet
    CommandResult r = o.sb().execute({{"cmd", "CreateAccountRelationshipShareRule"}, {"name", "Resellers' pipeline"},
                                      {"object", "Opportunity"}, {"relationshipType", "distributor"}});
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_NE(r.message.find("applies to 1 account relationship of type Distributor"), std::string::npos) << r.message;
    EXPECT_EQ(prm::app::opportunityAccess(o.db(), o.jonas, o.opp), Access::Read);
    EXPECT_EQ(prm::app::leadAccess(o.db(), o.jonas, o.lead), Access::None);  // the rule is for opportunities only
    // The other way round gives Maija nothing of Jonas's.
    const Id jonasOpp = run(o.sb(), {{"cmd", "CreateOpportunity"}, {"name", "Distributor deal"}, {"closeDate", "2027-03-31"},
                                     {"ownerId", o.jonas}})["opportunityId"].get<Id>();
    EXPECT_EQ(prm::app::opportunityAccess(o.db(), o.org.partnerUserId, jonasOpp), Access::None);
    // A lead rule with Edit.
    run(o.sb(), {{"cmd", "CreateAccountRelationshipShareRule"}, {"name", "Resellers' leads"}, {"object", "Lead"},
                 {"relationshipType", "Distributor"}, {"access", "Edit"}});
    EXPECT_EQ(prm::app::leadAccess(o.db(), o.jonas, o.lead), Access::Edit);
    // Deleting the relationship takes the access away.
    const Id rel = prm::app::accounts::accountRelationships(o.db(), o.distributor).at(0).id;
    run(o.sb(), {{"cmd", "DeleteAccountRelationship"}, {"relationshipId", rel}});
    EXPECT_EQ(prm::app::opportunityAccess(o.db(), o.jonas, o.opp), Access::None);
    EXPECT_EQ(prm::app::leadAccess(o.db(), o.jonas, o.lead), Access::None);
}

TEST(AccountRelationships, TheSettingIsIrreversibleAndNeedsPrm) {
    auto plain = makeOrg();
    auto r = refusedUnchanged(*plain, {{"cmd", "UpdateDigitalExperienceSettings"}, {"accountRelationships", true}});
    EXPECT_NE(r.message.find("enable PRM first"), std::string::npos) << r.message;
    DistributorOrg o;
    r = refusedUnchanged(o.sb(), {{"cmd", "CreateAccountRelationship"}, {"accountFromId", o.distributor},
                                  {"accountToId", o.org.partnerAccountId}, {"type", "Distributor"}});
    EXPECT_NE(r.message.find("Enable Account Relationships"), std::string::npos) << r.message;
    o.enable();
    EXPECT_TRUE(prm::app::accounts::accountRelationshipsEnabled(o.db()));
    r = refusedUnchanged(o.sb(), {{"cmd", "UpdateDigitalExperienceSettings"}, {"accountRelationships", false}});
    EXPECT_NE(r.message.find("cannot be turned off"), std::string::npos) << r.message;
    EXPECT_EQ(o.db().queryInt("SELECT count(*) FROM setup_audit WHERE action LIKE 'Enabled Account Relationships%'").value_or(0), 1);
}

TEST(AccountRelationships, BadRelationshipsAndRulesAreRefusedNamingTheField) {
    DistributorOrg o;
    o.enable();
    auto r = refusedUnchanged(o.sb(), {{"cmd", "CreateAccountRelationship"}, {"accountFromId", o.distributor},
                                       {"accountToId", o.distributor}, {"type", "Distributor"}});
    EXPECT_EQ(r.field, "accountToId");
    r = refusedUnchanged(o.sb(), {{"cmd", "CreateAccountRelationship"}, {"accountFromId", 999}, {"accountToId", o.distributor},
                                  {"type", "Distributor"}});
    EXPECT_EQ(r.field, "accountFromId");
    r = refusedUnchanged(o.sb(), {{"cmd", "CreateAccountRelationship"}, {"accountFromId", o.distributor},
                                  {"accountToId", o.org.partnerAccountId}, {"type", "  "}});
    EXPECT_EQ(r.field, "type");
    run(o.sb(), {{"cmd", "CreateAccountRelationship"}, {"accountFromId", o.distributor}, {"accountToId", o.org.partnerAccountId},
                 {"type", "Distributor"}});
    r = refusedUnchanged(o.sb(), {{"cmd", "CreateAccountRelationship"}, {"accountFromId", o.distributor},
                                  {"accountToId", o.org.partnerAccountId}, {"type", "DISTRIBUTOR"}});
    EXPECT_NE(r.message.find("already has"), std::string::npos) << r.message;
    r = refusedUnchanged(o.sb(), {{"cmd", "CreateAccountRelationshipShareRule"}, {"name", "x"}, {"object", "Case"},
                                  {"relationshipType", "Distributor"}});
    EXPECT_EQ(r.field, "object");
    r = refusedUnchanged(o.sb(), {{"cmd", "CreateAccountRelationshipShareRule"}, {"name", "x"}, {"object", "Lead"},
                                  {"relationshipType", "Distributor"}, {"accountField", "Account"}});
    EXPECT_EQ(r.field, "accountField");
    r = refusedUnchanged(o.sb(), {{"cmd", "CreateAccountRelationshipShareRule"}, {"name", "x"}, {"object", "Lead"},
                                  {"relationshipType", "Distributor"}, {"access", "All"}});
    EXPECT_EQ(r.field, "access");
    r = refusedUnchanged(o.sb(), {{"cmd", "DeleteAccountRelationshipShareRule"}, {"ruleId", 42}});
    EXPECT_EQ(r.field, "ruleId");
}
