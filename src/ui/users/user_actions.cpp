#include "ui/users/user_actions.h"

#include "app/session_queries.h"
#include "imgui.h"
#include "ui/strings.h"

namespace prm::ui {

void openHomeAreaForCurrentUser(UiContext& ui) {
    const app::SessionInfo s = app::sessionInfo(ui.sandbox);
    ui.area = s.isPartner ? AppArea::PartnerCommunity : AppArea::Sales;
    ui.nav.back.clear();
    ui.nav.go(s.isPartner ? Screen::PartnerHome : Screen::Home);
}

void drawUserActions(UiContext& ui, const app::User& u, const std::string& anchor) {
    const app::SessionInfo me = app::sessionInfo(ui.sandbox);
    if (u.active) {
        if (ImGui::SmallButton(tr("Deactivate")))
            ui.run({{"cmd", "DeactivateUser"}, {"userId", u.id}}, anchor);
    } else if (ImGui::SmallButton(tr("Activate"))) {
        ui.run({{"cmd", "ActivateUser"}, {"userId", u.id}}, anchor);
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("Reset Password")))
        ui.run({{"cmd", "ResetPassword"}, {"userId", u.id}}, anchor);
    if (u.id != me.userId && u.active) {
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("Log in as"))) {
            auto r = ui.run({{"cmd", "LoginAs"}, {"userId", u.id}}, anchor);
            if (r.ok) {
                openHomeAreaForCurrentUser(ui);
                ui.toast(r.message);
            }
        }
    }
}

}  // namespace prm::ui
