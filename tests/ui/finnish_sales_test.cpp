// The Sales screens, the partner community and the data pages in Finnish: their words come from fi.po,
// counts and dates are written the Finnish way, no English label is left where a Finnish one exists,
// and the key cells still fit at 1024x640.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/core_fixture.h"
#include "app/sandbox.h"
#include "app/training/training.h"
#include "domain/i18n/i18n.h"
#include "imgui.h"
#include "imgui_headless.h"
#include "ui/app_ui.h"
#include "ui/strings.h"
#include "ui/training/training_views.h"
#include "ui/widget_map.h"

using namespace prm;
namespace pt = prm::testing;
using domain::Id;

namespace {

const std::string kNbsp = "\xC2\xA0";

struct Finnish : prm::testing::UiDriver {
    Finnish() { ui::setLanguage(ui::Language::Finnish); }
    ~Finnish() { ui::setLanguage(ui::Language::English); }
    void show(ui::AppUi& app, ui::AppArea area, ui::Screen s, Id record = 0) {
        app.context().area = area;
        app.context().nav.go(s, record);
        frames(app, 4);  // key columns grow to the widest cell of the frame before
    }
};

struct ScreenCase {
    ui::AppArea area;
    ui::Screen screen;
    Id record;
    const char* name;
};

std::vector<ScreenCase> myScreens(pt::CoreOrg& org, Id lead) {
    using ui::AppArea;
    using ui::Screen;
    return {
        {AppArea::Sales, Screen::Home, 0, "Home"},
        {AppArea::Sales, Screen::Accounts, 0, "Accounts"},
        {AppArea::Sales, Screen::AccountDetail, org.partnerAccountId, "AccountDetail"},
        {AppArea::Sales, Screen::NewAccount, 0, "NewAccount"},
        {AppArea::Sales, Screen::Contacts, 0, "Contacts"},
        {AppArea::Sales, Screen::ContactDetail, org.partnerContactId, "ContactDetail"},
        {AppArea::Sales, Screen::NewContact, org.partnerAccountId, "NewContact"},
        {AppArea::Sales, Screen::NewPartnerUser, org.partnerContactId, "NewPartnerUser"},
        {AppArea::Sales, Screen::Leads, 0, "Leads"},
        {AppArea::Sales, Screen::LeadDetail, lead, "LeadDetail"},
        {AppArea::Sales, Screen::ChangeLeadOwner, lead, "ChangeLeadOwner"},
        {AppArea::Sales, Screen::NewLead, 0, "NewLead"},
        {AppArea::Setup, Screen::Communities, 0, "Communities"},
        {AppArea::Setup, Screen::CommunityDetail, org.communityId, "CommunityDetail"},
        {AppArea::PartnerCommunity, Screen::PartnerHome, 0, "PartnerHome"},
        {AppArea::PartnerCommunity, Screen::PartnerInbox, 0, "PartnerInbox"},
        {AppArea::Setup, Screen::DataImport, 1, "DataImport"},
        {AppArea::Setup, Screen::SandboxFile, 0, "SandboxFile"},
        {AppArea::Setup, Screen::ExperienceSettings, 0, "ExperienceSettings"},
    };
}

}  // namespace

TEST(FinnishSales, ListsCountAndDateTheFinnishWay) {
    auto org = pt::makeOrgWithPartner();
    pt::run(*org.sb, {{"cmd", "GenerateLeads"}, {"count", 1234}, {"seed", 7}});
    const Id lead = org.sb->db().queryInt("SELECT min(id) FROM leads").value_or(0);
    const long long leads = org.sb->db().queryInt("SELECT count(*) FROM leads").value_or(0);
    ASSERT_GE(leads, 1234);
    Finnish h;
    ui::AppUi app(*org.sb, {});

    h.show(app, ui::AppArea::Sales, ui::Screen::Leads);
    const std::string n = i18n::formatInteger(i18n::Language::Finnish, leads);
    ASSERT_NE(n.find(kNbsp), std::string::npos) << "a thousands separator: " << n;
    EXPECT_TRUE(h.shows(n + " liidiä")) << "the count in Finnish, grouped";
    EXPECT_TRUE(h.shows("Valitse kaikki osumat (" + n + ")"));
    EXPECT_TRUE(h.shows("0 valittu"));
    EXPECT_TRUE(h.shows("Omistajasuodatin"));
    EXPECT_TRUE(h.shows("Näkymä:"));
    EXPECT_TRUE(h.showsPart(" klo ")) << "the Modified column in Finnish dates (1.12.2026 klo 13.45)";
    EXPECT_FALSE(h.showsPart(" leads"));

    h.show(app, ui::AppArea::Sales, ui::Screen::LeadDetail, lead);
    EXPECT_TRUE(h.shows("[Muuta]")) << "the document's \"Muuta\" beside the lead owner";
    EXPECT_TRUE(h.shows("Liidin omistaja"));
    EXPECT_TRUE(h.shows("Liidin numero"));
    EXPECT_TRUE(h.showsPart("Liidi: "));

    const Id rich = pt::run(*org.sb, {{"cmd", "CreateLead"}, {"lastName", "Virtanen"}, {"company", "Kaleva Oy"},
                                      {"annualRevenue", 1234567}, {"employees", 4880}})["leadId"].get<Id>();
    h.show(app, ui::AppArea::Sales, ui::Screen::LeadDetail, rich);
    EXPECT_TRUE(h.shows("1" + kNbsp + "234" + kNbsp + "567,00" + kNbsp + "\u20AC")) << "Annual Revenue as money";
    EXPECT_TRUE(h.shows("4" + kNbsp + "880")) << "No. of Employees grouped";

    h.show(app, ui::AppArea::Sales, ui::Screen::ChangeLeadOwner, lead);
    EXPECT_TRUE(h.shows("Muuta pääomistajaa"));
    EXPECT_TRUE(h.shows("Lähetä ilmoitussähköposti"));
    EXPECT_TRUE(h.shows("Tallenna"));
    EXPECT_TRUE(h.shows("Peruuta"));

    h.show(app, ui::AppArea::Sales, ui::Screen::Home);
    EXPECT_TRUE(h.shows("Asetukset \u2192 Rakenna \u2192 Mukauta \u2192 Yhteistyökumppanit \u2192 Asetukset"));
    EXPECT_TRUE(h.showsPart("Suorita ohjattu ulkoisen käyttäjän käyttöoikeusmuunnos"));
    EXPECT_TRUE(h.shows("Yhteyshenkilöt")) << "the Sales navigation";
    EXPECT_TRUE(h.showsPart("/8 tehty tässä organisaatiossa"));

    h.show(app, ui::AppArea::Sales, ui::Screen::AccountDetail, org.partnerAccountId);
    EXPECT_TRUE(h.showsPart("[Kumppanitili]"));
    EXPECT_TRUE(h.showsPart("Kyllä, ")) << "partner since a Finnish date";
    EXPECT_TRUE(h.showsPart(" klo "));

    ui::setLanguage(ui::Language::English);  // the same screens in English
    h.show(app, ui::AppArea::Sales, ui::Screen::Leads);
    EXPECT_TRUE(h.shows(i18n::formatInteger(i18n::Language::English, leads + 1) + " leads")) << "with the lead created above";
    EXPECT_TRUE(h.shows("0 selected"));
    h.show(app, ui::AppArea::Sales, ui::Screen::LeadDetail, rich);
    EXPECT_TRUE(h.shows("\u20AC1,234,567.00"));
    EXPECT_TRUE(h.shows("4,880"));
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}

// Every label drawn on these screens in Finnish is Finnish where fi.po has a translation: a label that
// is an English key with a different Finnish text went past tr().
TEST(FinnishSales, NoEnglishLabelWhereFinnishExists) {
    auto org = pt::makeOrgWithPartner();
    pt::run(*org.sb, {{"cmd", "GenerateLeads"}, {"count", 20}, {"seed", 3}});
    const Id lead = org.sb->db().queryInt("SELECT min(id) FROM leads").value_or(0);
    Finnish h;
    ui::AppUi app(*org.sb, {});
    int labels = 0;
    for (const ScreenCase& c : myScreens(org, lead)) {
        h.show(app, c.area, c.screen, c.record);
        for (const auto& it : Finnish::items()) {
            if (!it["visible"].get<bool>()) continue;
            std::string label = it["label"].get<std::string>();
            label = label.substr(0, label.find("##"));
            if (label.empty()) continue;
            ++labels;
            const std::string fi = i18n::translate(i18n::Language::Finnish, label.c_str());
            EXPECT_EQ(fi, label) << c.name << ": '" << label << "' is shown in English (Finnish: '" << fi << "')";
        }
    }
    EXPECT_GT(labels, 300);
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}

// At 1024x640 the Finnish words (longer than the English) still fit the key columns and the page.
TEST(FinnishSales, KeyCellsFitAt1024x640) {
    auto org = pt::makeOrgWithPartner();
    pt::run(*org.sb, {{"cmd", "GenerateLeads"}, {"count", 20}, {"seed", 3}});
    const Id lead = org.sb->db().queryInt("SELECT min(id) FROM leads").value_or(0);
    Finnish h;
    ImGui::GetIO().DisplaySize = ImVec2(1024, 640);
    ui::AppUi app(*org.sb, {});
    int keyCells = 0;
    for (const ScreenCase& c : myScreens(org, lead)) {
        h.show(app, c.area, c.screen, c.record);
        for (const auto& it : Finnish::items()) {
            if (!it["key"].get<bool>()) continue;
            ++keyCells;
            EXPECT_FALSE(it["clipped"].get<bool>()) << c.name << ": key cell '" << it["label"] << "' is clipped";
        }
        // Nothing drawn on the page itself (outside scrolling lists) runs past the right edge.
        for (const auto& it : Finnish::items()) {
            const std::string window = it["window"].get<std::string>();
            if (!it["visible"].get<bool>() || window.find("/", window.find("Page_")) != std::string::npos) continue;
            EXPECT_LE(it["x"].get<float>() + it["w"].get<float>(), 1024.0f) << c.name << ": '" << it["label"] << "' runs off the page";
        }
    }
    EXPECT_GT(keyCells, 40);
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}

// With the Training panel open at 1024x640 the lead list's buttons wrap onto a new row instead of running
// under the panel.
TEST(FinnishSales, LeadButtonsWrapBesideTheTrainingPanel) {
    auto org = pt::makeOrgWithPartner();
    pt::run(*org.sb, {{"cmd", "GenerateLeads"}, {"count", 20}, {"seed", 3}});
    ASSERT_TRUE(app::training::ensureStore(*org.sb).ok());
    Finnish h;
    ImGui::GetIO().DisplaySize = ImVec2(1024, 640);
    ui::AppUi app(*org.sb, {});
    ui::openTrainingPanel(app.context(), ui::TrainingTab::Exercises);
    h.show(app, ui::AppArea::Sales, ui::Screen::Leads);
    float pageRight = 0, panelLeft = 1024;
    const nlohmann::json* run = nullptr;
    const nlohmann::json* selected = nullptr;
    const auto items = Finnish::items();
    for (const auto& it : items) {
        const std::string window = it["window"].get<std::string>();
        if (window.find("Page_") != std::string::npos)
            pageRight = std::max(pageRight, it["x"].get<float>());
        else if (window.find("Training") != std::string::npos)
            panelLeft = std::min(panelLeft, it["x"].get<float>());
        if (it["label"] == "Aja määrityssäännöt (kaikki liidit)") run = &it;
        if (it["label"] == "0 valittu") selected = &it;
    }
    ASSERT_NE(run, nullptr);
    ASSERT_NE(selected, nullptr);
    ASSERT_LT(panelLeft, 1024.0f) << "the Training panel is open";
    EXPECT_LE((*run)["x"].get<float>() + (*run)["w"].get<float>(), panelLeft) << "the button runs under the Training panel";
    EXPECT_LE((*selected)["x"].get<float>() + (*selected)["w"].get<float>(), panelLeft);
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}
