// Browser input for ImGui through Emscripten's html5 API and a hidden text element.
// [SECTION] event queue  [SECTION] hand-off to ImGui  [SECTION] DOM callbacks  [SECTION] touch
// [SECTION] text element
//
// ImGui 1.86 reads input as state once per frame and applies all typed characters before key
// presses. Browser events arrive faster than frames on a slow machine, so they are queued here in
// arrival order and handed over one transition at a time: a key press and the characters typed after
// it, or a mouse press and its release, never land in the same frame.
#include "platform/web_input.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <bitset>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <deque>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"

namespace prm::platform {
namespace {

// [SECTION] event queue
enum class EventKind { MouseMove, MouseButton, Wheel, Key, Text, ReleaseAll };

struct Modifiers {
    bool ctrl = false, shift = false, alt = false, super = false;
    bool operator==(const Modifiers& o) const {
        return ctrl == o.ctrl && shift == o.shift && alt == o.alt && super == o.super;
    }
};

struct InputEvent {
    explicit InputEvent(EventKind k) : kind(k) {}
    EventKind kind;
    float x = 0, y = 0;   // MouseMove: position; Wheel: horizontal and vertical steps
    int code = 0;         // MouseButton: ImGui button; Key: DOM keyCode (index into io.KeysDown)
    bool down = false;    // MouseButton, Key
    Modifiers mods;       // Key
    std::string text;     // Text, UTF-8
};

constexpr int kKeyCount = 512;
std::deque<InputEvent> g_queue;
std::string g_clipboard;
bool g_textElementFocused = false;  // the hidden <textarea> has the page's focus

void push(InputEvent e) {
    // Neighbours that cannot change the order of anything are merged, so a long burst stays short.
    if (!g_queue.empty()) {
        InputEvent& last = g_queue.back();
        if (e.kind == EventKind::MouseMove && last.kind == EventKind::MouseMove) { last = e; return; }
        if (e.kind == EventKind::Text && last.kind == EventKind::Text) { last.text += e.text; return; }
        if (e.kind == EventKind::Wheel && last.kind == EventKind::Wheel) { last.x += e.x; last.y += e.y; return; }
    }
    g_queue.push_back(std::move(e));
}

// Where the pointer is once everything queued so far is handed over.
ImVec2 g_queuedMousePos(-FLT_MAX, -FLT_MAX);

void pushMouseMove(float x, float y) {
    if (g_queuedMousePos.x == x && g_queuedMousePos.y == y) return;  // a press where the pointer already is
    g_queuedMousePos = ImVec2(x, y);
    InputEvent e{EventKind::MouseMove};
    e.x = x;
    e.y = y;
    push(std::move(e));
}

// [SECTION] hand-off to ImGui
// What one frame has already been given; an event that would blur the order waits for the next frame.
struct FrameChanges {
    unsigned buttons = 0;  // bit per mouse button that went down or up
    bool wheel = false;
    bool modifiers = false;
    bool anyKey = false;
    std::bitset<kKeyCount> keys;
    bool text = false;
};

Modifiers currentModifiers(const ImGuiIO& io) { return {io.KeyCtrl, io.KeyShift, io.KeyAlt, io.KeySuper}; }

// Whether the event changes what ImGui sees (a release of a key that is not down changes nothing).
bool changesState(const InputEvent& e, const ImGuiIO& io) {
    switch (e.kind) {
        case EventKind::MouseMove: return io.MousePos.x != e.x || io.MousePos.y != e.y;
        case EventKind::MouseButton: return io.MouseDown[e.code] != e.down;
        case EventKind::Key:
            return io.KeysDown[e.code] != e.down || !(currentModifiers(io) == e.mods);
        default: return true;
    }
}

bool fitsThisFrame(const InputEvent& e, const FrameChanges& c, const ImGuiIO& io) {
    switch (e.kind) {
        case EventKind::MouseMove: return c.buttons == 0 && !c.wheel;
        case EventKind::Wheel: return c.buttons == 0;
        case EventKind::MouseButton:
            return !(c.buttons & (1u << e.code)) && !c.anyKey && !c.text;
        case EventKind::Key:
            if (c.text || c.buttons != 0 || c.keys.test(static_cast<size_t>(e.code))) return false;
            return c.modifiers ? currentModifiers(io) == e.mods : true;
        case EventKind::Text: return !c.anyKey && c.buttons == 0;
        case EventKind::ReleaseAll: return c.buttons == 0 && !c.anyKey && !c.text;
    }
    return true;
}

void apply(const InputEvent& e, FrameChanges& c, ImGuiIO& io) {
    switch (e.kind) {
        case EventKind::MouseMove:
            io.MousePos = ImVec2(e.x, e.y);
            break;
        case EventKind::Wheel:
            io.MouseWheelH += e.x;
            io.MouseWheel += e.y;
            c.wheel = true;
            break;
        case EventKind::MouseButton:
            io.MouseDown[e.code] = e.down;
            c.buttons |= 1u << e.code;
            break;
        case EventKind::Key:
            if (!(currentModifiers(io) == e.mods)) {
                io.KeyCtrl = e.mods.ctrl;
                io.KeyShift = e.mods.shift;
                io.KeyAlt = e.mods.alt;
                io.KeySuper = e.mods.super;
                c.modifiers = true;
            }
            if (io.KeysDown[e.code] != e.down) {
                io.KeysDown[e.code] = e.down;
                c.keys.set(static_cast<size_t>(e.code));
            }
            c.anyKey = true;
            break;
        case EventKind::Text:
            io.AddInputCharactersUTF8(e.text.c_str());
            c.text = true;
            break;
        case EventKind::ReleaseAll:
            std::memset(io.KeysDown, 0, sizeof io.KeysDown);
            io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
            for (bool& b : io.MouseDown) b = false;
            c.buttons = ~0u;
            c.anyKey = true;
            break;
    }
}

// [SECTION] DOM callbacks
const char* getClipboard(void*) { return g_clipboard.c_str(); }
void setClipboard(void*, const char* text) {
    g_clipboard = text ? text : "";
    EM_ASM({
        try { if (navigator.clipboard) navigator.clipboard.writeText(UTF8ToString($0)).catch(function() {}); } catch (e) {}
    }, g_clipboard.c_str());
}

// DOM buttons are 0 left, 1 middle, 2 right; ImGui's are 0 left, 1 right, 2 middle.
int imguiButton(unsigned short domButton) {
    switch (domButton) {
        case 0: return 0;
        case 1: return 2;
        case 2: return 1;
        default: return domButton < 5 ? domButton : -1;
    }
}

EM_BOOL onMouse(int type, const EmscriptenMouseEvent* e, void*) {
    pushMouseMove(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
        const int b = imguiButton(e->button);
        if (b >= 0) {
            InputEvent ev{EventKind::MouseButton};
            ev.code = b;
            ev.down = type == EMSCRIPTEN_EVENT_MOUSEDOWN;
            push(std::move(ev));
        }
    }
    return EM_TRUE;
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
    const float scale = e->deltaMode == DOM_DELTA_PIXEL ? 1.0f / 100.0f : (e->deltaMode == DOM_DELTA_LINE ? 1.0f / 3.0f : 1.0f);
    pushMouseMove(static_cast<float>(e->mouse.targetX), static_cast<float>(e->mouse.targetY));
    InputEvent ev{EventKind::Wheel};
    ev.x = -static_cast<float>(e->deltaX) * scale;
    ev.y = -static_cast<float>(e->deltaY) * scale;
    push(std::move(ev));
    return EM_TRUE;
}

// Keys the browser must not act on itself (scrolling, focus moves), by DOM keyCode.
bool isNavigationKey(unsigned long code) {
    switch (code) {
        case 8: case 9: case 13: case 27: case 32: case 33: case 34: case 35: case 36:
        case 37: case 38: case 39: case 40: case 45: case 46: return true;
        default: return false;
    }
}

// A key whose `key` is the text it types ("a", "ä", "€", " "), not a name ("Enter", "Dead").
bool typesText(const char* key) {
    const size_t len = std::strlen(key);
    if (len == 0 || len > 4) return false;
    const auto first = static_cast<unsigned char>(key[0]);
    if (len == 1) return first >= 0x20 && first != 0x7f;
    return first >= 0xc0;  // one multi-byte UTF-8 character
}

EM_BOOL onKey(int type, const EmscriptenKeyboardEvent* e, void*) {
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    const unsigned long code = e->keyCode;
    // An input method is composing (keyCode 229, "Process"): the text arrives through the text element.
    if (code == 229 || std::strcmp(e->key, "Process") == 0) return EM_FALSE;
    const bool shortcut = (e->ctrlKey || e->metaKey) && !(e->ctrlKey && e->altKey);  // Ctrl+Alt is AltGr
    const bool text = typesText(e->key) && !shortcut;
    if (down && text && g_textElementFocused) {
        // The text element turns the key into an `input` event (or a composition), which delivers it.
        return EM_FALSE;
    }
    // Paste is delivered as text by the page's paste event (see the text element), not as Ctrl+V.
    const bool paste = shortcut && code == 86;
    if (code < kKeyCount && !(down && paste)) {
        InputEvent ev{EventKind::Key};
        ev.code = static_cast<int>(code);
        ev.down = down;
        ev.mods = {e->ctrlKey != 0, e->shiftKey != 0, e->altKey != 0, e->metaKey != 0};
        push(std::move(ev));
    }
    if (down && text) {
        InputEvent ev{EventKind::Text};
        ev.text = e->key;
        push(std::move(ev));
        return EM_TRUE;
    }
    // Let Ctrl+C / Ctrl+V / Ctrl+X reach the browser so its copy and paste events fire.
    if (shortcut && (code == 67 || code == 86 || code == 88)) return EM_FALSE;
    return isNavigationKey(code) || shortcut ? EM_TRUE : EM_FALSE;
}

EM_BOOL onBlur(int, const EmscriptenFocusEvent*, void*) {
    // Focus moving inside the page (canvas <-> text element) keeps the keys; leaving the page releases them.
    if (EM_ASM_INT({ return document.hasFocus() ? 1 : 0; })) return EM_FALSE;
    push(InputEvent{EventKind::ReleaseAll});
    return EM_FALSE;
}

// [SECTION] touch
// A touch screen works as people expect: a tap clicks, a swipe scrolls what is under the finger (with
// momentum after the finger lifts), a long press opens what a right click opens, a tap on a text field
// brings up the on-screen keyboard. Two fingers (a pinch) do nothing: the page must not zoom under the app
// (the canvas has touch-action: none), and the canvas follows the window's size each frame.
constexpr float kTouchSlop = 10.0f;            // CSS px a finger may move and still tap
double g_longPressMs = 500.0;                // (browser tests on a slow machine set it longer)
constexpr double kMomentumDecayMs = 325.0;     // the fling slows by 1/e each 325 ms
constexpr float kMomentumStop = 0.02f;         // px per ms
struct TouchGesture {
    bool active = false;
    long id = -1;
    float startX = 0, startY = 0, lastX = 0, lastY = 0;
    double startMs = 0, lastMs = 0;
    long lastMoveFrame = 0;
    double lastEventMs = 0;  // the event's own time stamp (when the finger was there, not when we saw it)
    bool dragging = false, longPressed = false;
    float vx = 0, vy = 0;  // px per ms, smoothed
};
long g_frameNumber = 0;
TouchGesture g_touch;
struct Momentum {
    bool on = false;
    float vx = 0, vy = 0;
    double lastMs = 0;
} g_momentum;
bool g_hoverIsTextField = false;  // the last frame showed the text cursor: the pointer is over a text field
int g_keepTextFocusFrames = 0;    // the text element was focused by a tap; the field activates in a frame or two
long g_clicks[2] = {0, 0};        // left and right presses ImGui has seen (for browser tests)

// ImGui scrolls a window by 5 lines for each wheel step (1.86, UpdateMouseWheel).
float pixelsPerWheelStep() {
    const ImGuiIO& io = ImGui::GetIO();
    const float font = io.Fonts->Fonts.empty() ? 13.0f : io.Fonts->Fonts[0]->FontSize * io.FontGlobalScale;
    return std::max(1.0f, 5.0f * font);
}

void pushScroll(float dx, float dy) {
    const float step = pixelsPerWheelStep();
    InputEvent ev{EventKind::Wheel};
    ev.x = dx / step;
    ev.y = dy / step;
    push(std::move(ev));
}

void pushButton(int button, bool down) {
    InputEvent ev{EventKind::MouseButton};
    ev.code = button;
    ev.down = down;
    push(std::move(ev));
}

const EmscriptenTouchPoint* findTouch(const EmscriptenTouchEvent* e, long id, bool changedOnly) {
    for (int i = 0; i < e->numTouches; ++i) {
        const EmscriptenTouchPoint& t = e->touches[i];
        if (t.identifier == id && (!changedOnly || t.isChanged)) return &t;
    }
    return nullptr;
}

EM_BOOL onTouch(int type, const EmscriptenTouchEvent* e, void*) {
    const double now = emscripten_get_now();
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
        g_momentum.on = false;
        if (e->numTouches != 1) {  // a second finger: no tap, no scroll, no long press
            g_touch.active = false;
            return EM_TRUE;
        }
        const EmscriptenTouchPoint& t = e->touches[0];
        g_touch = TouchGesture{};
        g_touch.active = true;
        g_touch.id = t.identifier;
        g_touch.startX = g_touch.lastX = static_cast<float>(t.targetX);
        g_touch.startY = g_touch.lastY = static_cast<float>(t.targetY);
        g_touch.startMs = g_touch.lastMs = now;
        g_touch.lastEventMs = e->timestamp;
        pushMouseMove(g_touch.startX, g_touch.startY);  // hover there, so the tap's frames see the item
        return EM_TRUE;
    }
    if (!g_touch.active) return EM_TRUE;
    const EmscriptenTouchPoint* t = findTouch(e, g_touch.id, type != EMSCRIPTEN_EVENT_TOUCHMOVE);
    if (!t) return EM_TRUE;
    const auto x = static_cast<float>(t->targetX), y = static_cast<float>(t->targetY);
    if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
        if (!g_touch.dragging && !g_touch.longPressed &&
            std::hypot(x - g_touch.startX, y - g_touch.startY) > kTouchSlop) {
            g_touch.dragging = true;
        }
        if (g_touch.dragging) {
            constexpr float kMaxSpeed = 5.0f;  // px per ms: a fling is never faster than this
            // The content follows the finger; the pointer stays where the swipe began, so the list
            // under the finger keeps scrolling even when the finger leaves it.
            pushScroll(x - g_touch.lastX, y - g_touch.lastY);
            // Speed from the events' time stamps: a busy page sees several moves at once.
            double dt = e->timestamp - g_touch.lastEventMs;
            if (!(dt > 0 && dt < 1000)) dt = now - g_touch.lastMs;
            dt = std::max(1.0, dt);
            g_touch.vx = 0.8f * static_cast<float>((x - g_touch.lastX) / dt) + 0.2f * g_touch.vx;
            g_touch.vy = 0.8f * static_cast<float>((y - g_touch.lastY) / dt) + 0.2f * g_touch.vy;
            g_touch.vx = std::clamp(g_touch.vx, -kMaxSpeed, kMaxSpeed);
            g_touch.vy = std::clamp(g_touch.vy, -kMaxSpeed, kMaxSpeed);
        }
        g_touch.lastX = x;
        g_touch.lastY = y;
        g_touch.lastMs = now;
        g_touch.lastMoveFrame = g_frameNumber;
        g_touch.lastEventMs = e->timestamp;
        return EM_TRUE;
    }
    // The finger lifted (or the browser cancelled the touch).
    const TouchGesture done = g_touch;
    g_touch.active = false;
    if (type == EMSCRIPTEN_EVENT_TOUCHCANCEL || done.longPressed) return EM_TRUE;
    if (done.dragging) {
        // Lifted while still moving (within 100 ms of the last move, by the events' time stamps; or two
        // frames, on a slow machine) flings.
        const double sinceMove = e->timestamp - done.lastEventMs;
        const bool moving = (sinceMove >= 0 && sinceMove < 100) || now - done.lastMs < 100 ||
                            g_frameNumber - done.lastMoveFrame <= 2;
        if (moving && std::hypot(done.vx, done.vy) > kMomentumStop) {
            g_momentum = Momentum{true, done.vx, done.vy, now};
        }
        return EM_TRUE;
    }
    pushMouseMove(done.startX, done.startY);
    pushButton(0, true);
    pushButton(0, false);
    // The on-screen keyboard opens only for focus given while the browser handles the touch itself.
    if (g_hoverIsTextField) {
        EM_ASM({ if (Module.prmTextInput) Module.prmTextInput.focus({preventScroll: true}); });
        g_keepTextFocusFrames = 3;
    }
    return EM_TRUE;
}

// Each frame: the long press (no event marks it) and the fling after a swipe.
void touchFrame() {
    ++g_frameNumber;
    const double now = emscripten_get_now();
    if (g_touch.active && !g_touch.dragging && !g_touch.longPressed && now - g_touch.startMs >= g_longPressMs) {
        g_touch.longPressed = true;
        pushMouseMove(g_touch.startX, g_touch.startY);
        pushButton(1, true);
        pushButton(1, false);
    }
    if (g_momentum.on) {
        const double dt = std::min(100.0, now - g_momentum.lastMs);
        g_momentum.lastMs = now;
        pushScroll(static_cast<float>(g_momentum.vx * dt), static_cast<float>(g_momentum.vy * dt));
        const auto decay = static_cast<float>(std::exp(-dt / kMomentumDecayMs));
        g_momentum.vx *= decay;
        g_momentum.vy *= decay;
        if (std::hypot(g_momentum.vx, g_momentum.vy) < kMomentumStop) g_momentum.on = false;
    }
}

// [SECTION] text element
// ImGui calls this when the text cursor of the active field moves: the hidden element follows it,
// so an input method shows its candidates beside the text.
void imeSetInputScreenPos(int x, int y) {
    EM_ASM({
        var t = Module.prmTextInput;
        if (t) { t.style.left = $0 + 'px'; t.style.top = $1 + 'px'; }
    }, x, y);
}

void installTextElement(const char* canvas) {
    EM_ASM({
        var canvas = document.querySelector(UTF8ToString($0));
        var t = document.createElement('textarea');
        t.id = 'prm-text-input';
        t.setAttribute('aria-label', 'Text input');
        t.setAttribute('autocomplete', 'off');
        t.setAttribute('autocorrect', 'off');
        t.setAttribute('autocapitalize', 'off');
        t.setAttribute('spellcheck', 'false');
        t.tabIndex = -1;
        // Invisible and click-through: the canvas draws the field; this only receives the text.
        t.style.cssText = 'position:fixed;left:0;top:0;width:2px;height:20px;margin:0;padding:0;border:0;' +
            'outline:none;resize:none;overflow:hidden;opacity:0;pointer-events:none;font-size:16px;' +
            'color:transparent;background:transparent;caret-color:transparent;z-index:1';
        document.body.appendChild(t);
        Module.prmTextInput = t;
        Module.prmCanvas = canvas;
        var composing = false;
        function deliver() {
            if (composing || !t.value) return;
            var v = t.value;
            t.value = "";
            Module.ccall('prm_text_input', null, ['string'], [v]);
        }
        t.addEventListener('compositionstart', function() { composing = true; });
        t.addEventListener('compositionend', function() { composing = false; deliver(); });
        t.addEventListener('input', function(e) { if (!e.isComposing) deliver(); });
        t.addEventListener('focus', function() { Module.ccall('prm_text_focus', null, ['number'], [1]); });
        t.addEventListener('blur', function() { composing = false; t.value = ""; Module.ccall('prm_text_focus', null, ['number'], [0]); });
        // Paste (Ctrl+V, the context menu, the Edit menu) arrives as text in the order it happened.
        window.addEventListener('paste', function(e) {
            var data = e.clipboardData || window.clipboardData;
            var text = data ? data.getData("text") : "";
            e.preventDefault();
            if (text) Module.ccall('prm_text_input', null, ['string'], [text]);
        });
    }, canvas);
}

// Focus follows ImGui: the text element while a text field is active, the canvas otherwise.
void syncTextFocus(bool wantText) {
    if (wantText == g_textElementFocused) return;
    if (!wantText && g_keepTextFocusFrames > 0) return;  // a tapped field is about to activate
    EM_ASM({
        var t = Module.prmTextInput;
        var c = Module.prmCanvas;
        if (!t) return;
        if ($0) t.focus({preventScroll: true});
        else if (document.activeElement === t && c) c.focus({preventScroll: true});
    }, wantText ? 1 : 0);
}

}  // namespace

void webInputBeginFrame() {
    touchFrame();
    ImGuiIO& io = ImGui::GetIO();
    FrameChanges changes;
    while (!g_queue.empty()) {
        const InputEvent& e = g_queue.front();
        if (changesState(e, io)) {
            if (!fitsThisFrame(e, changes, io)) break;
            apply(e, changes, io);
        }
        g_queue.pop_front();
    }
}

void webInputEndFrame() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseClicked[0]) ++g_clicks[0];
    if (io.MouseClicked[1]) ++g_clicks[1];
    const bool wantText = ImGui::GetCurrentContext()->WantTextInputNextFrame == 1;
    if (wantText || g_queue.empty()) g_keepTextFocusFrames = wantText ? 0 : std::max(0, g_keepTextFocusFrames - 1);
    syncTextFocus(wantText);
    g_hoverIsTextField = ImGui::GetMouseCursor() == ImGuiMouseCursor_TextInput;
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
    io.ImeSetInputScreenPosFn = imeSetInputScreenPos;

    installTextElement(canvas);
    emscripten_set_mousedown_callback(canvas, nullptr, EM_TRUE, onMouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, onMouse);
    emscripten_set_mousemove_callback(canvas, nullptr, EM_TRUE, onMouse);
    emscripten_set_wheel_callback(canvas, nullptr, EM_TRUE, onWheel);
    emscripten_set_touchstart_callback(canvas, nullptr, EM_TRUE, onTouch);
    emscripten_set_touchmove_callback(canvas, nullptr, EM_TRUE, onTouch);
    emscripten_set_touchend_callback(canvas, nullptr, EM_TRUE, onTouch);
    emscripten_set_touchcancel_callback(canvas, nullptr, EM_TRUE, onTouch);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, onKey);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, onKey);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, onBlur);
}

}  // namespace prm::platform

// Text from the hidden text element (typing, an input method, dictation, paste), in arrival order.
extern "C" EMSCRIPTEN_KEEPALIVE void prm_text_input(const char* text) {
    if (!text || !*text) return;
    prm::platform::InputEvent e{prm::platform::EventKind::Text};
    e.text = text;
    prm::platform::push(std::move(e));
}

// The hidden text element gained (1) or lost (0) the page's focus.
extern "C" EMSCRIPTEN_KEEPALIVE void prm_text_focus(int focused) {
    prm::platform::g_textElementFocused = focused != 0;
}

// Left and right presses ImGui has seen since the page loaded, and whether the pointer is over a text
// field, as JSON (browser tests of touch input).
extern "C" EMSCRIPTEN_KEEPALIVE const char* prm_input_counts() {
    static std::string out;
    out = "{\"left\":" + std::to_string(prm::platform::g_clicks[0]) + ",\"right\":" +
          std::to_string(prm::platform::g_clicks[1]) + ",\"overTextField\":" +
          (prm::platform::g_hoverIsTextField ? "true" : "false") + "}";
    return out.c_str();
}

// How long a finger must rest for a long press (ms); browser tests on a slow machine make taps safe with it.
extern "C" EMSCRIPTEN_KEEPALIVE void prm_set_long_press_ms(double ms) {
    if (ms > 0) prm::platform::g_longPressMs = ms;
}
