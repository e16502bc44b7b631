// Deal registration pages (app/leads/deal_registration.h):
//  - "Deal Registrations": the deals the viewer can read, those awaiting their approval first (partner
//    community and Sales area alike); partners get "Register a Deal".
//  - "Register a Deal": the form (RegisterDeal; UpdateDeal when nav.record is a deal being edited).
//  - the deal page: fields, approval status and comment, possible duplicates (a partner sees a count
//    only), Submit for Approval / Approve / Reject with a comment.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/leads/deal_registration.h"
#include "app/session_queries.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/keyboard.h"
#include "ui/leads/lead_views.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

std::string amountOrEmpty(const std::optional<double>& a) { return a ? fmtMoney(*a) : std::string(); }

// A number as the amount field takes it back ("25000", "1234.5"): no grouping, a point.
std::string plainNumber(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", v);  // notr: a format
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

const char* statusLabel(const std::string& s) {
    if (s == "Submitted") return N_("Submitted");  // notr: status keys
    if (s == "Approved") return N_("Approved");    // notr
    if (s == "Rejected") return N_("Rejected");    // notr
    return N_("Not submitted");
}

struct DealListCache {
    DataVersion version;
    Id viewer = -1;
    std::vector<app::leads::DealRow> rows;
};

struct DealPageCache {
    DataVersion version;
    Id viewer = -1, lead = -1;
    app::leads::DealDetail detail;
    app::leads::DealConflicts conflicts;
    std::string comment;  // the approver's comment box
};

}  // namespace

void drawDealRegistrationsView(UiContext& ui) {
    DealListCache& c = ui.page<DealListCache>();
    const app::SessionInfo s = app::sessionInfo(ui.sandbox);
    if (ui.refreshDue(c.version) || c.viewer != s.userId) {
        c.viewer = s.userId;
        c.rows = app::leads::dealRegistrations(ui.sandbox.db(), s.userId);
    }
    heading(tr("Deal Registrations"));
    if (s.isPartner) {
        hint(tr("Register the deals you find, then submit them to your channel manager for approval. An approved deal "
                "becomes your opportunity."));
        if (primaryButton(tr("Register a Deal"))) ui.nav.go(Screen::RegisterDeal, 0);
    } else {
        hint(tr("Deals registered by partner users. Those waiting for your approval come first."));
    }
    ui.feedback("deals");
    if (c.rows.empty()) {
        emptyHint(s.isPartner ? tr("No deal registrations yet. Register a Deal to add one.")
                              : tr("No deal registrations that you can see."));
        return;
    }
    const float h = std::min(ImGui::GetContentRegionAvail().y - 4.0f, tableHeight(static_cast<int>(c.rows.size()), 1000));
    if (!beginListTable("deals", 7, ImGuiTableFlags_ScrollY, ImVec2(0, std::max(h, 120.0f)))) return;
    keyColumnWidth(tr("Number"), ImGui::CalcTextSize("L-0000000").x + ImGui::GetStyle().FramePadding.x * 2);
    stretchColumn(tr("Company"), 1.4f);
    stretchColumn(tr("Amount"), 0.8f);
    stretchColumn(tr("Approval Status"), 1.0f);
    stretchColumn(tr("Owner"), 1.0f);
    stretchColumn(tr("Partner Account"), 1.1f);
    stretchColumn(tr("Approver"), 1.0f);
    listHeaders();
    for (const auto& r : c.rows) {
        ImGui::PushID(static_cast<int>(r.leadId));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (link(r.number.c_str())) ui.nav.go(Screen::DealDetail, r.leadId);
        ImGui::TableNextColumn();
        text(r.company);
        ImGui::TableNextColumn();
        text(amountOrEmpty(r.amount));
        ImGui::TableNextColumn();
        if (r.awaitingMe) okText(tr("Awaiting your approval"));
        else text(tr(statusLabel(r.status)));
        ImGui::TableNextColumn();
        text(r.ownerName);
        ImGui::TableNextColumn();
        text(r.partnerAccount);
        ImGui::TableNextColumn();
        text(r.approverName);
        ImGui::PopID();
    }
    endListTable();
}

void drawRegisterDealView(UiContext& ui) {
    struct Draft {
        std::string company, firstName, lastName, email, phone, country, city, amount, closeDate, description;
        Id editing = 0;
    };
    FormState<Draft>& form = ui.page<FormState<Draft>>();
    Draft& d = form.draft;
    if (ui.nav.entered(form.seen)) {
        d = Draft{};
        ui.clearFeedback("registerdeal");
        if (ui.nav.record) {
            const auto x = app::leads::dealDetail(ui.sandbox.db(), ui.sandbox.currentUser(), ui.nav.record);
            if (x.exists && x.canEdit) {
                d.editing = x.leadId;
                d.company = x.company;
                d.firstName = x.firstName;
                d.lastName = x.lastName;
                d.email = x.email;
                d.phone = x.phone;
                d.country = x.country;
                d.city = x.city;
                if (x.amount) d.amount = plainNumber(*x.amount);
                d.closeDate = x.closeDate;
                d.description = x.description;
            }
        }
    }
    heading(d.editing ? tr("Edit Deal Registration") : tr("Register a Deal"));
    hint(tr("Company and Last Name are required. The deal is yours until your channel manager approves or rejects it."));
    requiredLegend();
    if (beginForm("dealform")) {
        formRequiredInput(N_("Company"), &d.company);
        formInput(N_("First Name"), &d.firstName);
        formRequiredInput(N_("Last Name"), &d.lastName);
        formInput(N_("Email"), &d.email);
        formInput(N_("Phone"), &d.phone);
        formInput(N_("Country"), &d.country);
        formInput(N_("City"), &d.city);
        formInput(N_("Estimated Amount"), &d.amount, ImGuiInputTextFlags_CharsDecimal);
        formInput(N_("Expected Close Date (YYYY-MM-DD)"), &d.closeDate);
        formInput(N_("Description"), &d.description);
        endForm();
    }
    if (primaryButton(tr("Save"))) {
        app::json cmd = {{"cmd", d.editing ? "UpdateDeal" : "RegisterDeal"}};  // notr: command names
        if (d.editing) cmd["leadId"] = d.editing;
        const std::pair<const char*, const std::string*> texts[] = {
            {"company", &d.company}, {"firstName", &d.firstName}, {"lastName", &d.lastName}, {"email", &d.email},  // notr
            {"phone", &d.phone},     {"country", &d.country},     {"city", &d.city},         {"description", &d.description}};  // notr
        for (const auto& [key, value] : texts)
            if (!value->empty() || d.editing) cmd[key] = *value;
        if (!d.amount.empty()) {
            char* end = nullptr;
            const double v = std::strtod(d.amount.c_str(), &end);
            if (end && *end == '\0') cmd["amount"] = v;  // notr: JSON key
            else cmd["amount"] = d.amount;               // notr: the command says what is wrong with it
        } else if (d.editing) {
            cmd["amount"] = nullptr;  // notr
        }
        if (!d.closeDate.empty()) cmd["closeDate"] = d.closeDate;  // notr
        else if (d.editing) cmd["closeDate"] = nullptr;            // notr
        auto r = ui.run(cmd, "registerdeal");
        if (r.ok) {
            ui.toast(r.message);
            ui.nav.go(Screen::DealDetail, d.editing ? d.editing : r.data.value("leadId", Id{0}));  // notr
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) ui.nav.goBack();
    ImGui::SameLine();
    ui.feedback("registerdeal");
}

void drawDealDetailView(UiContext& ui) {
    DealPageCache& c = ui.page<DealPageCache>();
    const Id viewer = ui.sandbox.currentUser();
    if (ui.refreshDue(c.version) || c.viewer != viewer || c.lead != ui.nav.record) {
        if (c.lead != ui.nav.record) c.comment.clear();
        c.viewer = viewer;
        c.lead = ui.nav.record;
        c.detail = app::leads::dealDetail(ui.sandbox.db(), viewer, c.lead);
        c.conflicts = c.detail.exists ? app::leads::dealConflicts(ui.sandbox.db(), viewer, c.lead) : app::leads::DealConflicts{};
    }
    const auto& d = c.detail;
    if (!d.exists) {
        heading(tr("Deal Registration"));
        hint(tr("This deal registration does not exist or you cannot see it. Pick one from Deal Registrations."));
        return;
    }
    heading(trf("Deal Registration: {0}   ({1})", {d.company, d.number}));
    ui.feedback("dealpage");
    if (beginFields("dealfields")) {
        fieldRow(N_("Approval Status"), tr(statusLabel(d.status)));
        if (!d.comment.empty()) fieldRow(N_("Approver Comment"), d.comment);
        fieldRow(N_("Approver"), d.approverName);
        fieldRow(N_("Company"), d.company);
        fieldRow(N_("Contact"), d.firstName.empty() ? d.lastName : d.firstName + " " + d.lastName);  // notr: a name, not a sentence
        fieldRow(N_("Email"), d.email);
        fieldRow(N_("Phone"), d.phone);
        fieldRow(N_("Country"), d.country);
        fieldRow(N_("City"), d.city);
        fieldRow(N_("Estimated Amount"), amountOrEmpty(d.amount));
        fieldRow(N_("Expected Close Date"), d.closeDate.empty() ? std::string() : fmtDateTime(d.closeDate));
        fieldRow(N_("Description"), d.description);
        fieldRow(N_("Owner"), d.ownerName);
        fieldRow(N_("Partner Account"), d.partnerAccount);
        endFields();
    }
    if (d.opportunityId && link(tr("Open the opportunity"))) ui.nav.go(Screen::OpportunityDetail, *d.opportunityId);

    if (!d.converted) {
        ImGui::Spacing();
        text(tr("Possible Duplicates"));
        if (c.conflicts.total == 0) {
            hint(tr("No open lead or opportunity has this company's name."));
        } else {
            errorText(c.conflicts.message);
            for (const auto& v : c.conflicts.visible) {
                ImGui::Bullet();
                const std::string label = trf("{0}: {1} (owner {2})", {v.kind == "Lead" ? tr("Lead") : tr("Opportunity"), v.name, v.owner});  // notr: kind keys
                if (link(label.c_str()))
                    ui.nav.go(v.kind == "Lead" ? Screen::LeadDetail : Screen::OpportunityDetail, v.id);  // notr
            }
        }
    }

    ImGui::Spacing();
    if (d.canSubmit) {
        if (primaryButton(tr("Submit for Approval"))) {
            auto r = ui.run({{"cmd", "SubmitDealForApproval"}, {"leadId", d.leadId}}, "dealpage");  // notr
            if (r.ok) ui.toast(r.message);
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Edit"))) ui.nav.go(Screen::RegisterDeal, d.leadId);
    }
    if (d.canDecide) {
        text(tr("Comment (required to reject)"));
        ImGui::InputTextMultiline("##dealcomment", &c.comment, ImVec2(-1, 60));
        if (primaryButton(tr("Approve"))) {
            auto r = ui.run({{"cmd", "ApproveDeal"}, {"leadId", d.leadId}, {"comment", c.comment}}, "dealpage");  // notr
            if (r.ok) ui.toast(r.message);
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Reject"))) {
            auto r = ui.run({{"cmd", "RejectDeal"}, {"leadId", d.leadId}, {"comment", c.comment}}, "dealpage");  // notr
            if (r.ok) ui.toast(r.message);
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Deal Registrations"))) ui.nav.go(Screen::DealRegistrations, 0);
}

}  // namespace prm::ui
