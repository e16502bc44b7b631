// The Training panel: the scenario's exercises beside the work (current step, Check with ✓ / ✗ and the
// diagnosis, hints on request, progress that lives in the org, a trainer view with the solution),
// the Snapshots tab (snapshots_view.cpp) and the Scenarios tab (built-in and from a file).
// [SECTION] state  [SECTION] header button  [SECTION] exercises  [SECTION] scenarios  [SECTION] panel
#include <algorithm>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/keyboard.h"
#include "ui/strings.h"
#include "ui/training/click_path.h"
#include "ui/training/training_views.h"
#include "ui/ui_helpers.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace tr_ = app::training;

// ---- [SECTION] state ------------------------------------------------------------------------------
TrainingUiState& trainingState(UiContext& ui) { return ui.pageAcrossOrgs<TrainingUiState>(); }

namespace {

const float kPanelWidth = 420.0f;
const ImU32 kPanelGreen = IM_COL32(20, 120, 50, 255);
const ImU32 kPanelRed = IM_COL32(190, 30, 30, 255);
const ImU32 kPanelGrey = IM_COL32(110, 116, 128, 255);

void refresh(UiContext& ui, TrainingUiState& st) {
    if (!ui.refreshDue(st.cachedVersion)) return;
    st.scenario = tr_::currentScenario(ui.sandbox);
    st.progress = tr_::progress(ui.sandbox);
}

bool passed(const TrainingUiState& st, const std::string& id) {
    auto it = st.progress.find(id);
    return it != st.progress.end() && it->second.status == "passed";
}

int doneCount(const TrainingUiState& st) {
    int n = 0;
    if (st.scenario)
        for (const auto& e : st.scenario->scenario.exercises) n += passed(st, e.id) ? 1 : 0;
    return n;
}

// The exercise shown: the selected one, else the first not yet passed, else the last.
int currentIndex(const TrainingUiState& st) {
    const auto& ex = st.scenario->scenario.exercises;
    for (size_t i = 0; i < ex.size(); ++i)
        if (ex[i].id == st.selectedExercise) return static_cast<int>(i);
    for (size_t i = 0; i < ex.size(); ++i)
        if (!passed(st, ex[i].id)) return static_cast<int>(i);
    return static_cast<int>(ex.size()) - 1;
}

// A scenario's text in the UI's language (English when the scenario has no translation).
const std::string& local(const tr_::LocalText& t) { return t.in(language()); }

void wrapped(const std::string& s) {
    ImGui::PushTextWrapPos(0.0f);
    text(s);
    ImGui::PopTextWrapPos();
}

}  // namespace

void afterOrgReplaced(UiContext& ui, const std::string& message) {
    TrainingUiState& st = trainingState(ui);
    ui.orgReplaced();
    st.lastCheck.clear();
    st.selectedExercise.clear();
    st.diff.reset();
    st.diffName.clear();
    st.message.clear();
    ui.nav.back.clear();
    ui.area = AppArea::Sales;
    ui.nav.go(Screen::Home);
    ui.toast(message);
}

void openTrainingPanel(UiContext& ui, TrainingTab tab) {
    TrainingUiState& st = trainingState(ui);
    st.open = true;
    st.tab = tab;
}

std::string startTraining(UiContext& ui, const std::string& storePath, const std::string& scenarioParam) {
    if (auto st = tr_::attachStore(ui.sandbox, storePath); !st) {
        const std::string why = st.message().empty() ? std::string(tr("The training store could not be opened")) : st.message();
        ui.toast(why + tr("; sandbox copies last until you close the tab"));
        (void)tr_::ensureStore(ui.sandbox);
    }
    if (scenarioParam.empty()) return {};
    const bool isFile = tr_::isScenarioFileLink(scenarioParam);
    CommandResult r = tr_::planScenarioLink(ui.sandbox, scenarioParam);
    if (!r.ok) {
        ui.toast(r.message);
        return {};
    }
    const std::string action = r.data.value("action", std::string());
    if (action == "kept") {
        if (tr_::currentScenario(ui.sandbox)) openTrainingPanel(ui, TrainingTab::Exercises);
        return {};
    }
    TrainingUiState& st = trainingState(ui);
    if (isFile) {  // fetched first; scenarioFileFetched() goes on
        st.linkName = scenarioParam;
        st.linkText.clear();
        return scenarioParam;
    }
    if (action == "ask") {  // the org has work in it: the Scenarios tab asks what to do
        st.confirmLoad = scenarioParam;
        st.confirmFromUrl = true;
        openTrainingPanel(ui, TrainingTab::Scenarios);
        return {};
    }
    st.pendingLoad = scenarioParam;  // built in frames, with progress
    st.pendingFromUrl = true;
    st.pendingFrames = 1;
    return {};
}

void scenarioFileFetched(UiContext& ui, const std::string& name, const std::string& text, const std::string& error) {
    TrainingUiState& st = trainingState(ui);
    if (!error.empty()) {
        ui.toast(name + ": " + error);
        return;
    }
    auto parsed = tr_::parseScenario(text);
    if (!parsed) {
        st.message = trf("{0}: {1}; your org was not changed", {name, parsed.message()});
        ui.toast(st.message);
        openTrainingPanel(ui, TrainingTab::Scenarios);
        return;
    }
    st.linkName = name;
    st.linkText = text;
    CommandResult r = tr_::planScenarioLink(ui.sandbox, name);
    const std::string action = r.data.value("action", std::string());
    if (!r.ok || action == "kept") return;
    if (action == "ask") {
        st.confirmLoad = "link";
        st.confirmFromUrl = true;
        openTrainingPanel(ui, TrainingTab::Scenarios);
        return;
    }
    st.pendingLoad = "link";
    st.pendingFromUrl = true;
    st.pendingFrames = 1;
}

bool scenarioLoadRunning(UiContext& ui) {
    const TrainingUiState& st = trainingState(ui);
    return st.loading != nullptr || !st.pendingLoad.empty();
}

// 420 px where there is room; on a narrow window (a 1024 px classroom laptop) 30 % of it, at least 300 px,
// so the page beside it keeps room for its tables.
float trainingPanelWidth(UiContext& ui) {
    if (!trainingState(ui).open) return 0.0f;
    return std::clamp(ImGui::GetMainViewport()->WorkSize.x * 0.3f, 300.0f, kPanelWidth);
}

// ---- [SECTION] header button --------------------------------------------------------------------
void drawTrainingHeaderButton(UiContext& ui) {
    TrainingUiState& st = trainingState(ui);
    refresh(ui, st);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(20, 20, 20, 255));
    ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(255, 214, 102, 255));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(255, 228, 150, 255));
    std::string label = tr("Training");
    if (st.scenario)
        label = trf("Training: {0}  ({1}/{2} done)", {local(st.scenario->scenario.title), std::to_string(doneCount(st)),
                                                     std::to_string(st.scenario->scenario.exercises.size())});
    label += "###training-toggle";  // notr
    if (ImGui::SmallButton(label.c_str())) {
        st.open = !st.open;
        if (st.open && !st.scenario) openTrainingPanel(ui, TrainingTab::Scenarios);
    }
    ImGui::PopStyleColor(3);
}

// ---- [SECTION] exercises ------------------------------------------------------------------------
namespace {

// The check's own description in the UI's language when the scenario gives one, else the app's words.
std::string checkDescription(const tr_::Exercise& e, size_t k, const json& result) {
    if (k < e.checks.size() && e.checks[k].contains("description")) {
        tr_::LocalText t;
        std::string problem;
        if (tr_::readLocalText(e.checks[k]["description"], t, problem)) return local(t);
    }
    return result.value("description", std::string());
}

void drawCheckResults(const tr_::Exercise& e, const CommandResult& r) {
    if (!r.ok) {
        errorText(r.message);
        return;
    }
    size_t k = 0;
    for (const auto& c : r.data.value("checks", json::array())) {
        const bool ok = c.value("passed", false);
        ImGui::PushStyleColor(ImGuiCol_Text, ok ? kPanelGreen : kPanelRed);
        wrapped(std::string(ok ? "\u2713 " : "\u2717 ") + checkDescription(e, k++, c));
        ImGui::PopStyleColor();
        if (!ok) {
            ImGui::Indent(18.0f);
            ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(120, 40, 40, 255));
            wrapped(c.value("diagnosis", std::string()));
            ImGui::PopStyleColor();
            ImGui::Unindent(18.0f);
        }
    }
}

void drawExercisesTab(UiContext& ui, TrainingUiState& st) {
    if (!st.scenario) {
        hint(tr("No scenario is loaded. A scenario builds a practice org and gives you exercises that check themselves."));
        if (ImGui::Button(tr("Choose a scenario"))) openTrainingPanel(ui, TrainingTab::Scenarios);
        return;
    }
    const tr_::Scenario& s = st.scenario->scenario;
    const int done = doneCount(st);
    ImGui::SetWindowFontScale(1.15f);
    wrapped(local(s.title));
    ImGui::SetWindowFontScale(1.0f);
    const std::string progressText = trf("{0} of {1} done", {std::to_string(done), std::to_string(s.exercises.size())});
    ImGui::ProgressBar(s.exercises.empty() ? 0.0f : static_cast<float>(done) / static_cast<float>(s.exercises.size()),
                       ImVec2(-1, 6.0f), "");
    text(progressText);

    // The steps, with their state.
    const int cur = currentIndex(st);
    const float listHeight = std::min(static_cast<float>(s.exercises.size()), 9.0f) * ImGui::GetTextLineHeightWithSpacing() + 8.0f;
    ImGui::BeginChild("steps", ImVec2(0, listHeight), true);
    for (size_t i = 0; i < s.exercises.size(); ++i) {
        const auto& e = s.exercises[i];
        auto p = st.progress.find(e.id);
        const std::string status = p == st.progress.end() ? "none" : p->second.status;
        const char* mark = status == "passed" ? "\u2713" : status == "failed" ? "\u2717" : "\u2013";
        ImGui::PushStyleColor(ImGuiCol_Text, status == "passed" ? kPanelGreen : status == "failed" ? kPanelRed : IM_COL32(40, 40, 40, 255));
        const std::string label = std::string(mark) + " " + std::to_string(i + 1) + ". " + local(e.title) + "###step" + e.id;  // notr
        if (ImGui::Selectable(label.c_str(), static_cast<int>(i) == cur)) st.selectedExercise = e.id;
        ImGui::PopStyleColor();
    }
    ImGui::EndChild();

    // The current step.
    const tr_::Exercise& e = s.exercises[static_cast<size_t>(cur)];
    ImGui::Spacing();
    textColored(kPanelGrey, trf("Step {0} of {1}", {std::to_string(cur + 1), std::to_string(s.exercises.size())}));
    ImGui::SetWindowFontScale(1.1f);
    wrapped(local(e.title));
    ImGui::SetWindowFontScale(1.0f);
    wrapped(local(e.instructions));
    ImGui::Spacing();

    if (ImGui::Button(tr("Check"))) {
        st.selectedExercise = e.id;  // stay on this step to show ✓ / ✗; "Next step" moves on
        st.lastCheck[e.id] = tr_::checkExercise(ui.sandbox, e.id);
        ui.invalidate();  // the check is recorded in the org's progress
    }
    const auto prog = st.progress.count(e.id) ? st.progress.at(e.id) : tr_::ExerciseProgress{};
    if (!e.hints.empty()) {
        ImGui::SameLine();
        const bool more = prog.hintsShown < static_cast<int>(e.hints.size());
        ImGui::BeginDisabled(!more);
        const std::string hintLabel =
            trf("Show a hint ({0}/{1})", {std::to_string(prog.hintsShown), std::to_string(e.hints.size())}) + "###hint";  // notr
        if (ImGui::Button(hintLabel.c_str())) {
            auto r = tr_::showHint(ui.sandbox, e.id);
            if (r.ok) ui.invalidate();
            else st.message = r.message;
        }
        ImGui::EndDisabled();
    }
    if (cur + 1 < static_cast<int>(s.exercises.size())) {
        ImGui::SameLine();
        if (ImGui::Button(tr("Next step"))) st.selectedExercise = s.exercises[static_cast<size_t>(cur + 1)].id;
    }

    // Result: this session's Check, or the one recorded in the org (it survives a reload).
    auto last = st.lastCheck.find(e.id);
    if (last != st.lastCheck.end()) {
        drawCheckResults(e, last->second);
    } else if (prog.status == "passed") {
        ImGui::PushStyleColor(ImGuiCol_Text, kPanelGreen);
        wrapped("\u2713 " + trf("Done ({0})", {formatTime(prog.checkedAt, tr("never"))}));
        ImGui::PopStyleColor();
    } else if (prog.status == "failed") {
        ImGui::PushStyleColor(ImGuiCol_Text, kPanelRed);
        wrapped("\u2717 " + trf("Not yet: {0}", {prog.diagnosis}));
        ImGui::PopStyleColor();
    }
    for (int h = 0; h < prog.hintsShown && h < static_cast<int>(e.hints.size()); ++h) {
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(120, 80, 0, 255));
        wrapped(trf("Hint {0}: {1}", {std::to_string(h + 1), local(e.hints[static_cast<size_t>(h)])}));
        ImGui::PopStyleColor();
    }

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Checkbox(tr("Trainer view (show the solution)"), &st.trainerView);
    if (st.trainerView) {
        hint(tr("The solution as clicks, in order. \"Do this step\" does them for you."));
        for (const auto& c : e.solution) {
            ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(40, 60, 110, 255));
            wrapped(clickPath(c));
            ImGui::PopStyleColor();
        }
        if (ImGui::Button(tr("Do this step"))) {
            auto r = tr_::runCommands(ui.sandbox, e.solution);
            ui.invalidate();
            st.message = r.ok ? std::string() : r.message;
            if (r.ok) st.lastCheck[e.id] = tr_::checkExercise(ui.sandbox, e.id);
        }
    }
    if (!st.message.empty()) errorText(st.message);
}

// ---- [SECTION] scenarios --------------------------------------------------------------------------
void drawScenariosTab(UiContext& ui, TrainingUiState& st) {
    hint(tr("Loading a scenario replaces the current org with the scenario's own. Take a sandbox copy first if you "
            "want to come back to this one."));
    if (!st.message.empty()) errorText(st.message);
    if (ImGui::CollapsingHeader(tr("Your own scenario file"))) {
        hint(tr("The scenario format is described in docs/SCENARIOS.md."));
        if (ui.platform.upload) {
            if (ImGui::Button(tr("Load a scenario file (.json)..."))) {
                UiContext* uip = &ui;
                ui.platform.upload(".json,application/json", [uip](std::string name, std::string bytes, std::size_t size) {
                    TrainingUiState* sp = &trainingState(*uip);
                    if (bytes.empty() && size > 0) {
                        sp->message = trf("{0} is {1} MB, more than the browser reads: a scenario file is much smaller, "
                                          "check you picked the right file",
                                          {name, fmtInt(static_cast<long long>(size / (1024 * 1024)))});
                        return;
                    }
                    sp->fileName = std::move(name);
                    sp->fileText = std::move(bytes);
                    sp->confirmLoad = "file";
                });
            }
        }
        hint(tr("Or paste a scenario file's text here:"));
        {
            // Labelled for tests, the label clipped away (as formInput does).
            const float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetTextLineHeight() * 5;
            const ImVec2 p = ImGui::GetCursorScreenPos();
            ImGui::PushClipRect(p, ImVec2(p.x + w, p.y + h + 8), true);
            ImGui::InputTextMultiline((std::string(tr("Scenario JSON")) + "###scenario-text").c_str(), &st.pastedText, ImVec2(w, h));
            ImGui::PopClipRect();
        }
        ImGui::BeginDisabled(st.pastedText.empty());
        if (ImGui::Button(tr("Load the pasted scenario"))) {
            st.fileName = tr("the pasted scenario");
            st.fileText = st.pastedText;
            st.confirmLoad = "file";
        }
        ImGui::EndDisabled();
    }
    static const std::vector<std::pair<std::string, tr_::Scenario>> builtins = [] {
        std::vector<std::pair<std::string, tr_::Scenario>> v;
        for (const auto& b : tr_::builtinScenarios())
            if (auto parsed = tr_::parseScenario(b.text)) v.emplace_back(b.name, std::move(parsed).value());
        return v;
    }();
    for (const auto& [name, scenario] : builtins) {
        const tr_::Scenario* parsed = &scenario;
        const tr_::BuiltinScenario b{name, {}};
        ImGui::PushID(b.name.c_str());
        ImGui::Separator();
        ImGui::SetWindowFontScale(1.1f);
        wrapped(local(parsed->title));
        ImGui::SetWindowFontScale(1.0f);
        hint(local(parsed->description));
        textColored(kPanelGrey, countText(static_cast<long long>(parsed->exercises.size()), "exercise", "exercises") +
                               "  \u00B7  ?scenario=" + b.name);  // notr
        if (ImGui::Button(tr("Load"))) st.confirmLoad = b.name;
        ImGui::PopID();
    }

    if (!st.confirmLoad.empty()) ImGui::OpenPopup(tr("Load scenario?"));
    if (ImGui::BeginPopupModal(tr("Load scenario?"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        std::string what = st.confirmLoad == "file" ? st.fileName : st.confirmLoad;
        if (st.confirmLoad == "link") {
            auto parsed = tr_::parseScenario(st.linkText);
            what = parsed ? local(parsed.value().title) : st.linkName;
        }
        for (const auto& [name, scenario] : builtins)
            if (name == st.confirmLoad) what = local(scenario.title);
        if (st.confirmFromUrl) text(trf("The link opens the training scenario '{0}'.", {what}));
        else text(trf("Load '{0}'?", {what}));
        text(tr("The current org is replaced. Sandbox copies are kept."));
        if (st.confirmFromUrl) hint(tr("Your org has changes since it was created or loaded."));
        auto load = [&](bool copyFirst) {
            if (copyFirst) {
                std::string name = trf("Before loading {0}", {what});
                for (const auto& c : tr_::listSnapshots(ui.sandbox))
                    if (c.name == name) name = tr_::suggestSnapshotName(ui.sandbox);
                auto copied = tr_::createSnapshot(ui.sandbox, name);
                if (!copied.ok) {
                    st.message = copied.message;
                    st.confirmLoad.clear();
                    st.confirmFromUrl = false;
                    return;
                }
                ui.invalidate();
            }
            st.pendingLoad = st.confirmLoad;
            st.pendingFromUrl = st.confirmFromUrl;
            st.pendingFrames = 2;
            st.confirmLoad.clear();
            st.confirmFromUrl = false;
        };
        if (ImGui::Button(tr("Load scenario"))) {
            load(false);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (primaryButton(tr("Take a sandbox copy and load"))) {  // the default keeps the org in a copy
            load(true);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(st.confirmFromUrl ? tr("Keep my org") : tr("Cancel")) || escapePressed()) {
            if (st.confirmFromUrl) {
                if (auto kept = tr_::keepOrgForUrlScenario(ui.sandbox, st.confirmLoad); !kept.ok) st.message = kept.message;
                else ui.toast(std::string(tr("Your org was kept; the scenario was not loaded. Load it from Training → Scenarios "
                                              "when you want.")));
            }
            st.confirmLoad.clear();
            st.confirmFromUrl = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

// Starts a chosen load as a job, then advances it a frame's worth at a time.
void runPendingLoad(UiContext& ui, TrainingUiState& st) {
    if (!st.loading) {
        if (st.pendingLoad.empty() || --st.pendingFrames > 0) return;
        const std::string what = st.pendingLoad;
        const bool fromUrl = st.pendingFromUrl;
        st.pendingLoad.clear();
        st.pendingFromUrl = false;
        if (what == "file") {
            st.loading = std::make_unique<tr_::ScenarioLoad>(ui.sandbox, st.fileText, "file", false);
        } else if (what == "link") {
            st.loading = std::make_unique<tr_::ScenarioLoad>(ui.sandbox, st.linkText, "link", fromUrl, st.linkName);
        } else if (const tr_::BuiltinScenario* b = tr_::findBuiltinScenario(what)) {
            st.loading = std::make_unique<tr_::ScenarioLoad>(ui.sandbox, b->text, "builtin", fromUrl);
        } else {
            st.message = tr_::loadBuiltinScenario(ui.sandbox, what).message;  // names the scenarios there are
            return;
        }
    }
    // About half a frame of work (the page still draws and answers Cancel in between).
    if (!st.loading->step(12.0)) return;
    const CommandResult r = st.loading->result();
    const bool cancelled = st.loading->cancelled();
    st.loading.reset();
    if (!r.ok) {
        ui.invalidate();  // a refusal normally changes nothing; the message shows in the Scenarios tab
        if (cancelled) ui.toast(std::string(tr("Loading the scenario was cancelled; your org was not changed.")));
        else {
            st.message = r.message;
            openTrainingPanel(ui, TrainingTab::Scenarios);
        }
        return;
    }
    afterOrgReplaced(ui, r.message);
    offerLatestUndo(ui);
    openTrainingPanel(ui, TrainingTab::Exercises);
}

// The modal progress window of a load: what is built, how far, and Cancel (until the swap starts).
void drawLoadProgress(UiContext& ui, TrainingUiState& st) {
    const char* id = "###scenario-loading";
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.4f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(460.0f, vp->WorkSize.x - 40.0f), 0));
    const std::string title = std::string(tr("Building the scenario's org")) + id;
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                                            ImGuiWindowFlags_NoSavedSettings))
        return;
    const tr_::ScenarioLoad* job = st.loading.get();
    if (!job) {
        text(tr("Building the scenario's org..."));
        ImGui::ProgressBar(0.0f, ImVec2(-1, 0), "");
    } else {
        wrapped(local(job->localTitle()));
        std::string status;
        if (job->swapping()) status = tr("Swapping in the new org...");
        else if (job->leadsTotal() > 0)
            status = trf("{0} / {1} leads", {fmtInt(job->leadsBuilt()), fmtInt(job->leadsTotal())});
        if (!status.empty()) text(status);
        ImGui::ProgressBar(job->fraction(), ImVec2(-1, 0));
        hint(tr("Your current org stays as it is until the new one is complete."));
    }
    ImGui::BeginDisabled(!job || job->swapping());
    if (ImGui::Button(tr("Cancel")) && st.loading) st.loading->cancel();
    ImGui::EndDisabled();
    ImGui::EndPopup();
}

}  // namespace

// ---- [SECTION] panel ------------------------------------------------------------------------------
void drawTrainingPanel(UiContext& ui) {
    TrainingUiState& st = trainingState(ui);
    if (!st.open) return;
    refresh(ui, st);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 251, 238, 255));
    ImGui::BeginChild("Training", ImVec2(0, 0), true);  // notr: an id
    ImGui::SetWindowFontScale(1.25f);
    text(tr("Training"));
    ImGui::SetWindowFontScale(1.0f);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - 60.0f);
    if (ImGui::SmallButton(tr("Close"))) st.open = false;
    // Tabs as buttons (the widget map, and so the browser tests, see buttons by label).
    auto tabButton = [&](const char* label, TrainingTab t) {
        const bool active = st.tab == t;
        ImGui::PushStyleColor(ImGuiCol_Button, active ? IM_COL32(255, 214, 102, 255) : IM_COL32(236, 230, 214, 255));
        if (ImGui::Button(label)) st.tab = t;
        ImGui::PopStyleColor();
        ImGui::SameLine();
    };
    tabButton(tr("Exercises"), TrainingTab::Exercises);
    tabButton(tr("Snapshots"), TrainingTab::Snapshots);
    tabButton(tr("Scenarios"), TrainingTab::Scenarios);
    ImGui::NewLine();
    ImGui::Separator();
    drawUndoBanner(ui);
    ImGui::BeginChild("tab-body", ImVec2(0, 0), false);  // notr: an id
    if (st.tab == TrainingTab::Exercises) drawExercisesTab(ui, st);
    else if (st.tab == TrainingTab::Snapshots) drawSnapshotsTab(ui);
    else drawScenariosTab(ui, st);
    ImGui::EndChild();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void drawTrainingWindows(UiContext& ui) {
    TrainingUiState& st = trainingState(ui);
    if (!st.pendingLoad.empty() || st.loading) {
        drawLoadProgress(ui, st);
        runPendingLoad(ui, st);
    }
    drawSnapshotDiffWindow(ui);
}

}  // namespace prm::ui
