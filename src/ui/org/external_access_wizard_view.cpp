// The External User Access Conversion wizard (seed §1.1): after PRM is enabled, an intro page
// ("Continue" / "Cancel"), then three steps listing the sharing rules, folders and public group members
// that share with "Roles, Internal and Portal Subordinates" and so would reach partner users. The ticked
// ones are converted to "Roles and Internal Subordinates" on "Done".
#include <algorithm>
#include <set>
#include <string>
#include <vector>

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

struct WizardUi {
    int step = 0;  // 0 intro, 1..3
    std::set<Id> rules, folders, members;
};

void stepList(const std::vector<app::WizardItem>& items, std::set<Id>& ticked, const char* tableId, const char* what,
              const char* empty) {
    if (items.empty()) {
        emptyHint(tr(empty));
        return;
    }
    hint(tr("Tick the items to convert to \"Roles and Internal Subordinates\": partner users then no longer get "
            "access through them."));
    if (!beginListTable(tableId, 3)) return;
    stretchColumn(tr(what), 2.1f);
    stretchColumn(tr("What it exposes to partner users today"), 3.2f);
    fixedColumn(tr("Partner users reached"), nullptr);
    listHeaders();
    for (const auto& it : items) {
        ImGui::PushID(static_cast<int>(it.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        // The tick box carries the item's name: tick it to convert the item.
        bool on = ticked.count(it.id) > 0;
        if (ImGui::Checkbox(it.name.c_str(), &on)) {
            if (on) ticked.insert(it.id);
            else ticked.erase(it.id);
        }
        ImGui::TableNextColumn();
        cellText(it.exposes);
        ImGui::TableNextColumn();
        textf("%d", it.partnerUsersReached);
        ImGui::PopID();
    }
    endListTable();
}

std::vector<Id> ids(const std::set<Id>& s) { return {s.begin(), s.end()}; }

// Cancel on any page: the wizard closes as cancelled and nothing ticked is converted.
void cancelButtonOfWizard(UiContext& ui, WizardUi& w) {
    if (!ImGui::Button(tr("Cancel"))) return;
    auto r = ui.run({{"cmd", "CancelExternalAccessWizard"}}, "wizard");
    if (r.ok) {
        w = WizardUi{};
        ui.toast(r.message);
        ui.nav.go(Screen::PartnerSettings);
    }
}

}  // namespace

void drawExternalAccessWizardView(UiContext& ui) {
    WizardUi& w = ui.page<WizardUi>();
    heading(tr("External User Access Conversion"));
    const auto org = app::orgSettings(ui.sandbox.db());
    if (!org || !org->prmEnabled) {
        hint(tr("The wizard runs after Partner Relationship Management is enabled: Build > Customize > Partners > "
                "Settings > Edit."));
        return;
    }
    if (org->wizardState != "open") {
        w = WizardUi{};
        hint(trf("The wizard is closed ({0}). Run it again after adding sharing rules, folders or public groups that "
                 "might reach partner users.",
                 {org->wizardState == "done" ? tr("completed") : tr("cancelled")}));
        if (ImGui::Button(tr("Run the wizard again"))) ui.run({{"cmd", "OpenExternalAccessWizard"}}, "wizard");
        ImGui::SameLine();
        if (ImGui::Button(tr("Back to Partner Settings"))) ui.nav.go(Screen::PartnerSettings);
        ui.feedback("wizard");
        return;
    }
    const app::WizardCandidates c = app::wizardCandidates(ui.sandbox.db());

    if (w.step == 0) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 760.0f);
        text(tr("Partner Relationship Management is on. Some sharing settings that use \"Roles, Internal and Portal "
                "Subordinates\" now also reach partner users, so records or folders could be shared with people "
                "outside your company."));
        ImGui::Spacing();
        text(tr("This wizard lists them in three steps so you can convert them to \"Roles and Internal "
                "Subordinates\":"));
        ImGui::PopTextWrapPos();
        textf("   1. %s (%d)", tr("Sharing rules"), static_cast<int>(c.sharingRules.size()));
        textf("   2. %s (%d)", tr("Folders"), static_cast<int>(c.folders.size()));
        textf("   3. %s (%d)", tr("Public group members"), static_cast<int>(c.groupMembers.size()));
        ImGui::Spacing();
        hint(c.empty() ? tr("Nothing in this org shares with portal subordinates today; you can click Cancel, or "
                            "Continue to see the steps.")
                       : tr("Consider whether these records may contain data you do not want partners to see."));
        ImGui::Spacing();
        if (primaryButton(tr("Continue"))) w.step = 1;
        ImGui::SameLine();
        cancelButtonOfWizard(ui, w);
        ui.feedback("wizard");
        return;
    }

    const char* titles[] = {"", N_("Step 1 of 3: Sharing rules"), N_("Step 2 of 3: Folders"),
                            N_("Step 3 of 3: Public group members")};
    ImGui::SetWindowFontScale(1.1f);
    text(tr(titles[w.step]));
    ImGui::SetWindowFontScale(1.0f);
    switch (w.step) {
        case 1:
            hint(tr("Lead sharing rules whose source or target is \"Roles, Internal and Portal Subordinates\"."));
            stepList(c.sharingRules, w.rules, "wizrules", N_("Sharing Rule"),
                     N_("No sharing rules in this org would expose records to partners."));
            break;
        case 2:
            hint(tr("Report, document and template folders shared with \"Roles, Internal and Portal Subordinates\"."));
            stepList(c.folders, w.folders, "wizfolders", N_("Folder"),
                     N_("No folders in this org would expose their contents to partners."));
            break;
        default:
            hint(tr("Public group members of the kind \"Roles, Internal and Portal Subordinates\"."));
            stepList(c.groupMembers, w.members, "wizmembers", N_("Public Group Member"),
                     N_("No public group members in this org would bring partners into a group."));
            break;
    }
    ImGui::Spacing();
    if (ImGui::Button(tr("Previous"))) --w.step;
    ImGui::SameLine();
    if (w.step < 3) {
        if (primaryButton(tr("Next"))) ++w.step;
        ImGui::SameLine();
        cancelButtonOfWizard(ui, w);
    } else {
        if (primaryButton(tr("Done"))) {
            auto r = ui.run({{"cmd", "CompleteExternalAccessWizard"},
                             {"sharingRuleIds", ids(w.rules)},
                             {"folderIds", ids(w.folders)},
                             {"groupMemberIds", ids(w.members)}},
                            "wizard");
            if (r.ok) {
                w = WizardUi{};
                ui.toast(r.message);
                ui.nav.go(Screen::PartnerSettings);
            }
        }
        ImGui::SameLine();
        cancelButtonOfWizard(ui, w);
        const std::size_t n = w.rules.size() + w.folders.size() + w.members.size();
        ImGui::SameLine();
        hint(n ? countText(n, "item", "items") + tr(" will be converted.") : std::string(tr("Nothing ticked: Done closes the wizard without changes.")));
    }
    ui.feedback("wizard");
}

}  // namespace prm::ui
