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
// The last complete frame's widgets as JSON:
// {"frame":N,"items":[{"id":..,"window":"..","label":"..","x":..,"y":..,"w":..,"h":..,"enabled":true,
//   "checked":false,"checkable":false,"visible":true,"kind":"item|text"}]}
std::string widgetMapJson();

}  // namespace prm::ui
