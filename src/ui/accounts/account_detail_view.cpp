// An account's record page: details, "Manage External Account" (Enable as Partner / Disable as
// Partner), its contacts with "New Contact", its partner users and its partner roles.
#include "app/queries_core.h"
#include "app/session_queries.h"
#include "imgui.h"
#include "ui/keyboard.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

void section(const char* title) {
    ImGui::Spacing();
    ImGui::SetWindowFontScale(1.1f);
    text(tr(title));
    ImGui::SetWindowFontScale(1.0f);
}

}  // namespace

void drawAccountDetailView(UiContext& ui) {
    if (link(tr("< Accounts"))) ui.nav.go(Screen::Accounts);
    const auto d = app::accountDetail(ui.sandbox.db(), ui.nav.record);
    if (!d) {
        heading(tr("Account"));
        hint(tr("This account no longer exists. Pick one from the account list."));
        return;
    }
    const app::AccountRow& a = d->account;
    heading(std::string(tr("Account")) + ": " + a.name + (a.partner ? std::string("   [") + tr("Partner Account") + "]" : ""));

    // Buttons next to the title, as on the record page the document describes.
    if (ImGui::Button((std::string(tr("Manage External Account")) + "  \u25BC").c_str())) ImGui::OpenPopup("extaccount");
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
        text(std::string(tr("Disable ")) + a.name + tr(" as a partner?"));
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
        fieldRow("Account Name", a.name);
        fieldRow("Account Owner", a.ownerName);
        fieldRow("Partner Account", a.partner ? std::string(tr("Yes, since ")) + formatTime(a.partnerEnabledAt, "") : tr("No"));
        fieldRow("Industry", a.industry);
        fieldRow("Phone", a.phone);
        fieldRow("City", a.city);
        fieldRow("Country", a.country);
        endFields();
    }

    section("Contacts");
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

    if (!a.partner && d->partnerUsers.empty()) {
        ImGui::Spacing();
        hint(tr("To add partner users: Manage External Account > Enable as Partner, then on a contact Manage External "
                "User > Enable Partner User."));
        return;
    }
    section("Partner Users");
    if (d->partnerUsers.empty()) {
        emptyHint(tr("No partner users yet. Open a contact and choose Manage External User > Enable Partner User."));
    } else if (beginListTable("accusers", 5)) {
        keyColumn(tr("Name"));
        stretchColumn(tr("Username"), 2.0f);
        stretchColumn(tr("Role"), 1.6f);
        stretchColumn(tr("Active"), 0.6f);
        stretchColumn(tr("Last Login"), 1.0f);
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
            text(formatTime(u.lastLoginAt, "never"));
        }
        endListTable();
    }

    section("Partner Roles");
    if (d->partnerRoles.empty()) {
        emptyHint(tr("The partner roles are created with the account's first partner user, under the role of the "
                     "account owner."));
    } else {
        for (const auto& r : d->partnerRoles) {
            ImGui::PushID(static_cast<int>(r.id));
            ImGui::Bullet();
            textf("%s  (%s %d, %d %s)", r.name.c_str(), tr("level"), r.partnerLevel, r.userCount,
                  tr(r.userCount == 1 ? "user" : "users"));
            ImGui::PopID();
        }
    }
}

}  // namespace prm::ui
