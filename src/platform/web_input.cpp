#include "platform/web_input.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstring>
#include <string>

#include "imgui.h"

namespace prm::platform {
namespace {

std::string g_clipboard;

// A press and release that arrive between two frames must still be seen as a press for one frame:
// the release is held back until the frame has consumed the press.
bool g_mousePressUnseen[5] = {};
bool g_mouseReleaseHeld[5] = {};
bool g_keyPressUnseen[512] = {};
bool g_keyReleaseHeld[512] = {};

const char* getClipboard(void*) { return g_clipboard.c_str(); }
void setClipboard(void*, const char* text) {
    g_clipboard = text ? text : "";
    EM_ASM({
        try { if (navigator.clipboard) navigator.clipboard.writeText(UTF8ToString($0)).catch(function() {}); } catch (e) {}
    }, g_clipboard.c_str());
}

EM_BOOL onMouse(int type, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
    if (e->button < 3) {
        const int b = e->button;
        if (type == EMSCRIPTEN_EVENT_MOUSEDOWN) {
            io.MouseDown[b] = true;
            g_mousePressUnseen[b] = true;
            g_mouseReleaseHeld[b] = false;
        }
        if (type == EMSCRIPTEN_EVENT_MOUSEUP) {
            if (g_mousePressUnseen[b]) g_mouseReleaseHeld[b] = true;
            else io.MouseDown[b] = false;
        }
    }
    return EM_TRUE;
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    float scale = e->deltaMode == DOM_DELTA_PIXEL ? 1.0f / 100.0f : (e->deltaMode == DOM_DELTA_LINE ? 1.0f / 3.0f : 1.0f);
    io.MouseWheel -= static_cast<float>(e->deltaY) * scale;
    io.MouseWheelH -= static_cast<float>(e->deltaX) * scale;
    return EM_TRUE;
}

// Keys ImGui needs, by DOM keyCode (used as the index into io.KeysDown).
bool isNavigationKey(unsigned long code) {
    switch (code) {
        case 8: case 9: case 13: case 27: case 32: case 33: case 34: case 35: case 36:
        case 37: case 38: case 39: case 40: case 45: case 46: return true;
        default: return false;
    }
}

EM_BOOL onKey(int type, const EmscriptenKeyboardEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    unsigned long code = e->keyCode;
    if (code < 512) {
        if (down) {
            io.KeysDown[code] = true;
            g_keyPressUnseen[code] = true;
            g_keyReleaseHeld[code] = false;
        } else if (g_keyPressUnseen[code]) {
            g_keyReleaseHeld[code] = true;
        } else {
            io.KeysDown[code] = false;
        }
    }
    io.KeyCtrl = e->ctrlKey;
    io.KeyShift = e->shiftKey;
    io.KeyAlt = e->altKey;
    io.KeySuper = e->metaKey;
    if (down && !e->ctrlKey && !e->metaKey && !e->altKey) {
        // Printable characters arrive as their key text ("a", "ä", "€").
        size_t len = std::strlen(e->key);
        if (len > 0 && len <= 4 && static_cast<unsigned char>(e->key[0]) >= 0x20 && !(len > 1 && static_cast<unsigned char>(e->key[0]) < 0x80)) {
            io.AddInputCharactersUTF8(e->key);
            return EM_TRUE;
        }
    }
    // Let Ctrl+C / Ctrl+V / Ctrl+X reach the browser so its copy and paste events fire.
    if ((e->ctrlKey || e->metaKey) && (code == 67 || code == 86 || code == 88)) return EM_FALSE;
    return isNavigationKey(code) || e->ctrlKey ? EM_TRUE : EM_FALSE;
}

EM_BOOL onBlur(int, const EmscriptenFocusEvent*, void*) {
    ImGuiIO& io = ImGui::GetIO();
    std::memset(io.KeysDown, 0, sizeof io.KeysDown);
    io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
    for (bool& b : io.MouseDown) b = false;
    return EM_FALSE;
}

}  // namespace

void webInputFrameConsumed() {
    ImGuiIO& io = ImGui::GetIO();
    for (int b = 0; b < 5; ++b) {
        if (g_mouseReleaseHeld[b]) io.MouseDown[b] = false;
        g_mousePressUnseen[b] = g_mouseReleaseHeld[b] = false;
    }
    for (int k = 0; k < 512; ++k) {
        if (g_keyReleaseHeld[k]) io.KeysDown[k] = false;
        g_keyPressUnseen[k] = g_keyReleaseHeld[k] = false;
    }
}

void installWebInput(const char* canvas) {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "prm_web";
    io.KeyMap[ImGuiKey_Tab] = 9;
    io.KeyMap[ImGuiKey_LeftArrow] = 37;
    io.KeyMap[ImGuiKey_RightArrow] = 39;
    io.KeyMap[ImGuiKey_UpArrow] = 38;
    io.KeyMap[ImGuiKey_DownArrow] = 40;
    io.KeyMap[ImGuiKey_PageUp] = 33;
    io.KeyMap[ImGuiKey_PageDown] = 34;
    io.KeyMap[ImGuiKey_Home] = 36;
    io.KeyMap[ImGuiKey_End] = 35;
    io.KeyMap[ImGuiKey_Insert] = 45;
    io.KeyMap[ImGuiKey_Delete] = 46;
    io.KeyMap[ImGuiKey_Backspace] = 8;
    io.KeyMap[ImGuiKey_Space] = 32;
    io.KeyMap[ImGuiKey_Enter] = 13;
    io.KeyMap[ImGuiKey_Escape] = 27;
    io.KeyMap[ImGuiKey_KeyPadEnter] = 13;
    io.KeyMap[ImGuiKey_A] = 65;
    io.KeyMap[ImGuiKey_C] = 67;
    io.KeyMap[ImGuiKey_V] = 86;
    io.KeyMap[ImGuiKey_X] = 88;
    io.KeyMap[ImGuiKey_Y] = 89;
    io.KeyMap[ImGuiKey_Z] = 90;
    io.GetClipboardTextFn = getClipboard;
    io.SetClipboardTextFn = setClipboard;

    emscripten_set_mousedown_callback(canvas, nullptr, EM_TRUE, onMouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, onMouse);
    emscripten_set_mousemove_callback(canvas, nullptr, EM_TRUE, onMouse);
    emscripten_set_wheel_callback(canvas, nullptr, EM_TRUE, onWheel);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, onKey);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, onKey);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, onBlur);
}

}  // namespace prm::platform

// The page's paste listener hands the pasted text here before ImGui sees Ctrl+V on the next frame.
extern "C" EMSCRIPTEN_KEEPALIVE void prm_set_clipboard(const char* text) {
    prm::platform::g_clipboard = text ? text : "";
}
