// Setup > Build > Customize > Leads > Lead Assignment Rules: the rules (one active at a time), a rule's
// ordered entries (criteria rows field / operator / value, filter logic, assign to a user, a queue or a
// round robin, e-mail template, "Do not reassign owner"), move up / down, remove, and the entry editor.
// Refusals show beside the entry being saved; an entry whose target cannot take leads says why.
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

const char* kTargetKinds[] = {N_("User"), N_("Queue"), N_("Round Robin")};
const domain::Op kRuleOps[] = {domain::Op::Equals,      domain::Op::NotEqual,    domain::Op::Contains,
                           domain::Op::NotContain,  domain::Op::StartsWith,  domain::Op::LessThan,
                           domain::Op::GreaterThan, domain::Op::LessOrEqual, domain::Op::GreaterOrEqual};

struct RuleChoices {
    DataVersion version;
    std::vector<std::pair<Id, std::string>> targets[3];
    std::vector<std::pair<Id, std::string>> templates;
};

struct EntryEditor {
    bool open = false;
    Id entryId = 0;  // 0: a new entry
    int order = 0;
    app::AssignmentEntryDraft d;
};

struct AssignmentRulesPage {
    RuleChoices choices;  // what the entry editor offers as targets and templates
    DataVersion version;
    std::vector<app::AssignmentRuleView> rules;
    Id selected = 0;
    std::string newName;
    EntryEditor editor;
    FitPanel editorPanel;
};

const RuleChoices& ruleChoices(UiContext& ui) {
    RuleChoices& c = ui.page<AssignmentRulesPage>().choices;
    if (!ui.refreshDue(c.version)) return c;
    for (auto& t : c.targets) t.clear();
    for (const auto& u : app::listUsers(ui.sandbox.db()))
        if (u.active || u.partner) c.targets[0].emplace_back(u.id, u.partner ? u.name + " (" + u.accountName + ")" : u.name);
    for (const auto& q : app::listQueues(ui.sandbox.db())) c.targets[1].emplace_back(q.id, q.name);
    for (const auto& r : app::listRoundRobins(ui.sandbox.db())) c.targets[2].emplace_back(r.id, r.name);
    c.templates = app::listEmailTemplates(ui.sandbox.db());
    return c;
}

void drawEntryEditor(UiContext& ui, EntryEditor& e, Id ruleId) {
    const RuleChoices& c = ruleChoices(ui);
    FitPanel& panel = ui.page<AssignmentRulesPage>().editorPanel;
    beginPanel("entryeditor", panel);
    text(e.entryId ? trf("Edit Entry {0}", {fmtInt(e.order)}) : std::string(tr("New Entry")));
    text(tr("Criteria"));
    const auto& fields = domain::leadFields();
    for (std::size_t i = 0; i < e.d.criteria.size(); ++i) {
        auto& cr = e.d.criteria[i];
        ImGui::PushID(static_cast<int>(i));
        textf("%zu.", i + 1);
        ImGui::SameLine(40);
        ImGui::SetNextItemWidth(170);
        const int fi = domain::leadFieldIndex(cr.field);
        if (ImGui::BeginCombo("##field", fi >= 0 ? tr(fields[static_cast<std::size_t>(fi)].label) : tr("--Field--"))) {
            for (const auto& f : fields)
                if (ImGui::Selectable(tr(f.label), cr.field == f.apiName)) cr.field = f.apiName;
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(170);
        const auto op = domain::opFrom(cr.op);
        if (ImGui::BeginCombo("##op", op ? tr(domain::label(*op)) : tr("--Operator--"))) {
            for (domain::Op o : kRuleOps)
                if (ImGui::Selectable(tr(domain::label(o)), op == o)) cr.op = domain::toString(o);
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(220);
        ImGui::InputTextWithHint("##value", tr("Value (commas: any of)"), &cr.value);
        ImGui::SameLine();
        if (link(tr("Remove"))) {
            e.d.criteria.erase(e.d.criteria.begin() + static_cast<long>(i));
            ImGui::PopID();
            break;
        }
        ImGui::PopID();
    }
    if (e.d.criteria.empty()) hint(tr("No criteria: the entry matches every lead."));
    if (ImGui::SmallButton(tr("Add Criterion"))) e.d.criteria.push_back({"Country", "equals", ""});  // notr: field and operator keys

    if (beginForm("entryform")) {
        formInput(N_("Filter Logic"), &e.d.logic);
        formLabel(N_("Assign To"));
        ImGui::SetNextItemWidth(130);
        if (ImGui::BeginCombo("##targetkind", tr(kTargetKinds[e.d.targetKind]))) {
            for (int k = 0; k < 3; ++k)
                if (ImGui::Selectable(tr(kTargetKinds[k]), e.d.targetKind == k) && e.d.targetKind != k) {
                    e.d.targetKind = k;
                    e.d.targetId = 0;
                }
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(-1);
        idCombo("##target", &e.d.targetId, c.targets[e.d.targetKind], N_("--Choose--"));
        formLabel(N_("Email Template"));
        idCombo("##template", &e.d.templateId, c.templates, N_("--None--"));
        formLabel("");
        ImGui::Checkbox(tr("Do not reassign owner"), &e.d.doNotReassign);
        endForm();
    }
    hint(tr("Filter logic: blank means all criteria (AND); or e.g. 1 AND (2 OR 3)."));
    if (primaryButton(tr("Save Entry"))) {
        app::json criteria = app::json::array();
        for (const auto& cr : e.d.criteria) criteria.push_back({{"field", cr.field}, {"op", cr.op}, {"value", cr.value}});
        app::json target = app::json::object();
        if (e.d.targetId) target[e.d.targetKind == 0 ? "userId" : e.d.targetKind == 1 ? "queueId" : "roundRobinId"] = e.d.targetId;
        app::json cmd = {{"criteria", criteria}, {"logic", e.d.logic}, {"target", target}, {"doNotReassign", e.d.doNotReassign}};
        cmd["emailTemplateId"] = e.d.templateId ? app::json(e.d.templateId) : app::json(nullptr);
        if (e.entryId) {
            cmd["cmd"] = "UpdateAssignmentRuleEntry";
            cmd["entryId"] = e.entryId;
        } else {
            cmd["cmd"] = "AddAssignmentRuleEntry";
            cmd["ruleId"] = ruleId;
        }
        auto r = ui.run(cmd, "entry");
        if (r.ok) {
            e.open = false;
            if (!r.message.empty()) ui.toast(r.message);
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) e.open = false;
    feedbackBeside(ui, "entry");
    endPanel(panel);
}

}  // namespace

void drawAssignmentRulesView(UiContext& ui) {
    AssignmentRulesPage& s = ui.page<AssignmentRulesPage>();
    std::vector<app::AssignmentRuleView>& rules = s.rules;
    Id& selected = s.selected;
    std::string& newName = s.newName;
    EntryEditor& editor = s.editor;
    if (ui.refreshDue(s.version)) {
        rules = app::listAssignmentRules(ui.sandbox.db());
        if (!selected && !rules.empty()) {
            selected = rules.front().id;
            for (const auto& r : rules)
                if (r.active) selected = r.id;
        }
    }
    heading(tr("Lead Assignment Rules"));
    hint(tr("One rule is active at a time. Its entries are tried in order and the first match wins; an entry assigns "
            "to a user, a queue or a round robin and may send an e-mail template. When no entry matches, the default "
            "lead owner gets the lead."));
    ImGui::SetNextItemWidth(260);
    ImGui::InputTextWithHint("##newrule", tr("Rule Name, e.g. Partner routing"), &newName);
    ImGui::SameLine();
    if (ImGui::Button(tr("New Rule"))) {
        auto r = ui.run({{"cmd", "CreateAssignmentRule"}, {"name", newName}, {"active", rules.empty()}}, "rules");
        if (r.ok) {
            selected = r.data.value("ruleId", Id{0});
            newName.clear();
        }
    }
    feedbackBeside(ui, "rules");

    if (rules.empty()) {
        emptyHint(tr("No lead assignment rules yet. Type a name and click \"New Rule\"."));
        return;
    }
    if (beginListTable("rules", 4)) {
        keyColumn(tr("Rule Name"));
        stretchColumn(tr("Active"), 0.5f);
        stretchColumn(tr("Entries"), 0.5f);
        keyColumn("");
        listHeaders();
        for (const auto& r : rules) {
            ImGui::PushID(static_cast<int>(r.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable(r.name.c_str(), selected == r.id)) {
                selected = r.id;
                editor.open = false;
            }
            ImGui::TableNextColumn();
            text(r.active ? "\u2713" : "");
            ImGui::TableNextColumn();
            text(fmtInt(static_cast<long long>(r.entries.size())));
            ImGui::TableNextColumn();
            if (!r.active && link(tr("Activate"))) ui.run({{"cmd", "ActivateAssignmentRule"}, {"ruleId", r.id}}, "rules");
            if (r.active && link(tr("Deactivate"))) ui.run({{"cmd", "DeactivateAssignmentRule"}, {"ruleId", r.id}}, "rules");
            ImGui::SameLine();
            if (link(tr("Delete"))) ui.run({{"cmd", "DeleteAssignmentRule"}, {"ruleId", r.id}}, "rules");
            ImGui::PopID();
        }
        endListTable();
    }

    const app::AssignmentRuleView* rule = nullptr;
    for (const auto& r : rules)
        if (r.id == selected) rule = &r;
    if (!rule) return;
    ImGui::Spacing();
    ImGui::SetWindowFontScale(1.1f);
    text(rule->active ? trf("Rule Entries: {0} (active)", {rule->name}) : trf("Rule Entries: {0}", {rule->name}));
    ImGui::SetWindowFontScale(1.0f);
    if (ImGui::Button(tr("New Entry"))) {
        editor = EntryEditor{};
        editor.open = true;
        editor.d.criteria.push_back({"Country", "equals", ""});  // notr: field and operator keys
        ui.clearFeedback("entry");
    }
    feedbackBeside(ui, "entries");
    if (editor.open) drawEntryEditor(ui, editor, rule->id);

    if (rule->entries.empty()) {
        emptyHint(tr("No entries yet: every lead goes to the default lead owner. Click \"New Entry\"."));
        return;
    }
    std::vector<Id> order;
    for (const auto& e : rule->entries) order.push_back(e.id);
    if (beginListTable("entries", 6)) {
        keyColumnWidth(tr("Order"), 50.0f);
        stretchColumn(tr("Criteria"), 2.2f);
        stretchColumn(tr("Assign To"), 1.6f);
        stretchColumn(tr("Email Template"), 1.0f);
        stretchColumn(tr("Do Not Reassign"), 1.0f);
        keyColumnWidth("", 245.0f);
        listHeaders();
        for (std::size_t i = 0; i < rule->entries.size(); ++i) {
            const auto& e = rule->entries[i];
            ImGui::PushID(static_cast<int>(e.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text(fmtInt(e.order));
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            if (e.criteria.empty()) text(tr("(every lead)"));
            for (std::size_t k = 0; k < e.criteria.size(); ++k) text(std::to_string(k + 1) + ". " + e.criteria[k]);
            if (!e.logic.empty()) hint(trf("Logic: {0}", {e.logic}));
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            text(e.target);
            if (!e.targetProblem.empty()) errorText(trf("Skipped: {0}", {e.targetProblem}));
            ImGui::TableNextColumn();
            text(e.emailTemplate);
            ImGui::TableNextColumn();
            text(e.doNotReassign ? "\u2713" : "");
            ImGui::TableNextColumn();
            if (i > 0 && link(tr("Up"))) {
                std::vector<Id> o = order;
                std::swap(o[i], o[i - 1]);
                ui.run({{"cmd", "ReorderAssignmentRuleEntries"}, {"ruleId", rule->id}, {"entryIds", o}}, "entries");
            }
            if (i > 0) ImGui::SameLine();
            if (i + 1 < rule->entries.size() && link(tr("Down"))) {
                std::vector<Id> o = order;
                std::swap(o[i], o[i + 1]);
                ui.run({{"cmd", "ReorderAssignmentRuleEntries"}, {"ruleId", rule->id}, {"entryIds", o}}, "entries");
            }
            if (i + 1 < rule->entries.size()) ImGui::SameLine();
            if (link(tr("Edit"))) {
                if (auto d = app::assignmentEntryDraft(ui.sandbox.db(), e.id)) {
                    editor = EntryEditor{true, e.id, e.order, *d};
                    ui.clearFeedback("entry");
                }
            }
            ImGui::SameLine();
            if (link(tr("Remove"))) ui.run({{"cmd", "RemoveAssignmentRuleEntry"}, {"entryId", e.id}}, "entries");
            ImGui::PopID();
        }
        endListTable();
    }
}

}  // namespace prm::ui
