// Setup > Administer > Data Management > Data Import Wizard (also "Import" on the Leads, Accounts and
// Contacts lists), plus the "Import" / "Export" buttons those lists share.
// [SECTION] index
//  - ImportState: the chosen object, the picked file, the plan, the dry run and the result
//  - the steps: object, "Choose CSV File", mapping table + problems, options, preview, "Check rows",
//    "Import" (the only step that writes), then the result with the error / success files
//  - drawListDataButtons: "Import" opens the wizard for the list's object; "Export" downloads what
//    the current user may see as CSV (data_export)
// Reads through app::data_import / app::data_export only; nothing is written before "Import".
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/data/csv.h"
#include "app/data/data_export.h"
#include "app/data/data_import.h"
#include "app/training/training.h"
#include "imgui.h"
#include "ui/keyboard.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/training/training_views.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

namespace di = app::data_import;

struct ImportState {
    std::uint64_t seen = 0;
    di::Object object = di::Object::Lead;
    // The file: kept so a change of object maps it again.
    std::string fileName;
    std::string fileBytes;
    std::string fileError;  // shown in red beside "Choose CSV File"; the plan is unchanged
    std::optional<di::Plan> plan;
    std::string mappingError;
    di::Options options;
    std::optional<di::Outcome> check;  // the dry run ("Check rows")
    std::string checkError;
    std::optional<di::Outcome> result;  // the import
    std::string runError;
    std::string fileMessage;  // after a download of a result file
    // A picked file arrives through the platform's callback; it is taken in on the next frame.
    bool pending = false;
    std::string pendingName, pendingBytes;
    std::size_t pendingSize = 0;
};

// The lists' "Export" failures, by object (0 Lead, 1 Account, 2 Contact).
struct ListExportErrors {
    std::map<int, std::string> byObject;
    bool neutraliseFormulas = true;  // the export's "Escape formulas" checkbox (data_export::Options)
};

const char* objectLabel(di::Object o) {
    switch (o) {
        case di::Object::Lead: return tr("Lead");
        case di::Object::Account: return tr("Account");
        case di::Object::Contact: return tr("Contact");
    }
    return "";
}
// The start of a result file's name (leads-errors.csv): a file name, not translated.
const char* objectPlural(di::Object o) {
    switch (o) {
        case di::Object::Lead: return "leads";  // notr: a file name
        case di::Object::Account: return "accounts";  // notr
        case di::Object::Contact: return "contacts";  // notr
    }
    return "records";  // notr
}

void resetResults(ImportState& s) {
    s.check.reset();
    s.checkError.clear();
    s.result.reset();
    s.runError.clear();
    s.fileMessage.clear();
    s.mappingError.clear();
}

void loadFile(ImportState& s, const std::string& name, const std::string& bytes) {
    auto plan = di::load(s.object, bytes);
    if (!plan) {
        s.fileError = "'" + name + "': " + plan.message();
        return;
    }
    s.fileError.clear();
    s.fileName = name;
    s.fileBytes = bytes;
    s.plan = std::move(plan).value();
    resetResults(s);
}

void takePending(ImportState& s) {
    if (!s.pending) return;
    s.pending = false;
    const std::string name = std::move(s.pendingName);
    const std::string bytes = std::move(s.pendingBytes);
    if (s.pendingSize > app::csv::kMaxFileBytes || (bytes.empty() && s.pendingSize > 0)) {
        s.fileError = app::csv::sizeProblem(s.pendingSize, "'" + name + "'");
        if (s.fileError.empty()) s.fileError = trf("'{0}' could not be read; pick it again", {name});
        return;
    }
    loadFile(s, name, bytes);
}

std::string fieldChoiceLabel(const di::FieldInfo& f) {
    return f.label + " (" + f.apiName + ")" + (f.required ? " *" : "");
}

void drawMapping(ImportState& s) {
    di::Plan& plan = *s.plan;
    const auto& fields = di::fields(plan.object);
    const int cols = static_cast<int>(plan.table.header.size());
    text(plan.object == di::Object::Lead      ? tr("Map the CSV columns to Lead fields (* required):")
         : plan.object == di::Object::Account ? tr("Map the CSV columns to Account fields (* required):")
                                              : tr("Map the CSV columns to Contact fields (* required):"));
    if (beginListTable("mapping", 3, 0, ImVec2(0, tableHeight(cols, 12)))) {
        keyColumn(tr("CSV column"));
        stretchColumn(tr("First row"), 1.4f);
        stretchColumn(tr("Field"), 1.8f);
        listHeaders();
        for (int c = 0; c < cols; ++c) {
            ImGui::PushID(c);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();  // level with the combo in the last cell
            keyText(plan.table.header[static_cast<std::size_t>(c)]);
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            if (!plan.table.rows.empty() && static_cast<std::size_t>(c) < plan.table.rows.front().fields.size())
                cellText(plan.table.rows.front().fields[static_cast<std::size_t>(c)]);
            ImGui::TableNextColumn();
            const di::ColumnMap& m = plan.columns[static_cast<std::size_t>(c)];
            std::string current = tr("(ignore)");
            if (!m.ignore) {
                const di::FieldInfo* f = m.field.empty() ? nullptr : di::findField(plan.object, m.field);
                current = f ? fieldChoiceLabel(*f) : std::string(tr("(no matching field: pick one)"));
            }
            ImGui::SetNextItemWidth(-1);
            const std::string comboId = current + "###map" + std::to_string(c);
            if (ImGui::BeginCombo(comboId.c_str(), current.c_str())) {
                auto pick = [&](const std::string& field) {
                    if (auto st = di::setColumn(plan, c, field); !st) s.mappingError = st.message();
                    else s.mappingError.clear();
                    s.check.reset();
                    s.result.reset();
                };
                if (ImGui::Selectable(tr("(ignore)"), m.ignore)) pick("");
                for (const auto& f : fields) {
                    const std::string l = fieldChoiceLabel(f);
                    if (ImGui::Selectable(l.c_str(), !m.ignore && m.field == f.apiName)) pick(f.apiName);
                }
                ImGui::EndCombo();
            }
            ImGui::PopID();
        }
        endListTable();
    }
    if (!s.mappingError.empty()) errorText(s.mappingError);
}

void drawPreview(ImportState& s) {
    const auto rows = di::mappedRows(*s.plan, 20);
    const std::size_t total = s.plan->table.rows.size();
    text(trf("Preview ({0} of {1}, as mapped):",
             {fmtInt(static_cast<long long>(std::min<std::size_t>(20, total))), countText(static_cast<long long>(total), "row", "rows")}));
    if (rows.empty() || rows.front().empty()) {
        hint(tr("No column is mapped yet."));
        return;
    }
    const auto& head = rows.front();
    const int n = static_cast<int>(std::min<std::size_t>(head.size(), 60));
    if (beginListTable("preview", n, ImGuiTableFlags_ScrollY, ImVec2(0, tableHeight(static_cast<int>(rows.size()), 8)))) {
        for (int i = 0; i < n; ++i) fixedColumn(head[static_cast<std::size_t>(i)].first.c_str(), nullptr);
        listHeaders();
        for (const auto& r : rows) {
            ImGui::TableNextRow();
            for (int i = 0; i < n; ++i) {
                ImGui::TableNextColumn();
                if (static_cast<std::size_t>(i) < r.size()) text(r[static_cast<std::size_t>(i)].second);
            }
        }
        endListTable();
    }
}

// Per-row results of a dry run or an import: the failed rows (all of them), then a count of the good ones.
void drawRowResults(const di::Outcome& o, const char* id) {
    std::vector<const di::RowResult*> failed;
    for (const auto& r : o.rows)
        if (!r.ok) failed.push_back(&r);
    if (failed.empty()) return;
    if (beginListTable(id, 3, ImGuiTableFlags_ScrollY, ImVec2(0, tableHeight(static_cast<int>(failed.size()), 8)))) {
        keyColumnWidth(tr("Row"), 50.0f);
        keyColumnWidth(tr("Column"), 120.0f);
        stretchColumn(tr("Why it fails"), 1.0f);
        listHeaders();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(failed.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const auto& r = *failed[static_cast<std::size_t>(i)];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                text(fmtInt(static_cast<long long>(r.row)));
                ImGui::TableNextColumn();
                text(r.column);
                ImGui::TableNextColumn();
                ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(190, 30, 30, 255));
                cellText(r.error);
                ImGui::PopStyleColor();
            }
        }
        endListTable();
    }
}

void drawResult(UiContext& ui, ImportState& s) {
    const di::Outcome& o = *s.result;
    ImGui::SetWindowFontScale(1.15f);
    const std::string counts = trf("{0} succeeded, {1} failed", {fmtInt(static_cast<long long>(o.succeeded)), fmtInt(static_cast<long long>(o.failed))});
    if (o.failed == 0) okText(counts);
    else if (o.succeeded == 0) errorText(counts);
    else textColored(IM_COL32(150, 90, 0, 255), counts);
    ImGui::SetWindowFontScale(1.0f);
    if (!o.message.empty()) hint(o.message);
    drawUndoBanner(ui);
    const std::string base = objectPlural(s.plan->object);
    if (ui.platform.download) {
        ImGui::BeginDisabled(o.failed == 0);
        if (ImGui::Button(tr("Download error file"))) {
            const std::string name = base + "-errors.csv";  // notr: a file name
            ui.platform.download(name, "text/csv", di::errorCsv(*s.plan, o));
            s.fileMessage = trf("Downloaded {0}", {name});
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(o.succeeded == 0);
        if (ImGui::Button(tr("Download success file"))) {
            const std::string name = base + "-success.csv";  // notr: a file name
            ui.platform.download(name, "text/csv", di::successCsv(*s.plan, o));
            s.fileMessage = trf("Downloaded {0}", {name});
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
    }
    const Screen list = s.plan->object == di::Object::Lead      ? Screen::Leads
                        : s.plan->object == di::Object::Account ? Screen::Accounts
                                                                : Screen::Contacts;
    const std::string viewLabel = std::string(s.plan->object == di::Object::Lead      ? tr("View leads")
                                              : s.plan->object == di::Object::Account ? tr("View accounts")
                                                                                      : tr("View contacts")) +
                                  "###viewlist";
    if (ImGui::Button(viewLabel.c_str())) ui.nav.go(list);
    ImGui::SameLine();
    if (ImGui::Button(tr("Import another file"))) {
        s.plan.reset();
        s.fileName.clear();
        s.fileBytes.clear();
        resetResults(s);
    }
    if (!s.fileMessage.empty()) okText(s.fileMessage);
    drawRowResults(o, "importrows");
}

}  // namespace

void drawDataImportView(UiContext& ui) {
    ImportState& s = ui.page<ImportState>();
    if (ui.nav.entered(s.seen)) {
        // From a list's "Import": that list's object, a fresh start. From Setup: as it was left, unless done.
        if (ui.nav.record >= 1 && ui.nav.record <= 3) {
            s = ImportState{};
            s.seen = ui.nav.visit;
            s.object = static_cast<di::Object>(ui.nav.record - 1);
        } else if (s.result) {
            const auto seen = s.seen;
            const auto object = s.object;
            s = ImportState{};
            s.seen = seen;
            s.object = object;
        }
    }
    takePending(s);

    heading(tr("Data Import Wizard"));
    hint(tr("Import leads, accounts or contacts from a CSV file (UTF-8, a header row of field names, as Data Loader "
            "writes them). Nothing is saved until you click \"Import\"."));
    ImGui::Spacing();

    // Step 1: the object.
    text(tr("1. What are you importing?"));
    ImGui::BeginDisabled(s.result.has_value());
    const di::Object objects[] = {di::Object::Lead, di::Object::Account, di::Object::Contact};
    for (di::Object o : objects) {
        ImGui::SameLine();
        if (ImGui::RadioButton(objectLabel(o), s.object == o) && s.object != o) {
            s.object = o;
            if (s.plan) loadFile(s, s.fileName, s.fileBytes);  // map the same file to the other object
        }
    }
    ImGui::EndDisabled();

    // Step 2: the file.
    text(tr("2. The CSV file:"));
    ImGui::SameLine();
    ImGui::BeginDisabled(!ui.platform.upload || s.result.has_value());
    if (ImGui::Button(tr("Choose CSV File"))) {
        // The file arrives later: the callback finds this page's state then (it may have been replaced).
        UiContext* uip = &ui;
        ui.platform.upload(".csv,text/csv", [uip](std::string name, std::string bytes, std::size_t size) {
            ImportState* sp = &uip->page<ImportState>();
            sp->pendingName = std::move(name);
            sp->pendingBytes = std::move(bytes);
            sp->pendingSize = size;
            sp->pending = true;
        });
    }
    ImGui::EndDisabled();
    if (s.plan) {
        ImGui::SameLine();
        text(s.fileName + " (" + countText(static_cast<long long>(s.plan->table.rows.size()), "row", "rows") + ")");
    } else if (!ui.platform.upload) {
        ImGui::SameLine();
        hint(tr("File upload is not available here."));
    }
    if (!s.fileError.empty())
        errorText(s.plan ? trf("{0} (the file chosen before is still the one used)", {s.fileError}) : s.fileError);
    if (!s.plan) {
        hint(tr("Limit: 512 MB per file. Required columns: Lead: LastName, Company; Account: Name; Contact: LastName."));
        return;
    }
    ImGui::Separator();
    if (s.result) {  // done: the result first, the mapping no longer matters
        text(tr("3. Result"));
        drawResult(ui, s);
        return;
    }

    // Step 3: the mapping.
    text(tr("3. Field mapping"));
    ImGui::BeginDisabled(s.result.has_value());
    drawMapping(s);
    ImGui::EndDisabled();
    const auto problems = di::mappingProblems(*s.plan);
    for (const auto& p : problems) errorText(p);

    // Step 4: options and the dry run.
    ImGui::BeginDisabled(s.result.has_value());
    if (s.plan->object == di::Object::Lead) {
        if (ImGui::Checkbox(tr("Assign using active assignment rule"), &s.options.useAssignmentRules)) s.check.reset();
        ImGui::SameLine();
    } else {
        s.options.useAssignmentRules = false;
    }
    if (ImGui::Checkbox(tr("All or none (any failed row: nothing is imported)"), &s.options.allOrNone)) s.check.reset();
    ImGui::EndDisabled();
    drawPreview(s);

    {
        ImGui::BeginDisabled(!problems.empty());
        if (ImGui::Button(tr("Check rows"))) {
            auto r = di::preview(ui.sandbox, *s.plan, s.options);
            if (r) {
                s.check = std::move(r).value();
                s.checkError.clear();
            } else {
                s.check.reset();
                s.checkError = r.message();
            }
        }
        ImGui::SameLine();
        if (primaryButton(tr("Import"))) {
            // The org before the import is kept for Undo (ui/training/undo_view.cpp).
            const std::string undoLabel = s.plan->object == di::Object::Lead      ? trf("Import leads from {0}", {s.fileName})
                                          : s.plan->object == di::Object::Account ? trf("Import accounts from {0}", {s.fileName})
                                                                                  : trf("Import contacts from {0}", {s.fileName});
            auto point = app::training::takeUndoPoint(ui.sandbox, undoLabel);
            auto r = di::run(ui.sandbox, *s.plan, s.options);
            if (r) {
                s.result = std::move(r).value();
                s.runError.clear();
                s.check.reset();
                ui.invalidate();  // the lists show the new records
            } else {
                s.runError = r.message();
            }
            if (point && r && s.result->succeeded > 0) offerUndo(ui, point.value(), undoLabel);
            else if (point) app::training::dropUndoPoint(ui.sandbox, point.value());
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        hint(problems.empty() ? tr("\"Check rows\" tries every row without saving; \"Import\" saves.")
                              : tr("Fix the mapping problems above first."));
        if (!s.checkError.empty()) errorText(s.checkError);
        if (!s.runError.empty()) errorText(s.runError);
        if (s.check) {
            const std::string line = trf("Check: {0} would be imported, {1} would fail. Nothing was saved.",
                                         {countText(static_cast<long long>(s.check->succeeded), "row", "rows"),
                                          fmtInt(static_cast<long long>(s.check->failed))});
            if (s.check->failed == 0) okText(line);
            else textColored(IM_COL32(150, 90, 0, 255), line);
            drawRowResults(*s.check, "checkrows");
        }
    }
}

void drawListDataButtons(UiContext& ui, int object) {
    ListExportErrors& page = ui.page<ListExportErrors>();
    std::map<int, std::string>& errors = page.byObject;
    const di::Object o = static_cast<di::Object>(std::clamp(object, 0, 2));
    ImGui::PushID(object);
    if (ImGui::Button(tr("Import"))) ui.nav.go(Screen::DataImport, static_cast<Id>(object) + 1);
    ImGui::SameLine();
    ImGui::BeginDisabled(!ui.platform.download);
    if (ImGui::Button(tr("Export"))) {
        app::data_export::Options opts;
        opts.neutraliseFormulas = page.neutraliseFormulas;
        auto f = app::data_export::exportList(ui.sandbox.db(), di::toString(o), ui.sandbox.currentUser(), opts);
        if (f) {
            errors.erase(object);
            ui.platform.download(f.value().filename, "text/csv", f.value().content);
            const long long rows = static_cast<long long>(f.value().rows);
            const std::string what = o == di::Object::Lead      ? countText(rows, "lead", "leads")
                                     : o == di::Object::Account ? countText(rows, "account", "accounts")
                                                                : countText(rows, "contact", "contacts");
            ui.toast(trf("Exported {0} to {1}", {what, f.value().filename}));
        } else {
            errors[object] = f.message();
        }
    }
    ImGui::SameLine();
    ImGui::Checkbox(tr("Escape formulas"), &page.neutraliseFormulas);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr("Text beginning with = + - @ gets a leading ' so a spreadsheet does not run it as a formula; "
                                   "importing the file takes the ' off again. Untick to export the values as they are."));
    ImGui::EndDisabled();
    ImGui::PopID();
    auto it = errors.find(object);
    if (it != errors.end()) {
        ImGui::SameLine();
        errorText(trf("Export failed: {0}", {it->second}));
    }
}

}  // namespace prm::ui
