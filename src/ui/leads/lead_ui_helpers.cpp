#include "ui/leads/lead_ui_helpers.h"

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "domain/rules.h"
#include "imgui_internal.h"
#include "ui/strings.h"

namespace prm::ui {

bool labelledCombo(const char* id, const char* preview, const char* mapLabel, ImGuiComboFlags flags) {
    const ImGuiID itemId = ImGui::GetID(id);
    const bool open = ImGui::BeginCombo(id, preview, flags);
    // The combo's item was added under itemId inside BeginCombo; give it its label.
    ImGuiContext& g = *GImGui;
    if (g.TestEngineHookItems) ImGuiTestEngineHook_ItemInfo(&g, itemId, mapLabel ? mapLabel : id, 0);
    return open;
}

bool labelledCheckbox(const char* id, bool* value, const std::string& mapLabel) {
    const ImGuiID itemId = ImGui::GetID(id);
    const bool changed = ImGui::Checkbox(id, value);
    ImGuiContext& g = *GImGui;
    if (g.TestEngineHookItems)
        ImGuiTestEngineHook_ItemInfo(&g, itemId, mapLabel.c_str(), ImGuiItemStatusFlags_Checkable | (*value ? ImGuiItemStatusFlags_Checked : 0));
    return changed;
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

namespace prm::ui {

std::string leadFieldText(int field, const std::optional<std::string>& value) {
    if (!value || value->empty() || field < 0 || field >= domain::kLeadFieldCount) return value.value_or("");
    const auto& f = domain::leadFields()[static_cast<std::size_t>(field)];
    if (std::strcmp(f.apiName, "Status") == 0 || std::strcmp(f.apiName, "Rating") == 0)  // notr: API names
        return picklistText(*value);
    if (f.type != domain::FieldType::Number) return *value;
    char* end = nullptr;
    const double v = std::strtod(value->c_str(), &end);
    if (!end || *end != '\0' || !std::isfinite(v)) return *value;  // not a number: shown as stored
    if (std::strcmp(f.apiName, "AnnualRevenue") == 0) return fmtMoney(v);  // notr: the field's API name
    return fmtNumber(v, v == std::floor(v) ? 0 : 2);
}

const char* picklistText(const std::string& value) { return value.empty() ? "" : tr(value.c_str()); }

}  // namespace prm::ui
