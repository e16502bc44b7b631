// The setup tree in the left column of the Setup area, with Quick Find over every setup page.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <initializer_list>
#include <string>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/strings.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

struct SetupPage {
    const char* name;         // the page, as Quick Find matches it (English key, shown translated)
    const char* path[5];      // where it lives in the tree, shown under the result (English keys)
    Screen screen;
    const char* id;           // the row's ImGui id (the same in both languages)
};
const SetupPage kPages[] = {
    {N_("Settings (Partners)"), {N_("Build"), N_("Customize"), N_("Partners"), N_("Settings")}, Screen::PartnerSettings,
     "partners"},  // notr: id
    {N_("Settings (Digital Experiences)"), {N_("Digital Experiences"), N_("Settings")}, Screen::ExperienceSettings,
     "dx"},  // notr: id
    {N_("All Communities"), {N_("Digital Experiences"), N_("All Communities")}, Screen::Communities, "communities"},  // notr: id
    {N_("Users"), {N_("Administer"), N_("Manage Users"), N_("Users")}, Screen::Users, "users"},  // notr: id
    {N_("Profiles"), {N_("Administer"), N_("Manage Users"), N_("Profiles")}, Screen::Profiles, "profiles"},  // notr: id
    {N_("Roles"), {N_("Administer"), N_("Manage Users"), N_("Roles")}, Screen::Roles, "roles"},  // notr: id
    {N_("Outbox"), {N_("Administer"), N_("Email"), N_("Outbox")}, Screen::Outbox, "outbox"},  // notr: id
    {N_("Data Import Wizard"), {N_("Administer"), N_("Data Management"), N_("Data Import Wizard")}, Screen::DataImport,
     "data-import"},  // notr: id
    {N_("Sandbox File"), {N_("Administer"), N_("Data Management"), N_("Sandbox File")}, Screen::SandboxFile,
     "sandbox-file"},  // notr: id
    {N_("Sharing Settings"), {N_("Security Controls"), N_("Sharing Settings")}, Screen::SharingSettings, "sharing"},  // notr: id
    {N_("Sharing Rules"), {N_("Security Controls"), N_("Sharing Rules")}, Screen::SharingRules, "sharing-rules"},  // notr: id
    {N_("Public Groups"), {N_("Security Controls"), N_("Public Groups")}, Screen::PublicGroups, "public-groups"},  // notr: id
    {N_("Queues"), {N_("Administer"), N_("Manage Users"), N_("Queues")}, Screen::Queues, "queues"},  // notr: id
    {N_("Lead Assignment Rules"), {N_("Build"), N_("Customize"), N_("Leads"), N_("Lead Assignment Rules")},
     Screen::AssignmentRules, "assignment-rules"},  // notr: id
    {N_("Round Robin"), {N_("Build"), N_("Customize"), N_("Leads"), N_("Round Robin")}, Screen::RoundRobins,
     "round-robin"},  // notr: id
    {N_("View Setup Audit Trail"), {N_("Security Controls"), N_("View Setup Audit Trail")}, Screen::AuditTrail,
     "audit"},  // notr: id
    {N_("Company Information"), {N_("Company Profile"), N_("Company Information")}, Screen::OrgSettings, "company"},  // notr: id
    {N_("External User Access Conversion"),
     {N_("Security Controls"), N_("Sharing Settings"), N_("External User Access Conversion")},
     Screen::ExternalAccessWizard, "external-access"},  // notr: id
};

// The page's place in the tree in the UI language: "Rakenna > Mukauta > Yhteistyökumppanit > Asetukset".
std::string shownPath(const SetupPage& p) {
    std::string out;
    for (const char* step : p.path) {
        if (!step) break;
        if (!out.empty()) out += " > ";  // notr: a breadcrumb separator
        out += tr(step);
    }
    return out;
}

// Lower case for matching, ASCII and the Latin-1 letters in UTF-8 (Ä ä, Ö ö, Å å, É é ...), so
// "käyttäjät" finds "Käyttäjät".
std::string folded(const std::string& s) {
    std::string out = s;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(out[i]);
        if (c < 0x80) {
            out[i] = static_cast<char>(std::tolower(c));
        } else if (c == 0xC3 && i + 1 < out.size()) {
            const unsigned char d = static_cast<unsigned char>(out[i + 1]);
            if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
            ++i;
        }
    }
    return out;
}

bool containsNoCase(const std::string& hay, const std::string& needle) {
    return folded(hay).find(folded(needle)) != std::string::npos;
}

// A page in the tree: a leaf node, so its label lines up with the branch labels beside it.
void leaf(UiContext& ui, const char* label, Screen screen, const char* id) {
    ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_Leaf | ImGuiTreeNodeFlags_NoTreePushOnOpen |
                               ImGuiTreeNodeFlags_SpanAvailWidth;
    if (ui.nav.screen == screen) flags |= ImGuiTreeNodeFlags_Selected;
    ImGui::PushID(id);
    ImGui::TreeNodeEx("leaf", flags, "%s", tr(label));
    if (ImGui::IsItemClicked() && ui.nav.screen != screen) ui.nav.go(screen);
    ImGui::PopID();
}

// A tree node, closed at first (as in the product: the trainee opens Build > Customize > Partners).
// It opens by itself when the current page is inside it.
bool node(const char* label, bool holdsCurrent) {
    if (holdsCurrent) ImGui::SetNextItemOpen(true, ImGuiCond_Appearing);
    return ImGui::TreeNode(tr(label));
}

// Quick Find's text: navigation, not org data, so it outlives an org swap.
struct SetupTreeState {
    std::string search;
};

}  // namespace

void drawSetupTree(UiContext& ui) {
    std::string& search = ui.pageAcrossOrgs<SetupTreeState>().search;
    // The field is labelled (tests and the widget map find it by "Quick Find") but the label is clipped at
    // the field's edge: the hint inside says it.
    const std::string label = std::string(tr("Quick Find")) + "###setupsearch";  // notr: id
    const float w = ImGui::GetContentRegionAvail().x;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::SetNextItemWidth(w);
    ImGui::PushClipRect(p, ImVec2(p.x + w, p.y + ImGui::GetFrameHeight()), true);
    ImGui::InputTextWithHint(label.c_str(), tr("Quick Find"), &search);
    ImGui::PopClipRect();
    if (!search.empty()) {
        int hits = 0;
        for (const SetupPage& p : kPages) {
            // What the page shows: the Finnish names when Finnish is on.
            const std::string path = shownPath(p);
            if (!(containsNoCase(tr(p.name), search) || containsNoCase(path, search))) continue;
            ++hits;
            ImGui::PushID(p.id);
            if (ImGui::Selectable(tr(p.name), ui.nav.screen == p.screen)) ui.nav.go(p.screen);
            ImGui::PopID();
            ImGui::Indent();
            hint(path);
            ImGui::Unindent();
        }
        if (hits == 0) hint(tr("No setup page matches; try \"users\", \"sharing\" or \"partners\"."));
        ImGui::Separator();
    }
    const Screen cur = ui.nav.screen;
    auto in = [cur](std::initializer_list<Screen> screens) {
        for (Screen sc : screens)
            if (sc == cur) return true;
        return false;
    };
    const bool users = in({Screen::Users, Screen::UserDetail, Screen::Profiles, Screen::Roles, Screen::Queues});
    const bool leadSetup = in({Screen::AssignmentRules, Screen::RoundRobins});
    const bool dataMgmt = in({Screen::DataImport, Screen::SandboxFile});
    if (node(N_("Administer"), users || cur == Screen::Outbox || dataMgmt)) {
        if (node(N_("Manage Users"), users)) {
            leaf(ui, N_("Users"), Screen::Users, "users");  // notr: the id
            leaf(ui, N_("Profiles"), Screen::Profiles, "profiles");  // notr: the id
            leaf(ui, N_("Roles"), Screen::Roles, "roles");  // notr: the id
            leaf(ui, N_("Queues"), Screen::Queues, "queues");  // notr: the id
            ImGui::TreePop();
        }
        if (node(N_("Email"), cur == Screen::Outbox)) {
            leaf(ui, N_("Outbox"), Screen::Outbox, "outbox");  // notr: the id
            ImGui::TreePop();
        }
        if (node(N_("Data Management"), dataMgmt)) {
            leaf(ui, N_("Data Import Wizard"), Screen::DataImport, "data-import");  // notr: the id
            leaf(ui, N_("Sandbox File"), Screen::SandboxFile, "sandbox-file");  // notr: the id
            ImGui::TreePop();
        }
        ImGui::TreePop();
    }
    if (node(N_("Build"), cur == Screen::PartnerSettings || leadSetup)) {
        if (node(N_("Customize"), cur == Screen::PartnerSettings || leadSetup)) {
            if (node(N_("Leads"), leadSetup)) {
                leaf(ui, N_("Lead Assignment Rules"), Screen::AssignmentRules, "lead-assignment-rules");  // notr: the id
                leaf(ui, N_("Round Robin"), Screen::RoundRobins, "round-robin");  // notr: the id
                ImGui::TreePop();
            }
            if (node(N_("Partners"), cur == Screen::PartnerSettings)) {
                leaf(ui, N_("Settings"), Screen::PartnerSettings, "partners-settings");  // notr: the id
                ImGui::TreePop();
            }
            ImGui::TreePop();
        }
        ImGui::TreePop();
    }
    if (node(N_("Digital Experiences"), in({Screen::Communities, Screen::CommunityDetail, Screen::ExperienceSettings}))) {
        leaf(ui, N_("All Communities"), Screen::Communities, "dx-communities");  // notr: the id
        leaf(ui, N_("Settings"), Screen::ExperienceSettings, "dx-settings");  // notr: the id
        ImGui::TreePop();
    }
    if (node(N_("Security Controls"), in({Screen::SharingSettings, Screen::AuditTrail, Screen::SharingRules, Screen::PublicGroups}))) {
        leaf(ui, N_("Sharing Settings"), Screen::SharingSettings, "sharing");  // notr: the id
        leaf(ui, N_("Sharing Rules"), Screen::SharingRules, "sharing-rules");  // notr: the id
        leaf(ui, N_("Public Groups"), Screen::PublicGroups, "public-groups");  // notr: the id
        leaf(ui, N_("View Setup Audit Trail"), Screen::AuditTrail, "audit");  // notr: the id
        ImGui::TreePop();
    }
    if (node(N_("Company Profile"), cur == Screen::OrgSettings)) {
        leaf(ui, N_("Company Information"), Screen::OrgSettings, "company");  // notr: the id
        ImGui::TreePop();
    }
}

float setupTreeWidth() {
    // The long names in the tree, with how deep they sit (Build > Customize > Leads > ... is 3).
    struct Deep {
        const char* label;
        int depth;
    };
    const Deep deep[] = {{N_("Lead Assignment Rules"), 3}, {N_("Round Robin"), 3},      {N_("Settings"), 3},
                         {N_("Data Import Wizard"), 2},    {N_("Sandbox File"), 2},     {N_("View Setup Audit Trail"), 1},
                         {N_("Company Information"), 1},   {N_("Digital Experiences"), 0}, {N_("Security Controls"), 0}};
    const ImGuiStyle& s = ImGui::GetStyle();
    float widest = 0.0f;
    for (const Deep& d : deep)
        widest = std::max(widest, ImGui::CalcTextSize(tr(d.label)).x + s.IndentSpacing * static_cast<float>(d.depth));
    // Arrow, frame padding, window padding and a little air.
    const float extra = ImGui::GetFontSize() + s.FramePadding.x * 2 + s.WindowPadding.x * 2 + 8.0f;
    return std::max(230.0f, widest + extra);
}

void drawSetupHomeView(UiContext& ui) {
    heading(tr("Setup"));
    hint(tr("Pick a page in the tree on the left, or type in Quick Find. Partner Relationship Management lives "
            "under Build > Customize > Partners > Settings (newer releases: Digital Experiences > Settings)."));
    ImGui::Spacing();
    text(tr("Common pages:"));
    for (const SetupPage& p : kPages) {
        ImGui::PushID(p.id);
        ImGui::Bullet();
        if (link(tr(p.name))) ui.nav.go(p.screen);
        ImGui::SameLine();
        hint(shownPath(p));
        ImGui::PopID();
    }
}

}  // namespace prm::ui
