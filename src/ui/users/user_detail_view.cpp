// A user's record page: details, login state and the administrator's actions.
#include "app/people.h"
#include "app/queries_core.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/ui_helpers.h"
#include "ui/users/user_actions.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {

void drawUserDetailView(UiContext& ui) {
    if (link(tr("< Users"))) ui.nav.go(Screen::Users);
    const auto u = app::userDetail(ui.sandbox.db(), ui.nav.record);
    if (!u) {
        heading(tr("User"));
        hint(tr("This user no longer exists. Pick one from Setup > Users."));
        return;
    }
    heading(std::string(tr("User")) + ": " + u->name);
    drawUserActions(ui, *u, "user");
    drawPartnerUserAdminActions(ui, *u, "user");
    ui.feedback("user");
    ImGui::Spacing();
    if (beginFields("userfields")) {
        fieldRow(N_("Name"), u->name);
        fieldRow(N_("Username"), u->username);
        fieldRow(N_("Email"), u->email);
        fieldRow(N_("Nickname"), u->nickname);
        fieldRow(N_("Alias"), u->alias);
        fieldRow(N_("Profile"), u->profileName);
        fieldRow(N_("Role"), u->roleName.empty() ? std::string(tr("none")) : u->roleName);
        fieldRow(N_("User Type"), u->partner ? tr("Partner") : tr("Internal"));
        // The user's language, as on the real user record: the org's e-mails to them are written in it.
        formLabel(N_("Language"));
        const i18n::Language current = app::userLanguage(ui.sandbox.db(), u->id);
        const char* names[] = {"English##userlanguage", "Suomi##userlanguage"};  // notr: each language's own name
        for (int i = 0; i < 2; ++i) {
            const i18n::Language lang = i == 1 ? i18n::Language::Finnish : i18n::Language::English;
            if (i) ImGui::SameLine();
            if (ImGui::RadioButton(names[i], lang == current) && lang != current)
                ui.run({{"cmd", "UpdateUser"}, {"userId", u->id}, {"language", i18n::languageCode(lang)}}, "user");  // notr
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("The org's e-mails to this user are written in this language."));
        fieldRow(N_("Active"), u->active ? tr("Active") : tr("Inactive"));
        fieldRow(N_("Last Login"), formatTime(u->lastLoginAt, N_("never")));
        fieldRow(N_("Password"), u->mustChangePassword ? tr("must be changed at the next login") : tr("set by the user"));
        fieldRow(N_("Created"), formatTime(u->createdAt));
        endFields();
    }
    if (u->accountId) {
        ImGui::Spacing();
        text(tr("Partner account:"));
        ImGui::SameLine();
        recordLink(ui, u->accountName, Screen::AccountDetail, *u->accountId);
    }
    if (u->contactId) {
        ImGui::SameLine();
        text(tr("   Contact:"));
        ImGui::SameLine();
        recordLink(ui, u->name, Screen::ContactDetail, *u->contactId);
    }
}

}  // namespace prm::ui
