// New Contact (from an account's "New Contact", or Contacts > New in any work area): First Name, Last Name
// (required), Email, Phone, Title, Parent Customer (the account, picked from a searchable list);
// Save / Save & Close / Save & New / Cancel. The record id of the screen is the account to preselect.
#include <string>
#include <vector>

#include "app/queries_core.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/leads/lead_ui_helpers.h"
#include "ui/strings.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {

namespace {

std::string accountLabel(const app::AccountRow& a) { return a.partner ? trf("{0}  (partner)", {a.name}) : a.name; }

// Parent Customer: a combo whose list opens with a search box over the accounts (by name); the widget
// map knows it as "Parent Customer".
void parentCustomerPicker(UiContext& ui, Id* account, std::string* search) {
    std::string preview = tr("(no account)");
    if (*account) {
        for (const auto& a : app::listAccounts(ui.sandbox.db()))
            if (a.id == *account) preview = accountLabel(a);
    }
    ImGui::SetNextItemWidth(-1);
    const bool open = labelledCombo("##parentcustomer", preview.c_str(), tr("Parent Customer"), ImGuiComboFlags_HeightLarge);
    if (!open) return;
    if (ImGui::IsWindowAppearing()) {
        search->clear();
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##parentsearch", tr("Search accounts"), search);
    if (ImGui::Selectable(tr("(no account)"), *account == 0)) *account = 0;
    app::AccountFilter f;
    f.nameContains = *search;
    const auto accounts = app::listAccounts(ui.sandbox.db(), f);
    for (const auto& a : accounts) {
        ImGui::PushID(static_cast<int>(a.id));
        if (ImGui::Selectable(accountLabel(a).c_str(), a.id == *account)) *account = a.id;
        ImGui::PopID();
    }
    if (accounts.empty()) hint(tr("No account matches."));
    ImGui::EndCombo();
}
}  // namespace

void drawNewContactView(UiContext& ui) {
    struct Draft {
        std::string firstName, lastName, email, phone, title;
        Id account = 0;
        std::string search;         // the Parent Customer list's search box
        std::string lastNameError;  // the form's own refusal of an empty last name
    };
    FormState<Draft>& form = ui.page<FormState<Draft>>();
    Draft& d = form.draft;
    const Id preselected = ui.nav.record;  // the account the form was opened from (0: none)
    auto reset = [&] {
        d = Draft{};
        d.account = preselected;
    };
    if (ui.nav.entered(form.seen)) {
        reset();
        ui.clearFeedback("newcontact");
    }
    heading(tr("New Contact"));
    requiredLegend();
    if (beginForm("newcontactform")) {
        formInput(N_("First Name"), &d.firstName);
        if (formRequiredInput(N_("Last Name"), &d.lastName) && !blank(d.lastName)) d.lastNameError.clear();
        formError(d.lastNameError);
        formInput(N_("Email"), &d.email);
        formInput(N_("Phone"), &d.phone);
        formInput(N_("Title"), &d.title);
        formLabel(N_("Parent Customer"));
        parentCustomerPicker(ui, &d.account, &d.search);
        endForm();
    }
    hint(tr("A partner user is a contact of a partner account with an e-mail address: the login details are sent there."));
    const SaveAction action = saveButtons();
    if (action == SaveAction::Cancel) ui.nav.goBack();
    if (action == SaveAction::Save || action == SaveAction::SaveAndClose || action == SaveAction::SaveAndNew) {
        if (blank(d.lastName)) {
            d.lastNameError = tr("Enter the last name: it is required.");
            ui.clearFeedback("newcontact");
        } else {
            json cmd = {{"cmd", "CreateContact"}, {"firstName", d.firstName}, {"lastName", d.lastName},
                        {"email", d.email},       {"phone", d.phone},         {"title", d.title}};
            if (d.account) cmd["accountId"] = d.account;
            auto r = ui.run(cmd, "newcontact");
            if (r.ok) {
                ui.toast(r.message);  // "Created contact <name>"
                if (action == SaveAction::Save) {
                    ui.nav.go(Screen::ContactDetail, r.data.value("contactId", Id{0}));
                } else if (action == SaveAction::SaveAndClose) {
                    ui.nav.go(Screen::Contacts);
                } else {
                    reset();  // an empty form, Parent Customer still the account it was opened from
                    ui.clearFeedback("newcontact");
                }
            }
        }
    }
    ui.feedback("newcontact");
}

}  // namespace prm::ui
