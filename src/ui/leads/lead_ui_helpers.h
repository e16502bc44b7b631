#pragma once
// Helpers of the lead screens.
#include <optional>
#include <string>

#include "imgui.h"
#include "ui/ui_context.h"

namespace prm::ui {

// ImGui::BeginCombo that also reports a label to the widget map (ImGui 1.86's BeginCombo does not), so
// tests can click a combo by its label. `id` may hide its label ("##owner"); `mapLabel` is what the map
// records (nullptr: the visible part of `id`). Call ImGui::EndCombo() only when it returns true.
bool labelledCombo(const char* id, const char* preview, const char* mapLabel = nullptr, ImGuiComboFlags flags = 0);
// ImGui::Checkbox without a visible label ("##sel" in a table row) that reports `mapLabel` ("Select Call Jari")
// to the widget map, so a row's tick box can be found by what it selects.
bool labelledCheckbox(const char* id, bool* value, const std::string& mapLabel);

// The kept result of `anchor` beside the last item (a button); the next item starts on a new line either way.
void feedbackBeside(UiContext& ui, const char* anchor);

// A bordered panel as tall as its content was last frame (a child window cannot size itself in 1.86).
struct FitPanel {
    float height = 240.0f;
};
void beginPanel(const char* id, FitPanel& p);
void endPanel(FitPanel& p);

// A lead field's value as a record page shows it: numbers in the UI language's format (Annual Revenue
// as money, 41 225 000,00 € in Finnish), picklist values (Lead Status, Rating) translated, text as it is.
std::string leadFieldText(int field, const std::optional<std::string>& value);
// A Lead Status or Rating value in the UI language ("Working - Contacted" -> "Työn alla - yhteydessä"); the
// stored value stays the API's English one. A value the catalogue does not know is shown as it is.
const char* picklistText(const std::string& value);

}  // namespace prm::ui
