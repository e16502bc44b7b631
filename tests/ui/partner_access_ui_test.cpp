// Partner super users and Disable Partner User, driven by clicks on the real widgets: Setup > Digital
// Experiences > Settings turns on Enable Partner Super User Access; the contact's Manage External User menu
// then offers Enable Super User Access (and, once granted, Disable Partner Super Access); Disable Partner
// User asks first and does nothing when cancelled.
#include <gtest/gtest.h>

#include "app/accounts/partner_access.h"
#include "app/sandbox.h"
#include "imgui.h"
#include "imgui_headless.h"
#include "ui/app_ui.h"
#include "unit/core_fixture.h"

using prm::domain::Id;

using namespace prm;
namespace pt = prm::testing;
using ui::AppArea;
using ui::Screen;

namespace {
void closePopup(pt::UiDriver& h, ui::AppUi& app) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[ImGuiKey_Escape] = true;
    h.frames(app, 1);
    io.KeysDown[ImGuiKey_Escape] = false;
    h.frames(app, 2);
}
}  // namespace

TEST(PartnerAccessUi, TheSettingPageTurnsOnSuperUsersAndTheContactMenuGrantsIt) {
    auto org = pt::makeOrgWithPartner();
    pt::UiDriver h;
    ui::AppUi app(*org, {});
    auto& ui = app.context();
    auto& db = org->db();
    h.frames(app, 3);

    // Before the setting, the menu has no super user item.
    ui.area = AppArea::Sales;
    ui.nav.go(Screen::ContactDetail, org.partnerContactId);
    ASSERT_TRUE(h.click(app, "Manage External User  \u25BC"));
    EXPECT_TRUE(h.shows("Disable Partner User"));
    EXPECT_FALSE(h.shows("Enable Super User Access"));
    closePopup(h, app);

    // Setup > Digital Experiences (open beside All Communities) > Settings.
    ui.area = AppArea::Setup;
    ui.nav.go(Screen::Communities);
    ASSERT_TRUE(h.click(app, "Settings"));
    ASSERT_EQ(ui.nav.screen, Screen::ExperienceSettings);
    ASSERT_TRUE(h.click(app, "Edit"));
    ASSERT_TRUE(h.click(app, "Enable Partner Super User Access"));
    ASSERT_TRUE(h.click(app, "Save"));
    EXPECT_TRUE(app::accounts::superUserAccessEnabled(db));

    ui.area = AppArea::Sales;
    ui.nav.go(Screen::ContactDetail, org.partnerContactId);
    ASSERT_TRUE(h.click(app, "Manage External User  \u25BC"));
    ASSERT_TRUE(h.click(app, "Enable Super User Access"));
    EXPECT_TRUE(app::accounts::isSuperUser(db, org.partnerUserId));
    EXPECT_TRUE(h.shows("Super User Access"));
    ASSERT_TRUE(h.click(app, "Manage External User  \u25BC"));
    EXPECT_TRUE(h.shows("Disable Partner Super Access"));
    EXPECT_FALSE(h.shows("Enable Super User Access"));

    // Disable Partner User asks first: Cancel changes nothing, Disable disables for good.
    ASSERT_TRUE(h.click(app, "Disable Partner User"));
    EXPECT_TRUE(h.shows("Disable Maija Virtanen as a partner user?"));
    const auto before = db.serialize();
    ASSERT_TRUE(h.click(app, "Cancel"));
    EXPECT_TRUE(before == db.serialize());
    ASSERT_TRUE(h.click(app, "Manage External User  \u25BC"));
    ASSERT_TRUE(h.click(app, "Disable Partner User"));
    ASSERT_TRUE(h.click(app, "Disable"));
    EXPECT_EQ(db.queryInt("SELECT is_active + is_super_user FROM users WHERE id = ?", org.partnerUserId).value_or(-1), 0);
    EXPECT_TRUE(h.shows("Not a partner user. Choose Manage External User > Enable Partner User to give this contact a login "
                        "to the partner community (the account must be a partner account)."));
}

// Enable Account Relationships warns and asks (it cannot be undone), then the account page relates a distributor
// to its reseller and the settings page adds the rule that shares the reseller's opportunities.
TEST(PartnerAccessUi, AccountRelationshipsAreEnabledAfterAWarningThenRelatedAndShared) {
    auto org = pt::makeOrgWithPartner();
    pt::UiDriver h;
    ui::AppUi app(*org, {});
    auto& ui = app.context();
    auto& db = org->db();
    const Id distributor = pt::run(*org, {{"cmd", "CreateAccount"}, {"name", "Baltic Distribution AS"}})["accountId"].get<Id>();
    h.frames(app, 3);

    ui.area = AppArea::Setup;
    ui.nav.go(Screen::ExperienceSettings);
    ASSERT_TRUE(h.click(app, "Edit"));
    ASSERT_TRUE(h.click(app, "Enable Account Relationships"));
    EXPECT_TRUE(h.showsPart("This cannot be undone. Try it in a sandbox copy first"));
    ASSERT_TRUE(h.click(app, "Save"));
    EXPECT_TRUE(h.shows("Enabling Account Relationships cannot be undone."));
    EXPECT_FALSE(app::accounts::accountRelationshipsEnabled(db));  // not before the yes
    ASSERT_TRUE(h.click(app, "Enable"));
    EXPECT_TRUE(app::accounts::accountRelationshipsEnabled(db));
    EXPECT_TRUE(h.shows("Locked: Account Relationships cannot be turned off once they are enabled."));

    ui.area = AppArea::Sales;
    ui.nav.go(Screen::AccountDetail, distributor);
    ASSERT_TRUE(h.click(app, "New Relationship"));
    ASSERT_TRUE(h.click(app, "Account To"));
    ASSERT_TRUE(h.click(app, "Nordic Partners Oy"));
    ASSERT_TRUE(h.click(app, "Save"));
    ASSERT_EQ(app::accounts::accountRelationships(db, distributor).size(), 1u);
    EXPECT_EQ(app::accounts::accountRelationships(db, distributor)[0].toId, org.partnerAccountId);
    EXPECT_EQ(app::accounts::accountRelationships(db, distributor)[0].type, "Distributor");

    ui.area = AppArea::Setup;
    ui.nav.go(Screen::ExperienceSettings);
    ASSERT_TRUE(h.click(app, "New Rule"));
    ASSERT_TRUE(h.click(app, "Save"));  // no name: refused beside the form, nothing created
    EXPECT_TRUE(app::accounts::accountRelationshipRules(db).empty());
    EXPECT_TRUE(h.shows("give the rule a name"));
}
