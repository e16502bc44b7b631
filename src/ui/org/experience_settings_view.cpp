// Setup > Digital Experiences > Settings: Enable Partner Super User Access (issue #20). Unlike PRM, this
// switch can be turned off again; off keeps each user's grant, so turning it back on restores them.
#include "app/accounts/partner_access.h"
#include "app/session_queries.h"
#include "imgui.h"
#include "ui/keyboard.h"
#include "ui/strings.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {
struct ExperienceSettingsPage {
    bool editing = false;
    bool superUsers = false;
};
}  // namespace

void drawExperienceSettingsView(UiContext& ui) {
    ExperienceSettingsPage& page = ui.page<ExperienceSettingsPage>();
    auto& db = ui.sandbox.db();
    const bool on = app::accounts::superUserAccessEnabled(db);
    heading(tr("Digital Experiences Settings"));
    hint(tr("Setup > Digital Experiences > Settings"));
    ImGui::Spacing();

    const app::SessionInfo s = app::sessionInfo(ui.sandbox);
    text(s.prmEnabled ? tr("Partner Relationship Management is enabled.")
                      : tr("Partner Relationship Management is not enabled yet."));
    ImGui::SameLine();
    if (link(tr("Partner settings"))) ui.nav.go(Screen::PartnerSettings);
    ImGui::Spacing();

    if (!page.editing) {
        bool shown = on;
        ImGui::BeginDisabled();
        ImGui::Checkbox(tr("Enable Partner Super User Access"), &shown);
        ImGui::EndDisabled();
        hint(tr("A partner super user sees and edits the leads and opportunities of the partner users of their "
                "account in their own role and the roles below it. Grant it on a partner user's contact: Manage "
                "External User > Enable Super User Access."));
        if (on) {
            const auto n = app::accounts::superUserCount(db);
            text(trf("Super users now: {0}", {fmtInt(n)}));
        }
        if (ImGui::Button(tr("Edit"))) {
            page.editing = true;
            page.superUsers = on;
            ui.clearFeedback("dxsettings");
        }
        ui.feedback("dxsettings");
        return;
    }
    ImGui::Checkbox(tr("Enable Partner Super User Access"), &page.superUsers);
    if (on && !page.superUsers)
        hint(tr("Turning it off keeps each super user's grant: turning it on again gives them their access back."));
    if (primaryButton(tr("Save"))) {
        auto r = ui.run({{"cmd", "UpdateDigitalExperienceSettings"}, {"partnerSuperUserAccess", page.superUsers}}, "dxsettings");
        if (r.ok) page.editing = false;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) page.editing = false;
    ui.feedback("dxsettings");
}

}  // namespace prm::ui
