// Setup > Administer > Data Management > Sandbox File: the whole org as a .sqlite file or as JSON.
// Download; upload / import are checked completely before anything is replaced (sqlite_file,
// org_json), then confirmed; the replaced org is kept as a sandbox copy (or offered as a file).
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "app/data/csv.h"
#include "app/data/org_json.h"
#include "app/data/sqlite_file.h"
#include "app/session_queries.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

enum class Kind { Sqlite, Json };

struct FileState {
    // The picked file, taken in on the next frame.
    bool pending = false;
    Kind pendingKind = Kind::Sqlite;
    std::string pendingName, pendingBytes;
    std::size_t pendingSize = 0;
    // A checked org waiting for "Replace the org".
    std::unique_ptr<store::Db> candidate;
    std::string candidateName;
    Kind candidateKind = Kind::Sqlite;
    // Messages beside their controls.
    std::string downloadMsg, jsonExportMsg;
    bool jsonExportRefused = false;  // jsonExportMsg is a refusal (too large to import again)
    std::string sqliteError, jsonError;  // a refused file: why; the org is unchanged
    std::string replaced;                // the last replacement's message
    std::vector<unsigned char> previous;  // the replaced org, when it could not be kept as a copy
};

// The page tells about the org it replaced, so its state outlives the swap.
FileState& state(UiContext& ui) { return ui.pageAcrossOrgs<FileState>(); }

std::string kb(std::size_t n) {
    return trf("{0} KB", {fmtNumber(static_cast<double>(n) / 1024.0, 1)});
}

void takePending(FileState& s) {
    if (!s.pending) return;
    s.pending = false;
    const std::string name = std::move(s.pendingName);
    const std::string bytes = std::move(s.pendingBytes);
    std::string& err = s.pendingKind == Kind::Sqlite ? s.sqliteError : s.jsonError;
    s.replaced.clear();
    s.candidate.reset();
    const bool sqlite = s.pendingKind == Kind::Sqlite;
    if (s.pendingSize > (sqlite ? app::csv::kMaxOrgFileBytes : app::csv::kMaxFileBytes) || (bytes.empty() && s.pendingSize > 0)) {
        err = sqlite ? app::csv::orgSizeProblem(s.pendingSize, "'" + name + "'") : app::csv::sizeProblem(s.pendingSize, "'" + name + "'");
        if (err.empty())
            err = trf("'{0}' could not be read into this browser tab's memory; pick it again, or open a file this big "
                      "with the prm tool",
                      {name});
        err = trf("{0}. The org was not changed.", {err});
        return;
    }
    if (s.pendingKind == Kind::Sqlite) {
        auto db = app::sqlite_file::openValidated(app::sqlite_file::Bytes(bytes.begin(), bytes.end()));
        if (!db) {
            err = trf("'{0}': {1}. The org was not changed.", {name, db.message()});
            return;
        }
        s.candidate = std::move(db).value();
    } else {
        auto db = app::org_json::buildFromText(bytes);
        if (!db) {
            err = trf("'{0}': {1}. The org was not changed.", {name, db.message()});
            return;
        }
        s.candidate = std::move(db).value();
    }
    err.clear();
    s.candidateName = name;
    s.candidateKind = s.pendingKind;
}

void pick(UiContext& ui, Kind kind, const char* accept) {
    UiContext* uip = &ui;
    ui.platform.upload(accept, [uip, kind](std::string name, std::string bytes, std::size_t size) {
        FileState* sp = &state(*uip);
        sp->pendingName = std::move(name);
        sp->pendingBytes = std::move(bytes);
        sp->pendingSize = size;
        sp->pendingKind = kind;
        sp->pending = true;
    });
}

void drawConfirm(UiContext& ui, FileState& s) {
    if (!s.candidate) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 246, 224, 255));
    ImGui::BeginChild("confirmreplace", ImVec2(0, ImGui::GetFrameHeightWithSpacing() * 3.6f), true);
    std::string org = app::orgNameIn(*s.candidate);
    if (org.empty()) org = "?";
    text(trf("'{0}' is a valid org: '{1}'. Replace the current org with it?", {s.candidateName, org}));
    hint(tr("The current org is kept as a sandbox copy first, so you can go back to it."));
    if (ImGui::Button(tr("Replace the org"))) {
        auto r = app::sqlite_file::install(ui.sandbox, *s.candidate);
        std::string& err = s.candidateKind == Kind::Sqlite ? s.sqliteError : s.jsonError;
        if (r) {
            s.replaced = r.value().message;
            s.previous = r.value().snapshotName.empty() ? std::move(r.value().previous) : std::vector<unsigned char>{};
            err.clear();
            // Recorded in the new org's audit trail; the commit also makes the platform save it.
            (void)ui.sandbox.executeInternal(
                {{"cmd", "NoteOrgRestored"}, {"what", "Replaced the org with the file '" + s.candidateName + "'"}});  // notr: audit text
            ui.orgReplaced();
        } else {
            err = r.message();
        }
        s.candidate.reset();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) s.candidate.reset();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace

void drawSandboxFileView(UiContext& ui) {
    FileState& s = state(ui);
    takePending(s);
    heading(tr("Sandbox File"));
    hint(tr("The whole org as one file: a .sqlite database (opens in the sqlite3 shell) or JSON. An uploaded file is "
            "checked completely before it replaces anything; a file that fails the check changes nothing. "
            "Limit: 1024 MB for a .sqlite file, 512 MB for JSON."));
    if (!s.replaced.empty()) {
        okText(s.replaced);
        if (!s.previous.empty() && ui.platform.download) {
            if (ImGui::Button(tr("Download the replaced org (.sqlite)")))
                ui.platform.download("prm-sandbox-replaced.sqlite", "application/vnd.sqlite3",  // notr
                                     std::string(s.previous.begin(), s.previous.end()));
        }
    }
    ImGui::Spacing();

    ImGui::SetWindowFontScale(1.1f);
    text(tr("SQLite file"));
    ImGui::SetWindowFontScale(1.0f);
    ImGui::BeginDisabled(!ui.platform.download);
    if (ImGui::Button(tr("Download sandbox (.sqlite)"))) {
        const auto bytes = app::sqlite_file::download(ui.sandbox);
        if (bytes.empty()) {
            s.downloadMsg.clear();
            s.sqliteError = tr("The org could not be copied into a file; try again.");
        } else {
            ui.platform.download("prm-sandbox.sqlite", "application/vnd.sqlite3", std::string(bytes.begin(), bytes.end()));
            s.downloadMsg = trf("Downloaded {0} ({1})", {"prm-sandbox.sqlite", kb(bytes.size())});  // notr: the file name
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!ui.platform.upload || s.candidate != nullptr);
    if (ImGui::Button(tr("Upload sandbox (.sqlite)"))) pick(ui, Kind::Sqlite, ".sqlite,.sqlite3,.db,application/vnd.sqlite3,application/x-sqlite3");
    ImGui::EndDisabled();
    if (!s.downloadMsg.empty()) okText(s.downloadMsg);
    if (!s.sqliteError.empty()) errorText(s.sqliteError);
    if (s.candidate && s.candidateKind == Kind::Sqlite) drawConfirm(ui, s);
    ImGui::Spacing();
    ImGui::Separator();

    ImGui::SetWindowFontScale(1.1f);
    text(tr("JSON"));
    ImGui::SetWindowFontScale(1.0f);
    ImGui::BeginDisabled(!ui.platform.download);
    if (ImGui::Button(tr("Export org as JSON"))) {
        const std::string json = app::org_json::exportOrgText(ui.sandbox.db());
        // What the sandbox writes, it reads back: a JSON file over the import limit is not offered.
        s.jsonExportRefused = false;
        if (auto p = app::csv::jsonExportSizeProblem(json.size()); !p.empty()) {
            s.jsonExportMsg = p;
            s.jsonExportRefused = true;
        } else {
            ui.platform.download("prm-org.json", "application/json", json);  // notr
            s.jsonExportMsg = trf("Downloaded {0} ({1})", {"prm-org.json", kb(json.size())});  // notr: the file name
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!ui.platform.upload || s.candidate != nullptr);
    if (ImGui::Button(tr("Import org JSON"))) pick(ui, Kind::Json, ".json,application/json");
    ImGui::EndDisabled();
    if (!s.jsonExportMsg.empty()) {
        if (s.jsonExportRefused) errorText(s.jsonExportMsg);
        else okText(s.jsonExportMsg);
    }
    if (!s.jsonError.empty()) errorText(s.jsonError);
    if (s.candidate && s.candidateKind == Kind::Json) drawConfirm(ui, s);
    ImGui::Spacing();
    hint(tr("The JSON format is described in docs/ORG_JSON.md."));
}

}  // namespace prm::ui
