// Keyboard conventions (src/ui/keyboard.h): Enter presses a form's default button, Escape cancels a
// dialog, "?" opens the Keyboard help. ImGui runs headless; keys go in through io.KeysDown as the
// browser's do (src/platform/web_input.cpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>

#include "unit/core_fixture.h"
#include "app/sandbox.h"
#include "imgui.h"
#include "imgui_headless.h"
#include "imgui_stdlib.h"
#include "ui/app_ui.h"
#include "ui/keyboard.h"
#include "ui/widget_map.h"

using namespace prm;
namespace pt = prm::testing;
using domain::Id;

namespace {

struct KeyboardHarness : prm::testing::ImGuiHeadless {

    std::function<void()> draw;
    void frame() {
        ui::widgetMapBeginFrame();
        ImGui::NewFrame();
        draw();
        ImGui::Render();
    }
    void frames(int n) {
        for (int i = 0; i < n; ++i) frame();
    }
    // A key held for one frame, then released.
    void press(ImGuiKey key) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeysDown[key] = true;
        frame();
        io.KeysDown[key] = false;
        frames(2);
    }
    void type(const char* text) {
        ImGui::GetIO().AddInputCharactersUTF8(text);
        frames(2);
    }
    bool find(const std::string& label, ImVec2& center) {
        auto map = nlohmann::json::parse(ui::widgetMapJson());
        for (const auto& it : map["items"]) {
            if (it["label"] != label || it["kind"] != "item" || !it["visible"].get<bool>()) continue;
            center = ImVec2(it["x"].get<float>() + std::min(it["w"].get<float>() / 2, 40.0f),
                            it["y"].get<float>() + it["h"].get<float>() / 2);
            return true;
        }
        return false;
    }
    bool shows(const std::string& label) {
        auto map = nlohmann::json::parse(ui::widgetMapJson());
        for (const auto& it : map["items"])
            if (it["label"] == label && it["visible"].get<bool>()) return true;
        return false;
    }
    bool click(const std::string& label) {
        frames(2);
        ImVec2 c;
        if (!find(label, c)) return false;
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = c;
        frame();
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frames(3);
        return true;
    }
};

// Two windows: a form with a text field, a multi-line field and a default button, and another window.
struct TwoWindows {
    std::string name, notes;
    bool disabled = false;
    int saves = 0;
    void draw() {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(600, 400));
        ImGui::Begin("Form");
        ImGui::InputText("Name", &name);
        ImGui::InputTextMultiline("Notes", &notes, ImVec2(300, 80));
        ImGui::BeginDisabled(disabled);
        if (ui::primaryButton("Save")) ++saves;
        ImGui::EndDisabled();
        ImGui::End();
        ImGui::SetNextWindowPos(ImVec2(700, 0));
        ImGui::SetNextWindowSize(ImVec2(400, 400));
        ImGui::Begin("Other");
        ImGui::Button("Elsewhere");
        ImGui::End();
    }
};

}  // namespace

TEST(Keyboard, EnterPressesTheFocusedFormsDefaultButtonOnce) {
    KeyboardHarness h;
    TwoWindows w;
    h.draw = [&] { w.draw(); };
    h.frames(2);
    ASSERT_TRUE(h.click("Name"));
    h.type("Acme");
    h.press(ImGuiKey_Enter);
    EXPECT_EQ(w.name, "Acme");
    EXPECT_EQ(w.saves, 1);
    h.press(ImGuiKey_KeyPadEnter);
    EXPECT_EQ(w.saves, 2);
    h.frames(3);  // no repeat while nothing is pressed
    EXPECT_EQ(w.saves, 2);
    ASSERT_TRUE(h.click("Save"));
    EXPECT_EQ(w.saves, 3);
}

TEST(Keyboard, EnterLeavesTheButtonAloneWhenDisabledUnfocusedOrInAMultiLineField) {
    KeyboardHarness h;
    TwoWindows w;
    h.draw = [&] { w.draw(); };
    h.frames(2);
    ASSERT_TRUE(h.click("Name"));
    w.disabled = true;
    h.press(ImGuiKey_Enter);
    EXPECT_EQ(w.saves, 0);
    w.disabled = false;

    ASSERT_TRUE(h.click("Notes"));
    h.type("line one");
    h.press(ImGuiKey_Enter);  // a new line in the notes, not a save
    EXPECT_EQ(w.saves, 0);
    EXPECT_EQ(w.notes, "line one\n");

    ASSERT_TRUE(h.click("Elsewhere"));  // the other window has the focus
    h.press(ImGuiKey_Enter);
    EXPECT_EQ(w.saves, 0);
}

TEST(Keyboard, EscapeClosesADialogAsCancelAndEnterPressesItsDefault) {
    KeyboardHarness h;
    int confirmed = 0, cancelled = 0;
    bool open = false;
    h.draw = [&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(800, 600));
        ImGui::Begin("Page");
        if (ImGui::Button("Ask")) ImGui::OpenPopup("Sure?");
        open = ImGui::BeginPopupModal("Sure?", nullptr, ImGuiWindowFlags_AlwaysAutoResize);
        if (open) {
            if (ui::primaryButton("Yes")) {
                ++confirmed;
                ImGui::CloseCurrentPopup();
            }
            ImGui::SameLine();
            if (ui::cancelButton("Cancel")) ++cancelled;
            ImGui::EndPopup();
        }
        ImGui::End();
    };
    h.frames(2);
    ASSERT_TRUE(h.click("Ask"));
    ASSERT_TRUE(open);
    h.press(ImGuiKey_Escape);
    EXPECT_FALSE(open);
    EXPECT_EQ(cancelled, 1);
    EXPECT_EQ(confirmed, 0);

    ASSERT_TRUE(h.click("Ask"));
    ASSERT_TRUE(open);
    h.press(ImGuiKey_Enter);
    EXPECT_FALSE(open);
    EXPECT_EQ(confirmed, 1);
    EXPECT_EQ(cancelled, 1);
}

TEST(Keyboard, NewAccountSavesOnEnterAndTheQuestionMarkOpensTheKeyboardHelp) {
    auto org = pt::makeOrgWithPartner();
    KeyboardHarness h;
    ui::AppUi app(*org, {});
    h.draw = [&] { app.frame(); };
    auto& ui = app.context();
    ui.nav.go(ui::Screen::NewAccount);
    h.frames(3);
    ASSERT_TRUE(h.click("Account Name"));
    h.type("Keyboard Oy");
    h.press(ImGuiKey_Enter);
    EXPECT_EQ(org->db().queryInt("SELECT count(*) FROM accounts WHERE name = 'Keyboard Oy'").value_or(0), 1);
    EXPECT_EQ(ui.nav.screen, ui::Screen::AccountDetail);

    EXPECT_FALSE(h.shows("Tab / Shift+Tab"));
    h.type("?");
    h.frames(3);
    EXPECT_TRUE(h.shows("Tab / Shift+Tab"));
    h.press(ImGuiKey_Escape);
    EXPECT_FALSE(h.shows("Tab / Shift+Tab"));
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}

TEST(Keyboard, TheQuestionMarkTypedInATextFieldIsText) {
    auto org = pt::makeOrgWithPartner();
    KeyboardHarness h;
    ui::AppUi app(*org, {});
    h.draw = [&] { app.frame(); };
    app.context().nav.go(ui::Screen::NewAccount);
    h.frames(3);
    ASSERT_TRUE(h.click("Account Name"));
    h.type("Who?");
    EXPECT_FALSE(h.shows("Tab / Shift+Tab"));
}

TEST(Keyboard, TabMovesDownTheNewAccountFormsTextFields) {
    auto org = pt::makeOrgWithPartner();
    KeyboardHarness h;
    ui::AppUi app(*org, {});
    h.draw = [&] { app.frame(); };
    app.context().nav.go(ui::Screen::NewAccount);
    h.frames(3);
    ASSERT_TRUE(h.click("Account Name"));
    h.type("Tab Oy");
    const char* next[] = {"Technology", "+358 1", "Tampere", "Finland"};  // Industry, Phone, City, Country
    for (const char* v : next) {
        h.press(ImGuiKey_Tab);
        h.type(v);
    }
    h.press(ImGuiKey_Enter);
    EXPECT_EQ(org->db().queryText("SELECT industry || '|' || phone || '|' || city || '|' || country FROM accounts "
                                  "WHERE name = 'Tab Oy'").value_or(""),
              "Technology|+358 1|Tampere|Finland");
}

TEST(Keyboard, CommunityDeactivateAsksFirstAndCancelKeepsItPublished) {
    auto org = pt::makeOrgWithPartner();
    KeyboardHarness h;
    ui::AppUi app(*org, {});
    h.draw = [&] { app.frame(); };
    auto& ui = app.context();
    ui.area = ui::AppArea::Setup;
    ui.nav.go(ui::Screen::CommunityDetail, org.communityId);
    h.frames(3);
    auto status = [&] {
        return org->db().queryText("SELECT status FROM communities WHERE id = " + std::to_string(org.communityId)).value_or("");
    };
    ASSERT_EQ(status(), "Published");
    ASSERT_TRUE(h.click("Deactivate"));
    EXPECT_EQ(status(), "Published");  // only the question so far
    EXPECT_TRUE(h.shows("Partner users cannot log in to the community while it is inactive. Its members and records are kept;"));
    h.press(ImGuiKey_Escape);
    EXPECT_EQ(status(), "Published");
    EXPECT_FALSE(h.shows("Activate brings it back."));

    ASSERT_TRUE(h.click("Deactivate"));
    ASSERT_TRUE(h.click("Cancel"));
    EXPECT_EQ(status(), "Published");

    ASSERT_TRUE(h.click("Deactivate"));
    h.press(ImGuiKey_Enter);
    EXPECT_EQ(status(), "Inactive");
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}

TEST(Keyboard, WizardCancelOnStepOneLeavesWithoutConverting) {
    auto org = pt::makeOrgWithPartner();
    pt::run(*org, {{"cmd", "OpenExternalAccessWizard"}});
    KeyboardHarness h;
    ui::AppUi app(*org, {});
    h.draw = [&] { app.frame(); };
    auto& ui = app.context();
    ui.area = ui::AppArea::Setup;
    ui.nav.go(ui::Screen::ExternalAccessWizard);
    h.frames(3);
    ASSERT_TRUE(h.click("Continue"));
    ASSERT_TRUE(h.shows("Step 1 of 3: Sharing rules"));
    const auto before = org->db().queryInt("SELECT count(*) FROM command_log").value_or(0);
    ASSERT_TRUE(h.click("Cancel"));
    EXPECT_EQ(ui.nav.screen, ui::Screen::PartnerSettings);
    EXPECT_EQ(org->db().queryText("SELECT wizard_state FROM org").value_or(""), "cancelled");
    // One command, the cancel: no CompleteExternalAccessWizard, nothing converted.
    EXPECT_EQ(org->db().queryInt("SELECT count(*) FROM command_log").value_or(0), before + 1);
    EXPECT_EQ(org->db().queryText("SELECT command FROM command_log ORDER BY id DESC LIMIT 1").value_or(""),
              "{\"cmd\":\"CancelExternalAccessWizard\"}");
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}
