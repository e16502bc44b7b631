// [SECTION] key tests  [SECTION] default and cancel buttons  [SECTION] Keyboard help
#include "ui/keyboard.h"

#include <string>

#include "imgui_internal.h"
#include "ui/strings.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

// [SECTION] key tests
bool keyPressed(ImGuiKey key) {
    const int index = ImGui::GetKeyIndex(key);
    return index >= 0 && ImGui::IsKeyPressed(index, false);
}

// The current window (a form, a dialog) or one of its children has the focus, and no popup (combo list,
// menu) is over it.
bool currentWindowFocused() {
    return ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows | ImGuiFocusedFlags_NoPopupHierarchy);
}

// A multi-line text field is being edited: Enter types a new line there.
bool multilineActive() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    // Only a multi-line field claims Page Up / Page Down while it is being edited (imgui_widgets.cpp, InputTextEx).
    return g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId &&
           (g.ActiveIdUsingKeyInputMask & (ImU64(1) << ImGuiKey_PageUp)) != 0;
}

bool textFieldActive() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    return g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId;
}

int g_enterTakenFrame = -1;  // the frame whose Enter press a default button has already taken

}  // namespace

// [SECTION] default and cancel buttons
bool primaryButton(const char* label, const ImVec2& size) {
    const bool disabled = (ImGui::GetCurrentContext()->CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
    ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(24, 94, 184, 255));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(16, 76, 156, 255));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(10, 58, 124, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    const bool clicked = ImGui::Button(label, size);
    ImGui::PopStyleColor(4);
    if (clicked) return true;
    if (disabled || g_enterTakenFrame == ImGui::GetFrameCount()) return false;
    if (!(keyPressed(ImGuiKey_Enter) || keyPressed(ImGuiKey_KeyPadEnter))) return false;
    if (!currentWindowFocused() || multilineActive()) return false;
    g_enterTakenFrame = ImGui::GetFrameCount();
    return true;
}

bool escapePressed() { return keyPressed(ImGuiKey_Escape) && currentWindowFocused(); }

bool cancelButton(const char* label) {
    if (ImGui::Button(label) || escapePressed()) {
        ImGui::CloseCurrentPopup();
        return true;
    }
    return false;
}

// [SECTION] Keyboard help
void keyboardHelpButton() {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SameLine(0, 12.0f);
    bool open = ImGui::SmallButton("?###keyboardhelp");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Keyboard shortcuts (?)"));
    if (!textFieldActive() && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
        for (ImWchar c : io.InputQueueCharacters)
            if (c == '?') open = true;
    if (open) ImGui::OpenPopup("###keyboard");
    ImGui::SetNextWindowSize(ImVec2(560, 0));
    const std::string title = std::string(tr("Keyboard")) + "###keyboard";
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(20, 20, 20, 255));
    const char* rows[][2] = {
        {N_("Enter"), N_("Presses the highlighted button of the form or dialog (Save, Log In, Next...).")},
        {N_("Escape"), N_("Closes a dialog as Cancel; in a text field, first undoes the edit you are typing.")},
        {N_("Tab / Shift+Tab"), N_("Next / previous text field, top to bottom.")},
        {N_("Arrow keys, Space"), N_("Move between buttons and fields; Space presses the one marked.")},
        {N_("Ctrl+A"), N_("Selects all the text in the field.")},
        {N_("Ctrl+C / Ctrl+X / Ctrl+V"), N_("Copies / cuts / pastes text in a field.")},
        {N_("Ctrl+Z / Ctrl+Y"), N_("Undoes / redoes typing in a field.")},
        {N_("Home / End, Ctrl+arrows"), N_("Start / end of the field; word by word.")},
        {N_("?"), N_("Opens this help (when no text field is being edited).")},
    };
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr("Key"), ImGuiTableColumnFlags_WidthFixed, 190.0f);
        ImGui::TableSetupColumn(tr("What it does"));
        ImGui::TableHeadersRow();
        for (const auto& row : rows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text(tr(row[0]));
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            text(tr(row[1]));
            ImGui::PopTextWrapPos();
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    if (primaryButton(tr("Close")) || escapePressed()) ImGui::CloseCurrentPopup();
    ImGui::PopStyleColor();
    ImGui::EndPopup();
}

}  // namespace prm::ui
