#include "ui/widgets.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/table_helpers.h"
#include "ui/widget_map.h"

namespace prm::ui {
namespace {
// Where help text wraps: a table cell's edge, else the visible right edge of the window, so a page
// that scrolls sideways (a wide table) does not push its paragraphs out of view.
float wrapPos() {
    if (ImGui::GetCurrentTable()) return 0.0f;
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    const float right = w->Scroll.x + (w->InnerRect.Max.x - w->Pos.x) - ImGui::GetStyle().WindowPadding.x;
    return std::max(right, ImGui::GetCursorPosX() + 40.0f);
}
}  // namespace

void text(const std::string& s) {
    ImGui::TextUnformatted(s.c_str());
    widgetMapNoteText(s.c_str());
    tooltipIfClipped(s.c_str());  // a table cell too narrow for it
}
void textf(const char* fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    std::vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    text(buf);
}
void textColored(unsigned int rgba, const std::string& s) {
    ImGui::PushStyleColor(ImGuiCol_Text, rgba);
    text(s);
    ImGui::PopStyleColor();
}
void heading(const std::string& s) {
    ImGui::SetWindowFontScale(1.35f);
    text(s);
    ImGui::SetWindowFontScale(1.0f);
    ImGui::Separator();
}
void hint(const std::string& s) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(90, 96, 110, 255));
    ImGui::PushTextWrapPos(wrapPos());
    text(s);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}
void errorText(const std::string& s) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(190, 30, 30, 255));
    ImGui::PushTextWrapPos(wrapPos());
    text(s);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}
void okText(const std::string& s) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(20, 120, 50, 255));
    ImGui::PushTextWrapPos(wrapPos());
    text(s);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}
bool link(const char* label) {
    ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(220, 232, 250, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(10, 90, 200, 255));
    bool clicked = ImGui::SmallButton(label);
    ImGui::PopStyleColor(3);
    tooltipIfClipped(std::string(label, ImGui::FindRenderedTextEnd(label)).c_str());
    return clicked;
}

}  // namespace prm::ui
