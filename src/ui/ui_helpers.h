#pragma once
// Helpers shared by views: dates, form rows, tables, record-page layout. Text goes through widgets.h,
// so it lands in the widget map too.
#include <optional>
#include <string>
#include <vector>

#include "domain/types.h"
#include "imgui.h"
#include "ui/ui_context.h"

namespace prm::ui {

// Local time in the UI language ("2026-01-01 14:05", Finnish "1.1.2026 klo 14.05"); `never` (an English
// key, marked N_ at the call, translated here) when unset.
std::string formatTime(domain::TimeMs t);
std::string formatTime(const std::optional<domain::TimeMs>& t, const char* never);

// List tables: see ui/table_helpers.h (beginListTable and the column helpers).
// Height for a scrolling table: fits `rows` rows, at most `maxRows`, at least 2.
float tableHeight(int rows, int maxRows = 14);

// Labels of fieldRow, formInput, formLabel and formText are English keys marked N_("...") at the call:
// they are translated here (formInput keeps the English key as the field's ImGui id). Never pass tr().
// A two-column "label | value" block for record pages; `labelWidth` is the label column's least
// width, it grows to the widest label (labels wrap when the page is narrow). Call fieldRow() between begin and end.
bool beginFields(const char* id, float labelWidth = 190.0f);
void fieldRow(const char* label, const std::string& value);
void endFields();

// Text in a table cell, wrapped at the column's edge.
void cellText(const std::string& s);
// A fixed-width column that fits a formatTime() date (in the UI language).
void dateColumn(const char* label);

// A read-only value on a form, wrapped.
void formText(const char* label, const std::string& value);
// A labelled text input on a form (label left, field right). Returns true when edited.
bool formInput(const char* label, std::string* value, int flags = 0);
// Label cell for a custom control on a form; the next widget takes the value column.
void formLabel(const char* label);
// The same for a required field: the label with a red "*"; requiredLegend() above the form explains it.
void formRequiredLabel(const char* label);
bool formRequiredInput(const char* label, std::string* value, int flags = 0);
// A form row under a field with the form's own refusal of it (red), e.g. an empty required field; none
// when `message` is empty.
void formError(const std::string& message);
// "* Required" in red, above a form that has required fields.
void requiredLegend();

// The buttons of a record form (Dynamics style): Save keeps you on the saved record, Save & Close
// returns to the list, Save & New opens an empty form; Cancel leaves without saving. Enter is Save.
enum class SaveAction { None, Save, SaveAndClose, SaveAndNew, Cancel };
SaveAction saveButtons();
bool beginForm(const char* id);
void endForm();

// A combo over (id, name) choices; `current` changes on pick. Returns true when picked.
bool idCombo(const char* label, domain::Id* current, const std::vector<std::pair<domain::Id, std::string>>& choices,
             const char* none = nullptr);

// Clickable record name in a table cell: a link that goes to `screen` for `id`.
void recordLink(UiContext& ui, const std::string& name, Screen screen, domain::Id id);

// An empty list: one line telling the user what to do.
void emptyHint(const std::string& s);

// A section heading on a record page: the title through tr(), a little larger.
void section(const char* title);

// True when s is empty or only white space (a required field left blank).
bool blank(const std::string& s);

}  // namespace prm::ui
