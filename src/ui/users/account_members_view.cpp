// Partner Community → Account Management → Members: a delegated external user administrator manages the
// partner users of their own account (New Member, Edit, Deactivate / Activate, Reset Password).
#include <algorithm>
#include <string>

#include "app/users/queries_members.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

const char* const kLevelNames[] = {N_("User (level 1)"), N_("Manager (level 2)"), N_("Executive (level 3)")};

struct MemberDraft {
    domain::Id userId = 0;  // 0: New Member
    std::string firstName, lastName, email;
    int level = 1;
};
struct MembersPage {
    bool editing = false;
    MemberDraft draft;
};

void levelCombo(int* level, int maxLevel) {
    ImGui::SetNextItemWidth(220);
    if (ImGui::BeginCombo("##memberlevel", tr(kLevelNames[*level - 1]))) {
        for (int l = 1; l <= maxLevel && l <= 3; ++l)
            if (ImGui::Selectable(tr(kLevelNames[l - 1]), l == *level)) *level = l;
        ImGui::EndCombo();
    }
}

void drawMemberForm(UiContext& ui, MembersPage& p, const app::users::AccountMembers& m) {
    MemberDraft& d = p.draft;
    text(d.userId ? tr("Edit Member") : tr("New Member"));
    if (beginForm("memberform")) {
        formInput(N_("First Name"), &d.firstName);
        formRequiredInput(N_("Last Name"), &d.lastName);
        formRequiredInput(N_("Email"), &d.email);
        formLabel(N_("Role"));
        levelCombo(&d.level, std::min(m.ownLevel, m.levels));
        endForm();
    }
    if (ImGui::Button(tr("Save"))) {
        bool ok = false;
        if (d.userId) {
            ok = ui.run({{"cmd", "UpdateUser"}, {"userId", d.userId}, {"firstName", d.firstName}, {"lastName", d.lastName},
                         {"email", d.email}},
                        "members")
                     .ok;
            if (ok) ok = ui.run({{"cmd", "SetPartnerUserRole"}, {"userId", d.userId}, {"level", d.level}}, "members").ok;
        } else {
            ok = ui.run({{"cmd", "AddAccountMember"}, {"firstName", d.firstName}, {"lastName", d.lastName},
                         {"email", d.email}, {"level", d.level}},
                        "members")
                     .ok;
        }
        if (ok) p.editing = false;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) p.editing = false;
    ImGui::Separator();
}

}  // namespace

void drawAccountMembersView(UiContext& ui) {
    MembersPage& p = ui.page<MembersPage>();
    heading(tr("Members"));
    const auto m = app::users::accountMembers(ui.sandbox);
    if (!m.accountId) {
        hint(tr("Account Management is for partner users with delegated external user administration. An administrator "
                "grants it on the partner user's page."));
        return;
    }
    hint(trf("Account Management: the partner users of {0}. You can give roles up to your own level.", {m.accountName}));
    if (!p.editing && ImGui::Button(tr("New Member"))) {
        p.editing = true;
        p.draft = MemberDraft{};
    }
    ui.feedback("members");
    if (p.editing) drawMemberForm(ui, p, m);
    if (!beginListTable("members", 6)) return;
    // Deactivate / Activate first (in view however narrow the page), Edit and Reset Password after it.
    actionsColumn(tr("Actions"), {tr("Deactivate"), tr("Activate")}, {tr("Deactivate"), tr("Edit"), tr("Reset Password")});
    keyColumn(tr("Name"));
    stretchColumn(tr("Username"), 2.0f);
    stretchColumn(tr("Role"), 1.2f);
    fixedColumn(tr("Active"), nullptr);
    fixedColumn(tr("Last Login"), "2026-12-31 23:59");
    listHeaders(1);
    for (const auto& mem : m.members) {
        const app::User& u = mem.user;
        ImGui::PushID(static_cast<int>(u.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string edit = tr("Edit");
        const std::string toggle = tr(u.active ? "Deactivate" : "Activate");
        const std::string reset = tr("Reset Password");
        RowActions actions({toggle, edit, reset});
        if (actions.item(toggle))
            ui.run({{"cmd", u.active ? "DeactivateUser" : "ActivateUser"}, {"userId", u.id}}, "members");
        if (actions.item(edit)) {
            p.editing = true;
            p.draft = MemberDraft{u.id, u.firstName, u.lastName, u.email, mem.level};
        }
        if (actions.item(reset)) ui.run({{"cmd", "ResetPassword"}, {"userId", u.id}}, "members");
        actions.end();
        ImGui::TableNextColumn();
        text(mem.delegatedAdmin ? trf("{0} (administrator)", {u.name}) : u.name);
        ImGui::TableNextColumn();
        text(u.username);
        ImGui::TableNextColumn();
        text(tr(kLevelNames[std::clamp(mem.level, 1, 3) - 1]));
        ImGui::TableNextColumn();
        text(u.active ? "\u2713" : "");  // notr: a check mark
        ImGui::TableNextColumn();
        text(formatTime(u.lastLoginAt, N_("never")));
        ImGui::PopID();
    }
    endListTable();
}

}  // namespace prm::ui
