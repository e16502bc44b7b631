// Lead list views in the UI: the "View:" selector and the Create New View / Edit form. Views are saved
// through CreateListView / UpdateListView / DeleteListView; the list applies the picked one in SQL.
#include "ui/leads/list_view_bar.h"

#include <string>
#include <vector>

#include "app/leads/list_views.h"
#include "domain/rules.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/leads/lead_ui_helpers.h"
#include "ui/strings.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

const domain::Op kFilterOps[] = {domain::Op::Equals,   domain::Op::NotEqual,    domain::Op::Contains, domain::Op::NotContain,
                           domain::Op::StartsWith, domain::Op::LessThan, domain::Op::GreaterThan};

const char* opLabel(domain::Op op) {
    switch (op) {
        case domain::Op::Equals: return tr("equals");
        case domain::Op::NotEqual: return tr("not equal to");
        case domain::Op::Contains: return tr("contains");
        case domain::Op::NotContain: return tr("does not contain");
        case domain::Op::StartsWith: return tr("starts with");
        case domain::Op::LessThan: return tr("less than");
        case domain::Op::GreaterThan: return tr("greater than");
        case domain::Op::LessOrEqual: return tr("less or equal");
        case domain::Op::GreaterOrEqual: return tr("greater or equal");
    }
    return "";
}

struct FilterDraft {
    int field = 0;  // index into domain::leadFields()
    domain::Op op = domain::Op::Equals;
    std::string value;
};

struct ListViewBarState {
    DataVersion version;
    Id cachedUser = 0;
    std::vector<app::ListViewInfo> views;
    // The form: open for a new view (editId 0) or to edit one.
    bool formOpen = false;
    Id editId = 0;
    std::string name;
    std::vector<FilterDraft> filters;
    std::string logic;
    bool confirmDelete = false;
    FitPanel panel;
};

void openForm(ListViewBarState& st, const app::ListViewInfo* v) {
    st.formOpen = true;
    st.editId = v ? v->id : 0;
    st.name = v ? v->name : std::string();
    st.logic = v ? v->logic : std::string();
    st.filters.clear();
    if (v) {
        for (const auto& f : v->filters)
            st.filters.push_back({std::max(0, domain::leadFieldIndex(f.field)), domain::opFrom(f.op).value_or(domain::Op::Equals), f.value});
    } else {
        st.filters.push_back({std::max(0, domain::leadFieldIndex("Country")), domain::Op::Equals, {}});  // notr: a field name
    }
}

app::json saveCommand(const ListViewBarState& st) {
    app::json filters = app::json::array();
    for (const auto& f : st.filters)
        filters.push_back({{"field", domain::leadFields()[static_cast<size_t>(f.field)].apiName}, {"op", domain::toString(f.op)}, {"value", f.value}});
    app::json cmd = {{"cmd", st.editId ? "UpdateListView" : "CreateListView"}, {"name", st.name}, {"filters", filters}};
    if (st.editId) {
        cmd["viewId"] = st.editId;
        cmd["filterLogic"] = st.logic.empty() ? app::json(nullptr) : app::json(st.logic);
    } else if (!st.logic.empty()) {
        cmd["filterLogic"] = st.logic;
    }
    return cmd;
}

void drawForm(UiContext& ui, ListViewBarState& st, app::LeadListQuery& query) {
    beginPanel("##listviewform", st.panel);
    text(st.editId ? tr("Edit View") : tr("Create New View"));
    ImGui::SetNextItemWidth(260);
    ImGui::InputText((std::string(tr("View Name")) + "###lvname").c_str(), &st.name);
    hint(tr("Filters: leads matching them show in this view (among the leads you can see)."));
    int remove = -1;
    for (size_t i = 0; i < st.filters.size(); ++i) {
        FilterDraft& f = st.filters[i];
        const std::string n = std::to_string(i + 1);
        ImGui::PushID(static_cast<int>(i));
        text(n + ".");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(150);
        if (labelledCombo("##field", tr(domain::leadFields()[static_cast<size_t>(f.field)].label), trf("Field {0}", {n}).c_str())) {
            for (int k = 0; k < domain::kLeadFieldCount; ++k)
                if (ImGui::Selectable(tr(domain::leadFields()[static_cast<size_t>(k)].label), k == f.field)) f.field = k;
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(130);
        if (labelledCombo("##op", opLabel(f.op), trf("Operator {0}", {n}).c_str())) {
            for (domain::Op op : kFilterOps)
                if (ImGui::Selectable(opLabel(op), op == f.op)) f.op = op;
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(150);
        ImGui::InputText((trf("Value {0}", {n}) + "###value").c_str(), &f.value);
        ImGui::SameLine();
        if (ImGui::SmallButton((std::string(tr("Remove")) + "###remove").c_str())) remove = static_cast<int>(i);
        ImGui::PopID();
    }
    if (remove >= 0) st.filters.erase(st.filters.begin() + remove);
    ImGui::BeginDisabled(st.filters.size() >= static_cast<size_t>(app::leads::kMaxListViewFilters));
    if (ImGui::SmallButton(tr("Add Filter"))) st.filters.push_back({std::max(0, domain::leadFieldIndex("Country")), domain::Op::Equals, {}});
    ImGui::EndDisabled();
    ImGui::SetNextItemWidth(260);
    ImGui::InputTextWithHint((std::string(tr("Filter Logic")) + "###lvlogic").c_str(), tr("blank = all (AND); e.g. 1 AND (2 OR 3)"), &st.logic);
    if (ImGui::Button((std::string(tr("Save")) + "###lvsave").c_str())) {
        const CommandResult& r = ui.run(saveCommand(st), "listview");
        if (r.ok) {
            query.listViewId = r.data.value("viewId", Id{0});
            st.formOpen = false;
            ui.clearFeedback("listview");
        }
    }
    ImGui::SameLine();
    if (ImGui::Button((std::string(tr("Cancel")) + "###lvcancel").c_str())) {
        st.formOpen = false;
        ui.clearFeedback("listview");
    }
    ui.feedback("listview");
    endPanel(st.panel);
}

}  // namespace

void drawListViewBar(UiContext& ui, app::LeadListQuery& query, int& ownerFilter) {
    ListViewBarState& st = ui.page<ListViewBarState>();
    const Id me = ui.sandbox.currentUser();
    if (ui.refreshDue(st.version) || st.cachedUser != me) {
        st.views = app::listViewsOf(ui.sandbox.db(), me);
        st.cachedUser = me;
        bool found = false;
        for (const auto& v : st.views) found |= v.id == query.listViewId;
        if (!found) query.listViewId = 0;  // deleted, or another user's: back to the built-in views
    }
    const app::ListViewInfo* current = nullptr;
    for (const auto& v : st.views)
        if (v.id == query.listViewId) current = &v;
    const char* builtin[] = {tr("All Leads"), tr("My Leads")};
    const std::string preview = current ? current->name : builtin[ownerFilter == 1 ? 1 : 0];
    text(tr("View:"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(220);
    if (labelledCombo("##listview", preview.c_str(), tr("View"))) {
        for (int i = 0; i < 2; ++i)
            if (ImGui::Selectable(builtin[i], !current && (ownerFilter == 1) == (i == 1))) {
                query.listViewId = 0;
                ownerFilter = i;
                query.ownerQueueId.reset();
                query.ownerUserId.reset();
                if (i == 1) query.ownerUserId = me;
            }
        if (!st.views.empty()) ImGui::Separator();
        for (const auto& v : st.views) {
            ImGui::PushID(static_cast<int>(v.id));
            if (ImGui::Selectable(v.name.c_str(), current == &v)) {
                query.listViewId = v.id;
                ownerFilter = 0;  // a view of your own filters every lead you can see
                query.ownerQueueId.reset();
                query.ownerUserId.reset();
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (link(tr("Create New View"))) openForm(st, nullptr);
    if (current) {
        ImGui::SameLine();
        if (link(tr("Edit"))) openForm(st, current);
        ImGui::SameLine();
        if (link((std::string(tr("Delete")) + "###lvdelete").c_str())) st.confirmDelete = true;
    }
    if (current && st.confirmDelete) {
        text(trf("Delete the view \"{0}\"?", {current->name}));
        ImGui::SameLine();
        if (ImGui::SmallButton((std::string(tr("Delete")) + "###lvconfirm").c_str())) {
            if (ui.run({{"cmd", "DeleteListView"}, {"viewId", current->id}}, "listview").ok) query.listViewId = 0;
            st.confirmDelete = false;
        }
        ImGui::SameLine();
        if (ImGui::SmallButton((std::string(tr("Cancel")) + "###lvnodelete").c_str())) st.confirmDelete = false;
    } else {
        st.confirmDelete = false;
    }
    if (current && !st.formOpen) {
        std::string words;
        for (size_t i = 0; i < current->filters.size(); ++i) {
            const auto& f = current->filters[i];
            const int fi = domain::leadFieldIndex(f.field);
            const std::string field = fi >= 0 ? tr(domain::leadFields()[static_cast<size_t>(fi)].label) : f.field;
            words += (words.empty() ? "" : ", ") + std::to_string(i + 1) + ". " + field + " " +
                     opLabel(domain::opFrom(f.op).value_or(domain::Op::Equals)) + " \"" + f.value + "\"";
        }
        if (!current->logic.empty()) words += "  (" + current->logic + ")";
        hint(trf("Filters: {0}", {words.empty() ? std::string(tr("none")) : words}));
    }
    if (st.formOpen) drawForm(ui, st, query);
    else ui.feedback("listview");
}

}  // namespace prm::ui
