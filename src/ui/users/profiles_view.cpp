// Setup > Administer > Manage Users > Profiles: the profiles, their user type and how many users have each.
#include "app/queries_core.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
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
    if (!beginListTable("profiles", 4)) return;
    keyColumn(tr("Profile Name"));
    stretchColumn(tr("User Type"), 1.0f);
    stretchColumn(tr("Administrator"), 1.0f);
    stretchColumn(tr("Users"), 0.6f);
    listHeaders();
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
    endListTable();
}

}  // namespace prm::ui
