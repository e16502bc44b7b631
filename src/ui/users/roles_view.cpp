// Setup > Administer > Manage Users > Roles: the role hierarchy as a tree. Partner roles hang under the
// role of their account's owner ("<Account> Partner Executive" > "Partner Manager" > "Partner User").
#include <map>
#include <optional>
#include <vector>

#include "app/queries_core.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

using Children = std::map<domain::Id, std::vector<std::size_t>>;  // parent id (0 = top) -> rows

void drawRole(const std::vector<app::RoleNode>& roles, const Children& children, std::size_t i) {
    const app::RoleNode& r = roles[i];
    auto kids = children.find(r.id);
    const bool leafRole = kids == children.end();
    ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_SpanAvailWidth;
    if (leafRole) flags |= ImGuiTreeNodeFlags_Leaf | ImGuiTreeNodeFlags_NoTreePushOnOpen;
    ImGui::PushID(static_cast<int>(r.id));
    const bool open = ImGui::TreeNodeEx("role", flags, "%s", r.name.c_str());
    ImGui::SameLine();
    std::string info = countText(r.userCount, "user", "users");
    if (r.partnerAccountId) info = trf("partner role, level {0} \u00B7 {1}", {fmtInt(r.partnerLevel), info});
    hint(info);
    if (open && !leafRole) {
        for (std::size_t k : kids->second) drawRole(roles, children, k);
        ImGui::TreePop();
    }
    ImGui::PopID();
}

}  // namespace

void drawRolesView(UiContext& ui) {
    heading(tr("Roles"));
    hint(tr("Users see the records of users below them in the hierarchy. Enabling the first partner user of an "
            "account creates its partner roles under the role of the account owner."));
    const auto roles = app::roleTree(ui.sandbox.db());
    if (roles.empty()) {
        emptyHint(tr("The org has no roles yet."));
        return;
    }
    Children children;
    for (std::size_t i = 0; i < roles.size(); ++i) children[roles[i].parentId.value_or(0)].push_back(i);
    ImGui::BeginChild("roletree", ImVec2(0, 0), true);
    for (std::size_t i : children[0]) drawRole(roles, children, i);
    ImGui::EndChild();
}

}  // namespace prm::ui
