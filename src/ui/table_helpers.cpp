#include "ui/table_helpers.h"

#include <algorithm>
#include <unordered_map>

#include "imgui_internal.h"
#include "ui/strings.h"
#include "ui/widget_map.h"

namespace prm::ui {
namespace {

struct ColumnNeed {
    bool fixed = false;
    float minWidth = 0.0f;  // content width, without padding
    float weight = 1.0f;
};

struct OpenTable {
    ImGuiTable* table = nullptr;
    std::vector<ColumnNeed> columns;
    ImU64 keyMask = 0;
    bool scrolls = false;
};

std::vector<OpenTable>& openTables() {
    static std::vector<OpenTable> s;
    return s;
}
// Width each list table needed last frame, by table id: this frame's table is laid out in it.
std::unordered_map<ImGuiID, float>& neededWidths() {
    static std::unordered_map<ImGuiID, float> s;
    return s;
}

float visibleTextWidth(const char* s) { return s ? ImGui::CalcTextSize(s, nullptr, true).x : 0.0f; }

ImGuiTableColumn* lastDeclaredColumn() {
    ImGuiTable* t = ImGui::GetCurrentTable();
    IM_ASSERT(t && t->DeclColumnsCount > 0);
    return &t->Columns[t->DeclColumnsCount - 1];
}

void addFixed(const char* label, float minWidth, ImGuiTableColumnFlags flags, bool key) {
    OpenTable& o = openTables().back();
    const float want = std::max(minWidth, visibleTextWidth(label));
    ImGui::TableSetupColumn(label, ImGuiTableColumnFlags_WidthFixed | flags, want);
    ImGuiTableColumn* c = lastDeclaredColumn();
    // Grow to the widest cell drawn last frame (ImGui's own measure); never below the declared minimum.
    const float grown = std::max(want, ImGui::TableGetColumnWidthAuto(o.table, c));
    if (c->WidthRequest < grown) c->WidthRequest = grown;
    if (key) o.keyMask |= ImU64(1) << (o.table->DeclColumnsCount - 1);
    o.columns.push_back({true, std::max(grown, c->WidthRequest), 0.0f});
}

float smallButtonWidth(const char* label) {
    return visibleTextWidth(label) + ImGui::GetStyle().FramePadding.x * 2.0f;
}

}  // namespace

bool beginListTable(const char* id, int columns, ImGuiTableFlags extra, ImVec2 size) {
    const ImGuiID tableId = ImGui::GetID(id);
    const float avail = ImGui::GetContentRegionAvail().x;
    const float need = neededWidths()[tableId];
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_Resizable |
                            ImGuiTableFlags_SizingStretchProp | extra;
    const bool scrolls = (flags & ImGuiTableFlags_ScrollY) != 0;
    float inner = 0.0f;
    if (scrolls) {
        // Own scroll area: scroll sideways inside it. Stretch columns need an inner width with ScrollX.
        flags |= ImGuiTableFlags_ScrollX;
        const float outerW = size.x > 0 ? size.x : avail;
        inner = std::max(need, outerW - ImGui::GetStyle().ScrollbarSize - 2.0f);
    } else if (need > avail) {
        size.x = need;  // the page scrolls sideways
    }
    if (!ImGui::BeginTable(id, columns, flags, size, std::max(inner, 0.0f))) return false;
    OpenTable o;
    o.table = ImGui::GetCurrentTable();
    o.scrolls = scrolls;
    openTables().push_back(o);
    return true;
}

void endListTable() {
    OpenTable o = openTables().back();
    openTables().pop_back();
    widgetMapSetKeyColumns(o.table->ID, o.keyMask);
    const ImGuiStyle& st = ImGui::GetStyle();
    float fixed = 0.0f, weights = 0.0f, stretchSpace = 0.0f;
    for (const ColumnNeed& c : o.columns) {
        fixed += st.CellPadding.x * 2.0f + 1.0f;
        if (c.fixed) fixed += c.minWidth;
        else weights += c.weight;
    }
    // Stretch columns share the rest by weight; each must still get its minimum.
    for (const ColumnNeed& c : o.columns)
        if (!c.fixed && c.weight > 0) stretchSpace = std::max(stretchSpace, c.minWidth * weights / c.weight);
    float need = fixed + stretchSpace + 2.0f;
    if (o.scrolls) need += st.ScrollbarSize;
    neededWidths()[o.table->ID] = need;
    ImGui::EndTable();
}

void keyColumn(const char* label, const char* sample, ImGuiTableColumnFlags flags) {
    addFixed(label, visibleTextWidth(sample), flags, true);
}

void keyColumnWidth(const char* label, float minWidth, ImGuiTableColumnFlags flags) {
    addFixed(label, minWidth, flags, true);
}

void fixedColumn(const char* label, const char* sample, ImGuiTableColumnFlags flags) {
    addFixed(label, visibleTextWidth(sample), flags, false);
}

void stretchColumn(const char* label, float weight, float minWidth, ImGuiTableColumnFlags flags) {
    OpenTable& o = openTables().back();
    ImGui::TableSetupColumn(label, ImGuiTableColumnFlags_WidthStretch | flags, weight);
    const float header = (flags & ImGuiTableColumnFlags_NoHeaderWidth) ? 0.0f : visibleTextWidth(label);
    o.columns.push_back({false, std::max(minWidth > 0 ? minWidth : header, 24.0f), weight});
}

void actionsColumn(const char* label, const std::vector<const char*>& firstActions,
                   const std::vector<const char*>& allActions) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    float first = 0.0f, all = 0.0f;
    for (const char* a : firstActions) first = std::max(first, smallButtonWidth(a));
    for (const char* a : allActions) all += smallButtonWidth(a) + spacing;
    const float narrow = first + spacing + smallButtonWidth("\u2026");
    const float page = openTables().back().table->OuterRect.GetWidth();
    const float w = all - spacing <= page * 0.25f ? std::max(all - spacing, narrow) : narrow;
    OpenTable& o = openTables().back();
    ImGui::TableSetupColumn(label, ImGuiTableColumnFlags_WidthFixed, w);
    ImGuiTableColumn* c = lastDeclaredColumn();
    c->WidthRequest = w;  // follows the page width, not the content
    o.keyMask |= ImU64(1) << (o.table->DeclColumnsCount - 1);
    o.columns.push_back({true, w, 0.0f});
}

// Widest label of each label | value table, by table id: this frame's column width comes from last frame's.
std::unordered_map<ImGuiID, float>& labelWidths() {
    static std::unordered_map<ImGuiID, float> s;
    return s;
}

void labelColumn(float minWidth, float share) {
    ImGuiTable* t = ImGui::GetCurrentTable();
    const float widest = labelWidths()[t->ID];
    const float cap = std::max(minWidth, t->OuterRect.GetWidth() * share);
    const float w = std::min(std::max(widest, minWidth), cap);
    // Not resizable: a fixed column takes its declared width every frame.
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, w);
    widgetMapSetKeyColumns(t->ID, ImU64(1) << (t->DeclColumnsCount - 1));
    labelWidths()[t->ID] = 0.0f;  // measured again while the rows are drawn
}

void labelText(const std::string& s, float extra) {
    if (ImGuiTable* t = ImGui::GetCurrentTable()) {
        float& widest = labelWidths()[t->ID];
        widest = std::max(widest, ImGui::CalcTextSize(s.c_str()).x + extra);
    }
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.c_str());
    widgetMapNoteText(s.c_str());
    ImGui::PopTextWrapPos();
}

void listHeaders(int frozenColumns) {
    if (openTables().back().scrolls) ImGui::TableSetupScrollFreeze(frozenColumns, 1);
    ImGui::TableHeadersRow();
}

void keyText(const std::string& s) {
    ImGui::TextUnformatted(s.c_str());
    widgetMapNoteText(s.c_str());
    tooltipIfClipped(s.c_str());
}

void tooltipIfClipped(const char* full) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiTable* t = g.CurrentTable;
    if (!t || g.CurrentWindow != t->InnerWindow || t->CurrentColumn < 0) return;
    const ImGuiTableColumn& c = t->Columns[t->CurrentColumn];
    if (g.LastItemData.Rect.Max.x <= c.MaxX + 0.5f) return;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", full);
}

RowActions::RowActions(std::vector<std::string> labels) : m_labels(std::move(labels)) {
    float total = 0.0f;
    for (const std::string& l : m_labels) total += smallButtonWidth(l.c_str());
    total += ImGui::GetStyle().ItemSpacing.x * static_cast<float>(m_labels.empty() ? 0 : m_labels.size() - 1);
    m_inline = m_labels.size() <= 1 || total <= ImGui::GetContentRegionAvail().x + 0.5f;
}

bool RowActions::item(const std::string& label) {
    const int index = m_drawn++;
    if (m_inline || index == 0) {
        if (index > 0) ImGui::SameLine();
        return ImGui::SmallButton(label.c_str());
    }
    if (!m_menuStarted) {
        m_menuStarted = true;
        ImGui::SameLine();
        // U+2026: the UI font subset has no U+22EF.
        if (ImGui::SmallButton("\u2026##more")) ImGui::OpenPopup("##rowmore");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("More actions"));
        m_menuOpen = ImGui::BeginPopup("##rowmore");
    }
    return m_menuOpen && ImGui::MenuItem(label.c_str());
}

void RowActions::end() {
    if (m_menuOpen) ImGui::EndPopup();
    m_menuOpen = false;
}

}  // namespace prm::ui
