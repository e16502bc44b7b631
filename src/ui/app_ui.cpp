#include "ui/app_ui.h"

#include <algorithm>

#include "imgui.h"
#include "app/session_queries.h"
#include "ui/areas.h"
#include "ui/channel/channel_views.h"
#include "ui/keyboard.h"
#include "ui/sales/sales_views.h"
#include "ui/strings.h"
#include "ui/training/training_views.h"
#include "ui/users/user_actions.h"
#include "ui/views.h"
#include "ui/widgets.h"

extern const unsigned char prm_ui_font[];
extern const std::size_t prm_ui_font_size;

namespace prm::ui {

namespace {

// The screens of the Partner Community: a partner user is kept on these.
bool partnerScreen(Screen s) {
    switch (s) {
        case Screen::PartnerHome:
        case Screen::PartnerInbox:
        case Screen::PartnerLeadDetail:
        case Screen::Opportunities:
        case Screen::OpportunityDetail:
        case Screen::Activities:
        case Screen::NewActivity:
        case Screen::ConvertLead:
        case Screen::DealRegistrations:
        case Screen::RegisterDeal:
        case Screen::DealDetail:
        case Screen::AccountMembers: return true;
        default: return false;
    }
}
const float kHeaderHeight = 64.0f;

// EN | FI after the keyboard help: the language of the whole UI, remembered in the browser. The codes
// are the same in both languages (as language pickers write them); the tooltip says it in words.
const char* const kLanguageCodes[] = {"EN", "FI"};  // notr: language codes

float languageSwitchWidth() {
    const ImGuiStyle& st = ImGui::GetStyle();
    return ImGui::CalcTextSize("EN").x + ImGui::CalcTextSize("FI").x + 4 * st.FramePadding.x + 18.0f;  // notr
}

void languageSwitch(UiContext& ui) {
    const Language langs[] = {Language::English, Language::Finnish};
    const char* names[] = {"English", "Suomi"};  // notr: each language's own name
    for (int i = 0; i < 2; ++i) {
        ImGui::SameLine(0, i == 0 ? 12.0f : 2.0f);
        const bool active = language() == langs[i];
        ImGui::PushStyleColor(ImGuiCol_Button, active ? IM_COL32(1, 118, 211, 255) : IM_COL32(236, 240, 245, 255));
        ImGui::PushStyleColor(ImGuiCol_Text, active ? IM_COL32(255, 255, 255, 255) : IM_COL32(20, 20, 20, 255));
        const std::string label = std::string(kLanguageCodes[i]) + "###lang" + kLanguageCodes[i];
        if (ImGui::SmallButton(label.c_str()) && !active) {
            setLanguage(langs[i]);
            if (ui.platform.rememberLanguage) ui.platform.rememberLanguage(i18n::languageCode(langs[i]));
        }
        ImGui::PopStyleColor(2);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", names[i]);
    }
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
    // Controls keep a visible frame on every row colour: white fields with a grey border, rows in
    // the window colour and a light blue, neither of them white.
    s.FrameBorderSize = 1.0f;
    s.Colors[ImGuiCol_Border] = ImVec4(0.60f, 0.63f, 0.69f, 1.0f);
    s.Colors[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    s.Colors[ImGuiCol_FrameBgHovered] = ImVec4(0.90f, 0.94f, 1.0f, 1.0f);
    s.Colors[ImGuiCol_TableRowBg] = ImVec4(0.0f, 0.0f, 0.0f, 0.0f);
    s.Colors[ImGuiCol_TableRowBgAlt] = ImVec4(0.90f, 0.93f, 0.97f, 1.0f);
    s.Colors[ImGuiCol_CheckMark] = ImVec4(0.10f, 0.33f, 0.70f, 1.0f);
    // A locked (disabled) checkbox stays readable: its border and tick are dimmed, not gone.
    s.DisabledAlpha = 0.75f;
}

AppUi::AppUi(app::Sandbox& sandbox, PlatformServices platform) : m_ui(sandbox, std::move(platform)) {}

void AppUi::frame() {
    // The app's messages (refusals, confirmations, import error files) follow the UI's language, however
    // it was chosen (the header switch, ?lang=, the remembered choice).
    if (m_ui.sandbox.language() != language()) {
        m_ui.sandbox.setLanguage(language());
        m_ui.invalidate();  // lists and pages hold texts the app composed in the old language: fetch them again
    }
    m_ui.beginFrame();
    drawHeader();
    drawBody();
}

void AppUi::drawHeader() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, kHeaderHeight));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(22, 50, 92, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    ImGui::Begin("Header", nullptr,  // notr: window id
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::SetWindowFontScale(1.2f);
    text("PRM Sandbox");  // notr: the product name
    ImGui::SetWindowFontScale(1.0f);
    const app::SessionInfo me = app::sessionInfo(m_ui.sandbox);
    const std::string menuLabel = trf("App menu: {0}", {areaName(m_ui.area)}) + "  \u25BC###appmenu";  // notr: arrow and id
    const float menuWidth = std::max(220.0f, ImGui::CalcTextSize(menuLabel.c_str(), nullptr, true).x + 40.0f);
    const float menuX = ImGui::GetWindowWidth() - menuWidth - 14.0f;

    // The sandbox notice: in full when it fits left of the app menu, else the first word (full text in
    // a tooltip), so narrow windows never overlap the header's texts.
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 214, 102, 255));
    const std::string notice = tr("  SANDBOX: practice org in this browser; nothing leaves this machine");
    if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(notice.c_str()).x + 12.0f <= menuX) {
        text(notice);
    } else {
        text(tr("  SANDBOX"));
        ImGui::PopStyleColor();
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(20, 20, 20, 255));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", notice.c_str() + 2);
    }
    ImGui::PopStyleColor();

    // Training button on the left of the second line; who is logged in with "Log Out" on its right,
    // then the app menu in the top-right corner (as the document says).
    ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x, ImGui::GetFrameHeight() + 12.0f));
    drawTrainingHeaderButton(m_ui);
    const float trainingRight = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
    std::string who = me.userId ? trf("Logged in as {0}", {me.name}) : std::string(tr("Not logged in"));
    const char* logOut = tr("Log Out");
    const float logOutWidth = me.userId ? ImGui::CalcTextSize(logOut).x + 2 * ImGui::GetStyle().FramePadding.x + 12.0f : 0.0f;
    const float whoRight = ImGui::GetWindowWidth() - menuWidth - 40.0f - logOutWidth - languageSwitchWidth();
    if (whoRight - ImGui::CalcTextSize(who.c_str()).x < trainingRight + 16.0f && me.userId) who = me.name;
    ImGui::SetCursorPos(ImVec2(std::max(trainingRight + 16.0f, whoRight - ImGui::CalcTextSize(who.c_str()).x),
                               ImGui::GetFrameHeight() + 12.0f));
    text(who);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(20, 20, 20, 255));
    if (me.userId) {
        ImGui::SameLine(0, 12.0f);
        if (ImGui::SmallButton(logOut)) {
            auto r = m_ui.run({{"cmd", "LogOut"}}, "logout");
            if (r.ok && r.data.value("returned", false)) {
                // Out of Log in to Experience as User: back to the administrator's work area.
                openHomeAreaForCurrentUser(m_ui);
                m_ui.toast(r.message);
            } else if (r.ok) {
                m_ui.area = AppArea::Sales;
                m_ui.nav.back.clear();
                m_ui.nav.go(Screen::Login);
            }
        }
    }
    keyboardHelpButton();
    languageSwitch(m_ui);
    if (me.userId) {
        ImGui::SetCursorPos(ImVec2(menuX, 8.0f));
        if (ImGui::Button(menuLabel.c_str(), ImVec2(menuWidth, 0))) ImGui::OpenPopup("AppMenuPopup");
    }
    if (ImGui::BeginPopup("AppMenuPopup")) {
        const AppArea areas[] = {AppArea::Sales,       AppArea::Marketing, AppArea::Service,
                                 AppArea::MyWorkplace, AppArea::Setup,     AppArea::PartnerCommunity};
        for (AppArea a : areas) {
            // A partner user works in the Partner Community only: no work areas, no Setup.
            if (me.isPartner && a != AppArea::PartnerCommunity) continue;
            if (ImGui::Selectable(areaName(a), m_ui.area == a, 0, ImVec2(menuWidth - 16, 0))) switchArea(m_ui, a);
        }
        ImGui::Separator();
        if (ImGui::Selectable(tr("Training"), false, 0, ImVec2(menuWidth - 16, 0)))
            openTrainingPanel(m_ui, TrainingTab::Exercises);
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
    ImGui::Begin("Main", nullptr,  // notr: window id
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    // Nobody logged in: the login page (and the Outbox, where the sandbox keeps login e-mails).
    // A partner user is kept in the Partner Community.
    const app::SessionInfo me = app::sessionInfo(m_ui.sandbox);
    if (!me.userId && m_ui.nav.screen != Screen::Login && m_ui.nav.screen != Screen::Outbox) {
        m_ui.area = AppArea::Sales;
        m_ui.nav.go(Screen::Login);
    }
    // Logged in with a temporary password: nothing but "Change Your Password" (the partner home asks
    // for it itself), whatever screen a link or a reload opened.
    if (me.passwordChangeRequired && !me.isPartner && m_ui.nav.screen != Screen::Login) {
        m_ui.area = AppArea::Sales;
        m_ui.nav.go(Screen::Login);
    }
    if (me.isPartner && (m_ui.area != AppArea::PartnerCommunity ||
                         !partnerScreen(m_ui.nav.screen))) {
        m_ui.area = AppArea::PartnerCommunity;
        m_ui.nav.go(Screen::PartnerHome);
    }

    if (!me.userId) {
        if (m_ui.nav.screen == Screen::Outbox && link(tr("< Log In"))) m_ui.nav.go(Screen::Login);
    } else if (m_ui.area == AppArea::Setup) {
        ImGui::BeginChild("SetupTree", ImVec2(setupTreeWidth(), 0), true);
        drawSetupTree(m_ui);
        ImGui::EndChild();
        ImGui::SameLine();
    } else if (isWorkArea(m_ui.area)) {
        // Every work area draws its navigation in the "SalesNav" pane (the id browser tests look in).
        ImGui::BeginChild("SalesNav", ImVec2(areaNavWidth(m_ui), 0), true);
        drawAreaNav(m_ui);
        ImGui::EndChild();
        ImGui::SameLine();
    } else if (m_ui.area == AppArea::PartnerCommunity && partnerNavWanted(m_ui)) {
        ImGui::BeginChild("PartnerNav", ImVec2(170, 0), true);
        drawPartnerNav(m_ui);
        ImGui::EndChild();
        ImGui::SameLine();
    }
    const float trainingWidth = trainingPanelWidth(m_ui);
    // A table wider than the page (ui/table_helpers.h) scrolls the page sideways.
    ImGui::BeginChild("Page", // notr: window id
                      ImVec2(trainingWidth > 0 ? -trainingWidth : 0.0f, 0), false,
                      ImGuiWindowFlags_HorizontalScrollbar);
    drawExperienceBanner(m_ui);  // while an administrator works as a partner user
    switch (m_ui.nav.screen) {
        case Screen::Home: drawHomeView(m_ui); break;
        case Screen::SetupHome: drawSetupHomeView(m_ui); break;
        case Screen::PartnerSettings: drawPartnerSettingsView(m_ui); break;
        case Screen::ExperienceSettings: drawExperienceSettingsView(m_ui); break;
        case Screen::ExternalAccessWizard: drawExternalAccessWizardView(m_ui); break;
        case Screen::OrgSettings: drawOrgSettingsView(m_ui); break;
        case Screen::Users: drawUsersView(m_ui); break;
        case Screen::UserDetail: drawUserDetailView(m_ui); break;
        case Screen::AccountMembers: drawAccountMembersView(m_ui); break;
        case Screen::Profiles: drawProfilesView(m_ui); break;
        case Screen::Roles: drawRolesView(m_ui); break;
        case Screen::Communities: drawCommunitiesView(m_ui); break;
        case Screen::CommunityDetail: drawCommunityDetailView(m_ui); break;
        case Screen::SharingSettings: drawSharingSettingsView(m_ui); break;
        case Screen::AuditTrail: drawAuditTrailView(m_ui); break;
        case Screen::Accounts: drawAccountsView(m_ui); break;
        case Screen::NewAccount: drawNewAccountView(m_ui); break;
        case Screen::AccountDetail: drawAccountDetailView(m_ui); break;
        case Screen::Contacts: drawContactsView(m_ui); break;
        case Screen::NewContact: drawNewContactView(m_ui); break;
        case Screen::ContactDetail: drawContactDetailView(m_ui); break;
        case Screen::NewPartnerUser: drawNewPartnerUserView(m_ui); break;
        case Screen::Outbox: drawOutboxView(m_ui); break;
        case Screen::Login: drawLoginView(m_ui); break;
        case Screen::PartnerHome: drawPartnerHomeView(m_ui); break;
        // The lead half (lead_views.h).
        case Screen::Leads: drawLeadsView(m_ui); break;
        case Screen::NewLead: drawNewLeadView(m_ui); break;
        case Screen::LeadDetail: drawLeadDetailView(m_ui); break;
        case Screen::ChangeLeadOwner: drawChangeLeadOwnerView(m_ui); break;
        case Screen::Queues: drawQueuesView(m_ui); break;
        case Screen::AssignmentRules: drawAssignmentRulesView(m_ui); break;
        case Screen::RoundRobins: drawRoundRobinsView(m_ui); break;
        case Screen::SharingRules: drawSharingRulesView(m_ui); break;
        case Screen::PublicGroups: drawPublicGroupsView(m_ui); break;
        case Screen::PartnerInbox: drawPartnerInboxView(m_ui); break;
        case Screen::PartnerLeadDetail: drawPartnerLeadView(m_ui); break;
        case Screen::DataImport: drawDataImportView(m_ui); break;
        case Screen::SandboxFile: drawSandboxFileView(m_ui); break;
        case Screen::Opportunities: drawOpportunitiesView(m_ui); break;
        case Screen::OpportunityDetail: drawOpportunityDetailView(m_ui); break;
        case Screen::Activities: drawActivitiesView(m_ui); break;
        case Screen::NewActivity: drawNewActivityView(m_ui); break;
        case Screen::ConvertLead: drawConvertLeadView(m_ui); break;
        case Screen::DealRegistrations: drawDealRegistrationsView(m_ui); break;
        case Screen::RegisterDeal: drawRegisterDealView(m_ui); break;
        case Screen::DealDetail: drawDealDetailView(m_ui); break;
        case Screen::ChannelPrograms: drawChannelProgramsView(m_ui); break;
        case Screen::ChannelProgramDetail: drawChannelProgramDetailView(m_ui); break;
        default: drawHomeView(m_ui); break;
    }
    ImGui::EndChild();
    if (trainingWidth > 0) {
        ImGui::SameLine();
        drawTrainingPanel(m_ui);
    }
    ImGui::End();
    drawTrainingWindows(m_ui);

    // The toast floats over the bottom-right corner so the page below never moves when it comes or goes;
    // it takes no input, so clicks go through to the page.
    if (m_ui.hasToast()) {
        ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 16.0f, vp->WorkPos.y + vp->WorkSize.y - 16.0f),
                                ImGuiCond_Always, ImVec2(1.0f, 1.0f));
        ImGui::SetNextWindowSizeConstraints(ImVec2(460.0f, 0), ImVec2(460.0f, 300.0f));
        ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(234, 248, 238, 245));
        ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(40, 140, 70, 255));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
        ImGui::Begin("##toast", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoInputs |
                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
        m_ui.drawToast();
        ImGui::End();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(2);
    }
}

}  // namespace prm::ui
