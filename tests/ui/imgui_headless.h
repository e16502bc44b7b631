#pragma once
// An ImGui context without a GPU for the headless UI tests: the product's fonts and style, the widget
// map on, a 1280x800 display at 60 frames a second and a key map for keyboard navigation.
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

}  // namespace prm::testing
