// Convert Lead: the lead's page → Convert. Account (create new, named after the company, or choose an existing
// one), Contact (create new from the lead, or one of the chosen account's), Opportunity (name, amount, close
// date, stage; or "Do not create a new opportunity"). Convert says what it will create, does it in one command
// and offers Undo; the new opportunity (or contact) opens.
#include <cstdlib>
#include <string>
#include <vector>

#include "app/leads/queries_leads.h"
#include "app/queries_core.h"
#include "app/sales/queries_sales.h"
#include "app/session_queries.h"
#include "app/training/training.h"
#include "domain/sales.h"
#include "imgui.h"
#include "ui/keyboard.h"
#include "ui/leads/lead_ui_helpers.h"
#include "ui/sales/sales_views.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/training/training_views.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

struct ConvertForm {
    std::uint64_t seen = ~0ull;
    Id lead = 0;
    bool existingAccount = false;
    Id accountId = 0;
    bool existingContact = false;
    Id contactId = 0;
    bool noOpportunity = false;
    std::string oppName, amount, closeDate;
    int stage = 0;
};

}  // namespace

void drawConvertLeadView(UiContext& ui) {
    ConvertForm& f = ui.page<ConvertForm>();
    auto& db = ui.sandbox.db();
    const Id me = ui.sandbox.currentUser();
    const bool partner = app::sessionInfo(ui.sandbox).isPartner;
    const auto d = app::leadDetail(db, me, ui.nav.record);
    if (link(tr("< Back"))) ui.nav.goBack();
    if (!d) {
        heading(tr("Convert Lead"));
        hint(tr("This lead does not exist or you cannot see it. Pick one from the lead list."));
        return;
    }
    if (ui.nav.entered(f.seen) || f.lead != d->row.id) {
        f = ConvertForm{};
        f.seen = ui.nav.visit;
        f.lead = d->row.id;
        f.oppName = d->row.company + "-";
        f.closeDate = domain::addDays(domain::dateOf(ui.sandbox.now()), 30);
        ui.clearFeedback("convert");
    }
    heading(trf("Convert Lead: {0} ({1})", {d->row.name, d->row.number}));
    hint(tr("Converting makes the lead an account, a contact and, unless you choose otherwise, an opportunity. The lead "
            "becomes Closed - Converted and read-only; its activities move to the new opportunity (or contact)."));
    std::vector<std::pair<Id, std::string>> accounts;
    if (!partner) {
        app::AccountFilter af;
        af.partner = false;
        for (const auto& a : app::listAccounts(db, af)) accounts.emplace_back(a.id, a.name);
    }
    requiredLegend();
    if (beginForm("convertform")) {
        formLabel(N_("Account"));
        if (ImGui::RadioButton(trf("Create New Account: {0}", {d->row.company}).c_str(), !f.existingAccount)) {
            f.existingAccount = false;
            f.existingContact = false;
        }
        if (!partner && !accounts.empty()) {
            formLabel(N_("Existing account"));
            if (ImGui::RadioButton(tr("Choose Existing Account"), f.existingAccount)) f.existingAccount = true;
            if (f.existingAccount) {
                ImGui::SameLine();
                ImGui::SetNextItemWidth(-1);
                idCombo("##account", &f.accountId, accounts, tr("(pick an account)"));
            }
        }
        formLabel(N_("Contact"));
        if (ImGui::RadioButton(trf("Create New Contact: {0}", {d->row.name}).c_str(), !f.existingContact)) f.existingContact = false;
        if (f.existingAccount && f.accountId) {
            std::vector<std::pair<Id, std::string>> contacts;
            for (const auto& c : app::listContacts(db, f.accountId)) contacts.emplace_back(c.id, c.name);
            if (!contacts.empty()) {
                formLabel(N_("Existing contact"));
                if (ImGui::RadioButton(tr("Choose Existing Contact"), f.existingContact)) f.existingContact = true;
                if (f.existingContact) {
                    ImGui::SameLine();
                    ImGui::SetNextItemWidth(-1);
                    idCombo("##contact", &f.contactId, contacts, tr("(pick a contact)"));
                }
            }
        }
        formLabel(N_("Opportunity"));
        ImGui::Checkbox(tr("Do not create a new opportunity upon conversion"), &f.noOpportunity);
        if (!f.noOpportunity) {
            formRequiredInput(N_("Opportunity Name"), &f.oppName);
            formInput(N_("Amount"), &f.amount);
            formRequiredInput(N_("Close Date (YYYY-MM-DD)"), &f.closeDate);
            formLabel(N_("Stage"));
            ImGui::SetNextItemWidth(-1);
            const auto& stages = domain::opportunityStages();
            if (labelledCombo("##stage", tr(stageLabel(stages[static_cast<std::size_t>(f.stage)].name)), tr("Stage"))) {
                for (std::size_t i = 0; i < stages.size(); ++i) {
                    if (stages[i].closed) continue;
                    if (ImGui::Selectable(tr(stageLabel(stages[i].name)), static_cast<int>(i) == f.stage)) f.stage = static_cast<int>(i);
                }
                ImGui::EndCombo();
            }
        }
        formText(N_("Converted Status"), tr("Closed - Converted"));
        endForm();
    }
    if (primaryButton(tr("Convert"))) {
        json cmd = {{"cmd", "ConvertLead"}, {"leadId", d->row.id}};
        if (f.existingAccount && f.accountId) cmd["accountId"] = f.accountId;
        if (f.existingAccount && f.existingContact && f.contactId) cmd["contactId"] = f.contactId;
        if (f.noOpportunity) {
            cmd["doNotCreateOpportunity"] = true;
        } else {
            cmd["opportunityName"] = f.oppName;
            cmd["closeDate"] = f.closeDate;
            cmd["stage"] = domain::opportunityStages()[static_cast<std::size_t>(f.stage)].name;
            std::string digits;
            bool bad = false;
            for (unsigned char ch : f.amount) {
                if ((ch >= '0' && ch <= '9') || ch == '.') digits += static_cast<char>(ch);
                else if (ch == ',') digits += '.';
                else if (ch != ' ' && ch < 0x80) bad = true;
            }
            if (bad) cmd["amount"] = -1.0;  // refused by the model, in its words, beside the form
            else if (!digits.empty()) cmd["amount"] = std::strtod(digits.c_str(), nullptr);
        }
        const std::string label = trf("Convert lead {0}", {d->row.number});
        CommandResult r = app::training::executeWithUndo(ui.sandbox, cmd, label);
        if (r.ok) {
            ui.invalidate();
            ui.toast(r.message);
            if (Id id = r.data.value("undoPointId", Id{0})) offerUndo(ui, id, label);
            if (r.data.contains("opportunityId") && r.data["opportunityId"].is_number())
                ui.nav.go(Screen::OpportunityDetail, r.data["opportunityId"].get<Id>());
            else if (!partner)
                ui.nav.go(Screen::ContactDetail, r.data.value("contactId", Id{0}));
            else
                ui.nav.goBack();
        } else {
            ui.keepResult("convert", r);  // the refusal beside the form (nothing was changed)
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) ui.nav.goBack();
    ui.feedback("convert");
}

void drawConversionOrConvert(UiContext& ui, Id leadId, domain::Access access, bool partner) {
    const auto conv = app::sales::leadConversion(ui.sandbox.db(), ui.sandbox.currentUser(), leadId);
    ImGui::Spacing();
    if (!conv) {
        if (access >= domain::Access::Edit && ImGui::Button(tr("Convert"))) ui.nav.go(Screen::ConvertLead, leadId);
        return;
    }
    okText(trf("Converted {0}. This lead is read-only now.", {fmtDateTime(formatTime(conv->at))}));
    auto item = [&](const char* label, const std::string& name, Screen screen, const std::optional<Id>& id) {
        if (!id) return;
        text(trf("{0}:", {tr(label)}));
        ImGui::SameLine();
        if (partner && screen != Screen::OpportunityDetail) text(name);
        else recordLink(ui, name, screen, *id);
    };
    item(N_("Account"), conv->accountName, Screen::AccountDetail, conv->accountId);
    item(N_("Contact"), conv->contactName, Screen::ContactDetail, conv->contactId);
    item(N_("Opportunity"), conv->opportunityName, Screen::OpportunityDetail, conv->opportunityId);
}

}  // namespace prm::ui
