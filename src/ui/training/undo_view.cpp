// Undo of bulk changes: the banner offered right after a change ("Undo: Run assignment rules (250 leads)")
// and the list of kept undo points in Training → Snapshots. Undo swaps the org back (a few ms), so it
// runs at once; the org it replaces becomes an undo point itself, which is how an undo is redone.
#include "imgui.h"
#include "ui/strings.h"
#include "ui/training/training_views.h"
#include "ui/ui_helpers.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace tr_ = app::training;

namespace {
void undo(UiContext& ui, Id id) {
    TrainingUiState& st = trainingState(ui);
    CommandResult r = tr_::undoTo(ui.sandbox, id);
    st.undoOffer = 0;
    if (!r.ok) {
        ui.toast(r.message);
        return;
    }
    // The page stays where it is; its caches and selections belong to the replaced org and go.
    ui.orgReplaced();
    st.diff.reset();
    st.diffName.clear();
    st.lastCheck.clear();
    ui.toast(r.message);
}
}  // namespace

void offerUndo(UiContext& ui, Id undoPointId, const std::string& label) {
    TrainingUiState& st = trainingState(ui);
    st.undoOffer = undoPointId;
    st.undoOfferLabel = label;
}

void offerLatestUndo(UiContext& ui) {
    const auto points = tr_::undoPoints(ui.sandbox);
    if (!points.empty()) offerUndo(ui, points.front().id, points.front().label);
}

void drawUndoBanner(UiContext& ui) {
    TrainingUiState& st = trainingState(ui);
    if (!st.undoOffer) return;
    ImGui::PushID("undo-banner");  // notr: an id
    if (ImGui::Button((trf("Undo: {0}", {st.undoOfferLabel}) + "###undo-offer").c_str())) {  // notr
        undo(ui, st.undoOffer);
        ImGui::PopID();
        return;
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", trf("The org as it was before is kept; the last {0} such copies are listed in Training → Snapshots.",
                                    {std::to_string(tr_::kUndoKept)})
                                    .c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("Dismiss"))) st.undoOffer = 0;
    ImGui::PopID();
}

void drawUndoList(UiContext& ui) {
    const auto points = tr_::undoPoints(ui.sandbox);
    ImGui::Spacing();
    ImGui::Separator();
    text(tr("Undo a bulk change"));
    hint(trf("Before each bulk change (assignment rules, owner changes, imports, scenario loads, resets) the org is "
             "copied; the last {0} copies are kept. Undo puts the org back as it was before that change; "
             "the org it replaces is kept as \"Undone: …\", so you can go forward again.",
             {std::to_string(tr_::kUndoKept)}));
    if (points.empty()) {
        emptyHint(tr("No bulk change to undo yet."));
        return;
    }
    for (const auto& p : points) {
        ImGui::PushID(static_cast<int>(p.id));
        text(trf("Before: {0}", {p.label}));
        textColored(IM_COL32(110, 116, 128, 255),
                    formatTime(p.createdAt) + "  \u00B7  " + countText(p.leadCount, "lead", "leads"));
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("Undo"))) {
            undo(ui, p.id);
            ImGui::PopID();
            return;
        }
        ImGui::PopID();
    }
}

}  // namespace prm::ui
