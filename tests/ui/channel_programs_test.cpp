// Sales → Channel Programs by clicks on the real widgets (issue #20): New program, Bronze / Silver / Gold
// levels through the Add Level form, Activate, a partner account added at Bronze with the pickers, then
// Promote moves it to Silver and Demote back; the account page lists its membership.
#include <gtest/gtest.h>

#include <string>

#include "unit/core_fixture.h"
#include "app/channel/channel_queries.h"
#include "app/sandbox.h"
#include "domain/i18n/i18n.h"
#include "ui/strings.h"
#include "imgui.h"
#include "imgui_headless.h"
#include "ui/app_ui.h"
#include "ui/areas.h"

using namespace prm;
namespace pt = prm::testing;
using domain::Id;
using ui::Screen;

namespace {

struct Driver : pt::UiDriver {
    // The last visible widget labelled `label` (a form's input below a table whose header has its name).
    static bool clickLast(ui::AppUi& app, const std::string& label) {
        frames(app, 2);
        ImVec2 c;
        int n = 0;
        while (find(label, c, n)) ++n;
        return n > 0 && click(app, label, n - 1);
    }
    static bool fill(ui::AppUi& app, const std::string& label, const char* text) {
        if (!clickLast(app, label)) return false;
        ImGui::GetIO().AddInputCharactersUTF8(text);
        frames(app, 3);
        return true;
    }
};

}  // namespace

TEST(ChannelProgramsUi, CreateLevelsAddAMemberAndPromoteItByClicking) {
    auto org = pt::makeOrgWithPartner();
    Driver h;
    ImGui::GetIO().DisplaySize = ImVec2(1280, 1400);  // the whole program page without scrolling
    ui::AppUi app(*org, {});
    auto& ui = app.context();
    h.frames(app, 3);
    ASSERT_TRUE(h.click(app, "Channel Programs")) << "Sales lists Channel Programs";
    EXPECT_EQ(ui.nav.screen, Screen::ChannelPrograms);
    ASSERT_TRUE(h.click(app, "New"));
    ASSERT_TRUE(h.fill(app, "Program Name", "Partner Program"));
    ASSERT_TRUE(h.click(app, "Save"));
    ASSERT_EQ(ui.nav.screen, Screen::ChannelProgramDetail);
    auto programs = app::channel::listPrograms(org->db());
    ASSERT_EQ(programs.size(), 1u);
    const Id program = programs[0].id;
    EXPECT_EQ(ui.nav.record, program);
    EXPECT_FALSE(programs[0].active);

    const char* levels[][2] = {{"Bronze", "1"}, {"Silver", "2"}, {"Gold", "3"}};
    for (const auto& l : levels) {
        SCOPED_TRACE(l[0]);
        ASSERT_TRUE(h.fill(app, "Level Name", l[0]));
        ASSERT_TRUE(h.fill(app, "Rank", l[1]));
        ASSERT_TRUE(h.click(app, "Add Level"));
    }
    auto rows = app::channel::listLevels(org->db(), program);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].name, "Bronze");
    EXPECT_EQ(rows[2].name, "Gold");
    EXPECT_EQ(rows[2].rank, 3);

    ASSERT_TRUE(h.click(app, "Activate"));
    EXPECT_TRUE(app::channel::loadProgramRow(org->db(), program)->active);
    EXPECT_TRUE(h.shows("Deactivate"));

    ASSERT_TRUE(h.click(app, "Partner Account"));
    ASSERT_TRUE(h.click(app, "Nordic Partners Oy"));
    ASSERT_TRUE(h.clickLast(app, "Level"));
    ASSERT_TRUE(h.click(app, "Bronze")) << "in the level combo (the Levels table shows it as text)";
    ASSERT_TRUE(h.click(app, "Add Member"));
    auto members = app::channel::listMembers(org->db(), program);
    ASSERT_EQ(members.size(), 1u);
    EXPECT_EQ(members[0].accountId, org.partnerAccountId);
    EXPECT_EQ(members[0].levelName, "Bronze");

    ASSERT_TRUE(h.click(app, "Promote"));
    EXPECT_EQ(app::channel::listMembers(org->db(), program)[0].levelName, "Silver");
    ASSERT_TRUE(h.click(app, "Promote"));
    EXPECT_EQ(app::channel::listMembers(org->db(), program)[0].levelName, "Gold");
    // At the top Promote is disabled: a click does nothing.
    ASSERT_TRUE(h.click(app, "Promote"));
    EXPECT_EQ(app::channel::listMembers(org->db(), program)[0].levelName, "Gold");
    ASSERT_TRUE(h.click(app, "Demote"));
    EXPECT_EQ(app::channel::listMembers(org->db(), program)[0].levelName, "Silver");

    ASSERT_TRUE(h.click(app, "Nordic Partners Oy")) << "the member's account link";
    EXPECT_EQ(ui.nav.screen, Screen::AccountDetail);
    h.frames(app, 3);
    EXPECT_TRUE(h.shows("Channel Programs (1)"));
    EXPECT_TRUE(h.shows("Partner Program"));
    EXPECT_TRUE(h.shows("Silver"));

    // Setup → Public Groups: a group with the Gold level lists it; its Remove button takes it out.
    const Id gold = rows[2].id;
    const Id group = pt::run(*org, {{"cmd", "CreatePublicGroup"}, {"name", "Gold partners"}, {"members", {{{"levelId", gold}}}}})
                         ["groupId"].get<Id>();
    ui.area = ui::AppArea::Setup;
    ui.nav.go(Screen::PublicGroups);
    h.frames(app, 3);
    EXPECT_TRUE(h.shows("Add Channel Level"));
    ASSERT_TRUE(h.click(app, "Remove Channel level: Gold (Partner Program)"));
    EXPECT_EQ(org->db().queryInt("SELECT count(*) FROM public_group_levels WHERE group_id = ?", group).value_or(-1), 0);
}

// In Finnish: the nav item, the list, the program page with levels and members, the account page's section
// and the public group page with a level member ask only for strings that have Finnish, and promote by
// the Finnish word.
TEST(ChannelProgramsUi, FinnishScreensHaveTheirWordsAndPromoteByYlenna) {
    struct FinnishOn {
        FinnishOn() { ui::setLanguage(ui::Language::Finnish); }
        ~FinnishOn() { ui::setLanguage(ui::Language::English); }
    } fi;
    auto org = pt::makeOrgWithPartner();
    app::Sandbox& sb = *org.sb;
    const Id program = pt::run(sb, {{"cmd", "CreateChannelProgram"}, {"name", "Kumppaniohjelma"}})["programId"].get<Id>();
    Id levels[3] = {};
    const char* names[] = {"Pronssi", "Hopea", "Kulta"};
    for (int i = 0; i < 3; ++i)
        levels[i] = pt::run(sb, {{"cmd", "AddChannelLevel"}, {"programId", program}, {"name", names[i]}, {"rank", i + 1},
                                 {"benefits", "MDF"}})["levelId"].get<Id>();
    pt::run(sb, {{"cmd", "AddChannelProgramMember"}, {"programId", program}, {"accountId", org.partnerAccountId},
                 {"levelId", levels[0]}});
    pt::run(sb, {{"cmd", "CreatePublicGroup"}, {"name", "Kultakumppanit"}, {"members", {{{"levelId", levels[2]}}}}});
    i18n::clearMissingTranslations();
    Driver h;
    ImGui::GetIO().DisplaySize = ImVec2(1280, 1400);
    ui::AppUi app(sb, {});
    auto& ui = app.context();
    h.frames(app, 3);
    ASSERT_TRUE(h.click(app, "Kanavaohjelmat"));
    EXPECT_EQ(ui.nav.screen, Screen::ChannelPrograms);
    EXPECT_TRUE(h.shows("Uusi"));
    ASSERT_TRUE(h.click(app, "Kumppaniohjelma"));
    EXPECT_EQ(ui.nav.screen, Screen::ChannelProgramDetail);
    EXPECT_TRUE(h.shows("Tasot (3)"));
    EXPECT_TRUE(h.shows("Jäsenet (1)"));
    ASSERT_TRUE(h.click(app, "Ylennä"));
    EXPECT_EQ(app::channel::listMembers(sb.db(), program)[0].levelName, "Hopea");
    ASSERT_TRUE(h.click(app, "Aktivoi"));
    EXPECT_TRUE(h.shows("Poista käytöstä"));
    ui.nav.go(Screen::AccountDetail, org.partnerAccountId);
    h.frames(app, 3);
    EXPECT_TRUE(h.shows("Kanavaohjelmat (1)"));
    ui.area = ui::AppArea::Setup;
    ui.nav.go(Screen::PublicGroups);
    h.frames(app, 3);
    EXPECT_TRUE(h.shows("Kanavataso: Kulta (Kumppaniohjelma)"));
    ui.nav.go(Screen::ChannelProgramDetail, 9999);
    h.frames(app, 3);
    std::string missing;
    for (const std::string& s : i18n::missingTranslations()) missing += "\n  " + s;
    EXPECT_TRUE(i18n::missingTranslations().empty()) << missing;
}
