// Training → Snapshots: "Create sandbox copy" (the document's advice before an irreversible step, made
// one click), the list of copies with Restore / Compare / Delete, "Reset to the scenario's start", and
// the window that shows what changed since a copy (settings, records per object, partner share rows).
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/keyboard.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/training/diff_labels.h"
#include "ui/training/training_views.h"
#include "ui/ui_helpers.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace tr_ = app::training;

namespace {
std::string megabytes(long long bytes) { return trf("{0} MB", {fmtNumber(static_cast<double>(bytes) / 1e6, 1)}); }
}  // namespace

void drawSnapshotsTab(UiContext& ui) {
    TrainingUiState& st = trainingState(ui);
    hint(tr("A sandbox copy keeps the whole org as it is now. Take one before any step that cannot be undone, "
            "such as enabling PRM; restore it to try again."));
    if (st.snapshotName.empty()) st.snapshotName = tr_::suggestSnapshotName(ui.sandbox);
    textColored(IM_COL32(110, 116, 128, 255), tr("Name of the new copy:"));
    {
        const float w = ImGui::GetContentRegionAvail().x;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::SetNextItemWidth(w);
        ImGui::PushClipRect(p, ImVec2(p.x + w, p.y + ImGui::GetFrameHeight()), true);
        ImGui::InputText((std::string(tr("Copy name")) + "###snapshot-name").c_str(), &st.snapshotName);
        ImGui::PopClipRect();
    }
    if (ImGui::Button(tr("Create sandbox copy"))) {
        auto r = tr_::createSnapshot(ui.sandbox, st.snapshotName);
        if (r.ok) {
            ui.invalidate();
            st.message.clear();
            st.snapshotName.clear();
            ui.toast(r.message);
        } else {
            st.message = r.message;
        }
    }
    if (!st.message.empty()) errorText(st.message);

    const auto list = tr_::listSnapshots(ui.sandbox);
    ImGui::Spacing();
    if (list.empty()) {
        emptyHint(tr("No sandbox copies yet."));
    } else {
        for (const auto& s : list) {
            ImGui::PushID(s.name.c_str());
            ImGui::Separator();
            text(s.name);
            textColored(IM_COL32(110, 116, 128, 255), formatTime(s.createdAt) + "  \u00B7  " + countText(s.leadCount, "lead", "leads") +
                                                          "  \u00B7  " + megabytes(s.sizeBytes));
            if (ImGui::SmallButton(tr("Restore"))) st.confirmRestore = s.name;
            ImGui::SameLine();
            if (ImGui::SmallButton(tr("Compare with now"))) {
                st.diffName = s.name;
                auto d = app::diffWithSnapshot(ui.sandbox, s.name);
                st.diff.reset();
                st.diffError.clear();
                if (d) st.diff = std::move(d).value();
                else st.diffError = d.message();
            }
            ImGui::SameLine();
            if (ImGui::SmallButton(tr("Delete"))) st.confirmDelete = s.name;
            ImGui::PopID();
        }
    }

    if (st.scenario) {
        ImGui::Spacing();
        ImGui::Separator();
        hint(trf("Start the scenario over: the org goes back to how it was when '{0}' was loaded. Sandbox copies are kept.",
                 {st.scenario->scenario.title.in(language())}));
        if (ImGui::Button(tr("Reset to the scenario's start"))) ImGui::OpenPopup(tr("Reset the scenario?"));
        if (ImGui::BeginPopupModal(tr("Reset the scenario?"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
            text(tr("Everything done since the scenario was loaded is lost, including its progress."));
            if (primaryButton(tr("Reset"))) {
                auto r = tr_::resetToScenarioStart(ui.sandbox);
                ImGui::CloseCurrentPopup();
                if (r.ok) {
                    afterOrgReplaced(ui, r.message);
                    offerLatestUndo(ui);
                } else {
                    st.message = r.message;
                }
            }
            ImGui::SameLine();
            if (cancelButton(tr("Cancel"))) ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
    }
    drawUndoList(ui);

    if (!st.confirmRestore.empty()) ImGui::OpenPopup(tr("Restore the sandbox copy?"));
    if (ImGui::BeginPopupModal(tr("Restore the sandbox copy?"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        text(trf("Replace the org with '{0}'?", {st.confirmRestore}));
        text(tr("Changes made since the copy are lost; take another copy first to keep them."));
        if (primaryButton(tr("Restore copy"))) {
            const std::string name = st.confirmRestore;
            st.confirmRestore.clear();
            ImGui::CloseCurrentPopup();
            auto r = tr_::restoreSnapshot(ui.sandbox, name);
            if (r.ok) {
                afterOrgReplaced(ui, r.message);
                offerLatestUndo(ui);
            } else {
                st.message = r.message;
            }
        }
        ImGui::SameLine();
        if (cancelButton(tr("Cancel"))) {
            st.confirmRestore.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (!st.confirmDelete.empty()) ImGui::OpenPopup(tr("Delete the sandbox copy?"));
    if (ImGui::BeginPopupModal(tr("Delete the sandbox copy?"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        text(trf("Delete '{0}'? This cannot be undone.", {st.confirmDelete}));
        if (ImGui::Button(tr("Delete copy"))) {
            auto r = tr_::deleteSnapshot(ui.sandbox, st.confirmDelete);
            if (r.ok) {
                ui.invalidate();
                if (st.diffName == st.confirmDelete) st.diff.reset();
            } else {
                st.message = r.message;
            }
            st.confirmDelete.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (primaryButton(tr("Cancel")) || escapePressed()) {  // cannot be undone: Enter keeps the copy
            st.confirmDelete.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

void drawSnapshotDiffWindow(UiContext& ui) {
    TrainingUiState& st = trainingState(ui);
    if (!st.diff && st.diffError.empty()) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 120, vp->WorkPos.y + 90), ImGuiCond_Appearing);
    ImGui::SetNextWindowSize(ImVec2(720, 560), ImGuiCond_Appearing);
    bool open = true;
    const std::string title = trf("Changes since the sandbox copy '{0}'", {st.diffName}) + "###snapshot-diff";  // notr
    if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoSavedSettings)) {
        if (!st.diffError.empty()) {
            errorText(st.diffError);
        } else if (st.diff->empty()) {
            okText(tr("No differences: the org is as it was in the copy."));
        } else {
            const app::OrgDiff& d = *st.diff;
            if (ImGui::Button(tr("Refresh"))) {
                auto again = app::diffWithSnapshot(ui.sandbox, st.diffName);
                if (again) st.diff = std::move(again).value();
            }
            ImGui::SameLine();
            hint(tr("Each change reads: in the copy \u2192 now."));
            if (!d.settings.empty()) {
                heading(tr("Settings changed"));
                for (const auto& c : d.settings) text(diffChangeLine(c));
            }
            if (!d.objects.empty()) {
                heading(tr("Records"));
                if (beginListTable("objects", 4)) {
                    stretchColumn(tr("Object"));
                    stretchColumn(tr("Added"));
                    stretchColumn(tr("Changed"));
                    stretchColumn(tr("Removed"));
                    listHeaders();
                    for (const auto& o : d.objects) {
                        ImGui::TableNextRow();
                        ImGui::TableNextColumn();
                        cellText(tr(o.object.c_str()));
                        ImGui::TableNextColumn();
                        cellText(o.added ? "+" + std::to_string(o.added) : "");
                        ImGui::TableNextColumn();
                        cellText(o.changed ? std::to_string(o.changed) : "");
                        ImGui::TableNextColumn();
                        cellText(o.removed ? "-" + std::to_string(o.removed) : "");
                    }
                    endListTable();
                }
                for (const auto& o : d.objects) {
                    if (!ImGui::TreeNode(tr(o.object.c_str()))) continue;
                    for (const auto& r : o.addedExamples) okText("+ " + r.label);
                    for (const auto& r : o.removedExamples) errorText("- " + r.label);
                    for (const auto& r : o.changedExamples) {
                        text("~ " + r.label);
                        ImGui::Indent(18.0f);
                        for (const auto& f : r.fields) hint(diffChangeLine(f));
                        ImGui::Unindent(18.0f);
                    }
                    const long long shown = static_cast<long long>(o.addedExamples.size() + o.removedExamples.size() +
                                                                   o.changedExamples.size());
                    if (o.added + o.changed + o.removed > shown)
                        hint(trf("{0} more not shown", {fmtInt(o.added + o.changed + o.removed - shown)}));
                    ImGui::TreePop();
                }
            }
            heading(tr("Lead sharing of partner users"));
            if (d.partnerShares.empty()) {
                hint(tr("No partner user gained or lost access to a lead."));
            } else if (beginListTable("shares", 5)) {
                stretchColumn(tr("Partner user"));
                stretchColumn(tr("Account"));
                stretchColumn(tr("Share rows then / now"));
                stretchColumn(tr("Gained"));
                stretchColumn(tr("Lost"));
                listHeaders();
                for (const auto& s : d.partnerShares) {
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    cellText(s.user);
                    ImGui::TableNextColumn();
                    cellText(s.account);
                    ImGui::TableNextColumn();
                    cellText(std::to_string(s.before) + " / " + std::to_string(s.after));
                    ImGui::TableNextColumn();
                    cellText(s.gained ? "+" + std::to_string(s.gained) : "");
                    ImGui::TableNextColumn();
                    cellText(s.lost ? "-" + std::to_string(s.lost) : "");
                }
                endListTable();
            }
        }
    }
    ImGui::End();
    if (!open) {
        st.diff.reset();
        st.diffError.clear();
    }
}

}  // namespace prm::ui
