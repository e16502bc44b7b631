// Setup > Digital Experiences > All Communities: the communities, and "New" (Name, URL prefix).
#include <string>

#include "app/queries_core.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/keyboard.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {
struct CommunitiesPage {
    bool creating = false;  // the "New Community" form is open
    std::string name, urlPrefix;
};
}  // namespace

void drawCommunitiesView(UiContext& ui) {
    CommunitiesPage& s = ui.page<CommunitiesPage>();
    bool& creating = s.creating;
    std::string& name = s.name;
    std::string& urlPrefix = s.urlPrefix;
    heading(tr("All Communities"));
    hint(tr("Partner users can log in to a community once it is published and their profile is one of its members."));

    if (!creating) {
        if (ImGui::Button(tr("New"))) {
            creating = true;
            name.clear();
            urlPrefix.clear();
            ui.clearFeedback("newcommunity");
        }
    } else {
        ImGui::BeginChild("newcommunity", ImVec2(620, ImGui::GetFrameHeightWithSpacing() * 4 + 30), true);
        text(tr("New Community"));
        if (beginForm("newcommunityform")) {
            formInput(N_("Name"), &name);
            formInput(N_("URL"), &urlPrefix);
            endForm();
        }
        if (primaryButton(tr("Save"))) {
            auto r = ui.run({{"cmd", "CreateCommunity"}, {"name", name}, {"urlPrefix", urlPrefix}}, "newcommunity");
            if (r.ok) {
                creating = false;
                if (r.data.contains("communityId")) ui.nav.go(Screen::CommunityDetail, r.data["communityId"].get<Id>());
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Cancel"))) creating = false;
        ImGui::EndChild();
    }
    ui.feedback("newcommunity");
    ImGui::Spacing();

    const auto communities = app::listCommunities(ui.sandbox.db());
    if (communities.empty()) {
        emptyHint(tr("No communities yet. Click \"New\" to create the partner community (e.g. Name \"Partners\", "
                     "URL \"partners\")."));
        return;
    }
    if (!beginListTable("communities", 4)) return;
    keyColumn(tr("Name"));
    stretchColumn(tr("URL"), 1.2f);
    stretchColumn(tr("Status"), 0.8f);
    stretchColumn(tr("Member Profiles"), 2.5f);
    listHeaders();
    for (const auto& c : communities) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        recordLink(ui, c.name, Screen::CommunityDetail, c.id);
        ImGui::TableNextColumn();
        text("/" + c.urlPrefix);
        ImGui::TableNextColumn();
        text(tr(c.status.c_str()));
        ImGui::TableNextColumn();
        std::string members;
        for (const auto& p : c.memberProfiles) members += (members.empty() ? "" : ", ") + p.name;
        text(members.empty() ? std::string(tr("none yet")) : members);
    }
    endListTable();
}

}  // namespace prm::ui
