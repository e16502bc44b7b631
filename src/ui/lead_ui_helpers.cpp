#include "ui/lead_ui_helpers.h"

#include "imgui_internal.h"

namespace prm::ui {

bool labelledCombo(const char* label, const char* preview, ImGuiComboFlags flags) {
    const ImGuiID id = ImGui::GetID(label);
    const bool open = ImGui::BeginCombo(label, preview, flags);
    // The combo's item was added under `id` inside BeginCombo; give it its label.
    ImGuiContext& g = *GImGui;
    if (g.TestEngineHookItems) ImGuiTestEngineHook_ItemInfo(&g, id, label, 0);
    return open;
}

}  // namespace prm::ui
