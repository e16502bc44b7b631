// An account's record page: details, "Manage External Account" (Enable as Partner / Disable as
// Partner), its contacts with "New Contact", its partner users and its partner roles.
#include "app/queries_core.h"
#include "ui/accounts/account_relationships_view.h"
#include "app/session_queries.h"
#include "imgui.h"
#include "ui/channel/channel_views.h"
#include "ui/keyboard.h"
#include "ui/sales/sales_views.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {

void drawAccountDetailView(UiContext& ui) {
    if (link(tr("< Accounts"))) ui.nav.go(Screen::Accounts);
    const auto d = app::accountDetail(ui.sandbox.db(), ui.nav.record);
    if (!d) {
        heading(tr("Account"));
        hint(tr("This account no longer exists. Pick one from the account list."));
        return;
    }
    const app::AccountRow& a = d->account;
    heading(a.partner ? trf("Account: {0}   [Partner Account]", {a.name}) : trf("Account: {0}", {a.name}));

    // Buttons next to the title, as on the record page the document describes.
    if (ImGui::Button((std::string(tr("Manage External Account")) + "  \u25BC").c_str())) ImGui::OpenPopup("extaccount");  // notr: the arrow
    bool askDisable = false;
    if (ImGui::BeginPopup("extaccount")) {
        if (!a.partner) {
            if (ImGui::Selectable(tr("Enable as Partner"))) {
                ui.run({{"cmd", "EnableAsPartner"}, {"accountId", a.id}}, "extaccount");
            }
        } else if (ImGui::Selectable(tr("Disable as Partner"))) {
            askDisable = true;
        }
        ImGui::EndPopup();
    }
    if (askDisable) ImGui::OpenPopup(tr("Disable as Partner?"));
    if (ImGui::BeginPopupModal(tr("Disable as Partner?"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        text(trf("Disable {0} as a partner?", {a.name}));
        text(tr("Its partner users are deactivated and its partner roles deleted."));
        if (primaryButton(tr("Disable"))) {
            ui.run({{"cmd", "DisableAsPartner"}, {"accountId", a.id}}, "extaccount");
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (cancelButton(tr("Cancel"))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("New Contact"))) ui.nav.go(Screen::NewContact, a.id);
    ui.feedback("extaccount");

    if (beginFields("accountfields")) {
        fieldRow(N_("Account Name"), a.name);
        fieldRow(N_("Account Owner"), a.ownerName);
        fieldRow(N_("Partner Account"),
                 a.partner ? trf("Yes, since {0}", {fmtDateTime(formatTime(a.partnerEnabledAt, ""))}) : std::string(tr("No")));
        fieldRow(N_("Industry"), a.industry);
        fieldRow(N_("Phone"), a.phone);
        fieldRow(N_("City"), a.city);
        fieldRow(N_("Country"), a.country);
        endFields();
    }

    section(N_("Contacts"));
    if (d->contacts.empty()) {
        emptyHint(tr("No contacts yet. Click \"New Contact\" to add the partner's people."));
    } else if (beginListTable("acccontacts", 4)) {
        keyColumn(tr("Name"));
        stretchColumn(tr("Title"), 1.2f);
        stretchColumn(tr("Email"), 2.0f);
        stretchColumn(tr("Partner User"), 1.0f);
        listHeaders();
        for (const auto& c : d->contacts) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            recordLink(ui, c.name, Screen::ContactDetail, c.id);
            ImGui::TableNextColumn();
            text(c.title);
            ImGui::TableNextColumn();
            text(c.email);
            ImGui::TableNextColumn();
            text(!c.partnerUserId ? "" : c.partnerUserActive ? tr("Active") : tr("Inactive"));
        }
        endListTable();
    }

    drawAccountOpportunities(ui, a.id);
    drawActivitySections(ui, "Account", a.id);  // notr: record type key
    drawAccountRelationshipsSection(ui, a.id);
    if (a.partner) drawAccountChannelPrograms(ui, a.id);  // issue #20: its channel programs and levels

    if (!a.partner && d->partnerUsers.empty()) {
        ImGui::Spacing();
        hint(tr("To add partner users: Manage External Account > Enable as Partner, then on a contact Manage External "
                "User > Enable Partner User."));
        return;
    }
    section(N_("Partner Users"));
    if (d->partnerUsers.empty()) {
        emptyHint(tr("No partner users yet. Open a contact and choose Manage External User > Enable Partner User."));
    } else if (beginListTable("accusers", 5)) {
        keyColumn(tr("Name"));
        stretchColumn(tr("Username"), 1.8f);
        stretchColumn(tr("Role"), 1.5f);
        stretchColumn(tr("Active"), 0.6f);
        stretchColumn(tr("Last Login"), 1.3f, ImGui::CalcTextSize(fmtDateTime("2026-12-31 23:59").c_str()).x);  // the date, not the header
        listHeaders();
        for (const auto& u : d->partnerUsers) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            recordLink(ui, u.name, Screen::UserDetail, u.id);
            ImGui::TableNextColumn();
            text(u.username);
            ImGui::TableNextColumn();
            text(u.roleName);
            ImGui::TableNextColumn();
            text(u.active ? "\u2713" : "");
            ImGui::TableNextColumn();
            text(fmtDateTime(formatTime(u.lastLoginAt, N_("never"))));
        }
        endListTable();
    }

    section(N_("Partner Roles"));
    if (d->partnerRoles.empty()) {
        emptyHint(tr("The partner roles are created with the account's first partner user, under the role of the "
                     "account owner."));
    } else {
        for (const auto& r : d->partnerRoles) {
            ImGui::PushID(static_cast<int>(r.id));
            ImGui::Bullet();
            text(i18n::format(trn("{0}  (level {1}, {2} user)", "{0}  (level {1}, {2} users)", r.userCount),
                              {r.name, fmtInt(r.partnerLevel), fmtInt(r.userCount)}));
            ImGui::PopID();
        }
    }
}

}  // namespace prm::ui
