#pragma once
// Browser input for ImGui through Emscripten's html5 API: mouse, wheel, touch (tap, swipe to scroll, long
// press as right click), keyboard, text (a hidden text element that input methods, dictation, paste and
// on-screen keyboards write to), clipboard.
namespace prm::platform {
void installWebInput(const char* canvasSelector);
// Call right before ImGui::NewFrame(): hands ImGui the next queued input, one ordered transition a frame.
void webInputBeginFrame();
// Call right after ImGui::Render(): moves the page's focus to the hidden text element while a text field is active.
void webInputEndFrame();
}
