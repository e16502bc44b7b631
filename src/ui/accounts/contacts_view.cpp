// Sales > Contacts: every contact (Name, Account, Title, Email, Partner User) and "New".
#include <string>

#include "app/queries_core.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {

void drawContactsView(UiContext& ui) {
    heading(tr("Contacts"));
    if (ImGui::Button(tr("New"))) ui.nav.go(Screen::NewContact, 0);
    ImGui::SameLine();
    drawListDataButtons(ui, 2);
    const auto contacts = app::listContacts(ui.sandbox.db());
    if (contacts.empty()) {
        emptyHint(tr("No contacts yet. Click \"New\", or open an account and click \"New Contact\"."));
        return;
    }
    const float h = ImGui::GetContentRegionAvail().y - 4.0f;
    if (!ImGui::BeginTable("contacts", 5, kListTableFlags | ImGuiTableFlags_ScrollY, ImVec2(0, h))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("Name"), 0, 1.4f);
    ImGui::TableSetupColumn(tr("Account"), 0, 1.5f);
    ImGui::TableSetupColumn(tr("Title"), 0, 1.2f);
    ImGui::TableSetupColumn(tr("Email"), 0, 2.0f);
    ImGui::TableSetupColumn(tr("Partner User"), 0, 0.9f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(contacts.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto& c = contacts[static_cast<std::size_t>(i)];
            ImGui::PushID(static_cast<int>(c.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            recordLink(ui, c.name, Screen::ContactDetail, c.id);
            ImGui::TableNextColumn();
            if (c.accountId) recordLink(ui, c.accountName, Screen::AccountDetail, *c.accountId);
            ImGui::TableNextColumn();
            text(c.title);
            ImGui::TableNextColumn();
            text(c.email);
            ImGui::TableNextColumn();
            text(!c.partnerUserId ? "" : c.partnerUserActive ? tr("Active") : tr("Inactive"));
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace prm::ui
