// Activities in the UI: My Workplace → Activities (views My Open Activities, Overdue, Closed Activities and
// All; tick rows and Mark Complete, which says how many first and then offers Undo), the Open Activities /
// Activity History sections of every record page, and the New Activity form (Save, Save as Completed).
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "app/queries_core.h"
#include "app/sales/queries_sales.h"
#include "app/session_queries.h"
#include "app/training/training.h"
#include "domain/sales.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/keyboard.h"
#include "ui/leads/lead_ui_helpers.h"
#include "ui/sales/sales_views.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/training/training_views.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace sales = app::sales;
namespace {

void section(const std::string& title) {
    ImGui::Spacing();
    ImGui::SetWindowFontScale(1.1f);
    text(title);
    ImGui::SetWindowFontScale(1.0f);
}

// Due date, or an appointment's start–end, in the reader's format.
std::string whenText(const sales::ActivityRow& r) {
    if (!r.dueDate.empty()) return fmtDateTime(r.dueDate);
    if (r.start.empty()) return "";
    auto spaced = [](std::string s) {
        if (s.size() > 10 && s[10] == 'T') s[10] = ' ';
        return fmtDateTime(s);
    };
    std::string end = spaced(r.end);
    if (r.end.compare(0, 10, r.start, 0, 10) == 0 && end.rfind(' ') != std::string::npos) end = end.substr(end.rfind(' ') + 1);
    return trf("{0} – {1}", {spaced(r.start), end});
}

// The screen a regarded record opens on, for this viewer (partner users have the community's pages).
void regardingLink(UiContext& ui, const sales::ActivityRow& r, bool partner) {
    if (r.regardingType.empty()) return;
    if (r.regardingName.empty()) {
        text(tr("(not visible to you)"));
        return;
    }
    Screen s = Screen::LeadDetail;
    if (r.regardingType == "Lead") s = partner ? Screen::PartnerLeadDetail : Screen::LeadDetail;  // notr: type key
    else if (r.regardingType == "Opportunity") s = Screen::OpportunityDetail;  // notr: type key
    else if (r.regardingType == "Account") s = Screen::AccountDetail;  // notr: type key
    else if (r.regardingType == "Contact") s = Screen::ContactDetail;  // notr: type key
    if (partner && (s == Screen::AccountDetail || s == Screen::ContactDetail)) {
        text(r.regardingName);
        return;
    }
    recordLink(ui, r.regardingName, s, r.regardingId);
}

// ---- My Workplace → Activities ----------------------------------------------------------------------
struct ActivitiesPage {
    int view = 0;  // ActivityView
    DataVersion version;
    int shownView = -1;
    Id viewer = 0;
    std::vector<sales::ActivityRow> rows;
    std::set<Id> selected;
    bool confirm = false;
};

const char* kViewLabels[] = {N_("My Open Activities"), N_("Overdue Activities"), N_("Closed Activities"), N_("All Activities")};

}  // namespace

void drawActivitiesView(UiContext& ui) {
    ActivitiesPage& p = ui.page<ActivitiesPage>();
    const Id me = ui.sandbox.currentUser();
    const bool partner = app::sessionInfo(ui.sandbox).isPartner;
    heading(tr("Activities"));
    if (ui.refreshDue(p.version) || p.shownView != p.view || p.viewer != me) {
        p.shownView = p.view;
        p.viewer = me;
        p.rows = sales::listActivities(ui.sandbox.db(), me, static_cast<sales::ActivityView>(p.view), ui.sandbox.now());
        std::set<Id> still;
        for (const auto& r : p.rows)
            if (p.selected.count(r.id)) still.insert(r.id);
        p.selected = still;
    }
    text(tr("View:"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::CalcTextSize(tr("Overdue Activities")).x + 60.0f);
    if (labelledCombo("##activityview", tr(kViewLabels[p.view]), tr("View"))) {
        for (int i = 0; i < 4; ++i)
            if (ImGui::Selectable(tr(kViewLabels[i]), i == p.view)) {
                p.view = i;
                p.selected.clear();
            }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("New Activity"))) openNewActivity(ui, "", 0);
    ImGui::SameLine();
    const int n = static_cast<int>(p.selected.size());
    ImGui::BeginDisabled(n == 0);
    if (ImGui::Button(n ? trf("Mark Complete ({0})", {fmtInt(n)}).c_str() : tr("Mark Complete"))) p.confirm = true;
    ImGui::EndDisabled();
    if (p.confirm) ImGui::OpenPopup(tr("Mark Complete?"));
    if (ImGui::BeginPopupModal(tr("Mark Complete?"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        text(i18n::format(trn("Mark {0} activity complete?", "Mark {0} activities complete?", n), {fmtInt(n)}));
        hint(tr("Completed activities move to the Activity History of the records they regard. You can undo this."));
        if (primaryButton(tr("Mark Complete"))) {
            json ids = json::array();
            for (Id id : p.selected) ids.push_back(id);
            const std::string label = i18n::format(trn("Mark {0} activity complete", "Mark {0} activities complete", n), {fmtInt(n)});
            CommandResult r = app::training::executeWithUndo(ui.sandbox, {{"cmd", "CompleteActivities"}, {"activityIds", ids}}, label);
            ui.invalidate();
            ui.keepResult("markcomplete", r);
            if (r.ok) {
                p.selected.clear();
                if (Id id = r.data.value("undoPointId", Id{0})) offerUndo(ui, id, label);
            }
            p.confirm = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (cancelButton(tr("Cancel"))) p.confirm = false;
        ImGui::EndPopup();
    }
    ui.feedback("markcomplete");
    drawUndoBanner(ui);
    if (p.rows.empty()) {
        emptyHint(p.view == 0 ? tr("No open activities of yours. New Activity logs a call, a task or an appointment.")
                              : tr("No activities in this view."));
        return;
    }
    const float h = std::min(ImGui::GetContentRegionAvail().y - 4.0f, tableHeight(static_cast<int>(p.rows.size()), 1000));
    if (!beginListTable("activities", 8, ImGuiTableFlags_ScrollY, ImVec2(0, std::max(h, 120.0f)))) return;
    fixedColumn("##sel", "WW");
    keyColumn(tr("Subject"));
    stretchColumn(tr("Activity Type"), 0.8f);
    stretchColumn(tr("Regarding"), 1.4f);
    stretchColumn(tr("Due"), 0.9f);
    stretchColumn(tr("Priority"), 0.6f);
    stretchColumn(tr("Status"), 0.7f);
    stretchColumn(tr("Owner"), 1.0f);
    listHeaders(2);
    for (const auto& r : p.rows) {
        ImGui::PushID(static_cast<int>(r.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool open = r.state == "Open" || r.state == "Scheduled";  // notr: state keys
        bool sel = p.selected.count(r.id) > 0;
        ImGui::BeginDisabled(!open || r.access < domain::Access::Edit);
        if (labelledCheckbox("##sel", &sel, trf("Select {0}", {r.subject}))) {
            if (sel) p.selected.insert(r.id);
            else p.selected.erase(r.id);
        }
        ImGui::EndDisabled();
        ImGui::TableNextColumn();
        keyText(r.subject);
        ImGui::TableNextColumn();
        text(tr(activityTypeLabel(r.type)));
        ImGui::TableNextColumn();
        regardingLink(ui, r, partner);
        ImGui::TableNextColumn();
        if (r.overdue) errorText(whenText(r));
        else text(whenText(r));
        ImGui::TableNextColumn();
        text(tr(priorityLabel(r.priority)));
        ImGui::TableNextColumn();
        text(tr(activityStateLabel(r.state)));
        ImGui::TableNextColumn();
        text(r.ownerName);
        ImGui::PopID();
    }
    endListTable();
}

// ---- Sections on record pages ---------------------------------------------------------------------
namespace {
struct SectionCache {
    std::string type;
    Id record = 0;
    Id viewer = 0;
    DataVersion version;
    std::vector<sales::ActivityRow> open, history;
};
}  // namespace

void drawActivitySections(UiContext& ui, const char* type, Id recordId) {
    SectionCache& c = ui.page<SectionCache>();
    const Id me = ui.sandbox.currentUser();
    const bool partner = app::sessionInfo(ui.sandbox).isPartner;
    if (c.type != type || c.record != recordId || c.viewer != me || c.version != ui.dataVersion()) {
        c.type = type;
        c.record = recordId;
        c.viewer = me;
        c.version = ui.dataVersion();
        c.open = sales::activitiesRegarding(ui.sandbox.db(), me, type, recordId, true, ui.sandbox.now());
        c.history = sales::activitiesRegarding(ui.sandbox.db(), me, type, recordId, false, ui.sandbox.now());
    }
    ImGui::PushID("activitysections");
    section(trf("Open Activities ({0})", {fmtInt(static_cast<long long>(c.open.size()))}));
    if (ImGui::Button(tr("New Task"))) openNewActivity(ui, type, recordId, "Task");  // notr: record type key
    ImGui::SameLine();
    if (ImGui::Button(tr("Log a Call"))) openNewActivity(ui, type, recordId, "PhoneCall");
    ImGui::SameLine();
    if (ImGui::Button(tr("New Appointment"))) openNewActivity(ui, type, recordId, "Appointment");  // notr: record type key
    ui.feedback("activitysection");
    if (c.open.empty()) {
        emptyHint(tr("No open activities."));
    } else if (beginListTable("openacts", 5)) {
        keyColumn(tr("Subject"));
        stretchColumn(tr("Activity Type"), 0.8f);
        stretchColumn(tr("Due"), 0.9f);
        stretchColumn(tr("Owner"), 1.0f);
        actionsColumn("", {N_("Mark Complete")}, {N_("Mark Complete"), N_("Cancel Activity")});
        listHeaders();
        for (const auto& r : c.open) {
            ImGui::PushID(static_cast<int>(r.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            keyText(r.subject);
            ImGui::TableNextColumn();
            text(tr(activityTypeLabel(r.type)));
            ImGui::TableNextColumn();
            if (r.overdue) errorText(whenText(r));
            else text(whenText(r));
            ImGui::TableNextColumn();
            text(r.ownerName);
            ImGui::TableNextColumn();
            if (r.access >= domain::Access::Edit) {
                RowActions act({tr("Mark Complete"), tr("Cancel Activity")});
                if (act.item(tr("Mark Complete")))
                    ui.run({{"cmd", "CompleteActivities"}, {"activityIds", {r.id}}}, "activitysection");
                if (act.item(tr("Cancel Activity")))
                    ui.run({{"cmd", "CancelActivities"}, {"activityIds", {r.id}}}, "activitysection");
                act.end();
            }
            ImGui::PopID();
        }
        endListTable();
    }
    section(trf("Activity History ({0})", {fmtInt(static_cast<long long>(c.history.size()))}));
    if (c.history.empty()) {
        emptyHint(tr("No completed activities yet."));
    } else if (beginListTable("historyacts", 5)) {
        keyColumn(tr("Subject"));
        stretchColumn(tr("Activity Type"), 0.8f);
        stretchColumn(tr("Status"), 0.7f);
        stretchColumn(tr("Closed"), 1.0f);
        stretchColumn(tr("Owner"), 1.0f);
        listHeaders();
        for (const auto& r : c.history) {
            ImGui::PushID(static_cast<int>(r.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            keyText(r.subject);
            ImGui::TableNextColumn();
            text(tr(activityTypeLabel(r.type)));
            ImGui::TableNextColumn();
            text(tr(activityStateLabel(r.state)));
            ImGui::TableNextColumn();
            text(fmtDateTime(formatTime(r.closedAt, "")));
            ImGui::TableNextColumn();
            text(r.ownerName);
            ImGui::PopID();
        }
        endListTable();
    }
    (void)partner;
    ImGui::PopID();
}

// ---- New Activity -----------------------------------------------------------------------------------
namespace {
struct NewActivityForm {
    std::uint64_t seen = ~0ull;
    // Set by openNewActivity before the visit:
    std::string regardingType;
    Id regardingId = 0;
    std::string presetType = "Task";  // notr: type key
    // The draft:
    int type = 0;
    std::string subject, due, start, end, description, search;
    int priority = 1;
    Id owner = 0;
    std::string pickedType;
    Id pickedId = 0;
    std::string pickedName;
};
const char* kTypes[] = {"Task", "PhoneCall", "Appointment", "Email", "Letter", "Fax"};  // notr: API values
const char* kPriorities[] = {"Low", "Normal", "High"};  // notr: API values
}  // namespace

void openNewActivity(UiContext& ui, const std::string& regardingType, Id regardingId, const std::string& activityType) {
    NewActivityForm& f = ui.page<NewActivityForm>();
    f.regardingType = regardingType;
    f.regardingId = regardingId;
    f.presetType = activityType;
    ui.nav.go(Screen::NewActivity);
}

void drawNewActivityView(UiContext& ui) {
    NewActivityForm& f = ui.page<NewActivityForm>();
    auto& db = ui.sandbox.db();
    const Id me = ui.sandbox.currentUser();
    const bool partner = app::sessionInfo(ui.sandbox).isPartner;
    const std::string today = domain::dateOf(ui.sandbox.now());
    if (ui.nav.entered(f.seen)) {
        f.type = 0;
        for (int i = 0; i < 6; ++i)
            if (f.presetType == kTypes[i]) f.type = i;
        f.subject.clear();
        f.description.clear();
        f.search.clear();
        f.due = today;
        f.start = today + "T10:00";
        f.end = today + "T11:00";
        f.priority = 1;
        f.owner = me;
        f.pickedType = f.regardingType;
        f.pickedId = f.regardingId;
        f.pickedName.clear();
        if (f.regardingId)
            for (const auto& ch : sales::regardingChoices(db, me, ""))
                if (ch.type == f.regardingType && ch.id == f.regardingId) f.pickedName = ch.name;
        ui.clearFeedback("newactivity");
    }
    if (link(tr("< Back"))) ui.nav.goBack();
    heading(trf("New Activity: {0}", {tr(activityTypeLabel(kTypes[f.type]))}));
    hint(tr("An activity regards one lead, account, contact or opportunity; whoever can see that record sees the "
            "activity. E-mails, letters and faxes are logged here, not sent."));
    requiredLegend();
    if (beginForm("newactivityform")) {
        formLabel(N_("Activity Type"));
        ImGui::SetNextItemWidth(-1);
        if (labelledCombo("##type", tr(activityTypeLabel(kTypes[f.type])), tr("Activity Type"))) {
            for (int i = 0; i < 6; ++i)
                if (ImGui::Selectable(tr(activityTypeLabel(kTypes[i])), i == f.type)) f.type = i;
            ImGui::EndCombo();
        }
        formRequiredInput(N_("Subject"), &f.subject);
        formLabel(N_("Regarding"));
        ImGui::SetNextItemWidth(-1);
        const std::string current = f.pickedId ? f.pickedName : std::string(tr("(none)"));
        if (labelledCombo("##regarding", current.c_str(), tr("Regarding"))) {
            ImGui::SetNextItemWidth(-1);
            ImGui::InputTextWithHint("##regsearch", tr("Search"), &f.search);
            if (ImGui::Selectable(tr("(none)"), f.pickedId == 0)) {
                f.pickedId = 0;
                f.pickedType.clear();
            }
            for (const auto& ch : sales::regardingChoices(db, me, f.search, 8)) {
                const char* typeLabel = ch.type == "Lead" ? N_("Lead") : ch.type == "Account" ? N_("Account")  // notr: keys
                                        : ch.type == "Contact" ? N_("Contact") : N_("Opportunity");  // notr: keys
                const std::string label = trf("{0}: {1}", {tr(typeLabel), ch.name}) + "##" + ch.type + std::to_string(ch.id);
                if (ImGui::Selectable(label.c_str(), f.pickedId == ch.id && f.pickedType == ch.type)) {
                    f.pickedType = ch.type;
                    f.pickedId = ch.id;
                    f.pickedName = ch.name;
                }
            }
            ImGui::EndCombo();
        }
        formLabel(N_("Owner"));
        if (partner) {
            text(app::userDetail(db, me) ? app::userDetail(db, me)->name : std::string());
        } else {
            std::vector<std::pair<Id, std::string>> owners;
            app::UserFilter uf;
            uf.partner = false;
            uf.active = true;
            for (const auto& u : app::listUsers(db, uf)) owners.emplace_back(u.id, u.name);
            idCombo("##owner", &f.owner, owners);
        }
        if (std::string(kTypes[f.type]) == "Appointment") {  // notr: type key
            formInput(N_("Start (YYYY-MM-DDTHH:MM)"), &f.start);
            formInput(N_("End (YYYY-MM-DDTHH:MM)"), &f.end);
        } else {
            formInput(N_("Due Date (YYYY-MM-DD)"), &f.due);
        }
        formLabel(N_("Priority"));
        ImGui::SetNextItemWidth(-1);
        if (labelledCombo("##priority", tr(priorityLabel(kPriorities[f.priority])), tr("Priority"))) {
            for (int i = 0; i < 3; ++i)
                if (ImGui::Selectable(tr(priorityLabel(kPriorities[i])), i == f.priority)) f.priority = i;
            ImGui::EndCombo();
        }
        formLabel(N_("Description"));
        ImGui::InputTextMultiline("##description", &f.description, ImVec2(-1, 80));
        endForm();
    }
    auto save = [&](bool completed) {
        json cmd = {{"cmd", "CreateActivity"}, {"type", kTypes[f.type]}, {"subject", f.subject},
                    {"priority", kPriorities[f.priority]}, {"description", f.description}, {"completed", completed}};
        if (f.pickedId) cmd["regarding"] = {{"type", f.pickedType}, {"id", f.pickedId}};
        if (!partner) cmd["ownerId"] = f.owner;
        if (std::string(kTypes[f.type]) == "Appointment") {  // notr: type key
            cmd["start"] = f.start;
            cmd["end"] = f.end;
        } else if (!f.due.empty()) {
            cmd["dueDate"] = f.due;
        }
        if (f.subject.find_first_not_of(" \t") == std::string::npos) {
            ui.run(cmd, "newactivity");  // the model says what is missing, beside the form
            return;
        }
        const CommandResult& r = ui.run(cmd, "newactivity");
        if (r.ok) {
            ui.toast(r.message);
            ui.nav.goBack();
        }
    };
    if (primaryButton(tr("Save"))) save(false);
    ImGui::SameLine();
    if (ImGui::Button(tr("Save as Completed"))) save(true);
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) ui.nav.goBack();
    ui.feedback("newactivity");
}

}  // namespace prm::ui
