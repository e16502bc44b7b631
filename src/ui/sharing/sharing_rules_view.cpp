// Setup > Security Controls > Sharing Rules (leads): the list, "New" (owner-based: leads owned by a role
// or group; criteria-based: field / operator / value) shared with a role or group, Read Only or Read/Write;
// "Delete". Every change recalculates lead access.
#include <string>
#include <vector>

#include "app/queries_core.h"
#include "app/leads/queries_lead_ui.h"
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

// Who: kind 0 Role, 1 Role and Internal Subordinates, 2 Roles, Internal and Portal Subordinates, 3 Public Group.
struct Principal {
    int kind = 0;
    Id id = 0;
};
const char* kPrincipalKinds[] = {N_("Role"), N_("Role and Internal Subordinates"),
                                 N_("Role, Internal and Portal Subordinates"), N_("Public Group")};
const char* kRuleScopes[] = {"Role", "RoleAndInternalSubordinates", "RoleInternalAndPortalSubordinates"};  // notr: keys

app::json principalJson(const Principal& p) {
    if (p.kind == 3) return {{"groupId", p.id}};
    return {{"roleId", p.id}, {"scope", kRuleScopes[p.kind]}};
}

void principalPicker(const char* id, Principal& p, const std::vector<std::pair<Id, std::string>>& roles,
                     const std::vector<std::pair<Id, std::string>>& groups) {
    ImGui::PushID(id);
    ImGui::SetNextItemWidth(180);
    if (ImGui::BeginCombo("##kind", tr(kPrincipalKinds[p.kind]))) {
        for (int k = 0; k < 4; ++k)
            if (ImGui::Selectable(tr(kPrincipalKinds[k]), p.kind == k)) {
                if ((k == 3) != (p.kind == 3)) p.id = 0;
                p.kind = k;
            }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    idCombo("##who", &p.id, p.kind == 3 ? groups : roles, N_("--Choose--"));
    ImGui::PopID();
}

}  // namespace

void drawSharingRulesView(UiContext& ui) {
    struct Draft {
        bool open = false;
        std::string name;
        int type = 0;  // 0 Owner, 1 Criteria
        Principal source, target;
        domain::Criterion crit{"Country", "equals", ""};  // notr: field and operator keys
        int access = 0;  // 0 Read, 1 Edit
    };
    struct Page {
        Draft d;
        FitPanel panel;
        DataVersion version;
        std::vector<app::SharingRuleView> rules;
        std::vector<std::pair<Id, std::string>> roles, groups;
    };
    Page& s = ui.page<Page>();
    Draft& d = s.d;
    const std::vector<app::SharingRuleView>& rules = s.rules;
    std::vector<std::pair<Id, std::string>>& roles = s.roles;
    std::vector<std::pair<Id, std::string>>& groups = s.groups;
    if (ui.refreshDue(s.version)) {
        s.rules = app::listSharingRules(ui.sandbox.db());
        roles.clear();
        for (const auto& r : app::roleTree(ui.sandbox.db())) roles.emplace_back(r.id, r.name);
        groups = app::publicGroupChoices(ui.sandbox.db());
    }
    heading(tr("Sharing Rules"));
    hint(tr("Lead sharing rules open up access beyond the org-wide default: leads owned by a role or group, or leads "
            "matching a criterion, are shared with another role or group."));
    if (ImGui::Button(tr("New"))) {
        d = Draft{};
        d.open = true;
        ui.clearFeedback("newsharingrule");
    }
    feedbackBeside(ui, "sharingrules");
    if (d.open) {
        beginPanel("newsharingrule", s.panel);
        text(tr("New Lead Sharing Rule"));
        if (beginForm("sharingruleform")) {
            formInput(N_("Rule Name"), &d.name);
            formLabel(N_("Rule Type"));
            if (ImGui::RadioButton(tr("Based on record owner"), d.type == 0)) d.type = 0;
            ImGui::SameLine();
            if (ImGui::RadioButton(tr("Based on criteria"), d.type == 1)) d.type = 1;
            if (d.type == 0) {
                formLabel(N_("Leads Owned By"));
                principalPicker("source", d.source, roles, groups);
            } else {
                formLabel(N_("Leads Where"));
                const auto& fields = domain::leadFields();
                const int fi = domain::leadFieldIndex(d.crit.field);
                ImGui::SetNextItemWidth(120);
                if (ImGui::BeginCombo("##field", fi >= 0 ? tr(fields[static_cast<std::size_t>(fi)].label) : "")) {
                    for (const auto& f : fields)
                        if (ImGui::Selectable(tr(f.label), d.crit.field == f.apiName)) d.crit.field = f.apiName;
                    ImGui::EndCombo();
                }
                ImGui::SameLine();
                ImGui::SetNextItemWidth(110);
                const auto op = domain::opFrom(d.crit.op);
                if (ImGui::BeginCombo("##op", op ? tr(domain::label(*op)) : "")) {
                    for (int o = 0; o <= static_cast<int>(domain::Op::GreaterOrEqual); ++o)
                        if (ImGui::Selectable(tr(domain::label(static_cast<domain::Op>(o))), op && static_cast<int>(*op) == o))
                            d.crit.op = domain::toString(static_cast<domain::Op>(o));
                    ImGui::EndCombo();
                }
                ImGui::SameLine();
                ImGui::SetNextItemWidth(-1);
                ImGui::InputTextWithHint("##value", tr("Value"), &d.crit.value);
            }
            formLabel(N_("Share With"));
            principalPicker("target", d.target, roles, groups);
            formLabel(N_("Access Level"));
            if (ImGui::RadioButton(tr("Read Only"), d.access == 0)) d.access = 0;
            ImGui::SameLine();
            if (ImGui::RadioButton(tr("Read/Write"), d.access == 1)) d.access = 1;
            endForm();
        }
        if (primaryButton(tr("Save"))) {
            app::json cmd = {{"cmd", "CreateSharingRule"},
                             {"name", d.name},
                             {"ruleType", d.type == 0 ? "Owner" : "Criteria"},  // notr: command values
                             {"target", principalJson(d.target)},
                             {"access", d.access == 0 ? "Read" : "Edit"}};  // notr: command values
            if (d.type == 0) cmd["source"] = principalJson(d.source);
            else cmd["criteria"] = {{"field", d.crit.field}, {"op", d.crit.op}, {"value", d.crit.value}};
            auto r = ui.run(cmd, "newsharingrule");
            if (r.ok) {
                ui.toast(r.message);
                d.open = false;
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Cancel"))) d.open = false;
        feedbackBeside(ui, "newsharingrule");
        endPanel(s.panel);
    }
    if (rules.empty()) {
        emptyHint(tr("No lead sharing rules. Leads are shared by the org-wide default, the role hierarchy, queues and "
                     "by hand only."));
        return;
    }
    if (!beginListTable("sharingrules", 5)) return;
    keyColumn(tr("Rule Name"));
    stretchColumn(tr("Leads"), 2.0f);
    stretchColumn(tr("Shared With"), 1.8f);
    stretchColumn(tr("Access"), 0.7f);
    keyColumn("");
    listHeaders();
    for (const auto& r : rules) {
        ImGui::PushID(static_cast<int>(r.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        keyText(r.name);
        ImGui::TableNextColumn();
        cellText(r.from);
        ImGui::TableNextColumn();
        cellText(r.to);
        ImGui::TableNextColumn();
        text(tr(r.access.c_str()));
        ImGui::TableNextColumn();
        if (link(tr("Delete"))) ui.run({{"cmd", "DeleteSharingRule"}, {"ruleId", r.id}}, "sharingrules");
        ImGui::PopID();
    }
    endListTable();
}

}  // namespace prm::ui
