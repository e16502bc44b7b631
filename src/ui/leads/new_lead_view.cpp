// Sales > Leads > New: the lead's fields, "Assign using active assignment rule", Save / Cancel.
#include <string>

#include "app/leads/queries_lead_ui.h"
#include "imgui.h"
#include "ui/keyboard.h"
#include "ui/leads/lead_ui_helpers.h"
#include "ui/leads/lead_views.h"
#include "ui/strings.h"
#include "ui/ui_helpers.h"
#include "ui/widgets.h"

namespace prm::ui {

void drawNewLeadView(UiContext& ui) {
    struct Draft {
        std::string values[domain::kLeadFieldCount];
        bool useRules = false;
    };
    FormState<Draft>& form = ui.page<FormState<Draft>>();
    Draft& d = form.draft;
    const auto& fields = domain::leadFields();
    const int statusIndex = domain::leadFieldIndex("Status");  // notr: field names
    const int ratingIndex = domain::leadFieldIndex("Rating");  // notr
    if (ui.nav.entered(form.seen)) {
        d = Draft{};
        d.values[statusIndex] = app::leadStatusChoices().front();
        ui.clearFeedback("newlead");
    }
    heading(tr("New Lead"));
    hint(tr("Last Name and Company are required. Tick \"Assign using active assignment rule\" to let the rule pick "
            "the owner; otherwise you own the lead."));
    if (beginForm("newleadform")) {
        for (int i = 0; i < domain::kLeadFieldCount; ++i) {
            const auto& f = fields[static_cast<std::size_t>(i)];
            if (i == statusIndex || i == ratingIndex) {
                formLabel(f.label);
                const auto& choices = i == statusIndex ? app::leadStatusChoices() : app::leadRatingChoices();
                const std::string id = std::string(tr(f.label)) + "###" + f.apiName;
                if (ImGui::BeginCombo(id.c_str(), d.values[i].empty() ? tr("--None--") : picklistText(d.values[i]))) {
                    for (const auto& c : choices)
                        if (ImGui::Selectable(c.empty() ? tr("--None--") : picklistText(c), c == d.values[i])) d.values[i] = c;
                    ImGui::EndCombo();
                }
                continue;
            }
            formInput(f.label, &d.values[i], f.type == domain::FieldType::Number ? ImGuiInputTextFlags_CharsDecimal : 0);
        }
        formLabel("");
        ImGui::Checkbox(tr("Assign using active assignment rule"), &d.useRules);
        endForm();
    }
    if (primaryButton(tr("Save"))) {
        app::json cmd = {{"cmd", "CreateLead"}, {"useAssignmentRules", d.useRules}};
        for (int i = 0; i < domain::kLeadFieldCount; ++i) {
            const auto& f = fields[static_cast<std::size_t>(i)];
            if (d.values[i].empty()) continue;
            if (f.type == domain::FieldType::Number) {
                char* end = nullptr;
                const double v = std::strtod(d.values[i].c_str(), &end);
                if (end && *end == '\0') cmd[app::leadFieldKey(i)] = v;
                else cmd[app::leadFieldKey(i)] = d.values[i];  // the command says what is wrong with it
            } else {
                cmd[app::leadFieldKey(i)] = d.values[i];
            }
        }
        auto r = ui.run(cmd, "newlead");
        if (r.ok) {
            ui.toast(r.message);
            ui.nav.go(Screen::LeadDetail, r.data.value("leadId", Id{0}));
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) ui.nav.goBack();
    ImGui::SameLine();
    ui.feedback("newlead");
}

}  // namespace prm::ui
