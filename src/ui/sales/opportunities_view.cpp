// Opportunities: the list (what the viewer may see, by close date) and the record page with its stage path
// (one click moves the opportunity to a stage and its probability with it), its details, Edit (amount, close
// date, name), the lead it was converted from, and its Open Activities / Activity History.
#include <cstdlib>
#include <string>
#include <vector>

#include "app/sales/queries_sales.h"
#include "app/session_queries.h"
#include "domain/sales.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/keyboard.h"
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

std::string amountText(const std::optional<double>& a) { return a ? fmtMoney(*a) : std::string(); }

struct OppListCache {
    DataVersion version;
    Id viewer = 0;
    std::vector<sales::OpportunityRow> rows;
};

struct OppPage {
    Id record = 0;
    Id viewer = 0;
    DataVersion version;
    std::optional<sales::OpportunityRow> row;
    bool editing = false;
    std::string name, amount, closeDate;
};

}  // namespace

void drawOpportunitiesView(UiContext& ui) {
    OppListCache& c = ui.page<OppListCache>();
    const Id me = ui.sandbox.currentUser();
    const bool partner = app::sessionInfo(ui.sandbox).isPartner;
    if (ui.refreshDue(c.version) || c.viewer != me) {
        c.viewer = me;
        c.rows = sales::listOpportunities(ui.sandbox.db(), me);
    }
    heading(tr("Opportunities"));
    hint(partner ? tr("Your opportunities and those of the partner users below you. Convert a lead from your Lead Inbox to "
                      "create one.")
                 : tr("Opportunities you can see, by close date. Convert a lead (its page's Convert button) to create one; "
                      "partners' opportunities show here for their channel manager."));
    if (c.rows.empty()) {
        emptyHint(tr("No opportunities yet."));
        return;
    }
    double pipeline = 0;
    for (const auto& r : c.rows)
        if (r.amount && r.stage != "Closed Won" && r.stage != "Closed Lost") pipeline += *r.amount;  // notr: stage keys
    text(trf("{0}; open pipeline {1}", {countText(static_cast<long long>(c.rows.size()), "opportunity", "opportunities"),
                                        fmtMoney(pipeline)}));
    const float h = std::min(ImGui::GetContentRegionAvail().y - 4.0f, tableHeight(static_cast<int>(c.rows.size()), 1000));
    if (!beginListTable("opportunities", 8, ImGuiTableFlags_ScrollY, ImVec2(0, std::max(h, 120.0f)))) return;
    keyColumn(tr("Opportunity Name"));
    stretchColumn(tr("Account Name"), 1.2f);
    stretchColumn(tr("Amount"), 0.8f);
    stretchColumn(tr("Close Date"), 0.8f);
    stretchColumn(tr("Stage"), 1.1f);
    stretchColumn(tr("Probability (%)"), 0.6f);
    stretchColumn(tr("Owner"), 1.0f);
    stretchColumn(tr("Partner Account"), 1.0f);
    listHeaders();
    for (const auto& r : c.rows) {
        ImGui::PushID(static_cast<int>(r.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        recordLink(ui, r.name, Screen::OpportunityDetail, r.id);
        ImGui::TableNextColumn();
        text(r.accountName);
        ImGui::TableNextColumn();
        text(amountText(r.amount));
        ImGui::TableNextColumn();
        text(fmtDateTime(r.closeDate));
        ImGui::TableNextColumn();
        text(tr(stageLabel(r.stage)));
        ImGui::TableNextColumn();
        text(fmtInt(r.probability));
        ImGui::TableNextColumn();
        text(r.ownerName);
        ImGui::TableNextColumn();
        text(r.partnerAccount);
        ImGui::PopID();
    }
    endListTable();
}

void drawAccountOpportunities(UiContext& ui, Id accountId) {
    const auto rows = sales::accountOpportunities(ui.sandbox.db(), ui.sandbox.currentUser(), accountId);
    ImGui::Spacing();
    ImGui::SetWindowFontScale(1.1f);
    text(trf("Opportunities ({0})", {fmtInt(static_cast<long long>(rows.size()))}));
    ImGui::SetWindowFontScale(1.0f);
    if (rows.empty()) {
        emptyHint(tr("No opportunities on this account. Converting a lead into it creates one."));
        return;
    }
    if (!beginListTable("accopps", 5)) return;
    keyColumn(tr("Opportunity Name"));
    stretchColumn(tr("Amount"), 0.8f);
    stretchColumn(tr("Close Date"), 0.8f);
    stretchColumn(tr("Stage"), 1.1f);
    stretchColumn(tr("Owner"), 1.0f);
    listHeaders();
    for (const auto& r : rows) {
        ImGui::PushID(static_cast<int>(r.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        recordLink(ui, r.name, Screen::OpportunityDetail, r.id);
        ImGui::TableNextColumn();
        text(amountText(r.amount));
        ImGui::TableNextColumn();
        text(fmtDateTime(r.closeDate));
        ImGui::TableNextColumn();
        text(tr(stageLabel(r.stage)));
        ImGui::TableNextColumn();
        text(r.ownerName);
        ImGui::PopID();
    }
    endListTable();
}

void drawOpportunityDetailView(UiContext& ui) {
    OppPage& p = ui.page<OppPage>();
    const Id me = ui.sandbox.currentUser();
    const bool partner = app::sessionInfo(ui.sandbox).isPartner;
    if (link(tr("< Opportunities"))) ui.nav.go(Screen::Opportunities);
    if (p.record != ui.nav.record || p.viewer != me || p.version != ui.dataVersion()) {
        if (p.record != ui.nav.record) p.editing = false;
        p.record = ui.nav.record;
        p.viewer = me;
        p.version = ui.dataVersion();
        p.row = sales::opportunityDetail(ui.sandbox.db(), me, p.record);
    }
    if (!p.row) {
        heading(tr("Opportunity"));
        hint(tr("This opportunity does not exist or you cannot see it. Pick one from the opportunity list."));
        return;
    }
    const sales::OpportunityRow& o = *p.row;
    const bool canEdit = o.access >= domain::Access::Edit;
    heading(trf("Opportunity: {0}", {o.name}));
    // The stage path: every stage in order, the current one highlighted.
    text(tr("Stage:"));
    const auto& stages = domain::opportunityStages();
    for (std::size_t i = 0; i < stages.size(); ++i) {
        const bool current = o.stage == stages[i].name;
        const std::string label = std::string(tr(stageLabel(stages[i].name))) + "##stage" + std::to_string(i);
        const float w = ImGui::CalcTextSize(tr(stageLabel(stages[i].name))).x + ImGui::GetStyle().FramePadding.x * 2;
        // Wraps to a new line when the next stage would run past the page's right edge.
        const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
        if (i > 0 && ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + w <= right) ImGui::SameLine();
        if (current) {
            ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(40, 110, 200, 255));
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(40, 110, 200, 255));
            ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(40, 110, 200, 255));
            ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
        }
        ImGui::BeginDisabled(!canEdit);
        if (ImGui::Button(label.c_str()) && !current)
            ui.run({{"cmd", "UpdateOpportunity"}, {"opportunityId", o.id}, {"stage", stages[i].name}}, "opppage");
        ImGui::EndDisabled();
        if (current) ImGui::PopStyleColor(4);
    }
    ui.feedback("opppage");
    drawUndoBanner(ui);  // right after Convert Lead, which opens this page
    if (!p.editing) {
        if (beginFields("oppfields")) {
            fieldRow(N_("Opportunity Name"), o.name);
            fieldRow(N_("Account Name"), o.accountName);
            fieldRow(N_("Contact"), o.contactName);
            fieldRow(N_("Amount"), amountText(o.amount));
            fieldRow(N_("Close Date"), fmtDateTime(o.closeDate));
            fieldRow(N_("Stage"), tr(stageLabel(o.stage)));
            fieldRow(N_("Probability (%)"), fmtInt(o.probability));
            fieldRow(N_("Opportunity Owner"), o.ownerName);
            fieldRow(N_("Partner Account"), o.partnerAccount);
            fieldRow(N_("Converted from Lead"), o.leadNumber);
            endFields();
        }
        if (o.accountId && !o.accountName.empty() && !partner && link(tr("Open the account"))) ui.nav.go(Screen::AccountDetail, *o.accountId);
        if (canEdit) {
            if (ImGui::Button(tr("Edit"))) {
                p.editing = true;
                p.name = o.name;
                p.amount = o.amount ? fmtNumber(*o.amount, 2) : std::string();
                p.closeDate = o.closeDate;
                ui.clearFeedback("oppedit");
            }
        }
    } else {
        requiredLegend();
        if (beginForm("oppedit")) {
            formRequiredInput(N_("Opportunity Name"), &p.name);
            formInput(N_("Amount"), &p.amount);
            formRequiredInput(N_("Close Date (YYYY-MM-DD)"), &p.closeDate);
            endForm();
        }
        if (primaryButton(tr("Save"))) {
            json cmd = {{"cmd", "UpdateOpportunity"}, {"opportunityId", o.id}, {"name", p.name}, {"closeDate", p.closeDate}};
            // "48 000,00" (Finnish, with a no-break space) and "48,000.00" both read as 48000: group spaces are
            // dropped, a comma is the decimal mark unless a point follows it.
            std::string digits;
            bool bad = false;
            const bool pointLater = p.amount.find('.') != std::string::npos;
            for (unsigned char ch : p.amount) {
                if ((ch >= '0' && ch <= '9') || ch == '.' || ch == '-') digits += static_cast<char>(ch);
                else if (ch == ',') { if (!pointLater) digits += '.'; }
                else if (ch != ' ' && ch < 0x80) bad = true;
            }
            if (digits.empty() && !bad) cmd["amount"] = nullptr;
            else {
                char* endp = nullptr;
                const double v = std::strtod(digits.c_str(), &endp);
                cmd["amount"] = (!bad && endp && *endp == 0) ? v : -1.0;  // the model refuses -1 in its own words
            }
            if (ui.run(cmd, "oppedit").ok) p.editing = false;
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Cancel"))) p.editing = false;
        ui.feedback("oppedit");
    }
    drawActivitySections(ui, "Opportunity", o.id);  // notr: record type key
}

}  // namespace prm::ui
