#include <algorithm>
#include <cctype>
#include <string>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/strings.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

struct SetupPage {
    const char* path;  // as shown in search results
    Screen screen;
};
const SetupPage kPages[] = {
    {"Build > Customize > Partners > Settings", Screen::PartnerSettings},
    {"Digital Experiences > Settings", Screen::PartnerSettings},
};

bool containsNoCase(const std::string& hay, const std::string& needle) {
    auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                          [](char a, char b) { return std::tolower((unsigned char)a) == std::tolower((unsigned char)b); });
    return it != hay.end();
}

void leaf(UiContext& ui, const char* label, Screen screen, const char* id) {
    ImGui::PushID(id);
    if (ImGui::Selectable(tr(label), ui.nav.screen == screen)) ui.nav.go(screen);
    ImGui::PopID();
}

}  // namespace

void drawSetupTree(UiContext& ui) {
    static std::string search;
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##setupsearch", tr("Quick Find"), &search);
    if (!search.empty()) {
        for (const SetupPage& p : kPages)
            if (containsNoCase(p.path, search) || containsNoCase(tr(p.path), search))
                if (ImGui::Selectable(p.path)) ui.nav.go(p.screen);
        ImGui::Separator();
    }
    ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    if (ImGui::TreeNode(tr("Build"))) {
        ImGui::SetNextItemOpen(true, ImGuiCond_Once);
        if (ImGui::TreeNode(tr("Customize"))) {
            ImGui::SetNextItemOpen(true, ImGuiCond_Once);
            if (ImGui::TreeNode(tr("Partners"))) {
                leaf(ui, "Settings", Screen::PartnerSettings, "partners-settings");
                ImGui::TreePop();
            }
            ImGui::TreePop();
        }
        ImGui::TreePop();
    }
    if (ImGui::TreeNode(tr("Digital Experiences"))) {
        leaf(ui, "Settings", Screen::PartnerSettings, "dx-settings");
        ImGui::TreePop();
    }
}

void drawSetupHomeView(UiContext& ui) {
    heading(tr("Setup"));
    hint(tr("Pick a page in the tree on the left, or type in Quick Find. Partner Relationship Management lives "
            "under Build > Customize > Partners > Settings (newer releases: Digital Experiences > Settings)."));
    (void)ui;
}

}  // namespace prm::ui
