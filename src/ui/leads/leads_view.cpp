// Sales > Leads: the lead list for 100 k+ rows.
// [SECTION] index
//  - LeadListState: filters, page cache, selection, the running mass change
//  - the toolbar: New, search (commits on Enter / leaving the box), owner filter, selection buttons
//  - the table: ImGuiListClipper over cached pages of listLeads(); sorting re-queries only when the
//    sort specs are dirty; no per-frame work proportional to the row count
//  - "Change Owner": the owner picker, then a MassChangeOwnerJob stepped a few chunks per frame, with a
//    progress bar and "Cancel" (stops after the current chunk)
//  - "Run Assignment Rules" on the selection or on all leads: a dry run says what will happen (per rule
//    entry), the user confirms, the run keeps an undo point and the Undo banner offers it
#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "app/leads/mass_change_owner.h"
#include "app/leads/queries_lead_ui.h"
#include "app/leads/queries_leads.h"
#include "app/training/training.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/keyboard.h"
#include "ui/leads/lead_owner_picker.h"
#include "ui/leads/lead_ui_helpers.h"
#include "ui/leads/lead_views.h"
#include "ui/leads/list_view_bar.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/training/training_views.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

constexpr std::int64_t kPageRows = 100;      // rows fetched per query
constexpr std::size_t kMaxCachedPages = 40;  // the cache is dropped beyond this (scrolling far)
constexpr std::size_t kChunk = 500;          // leads per MassChangeOwner command
// While a mass reassign runs, each frame moves chunks of leads until this much time has gone, so the
// page keeps drawing (the bench's max_frame_ms_during_bulk goal is 100 ms) on fast and slow machines.
constexpr std::size_t kRowsPerChunk = 250;
constexpr double kBulkMsPerFrame = 35.0;

struct LeadListState {
    // Filters: the search box commits on Enter or when it loses focus.
    std::string searchDraft;
    app::LeadListQuery query;
    int ownerFilter = 0;  // 0 all, 1 my leads, 2.. a queue (index into queues + 2)
    std::vector<std::pair<Id, std::string>> queues;
    DataVersion queuesVersion;

    // Page cache keyed on the query and the org's data version.
    std::map<std::int64_t, std::vector<app::LeadRow>> pages;
    std::int64_t total = -1;
    DataVersion cacheVersion;
    Language cacheLanguage = Language::English;  // names sort in the UI language
    std::string cacheKey;

    // Selection: ids ticked by hand, or "all matching" minus the ones unticked.
    bool allMatching = false;
    std::unordered_set<Id> picked;
    std::unordered_set<Id> unpicked;

    // Mass change of owner.
    bool pickerOpen = false;
    OwnerPicker picker;
    bool notify = false;
    std::optional<app::MassChangeOwnerJob> job;
    std::string jobOwner;
    bool cancelRequested = false;
    bool jobCancelled = false;
    bool jobCounted = false;  // the list was refreshed after the job ended
    float panelHeight = 330.0f;  // the panel's content height last frame: the panel fits it

    // Run Assignment Rules: the dry run's report waits for the user's confirm.
    std::optional<CommandResult> rulesPreview;
    app::json rulesCommand;
    std::optional<CommandResult> rulesDone;
    float rulesPanelHeight = 200.0f;
};

std::string queryKey(const app::LeadListQuery& q) {
    return q.search + "\x1f" + std::to_string(q.ownerUserId.value_or(0)) + "\x1f" + std::to_string(q.ownerQueueId.value_or(0)) +
           "\x1f" + q.sortBy + (q.descending ? "-" : "+") + "\x1f" + std::to_string(q.listViewId);
}

void dropCacheIfStale(UiContext& ui, LeadListState& s) {
    const std::string key = queryKey(s.query);
    if (key == s.cacheKey && ui.dataVersion() == s.cacheVersion && s.cacheLanguage == language() &&
        s.pages.size() <= kMaxCachedPages)
        return;
    if (key != s.cacheKey) {  // another filter: the selection no longer means the same leads
        s.allMatching = false;
        s.unpicked.clear();
    }
    s.pages.clear();
    s.total = -1;
    s.cacheKey = key;
    s.cacheVersion = ui.dataVersion();
    s.cacheLanguage = language();
}

const std::vector<app::LeadRow>& page(UiContext& ui, LeadListState& s, std::int64_t index) {
    auto it = s.pages.find(index);
    if (it != s.pages.end()) return it->second;
    app::LeadListQuery q = s.query;
    q.offset = index * kPageRows;
    q.limit = kPageRows;
    app::LeadPage p = app::listLeads(ui.sandbox.db(), ui.sandbox.currentUser(), q);
    s.total = p.total;
    return s.pages.emplace(index, std::move(p.rows)).first->second;
}

const app::LeadRow* rowAt(UiContext& ui, LeadListState& s, std::int64_t i) {
    const auto& rows = page(ui, s, i / kPageRows);
    const std::size_t k = static_cast<std::size_t>(i % kPageRows);
    return k < rows.size() ? &rows[k] : nullptr;
}

bool isSelected(const LeadListState& s, Id id) { return s.allMatching ? !s.unpicked.count(id) : s.picked.count(id) > 0; }

std::int64_t selectedCount(const LeadListState& s) {
    if (!s.allMatching) return static_cast<std::int64_t>(s.picked.size());
    return std::max<std::int64_t>(0, s.total - static_cast<std::int64_t>(s.unpicked.size()));
}

// The ids of the selection, in one query when "all matching" is on.
std::vector<Id> selectedIds(UiContext& ui, const LeadListState& s) {
    if (!s.allMatching) return {s.picked.begin(), s.picked.end()};
    std::vector<Id> all = app::matchingLeadIds(ui.sandbox.db(), ui.sandbox.currentUser(), s.query, false);
    if (!s.unpicked.empty())
        all.erase(std::remove_if(all.begin(), all.end(), [&](Id id) { return s.unpicked.count(id) > 0; }), all.end());
    return all;
}

void clearSelection(LeadListState& s) {
    s.allMatching = false;
    s.picked.clear();
    s.unpicked.clear();
}

// SameLine() when an item `width` wide fits the rest of the row, else the item starts a new row (the
// Finnish labels are longer, and the Training panel narrows the page).
void sameLineIfFits(float width) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}
float buttonWidth(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

void drawToolbar(UiContext& ui, LeadListState& s) {
    if (ImGui::Button(tr("New"))) ui.nav.go(Screen::NewLead);
    ImGui::SameLine();
    drawListDataButtons(ui, 0);
    sameLineIfFits(230);
    if (ui.refreshDue(s.queuesVersion)) {
        s.queues.clear();
        for (const auto& q : app::listQueues(ui.sandbox.db())) s.queues.emplace_back(q.id, q.name);
        if (s.ownerFilter >= 2 + static_cast<int>(s.queues.size())) s.ownerFilter = 0;
    }
    auto filterName = [&](int i) -> std::string {
        if (i == 0) return tr("All leads");
        if (i == 1) return tr("My leads");
        return trf("Queue: {0}", {s.queues[static_cast<std::size_t>(i - 2)].second});
    };
    ImGui::SetNextItemWidth(230);
    const bool filterOpen = labelledCombo("##ownerfilter", filterName(s.ownerFilter).c_str(), tr("Owner filter"));
    if (filterOpen) {
        for (int i = 0; i < 2 + static_cast<int>(s.queues.size()); ++i) {
            ImGui::PushID(i);
            if (ImGui::Selectable(filterName(i).c_str(), s.ownerFilter == i)) {
                s.ownerFilter = i;
                s.query.ownerUserId.reset();
                s.query.ownerQueueId.reset();
                if (i == 1) s.query.ownerUserId = ui.sandbox.currentUser();
                if (i >= 2) s.query.ownerQueueId = s.queues[static_cast<std::size_t>(i - 2)].first;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    // Last on the row (or on a row of its own when the page is narrow): the label (which tests find the box
    // by) is clipped away, so it takes no visible room.
    sameLineIfFits(300);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PushClipRect(at, ImVec2(at.x + 300.0f, at.y + ImGui::GetFrameHeight()), true);
    ImGui::SetNextItemWidth(300);
    bool commit = ImGui::InputTextWithHint((std::string(tr("Search leads")) + "###leadsearch").c_str(),
                                           tr("Number, name, company, e-mail; Enter"), &s.searchDraft,
                                           ImGuiInputTextFlags_EnterReturnsTrue);
    commit |= ImGui::IsItemDeactivated() || (!ImGui::IsItemActive() && s.searchDraft != s.query.search);
    ImGui::PopClipRect();
    if (commit && s.searchDraft != s.query.search) s.query.search = s.searchDraft;
}

void drawSelectionBar(UiContext& ui, LeadListState& s) {
    const std::int64_t n = selectedCount(s);
    const bool busy = s.job && !s.job->progress().finished;
    ImGui::BeginDisabled(busy);
    if (ImGui::Button((trf("Select all matching ({0})", {fmtInt(std::max<std::int64_t>(0, s.total))}) + "###selectall").c_str())) {
        s.allMatching = true;
        s.picked.clear();
        s.unpicked.clear();
    }
    sameLineIfFits(buttonWidth(tr("Clear selection")));
    ImGui::BeginDisabled(n == 0);
    if (ImGui::Button(tr("Clear selection"))) clearSelection(s);
    sameLineIfFits(buttonWidth(tr("Change Owner")));
    if (ImGui::Button(tr("Change Owner"))) {
        s.pickerOpen = true;
        s.picker.reset();
        s.notify = false;
        s.job.reset();
        ui.clearFeedback("massowner");
    }
    ImGui::EndDisabled();
    const char* runLabel = n > 0 ? tr("Run Assignment Rules (selected)") : tr("Run Assignment Rules (all leads)");
    sameLineIfFits(buttonWidth(runLabel));
    if (ImGui::Button((std::string(runLabel) + "###runrules").c_str())) {
        app::json cmd = {{"cmd", "RunAssignmentRules"}};
        if (n > 0) cmd["leadIds"] = selectedIds(ui, s);
        else cmd["all"] = true;
        app::json dry = cmd;
        dry["dryRun"] = true;
        s.rulesDone.reset();
        const CommandResult& r = ui.run(dry, "runrules");  // rolled back: only the report comes back
        if (r.ok) {
            s.rulesPreview = r;
            s.rulesCommand = std::move(cmd);
            ui.clearFeedback("runrules");
        }
    }
    ImGui::EndDisabled();
    const std::string selected = trf("{0} selected", {fmtInt(n)});
    sameLineIfFits(ImGui::CalcTextSize(selected.c_str()).x);
    text(selected);
    ui.feedback("runrules");
}

// One line per rule entry (and owner), then the skipped leads: what a run will do, or did.
void drawRulesReport(const CommandResult& r) {
    for (const auto& e : r.data.value("entries", app::json::array()))
        text("  \u2022 " + trf("{0}: {1}  (owner changes: {2})", {e.value("label", std::string()), fmtInt(e.value("count", 0)),
                                                                  fmtInt(e.value("changed", 0))}));
    text("  \u2022 " + trf("skipped, closed or converted: {0}", {fmtInt(r.data.value("skipped", 0))}));
}

// The dry run's report with Run / Cancel, then what the run did, with the Undo banner.
void drawRunRules(UiContext& ui, LeadListState& s) {
    if (!s.rulesPreview && !s.rulesDone) return;
    ImGui::BeginChild("rulespreview", ImVec2(0, s.rulesPanelHeight), true);
    ImGui::PushTextWrapPos(0.0f);  // long entry labels wrap in a narrow page (the Training panel open)
    if (s.rulesPreview) {
        const CommandResult& p = *s.rulesPreview;
        const std::int64_t count = p.data.value("count", 0), skipped = p.data.value("skipped", 0);
        const std::int64_t changed = p.data.value("changed", 0);
        text(trf("Run assignment rules on {0}: {1} will change owner, of which {2} to the default owner (no entry matched).",
                 {countText(count + skipped, "lead", "leads"), fmtInt(changed), fmtInt(p.data.value("changedToDefault", 0))}));
        drawRulesReport(p);
        hint(tr("Closed leads keep their owner. Nothing has changed yet; the org is copied first, so you can undo the run."));
        if (ImGui::Button((std::string(tr("Run assignment rules")) + "###runrules-confirm").c_str())) {
            const std::string label = trf("Run assignment rules ({0})", {countText(count + skipped, "lead", "leads")});
            CommandResult r = app::training::executeWithUndo(ui.sandbox, s.rulesCommand, label);
            s.rulesPreview.reset();
            s.rulesDone = r;
            ui.invalidate();
            if (r.ok) {
                clearSelection(s);
                if (Id id = r.data.value("undoPointId", Id{0})) offerUndo(ui, id, label);
            }
        }
        ImGui::SameLine();
        if (ImGui::Button((std::string(tr("Cancel")) + "###runrules-cancel").c_str())) s.rulesPreview.reset();
    } else {
        const CommandResult& d = *s.rulesDone;
        if (!d.ok) {
            errorText(d.message);
        } else {
            okText(trf("Done: {0} changed owner.", {countText(d.data.value("changed", 0), "lead", "leads")}));
            drawRulesReport(d);
        }
        drawUndoBanner(ui);
        if (ImGui::Button((std::string(tr("Close")) + "###runrules-close").c_str())) s.rulesDone.reset();
    }
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, 0));
    s.rulesPanelHeight = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y - ImGui::GetStyle().ItemSpacing.y;
    ImGui::EndChild();
}

// The owner picker and the running job, above the table while open.
void drawMassChangeOwner(UiContext& ui, LeadListState& s) {
    if (!s.pickerOpen) return;
    ImGui::BeginChild("masschange", ImVec2(0, s.panelHeight), true);
    if (!s.job) {
        const std::int64_t picked = selectedCount(s);
        text(i18n::format(trn("Change the owner of {0} selected lead", "Change the owner of {0} selected leads", picked),
                          {fmtInt(picked)}));
        drawOwnerPicker(ui, s.picker, "masspicker", 150.0f);
        ImGui::Checkbox(tr("Send Notification Email"), &s.notify);
        if (primaryButton(tr("Save"))) {
            if (!s.picker.picked) {
                ui.clearFeedback("massowner");
                s.cancelRequested = false;
            } else {
                std::vector<Id> ids = selectedIds(ui, s);
                s.jobOwner = s.picker.pickedName;
                s.cancelRequested = false;
                s.jobCancelled = false;
                s.jobCounted = false;
                const std::size_t n = ids.size();
                s.job.emplace(std::move(ids), s.picker.ownerType(), s.picker.picked, s.notify, kChunk);
                s.job->keepUndoPoint(trf("Change owner of {0} to {1}", {countText(static_cast<long long>(n), "lead", "leads"), s.jobOwner}));
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Cancel"))) s.pickerOpen = false;
        ImGui::SameLine();
        if (!s.picker.picked) hint(tr("Pick the new owner in the list, then Save."));
        ui.feedback("massowner");
    } else {
        app::MassChangeOwnerJob& job = *s.job;
        // Chunks until the frame's time budget is spent, so frames keep coming while 100 k leads move.
        if (!job.progress().finished && !s.cancelRequested) {
            const auto start = std::chrono::steady_clock::now();
            do {
                job.step(ui.sandbox, kRowsPerChunk);
            } while (!job.progress().finished &&
                     std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() <
                         kBulkMsPerFrame);
        }
        if (s.cancelRequested && !job.progress().finished) s.jobCancelled = true;
        const auto& p = job.progress();
        if ((p.finished || s.jobCancelled || p.failed) && !s.jobCounted) {  // the chunks ran outside ui.run(): refresh views once
            s.jobCounted = true;
            ui.invalidate();
            if (p.undoPointId && p.done > 0)
                offerUndo(ui, p.undoPointId,
                          trf("Change owner of {0} to {1}", {countText(static_cast<long long>(p.done), "lead", "leads"), s.jobOwner}));
        }
        const bool running = !p.finished && !s.jobCancelled;
        char overlay[96];
        std::snprintf(overlay, sizeof overlay, "%s / %s", fmtInt(static_cast<long long>(p.done)).c_str(),  // notr
                      fmtInt(static_cast<long long>(p.total)).c_str());
        ImGui::ProgressBar(p.fraction(), ImVec2(420.0f, 0), overlay);
        ImGui::SameLine();
        if (running) {
            if (ImGui::Button(tr("Cancel"))) s.cancelRequested = true;
        } else if (ImGui::Button(tr("Close"))) {
            s.pickerOpen = false;
            s.job.reset();
            clearSelection(s);
            ImGui::EndChild();
            return;
        }
        const std::string done = fmtInt(static_cast<long long>(p.done)), total = fmtInt(static_cast<long long>(p.total));
        if (running) text(trf("Changing owner to {0}: {1} of {2} leads done", {s.jobOwner, done, total}));
        else if (p.failed) errorText(trf("Stopped: {0} ({1} of {2} leads were changed)", {p.message, done, total}));
        else if (s.jobCancelled) text(trf("Cancelled: {0} of {1} leads now owned by {2}", {done, total, s.jobOwner}));
        else okText(trf("Done: {0} of {1} leads now owned by {2}", {done, total, s.jobOwner}));
        if (!running) drawUndoBanner(ui);
    }
    ImGui::Dummy(ImVec2(0, 0));  // ends a SameLine() row, so the cursor is below everything drawn
    s.panelHeight = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y - ImGui::GetStyle().ItemSpacing.y;
    ImGui::EndChild();
}

void drawTable(UiContext& ui, LeadListState& s) {
    const float h = ImGui::GetContentRegionAvail().y - 4.0f;
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_Sortable;
    if (!beginListTable("leads", 9, flags, ImVec2(0, std::max(h, 120.0f)))) return;
    keyColumnWidth("##sel", ImGui::GetFrameHeight(), ImGuiTableColumnFlags_NoSort | ImGuiTableColumnFlags_NoResize);
    // The link button's padding comes on top of the number's width.
    keyColumnWidth(tr("Number"), ImGui::CalcTextSize("L-0000000").x + ImGui::GetStyle().FramePadding.x * 2,
                   ImGuiTableColumnFlags_DefaultSort);
    keyColumn(tr("Name"), "Firstname Lastname");  // notr: a width sample
    stretchColumn(tr("Company"), 1.5f);
    stretchColumn(tr("Lead Status"), 1.35f);
    stretchColumn(tr("Country"), 0.95f);
    stretchColumn(tr("Owner"), 1.25f);
    stretchColumn(tr("Partner Account"), 1.25f);
    fixedColumn(tr("Modified"), fmtDateTime("2026-12-31 23:59").c_str());
    listHeaders(2);  // the check box and the number stay in view

    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        static const char* kSortKeys[] = {"number", "number", "name", "company", "status", "country", "owner", "partner", "modified"};
        if (specs->SpecsCount > 0) {
            const auto& spec = specs->Specs[0];
            s.query.sortBy = kSortKeys[std::clamp<int>(spec.ColumnIndex, 0, 8)];
            s.query.descending = spec.SortDirection == ImGuiSortDirection_Descending;
        }
        specs->SpecsDirty = false;
        dropCacheIfStale(ui, s);
    }

    if (s.total < 0) page(ui, s, 0);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(std::max<std::int64_t>(0, s.total)));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const app::LeadRow* r = rowAt(ui, s, i);
            ImGui::TableNextRow();
            if (!r) continue;
            ImGui::PushID(static_cast<int>(r->id));
            ImGui::TableNextColumn();
            bool sel = isSelected(s, r->id);
            if (ImGui::Checkbox("##sel", &sel)) {
                if (s.allMatching) {
                    if (sel) s.unpicked.erase(r->id);
                    else s.unpicked.insert(r->id);
                } else if (sel) {
                    s.picked.insert(r->id);
                } else {
                    s.picked.erase(r->id);
                }
            }
            ImGui::TableNextColumn();
            if (link(r->number.c_str())) ui.nav.go(Screen::LeadDetail, r->id);
            ImGui::TableNextColumn();
            text(r->name);
            ImGui::TableNextColumn();
            text(r->company);
            ImGui::TableNextColumn();
            text(picklistText(r->status));
            ImGui::TableNextColumn();
            text(r->country);
            ImGui::TableNextColumn();
            text(r->ownerIsQueue ? trf("Queue: {0}", {r->ownerName}) : r->ownerName);
            ImGui::TableNextColumn();
            text(r->partnerAccount);
            ImGui::TableNextColumn();
            text(fmtDateTime(formatTime(r->modifiedAt)));
            ImGui::PopID();
        }
    }
    endListTable();
}

}  // namespace

void drawLeadsView(UiContext& ui) {
    LeadListState& s = ui.page<LeadListState>();
    heading(tr("Leads"));
    drawListViewBar(ui, s.query, s.ownerFilter);
    drawToolbar(ui, s);
    dropCacheIfStale(ui, s);
    if (s.total < 0) page(ui, s, 0);
    drawSelectionBar(ui, s);
    drawRunRules(ui, s);
    drawMassChangeOwner(ui, s);
    dropCacheIfStale(ui, s);
    if (s.total == 0) {
        emptyHint(s.query.search.empty() && s.ownerFilter == 0 && s.query.listViewId == 0
                      ? tr("No leads yet. Click \"New\" to create one, or generate test leads in Setup.")
                      : tr("No lead matches. Clear the search box or choose \"All leads\"."));
        return;
    }
    text(countText(s.total, "lead", "leads"));
    drawTable(ui, s);
}

}  // namespace prm::ui
