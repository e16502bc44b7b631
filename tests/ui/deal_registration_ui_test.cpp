// Deal registration on screen: the partner submits a deal from its page, the channel manager finds it
// awaiting approval, approves it there, and the opportunity page shows the Partner Account; the partner
// community's navigation and the deal page in Finnish.
#include <gtest/gtest.h>

#include <string>

#include "unit/core_fixture.h"
#include "app/sandbox.h"
#include "imgui_headless.h"
#include "ui/app_ui.h"
#include "ui/strings.h"

using namespace prm;
namespace pt = prm::testing;
using domain::Id;

namespace {

struct DealDriver : prm::testing::UiDriver {
    void show(ui::AppUi& app, ui::AppArea area, ui::Screen s, Id record = 0) {
        app.context().area = area;
        app.context().nav.go(s, record);
        frames(app, 4);
    }
};

}  // namespace

TEST(DealRegistrationUi, PartnerSubmitsChannelManagerApprovesOpportunityShowsPartnerAccount) {
    auto org = pt::makeOrgWithPartner();
    pt::firstLogin(org, org.partnerUserId);
    pt::run(*org.sb, {{"cmd", "LoginAs"}, {"userId", org.partnerUserId}});
    const Id deal = pt::run(*org.sb, {{"cmd", "RegisterDeal"}, {"company", "Kone Oyj"}, {"lastName", "Lahtinen"},
                                      {"amount", 25000}})["leadId"].get<Id>();
    DealDriver h;
    ui::AppUi app(*org.sb, {});

    h.show(app, ui::AppArea::PartnerCommunity, ui::Screen::DealRegistrations);
    EXPECT_TRUE(h.shows("Register a Deal"));
    EXPECT_TRUE(h.shows("Not submitted"));
    h.show(app, ui::AppArea::PartnerCommunity, ui::Screen::DealDetail, deal);
    EXPECT_TRUE(h.shows("Nordic Partners Oy")) << "the deal's Partner Account";
    EXPECT_FALSE(h.shows("Approve")) << "the partner does not decide her own deal";
    ASSERT_TRUE(h.click(app, "Submit for Approval"));
    h.frames(app, 3);
    EXPECT_EQ(org.sb->db().queryText("SELECT approval_status FROM leads WHERE id = " + std::to_string(deal)).value_or(""),
              "Submitted");
    EXPECT_FALSE(h.shows("Submit for Approval")) << "a submitted deal is not submitted twice";

    pt::asAdmin(org);
    pt::run(*org.sb, {{"cmd", "LoginAs"}, {"userId", org.channelManagerId}});
    h.show(app, ui::AppArea::Sales, ui::Screen::DealRegistrations);
    EXPECT_TRUE(h.shows("Awaiting your approval"));
    h.show(app, ui::AppArea::Sales, ui::Screen::DealDetail, deal);
    ASSERT_TRUE(h.click(app, "Approve"));
    h.frames(app, 3);
    const Id opp = org.sb->db().queryInt("SELECT converted_opportunity_id FROM leads WHERE id = " + std::to_string(deal)).value_or(0);
    ASSERT_NE(opp, 0) << "approving converts the deal";
    h.show(app, ui::AppArea::Sales, ui::Screen::OpportunityDetail, opp);
    EXPECT_TRUE(h.shows("Partner Account"));
    EXPECT_TRUE(h.shows("Nordic Partners Oy"));
    EXPECT_TRUE(h.shows("Maija Virtanen")) << "the opportunity stays the partner's";
}

TEST(DealRegistrationUi, TheDealPagesInFinnish) {
    auto org = pt::makeOrgWithPartner();
    pt::firstLogin(org, org.partnerUserId);
    pt::run(*org.sb, {{"cmd", "LoginAs"}, {"userId", org.partnerUserId}});
    const Id deal = pt::run(*org.sb, {{"cmd", "RegisterDeal"}, {"company", "Kone Oyj"}, {"lastName", "Lahtinen"}})["leadId"].get<Id>();
    ui::setLanguage(ui::Language::Finnish);
    {
        DealDriver h;
        ui::AppUi app(*org.sb, {});
        h.show(app, ui::AppArea::PartnerCommunity, ui::Screen::DealRegistrations);
        EXPECT_TRUE(h.shows("Kauppojen rekisteröinnit"));
        EXPECT_TRUE(h.shows("Rekisteröi kauppa"));
        h.show(app, ui::AppArea::PartnerCommunity, ui::Screen::DealDetail, deal);
        EXPECT_TRUE(h.shows("Lähetä hyväksyttäväksi"));
        EXPECT_TRUE(h.shows("Kumppanitili"));
    }
    ui::setLanguage(ui::Language::English);
}
