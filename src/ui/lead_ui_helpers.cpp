#include "ui/lead_ui_helpers.h"

#include "imgui_internal.h"

namespace prm::ui {

bool labelledCombo(const char* id, const char* preview, const char* mapLabel, ImGuiComboFlags flags) {
    const ImGuiID itemId = ImGui::GetID(id);
    const bool open = ImGui::BeginCombo(id, preview, flags);
    // The combo's item was added under itemId inside BeginCombo; give it its label.
    ImGuiContext& g = *GImGui;
    if (g.TestEngineHookItems) ImGuiTestEngineHook_ItemInfo(&g, itemId, mapLabel ? mapLabel : id, 0);
    return open;
}

}  // namespace prm::ui
