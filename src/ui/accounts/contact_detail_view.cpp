// A contact's record page: details, "Manage External User" (Enable Partner User / View Partner User),
// and the partner user made from this contact with its status.
#include "app/queries_core.h"
#include "imgui.h"
#include "ui/sales/sales_views.h"
#include "ui/strings.h"
#include "ui/users/user_actions.h"
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
    heading(trf("Contact: {0}", {c->name}));
    if (ImGui::Button((std::string(tr("Manage External User")) + "  \u25BC").c_str())) ImGui::OpenPopup("extuser");  // notr: the arrow
    if (ImGui::BeginPopup("extuser")) {
        if (!c->partnerUserId) {
            if (ImGui::Selectable(tr("Enable Partner User"))) ui.nav.go(Screen::NewPartnerUser, c->id);
        } else {
            if (ImGui::Selectable(tr("View Partner User"))) ui.nav.go(Screen::UserDetail, *c->partnerUserId);
            if (c->partnerUserActive && ImGui::Selectable(tr("Log in to Experience as User")))
                logInToExperienceAs(ui, *c->partnerUserId, "extuser");
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
        fieldRow(N_("Name"), c->name);
        fieldRow(N_("Account"), c->accountName);
        fieldRow(N_("Title"), c->title);
        fieldRow(N_("Email"), c->email);
        fieldRow(N_("Phone"), c->phone);
        fieldRow(N_("Contact Owner"), c->ownerName);
        endFields();
    }
    if (c->accountId) {
        text(tr("Account:"));
        ImGui::SameLine();
        recordLink(ui, c->accountName, Screen::AccountDetail, *c->accountId);
    }

    drawActivitySections(ui, "Contact", c->id);  // notr: record type key

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
        fieldRow(N_("User"), u->name);
        fieldRow(N_("Username"), u->username);
        fieldRow(N_("Profile"), u->profileName);
        fieldRow(N_("Role"), u->roleName);
        fieldRow(N_("Status"), u->active ? tr("Active") : tr("Inactive"));
        fieldRow(N_("Last Login"), fmtDateTime(formatTime(u->lastLoginAt, N_("never"))));
        endFields();
    }
    if (link(tr("Open the user record"))) ui.nav.go(Screen::UserDetail, u->id);
}

}  // namespace prm::ui
