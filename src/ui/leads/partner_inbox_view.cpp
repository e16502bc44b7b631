// Partner Community: the partner user's "Lead Inbox" (leads they own and leads waiting in their queues,
// "Accept" / "Return to Queue"), a lead's page as the partner sees it, and the partner's left navigation.
#include <algorithm>
#include <string>
#include <vector>

#include "app/queries_core.h"
#include "app/leads/queries_lead_ui.h"
#include "app/leads/queries_leads.h"
#include "app/session_queries.h"
#include "app/users/queries_members.h"
#include "imgui.h"
#include "ui/sales/sales_views.h"
#include "ui/leads/lead_ui_helpers.h"
#include "ui/leads/lead_views.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

// The inbox's rows and the partner's queues, shared by the inbox and a lead's page.
struct InboxCache {
    Id user = 0;
    DataVersion version;
    std::vector<app::LeadRow> rows;
    std::vector<std::pair<Id, std::string>> queues;
};

struct PartnerLeadPage {
    std::optional<app::LeadDetail> d;
    Id lead = 0, viewer = 0;
    DataVersion version;
};

InboxCache& inbox(UiContext& ui) {
    InboxCache& c = ui.page<InboxCache>();
    const Id me = ui.sandbox.currentUser();
    if (c.user != me || c.version != ui.dataVersion()) {
        c.user = me;
        c.version = ui.dataVersion();
        c.rows = app::inboxLeads(ui.sandbox.db(), me);
        c.queues = app::memberQueues(ui.sandbox.db(), me);
    }
    return c;
}

// "Accept" for a queued lead, "Return to Queue" (with a queue menu when the partner has several) for an owned one.
void leadActions(UiContext& ui, const app::LeadRow& r, const std::vector<std::pair<Id, std::string>>& queues,
                 const char* anchor) {
    if (r.ownerIsQueue) {
        if (ImGui::SmallButton(tr("Accept"))) {
            auto res = ui.run({{"cmd", "AcceptLead"}, {"leadId", r.id}}, anchor);
            if (res.ok) ui.toast(res.message);
        }
        return;
    }
    if (queues.empty()) return;
    if (ImGui::SmallButton(tr("Return to Queue"))) {
        if (queues.size() == 1) {
            auto res = ui.run({{"cmd", "ReturnLeadToQueue"}, {"leadId", r.id}, {"queueId", queues.front().first}}, anchor);
            if (res.ok) ui.toast(res.message);
        } else {
            ImGui::OpenPopup("returnto");
        }
    }
    if (ImGui::BeginPopup("returnto")) {
        hint(tr("Return the lead to which queue?"));
        for (const auto& [id, name] : queues) {
            ImGui::PushID(static_cast<int>(id));
            if (ImGui::Selectable(name.c_str())) {
                auto res = ui.run({{"cmd", "ReturnLeadToQueue"}, {"leadId", r.id}, {"queueId", id}}, anchor);
                if (res.ok) ui.toast(res.message);
            }
            ImGui::PopID();
        }
        ImGui::EndPopup();
    }
}

}  // namespace

bool partnerNavWanted(UiContext& ui) {
    const app::SessionInfo s = app::sessionInfo(ui.sandbox);
    if (!s.isPartner) return false;
    const auto me = app::userDetail(ui.sandbox.db(), s.userId);
    return me && (!me->mustChangePassword || app::users::experienceBanner(ui.sandbox).active);
}

void drawPartnerNav(UiContext& ui) {
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
    if (ImGui::Selectable(tr("Home"), ui.nav.screen == Screen::PartnerHome, 0, ImVec2(0, 30))) ui.nav.go(Screen::PartnerHome);
    const bool inbox = ui.nav.screen == Screen::PartnerInbox || ui.nav.screen == Screen::PartnerLeadDetail;
    if (ImGui::Selectable(tr("Lead Inbox"), inbox, 0, ImVec2(0, 30))) ui.nav.go(Screen::PartnerInbox);
    const bool deals = ui.nav.screen == Screen::DealRegistrations || ui.nav.screen == Screen::DealDetail;
    if (ImGui::Selectable(tr("Deal Registrations"), deals, 0, ImVec2(0, 30))) ui.nav.go(Screen::DealRegistrations);
    if (ImGui::Selectable(tr("Register a Deal"), ui.nav.screen == Screen::RegisterDeal, 0, ImVec2(0, 30)))
        ui.nav.go(Screen::RegisterDeal, 0);
    const bool opps = ui.nav.screen == Screen::Opportunities || ui.nav.screen == Screen::OpportunityDetail;
    if (ImGui::Selectable(tr("Opportunities"), opps, 0, ImVec2(0, 30))) ui.nav.go(Screen::Opportunities);
    const bool acts = ui.nav.screen == Screen::Activities || ui.nav.screen == Screen::NewActivity;
    if (ImGui::Selectable(tr("Activities"), acts, 0, ImVec2(0, 30))) ui.nav.go(Screen::Activities);
    // Delegated external user administration (app/users/queries_members.h).
    if (app::users::canManageAccountMembers(ui.sandbox) &&
        ImGui::Selectable(tr("Account Management"), ui.nav.screen == Screen::AccountMembers, 0, ImVec2(0, 30)))
        ui.nav.go(Screen::AccountMembers);
    ImGui::PopStyleVar();
}

void drawPartnerInboxView(UiContext& ui) {
    heading(tr("Lead Inbox"));
    const app::SessionInfo s = app::sessionInfo(ui.sandbox);
    if (!s.isPartner) {
        hint(tr("The Lead Inbox is where partner users find the leads shared with them. Log in as a partner user to see "
                "theirs (Partner Community > Log in as this partner)."));
        return;
    }
    const InboxCache& c = inbox(ui);
    hint(tr("Leads you own, and leads waiting in your queues: Accept a queued lead to make it yours, or Return to Queue "
            "a lead you cannot work on."));
    ui.feedback("inbox");
    if (c.rows.empty()) {
        emptyHint(tr("No leads for you yet. Your channel manager assigns leads to you or to your queues; they show here."));
        return;
    }
    // As tall as the rows need, at most the page.
    const float h = std::min(ImGui::GetContentRegionAvail().y - 4.0f, tableHeight(static_cast<int>(c.rows.size()), 1000));
    if (!beginListTable("inbox", 6, ImGuiTableFlags_ScrollY, ImVec2(0, h))) return;
    keyColumn(tr("Lead"));
    keyColumn(tr("Name"));
    stretchColumn(tr("Company"), 1.4f);
    stretchColumn(tr("Country"), 0.8f);
    stretchColumn(tr("In Your Inbox As"), 1.3f);
    keyColumn("");
    listHeaders();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(c.rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const app::LeadRow& r = c.rows[static_cast<std::size_t>(i)];
            ImGui::PushID(static_cast<int>(r.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (link(r.number.c_str())) ui.nav.go(Screen::PartnerLeadDetail, r.id);
            ImGui::TableNextColumn();
            text(r.name);
            ImGui::TableNextColumn();
            text(r.company);
            ImGui::TableNextColumn();
            text(r.country);
            ImGui::TableNextColumn();
            text(r.ownerIsQueue ? trf("Queue: {0}", {r.ownerName}) : std::string(tr("Owned by you")));
            ImGui::TableNextColumn();
            leadActions(ui, r, c.queues, "inbox");
            ImGui::PopID();
        }
    }
    endListTable();
}

void drawPartnerLeadView(UiContext& ui) {
    PartnerLeadPage& s = ui.page<PartnerLeadPage>();
    const std::optional<app::LeadDetail>& d = s.d;
    if (link(tr("< Lead Inbox"))) ui.nav.go(Screen::PartnerInbox);
    const Id me = ui.sandbox.currentUser();
    if (s.lead != ui.nav.record || s.viewer != me || s.version != ui.dataVersion()) {
        s.lead = ui.nav.record;
        s.viewer = me;
        s.version = ui.dataVersion();
        s.d = app::leadDetail(ui.sandbox.db(), me, s.lead);
    }
    if (!d) {
        heading(tr("Lead"));
        hint(tr("This lead is not shared with you (any more). Open one from your Lead Inbox."));
        return;
    }
    heading(trf("Lead: {0}   ({1})", {d->row.name, d->row.number}));
    const InboxCache& c = inbox(ui);
    leadActions(ui, d->row, c.queues, "partnerlead");
    ui.feedback("partnerlead");
    if (beginFields("partnerleadfields")) {
        fieldRow(N_("Lead Owner"), d->row.ownerIsQueue ? trf("Queue: {0}", {d->row.ownerName}) : d->row.ownerName);
        const auto& fields = domain::leadFields();
        for (int i = 0; i < domain::kLeadFieldCount; ++i)
            fieldRow(fields[static_cast<std::size_t>(i)].label, leadFieldText(i, d->values[static_cast<std::size_t>(i)]));
        endFields();
    }
    drawConversionOrConvert(ui, d->row.id, d->access, true);
    drawActivitySections(ui, "Lead", d->row.id);  // notr: record type key
}

}  // namespace prm::ui
