#pragma once
// Browser input for ImGui through Emscripten's html5 API: mouse, wheel, keyboard, text, clipboard.
namespace prm::platform {
void installWebInput(const char* canvasSelector);
// Call right after ImGui::NewFrame(): releases that arrived before the press was seen apply now.
void webInputFrameConsumed();
}
