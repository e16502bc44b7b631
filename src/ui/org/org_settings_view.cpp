// Setup > Company Profile > Company Information: org name, edition, PRM state, the number of partner
// roles new partner accounts get (1-3), the default lead owner and role-hierarchy access for leads.
#include <string>
#include <vector>

#include "app/queries_core.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/keyboard.h"
#include "ui/strings.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {
struct OrgSettingsPage {
    bool editing = false;
    app::OrgSettings draft;
};
}  // namespace

void drawOrgSettingsView(UiContext& ui) {
    OrgSettingsPage& s = ui.page<OrgSettingsPage>();
    bool& editing = s.editing;
    app::OrgSettings& draft = s.draft;
    heading(tr("Company Information"));
    const auto org = app::orgSettings(ui.sandbox.db());
    if (!org) {
        hint(tr("This sandbox has no org yet."));
        return;
    }
    const char* prm = org->prmEnabled ? tr("Enabled") : org->prmAvailable ? tr("Not enabled") : tr("Not available in this edition");
    if (!editing) {
        if (ImGui::Button(tr("Edit"))) {
            editing = true;
            draft = *org;
            ui.clearFeedback("org");
        }
        ui.feedback("org");
        if (beginFields("orgfields")) {
            fieldRow(N_("Organization Name"), org->name);
            fieldRow(N_("Edition"), trf("{0} Edition", {org->edition}));
            fieldRow(N_("Partner Relationship Management"), prm);
            if (org->prmEnabledAt) fieldRow(N_("Enabled on"), formatTime(*org->prmEnabledAt));
            fieldRow(N_("Number of partner roles"), fmtInt(org->partnerRoleCount));
            fieldRow(N_("Default Lead Owner"), org->defaultLeadOwnerName);
            fieldRow(N_("Grant Access Using Hierarchies (Lead)"), org->grantAccessUsingHierarchies ? tr("on") : tr("off"));
            endFields();
        }
        hint(tr("The number of partner roles (1-3) applies to accounts whose first partner user is enabled after the "
                "change; existing partner accounts keep their roles."));
        return;
    }

    std::vector<std::pair<Id, std::string>> owners;
    app::UserFilter f;
    f.partner = false;
    f.active = true;
    for (const auto& u : app::listUsers(ui.sandbox.db(), f)) owners.emplace_back(u.id, u.name);

    if (beginForm("orgform")) {
        formInput(N_("Organization Name"), &draft.name);
        formLabel(N_("Number of partner roles"));
        const char* counts[] = {"1", "2", "3"};
        int idx = draft.partnerRoleCount - 1;
        if (ImGui::Combo("##rolecount", &idx, counts, 3)) draft.partnerRoleCount = idx + 1;
        formLabel(N_("Default Lead Owner"));
        idCombo("##leadowner", &draft.defaultLeadOwnerId, owners);
        formLabel(N_("Grant Access Using Hierarchies (Lead)"));
        ImGui::Checkbox("##hier", &draft.grantAccessUsingHierarchies);
        endForm();
    }
    if (primaryButton(tr("Save"))) {
        json cmd = {{"cmd", "UpdateOrgSettings"}};
        if (draft.name != org->name) cmd["name"] = draft.name;
        if (draft.partnerRoleCount != org->partnerRoleCount) cmd["partnerRoleCount"] = draft.partnerRoleCount;
        if (draft.defaultLeadOwnerId != org->defaultLeadOwnerId) cmd["defaultLeadOwnerId"] = draft.defaultLeadOwnerId;
        if (draft.grantAccessUsingHierarchies != org->grantAccessUsingHierarchies)
            cmd["grantAccessUsingHierarchies"] = draft.grantAccessUsingHierarchies;
        if (cmd.size() == 1) editing = false;
        else if (ui.run(cmd, "org").ok) editing = false;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) {
        editing = false;
        ui.clearFeedback("org");
    }
    ui.feedback("org");
}

}  // namespace prm::ui
