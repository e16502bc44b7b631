// Setup > Security Controls > Public Groups: the groups with their members and how many users they reach;
// "New" (Name, members: users, or roles with their scope).
#include <string>
#include <vector>

#include "app/channel/channel_queries.h"
#include "app/queries_core.h"
#include "app/leads/queries_leads.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/keyboard.h"
#include "ui/leads/lead_ui_helpers.h"
#include "ui/leads/lead_views.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {
// Member kinds: 0 User, 1 Role, 2 Role and Internal Subordinates, 3 Role, Internal and Portal Subordinates,
// 4 Channel Level (the partner accounts at a level of an active channel program).
const char* kMemberKinds[] = {N_("User"), N_("Role"), N_("Role and Internal Subordinates"),
                              N_("Role, Internal and Portal Subordinates"), N_("Channel Level")};
const int kLevelKind = 4;
const char* kGroupScopes[] = {"", "Role", "RoleAndInternalSubordinates", "RoleInternalAndPortalSubordinates", ""};  // notr: keys
}  // namespace

void drawPublicGroupsView(UiContext& ui) {
    struct Draft {
        bool open = false;
        std::string name;
        std::vector<std::pair<int, Id>> members;  // kind, id
        int kind = 0;
        Id id = 0;
    };
    struct Page {
        Draft d;
        Id levelGroup = 0, level = 0;  // "Add a channel level to a group"
        FitPanel panel;
        DataVersion version;
        std::vector<app::PublicGroupView> groups;
        std::vector<std::pair<Id, std::string>> users, roles, levels;
    };
    Page& s = ui.page<Page>();
    Draft& d = s.d;
    const std::vector<app::PublicGroupView>& groups = s.groups;
    std::vector<std::pair<Id, std::string>>& users = s.users;
    std::vector<std::pair<Id, std::string>>& roles = s.roles;
    if (ui.refreshDue(s.version)) {
        s.groups = app::listPublicGroups(ui.sandbox.db());
        users.clear();
        roles.clear();
        for (const auto& u : app::listUsers(ui.sandbox.db()))
            users.emplace_back(u.id, u.partner ? u.name + " (" + u.accountName + ")" : u.name);
        for (const auto& r : app::roleTree(ui.sandbox.db())) roles.emplace_back(r.id, r.name);
        s.levels = app::channel::levelChoices(ui.sandbox.db());
    }
    auto nameOf = [&](int kind, Id id) {
        for (const auto& [i, n] : kind == 0 ? users : kind == kLevelKind ? s.levels : roles)
            if (i == id) return trf("{0}: {1}", {tr(kMemberKinds[kind]), n});
        return std::string("?");
    };
    heading(tr("Public Groups"));
    hint(tr("A public group gathers users, roles and channel levels, so sharing rules and queues can name them at once."));
    if (ImGui::Button(tr("New"))) {
        d = Draft{};
        d.open = true;
        ui.clearFeedback("newgroup");
    }
    if (d.open) {
        beginPanel("newgroup", s.panel);
        text(tr("New Public Group"));
        if (beginForm("groupform")) {
            formInput(N_("Label"), &d.name);
            endForm();
        }
        text(tr("Members"));
        for (std::size_t i = 0; i < d.members.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::Bullet();
            text(nameOf(d.members[i].first, d.members[i].second));
            ImGui::SameLine();
            if (link(tr("Remove"))) {
                d.members.erase(d.members.begin() + static_cast<long>(i));
                ImGui::PopID();
                break;
            }
            ImGui::PopID();
        }
        ImGui::SetNextItemWidth(240);
        if (ImGui::BeginCombo("##kind", tr(kMemberKinds[d.kind]))) {
            for (int k = 0; k < 5; ++k)
                if (ImGui::Selectable(tr(kMemberKinds[k]), d.kind == k)) {
                    if ((k == 0) != (d.kind == 0) || (k == kLevelKind) != (d.kind == kLevelKind)) d.id = 0;
                    d.kind = k;
                }
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(260);
        idCombo("##who", &d.id, d.kind == 0 ? users : d.kind == kLevelKind ? s.levels : roles, N_("--Choose--"));
        ImGui::SameLine();
        ImGui::BeginDisabled(d.id == 0);
        if (ImGui::Button(tr("Add Member"))) {
            d.members.emplace_back(d.kind, d.id);
            d.id = 0;
        }
        ImGui::EndDisabled();
        if (primaryButton(tr("Save"))) {
            app::json members = app::json::array();
            for (const auto& [kind, id] : d.members)
                members.push_back(kind == 0            ? app::json{{"userId", id}}
                                  : kind == kLevelKind ? app::json{{"levelId", id}}
                                                       : app::json{{"roleId", id}, {"scope", kGroupScopes[kind]}});
            auto r = ui.run({{"cmd", "CreatePublicGroup"}, {"name", d.name}, {"members", members}}, "newgroup");
            if (r.ok) {
                ui.toast(r.message);
                d.open = false;
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Cancel"))) d.open = false;
        feedbackBeside(ui, "newgroup");
        endPanel(s.panel);
    }
    if (groups.empty()) {
        emptyHint(tr("No public groups yet. Click \"New\", e.g. \"Channel Team\" with the channel managers' role."));
        return;
    }
    if (!beginListTable("groups", 3)) return;
    keyColumn(tr("Label"));
    stretchColumn(tr("Members"), 3.0f);
    stretchColumn(tr("Users"), 0.4f);
    listHeaders();
    for (const auto& g : groups) {
        ImGui::PushID(static_cast<int>(g.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        text(g.name);
        ImGui::TableNextColumn();
        std::string members;
        for (const auto& m : g.members) members += (members.empty() ? "" : "; ") + m;
        ImGui::PushTextWrapPos(0.0f);
        text(members.empty() ? std::string(tr("(no members)")) : members);
        ImGui::PopTextWrapPos();
        // Channel levels come last among the members: each can be taken out here.
        for (std::size_t i = 0; i < g.levelIds.size(); ++i) {
            const std::size_t at = g.members.size() - g.levelIds.size() + i;
            ImGui::PushID(static_cast<int>(g.levelIds[i]));
            if (ImGui::SmallButton(trf("Remove {0}", {g.members[at]}).c_str()))
                ui.run({{"cmd", "RemovePublicGroupMember"}, {"groupId", g.id}, {"levelId", g.levelIds[i]}}, "grouplevel");
            ImGui::PopID();
        }
        ImGui::TableNextColumn();
        text(fmtInt(g.userCount));
        ImGui::PopID();
    }
    endListTable();
    // A channel level into an existing group: the partner accounts at that level of an active program.
    if (s.levels.empty()) return;
    ImGui::Spacing();
    text(tr("Add a channel level to a group"));
    std::vector<std::pair<Id, std::string>> groupChoices;
    for (const auto& g : groups) groupChoices.emplace_back(g.id, g.name);
    ImGui::SetNextItemWidth(220);
    idCombo("##levelgroup", &s.levelGroup, groupChoices, N_("--Choose--"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(260);
    idCombo("##level", &s.level, s.levels, N_("--Choose--"));
    ImGui::SameLine();
    ImGui::BeginDisabled(s.levelGroup == 0 || s.level == 0);
    if (ImGui::Button(tr("Add Channel Level"))) {
        auto r = ui.run({{"cmd", "AddPublicGroupMember"}, {"groupId", s.levelGroup}, {"levelId", s.level}}, "grouplevel");
        if (r.ok) {
            ui.toast(r.message);
            s.level = 0;
        }
    }
    ImGui::EndDisabled();
    ui.feedback("grouplevel");
}

}  // namespace prm::ui
