// Setup > Digital Experiences > Settings (issue #20): Enable Partner Super User Access (can be turned off again;
// off keeps each user's grant, so turning it back on restores them) and Enable Account Relationships
// (irreversible, like PRM: warned, confirmed, sandbox copy advised), with the account relationship data
// sharing rules below once it is on.
#include "app/accounts/partner_access.h"
#include "app/session_queries.h"
#include "imgui.h"
#include "ui/accounts/account_relationships_view.h"
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
    bool relationships = false;
};
}  // namespace

void drawExperienceSettingsView(UiContext& ui) {
    ExperienceSettingsPage& page = ui.page<ExperienceSettingsPage>();
    auto& db = ui.sandbox.db();
    const bool on = app::accounts::superUserAccessEnabled(db);
    const bool relationships = app::accounts::accountRelationshipsEnabled(db);
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
        bool shownRel = relationships;
        ImGui::BeginDisabled();
        ImGui::Checkbox(tr("Enable Account Relationships"), &shownRel);
        ImGui::EndDisabled();
        hint(relationships ? tr("Locked: Account Relationships cannot be turned off once they are enabled.")
                           : tr("Account relationships let a partner account (a distributor, say) see another account's "
                                "records (its resellers' opportunities), as data sharing rules say."));
        if (ImGui::Button(tr("Edit"))) {
            page.editing = true;
            page.superUsers = on;
            page.relationships = relationships;
            ui.clearFeedback("dxsettings");
        }
        ui.feedback("dxsettings");
        if (relationships) drawAccountRelationshipRules(ui);
        return;
    }
    ImGui::Checkbox(tr("Enable Partner Super User Access"), &page.superUsers);
    if (on && !page.superUsers)
        hint(tr("Turning it off keeps each super user's grant: turning it on again gives them their access back."));
    if (relationships) {
        bool locked = true;
        ImGui::BeginDisabled();
        ImGui::Checkbox(tr("Enable Account Relationships"), &locked);
        ImGui::EndDisabled();
    } else {
        ImGui::Checkbox(tr("Enable Account Relationships"), &page.relationships);
        if (page.relationships)
            errorText(std::string(tr("This cannot be undone. Try it in a sandbox copy first")) + " (" + tr("Training") +
                      " \u2192 " + tr("Snapshots") + " \u2192 " + tr("Create sandbox copy") + ").");
    }
    auto save = [&] {
        json cmd = {{"cmd", "UpdateDigitalExperienceSettings"}, {"partnerSuperUserAccess", page.superUsers}};  // notr: JSON
        if (page.relationships && !relationships) cmd["accountRelationships"] = true;  // notr: JSON key
        auto r = ui.run(cmd, "dxsettings");
        if (r.ok) page.editing = false;
    };
    if (primaryButton(tr("Save"))) {
        if (page.relationships && !relationships) ImGui::OpenPopup(tr("Enable Account Relationships?"));
        else save();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) page.editing = false;
    if (ImGui::BeginPopupModal(tr("Enable Account Relationships?"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        text(tr("Enabling Account Relationships cannot be undone."));
        text(tr("Account relationships and their data sharing rules become available on account pages and here."));
        if (primaryButton(tr("Enable"))) {
            save();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (cancelButton(tr("Cancel"))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ui.feedback("dxsettings");
}

}  // namespace prm::ui
