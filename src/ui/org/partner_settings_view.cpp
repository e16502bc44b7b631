// Setup > Build > Customize > Partners > Settings: the irreversible "enable PRM" switch (seed §1.1).
#include "app/session_queries.h"
#include "imgui.h"
#include "ui/keyboard.h"
#include "ui/strings.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {
struct PartnerSettingsPage {
    bool editing = false;
    bool ticked = false;
};
}  // namespace

void drawPartnerSettingsView(UiContext& ui) {
    PartnerSettingsPage& page = ui.page<PartnerSettingsPage>();
    bool& editing = page.editing;
    bool& ticked = page.ticked;
    const app::SessionInfo s = app::sessionInfo(ui.sandbox);

    heading(tr("Partner Relationship Management Settings"));
    hint(tr("Build > Customize > Partners > Settings (newer releases: Digital Experiences > Settings)"));
    ImGui::Spacing();

    if (s.prmEnabled) {
        editing = false;
        bool on = true;
        ImGui::BeginDisabled();
        ImGui::Checkbox(tr("Enable Partner Relationship Management"), &on);
        ImGui::EndDisabled();
        hint(tr("Locked: Partner Relationship Management cannot be turned off once it is enabled."));
        if (s.wizardState == "open" && ImGui::Button(tr("Open External User Access Conversion")))
            ui.nav.go(Screen::ExternalAccessWizard);
        return;
    }

    if (!editing) {
        bool off = false;
        ImGui::BeginDisabled();
        ImGui::Checkbox(tr("Enable Partner Relationship Management"), &off);
        ImGui::EndDisabled();
        if (ImGui::Button(tr("Edit"))) {
            editing = true;
            ticked = false;
            ui.clearFeedback("EnablePrm");
        }
        ui.feedback("EnablePrm");
        return;
    }

    ImGui::Checkbox(tr("Enable Partner Relationship Management"), &ticked);
    if (ticked) {
        // The path in the labels the page really shows (the button lives on Training → Snapshots).
        errorText(std::string(tr("This cannot be undone. Try it in a sandbox copy first")) + " (" + tr("Training") + " \u2192 " +
                  tr("Snapshots") + " \u2192 " + tr("Create sandbox copy") + ").");
    }
    if (primaryButton(tr("Save"))) {
        if (ticked) ImGui::OpenPopup(tr("Enable PRM?"));
        else editing = false;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) editing = false;
    ui.feedback("EnablePrm");

    if (ImGui::BeginPopupModal(tr("Enable PRM?"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        text(tr("Enabling Partner Relationship Management cannot be undone."));
        text(tr("The External User Access Conversion wizard opens next."));
        if (primaryButton(tr("Enable"))) {
            auto r = ui.run({{"cmd", "EnablePrm"}}, "EnablePrm");
            editing = false;
            ImGui::CloseCurrentPopup();
            if (r.ok) ui.nav.go(Screen::ExternalAccessWizard);
        }
        ImGui::SameLine();
        if (cancelButton(tr("Cancel"))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

}  // namespace prm::ui
