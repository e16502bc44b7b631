// The work areas (Sales, Marketing, Service, My Workplace) and the account and contact forms, driven
// by clicks on the real widgets: the area buttons at the bottom of the left navigation switch areas,
// each area lists its own items, New works from each and stays in the area, required fields are
// refused by the form before any command, and Save / Save & Close / Save & New go where they say.
#include <gtest/gtest.h>

#include <string>

#include "unit/core_fixture.h"
#include "app/queries_core.h"
#include "app/sandbox.h"
#include "imgui.h"
#include "imgui_headless.h"
#include "ui/app_ui.h"
#include "ui/areas.h"

using namespace prm;
namespace pt = prm::testing;
using domain::Id;
using ui::AppArea;
using ui::Screen;

namespace {

struct Areas : pt::UiDriver {
    static void type(ui::AppUi& app, const char* text) {
        ImGui::GetIO().AddInputCharactersUTF8(text);
        frames(app, 3);
    }
    static long long commands(pt::CoreOrg& org) {
        return org->db().queryInt("SELECT count(*) FROM command_log").value_or(0);
    }
};

Id accountNamed(pt::CoreOrg& org, const std::string& name) {
    for (const auto& a : app::listAccounts(org->db()))
        if (a.name == name) return a.id;
    return 0;
}

}  // namespace

TEST(Areas, EachAreaButtonSwitchesAreaAndListsItsOwnItems) {
    auto org = pt::makeOrgWithPartner();
    Areas h;
    ui::AppUi app(*org, {});
    auto& ui = app.context();
    h.frames(app, 3);
    struct Case {
        const char* button;
        AppArea area;
        Screen start;
        bool leads, queues, home, opportunities;
    };
    // Activities are in every work area; My Workplace opens on them (the document's "Completing an activity").
    const Case cases[] = {
        {"Marketing", AppArea::Marketing, Screen::Accounts, true, false, false, false},
        {"Service", AppArea::Service, Screen::Accounts, false, false, false, false},
        {"My Workplace", AppArea::MyWorkplace, Screen::Activities, true, false, true, true},
        {"Sales", AppArea::Sales, Screen::Home, true, true, true, true},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.button);
        ASSERT_TRUE(h.click(app, c.button));
        EXPECT_EQ(ui.area, c.area);
        EXPECT_EQ(ui.nav.screen, c.start);
        ASSERT_TRUE(h.click(app, "Accounts"));
        EXPECT_EQ(ui.nav.screen, Screen::Accounts);
        EXPECT_TRUE(h.shows("Nordic Partners Oy"));
        ASSERT_TRUE(h.click(app, "Contacts"));
        EXPECT_EQ(ui.nav.screen, Screen::Contacts);
        EXPECT_EQ(ui.area, c.area);  // moving between screens keeps the area
        ImVec2 at;
        EXPECT_EQ(h.find("Leads", at), c.leads);
        EXPECT_EQ(h.find("Queues", at), c.queues);
        EXPECT_EQ(h.find("Home", at), c.home);
        EXPECT_EQ(h.find("Opportunities", at), c.opportunities);
        EXPECT_TRUE(h.find("Activities", at));
        // Every work area's buttons are there, whichever is current.
        for (const char* b : {"Sales", "Marketing", "Service", "My Workplace"}) EXPECT_TRUE(h.find(b, at)) << b;
    }
    // At 1024x640 every area button is inside the window, below the navigation items.
    ImGui::GetIO().DisplaySize = ImVec2(1024, 640);
    h.frames(app, 3);
    ImVec2 contacts, button;
    ASSERT_TRUE(h.find("Contacts", contacts));
    for (const char* b : {"Sales", "Marketing", "Service", "My Workplace"}) {
        ASSERT_TRUE(h.find(b, button)) << b;
        EXPECT_GT(button.y, contacts.y) << b;
        EXPECT_LT(button.y + 12.0f, 640.0f) << b;
    }
    ImGui::GetIO().DisplaySize = ImVec2(1280, 800);
    // A record page opened from an area stays in it.
    ASSERT_TRUE(h.click(app, "Service"));
    ASSERT_TRUE(h.click(app, "Nordic Partners Oy"));
    EXPECT_EQ(ui.nav.screen, Screen::AccountDetail);
    EXPECT_EQ(ui.area, AppArea::Service);
}

TEST(Areas, AppMenuListsTheWorkAreasBesideSetupAndOpensEach) {
    auto org = pt::makeOrgWithPartner();
    Areas h;
    ui::AppUi app(*org, {});
    auto& ui = app.context();
    h.frames(app, 3);
    ASSERT_TRUE(h.click(app, "App menu: Sales  \u25BC"));
    for (const char* a : {"Marketing", "Service", "My Workplace", "Setup", "Partner Community"})
        EXPECT_TRUE(h.shows(a)) << a;
    ImVec2 at;
    // The menu (drawn with the header) comes before the nav pane's "Service" button.
    ASSERT_TRUE(h.find("Service", at, 1));
    ASSERT_TRUE(h.click(app, "Service", 0));
    EXPECT_EQ(ui.area, AppArea::Service);
    EXPECT_EQ(ui.nav.screen, Screen::Accounts);
}

TEST(Areas, NewAccountFromMarketingAndContactsUnderItFromServiceWithSaveAndNew) {
    auto org = pt::makeOrgWithPartner();
    Areas h;
    ui::AppUi app(*org, {});
    auto& ui = app.context();
    h.frames(app, 3);

    // Marketing > Accounts > New: an empty Account Name is refused by the form, no command runs.
    ASSERT_TRUE(h.click(app, "Marketing"));
    ASSERT_TRUE(h.click(app, "Accounts"));
    ASSERT_TRUE(h.click(app, "New"));
    EXPECT_EQ(ui.nav.screen, Screen::NewAccount);
    EXPECT_EQ(ui.area, AppArea::Marketing);
    EXPECT_TRUE(h.shows("* Required"));
    long long before = Areas::commands(org);
    ASSERT_TRUE(h.click(app, "Save"));
    EXPECT_EQ(Areas::commands(org), before);
    EXPECT_TRUE(h.shows("Enter the account name: it is required."));
    EXPECT_EQ(ui.nav.screen, Screen::NewAccount);
    ASSERT_TRUE(h.click(app, "Account Name"));
    h.type(app, "Marketing Test Oy");
    EXPECT_FALSE(h.shows("Enter the account name: it is required."));  // typing clears the refusal
    ASSERT_TRUE(h.click(app, "Save & Close"));
    const Id account = accountNamed(org, "Marketing Test Oy");
    ASSERT_NE(account, 0);
    EXPECT_EQ(ui.nav.screen, Screen::Accounts);  // Save & Close: back to the list, in the same area
    EXPECT_EQ(ui.area, AppArea::Marketing);
    EXPECT_TRUE(h.shows("Created account Marketing Test Oy"));
    // Save & New: saved, and the form is empty again for the next account.
    ASSERT_TRUE(h.click(app, "New"));
    ASSERT_TRUE(h.click(app, "Account Name"));
    h.type(app, "Second Marketing Oy");
    ASSERT_TRUE(h.click(app, "Save & New"));
    EXPECT_NE(accountNamed(org, "Second Marketing Oy"), 0);
    EXPECT_EQ(ui.nav.screen, Screen::NewAccount);
    EXPECT_EQ(ui.area, AppArea::Marketing);
    before = Areas::commands(org);
    ASSERT_TRUE(h.click(app, "Save"));
    EXPECT_EQ(Areas::commands(org), before);
    EXPECT_TRUE(h.shows("Enter the account name: it is required."));

    // Service > Contacts > New: an empty Last Name is refused without a command.
    ASSERT_TRUE(h.click(app, "Service"));
    ASSERT_TRUE(h.click(app, "Contacts"));
    ASSERT_TRUE(h.click(app, "New"));
    EXPECT_EQ(ui.nav.screen, Screen::NewContact);
    EXPECT_EQ(ui.area, AppArea::Service);
    before = Areas::commands(org);
    ASSERT_TRUE(h.click(app, "First Name"));
    h.type(app, "Aino");
    ASSERT_TRUE(h.click(app, "Save"));
    EXPECT_EQ(Areas::commands(org), before);
    EXPECT_TRUE(h.shows("Enter the last name: it is required."));
    EXPECT_EQ(ui.nav.screen, Screen::NewContact);

    // Parent Customer: search the accounts, pick the new one; Save & New saves and empties the form.
    ASSERT_TRUE(h.click(app, "Last Name"));
    h.type(app, "Laine");
    ASSERT_TRUE(h.click(app, "Parent Customer"));
    h.type(app, "Marketing");
    ImVec2 at;
    EXPECT_FALSE(h.find("Nordic Partners Oy  (partner)", at));  // the search leaves only matching accounts
    ASSERT_TRUE(h.click(app, "Marketing Test Oy"));
    ASSERT_TRUE(h.click(app, "Save & New"));
    auto contacts = app::listContacts(org->db(), account);
    ASSERT_EQ(contacts.size(), 1u);
    EXPECT_EQ(contacts[0].lastName, "Laine");
    EXPECT_EQ(contacts[0].firstName, "Aino");
    EXPECT_EQ(ui.nav.screen, Screen::NewContact);
    EXPECT_EQ(ui.area, AppArea::Service);
    EXPECT_TRUE(h.shows("Created contact Aino Laine"));
    // The fresh form is empty: saving it at once is refused again.
    before = Areas::commands(org);
    ASSERT_TRUE(h.click(app, "Save"));
    EXPECT_EQ(Areas::commands(org), before);
    EXPECT_TRUE(h.shows("Enter the last name: it is required."));
    // Opened from the list: no Parent Customer is kept; Save & Close goes back to the Contacts list.
    ASSERT_TRUE(h.click(app, "Last Name"));
    h.type(app, "Ojala");
    ASSERT_TRUE(h.click(app, "Save & Close"));
    EXPECT_EQ(ui.nav.screen, Screen::Contacts);
    EXPECT_EQ(ui.area, AppArea::Service);
    bool ojala = false;
    for (const auto& c : app::listContacts(org->db()))
        if (c.lastName == "Ojala") {
            ojala = true;
            EXPECT_FALSE(c.accountId.has_value());
        }
    EXPECT_TRUE(ojala);

    // From the account's page: Save & New keeps the account as Parent Customer; Save opens the record.
    ui.nav.go(Screen::AccountDetail, account);
    h.frames(app, 3);
    ASSERT_TRUE(h.click(app, "New Contact"));
    EXPECT_EQ(ui.nav.screen, Screen::NewContact);
    ASSERT_TRUE(h.click(app, "Last Name"));
    h.type(app, "Korhonen");
    ASSERT_TRUE(h.click(app, "Save & New"));
    EXPECT_EQ(ui.nav.screen, Screen::NewContact);
    EXPECT_EQ(app::listContacts(org->db(), account).size(), 2u);
    ASSERT_TRUE(h.click(app, "Last Name"));
    h.type(app, "Nieminen");
    ASSERT_TRUE(h.click(app, "Save"));  // the account is still preselected after Save & New
    contacts = app::listContacts(org->db(), account);
    ASSERT_EQ(contacts.size(), 3u);
    EXPECT_EQ(ui.nav.screen, Screen::ContactDetail);
    EXPECT_EQ(ui.area, AppArea::Service);
    const auto saved = app::contactDetail(org->db(), ui.nav.record);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->lastName, "Nieminen");
    EXPECT_EQ(saved->accountId.value_or(0), account);
}
