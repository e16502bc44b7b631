// The setup tree in the left column of the Setup area, with Quick Find over every setup page.
#include <algorithm>
#include <cctype>
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
    const char* name;  // the page, as Quick Find matches it
    const char* path;  // where it lives in the tree, shown under the result
    Screen screen;
};
const SetupPage kPages[] = {
    {"Settings (Partners)", "Build > Customize > Partners > Settings", Screen::PartnerSettings},
    {"Settings (Digital Experiences)", "Digital Experiences > Settings", Screen::PartnerSettings},
    {"All Communities", "Digital Experiences > All Communities", Screen::Communities},
    {"Users", "Administer > Manage Users > Users", Screen::Users},
    {"Profiles", "Administer > Manage Users > Profiles", Screen::Profiles},
    {"Roles", "Administer > Manage Users > Roles", Screen::Roles},
    {"Outbox", "Administer > Email > Outbox", Screen::Outbox},
    {"Data Import Wizard", "Administer > Data Management > Data Import Wizard", Screen::DataImport},
    {"Sandbox File", "Administer > Data Management > Sandbox File", Screen::SandboxFile},
    {"Sharing Settings", "Security Controls > Sharing Settings", Screen::SharingSettings},
    {"Sharing Rules", "Security Controls > Sharing Rules", Screen::SharingRules},
    {"Public Groups", "Security Controls > Public Groups", Screen::PublicGroups},
    {"Queues", "Administer > Manage Users > Queues", Screen::Queues},
    {"Lead Assignment Rules", "Build > Customize > Leads > Lead Assignment Rules", Screen::AssignmentRules},
    {"Round Robin", "Build > Customize > Leads > Round Robin", Screen::RoundRobins},
    {"View Setup Audit Trail", "Security Controls > View Setup Audit Trail", Screen::AuditTrail},
    {"Company Information", "Company Profile > Company Information", Screen::OrgSettings},
    {"External User Access Conversion", "Security Controls > Sharing Settings > External User Access Conversion",
     Screen::ExternalAccessWizard},
};

bool containsNoCase(const std::string& hay, const std::string& needle) {
    auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                          [](char a, char b) { return std::tolower((unsigned char)a) == std::tolower((unsigned char)b); });
    return it != hay.end();
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
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##setupsearch", tr("Quick Find"), &search);
    if (!search.empty()) {
        int hits = 0;
        for (const SetupPage& p : kPages) {
            if (!(containsNoCase(p.name, search) || containsNoCase(tr(p.name), search) || containsNoCase(p.path, search)))
                continue;
            ++hits;
            ImGui::PushID(p.path);
            if (ImGui::Selectable(tr(p.name), ui.nav.screen == p.screen)) ui.nav.go(p.screen);
            ImGui::PopID();
            ImGui::Indent();
            hint(tr(p.path));
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
    if (node("Administer", users || cur == Screen::Outbox || dataMgmt)) {
        if (node("Manage Users", users)) {
            leaf(ui, "Users", Screen::Users, "users");
            leaf(ui, "Profiles", Screen::Profiles, "profiles");
            leaf(ui, "Roles", Screen::Roles, "roles");
            leaf(ui, "Queues", Screen::Queues, "queues");
            ImGui::TreePop();
        }
        if (node("Email", cur == Screen::Outbox)) {
            leaf(ui, "Outbox", Screen::Outbox, "outbox");
            ImGui::TreePop();
        }
        if (node("Data Management", dataMgmt)) {
            leaf(ui, "Data Import Wizard", Screen::DataImport, "data-import");
            leaf(ui, "Sandbox File", Screen::SandboxFile, "sandbox-file");
            ImGui::TreePop();
        }
        ImGui::TreePop();
    }
    if (node("Build", cur == Screen::PartnerSettings || leadSetup)) {
        if (node("Customize", cur == Screen::PartnerSettings || leadSetup)) {
            if (node("Leads", leadSetup)) {
                leaf(ui, "Lead Assignment Rules", Screen::AssignmentRules, "lead-assignment-rules");
                leaf(ui, "Round Robin", Screen::RoundRobins, "round-robin");
                ImGui::TreePop();
            }
            if (node("Partners", cur == Screen::PartnerSettings)) {
                leaf(ui, "Settings", Screen::PartnerSettings, "partners-settings");
                ImGui::TreePop();
            }
            ImGui::TreePop();
        }
        ImGui::TreePop();
    }
    if (node("Digital Experiences", in({Screen::Communities, Screen::CommunityDetail}))) {
        leaf(ui, "All Communities", Screen::Communities, "dx-communities");
        leaf(ui, "Settings", Screen::PartnerSettings, "dx-settings");
        ImGui::TreePop();
    }
    if (node("Security Controls", in({Screen::SharingSettings, Screen::AuditTrail, Screen::SharingRules, Screen::PublicGroups}))) {
        leaf(ui, "Sharing Settings", Screen::SharingSettings, "sharing");
        leaf(ui, "Sharing Rules", Screen::SharingRules, "sharing-rules");
        leaf(ui, "Public Groups", Screen::PublicGroups, "public-groups");
        leaf(ui, "View Setup Audit Trail", Screen::AuditTrail, "audit");
        ImGui::TreePop();
    }
    if (node("Company Profile", cur == Screen::OrgSettings)) {
        leaf(ui, "Company Information", Screen::OrgSettings, "company");
        ImGui::TreePop();
    }
}

float setupTreeWidth() {
    // The long names in the tree, with how deep they sit (Build > Customize > Leads > ... is 3).
    struct Deep {
        const char* label;
        int depth;
    };
    const Deep deep[] = {{"Lead Assignment Rules", 3}, {"Round Robin", 3},      {"Settings", 3},
                         {"Data Import Wizard", 2},    {"Sandbox File", 2},     {"View Setup Audit Trail", 1},
                         {"Company Information", 1},   {"Digital Experiences", 0}, {"Security Controls", 0}};
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
        ImGui::PushID(p.path);
        ImGui::Bullet();
        if (link(tr(p.name))) ui.nav.go(p.screen);
        ImGui::SameLine();
        hint(tr(p.path));
        ImGui::PopID();
    }
}

}  // namespace prm::ui
