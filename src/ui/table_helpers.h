#pragma once
// Every list table in src/ui goes through these helpers, so lists share one behaviour:
// - resizable columns, alternate row colours, inner borders;
// - key columns (number, name, first action) are fixed-width and grow to their widest content, so
//   they never clip; other columns stretch but keep a minimum width (their header by default);
// - when the page is narrower than the table needs, the table keeps its width and scrolls sideways
//   (inside the table when it has its own height, otherwise the page scrolls);
// - a cell whose text is clipped shows the full text in a tooltip (ui::text() and ui::link() do it);
// - row actions: the first action is a button, the rest follow as buttons when they fit the column
//   and go into a "⋯" menu when they do not.
#include <string>
#include <vector>

#include "imgui.h"

namespace prm::ui {

// BeginTable with the list flags; `extra` adds flags (ScrollY, Sortable...). A table given a height
// scrolls both ways; one without grows to its rows and widens the page when it needs more room.
// Only call endListTable() if beginListTable() returns true!
bool beginListTable(const char* id, int columns, ImGuiTableFlags extra = 0, ImVec2 size = ImVec2(0, 0));
void endListTable();

// A key column: never narrower than `sample` (e.g. "L-000000") nor than its widest cell last frame.
void keyColumn(const char* label, const char* sample = nullptr, ImGuiTableColumnFlags flags = 0);
// A key column at least `minWidth` pixels wide (content width, without cell padding).
void keyColumnWidth(const char* label, float minWidth, ImGuiTableColumnFlags flags = 0);
// A stretching column sharing the rest by `weight`, never narrower than `minWidth` (0: its header).
void stretchColumn(const char* label, float weight = 1.0f, float minWidth = 0.0f, ImGuiTableColumnFlags flags = 0);
// The row-actions column, a fixed key column: wide enough for `allActions` (labels of the longest row)
// when that takes at most a quarter of the page, else for the widest first action plus the "…" menu
// button, so RowActions always shows the first action whole.
void actionsColumn(const char* label, const std::vector<const char*>& firstActions,
                   const std::vector<const char*>& allActions);
// A fixed column of exactly the width of `sample` (dates, check marks).
void fixedColumn(const char* label, const char* sample, ImGuiTableColumnFlags flags = 0);
// The label column of a "label | value" table (record pages, forms): as wide as its widest label
// (measured last frame), at most `share` of the width, at least `minWidth`. A key column: labels
// drawn with labelText() wrap at its edge instead of clipping.
void labelColumn(float minWidth, float share = 0.45f);
// `extra`: room for what follows the label on its line (a required field's red "*").
void labelText(const std::string& s, float extra = 0.0f);
// Header row. A table that scrolls keeps its header and its first `frozenColumns` columns in view.
void listHeaders(int frozenColumns = 1);

// Single-line text for a key cell (numbers, names): not wrapped; a tooltip shows it when clipped.
void keyText(const std::string& s);
// Shows `full` in a tooltip when the last item is hovered and runs past the right edge of its cell.
void tooltipIfClipped(const char* full);

// Row actions in one cell. Declare all the row's labels first, then ask each: draws the first as a
// button, the others as buttons if all fit, otherwise in a "⋯" menu. Call end() once.
class RowActions {
public:
    explicit RowActions(std::vector<std::string> labels);
    // True when the action with this label (one of the declared ones) was chosen this frame.
    bool item(const std::string& label);
    void end();

private:
    std::vector<std::string> m_labels;
    bool m_inline = true;
    bool m_menuStarted = false;
    bool m_menuOpen = false;
    int m_drawn = 0;
};

}  // namespace prm::ui
