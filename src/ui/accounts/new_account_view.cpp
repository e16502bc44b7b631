// Accounts > New (from any work area): Account Name (required), Owner, Industry, Phone, City, Country;
// Save / Save & Close / Save & New / Cancel. The form refuses an empty name itself, before any command.
#include <string>
#include <vector>

#include "app/queries_core.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {

namespace {
}  // namespace

void drawNewAccountView(UiContext& ui) {
    struct Draft {
        std::string name, industry, phone, city, country;
        Id owner = 0;
        std::string nameError;  // the form's own refusal of an empty name
    };
    FormState<Draft>& form = ui.page<FormState<Draft>>();
    Draft& d = form.draft;
    auto reset = [&] {
        d = Draft{};
        d.owner = ui.sandbox.currentUser();
    };
    if (ui.nav.entered(form.seen)) {
        reset();
        ui.clearFeedback("newaccount");
    }
    heading(tr("New Account"));
    hint(tr("Partners are accounts owned by the channel manager responsible for them, so the channel manager can "
            "track all partner activity in the territory."));
    requiredLegend();
    std::vector<std::pair<Id, std::string>> owners;
    app::UserFilter f;
    f.partner = false;
    f.active = true;
    for (const auto& u : app::listUsers(ui.sandbox.db(), f)) owners.emplace_back(u.id, u.name);
    if (beginForm("newaccountform")) {
        if (formRequiredInput(N_("Account Name"), &d.name) && !blank(d.name)) d.nameError.clear();
        formError(d.nameError);
        formLabel(N_("Owner"));
        idCombo("##owner", &d.owner, owners);
        formInput(N_("Industry"), &d.industry);
        formInput(N_("Phone"), &d.phone);
        formInput(N_("City"), &d.city);
        formInput(N_("Country"), &d.country);
        endForm();
    }
    const SaveAction action = saveButtons();
    if (action == SaveAction::Cancel) ui.nav.goBack();
    if (action == SaveAction::Save || action == SaveAction::SaveAndClose || action == SaveAction::SaveAndNew) {
        if (blank(d.name)) {
            d.nameError = tr("Enter the account name: it is required.");
            ui.clearFeedback("newaccount");
        } else {
            auto r = ui.run({{"cmd", "CreateAccount"},
                             {"name", d.name},
                             {"ownerId", d.owner},
                             {"industry", d.industry},
                             {"phone", d.phone},
                             {"city", d.city},
                             {"country", d.country}},
                            "newaccount");
            if (r.ok) {
                ui.toast(r.message);  // "Created account <name>"
                if (action == SaveAction::Save) {
                    ui.nav.go(Screen::AccountDetail, r.data.value("accountId", Id{0}));
                } else if (action == SaveAction::SaveAndClose) {
                    ui.nav.go(Screen::Accounts);
                } else {
                    reset();  // an empty form on the same visit: Cancel still goes back to where New was pressed
                    ui.clearFeedback("newaccount");
                }
            }
        }
    }
    ui.feedback("newaccount");
}

}  // namespace prm::ui
