#pragma once
// Keyboard conventions shared by every form and dialog: Enter presses the form's default button,
// Escape cancels a dialog, "?" opens the Keyboard help. See docs/KEYBOARD.md.
#include "imgui.h"

namespace prm::ui {

// The form's default button, drawn highlighted. True on a click, or on Enter / keypad Enter while the
// window holding it (or one of its children) has the focus with no popup over it, no multi-line text
// field is being edited, and the button is enabled. Only the first default button drawn in a frame
// takes the Enter press.
bool primaryButton(const char* label, const ImVec2& size = ImVec2(0, 0));

// Escape was pressed this frame while the current popup or window has the focus (a combo list or
// another popup over it takes the key first).
bool escapePressed();

// A dialog's Cancel: true on a click or on escapePressed(), and the current popup is then closed.
// Call it between BeginPopupModal() and EndPopup().
bool cancelButton(const char* label);

// The "?" button of the header and the Keyboard help it opens; the "?" key opens it too when no
// text field is being edited. Call once a frame inside the header window; the button goes on the
// line of the item drawn before it.
void keyboardHelpButton();

}  // namespace prm::ui
