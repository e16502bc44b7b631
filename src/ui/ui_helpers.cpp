#include "ui/ui_helpers.h"

#include <algorithm>
#include <ctime>

#include "imgui_stdlib.h"
#include "ui/keyboard.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/widgets.h"

namespace prm::ui {

std::string formatTime(domain::TimeMs t) {
    const std::time_t secs = static_cast<std::time_t>(t / 1000);
    std::tm tm{};
    localtime_r(&secs, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
    return fmtDateTime(buf);  // 1.12.2026 klo 13.45 in Finnish
}

std::string formatTime(const std::optional<domain::TimeMs>& t, const char* never) {
    return t ? formatTime(*t) : std::string(tr(never));
}

float tableHeight(int rows, int maxRows) {
    const int shown = std::clamp(rows + 1, 2, maxRows + 1);  // + header
    return ImGui::GetFrameHeightWithSpacing() * static_cast<float>(shown) + 6.0f;
}

bool beginFields(const char* id, float labelWidth) {
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit)) return false;
    labelColumn(labelWidth);  // as wide as the widest label, within reason; labels wrap past that
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    return true;
}

void fieldRow(const char* label, const std::string& value) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(90, 96, 110, 255));
    labelText(tr(label));
    ImGui::PopStyleColor();
    ImGui::TableNextColumn();
    cellText(value.empty() ? std::string("\u2014") : value);
}

void cellText(const std::string& s) {
    ImGui::PushTextWrapPos(0.0f);
    text(s);
    ImGui::PopTextWrapPos();
}

void dateColumn(const char* label) {
    ImGui::TableSetupColumn(label, ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize(fmtDateTime("2026-12-31 23:59").c_str()).x + ImGui::GetStyle().CellPadding.x * 2);
}

void endFields() { ImGui::EndTable(); }

bool beginForm(const char* id) {
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingFixedFit)) return false;
    labelColumn(120.0f);
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthFixed, 380.0f);
    return true;
}

void endForm() { ImGui::EndTable(); }

namespace {
const unsigned int kRequiredRed = IM_COL32(190, 30, 30, 255);

void labelCell(const char* label, bool required) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    // A required label keeps room for its red "*" on the same line.
    labelText(label[0] ? tr(label) : "", required ? 3.0f + ImGui::CalcTextSize("*").x : 0.0f);  // notr: the mark
    if (required) {
        ImGui::SameLine(0, 3.0f);
        textColored(kRequiredRed, "*");  // notr: the required mark, explained by requiredLegend()
    }
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
}

bool inputRow(const char* label, std::string* value, int flags, bool required) {
    labelCell(label, required);
    // The field keeps its label (tests find fields by it) but the label is clipped at the field's edge,
    // so it shows once, in the label column.
    const std::string id = std::string(tr(label)) + "###" + label;
    const float w = ImGui::GetContentRegionAvail().x;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::SetNextItemWidth(w);
    ImGui::PushClipRect(p, ImVec2(p.x + w, p.y + ImGui::GetFrameHeight()), true);
    const bool changed = ImGui::InputText(id.c_str(), value, flags);
    ImGui::PopClipRect();
    return changed;
}
}  // namespace

void formLabel(const char* label) { labelCell(label, false); }
void formRequiredLabel(const char* label) { labelCell(label, true); }

bool formInput(const char* label, std::string* value, int flags) { return inputRow(label, value, flags, false); }
bool formRequiredInput(const char* label, std::string* value, int flags) { return inputRow(label, value, flags, true); }

void formError(const std::string& message) {
    if (message.empty()) return;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    errorText(message);
}

void requiredLegend() {
    textColored(kRequiredRed, tr("* Required"));
}

SaveAction saveButtons() {
    SaveAction a = SaveAction::None;
    if (primaryButton(tr("Save"))) a = SaveAction::Save;
    ImGui::SameLine();
    if (ImGui::Button(tr("Save & Close"))) a = SaveAction::SaveAndClose;
    ImGui::SameLine();
    if (ImGui::Button(tr("Save & New"))) a = SaveAction::SaveAndNew;
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) a = SaveAction::Cancel;
    return a;
}

void formText(const char* label, const std::string& value) {
    formLabel(label);
    ImGui::AlignTextToFramePadding();
    cellText(value);
}

bool idCombo(const char* label, domain::Id* current, const std::vector<std::pair<domain::Id, std::string>>& choices,
             const char* none) {
    std::string preview = none ? tr(none) : "";
    for (const auto& [id, name] : choices)
        if (id == *current) preview = name;
    bool picked = false;
    if (ImGui::BeginCombo(label, preview.c_str())) {
        if (none && ImGui::Selectable(tr(none), *current == 0)) {
            *current = 0;
            picked = true;
        }
        for (const auto& [id, name] : choices) {
            ImGui::PushID(static_cast<int>(id));
            if (ImGui::Selectable(name.c_str(), id == *current)) {
                *current = id;
                picked = true;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return picked;
}

void recordLink(UiContext& ui, const std::string& name, Screen screen, domain::Id id) {
    ImGui::PushID(static_cast<int>(id));
    if (link(name.c_str())) ui.nav.go(screen, id);
    ImGui::PopID();
}

void emptyHint(const std::string& s) { hint(s); }

void section(const char* title) {
    ImGui::Spacing();
    ImGui::SetWindowFontScale(1.1f);
    text(tr(title));
    ImGui::SetWindowFontScale(1.0f);
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace prm::ui
