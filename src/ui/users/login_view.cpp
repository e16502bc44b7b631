// The login page (Username, Password, "Log In") and, at a first login or after a reset, "Change Your
// Password" (New Password, Confirm, "Save"). The record id of Screen::Login, when set, is the user whose
// username is filled in (from "Log in as this partner").
#include <string>

#include "app/queries_core.h"
#include "app/session_queries.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/keyboard.h"
#include "ui/strings.h"
#include "ui/ui_helpers.h"
#include "ui/users/user_actions.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {
struct ChangePasswordForm {
    std::string pw, confirm;
    std::string mismatch;
};
struct LoginPage {
    std::string username, password;
    std::uint64_t seen = ~0ull;
    bool changePending = false;  // logged in here with a password that must be changed
};
}  // namespace

void drawChangePasswordForm(UiContext& ui) {
    ChangePasswordForm& s = ui.page<ChangePasswordForm>();
    std::string& pw = s.pw;
    std::string& confirm = s.confirm;
    std::string& mismatch = s.mismatch;
    heading(tr("Change Your Password"));
    hint(tr("Your password was generated for you. Choose your own before you continue: at least 8 characters, with "
            "a letter and a digit."));
    if (beginForm("changepw")) {
        formInput(N_("New Password"), &pw, ImGuiInputTextFlags_Password);
        formInput(N_("Confirm New Password"), &confirm, ImGuiInputTextFlags_Password);
        endForm();
    }
    if (primaryButton(tr("Save"))) {
        mismatch.clear();
        if (pw != confirm) {
            mismatch = tr("The two passwords differ; type the same new password in both fields.");
            ui.clearFeedback("changepw");
        } else {
            auto r = ui.run({{"cmd", "ChangePassword"}, {"newPassword", pw}}, "changepw");
            if (r.ok) {
                pw.clear();
                confirm.clear();
                ui.toast(r.message);
                openHomeAreaForCurrentUser(ui);
            }
        }
    }
    if (!mismatch.empty()) errorText(mismatch);
    ui.feedback("changepw");
}

void drawLoginView(UiContext& ui) {
    LoginPage& s = ui.page<LoginPage>();
    std::string& username = s.username;
    std::string& password = s.password;
    bool& changePending = s.changePending;
    const app::SessionInfo me = app::sessionInfo(ui.sandbox);
    if (ui.nav.entered(s.seen)) {
        password.clear();
        ui.clearFeedback("login");
        if (ui.nav.record)
            if (const auto u = app::userDetail(ui.sandbox.db(), ui.nav.record)) username = u->username;
    }
    if ((changePending || me.passwordChangeRequired) && me.userId) {
        if (const auto u = app::userDetail(ui.sandbox.db(), me.userId); u && u->mustChangePassword) {
            drawChangePasswordForm(ui);
            return;
        }
        changePending = false;
    }

    ImGui::BeginChild("loginbox", ImVec2(600, 0), false);
    heading(tr("Log In"));
    if (me.userId)
        hint(trf("You are logged in as {0}. Logging in as someone else ends that session.", {me.name}));
    else
        hint(tr("Log in with a username and password. Partner users log in to the partner community."));
    if (beginForm("loginform")) {
        formInput(N_("Username"), &username);
        formInput(N_("Password"), &password, ImGuiInputTextFlags_Password);
        endForm();
    }
    if (primaryButton(tr("Log In"))) {
        auto r = ui.run({{"cmd", "LogIn"}, {"username", username}, {"password", password}}, "login");
        if (r.ok) {
            password.clear();
            const app::SessionInfo now = app::sessionInfo(ui.sandbox);
            if (r.data.value("mustChangePassword", false) && !now.isPartner) {
                changePending = true;  // stay here: "Change Your Password" comes next
            } else {
                openHomeAreaForCurrentUser(ui);  // partner home asks for the new password itself
                ui.toast(r.message);
            }
        }
    }
    ui.feedback("login");
    ImGui::Spacing();
    hint(tr("Sandbox: login e-mails never leave this browser. New users find their username and password in the "
            "Welcome e-mail in the Outbox."));
    if (link(tr("Open the Outbox"))) ui.nav.go(Screen::Outbox);
    ImGui::EndChild();
}

}  // namespace prm::ui
