#include "ui/users/user_actions.h"

#include <vector>

#include "app/session_queries.h"
#include "app/users/queries_members.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/widgets.h"

namespace prm::ui {

void openHomeAreaForCurrentUser(UiContext& ui) {
    const app::SessionInfo s = app::sessionInfo(ui.sandbox);
    ui.area = s.isPartner ? AppArea::PartnerCommunity : AppArea::Sales;
    ui.nav.back.clear();
    ui.nav.go(s.isPartner ? Screen::PartnerHome : Screen::Home);
}

void drawUserActions(UiContext& ui, const app::User& u, const std::string& anchor) {
    const app::SessionInfo me = app::sessionInfo(ui.sandbox);
    const std::string toggle = tr(u.active ? "Deactivate" : "Activate");
    const std::string reset = tr("Reset Password");
    const std::string loginAs = tr("Log in as");
    const bool canLoginAs = u.id != me.userId && u.active;
    std::vector<std::string> labels{toggle, reset};
    if (canLoginAs) labels.push_back(loginAs);
    // In a narrow Users list the actions after the first one go into a "…" menu.
    RowActions actions(labels);
    if (actions.item(toggle))
        ui.run({{"cmd", u.active ? "DeactivateUser" : "ActivateUser"}, {"userId", u.id}}, anchor);
    if (actions.item(reset)) ui.run({{"cmd", "ResetPassword"}, {"userId", u.id}}, anchor);
    if (canLoginAs && actions.item(loginAs)) {
        auto r = ui.run({{"cmd", "LoginAs"}, {"userId", u.id}}, anchor);
        if (r.ok) {
            openHomeAreaForCurrentUser(ui);
            ui.toast(r.message);
        }
    }
    actions.end();
}

void logInToExperienceAs(UiContext& ui, domain::Id partnerUserId, const std::string& anchor) {
    auto r = ui.run({{"cmd", "LogInToExperienceAsUser"}, {"userId", partnerUserId}}, anchor);
    if (r.ok) {
        openHomeAreaForCurrentUser(ui);
        ui.toast(r.message);
    }
}

void drawPartnerUserAdminActions(UiContext& ui, const app::User& u, const std::string& anchor) {
    if (!u.partner || !app::sessionInfo(ui.sandbox).isAdmin) return;
    if (u.active && ImGui::Button(tr("Log in to Experience as User"))) logInToExperienceAs(ui, u.id, anchor);
    bool delegated = app::users::hasDelegatedAdmin(ui.sandbox, u.id);
    if (u.active) ImGui::SameLine(0, 16.0f);
    if (ImGui::Checkbox(tr("Delegated External User Administration"), &delegated))
        ui.run({{"cmd", delegated ? "GrantDelegatedAdmin" : "RevokeDelegatedAdmin"}, {"userId", u.id}}, anchor);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr("The partner user manages the members of their own account in the community "
                                   "(Account Management → Members): add, edit, activate, deactivate, reset passwords."));
}

void drawExperienceBanner(UiContext& ui) {
    const app::users::ExperienceBanner b = app::users::experienceBanner(ui.sandbox);
    if (!b.active) return;
    textColored(IM_COL32(176, 90, 0, 255), trf("Logged in as {0} ({1}) — Log out to return to {2}",
                                               {b.partnerName, b.accountName, b.adminName}));
    ImGui::Separator();
}

}  // namespace prm::ui
