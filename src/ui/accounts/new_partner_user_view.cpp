// "New User" for a contact (Manage External User > Enable Partner User, seed §1.2): the details come
// from the contact and can be corrected before "Save". Saving creates the partner user, generates a
// password and e-mails the login details.
#include <cctype>
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

void drawNewPartnerUserView(UiContext& ui) {
    struct Draft {
        std::string firstName, lastName, email, username, nickname, alias;
        Id profile = 0;
        Id createdUser = 0;
        std::string sentTo;
    };
    FormState<Draft>& form = ui.page<FormState<Draft>>();
    Draft& d = form.draft;
    auto& db = ui.sandbox.db();
    const auto c = app::contactDetail(db, ui.nav.record);
    if (link(tr("< Contact"))) ui.nav.goBack();
    heading(tr("New User"));
    if (!c) {
        hint(tr("Open a contact and choose Manage External User > Enable Partner User."));
        return;
    }
    std::vector<std::pair<Id, std::string>> profiles;
    for (const auto& p : app::listProfiles(db))
        if (p.userType == "Partner") profiles.emplace_back(p.id, p.name);  // notr: the user type key
    if (ui.nav.entered(form.seen)) {
        d = Draft{};
        d.firstName = c->firstName;
        d.lastName = c->lastName;
        d.email = c->email;
        d.username = c->email;
        d.nickname = c->firstName.empty() ? c->lastName : c->firstName;
        for (char ch : d.nickname)
            if (ch != ' ') d.alias.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
        if (d.alias.size() > 8) d.alias.resize(8);
        for (const auto& p : profiles)
            if (p.second == "Partner Community User") d.profile = p.first;  // notr: the standard profile's name
        if (!d.profile && !profiles.empty()) d.profile = profiles.front().first;
        ui.clearFeedback("newpartneruser");
    }

    if (d.createdUser) {
        okText(trf("A password was generated and emailed to {0}", {d.sentTo}));
        hint(tr("In this sandbox nothing leaves the machine: the e-mail with the username and password is in the "
                "Outbox."));
        if (ImGui::Button(tr("Open the Outbox"))) ui.nav.go(Screen::Outbox);
        ImGui::SameLine();
        if (ImGui::Button(tr("Back to the contact"))) ui.nav.go(Screen::ContactDetail, c->id);
        ImGui::SameLine();
        if (ImGui::Button(tr("View the user"))) ui.nav.go(Screen::UserDetail, d.createdUser);
        return;
    }

    hint(trf("Confirm the details of the partner user for contact {0} of {1}, then click Save. The login details are "
             "e-mailed to the address below.",
             {c->name, c->accountName.empty() ? std::string(tr("(no account)")) : c->accountName}));

    // The role the user will get: the account's lowest partner role, created now if the account has none.
    std::string role;
    if (c->accountId) {
        if (const auto acc = app::accountDetail(db, *c->accountId)) {
            if (!acc->partnerRoles.empty()) {
                role = acc->partnerRoles.front().name;
            } else {
                const auto owner = app::userDetail(db, acc->account.ownerId);
                // The role's name is data, as the app names it (core_common.cpp): not translated.
                const std::string roleName = acc->account.name + " Partner User";  // notr
                role = trf("{0}  (created on Save, under {1})",
                           {roleName, owner && !owner->roleName.empty() ? owner->roleName : std::string(tr("the owner's role"))});
            }
        }
    }

    if (beginForm("newuserform")) {
        ImGui::BeginDisabled();
        formInput(N_("First Name"), &d.firstName);
        formInput(N_("Last Name"), &d.lastName);
        ImGui::EndDisabled();
        formInput(N_("Email"), &d.email);
        formInput(N_("Username"), &d.username);
        formInput(N_("Nickname"), &d.nickname);
        formInput(N_("Alias"), &d.alias);
        formLabel(N_("Profile"));
        idCombo("##profile", &d.profile, profiles);
        formText(N_("Role"), role.empty() ? std::string(tr("none: the contact has no account")) : role);
        formText(N_("Account"), c->accountName);
        endForm();
    }
    hint(tr("First and last name come from the contact; change them on the contact."));
    if (primaryButton(tr("Save"))) {
        json cmd = {{"cmd", "EnablePartnerUser"}, {"contactId", c->id}, {"email", d.email},
                    {"username", d.username},     {"nickname", d.nickname}, {"alias", d.alias}};
        if (d.profile) cmd["profileId"] = d.profile;
        auto r = ui.run(cmd, "newpartneruser");
        if (r.ok) {
            d.createdUser = r.data.value("userId", Id{0});
            d.sentTo = d.email;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) ui.nav.goBack();
    ui.feedback("newpartneruser");
}

}  // namespace prm::ui
