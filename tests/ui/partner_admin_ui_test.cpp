// Log in to Experience as User from the contact's Manage External User menu (banner, Log Out back to the
// administrator) and a delegated admin's Account Management → Members, driven by clicks on the real widgets.
#include <gtest/gtest.h>

#include <string>

#include "unit/core_fixture.h"
#include "app/sandbox.h"
#include "imgui.h"
#include "imgui_headless.h"
#include "ui/app_ui.h"

using namespace prm;
namespace pt = prm::testing;
using domain::Id;
using ui::Screen;

TEST(PartnerAdminUi, LogInToExperienceFromTheContactShowsTheBannerAndLogOutReturns) {
    auto org = pt::makeOrgWithPartner();
    pt::UiDriver h;
    ui::AppUi app(*org, {});
    h.frames(app, 3);
    app.context().nav.go(Screen::ContactDetail, org.partnerContactId);
    h.frames(app, 3);
    ASSERT_TRUE(h.click(app, "Manage External User  \u25BC"));
    ASSERT_TRUE(h.click(app, "Log in to Experience as User"));
    EXPECT_EQ(org->currentUser(), org.partnerUserId);
    EXPECT_EQ(app.context().nav.screen, Screen::PartnerHome);
    EXPECT_TRUE(h.shows("Logged in as Maija Virtanen (Nordic Partners Oy) — Log out to return to Sanna Lehtonen"));
    // The administrator is not asked to choose the partner's new password: the community is open to them.
    EXPECT_TRUE(h.shows("Welcome, maija.virtanen!"));  // the nickname
    EXPECT_TRUE(h.shows("Lead Inbox"));
    ASSERT_TRUE(h.click(app, "Log Out"));
    EXPECT_EQ(org->currentUser(), org.adminId);
    EXPECT_NE(app.context().nav.screen, Screen::Login);
    EXPECT_FALSE(h.showsPart("Log out to return to"));
}

TEST(PartnerAdminUi, ADelegatedAdminDeactivatesAndActivatesAMember) {
    auto org = pt::makeOrgWithPartner();
    app::Sandbox& sb = *org;
    Id c = pt::run(sb, {{"cmd", "CreateContact"}, {"accountId", org.partnerAccountId}, {"firstName", "Ville"},
                        {"lastName", "Laine"}, {"email", "ville.laine@nordicpartners.example"}})["contactId"].get<Id>();
    Id ville = pt::run(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", c}})["userId"].get<Id>();
    pt::UiDriver h;
    ui::AppUi app(*org, {});
    // The administrator grants it on the partner user's page.
    app.context().nav.go(Screen::UserDetail, org.partnerUserId);
    h.frames(app, 3);
    ASSERT_TRUE(h.click(app, "Delegated External User Administration"));
    EXPECT_EQ(sb.db().queryInt("SELECT is_delegated_admin FROM users WHERE id = ?", org.partnerUserId), 1);

    pt::firstLogin(org, org.partnerUserId);
    ASSERT_TRUE(pt::logIn(sb, org.partnerUsername, pt::kNewPassword).ok);
    h.frames(app, 3);
    ASSERT_TRUE(h.click(app, "Account Management"));
    EXPECT_EQ(app.context().nav.screen, Screen::AccountMembers);
    EXPECT_TRUE(h.shows("Ville Laine"));
    // Rows by name: Laine first, then Virtanen (who may not deactivate herself).
    ASSERT_TRUE(h.click(app, "Deactivate", 0));
    EXPECT_EQ(sb.db().queryInt("SELECT is_active FROM users WHERE id = ?", ville), 0);
    ASSERT_TRUE(h.click(app, "Activate", 0));
    EXPECT_EQ(sb.db().queryInt("SELECT is_active FROM users WHERE id = ?", ville), 1);
}
