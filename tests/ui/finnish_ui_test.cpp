// The whole UI in Finnish: every screen the smoke tests reach is drawn with Finnish on, and every string
// the UI asked the catalogue for must have a Finnish translation (the list of those that do not is the
// failure message). Also: the header and the Setup pages fit at 1024x640 in Finnish, and the Setup
// tree's Quick Find searches the names it shows.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/people.h"
#include "app/training/training.h"
#include "domain/i18n/i18n.h"
#include "imgui.h"
#include "imgui_headless.h"
#include "ui/app_ui.h"
#include "ui/strings.h"
#include "ui/training/training_views.h"
#include "ui/widget_map.h"
#include "unit/core_fixture.h"

using namespace prm;
namespace pt = prm::testing;
using domain::Id;

namespace {

// Finnish on for one test; English again afterwards, whatever the test's outcome.
struct FinnishOn {
    FinnishOn() { ui::setLanguage(ui::Language::Finnish); }
    ~FinnishOn() { ui::setLanguage(ui::Language::English); }
};

using Screens = pt::UiDriver;

const ui::Screen kLastScreen = ui::Screen::SandboxFile;

Id recordFor(ui::Screen s, pt::CoreOrg& org) {
    switch (s) {
        case ui::Screen::AccountDetail:
        case ui::Screen::NewContact: return org.partnerAccountId;
        case ui::Screen::ContactDetail:
        case ui::Screen::NewPartnerUser: return org.partnerContactId;
        case ui::Screen::UserDetail:
        case ui::Screen::Login: return org.partnerUserId;
        case ui::Screen::CommunityDetail: return org.communityId;
        case ui::Screen::LeadDetail:
        case ui::Screen::ChangeLeadOwner:
        case ui::Screen::PartnerLeadDetail: return org.sb->db().queryInt("SELECT min(id) FROM leads").value_or(0);
        default: return 0;
    }
}

void drawEveryScreen(Screens& h, ui::AppUi& app, pt::CoreOrg& org, bool withRecords) {
    for (ui::AppArea area : {ui::AppArea::Sales, ui::AppArea::Setup, ui::AppArea::PartnerCommunity}) {
        for (int i = 0; i <= static_cast<int>(kLastScreen); ++i) {
            const auto s = static_cast<ui::Screen>(i);
            app.context().area = area;
            app.context().nav.go(s, withRecords ? recordFor(s, org) : 0);
            h.frames(app, 3);
        }
    }
}

// Leads, a queue, a round robin, an active assignment rule with entries, a public group, a sharing rule,
// and a partner user who has logged in: every Setup list has rows.
void addLeadData(pt::CoreOrg& org) {
    pt::firstLogin(org, org.partnerUserId);
    app::Sandbox& sb = *org.sb;
    pt::run(sb, {{"cmd", "GenerateLeads"}, {"count", 40}, {"seed", 3}});
    const Id queue = pt::run(sb, {{"cmd", "CreateQueue"}, {"name", "Nordic Partner Leads"}, {"email", "nordic@example.com"},
                                  {"sendEmailToMembers", true}, {"members", {{{"userId", org.partnerUserId}}}}})["queueId"]
                         .get<Id>();
    const Id rr = pt::run(sb, {{"cmd", "CreateRoundRobin"}, {"name", "Finland reps"}, {"kind", "Users"},
                               {"members", {{{"userId", org.channelManagerId}, {"weight", 2}}}}})["roundRobinId"]
                      .get<Id>();
    const Id rule = pt::run(sb, {{"cmd", "CreateAssignmentRule"}, {"name", "Partner routing"}, {"active", true}})["ruleId"].get<Id>();
    pt::run(sb, {{"cmd", "AddAssignmentRuleEntry"}, {"ruleId", rule},
                 {"criteria", {{{"field", "Country"}, {"op", "equals"}, {"value", "Finland"}}}}, {"target", {{"roundRobinId", rr}}}});
    pt::run(sb, {{"cmd", "AddAssignmentRuleEntry"}, {"ruleId", rule}, {"logic", "1"},
                 {"criteria", {{{"field", "Country"}, {"op", "equals"}, {"value", "Sweden"}}}}, {"target", {{"queueId", queue}}}});
    pt::run(sb, {{"cmd", "RunAssignmentRules"}, {"all", true}});
    const Id group = pt::run(sb, {{"cmd", "CreatePublicGroup"}, {"name", "Channel Team"},
                                  {"members", {{{"roleId", org.channelManagerRoleId}, {"scope", "RoleAndInternalSubordinates"}}}}})
                         ["groupId"]
                             .get<Id>();
    pt::run(sb, {{"cmd", "CreateSharingRule"}, {"name", "Finnish leads"}, {"ruleType", "Criteria"},
                 {"criteria", {{"field", "Country"}, {"op", "equals"}, {"value", "Finland"}}},
                 {"target", {{"groupId", group}}}, {"access", "Read"}});
}

std::string listMissing() {
    std::string out;
    for (const std::string& s : i18n::missingTranslations()) out += "\n  \"" + s + "\"";
    return out;
}

}  // namespace

TEST(FinnishUi, EveryScreenAsksOnlyForStringsThatHaveFinnish) {
    FinnishOn fi;
    i18n::clearMissingTranslations();
    {
        auto org = pt::makeOrgWithPartner();
        addLeadData(org);
        ASSERT_TRUE(app::training::ensureStore(*org.sb).ok());
        Screens h;
        ui::AppUi app(*org.sb, {});
        drawEveryScreen(h, app, org, true);
        drawEveryScreen(h, app, org, false);  // missing records: each page says what to do
        // The Training panel's tabs beside every screen, the keyboard help and the app menu.
        for (ui::TrainingTab tab : {ui::TrainingTab::Exercises, ui::TrainingTab::Snapshots, ui::TrainingTab::Scenarios}) {
            ui::openTrainingPanel(app.context(), tab);
            h.frames(app, 3);
        }
        drawEveryScreen(h, app, org, true);
        ImGui::GetIO().AddInputCharacter('?');
        h.frames(app, 3);
        EXPECT_TRUE(h.click(app, "Sulje")) << "the keyboard help opens with ? and closes with Sulje";
        app.context().area = ui::AppArea::Sales;
        app.context().nav.go(ui::Screen::Home);
        EXPECT_TRUE(h.click(app, "Sovellusvalikko: Myynti  \u25BC"));
        h.frames(app, 2);
        // The partner's community, then nobody logged in.
        pt::run(*org.sb, {{"cmd", "LoginAs"}, {"userId", org.partnerUserId}});
        drawEveryScreen(h, app, org, true);
        pt::run(*org.sb, {{"cmd", "LogOut"}});
        drawEveryScreen(h, app, org, true);
    }
    {
        // An org with PRM off: enabling it and walking the wizard, by its Finnish words.
        auto sb = pt::makeOrg();
        pt::CoreOrg org;
        Screens h;
        ui::AppUi app(*sb, {});
        drawEveryScreen(h, app, org, false);
        auto& ui = app.context();
        ui.area = ui::AppArea::Setup;
        ui.nav.go(ui::Screen::PartnerSettings);
        ASSERT_TRUE(h.click(app, "Muokkaa"));
        ASSERT_TRUE(h.click(app, "Ota kumppanisuhteen hallinta käyttöön"));
        ASSERT_TRUE(h.click(app, "Tallenna"));
        ASSERT_TRUE(h.click(app, "Ota käyttöön"));
        EXPECT_EQ(ui.nav.screen, ui::Screen::ExternalAccessWizard);
        EXPECT_TRUE(h.shows("Ohjattu ulkoisen käyttäjän käyttöoikeusmuunnos"));
        ASSERT_TRUE(h.click(app, "Jatka"));
        EXPECT_TRUE(h.shows("Vaihe 1/3: Jakamissäännöt"));
        ASSERT_TRUE(h.click(app, "Seuraava"));
        ASSERT_TRUE(h.click(app, "Seuraava"));
        ASSERT_TRUE(h.click(app, "Valmis"));
        EXPECT_EQ(ui.nav.screen, ui::Screen::PartnerSettings);
        drawEveryScreen(h, app, org, false);
    }
    EXPECT_TRUE(i18n::missingTranslations().empty())
        << i18n::missingTranslations().size() << " strings were shown without Finnish:" << listMissing();
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}

// In English nothing is asked of the catalogue, so the check above cannot pass by not looking.
TEST(FinnishUi, TheCheckSeesAStringWithoutFinnish) {
    i18n::clearMissingTranslations();
    {
        FinnishOn fi;
        EXPECT_STREQ(ui::tr("Sales"), "Myynti");
        ui::tr("A label nobody translated 41c9");
    }
    ui::tr("Shown in English 41ca");
    const auto m = i18n::missingTranslations();
    EXPECT_EQ(m, std::vector<std::string>{"A label nobody translated 41c9"});
    i18n::clearMissingTranslations();
}

// The header at 1024x640 in Finnish, the EN/FI switch included: nothing leaves the window and no two
// widgets overlap, for the administrator in each area, a partner user and nobody.
TEST(FinnishUi, HeaderFitsAt1024x640) {
    FinnishOn fi;
    auto org = pt::makeOrgWithPartner();
    pt::firstLogin(org, org.partnerUserId);
    pt::asAdmin(org);
    Screens h;
    ImGui::GetIO().DisplaySize = ImVec2(1024, 640);
    ui::AppUi app(*org.sb, {});
    auto checkHeader = [&](const std::string& what) {
        h.frames(app, 3);
        std::vector<nlohmann::json> header;
        for (const auto& it : h.items())
            if (it["window"] == "Header" && it["visible"].get<bool>()) header.push_back(it);
        bool sawSwitch = false;
        for (const auto& it : header) sawSwitch = sawSwitch || it["label"] == "FI";
        EXPECT_TRUE(sawSwitch) << what << ": the EN/FI switch is in the header";
        for (std::size_t i = 0; i < header.size(); ++i) {
            const auto& a = header[i];
            const float ax = a["x"], ay = a["y"], aw = a["w"], ah = a["h"];
            EXPECT_LE(ax + aw, 1024.0f) << what << ": '" << a["label"] << "' leaves the window";
            for (std::size_t j = i + 1; j < header.size(); ++j) {
                const auto& b = header[j];
                const float bx = b["x"], by = b["y"], bw = b["w"], bh = b["h"];
                const bool overlap = ax < bx + bw - 0.5f && bx < ax + aw - 0.5f && ay < by + bh - 0.5f && by < ay + ah - 0.5f;
                EXPECT_FALSE(overlap) << what << ": '" << a["label"] << "' overlaps '" << b["label"] << "'";
            }
        }
    };
    auto& ui = app.context();
    ui.area = ui::AppArea::Sales;
    ui.nav.go(ui::Screen::Home);
    checkHeader("Sales");
    ui.area = ui::AppArea::Setup;
    ui.nav.go(ui::Screen::SetupHome);
    checkHeader("Setup");
    ui.area = ui::AppArea::PartnerCommunity;
    ui.nav.go(ui::Screen::Communities);
    checkHeader("Partner Community");
    ui::openTrainingPanel(ui, ui::TrainingTab::Exercises);
    checkHeader("Training open");
    pt::run(*org.sb, {{"cmd", "LoginAs"}, {"userId", org.partnerUserId}});
    checkHeader("partner user");
    pt::run(*org.sb, {{"cmd", "LogOut"}});
    checkHeader("logged out");
}

// Every Setup page at 1024x640 in Finnish: key cells (names, numbers, first actions, field labels) are
// not clipped, with the Training panel closed and open, and the Setup tree shows the document's Finnish path.
TEST(FinnishUi, SetupPagesFitAt1024x640) {
    FinnishOn fi;
    auto org = pt::makeOrgWithPartner();
    addLeadData(org);
    ASSERT_TRUE(app::training::ensureStore(*org.sb).ok());
    Screens h;
    ImGui::GetIO().DisplaySize = ImVec2(1024, 640);
    ui::AppUi app(*org.sb, {});
    auto& ui = app.context();
    ui.area = ui::AppArea::Setup;
    const ui::Screen setup[] = {ui::Screen::SetupHome, ui::Screen::PartnerSettings, ui::Screen::Communities,
                                ui::Screen::Users, ui::Screen::UserDetail, ui::Screen::Profiles, ui::Screen::Roles,
                                ui::Screen::Queues, ui::Screen::Outbox, ui::Screen::SharingSettings,
                                ui::Screen::SharingRules, ui::Screen::PublicGroups, ui::Screen::AssignmentRules,
                                ui::Screen::RoundRobins, ui::Screen::AuditTrail, ui::Screen::OrgSettings,
                                ui::Screen::ExternalAccessWizard, ui::Screen::DataImport, ui::Screen::SandboxFile};
    int keyCells = 0;
    for (bool panel : {false, true}) {
        if (panel) ui::openTrainingPanel(ui, ui::TrainingTab::Exercises);
        for (ui::Screen s : setup) {
            ui.nav.go(s, recordFor(s, org));
            h.frames(app, 4);
            for (const auto& it : h.items()) {
                if (!it["key"].get<bool>()) continue;
                ++keyCells;
                EXPECT_FALSE(it["clipped"].get<bool>()) << "screen " << static_cast<int>(s) << (panel ? " (Training open)" : "")
                                                        << ": key cell '" << it["label"] << "' is clipped";
            }
        }
    }
    EXPECT_GT(keyCells, 40);
    // The tree, opened down to the document's path, in the document's words.
    ui.nav.go(ui::Screen::PartnerSettings);
    h.frames(app, 3);
    for (const char* step : {"Rakenna", "Mukauta", "Yhteistyökumppanit", "Asetukset"})
        EXPECT_TRUE(h.shows(step)) << step;
    ui.nav.go(ui::Screen::Users);
    h.frames(app, 3);
    for (const char* step : {"Hallinnoi", "Käyttäjien hallinta", "Käyttäjät"}) EXPECT_TRUE(h.shows(step)) << step;
}

// Quick Find matches what the tree shows: Finnish names when Finnish is on (any case, ä and ö too),
// English names in English.
TEST(FinnishUi, QuickFindSearchesTheShownNames) {
    auto org = pt::makeOrgWithPartner();
    Screens h;
    ui::AppUi app(*org.sb, {});
    auto& ui = app.context();
    ui.area = ui::AppArea::Setup;
    ui.nav.go(ui::Screen::OrgSettings);  // not Setup's home page, which lists every page with its path
    auto type = [&](const char* label, const char* text) {
        ASSERT_TRUE(h.click(app, label));
        ImGuiIO& io = ImGui::GetIO();
        io.KeysDown[ImGuiKey_A] = io.KeyCtrl = true;  // select what is there, then type over it
        h.frame(app);
        io.KeysDown[ImGuiKey_A] = io.KeyCtrl = false;
        io.AddInputCharactersUTF8(text);
        h.frames(app, 3);
    };
    type("Quick Find", "users");
    EXPECT_TRUE(h.shows("Administer > Manage Users > Users"));
    {
        FinnishOn fi;
        h.frames(app, 2);
        EXPECT_FALSE(h.shows("Hallinnoi > Käyttäjien hallinta > Käyttäjät")) << "\"users\" is no Finnish name";
        EXPECT_TRUE(h.shows("Mikään asetussivu ei täsmää; kokeile \"käyttäjät\", \"jakamis\" tai \"kumppani\"."));
        type("Pikahaku", "KÄYTTÄJÄT");
        EXPECT_TRUE(h.shows("Hallinnoi > Käyttäjien hallinta > Käyttäjät"));
        type("Pikahaku", "tarkastushistoria");
        EXPECT_TRUE(h.shows("Suojausasetukset > Näytä asetusten tarkastushistoria"));
        type("Pikahaku", "yhteistyökumppanit");
        EXPECT_TRUE(h.shows("Rakenna > Mukauta > Yhteistyökumppanit > Asetukset"));
    }
}

// A user's record has the user's language, as in the real product: picking Suomi stores it (UpdateUser),
// and the org's e-mails to that user are then Finnish (tests/unit/messages covers the e-mails).
TEST(FinnishUi, TheUserPageSetsTheUsersLanguage) {
    auto org = pt::makeOrgWithPartner();
    Screens h;
    ui::AppUi app(*org.sb, {});
    auto& ui = app.context();
    ui.area = ui::AppArea::Setup;
    const Id admin = org.sb->db().queryInt("SELECT id FROM users WHERE username LIKE 'sanna%' OR id = 1 ORDER BY id LIMIT 1").value_or(0);
    ASSERT_NE(admin, 0);
    ui.nav.go(ui::Screen::UserDetail, admin);
    h.frames(app, 3);
    EXPECT_EQ(app::userLanguage(org.sb->db(), admin), i18n::Language::English);
    ASSERT_TRUE(h.click(app, "Suomi"));
    EXPECT_EQ(app::userLanguage(org.sb->db(), admin), i18n::Language::Finnish);
    {
        FinnishOn fi;
        h.frames(app, 3);
        EXPECT_TRUE(h.shows("Kieli"));
    }
}
