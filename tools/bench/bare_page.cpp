// The floor for load-time figures: one ImGui window over a SQLite in-memory database, built with the
// same toolchain and flags as the product. scripts/bench compares the product's first frame with this.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <sqlite3.h>

#include <string>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"

namespace {
sqlite3* g_db = nullptr;
std::string g_version;
long g_frames = 0;

void frame() {
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    emscripten_set_canvas_element_size("#canvas", static_cast<int>(w), static_cast<int>(h));
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    io.DeltaTime = 1.0f / 60.0f;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("Bare page");
    ImGui::Text("SQLite %s", g_version.c_str());
    ImGui::End();
    ImGui::Render();
    glViewport(0, 0, static_cast<int>(w), static_cast<int>(h));
    glClearColor(0.97f, 0.97f, 0.98f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (++g_frames == 1) EM_ASM({ if (Module.onFirstFrame) Module.onFirstFrame(); });
}
}  // namespace

// ImGui is built with the test-engine hooks (the product's widget map); the floor page ignores them.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID, const char*, ImGuiItemStatusFlags) {}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

int main() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    auto ctx = emscripten_webgl_create_context("#canvas", &attrs);
    emscripten_webgl_make_context_current(ctx);
    sqlite3_open(":memory:", &g_db);
    sqlite3_exec(g_db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
    g_version = sqlite3_libversion();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
