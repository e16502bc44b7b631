// A contact's record page: details, "Manage External User" (Enable Partner User / View Partner User),
// and the partner user made from this contact with its status.
#include "app/queries_core.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {

void drawContactDetailView(UiContext& ui) {
    if (link(tr("< Contacts"))) ui.nav.go(Screen::Contacts);
    const auto c = app::contactDetail(ui.sandbox.db(), ui.nav.record);
    if (!c) {
        heading(tr("Contact"));
        hint(tr("This contact no longer exists. Pick one from the contact list."));
        return;
    }
    heading(std::string(tr("Contact")) + ": " + c->name);
    if (ImGui::Button((std::string(tr("Manage External User")) + "  \u25BC").c_str())) ImGui::OpenPopup("extuser");
    if (ImGui::BeginPopup("extuser")) {
        if (!c->partnerUserId) {
            if (ImGui::Selectable(tr("Enable Partner User"))) ui.nav.go(Screen::NewPartnerUser, c->id);
        } else {
            if (ImGui::Selectable(tr("View Partner User"))) ui.nav.go(Screen::UserDetail, *c->partnerUserId);
            if (c->partnerUserActive) {
                if (ImGui::Selectable(tr("Disable Partner User")))
                    ui.run({{"cmd", "DeactivateUser"}, {"userId", *c->partnerUserId}}, "extuser");
            } else if (ImGui::Selectable(tr("Activate Partner User"))) {
                ui.run({{"cmd", "ActivateUser"}, {"userId", *c->partnerUserId}}, "extuser");
            }
        }
        ImGui::EndPopup();
    }
    ui.feedback("extuser");

    if (beginFields("contactfields")) {
        fieldRow("Name", c->name);
        fieldRow("Account", c->accountName);
        fieldRow("Title", c->title);
        fieldRow("Email", c->email);
        fieldRow("Phone", c->phone);
        fieldRow("Contact Owner", c->ownerName);
        endFields();
    }
    if (c->accountId) {
        text(tr("Account:"));
        ImGui::SameLine();
        recordLink(ui, c->accountName, Screen::AccountDetail, *c->accountId);
    }

    ImGui::Spacing();
    ImGui::SetWindowFontScale(1.1f);
    text(tr("Partner User"));
    ImGui::SetWindowFontScale(1.0f);
    if (!c->partnerUserId) {
        hint(tr("Not a partner user. Choose Manage External User > Enable Partner User to give this contact a login "
                "to the partner community (the account must be a partner account)."));
        return;
    }
    const auto u = app::userDetail(ui.sandbox.db(), *c->partnerUserId);
    if (!u) return;
    if (beginFields("partneruserfields")) {
        fieldRow("User", u->name);
        fieldRow("Username", u->username);
        fieldRow("Profile", u->profileName);
        fieldRow("Role", u->roleName);
        fieldRow("Status", u->active ? tr("Active") : tr("Inactive"));
        fieldRow("Last Login", formatTime(u->lastLoginAt, "never"));
        endFields();
    }
    if (link(tr("Open the user record"))) ui.nav.go(Screen::UserDetail, u->id);
}

}  // namespace prm::ui
