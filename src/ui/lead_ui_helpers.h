#pragma once
// Helpers of the lead screens.
#include "imgui.h"

namespace prm::ui {

// ImGui::BeginCombo that also reports a label to the widget map (ImGui 1.86's BeginCombo does not), so
// tests can click a combo by its label. `id` may hide its label ("##owner"); `mapLabel` is what the map
// records (nullptr: the visible part of `id`). Call ImGui::EndCombo() only when it returns true.
bool labelledCombo(const char* id, const char* preview, const char* mapLabel = nullptr, ImGuiComboFlags flags = 0);

}  // namespace prm::ui
