// A lead's record page: its fields with "Lead Owner  <name> [Change]" (the seed's §1.4: the link in
// brackets next to Lead Owner opens "Change Lead Owner"), "Why this owner?" (explainOwner) and
// "Sharing" (who can see the lead and why, from the share table).
#include <string>

#include "app/leads/queries_leads.h"
#include "app/sales/queries_sales.h"
#include "imgui.h"
#include "ui/leads/lead_ui_helpers.h"
#include "ui/leads/lead_views.h"
#include "ui/sales/sales_views.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

struct LeadPageCache {
    Id lead = 0;
    Id viewer = 0;
    DataVersion version;
    std::optional<app::LeadDetail> detail;
    app::OwnerExplanation why;
    std::vector<app::ShareRowView> shares;
};


const char* accessLabel(domain::Access a) {
    switch (a) {
        case domain::Access::All: return N_("Full Access");
        case domain::Access::Edit: return N_("Read/Write");
        case domain::Access::Read: return N_("Read Only");
        case domain::Access::None: return N_("None");
    }
    return "";
}

const char* causeLabel(const std::string& cause) {
    if (cause == "Owner") return N_("Owner");  // notr: the cause's key
    if (cause == "RoleHierarchy") return N_("Above the owner in the role hierarchy");
    if (cause == "SharingRule") return N_("Sharing rule");
    if (cause == "Queue") return N_("Member of the owning queue");  // notr: the cause's key
    if (cause == "Manual") return N_("Shared by hand");  // notr: the cause's key
    return cause.c_str();
}

}  // namespace

void drawLeadDetailView(UiContext& ui) {
    LeadPageCache& c = ui.page<LeadPageCache>();
    if (link(tr("< Leads"))) ui.nav.go(Screen::Leads);
    const Id viewer = ui.sandbox.currentUser();
    if (c.lead != ui.nav.record || c.viewer != viewer || c.version != ui.dataVersion()) {
        c.lead = ui.nav.record;
        c.viewer = viewer;
        c.version = ui.dataVersion();
        c.detail = app::leadDetail(ui.sandbox.db(), viewer, c.lead);
        c.why = c.detail ? app::explainOwner(ui.sandbox.db(), c.lead, viewer) : app::OwnerExplanation{};
        c.shares = c.detail ? app::leadShareRows(ui.sandbox.db(), c.lead, viewer) : std::vector<app::ShareRowView>{};
    }
    if (!c.detail) {
        heading(tr("Lead"));
        hint(tr("This lead does not exist or you cannot see it. Pick one from the lead list."));
        return;
    }
    const app::LeadDetail& d = *c.detail;
    heading(trf("Lead: {0}   ({1})", {d.row.name, d.row.number}));
    ui.feedback("leadpage");
    drawConversionOrConvert(ui, d.row.id, d.access, false);
    if (d.row.dealRegistration && link(tr("Open the deal registration"))) ui.nav.go(Screen::DealDetail, d.row.id);
    const bool converted = app::sales::leadConversion(ui.sandbox.db(), viewer, d.row.id).has_value();

    if (beginFields("leadfields")) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(90, 96, 110, 255));
        labelText(tr("Lead Owner"));
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        text(d.row.ownerIsQueue ? trf("Queue: {0}", {d.row.ownerName}) : d.row.ownerName);
        if (d.access >= domain::Access::Edit && !converted) {
            ImGui::SameLine();
            if (link(tr("[Change]"))) ui.nav.go(Screen::ChangeLeadOwner, d.row.id);
        }
        fieldRow(N_("Lead Number"), d.row.number);
        fieldRow(N_("Partner Account"), d.row.partnerAccount);
        const auto& fields = domain::leadFields();
        for (int i = 0; i < domain::kLeadFieldCount; ++i) {
            const auto& v = d.values[static_cast<std::size_t>(i)];
            fieldRow(fields[static_cast<std::size_t>(i)].label, leadFieldText(i, v));
        }
        fieldRow(N_("Last Modified"), fmtDateTime(formatTime(d.row.modifiedAt)));
        endFields();
    }

    section(N_("Why this owner?"));
    text(c.why.summary);
    for (const auto& line : c.why.details) {
        ImGui::Bullet();
        hint(line);
    }

    section(N_("Sharing"));
    hint(tr("Who can see this lead, and why. Org-wide defaults and administrators' View All Data apply on top."));
    if (c.shares.empty()) {
        emptyHint(tr("Nobody has a share row for this lead."));
    } else if (beginListTable("leadshares", 3)) {
        keyColumn(tr("User"));
        stretchColumn(tr("Access"), 1.0f);
        stretchColumn(tr("Reason"), 2.0f);
        listHeaders();
        for (const auto& s : c.shares) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text(s.userName);
            ImGui::TableNextColumn();
            text(tr(accessLabel(s.access)));
            ImGui::TableNextColumn();
            text(tr(causeLabel(s.cause)));
        }
        endListTable();
    }
    drawActivitySections(ui, "Lead", d.row.id);  // notr: record type key
}

}  // namespace prm::ui
