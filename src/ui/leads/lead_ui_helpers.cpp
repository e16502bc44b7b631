#include "ui/leads/lead_ui_helpers.h"

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

namespace prm::ui {

void feedbackBeside(UiContext& ui, const char* anchor) {
    ImGui::SameLine();
    ui.feedback(anchor);
    ImGui::Dummy(ImVec2(0, 0));  // ends the row when nothing was drawn beside the button
}

void beginPanel(const char* id, FitPanel& p) { ImGui::BeginChild(id, ImVec2(0, p.height), true); }

void endPanel(FitPanel& p) {
    ImGui::Dummy(ImVec2(0, 0));  // ends a SameLine() row, so the cursor is below everything drawn
    p.height = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y - ImGui::GetStyle().ItemSpacing.y;
    ImGui::EndChild();
}

}  // namespace prm::ui
