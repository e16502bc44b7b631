// A contact's record page: details, "Manage External User" (Enable Partner User / View Partner User / Disable
// Partner User / Enable Super User Access / Disable Partner Super Access),
// and the partner user made from this contact with its status.
#include "app/accounts/partner_access.h"
#include "app/queries_core.h"
#include "ui/keyboard.h"
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
    auto& db = ui.sandbox.db();
    const bool superAccess = app::accounts::superUserAccessEnabled(db);
    const bool isSuper = c->partnerUserId && app::accounts::isSuperUser(db, *c->partnerUserId);
    if (ImGui::Button((std::string(tr("Manage External User")) + "  \u25BC").c_str())) ImGui::OpenPopup("extuser");  // notr: the arrow
    bool askDisable = false;
    if (ImGui::BeginPopup("extuser")) {
        if (!c->partnerUserId) {
            if (ImGui::Selectable(tr("Enable Partner User"))) ui.nav.go(Screen::NewPartnerUser, c->id);
        } else {
            if (ImGui::Selectable(tr("View Partner User"))) ui.nav.go(Screen::UserDetail, *c->partnerUserId);
            if (c->partnerUserActive && ImGui::Selectable(tr("Log in to Experience as User")))
                logInToExperienceAs(ui, *c->partnerUserId, "extuser");
            if (c->partnerUserActive) {
                if (ImGui::Selectable(tr("Disable Partner User"))) askDisable = true;
                // The real menu offers these only while Enable Partner Super User Access is on.
                if (superAccess && !isSuper && ImGui::Selectable(tr("Enable Super User Access")))
                    ui.run({{"cmd", "EnableSuperUserAccess"}, {"userId", *c->partnerUserId}}, "extuser");
                if (superAccess && isSuper && ImGui::Selectable(tr("Disable Partner Super Access")))
                    ui.run({{"cmd", "DisableSuperUserAccess"}, {"userId", *c->partnerUserId}}, "extuser");
            } else if (ImGui::Selectable(tr("Activate Partner User"))) {
                ui.run({{"cmd", "ActivateUser"}, {"userId", *c->partnerUserId}}, "extuser");
            }
        }
        ImGui::EndPopup();
    }
    if (askDisable) ImGui::OpenPopup(tr("Disable Partner User?"));
    if (ImGui::BeginPopupModal(tr("Disable Partner User?"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        text(trf("Disable {0} as a partner user?", {c->name}));
        text(tr("This is permanent: the user can no longer log in, is taken off this contact, out of their partner "
                "role, queues and public groups,"));
        text(tr("and their records no longer roll up to the account's managers. The contact can be enabled again "
                "as a new user."));
        if (primaryButton(tr("Disable"))) {
            ui.run({{"cmd", "DisablePartnerUser"}, {"userId", *c->partnerUserId}}, "extuser");
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (cancelButton(tr("Cancel"))) ImGui::CloseCurrentPopup();
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
        if (superAccess) fieldRow(N_("Super User Access"), isSuper ? tr("Yes") : tr("No"));
        fieldRow(N_("Last Login"), fmtDateTime(formatTime(u->lastLoginAt, N_("never"))));
        endFields();
    }
    if (link(tr("Open the user record"))) ui.nav.go(Screen::UserDetail, u->id);
}

}  // namespace prm::ui
