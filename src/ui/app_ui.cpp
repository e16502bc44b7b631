#include "ui/app_ui.h"

#include "imgui.h"
#include "app/session_queries.h"
#include "ui/strings.h"
#include "ui/views.h"
#include "ui/widgets.h"

extern const unsigned char prm_ui_font[];
extern const std::size_t prm_ui_font_size;

namespace prm::ui {

namespace {
const float kHeaderHeight = 64.0f;

const char* areaName(AppArea a) {
    switch (a) {
        case AppArea::Sales: return tr("Sales");
        case AppArea::Setup: return tr("Setup");
        case AppArea::PartnerCommunity: return tr("Partner Community");
    }
    return "";
}
}  // namespace

void setupFontsAndStyle(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x203A, 0x20AC, 0x20AC,
                                     0x2122, 0x2122, 0x2190, 0x2195, 0x2713, 0x2717, 0x25B2, 0x25BC, 0};
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes are static
    cfg.OversampleH = 2;
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(prm_ui_font), static_cast<int>(prm_ui_font_size),
                                   16.0f * scale, &cfg, ranges);
    io.FontGlobalScale = 1.0f / scale;  // draw at CSS pixel size, rasterized at device resolution
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.IniFilename = nullptr;

    ImGui::StyleColorsLight();
    ImGuiStyle& s = ImGui::GetStyle();
    s.WindowRounding = 0.0f;
    s.FrameRounding = 4.0f;
    s.FramePadding = ImVec2(8, 5);
    s.ItemSpacing = ImVec2(8, 7);
    s.WindowPadding = ImVec2(14, 12);
    s.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.0f);
    s.Colors[ImGuiCol_Button] = ImVec4(0.86f, 0.90f, 0.97f, 1.0f);
    s.Colors[ImGuiCol_ButtonHovered] = ImVec4(0.74f, 0.83f, 0.97f, 1.0f);
    s.Colors[ImGuiCol_Header] = ImVec4(0.80f, 0.87f, 0.98f, 1.0f);
}

AppUi::AppUi(app::Sandbox& sandbox, PlatformServices platform) : m_ui(sandbox, std::move(platform)) {}

void AppUi::frame() {
    drawHeader();
    drawBody();
}

void AppUi::drawHeader() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, kHeaderHeight));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(22, 50, 92, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    ImGui::Begin("Header", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::SetWindowFontScale(1.2f);
    text("PRM Sandbox");
    ImGui::SetWindowFontScale(1.0f);
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 214, 102, 255));
    text(tr("  SANDBOX: practice org in this browser; nothing leaves this machine"));
    ImGui::PopStyleColor();

    // Who is logged in, then the app menu in the top-right corner (as the document says).
    const app::SessionInfo me = app::sessionInfo(m_ui.sandbox);
    const float menuWidth = 220.0f;
    const std::string who = me.userId ? std::string(tr("Logged in as ")) + me.name : std::string(tr("Not logged in"));
    ImGui::SetCursorPos(ImVec2(ImGui::GetWindowWidth() - menuWidth - 40.0f - ImGui::CalcTextSize(who.c_str()).x, 36.0f));
    text(who);
    ImGui::SetCursorPos(ImVec2(ImGui::GetWindowWidth() - menuWidth - 14.0f, 8.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(20, 20, 20, 255));
    const std::string menuLabel = std::string(tr("App menu")) + ": " + areaName(m_ui.area) + "  \u25BC###appmenu";
    if (ImGui::Button(menuLabel.c_str(), ImVec2(menuWidth, 0))) ImGui::OpenPopup("AppMenuPopup");
    if (ImGui::BeginPopup("AppMenuPopup")) {
        const AppArea areas[] = {AppArea::Sales, AppArea::Setup, AppArea::PartnerCommunity};
        for (AppArea a : areas) {
            if (ImGui::Selectable(areaName(a), m_ui.area == a, 0, ImVec2(menuWidth - 16, 0))) {
                m_ui.area = a;
                m_ui.nav.go(a == AppArea::Setup ? Screen::SetupHome
                                                : a == AppArea::PartnerCommunity ? Screen::PartnerHome : Screen::Home);
            }
        }
        ImGui::EndPopup();
    }
    ImGui::PopStyleColor();
    ImGui::End();
    ImGui::PopStyleColor(2);
}

void AppUi::drawBody() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + kHeaderHeight));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, vp->WorkSize.y - kHeaderHeight));
    ImGui::Begin("Main", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    m_ui.drawToast();
    if (m_ui.area == AppArea::Setup) {
        ImGui::BeginChild("SetupTree", ImVec2(260, 0), true);
        drawSetupTree(m_ui);
        ImGui::EndChild();
        ImGui::SameLine();
    }
    ImGui::BeginChild("Page", ImVec2(0, 0), false);
    switch (m_ui.nav.screen) {
        case Screen::SetupHome: drawSetupHomeView(m_ui); break;
        case Screen::PartnerSettings: drawPartnerSettingsView(m_ui); break;
        default: drawHomeView(m_ui); break;
    }
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace prm::ui
