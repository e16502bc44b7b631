// Setup > Security Controls > View Setup Audit Trail: every setup change, newest first, 50 a page.
#include <algorithm>

#include "app/queries_core.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {
struct AuditTrailPage {
    int offset = 0;  // first row shown, newest first
};
}  // namespace

void drawAuditTrailView(UiContext& ui) {
    int& offset = ui.page<AuditTrailPage>().offset;
    const int pageSize = 50;
    heading(tr("View Setup Audit Trail"));
    auto page = app::setupAudit(ui.sandbox.db(), offset, pageSize);
    if (page.rows.empty() && offset > 0) {
        offset = 0;
        page = app::setupAudit(ui.sandbox.db(), offset, pageSize);
    }
    if (page.rows.empty()) {
        emptyHint(tr("No setup changes yet. Changes made in Setup (enabling Partner Relationship Management, users, "
                     "sharing) are listed here."));
        return;
    }
    const int last = std::min(offset + pageSize, page.total);
    text(trf("Showing {0}\u2013{1} of {2} changes", {fmtInt(offset + 1), fmtInt(last), fmtInt(page.total)}));
    ImGui::SameLine();
    ImGui::BeginDisabled(offset == 0);
    if (ImGui::SmallButton(tr("Newer"))) offset = std::max(0, offset - pageSize);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(last >= page.total);
    if (ImGui::SmallButton(tr("Older"))) offset += pageSize;
    ImGui::EndDisabled();

    const float h = ImGui::GetContentRegionAvail().y - 4.0f;
    if (!beginListTable("audit", 6, ImGuiTableFlags_ScrollY, ImVec2(0, h))) return;
    fixedColumn(tr("Date"), "2026-12-31 23:59");
    stretchColumn(tr("User"), 1.0f);
    stretchColumn(tr("Section"), 1.2f);
    stretchColumn(tr("Action"), 3.2f);
    stretchColumn(tr("Old"), 1.0f);
    stretchColumn(tr("New"), 1.2f);
    listHeaders();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(page.rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto& r = page.rows[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text(formatTime(r.at));
            ImGui::TableNextColumn();
            cellText(r.actorName.empty() ? std::string(tr("(system)")) : r.actorName);
            ImGui::TableNextColumn();
            cellText(r.section);
            ImGui::TableNextColumn();
            cellText(r.action);
            ImGui::TableNextColumn();
            cellText(r.oldValue);
            ImGui::TableNextColumn();
            cellText(r.newValue);
        }
    }
    endListTable();
}

}  // namespace prm::ui
