// Sales > Accounts > New: Account Name, Owner, Industry, Phone, City, Country; Save / Cancel.
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

void drawNewAccountView(UiContext& ui) {
    struct Draft {
        std::string name, industry, phone, city, country;
        Id owner = 0;
    };
    FormState<Draft>& form = ui.page<FormState<Draft>>();
    Draft& d = form.draft;
    if (ui.nav.entered(form.seen)) {
        d = Draft{};
        d.owner = ui.sandbox.currentUser();
        ui.clearFeedback("newaccount");
    }
    heading(tr("New Account"));
    hint(tr("Partners are accounts owned by the channel manager responsible for them, so the channel manager can "
            "track all partner activity in the territory."));
    std::vector<std::pair<Id, std::string>> owners;
    app::UserFilter f;
    f.partner = false;
    f.active = true;
    for (const auto& u : app::listUsers(ui.sandbox.db(), f)) owners.emplace_back(u.id, u.name);
    if (beginForm("newaccountform")) {
        formInput(N_("Account Name"), &d.name);
        formLabel(N_("Owner"));
        idCombo("##owner", &d.owner, owners);
        formInput(N_("Industry"), &d.industry);
        formInput(N_("Phone"), &d.phone);
        formInput(N_("City"), &d.city);
        formInput(N_("Country"), &d.country);
        endForm();
    }
    if (primaryButton(tr("Save"))) {
        auto r = ui.run({{"cmd", "CreateAccount"},
                         {"name", d.name},
                         {"ownerId", d.owner},
                         {"industry", d.industry},
                         {"phone", d.phone},
                         {"city", d.city},
                         {"country", d.country}},
                        "newaccount");
        if (r.ok) {
            ui.toast(r.message);
            ui.nav.go(Screen::AccountDetail, r.data.value("accountId", Id{0}));
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) ui.nav.goBack();
    ui.feedback("newaccount");
}

}  // namespace prm::ui
