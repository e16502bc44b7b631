// The browser app: WebGL2 context, main loop, IndexedDB persistence and the JS bridge for tests.
// [SECTION] state  [SECTION] persistence  [SECTION] frame  [SECTION] JS bridge  [SECTION] main
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/training/bootstrap.h"
#include "app/sandbox.h"
#include "app/session_queries.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "platform/web_input.h"
#include "ui/app_ui.h"
#include "ui/training/training_views.h"
#include "ui/strings.h"
#include "ui/widget_map.h"
#include "ui/widgets.h"

namespace {

// [SECTION] state
const char* kCanvas = "#canvas";
const char* kDbPath = "/data/org.sqlite";

struct WebApp {
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    std::unique_ptr<prm::app::Sandbox> sandbox;
    std::unique_ptr<prm::ui::AppUi> ui;
    bool storageReady = false;
    std::string startupError;
    bool dirty = false;          // committed changes not yet written to IndexedDB
    bool syncing = false;
    double lastSyncStart = 0;
    const char* saveStatus = N_("Saved in this browser");  // an English key: shown through tr()
    float dpr = 1.0f;
    long frames = 0;
    // Frame CPU times (ms) for scripts/bench: a ring of the last frames' work inside frame().
    std::vector<double> frameMs = std::vector<double>(600, 0.0);
    size_t frameCount = 0;
    double maxFrameMs = 0;
    bool benchBlank = false;     // bench: draw an empty frame (the floor for frame_ratio)
    std::function<void(std::string name, std::string bytes, std::size_t size)> uploadDone;  // the pending picker
    // Another tab of the same sandbox saved after this one loaded: this tab stops saving (it would
    // overwrite the newer org with its older copy) and asks for a reload.
    bool staleFromOtherTab = false;
};
WebApp g;

// [SECTION] persistence
void startSync() {
    if (g.staleFromOtherTab) {
        g.dirty = false;
        g.saveStatus = N_("Not saved: another tab changed this sandbox; reload this tab");
        return;
    }
    g.syncing = true;
    g.dirty = false;
    g.lastSyncStart = emscripten_get_now();
    g.saveStatus = N_("Saving…");
    EM_ASM({
        FS.syncfs(false, function(err) {
            Module.ccall('prm_sync_done', null, ['number'], [err ? 1 : 0]);
        });
    });
}

void openSandbox() {
    auto opened = prm::app::Sandbox::open(kDbPath);
    if (!opened) {
        // A damaged or foreign file: keep it aside and start fresh rather than show a blank page.
        EM_ASM({ try { FS.rename('/data/org.sqlite', '/data/org-unreadable-' + Date.now() + '.sqlite'); } catch (e) {} });
        g.startupError = prm::ui::trf("The saved sandbox could not be opened ({0}). It was set aside and a fresh org was created.",
                                      {opened.message()});
        opened = prm::app::Sandbox::open(kDbPath);
    }
    if (!opened) {
        g.startupError = prm::ui::trf("The sandbox could not start: {0}", {opened.message()});
        return;
    }
    g.sandbox = std::move(opened).value();
    const bool hadOrg = prm::app::sessionInfo(*g.sandbox).orgExists;
    auto boot = prm::app::ensureOrg(*g.sandbox);
    if (!boot.ok) g.startupError = prm::ui::trf("The sandbox org could not be created: {0}", {boot.message});
    g.sandbox->setOnCommitted([] { g.dirty = true; });
    prm::ui::PlatformServices ps;
    ps.persistenceStatus = [] { return std::string(prm::ui::tr(g.saveStatus)); };
    ps.rememberLanguage = [](const std::string& code) {
        EM_ASM({ try { localStorage.setItem("prm.lang", UTF8ToString($0)); } catch (e) {} document.documentElement.lang = UTF8ToString($0); }, code.c_str());
    };
    ps.download = [](const std::string& name, const std::string& mime, const std::string& bytes) {
        EM_ASM({
            var bytes = HEAPU8.slice($2, $2 + $3);
            var blob = new Blob([bytes], {type: UTF8ToString($1)});
            var a = document.createElement('a');
            a.href = URL.createObjectURL(blob);
            a.download = UTF8ToString($0);
            document.body.appendChild(a); a.click(); a.remove();
            setTimeout(function() { URL.revokeObjectURL(a.href); }, 1000);
        }, name.c_str(), mime.c_str(), bytes.data(), bytes.size());
    };
    ps.upload = [](const std::string& accept,
                   std::function<void(std::string name, std::string bytes, std::size_t size)> done) {
        g.uploadDone = std::move(done);
        // The browser's file picker; the bytes arrive in prm_upload_done. Files over 1024 MB (the org file
        // limit, csv::kMaxOrgFileBytes) are refused by the app with a message (the bytes are not read into
        // memory then: only the size is passed); the app applies its own, smaller limit to CSV and JSON.
        EM_ASM({
            var input = document.createElement('input');
            input.type = 'file';
            input.accept = UTF8ToString($0);
            input.style.display = 'none';
            input.onchange = function() {
                var f = input.files && input.files[0];
                input.remove();
                if (!f) return;
                if (f.size > 1024 * 1024 * 1024) {
                    Module.ccall('prm_upload_done', null, ['string', 'number', 'number', 'number'], [f.name, 0, 0, f.size]);
                    return;
                }
                f.arrayBuffer().then(function(buf) {
                    var bytes = new Uint8Array(buf);
                    // A file the tab's memory cannot hold arrives without bytes, like one over the limit.
                    var ptr = 0;
                    try { ptr = Module._malloc(Math.max(1, bytes.length)); } catch (e) { ptr = 0; }
                    if (!ptr) {
                        Module.ccall('prm_upload_done', null, ['string', 'number', 'number', 'number'], [f.name, 0, 0, f.size]);
                        return;
                    }
                    HEAPU8.set(bytes, ptr);
                    Module.ccall('prm_upload_done', null, ['string', 'number', 'number', 'number'], [f.name, ptr, bytes.length, f.size]);
                    Module._free(ptr);
                });
            };
            document.body.appendChild(input);
            input.click();
        }, accept.c_str());
    };
    g.ui = std::make_unique<prm::ui::AppUi>(*g.sandbox, std::move(ps));
    if (!g.startupError.empty()) g.ui->context().toast(g.startupError);
    // Write the org once if this visit created it; an org that was already saved is not rewritten
    // (that would also tell other open tabs that it changed).
    if (!hadOrg) g.dirty = true;
}

// [SECTION] frame
void resizeCanvas() {
    double cssW = 0, cssH = 0;
    emscripten_get_element_css_size(kCanvas, &cssW, &cssH);
    g.dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
    int w = static_cast<int>(cssW * g.dpr), h = static_cast<int>(cssH * g.dpr);
    int curW = 0, curH = 0;
    emscripten_get_canvas_element_size(kCanvas, &curW, &curH);
    if (w != curW || h != curH) emscripten_set_canvas_element_size(kCanvas, w, h);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(cssW), static_cast<float>(cssH));
    io.DisplayFramebufferScale = ImVec2(g.dpr, g.dpr);
}

void drawLoading() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkSize.x * 0.5f, vp->WorkSize.y * 0.4f), 0, ImVec2(0.5f, 0.5f));
    ImGui::Begin("Loading", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::TextUnformatted(g.startupError.empty() ? prm::ui::tr("Opening your sandbox…") : g.startupError.c_str());
    ImGui::End();
}

void drawOtherTabNotice() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkSize.x * 0.5f, 90.0f), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowFocus();
    ImGui::Begin("Another tab", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize);
    prm::ui::text(prm::ui::tr("Another tab changed this sandbox after this tab opened it."));
    prm::ui::text(prm::ui::tr("This tab no longer saves, so the newer org is not overwritten."));
    if (ImGui::Button(prm::ui::tr("Reload this tab"))) EM_ASM({ location.reload(); });
    ImGui::End();
}

void frame() {
    static double last = emscripten_get_now();
    double now = emscripten_get_now();
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = static_cast<float>(std::max(0.001, (now - last) / 1000.0));
    last = now;
    resizeCanvas();

    prm::ui::widgetMapBeginFrame();
    ImGui_ImplOpenGL3_NewFrame();
    prm::platform::webInputBeginFrame();
    ImGui::NewFrame();
    if (g.benchBlank) {
        // nothing: the same loop, NewFrame and Render, with no window drawn
    } else if (g.ui) {
        g.ui->frame();
    } else {
        drawLoading();
    }
    if (g.staleFromOtherTab) drawOtherTabNotice();
    ImGui::Render();
    prm::platform::webInputEndFrame();

    int fbW = static_cast<int>(io.DisplaySize.x * g.dpr), fbH = static_cast<int>(io.DisplaySize.y * g.dpr);
    glViewport(0, 0, fbW, fbH);
    glClearColor(0.97f, 0.97f, 0.98f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (g.dirty && !g.syncing && now - g.lastSyncStart > 250) startSync();
    const double work = emscripten_get_now() - now;
    g.frameMs[g.frameCount++ % g.frameMs.size()] = work;
    g.maxFrameMs = std::max(g.maxFrameMs, work);
    if (++g.frames == 1) EM_ASM({ if (Module.onFirstFrame) Module.onFirstFrame(); });
}

}  // namespace

// [SECTION] JS bridge
extern "C" {
EMSCRIPTEN_KEEPALIVE void prm_storage_ready(int failed) {
    if (failed) g.startupError = prm::ui::tr("Browser storage (IndexedDB) is not available; changes will last until you close the tab.");
    g.storageReady = true;
    openSandbox();
    // Training mode (ui/training_views.h): sandbox copies in their own file; ?scenario=NAME loads a scenario once.
    if (g.ui) {
        char scenario[256] = {0};
        EM_ASM({ stringToUTF8(new URLSearchParams(location.search).get("scenario") || "", $0, $1); }, scenario, sizeof scenario);
        const std::string file = prm::ui::startTraining(g.ui->context(), "/data/training.sqlite", scenario);
        // ?scenario=FILE.json: the file next to the page (a relative URL: same site), at most 8 MB.
        if (!file.empty()) EM_ASM({
            var name = UTF8ToString($0);
            var done = function(text, error) { Module.ccall("prm_scenario_file", null, ["string", "string", "string"], [name, text, error]); };
            fetch(new URL(name, location.href), {cache: "no-cache", credentials: "same-origin"}).then(function(r) {
                if (!r.ok) { done("", "the server answered " + r.status + " " + r.statusText + " for " + r.url + "; check the file is next to index.html"); return; }
                return r.text().then(function(t) {
                    if (t.length > 8 * 1024 * 1024) done("", "the file is larger than 8 MB; a scenario file is much smaller");
                    else done(t, "");
                });
            }).catch(function(e) { done("", "the file could not be fetched (" + e.message + ")"); });
        }, file.c_str());
    }
}
// The ?scenario=FILE.json file, or why it could not be read.
EMSCRIPTEN_KEEPALIVE void prm_scenario_file(const char* name, const char* text, const char* error) {
    if (g.ui) prm::ui::scenarioFileFetched(g.ui->context(), name ? name : "", text ? text : "", error ? error : "");
}
EMSCRIPTEN_KEEPALIVE void prm_sync_done(int failed) {
    g.syncing = false;
    g.saveStatus = failed ? N_("Could not save to browser storage; changes last until you close the tab") : N_("Saved in this browser");
    if (!failed) EM_ASM({
        if (Module.onSaved) Module.onSaved();
        try { if (Module.prmTabs) Module.prmTabs.postMessage("saved"); } catch (e) {}
    });
}
// Another tab of this sandbox saved (BroadcastChannel message from the page shell).
EMSCRIPTEN_KEEPALIVE void prm_other_tab_saved() { g.staleFromOtherTab = true; }
// The widget map of the last frame (JSON), for browser tests.
EMSCRIPTEN_KEEPALIVE const char* prm_widget_map() {
    static std::string json;
    json = prm::ui::widgetMapJson();
    return json.c_str();
}
// 1 once the org is open and the UI draws; tests wait for it.
EMSCRIPTEN_KEEPALIVE int prm_ready() { return g.ui ? 1 : 0; }
// Applies a command (JSON) as the logged-in user and returns the result as JSON: for scripted demos.
EMSCRIPTEN_KEEPALIVE const char* prm_command(const char* commandJson) {
    static std::string out;
    nlohmann::json result;
    if (!g.sandbox) {
        result = {{"ok", false}, {"message", "the sandbox is still opening"}};
    } else {
        auto cmd = nlohmann::json::parse(commandJson ? commandJson : "", nullptr, false);
        auto r = cmd.is_discarded() ? prm::app::CommandResult::refuse("the command is not valid JSON")
                                    : g.sandbox->execute(cmd);
        if (r.ok && g.ui) g.ui->context().invalidate();  // it ran outside UiContext::run()
        result = {{"ok", r.ok}, {"message", r.message}, {"field", r.field}, {"data", r.data}};
    }
    out = result.dump();
    return out.c_str();
}
// Frame CPU-time figures since the last reset, for scripts/bench: {"frames", "median_ms", "max_ms"}.
EMSCRIPTEN_KEEPALIVE const char* prm_frame_stats() {
    static std::string out;
    size_t n = std::min(g.frameCount, g.frameMs.size());
    std::vector<double> v(g.frameMs.begin(), g.frameMs.begin() + static_cast<long>(n));
    std::sort(v.begin(), v.end());
    double median = v.empty() ? 0.0 : v[v.size() / 2];
    out = nlohmann::json{{"frames", g.frameCount}, {"median_ms", median}, {"max_ms", g.maxFrameMs}}.dump();
    return out.c_str();
}
EMSCRIPTEN_KEEPALIVE void prm_frame_stats_reset() {
    g.frameCount = 0;
    g.maxFrameMs = 0;
}
// Bench only: 1 draws empty frames (the floor of frame_ratio), 0 the app again.
EMSCRIPTEN_KEEPALIVE void prm_bench_blank(int on) { g.benchBlank = on != 0; }
// The file the user picked (see PlatformServices::upload). A file over the limit arrives without its
// bytes (len 0, size > limit) so the app can say what the limit is.
EMSCRIPTEN_KEEPALIVE void prm_upload_done(const char* name, const unsigned char* data, int len, double size) {
    if (!g.uploadDone) return;
    auto done = std::move(g.uploadDone);
    g.uploadDone = nullptr;
    std::string bytes;
    if (len > 0) bytes.assign(reinterpret_cast<const char*>(data), static_cast<size_t>(len));
    done(name ? name : "", std::move(bytes), static_cast<std::size_t>(size));
}
// Whether changes are still waiting to be written to IndexedDB (tests wait for 0 before reloading).
EMSCRIPTEN_KEEPALIVE int prm_pending_save() { return (g.dirty || g.syncing) ? 1 : 0; }
}

// [SECTION] main
// The UI language: ?lang=fi|en in the URL (remembered), else what this browser remembered, else the
// first of navigator.languages the product speaks, else English.
void pickLanguage() {
    char tags[512] = {0};
    EM_ASM({
        var list = [];
        try { var p = new URLSearchParams(location.search).get("lang"); if (p) { list.push(p); localStorage.setItem("prm.lang", p); } } catch (e) {}
        try { var r = localStorage.getItem("prm.lang"); if (r) list.push(r); } catch (e) {}
        try { list = list.concat(navigator.languages || [navigator.language || ""]); } catch (e) {}
        stringToUTF8(list.join(" "), $0, $1);
    }, tags, sizeof tags);
    std::vector<std::string> preferred;
    std::string cur;
    for (const char* p = tags;; ++p) {
        if (*p == ' ' || *p == 0) {
            if (!cur.empty()) preferred.push_back(cur);
            cur.clear();
            if (*p == 0) break;
        } else {
            cur += *p;
        }
    }
    prm::ui::setLanguage(prm::i18n::pickLanguage(preferred));
    EM_ASM({ document.documentElement.lang = UTF8ToString($0); }, prm::i18n::languageCode(prm::ui::language()));
}

int main() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.antialias = EM_FALSE;
    g.gl = emscripten_webgl_create_context(kCanvas, &attrs);
    if (g.gl <= 0) {
        EM_ASM({ if (Module.onNoWebGL2) Module.onNoWebGL2(); });
        return 1;
    }
    emscripten_webgl_make_context_current(g.gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    prm::ui::enableWidgetMap();
    prm::platform::installWebInput(kCanvas);
    resizeCanvas();
    prm::ui::setupFontsAndStyle(g.dpr);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    pickLanguage();

    // Tabs of the same sandbox tell each other when they save (see prm_other_tab_saved).
    EM_ASM({
        try {
            Module.prmTabs = new BroadcastChannel("prm-sandbox");
            Module.prmTabs.onmessage = function() { Module.ccall("prm_other_tab_saved", null, [], []); };
        } catch (e) {}
    });
    // Mount IndexedDB-backed storage at /data and load what an earlier visit saved.
    EM_ASM({
        try { FS.mkdir('/data'); } catch (e) {}
        try {
            FS.mount(IDBFS, {}, '/data');
            FS.syncfs(true, function(err) { Module.ccall('prm_storage_ready', null, ['number'], [err ? 1 : 0]); });
        } catch (e) {
            Module.ccall('prm_storage_ready', null, ['number'], [1]);
        }
    });
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
