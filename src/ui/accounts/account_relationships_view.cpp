// Account relationships (issue #20): the "Account Relationships" section of an account page (list, New with
// Account To and Type, Delete), and the account relationship data sharing rules on Setup > Digital
// Experiences > Settings. Both appear once Enable Account Relationships is on.
#include <string>
#include <utility>
#include <vector>

#include "app/accounts/partner_access.h"
#include "app/queries_core.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/accounts/account_relationships_view.h"
#include "ui/keyboard.h"
#include "ui/leads/lead_ui_helpers.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

struct RelationshipForm {
    bool open = false;
    domain::Id to = 0;
    std::string type = "Distributor";  // notr: the example type the document's distributor story uses
};

struct RuleForm {
    bool open = false;
    std::string name;
    int object = 1;   // 0 Lead, 1 Opportunity
    int field = 0;    // 0 Partner Account, 1 Account
    int access = 0;   // 0 Read, 1 Edit
    std::string type = "Distributor";  // notr: as above
};

const char* const kObjects[] = {"Lead", "Opportunity"};            // notr: API values
const char* const kFields[] = {"PartnerAccount", "Account"};       // notr: API values
const char* const kAccess[] = {"Read", "Edit"};                    // notr: API values
const char* const kObjectLabels[] = {N_("Lead"), N_("Opportunity")};
const char* const kFieldLabels[] = {N_("Partner Account"), N_("Account")};
const char* const kAccessLabels[] = {N_("Read Only"), N_("Read/Write")};

int indexOf(const char* const* values, int n, const std::string& v) {
    for (int i = 0; i < n; ++i)
        if (v == values[i]) return i;
    return 0;
}

}  // namespace

void drawAccountRelationshipsSection(UiContext& ui, domain::Id accountId) {
    auto& db = ui.sandbox.db();
    if (!app::accounts::accountRelationshipsEnabled(db)) return;
    RelationshipForm& f = ui.page<RelationshipForm>();
    ImGui::Spacing();
    ImGui::SetWindowFontScale(1.1f);
    text(tr("Account Relationships"));
    ImGui::SetWindowFontScale(1.0f);
    hint(tr("Account From gets access to Account To's records, as the account relationship data sharing rules for the "
            "type say."));
    const auto rows = app::accounts::accountRelationships(db, accountId);
    if (rows.empty()) {
        emptyHint(tr("No account relationships yet. Click \"New Relationship\" to relate this account to another."));
    } else if (beginListTable("accrel", 4)) {
        keyColumn(tr("Account From"));
        stretchColumn(tr("Account To"), 1.0f);
        stretchColumn(tr("Type"), 0.8f);
        fixedColumn(tr("Action"), tr("Delete"));
        listHeaders();
        for (const auto& r : rows) {
            ImGui::PushID(static_cast<int>(r.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            recordLink(ui, r.fromName, Screen::AccountDetail, r.fromId);
            ImGui::TableNextColumn();
            recordLink(ui, r.toName, Screen::AccountDetail, r.toId);
            ImGui::TableNextColumn();
            text(r.type);
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(tr("Delete"))) ui.run({{"cmd", "DeleteAccountRelationship"}, {"relationshipId", r.id}}, "accrel");
            ImGui::PopID();
        }
        endListTable();
    }
    if (!f.open) {
        if (ImGui::Button(tr("New Relationship"))) {
            f = RelationshipForm{};
            f.open = true;
        }
    } else {
        std::vector<std::pair<domain::Id, std::string>> choices;
        for (const auto& a : app::listAccounts(db))
            if (a.id != accountId) choices.emplace_back(a.id, a.name);
        text(tr("Account To"));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(260.0f);
        std::string preview = tr("Choose an account");
        for (const auto& [id, name] : choices)
            if (id == f.to) preview = name;
        if (labelledCombo("##relto", preview.c_str(), tr("Account To"))) {
            for (const auto& [id, name] : choices) {
                ImGui::PushID(static_cast<int>(id));
                if (ImGui::Selectable(name.c_str(), id == f.to)) f.to = id;
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        text(tr("Type"));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(200.0f);
        ImGui::InputText("##reltype", &f.type);
        if (primaryButton(tr("Save"))) {
            auto r = ui.run({{"cmd", "CreateAccountRelationship"}, {"accountFromId", accountId}, {"accountToId", f.to},
                             {"type", f.type}},
                            "accrel");
            if (r.ok) f.open = false;
        }
        ImGui::SameLine();
        if (cancelButton(tr("Cancel"))) f.open = false;
    }
    ui.feedback("accrel");
}

void drawAccountRelationshipRules(UiContext& ui) {
    auto& db = ui.sandbox.db();
    RuleForm& f = ui.page<RuleForm>();
    ImGui::Spacing();
    ImGui::SetWindowFontScale(1.1f);
    text(tr("Account Relationship Data Sharing Rules"));
    ImGui::SetWindowFontScale(1.0f);
    const auto rules = app::accounts::accountRelationshipRules(db);
    if (rules.empty()) {
        emptyHint(tr("No rules yet: account relationships share nothing until a rule says what."));
    } else if (beginListTable("relrules", 6)) {
        keyColumn(tr("Rule Name"));
        stretchColumn(tr("Object"), 0.7f);
        stretchColumn(tr("Relationship Type"), 0.8f);
        stretchColumn(tr("Account Field"), 0.8f);
        stretchColumn(tr("Access Level"), 0.6f);
        fixedColumn(tr("Action"), tr("Delete"));
        listHeaders();
        for (const auto& r : rules) {
            ImGui::PushID(static_cast<int>(r.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text(r.name);
            ImGui::TableNextColumn();
            text(tr(kObjectLabels[indexOf(kObjects, 2, r.object)]));
            ImGui::TableNextColumn();
            text(r.relationshipType);
            ImGui::TableNextColumn();
            text(tr(kFieldLabels[indexOf(kFields, 2, r.accountField)]));
            ImGui::TableNextColumn();
            text(tr(kAccessLabels[indexOf(kAccess, 2, r.access)]));
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(tr("Delete"))) ui.run({{"cmd", "DeleteAccountRelationshipShareRule"}, {"ruleId", r.id}}, "relrule");
            ImGui::PopID();
        }
        endListTable();
    }
    if (!f.open) {
        if (ImGui::Button(tr("New Rule"))) {
            f = RuleForm{};
            f.open = true;
        }
        ui.feedback("relrule");
        return;
    }
    const float labelW = 190.0f;
    auto label = [&](const char* l) {
        text(tr(l));
        ImGui::SameLine(labelW);
        ImGui::SetNextItemWidth(240.0f);
    };
    label(N_("Rule Name"));
    ImGui::InputText("##rulename", &f.name);
    label(N_("Object"));
    if (ImGui::BeginCombo("##ruleobj", tr(kObjectLabels[f.object]))) {
        for (int i = 0; i < 2; ++i)
            if (ImGui::Selectable(tr(kObjectLabels[i]), f.object == i)) f.object = i;
        ImGui::EndCombo();
    }
    if (f.object == 0) f.field = 0;  // leads name their account by Partner Account only
    label(N_("Relationship Type"));
    ImGui::InputText("##ruletype", &f.type);
    label(N_("Account Field"));
    if (ImGui::BeginCombo("##rulefield", tr(kFieldLabels[f.field]))) {
        for (int i = 0; i < (f.object == 0 ? 1 : 2); ++i)
            if (ImGui::Selectable(tr(kFieldLabels[i]), f.field == i)) f.field = i;
        ImGui::EndCombo();
    }
    label(N_("Access Level"));
    if (ImGui::BeginCombo("##ruleaccess", tr(kAccessLabels[f.access]))) {
        for (int i = 0; i < 2; ++i)
            if (ImGui::Selectable(tr(kAccessLabels[i]), f.access == i)) f.access = i;
        ImGui::EndCombo();
    }
    if (primaryButton(tr("Save"))) {
        auto r = ui.run({{"cmd", "CreateAccountRelationshipShareRule"}, {"name", f.name}, {"object", kObjects[f.object]},
                         {"relationshipType", f.type}, {"accountField", kFields[f.field]}, {"access", kAccess[f.access]}},
                        "relrule");
        if (r.ok) f.open = false;
    }
    ImGui::SameLine();
    if (cancelButton(tr("Cancel"))) f.open = false;
    ui.feedback("relrule");
}

}  // namespace prm::ui
