// New Contact (from an account's "New Contact", or Contacts > New): First Name, Last Name, Email,
// Phone, Title, Account; Save / Cancel. The record id of the screen is the account to preselect.
#include <string>
#include <vector>

#include "app/queries_core.h"
#include "imgui.h"
#include "ui/keyboard.h"
#include "ui/strings.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {

void drawNewContactView(UiContext& ui) {
    struct Draft {
        std::string firstName, lastName, email, phone, title;
        Id account = 0;
    };
    FormState<Draft>& form = ui.page<FormState<Draft>>();
    Draft& d = form.draft;
    if (ui.nav.entered(form.seen)) {
        d = Draft{};
        d.account = ui.nav.record;
        ui.clearFeedback("newcontact");
    }
    heading(tr("New Contact"));
    std::vector<std::pair<Id, std::string>> accounts;
    for (const auto& a : app::listAccounts(ui.sandbox.db()))
        accounts.emplace_back(a.id, a.partner ? trf("{0}  (partner)", {a.name}) : a.name);
    if (beginForm("newcontactform")) {
        formInput(N_("First Name"), &d.firstName);
        formInput(N_("Last Name"), &d.lastName);
        formInput(N_("Email"), &d.email);
        formInput(N_("Phone"), &d.phone);
        formInput(N_("Title"), &d.title);
        formLabel(N_("Account"));
        idCombo("##account", &d.account, accounts, N_("(no account)"));
        endForm();
    }
    hint(tr("A partner user is a contact of a partner account with an e-mail address: the login details are sent there."));
    if (primaryButton(tr("Save"))) {
        json cmd = {{"cmd", "CreateContact"}, {"firstName", d.firstName}, {"lastName", d.lastName},
                    {"email", d.email},       {"phone", d.phone},         {"title", d.title}};
        if (d.account) cmd["accountId"] = d.account;
        auto r = ui.run(cmd, "newcontact");
        if (r.ok) {
            ui.toast(r.message);
            ui.nav.go(Screen::ContactDetail, r.data.value("contactId", Id{0}));
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) ui.nav.goBack();
    ui.feedback("newcontact");
}

}  // namespace prm::ui
