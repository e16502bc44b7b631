#pragma once
// Helpers of the lead screens.
#include "imgui.h"

namespace prm::ui {

// ImGui::BeginCombo that also reports its label to the widget map (ImGui 1.86's BeginCombo does not),
// so tests can click a combo by its label. Call ImGui::EndCombo() only when it returns true.
bool labelledCombo(const char* label, const char* preview, ImGuiComboFlags flags = 0);

}  // namespace prm::ui
