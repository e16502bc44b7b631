#pragma once
// An ImGui context without a GPU for the headless UI tests: the product's fonts and style, the widget
// map on, a 1280x800 display at 60 frames a second and a key map for keyboard navigation.
#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "ui/app_ui.h"
#include "ui/widget_map.h"

namespace prm::testing {

struct ImGuiHeadless {
    ImGuiHeadless() {
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
    ~ImGuiHeadless() { ImGui::DestroyContext(); }
    ImGuiHeadless(const ImGuiHeadless&) = delete;
    ImGuiHeadless& operator=(const ImGuiHeadless&) = delete;
};

// Drives an AppUi the way the browser tests drive the page: frames, the widget map of the last complete
// frame, and clicks at a widget's rectangle found by its label.
struct UiDriver : ImGuiHeadless {
    static void frame(ui::AppUi& app) {
        ui::widgetMapBeginFrame();
        ImGui::NewFrame();
        app.frame();
        ImGui::Render();
    }
    static void frames(ui::AppUi& app, int n) {
        for (int i = 0; i < n; ++i) frame(app);
    }
    static nlohmann::json items() { return nlohmann::json::parse(ui::widgetMapJson())["items"]; }
    // The visible widget (kind "item") labelled `label` in the last complete frame (the `index`-th of
    // them); its centre, or a point 40 px in for a wide one, in `center`. False when absent.
    static bool find(const std::string& label, ImVec2& center, int index = 0) {
        for (const auto& it : items()) {
            if (it["label"] != label || it["kind"] != "item" || !it["visible"].get<bool>()) continue;
            if (index-- > 0) continue;
            center = ImVec2(it["x"].get<float>() + std::min(it["w"].get<float>() / 2, 40.0f),
                            it["y"].get<float>() + it["h"].get<float>() / 2);
            return true;
        }
        return false;
    }
    // Whether the last complete frame drew `label`, as a widget or as text.
    static bool shows(const std::string& label) {
        for (const auto& it : items())
            if (it["label"] == label && it["visible"].get<bool>()) return true;
        return false;
    }
    // Whether some visible label contains `part`.
    static bool showsPart(const std::string& part) {
        for (const auto& it : items())
            if (it["visible"].get<bool>() && it["label"].get<std::string>().find(part) != std::string::npos) return true;
        return false;
    }
    // Clicks a widget by label: mouse down for one frame, up the next, then lets the UI settle.
    static bool click(ui::AppUi& app, const std::string& label, int index = 0) {
        frames(app, 2);  // the map describes the previous frame: make it current
        ImVec2 c;
        if (!find(label, c, index)) return false;
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = c;
        frame(app);
        io.MouseDown[0] = true;
        frame(app);
        io.MouseDown[0] = false;
        frames(app, 3);
        return true;
    }
};

}  // namespace prm::testing
