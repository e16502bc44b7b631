// Setup > Administer > Manage Users > Profiles: the profiles, their user type and how many users have each.
#include "app/queries_core.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {

void drawProfilesView(UiContext& ui) {
    heading(tr("Profiles"));
    hint(tr("Partner users need a Partner profile. Add a partner profile as a member of a community so its users "
            "can log in there (Digital Experiences > All Communities)."));
    const auto profiles = app::listProfiles(ui.sandbox.db());
    if (profiles.empty()) {
        emptyHint(tr("The org has no profiles; create the org first."));
        return;
    }
    if (!ImGui::BeginTable("profiles", 4, kListTableFlags)) return;
    ImGui::TableSetupColumn(tr("Profile Name"), 0, 2.0f);
    ImGui::TableSetupColumn(tr("User Type"), 0, 1.0f);
    ImGui::TableSetupColumn(tr("Administrator"), 0, 1.0f);
    ImGui::TableSetupColumn(tr("Users"), 0, 0.6f);
    ImGui::TableHeadersRow();
    for (const auto& p : profiles) {
        ImGui::PushID(static_cast<int>(p.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        text(p.name);
        ImGui::TableNextColumn();
        text(tr(p.userType.c_str()));
        ImGui::TableNextColumn();
        text(p.admin ? "\u2713" : "");
        ImGui::TableNextColumn();
        textf("%d", p.userCount);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace prm::ui
