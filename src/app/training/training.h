#pragma once
// Training mode: scenarios, exercises with self-checks, and persistent snapshots.
//
// Snapshots ("sandbox copies") live in a separate SQLite database attached to the org's connection
// as schema "training" (a file beside the org in the browser, so they survive a reload without
// being part of the org: a snapshot never contains earlier snapshots). Creating and deleting one
// are commands (CreateSnapshot / DeleteSnapshot); restoring replaces the org with the copy's bytes.
// The scenario an org was built from and the trainee's progress are tables of the org itself.
//
// Loading a scenario builds its org in a fresh in-memory sandbox first and swaps it in only when
// every setup command succeeded: a failure leaves the current org exactly as it was.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/sandbox.h"
#include "app/training/scenario.h"
#include "app/training/training_checks.h"

namespace prm::app::training {

// ---- Store ---------------------------------------------------------------------------------------
// Attaches the training store at `path` (":memory:" natively and in tests). Safe to call again.
domain::Status attachStore(Sandbox& sb, const std::string& path);
// Attaches an in-memory store when none is attached yet (native UI, tests).
domain::Status ensureStore(Sandbox& sb);

// ---- Snapshots -----------------------------------------------------------------------------------
struct SnapshotRow {
    std::string name;
    TimeMs createdAt = 0;
    long long leadCount = 0;
    long long sizeBytes = 0;
    std::string orgName;
    std::string scenario;  // the scenario's title when the org came from one
};
std::vector<SnapshotRow> listSnapshots(Sandbox& sb);  // newest first
// "Sandbox copy 3, before enabling PRM"-style default: "Sandbox copy N".
std::string suggestSnapshotName(Sandbox& sb);
CommandResult createSnapshot(Sandbox& sb, const std::string& name);
CommandResult deleteSnapshot(Sandbox& sb, const std::string& name);
// Replaces the org with the copy (the copy stays). Refused without change when the copy is unreadable.
CommandResult restoreSnapshot(Sandbox& sb, const std::string& name);
domain::Result<std::vector<unsigned char>> snapshotBytes(Sandbox& sb, const std::string& name);

// ---- Scenarios -----------------------------------------------------------------------------------
// Parses, builds and swaps in a scenario. source: "builtin" or "file". On refusal nothing changed.
// The org it replaces is kept as an undo point ("Load scenario 'TITLE'") when there was one.
CommandResult loadScenario(Sandbox& sb, const std::string& text, const std::string& source = "file", bool fromUrl = false);
CommandResult loadBuiltinScenario(Sandbox& sb, const std::string& name, bool fromUrl = false);
// ?scenario=NAME: loads it unless this browser already loaded NAME from the URL (a reload keeps the org).
// data.loaded says whether the org was replaced.
CommandResult openScenarioFromUrl(Sandbox& sb, const std::string& name);
// A ?scenario= value that names a scenario file served next to the page ("class1.json", "week2/day1.json"),
// not a built-in scenario.
bool isScenarioFileLink(const std::string& value);
// What a ?scenario= link does now, in data.action: "load" (the org has no work in it), "ask" (it has), or
// "kept" (this browser already loaded the link, or kept its org for it). Refused for an unknown built-in name
// or a file link that is not a plain same-site path to a .json file. Changes nothing.
CommandResult planScenarioLink(Sandbox& sb, const std::string& value);
// The link's scenario was not loaded because the user kept their org: a reload of the same link does not ask again.
// (KeepOrgForScenarioLink: a command, so the answer is saved with the org.)
CommandResult keepOrgForUrlScenario(Sandbox& sb, const std::string& name);
// "Work" in the org: a command in the log after the org was created, loaded or replaced, other than
// logging in or out (LoginAs too), checking an exercise, showing a hint, keeping the org for a link and sandbox-copy bookkeeping. An org with work
// is not replaced by a ?scenario= link without asking.
bool orgHasWork(Sandbox& sb);
// Back to the state right after the scenario was loaded (kept in the store; rebuilt when missing).
CommandResult resetToScenarioStart(Sandbox& sb);

struct CurrentScenario {
    Scenario scenario;
    std::string source;
    TimeMs loadedAt = 0;
};
// The scenario the org was built from; nullopt for an org not from a scenario.
std::optional<CurrentScenario> currentScenario(Sandbox& sb);

// ---- Undo ----------------------------------------------------------------------------------------
// Before a bulk or org-replacing change the org is copied (sqlite3_serialize, a few ms) into the training
// store under a label such as "Run assignment rules (250 leads)"; the newest kUndoKept copies are kept.
// Undo puts the org back exactly as it was; the org it replaces is kept as "Undone: LABEL", so an undo can
// itself be undone (that is the redo).
constexpr int kUndoKept = 5;
struct UndoPoint {
    Id id = 0;
    std::string label;
    TimeMs createdAt = 0;
    long long leadCount = 0;
};
// The new point's id. Refused (and nothing done) only when the org cannot be copied: do not go on then.
domain::Result<Id> takeUndoPoint(Sandbox& sb, const std::string& label);
// Takes an undo point labelled `label`, then executes the command; a refusal drops the point again
// (nothing changed). On success data.undoPointId names the point to offer as Undo.
CommandResult executeWithUndo(Sandbox& sb, const json& command, const std::string& label);
// Forgets a point (the change it was taken for did not happen).
void dropUndoPoint(Sandbox& sb, Id undoPointId);
std::vector<UndoPoint> undoPoints(Sandbox& sb);  // newest first
CommandResult undoTo(Sandbox& sb, Id undoPointId);

// ---- Exercises -----------------------------------------------------------------------------------
struct ExerciseProgress {
    std::string status = "none";  // none / passed / failed (the last Check)
    std::optional<TimeMs> checkedAt;
    std::string diagnosis;
    int hintsShown = 0;
};
// By exercise id.
std::map<std::string, ExerciseProgress> progress(Sandbox& sb);

struct ExerciseReport {
    bool passed = false;
    std::vector<CheckOutcome> checks;
};
// Evaluates an exercise's checks now without recording anything.
ExerciseReport evaluateExercise(Sandbox& sb, const Exercise& e);
// The "Check" button: evaluates and records the result (CheckExercise). data: passed, checks[].
CommandResult checkExercise(Sandbox& sb, const std::string& exerciseId);
CommandResult showHint(Sandbox& sb, const std::string& exerciseId);

// ---- Commands with placeholders ----------------------------------------------------------------
// Replaces "$accountId(Nordic Partners Oy)", "$welcomePassword(user)", "$partnerUserIds", ... by values
// read from the org. The message names the placeholder that matches nothing.
domain::Result<json> resolvePlaceholders(store::Db& db, const json& command);
// Resolves and executes one command of a script (a scenario's logins are the script's, not a person's);
// a refusal names the step: "step 3 (EnablePrm): ...", with data.index.
CommandResult runScriptStep(Sandbox& sb, const json& command, size_t index);
// Resolves and executes each command in order; stops at the first refusal ("step 3 (EnablePrm): ...").
CommandResult runCommands(Sandbox& sb, const std::vector<json>& commands);

}  // namespace prm::app::training
