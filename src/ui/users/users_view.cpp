// Setup > Administer > Manage Users > Users: every user, internal and partner, with the actions an
// administrator takes on them (activate, reset password, log in as).
#include <string>

#include "app/queries_core.h"
#include "app/session_queries.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/users/user_actions.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {
struct UsersPage {
    std::string filter;
    int kind = 0;  // 0 all, 1 internal, 2 partner
};
}  // namespace

void drawUsersView(UiContext& ui) {
    UsersPage& s = ui.page<UsersPage>();
    std::string& filter = s.filter;
    int& kind = s.kind;
    heading(tr("Users"));
    hint(tr("Administer > Manage Users > Users. Partner users are created from a contact: on the contact choose "
            "Manage External User > Enable Partner User."));

    ImGui::SetNextItemWidth(260);
    ImGui::InputTextWithHint("##userfilter", tr("Search name or username"), &filter);
    ImGui::SameLine();
    ImGui::RadioButton(tr("All"), &kind, 0);
    ImGui::SameLine();
    ImGui::RadioButton(tr("Internal"), &kind, 1);
    ImGui::SameLine();
    ImGui::RadioButton(tr("Partner"), &kind, 2);

    app::UserFilter f;
    f.nameContains = filter;
    if (kind == 1) f.partner = false;
    if (kind == 2) f.partner = true;
    const auto users = app::listUsers(ui.sandbox.db(), f);
    ui.feedback("users");
    if (users.empty()) {
        emptyHint(tr("No user matches. Clear the search box, or pick \"All\"."));
        return;
    }
    const float h = ImGui::GetContentRegionAvail().y - 4.0f;
    if (!beginListTable("users", 8, ImGuiTableFlags_ScrollY, ImVec2(0, h))) return;
    // Actions first, as in the product's Users list, so they are in view however narrow the page.
    actionsColumn(tr("Actions"), {tr("Deactivate"), tr("Activate")},
                  {tr("Deactivate"), tr("Reset Password"), tr("Log in as")});
    keyColumn(tr("Name"));
    stretchColumn(tr("Username"), 2.0f);
    stretchColumn(tr("Profile"), 1.4f);
    stretchColumn(tr("Role"), 1.6f);
    fixedColumn(tr("Active"), nullptr);
    fixedColumn(tr("Last Login"), "2026-12-31 23:59");
    stretchColumn(tr("Account"), 1.2f);
    listHeaders(1);  // the actions stay in view
    for (const auto& u : users) {
        ImGui::PushID(static_cast<int>(u.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        drawUserActions(ui, u, "users");
        ImGui::TableNextColumn();
        recordLink(ui, u.name, Screen::UserDetail, u.id);
        ImGui::TableNextColumn();
        text(u.username);
        ImGui::TableNextColumn();
        text(u.profileName);
        ImGui::TableNextColumn();
        text(u.roleName);
        ImGui::TableNextColumn();
        text(u.active ? "\u2713" : "");
        ImGui::TableNextColumn();
        text(formatTime(u.lastLoginAt, N_("never")));
        ImGui::TableNextColumn();
        if (u.accountId) recordLink(ui, u.accountName, Screen::AccountDetail, *u.accountId);
        ImGui::PopID();
    }
    endListTable();
}

}  // namespace prm::ui
