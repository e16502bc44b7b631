// Draws every screen headlessly (no GPU backend) and fails on any ImGui assertion.
#include <gtest/gtest.h>

#include "app/sandbox.h"
#include "imgui.h"
#include "ui/app_ui.h"
#include "ui/widget_map.h"

using namespace prm;

namespace {

struct Headless {
    Headless() {
        ImGui::CreateContext();
        ui::enableWidgetMap();
        ui::setupFontsAndStyle(1.0f);
        ImGuiIO& io = ImGui::GetIO();
        unsigned char* pixels;
        int w, h;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0f / 60.0f;
        for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k;  // keyboard navigation needs a key map
    }
    ~Headless() { ImGui::DestroyContext(); }
    void frame(ui::AppUi& app) {
        ui::widgetMapBeginFrame();
        ImGui::NewFrame();
        app.frame();
        ImGui::Render();
    }
};

std::unique_ptr<app::Sandbox> seededSandbox() {
    auto sb = app::Sandbox::open(":memory:", app::SandboxOptions{[] { return app::TimeMs(1767225600000); }, 42});
    EXPECT_TRUE(sb.ok()) << sb.message();
    return std::move(sb).value();
}

}  // namespace

TEST(UiSmoke, EveryScreenDrawsWithoutAssertions) {
    auto sb = seededSandbox();
    Headless h;
    ui::AppUi app(*sb, {});
    const ui::Screen screens[] = {ui::Screen::Home, ui::Screen::SetupHome, ui::Screen::PartnerSettings};
    for (ui::Screen s : screens) {
        app.context().nav.go(s);
        for (int i = 0; i < 3; ++i) h.frame(app);
    }
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}

TEST(UiSmoke, WidgetMapListsLabelledWidgetsWithRectangles) {
    auto sb = seededSandbox();
    Headless h;
    ui::AppUi app(*sb, {});
    app.context().area = ui::AppArea::Setup;
    app.context().nav.go(ui::Screen::SetupHome);
    h.frame(app);
    h.frame(app);
    auto map = nlohmann::json::parse(ui::widgetMapJson());
    bool foundBuild = false;
    for (const auto& it : map["items"]) {
        if (it["label"] == "Build") {
            foundBuild = true;
            EXPECT_GT(it["w"].get<float>(), 0.0f);
            EXPECT_TRUE(it["visible"].get<bool>());
        }
    }
    EXPECT_TRUE(foundBuild) << map.dump();
}
