// Setup > Administer > Manage Users > Users: every user, internal and partner, with the actions an
// administrator takes on them (activate, reset password, log in as).
#include <string>

#include "app/queries_core.h"
#include "app/session_queries.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/strings.h"
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
    if (!ImGui::BeginTable("users", 8, kListTableFlags | ImGuiTableFlags_ScrollY, ImVec2(0, h))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("Name"), 0, 1.4f);
    ImGui::TableSetupColumn(tr("Username"), 0, 2.0f);
    ImGui::TableSetupColumn(tr("Profile"), 0, 1.4f);
    ImGui::TableSetupColumn(tr("Role"), 0, 1.6f);
    ImGui::TableSetupColumn(tr("Active"), 0, 0.5f);
    dateColumn(tr("Last Login"));
    ImGui::TableSetupColumn(tr("Account"), 0, 1.2f);
    ImGui::TableSetupColumn(tr("Actions"), 0, 2.6f);
    ImGui::TableHeadersRow();
    for (const auto& u : users) {
        ImGui::PushID(static_cast<int>(u.id));
        ImGui::TableNextRow();
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
        text(formatTime(u.lastLoginAt, "never"));
        ImGui::TableNextColumn();
        if (u.accountId) recordLink(ui, u.accountName, Screen::AccountDetail, *u.accountId);
        ImGui::TableNextColumn();
        drawUserActions(ui, u, "users");
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace prm::ui
