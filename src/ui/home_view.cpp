#include "app/session_queries.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {

void drawHomeView(UiContext& ui) {
    const app::SessionInfo s = app::sessionInfo(ui.sandbox);
    heading(tr("Home"));
    if (!s.orgExists) {
        hint(tr("This sandbox has no org yet."));
        return;
    }
    textf("%s: %s (%s Edition)", tr("Org"), s.orgName.c_str(), s.edition.c_str());
    textf("%s: %s", tr("Partner Relationship Management"), s.prmEnabled ? tr("enabled") : tr("not enabled"));
    ImGui::Spacing();
    hint(tr("Use the app menu in the top-right corner to switch between Sales, Setup and the Partner Community."));
}

}  // namespace prm::ui
