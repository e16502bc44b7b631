#pragma once
// One function per screen; each lives in its own *_view.cpp. Views read through app queries and
// emit commands through UiContext::run(); they never touch SQL.
#include "ui/leads/lead_views.h"  // the lead half: leads, routing and sharing setup, partner lead inbox
#include "ui/ui_context.h"

namespace prm::ui {

// Sales
void drawHomeView(UiContext& ui);
void drawAreaNav(UiContext& ui);  // left column of a work area (ui/areas.h): its items, then the area buttons
void drawAccountsView(UiContext& ui);
void drawNewAccountView(UiContext& ui);
void drawAccountDetailView(UiContext& ui);
void drawContactsView(UiContext& ui);
void drawNewContactView(UiContext& ui);  // nav.record: the account to preselect (0: none)
void drawContactDetailView(UiContext& ui);
void drawNewPartnerUserView(UiContext& ui);  // nav.record: the contact
void drawOutboxView(UiContext& ui);

// Setup
void drawSetupHomeView(UiContext& ui);
void drawPartnerSettingsView(UiContext& ui);
void drawExperienceSettingsView(UiContext& ui);
void drawExternalAccessWizardView(UiContext& ui);
void drawUsersView(UiContext& ui);
void drawUserDetailView(UiContext& ui);
void drawAccountMembersView(UiContext& ui);  // users/account_members_view.cpp
void drawProfilesView(UiContext& ui);
void drawRolesView(UiContext& ui);
void drawCommunitiesView(UiContext& ui);
void drawCommunityDetailView(UiContext& ui);
void drawSharingSettingsView(UiContext& ui);
void drawAuditTrailView(UiContext& ui);
void drawOrgSettingsView(UiContext& ui);
// Data Management: the CSV import wizard and the whole org as a .sqlite / JSON file.
void drawDataImportView(UiContext& ui);  // nav.record: 1 Lead, 2 Account, 3 Contact (0: as left)
void drawSandboxFileView(UiContext& ui);
// "Import" and "Export" for a list (object: 0 Lead, 1 Account, 2 Contact): the wizard, and a CSV of
// what the current user may see.
void drawListDataButtons(UiContext& ui, int object);

// The setup tree in the left column (Administer, Build → Customize → Partners → Settings, Digital
// Experiences, Security Controls, Company Profile), with Quick Find over setup pages.
void drawSetupTree(UiContext& ui);
// Width of the setup tree column: its deepest, longest page name fits unclipped.
float setupTreeWidth();

// Session and the Partner Community
void drawLoginView(UiContext& ui);           // nav.record: a user whose username is filled in
void drawChangePasswordForm(UiContext& ui);  // "Change Your Password" for the logged-in user
void drawPartnerHomeView(UiContext& ui);

}  // namespace prm::ui
