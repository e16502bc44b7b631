// Sales > Contacts: every contact (Name, Account, Title, Email, Partner User) and "New".
#include <string>

#include "app/queries_core.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
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
    if (!beginListTable("contacts", 5, ImGuiTableFlags_ScrollY, ImVec2(0, h))) return;
    keyColumn(tr("Name"));
    stretchColumn(tr("Account"), 1.5f);
    stretchColumn(tr("Title"), 1.2f);
    stretchColumn(tr("Email"), 2.0f);
    stretchColumn(tr("Partner User"), 0.9f);
    listHeaders();
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
    endListTable();
}

}  // namespace prm::ui
