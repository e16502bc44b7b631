// Sales > Accounts: the account list (Name, Owner, Partner, Industry, City) and "New".
#include <string>

#include "app/queries_core.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {
struct AccountsPage {
    std::string filter;
    bool partnersOnly = false;
};
}  // namespace

void drawAccountsView(UiContext& ui) {
    AccountsPage& s = ui.page<AccountsPage>();
    std::string& filter = s.filter;
    bool& partnersOnly = s.partnersOnly;
    heading(tr("Accounts"));
    if (ImGui::Button(tr("New"))) ui.nav.go(Screen::NewAccount);
    ImGui::SameLine();
    drawListDataButtons(ui, 1);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(260);
    ImGui::InputTextWithHint("##accountfilter", tr("Search accounts"), &filter);
    ImGui::SameLine();
    ImGui::Checkbox(tr("Partner accounts only"), &partnersOnly);

    app::AccountFilter f;
    f.nameContains = filter;
    if (partnersOnly) f.partner = true;
    const auto accounts = app::listAccounts(ui.sandbox.db(), f);
    if (accounts.empty()) {
        emptyHint(filter.empty() && !partnersOnly
                      ? tr("No accounts yet. Click \"New\" to create one: every partner company is an account owned by "
                           "its channel manager.")
                      : tr("No account matches. Clear the search box or untick \"Partner accounts only\"."));
        return;
    }
    const float h = ImGui::GetContentRegionAvail().y - 4.0f;
    if (!beginListTable("accounts", 5, ImGuiTableFlags_ScrollY, ImVec2(0, h))) return;
    keyColumn(tr("Account Name"));
    stretchColumn(tr("Owner"), 1.3f);
    stretchColumn(tr("Partner"), 0.6f);
    stretchColumn(tr("Industry"), 1.2f);
    stretchColumn(tr("City"), 1.0f);
    listHeaders();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(accounts.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto& a = accounts[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            recordLink(ui, a.name, Screen::AccountDetail, a.id);
            ImGui::TableNextColumn();
            text(a.ownerName);
            ImGui::TableNextColumn();
            text(a.partner ? "\u2713" : "");
            ImGui::TableNextColumn();
            text(a.industry);
            ImGui::TableNextColumn();
            text(a.city);
        }
    }
    endListTable();
}

}  // namespace prm::ui
