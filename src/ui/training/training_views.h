#pragma once
// Training mode in the UI: a panel on the right of the page (Exercises, Snapshots, Scenarios tabs),
// toggled from the header and the app menu, and a floating window with the diff against a snapshot.
// The panel's state (open, tab, drafts, last check results) belongs to the UI, not to the org.
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "app/training/org_diff.h"
#include "app/training/scenario_load.h"
#include "app/training/training.h"
#include "ui/ui_context.h"

namespace prm::ui {

enum class TrainingTab { Exercises, Snapshots, Scenarios };

struct TrainingUiState {
    bool open = false;
    TrainingTab tab = TrainingTab::Exercises;
    std::string selectedExercise;       // "" = the first one not yet passed
    bool trainerView = false;
    std::map<std::string, CommandResult> lastCheck;  // by exercise id, this session
    std::string message;                // the last refusal of a training action (red), or ""
    // Scenario cache, refreshed when the org changes or is swapped.
    DataVersion cachedVersion;
    std::optional<app::training::CurrentScenario> scenario;
    std::map<std::string, app::training::ExerciseProgress> progress;
    // Snapshots tab.
    std::string snapshotName;
    std::string confirmRestore, confirmDelete;
    // Scenarios tab: a load waits one frame so "Building…" shows first.
    std::string confirmLoad;            // built-in name, or "file"
    bool confirmFromUrl = false;        // the question comes from a ?scenario= link (the org has work in it)
    bool pendingFromUrl = false;
    std::string fileText, fileName;
    std::string pastedText;
    std::string pendingLoad;            // built-in name, "file" or "link": started on the next frame
    int pendingFrames = 0;
    std::string linkName, linkText;     // a ?scenario=FILE.json link: the file and, once fetched, its text
    std::unique_ptr<app::training::ScenarioLoad> loading;  // a load in progress, a few steps each frame
    // Diff window.
    std::string diffName;
    std::optional<app::OrgDiff> diff;
    std::string diffError;
    // The Undo offered right after a bulk change (0: none).
    Id undoOffer = 0;
    std::string undoOfferLabel;
};

// Owned by the UiContext; kept across an org swap (the panel stays open on the new org).
TrainingUiState& trainingState(UiContext& ui);

// Platform start-up: opens the snapshot store at `storePath` (beside the org) and, when `scenarioParam`
// (?scenario=NAME) is given, loads that built-in scenario unless this browser already did so.
// A ?scenario=FILE.json link names a file served next to the page: the return value is the path the
// platform fetches (same site), then hands to scenarioFileFetched(); "" when there is nothing to fetch.
std::string startTraining(UiContext& ui, const std::string& storePath, const std::string& scenarioParam);
// The ?scenario=FILE.json file arrived (error: why it could not be read, "" when text is the file).
void scenarioFileFetched(UiContext& ui, const std::string& name, const std::string& text, const std::string& error);
// True while a scenario is being built (the page shows its progress and Cancel).
bool scenarioLoadRunning(UiContext& ui);

// Header button ("Training"), drawn where the cursor is; shows the scenario's progress when one is loaded.
void drawTrainingHeaderButton(UiContext& ui);
// Opens (or focuses a tab of) the panel.
void openTrainingPanel(UiContext& ui, TrainingTab tab);
// Width the panel takes on the right of the page; 0 when it is closed.
float trainingPanelWidth(UiContext& ui);
// The panel itself, as a child of the page window (call after the page child, on the same line).
void drawTrainingPanel(UiContext& ui);
// Top-level windows of training mode (the diff, "Building…"): call after the main window.
void drawTrainingWindows(UiContext& ui);

// Snapshots tab and the diff window (snapshots_view.cpp).
void drawSnapshotsTab(UiContext& ui);
void drawSnapshotDiffWindow(UiContext& ui);
// After the org was replaced (restore, reset, scenario load): fresh caches, back to a home page.
void afterOrgReplaced(UiContext& ui, const std::string& message);

// Undo (undo_view.cpp). Offers "Undo: LABEL" for an undo point just taken (app::training::takeUndoPoint).
void offerUndo(UiContext& ui, Id undoPointId, const std::string& label);
// Offers the newest undo point (after a restore, reset or scenario load, which take one themselves).
void offerLatestUndo(UiContext& ui);
// The offer as a banner with an Undo button (drawn where the change was made, and in the Training panel).
void drawUndoBanner(UiContext& ui);
// The kept undo points, newest first, each with Undo (Training → Snapshots).
void drawUndoList(UiContext& ui);

}  // namespace prm::ui
