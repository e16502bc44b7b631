#pragma once
// Per-frame map of widgets (window, label, rectangle, enabled, checked) collected through ImGui's
// test-engine hooks. Browser tests read it as JSON to find a widget by label and click its rectangle.
#include <string>

namespace prm::ui {

// Turns the hooks on for the current ImGui context. Call once after ImGui::CreateContext().
void enableWidgetMap();
// Call at the start of each frame, before ImGui::NewFrame(): the map then describes the previous frame.
void widgetMapBeginFrame();
// Text drawn through ui::text() and friends, so tests can find plain labels too.
void widgetMapNoteText(const char* text);
// Marks which columns of a table (by ImGui table id) are key columns: number, name, first action.
void widgetMapSetKeyColumns(unsigned int tableId, unsigned long long mask);
// The last complete frame's widgets as JSON:
// {"frame":N,"items":[{"id":..,"window":"..","label":"..","x":..,"y":..,"w":..,"h":..,"enabled":true,
//   "checked":false,"checkable":false,"visible":true,"kind":"item|text",
//   "clipped":false,"key":false}]}
// In a table cell, "clipped" is true when the item runs past its column's right edge and "key" when
// the column is a key column (widgetMapSetKeyColumns).
std::string widgetMapJson();

}  // namespace prm::ui
