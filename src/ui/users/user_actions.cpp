#include "ui/users/user_actions.h"

#include <vector>

#include "app/session_queries.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"

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

}  // namespace prm::ui
