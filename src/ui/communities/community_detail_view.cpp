// A community's record page: status with Publish / Deactivate, and its member profiles (add / remove).
#include <string>

#include "app/queries_core.h"
#include "imgui.h"
#include "ui/keyboard.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {
// A community's status and a profile's user type are keys in the store, shown through tr().
[[maybe_unused]] const char* kShownKeys[] = {N_("Preview"), N_("Published"), N_("Inactive"), N_("Internal"), N_("Partner")};

struct CommunityDetailPage {
    Id pickedProfile = 0;  // the profile "Add" would make a member
};
}  // namespace

void drawCommunityDetailView(UiContext& ui) {
    Id& pickedProfile = ui.page<CommunityDetailPage>().pickedProfile;
    if (link(tr("< All Communities"))) ui.nav.go(Screen::Communities);
    const auto all = app::listCommunities(ui.sandbox.db());
    const app::CommunityRow* c = nullptr;
    for (const auto& row : all)
        if (row.id == ui.nav.record) c = &row;
    if (!c) {
        heading(tr("Community"));
        hint(tr("This community no longer exists. Pick one from Digital Experiences > All Communities."));
        return;
    }
    const Id id = c->id;
    heading(trf("Community: {0}", {c->name}));
    if (beginFields("communityfields")) {
        fieldRow(N_("Name"), c->name);
        fieldRow(N_("URL"), "/" + c->urlPrefix);
        fieldRow(N_("Status"), tr(c->status.c_str()));
        fieldRow(N_("Created"), fmtDateTime(formatTime(c->createdAt)));
        endFields();
    }
    if (c->status == "Preview") {  // notr: status key
        if (ImGui::Button(tr("Publish"))) ui.run({{"cmd", "PublishCommunity"}, {"communityId", id}}, "communitystatus");
    } else if (c->status == "Published") {  // notr: status key
        // Deactivate takes Publish's place: it asks first, so a second click on Publish changes nothing.
        if (ImGui::Button(tr("Deactivate"))) ImGui::OpenPopup("###deactivatecommunity");
    } else if (ImGui::Button(tr("Activate"))) {
        ui.run({{"cmd", "ActivateCommunity"}, {"communityId", id}}, "communitystatus");
    }
    if (ImGui::BeginPopupModal((std::string(tr("Deactivate the community?")) + "###deactivatecommunity").c_str(), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize)) {
        text(trf("Deactivate '{0}'?", {c->name}));
        text(tr("Partner users cannot log in to the community while it is inactive. Its members and records are kept;"));
        text(tr("Activate brings it back."));
        if (primaryButton(tr("Deactivate"))) {
            ui.run({{"cmd", "DeactivateCommunity"}, {"communityId", id}}, "communitystatus");
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        (void)cancelButton(tr("Cancel"));
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    hint(c->status == "Published" ? tr("Published: members can log in.")  // notr: status key
                                  : tr("Not published: partner users cannot log in here yet."));
    ui.feedback("communitystatus");

    ImGui::Spacing();
    text(tr("Members"));
    ImGui::Separator();
    hint(tr("Users with these profiles can log in to the community once it is published."));
    if (c->memberProfiles.empty()) {
        emptyHint(tr("No member profiles yet: pick a profile below (for partners: Partner Community User) and click "
                     "\"Add\"."));
    } else if (beginListTable("members", 3, 0, ImVec2(620, 0))) {
        keyColumn(tr("Profile"));
        stretchColumn(tr("User Type"), 1.0f);
        keyColumn("");
        listHeaders();
        for (const auto& p : c->memberProfiles) {
            ImGui::PushID(static_cast<int>(p.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text(p.name);
            ImGui::TableNextColumn();
            text(tr(p.userType.c_str()));
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(tr("Remove")))
                ui.run({{"cmd", "RemoveCommunityMemberProfile"}, {"communityId", id}, {"profileId", p.id}}, "members");
            ImGui::PopID();
        }
        endListTable();
    }
    std::vector<std::pair<Id, std::string>> choices;
    Id firstPartnerProfile = 0;
    for (const auto& p : app::listProfiles(ui.sandbox.db())) {
        bool member = false;
        for (const auto& m : c->memberProfiles) member |= m.id == p.id;
        if (member) continue;
        choices.emplace_back(p.id, p.name + " (" + tr(p.userType.c_str()) + ")");
        if (!firstPartnerProfile && p.userType == "Partner") firstPartnerProfile = p.id;  // notr: user type key
    }
    if (!choices.empty()) {
        bool valid = false;
        for (const auto& ch : choices) valid |= ch.first == pickedProfile;
        if (!valid) pickedProfile = firstPartnerProfile ? firstPartnerProfile : choices.front().first;
        ImGui::SetNextItemWidth(320);
        idCombo(tr("Member profile"), &pickedProfile, choices);
        ImGui::SameLine();
        if (ImGui::Button(tr("Add")))
            ui.run({{"cmd", "AddCommunityMemberProfile"}, {"communityId", id}, {"profileId", pickedProfile}}, "members");
    }
    ui.feedback("members");
}

}  // namespace prm::ui
