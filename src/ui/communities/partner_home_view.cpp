// The Partner Community area. For a partner user: the community home (welcome, their account, their
// channel manager); a first login asks for a new password first. For internal users: the partner users
// who can log in, each with "Log in as this partner" (which asks for that user's password).
#include <string>

#include "app/queries_core.h"
#include "app/session_queries.h"
#include "app/users/queries_members.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

void drawPartnerUserHome(UiContext& ui, const app::User& me) {
    auto& db = ui.sandbox.db();
    // An administrator working as the partner (Log in to Experience as User) is not asked for their password.
    if (me.mustChangePassword && !app::users::experienceBanner(ui.sandbox).active) {
        drawChangePasswordForm(ui);
        return;
    }
    std::string community;
    for (const auto& c : app::listCommunities(db)) {
        if (c.status != "Published") continue;  // notr: status key
        for (const auto& p : c.memberProfiles)
            if (p.id == me.profileId && community.empty()) community = c.name;
    }
    heading(community.empty() ? std::string(tr("Partner Community")) : community);
    ImGui::SetWindowFontScale(1.2f);
    text(trf("Welcome, {0}!", {me.nickname.empty() ? me.name : me.nickname}));
    ImGui::SetWindowFontScale(1.0f);
    ImGui::Spacing();
    if (beginFields("partnerme")) {
        fieldRow(N_("Your name"), me.name);
        fieldRow(N_("Username"), me.username);
        fieldRow(N_("Company"), me.accountName);
        fieldRow(N_("Role"), me.roleName);
        fieldRow(N_("Last Login"), fmtDateTime(formatTime(me.lastLoginAt, N_("never"))));
        if (me.accountId)
            if (const auto acc = app::accountDetail(db, *me.accountId)) {
                fieldRow(N_("Channel Manager"), acc->account.ownerName);
                fieldRow(N_("Partner since"), fmtDateTime(formatTime(acc->account.partnerEnabledAt, "")));
            }
        endFields();
    }
    ImGui::Spacing();
    hint(tr("Your channel manager shares leads with you here; use Log Out in the header when you are done."));
}

void drawPartnerDirectory(UiContext& ui) {
    auto& db = ui.sandbox.db();
    heading(tr("Partner Community"));
    hint(tr("Partner users log in to a published community that has their profile as a member. To see the "
            "community as a partner, log in as one with their password (it is in their Welcome e-mail in the "
            "Outbox)."));
    int published = 0;
    for (const auto& c : app::listCommunities(db)) published += c.status == "Published";  // notr: status key
    if (published == 0)
        errorText(tr("No community is published yet, so partner users cannot log in: Setup > Digital Experiences > "
                     "All Communities."));
    app::UserFilter f;
    f.partner = true;
    const auto users = app::listUsers(db, f);
    if (users.empty()) {
        emptyHint(tr("No partner users yet. In Sales, open a partner account's contact and choose Manage External User "
                     "> Enable Partner User."));
        return;
    }
    if (!beginListTable("partnerusers", 6)) return;
    keyColumn(tr("Name"));
    stretchColumn(tr("Account"), 1.4f);
    stretchColumn(tr("Username"), 2.0f);
    stretchColumn(tr("Active"), 0.5f);
    stretchColumn(tr("Last Login"), 1.1f, ImGui::CalcTextSize(fmtDateTime("2026-12-31 23:59").c_str()).x);  // the date, not the header
    keyColumn("");
    listHeaders();
    for (const auto& u : users) {
        ImGui::PushID(static_cast<int>(u.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        text(u.name);
        ImGui::TableNextColumn();
        text(u.accountName);
        ImGui::TableNextColumn();
        text(u.username);
        ImGui::TableNextColumn();
        text(u.active ? "\u2713" : "");
        ImGui::TableNextColumn();
        text(fmtDateTime(formatTime(u.lastLoginAt, N_("never"))));
        ImGui::TableNextColumn();
        ImGui::BeginDisabled(!u.active);
        if (ImGui::SmallButton(tr("Log in as this partner"))) ui.nav.go(Screen::Login, u.id);
        ImGui::EndDisabled();
        ImGui::PopID();
    }
    endListTable();
}

}  // namespace

void drawPartnerHomeView(UiContext& ui) {
    const app::SessionInfo s = app::sessionInfo(ui.sandbox);
    if (s.isPartner) {
        if (const auto me = app::userDetail(ui.sandbox.db(), s.userId)) drawPartnerUserHome(ui, *me);
        return;
    }
    drawPartnerDirectory(ui);
}

}  // namespace prm::ui
