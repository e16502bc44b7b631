// Setup > Security Controls > Sharing Settings: org-wide defaults per object, internal and external
// access, with Edit / Save. External access must be as strict as or stricter than internal access.
#include <map>
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

const char* kLevels[] = {"Private", "PublicRead", "PublicReadWrite"};  // notr: stored keys
const char* levelLabel(const std::string& v) {
    if (v == "Private") return tr("Private");  // notr: the stored key, compared
    if (v == "PublicRead") return tr("Public Read Only");
    if (v == "PublicReadWrite") return tr("Public Read/Write");
    return v.c_str();
}

void levelCombo(const char* id, std::string* value) {
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo(id, levelLabel(*value))) {
        for (const char* l : kLevels)
            if (ImGui::Selectable(levelLabel(l), *value == l)) *value = l;
        ImGui::EndCombo();
    }
}

struct SharingSettingsPage {
    bool editing = false;
    std::map<std::string, app::OrgWideDefault> draft;  // by object
};

}  // namespace

void drawSharingSettingsView(UiContext& ui) {
    SharingSettingsPage& s = ui.page<SharingSettingsPage>();
    bool& editing = s.editing;
    std::map<std::string, app::OrgWideDefault>& draft = s.draft;
    heading(tr("Sharing Settings"));
    const auto org = app::orgSettings(ui.sandbox.db());
    if (!org) {
        hint(tr("This sandbox has no org yet."));
        return;
    }
    hint(tr("Organization-Wide Defaults: the baseline access to records you do not own. The external default applies "
            "to partner users and must be as strict as or stricter than the internal one."));
    ImGui::Spacing();
    if (!editing) {
        if (ImGui::Button(tr("Edit"))) {
            editing = true;
            draft.clear();
            for (const auto& o : org->owds) draft[o.object] = o;
            ui.clearFeedback("owd");
        }
    } else {
        if (primaryButton(tr("Save"))) {
            bool allOk = true;
            for (const auto& o : org->owds) {
                const auto& d = draft[o.object];
                if (d.internal == o.internal && d.external == o.external) continue;
                auto r = ui.run({{"cmd", "SetOrgWideDefaults"}, {"object", o.object}, {"internal", d.internal},
                                 {"external", d.external}},
                                "owd");
                if (!r.ok) {
                    allOk = false;
                    break;
                }
            }
            if (allOk) editing = false;
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Cancel"))) {
            editing = false;
            ui.clearFeedback("owd");
        }
    }
    ui.feedback("owd");
    if (beginListTable("owds", 3, 0, ImVec2(760, 0))) {
        stretchColumn(tr("Object"), 1.0f);
        stretchColumn(tr("Default Internal Access"), 1.5f);
        stretchColumn(tr("Default External Access"), 1.5f);
        listHeaders();
        for (const auto& o : org->owds) {
            ImGui::PushID(o.object.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            text(tr(o.object.c_str()));
            ImGui::TableNextColumn();
            if (editing) levelCombo("##internal", &draft[o.object].internal);
            else text(levelLabel(o.internal));
            ImGui::TableNextColumn();
            if (editing) levelCombo("##external", &draft[o.object].external);
            else text(levelLabel(o.external));
            ImGui::PopID();
        }
        endListTable();
    }
    textf("%s: %s", tr("Grant Access Using Hierarchies (Lead)"), org->grantAccessUsingHierarchies ? tr("on") : tr("off"));

    ImGui::Spacing();
    text(tr("External User Access Conversion"));
    ImGui::Separator();
    if (!org->prmEnabled) {
        hint(tr("Available after Partner Relationship Management is enabled (Build > Customize > Partners > Settings)."));
        return;
    }
    if (org->wizardState == "open") {
        hint(tr("The wizard is open: review the sharing rules, folders and public group members that could expose "
                "records to partner users."));
        if (ImGui::Button(tr("Open External User Access Conversion"))) ui.nav.go(Screen::ExternalAccessWizard);
    } else {
        const char* last = org->wizardState == "done"        ? tr("completed")
                           : org->wizardState == "cancelled" ? tr("cancelled")
                                                             : tr("never");
        hint(trf("Last run: {0}. Run it again after adding sharing rules, folders or public groups.", {last}));
        if (ImGui::Button(tr("Run External User Access Conversion again"))) {
            auto r = ui.run({{"cmd", "OpenExternalAccessWizard"}}, "wizardopen");
            if (r.ok) ui.nav.go(Screen::ExternalAccessWizard);
        }
        ui.feedback("wizardopen");
    }
}

}  // namespace prm::ui
