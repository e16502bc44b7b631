#pragma once
// The administrator's actions on one user (Activate/Deactivate, Reset Password, Log in as), shared by
// the Users list and the user record page. Results show under `anchor`.
#include <string>

#include "app/queries_core.h"
#include "ui/ui_context.h"

namespace prm::ui {

void drawUserActions(UiContext& ui, const app::User& u, const std::string& anchor);

// Log in to Experience as User: works as the partner user in their community; Log Out returns (the banner
// in the header says so). The result shows under `anchor` when refused.
void logInToExperienceAs(UiContext& ui, domain::Id partnerUserId, const std::string& anchor);

// The administrator's partner-user section of a user page: Log in to Experience as User and the delegated
// external user administration switch.
void drawPartnerUserAdminActions(UiContext& ui, const app::User& u, const std::string& anchor);

// The banner shown while an administrator works as a partner user (nothing otherwise).
void drawExperienceBanner(UiContext& ui);

// After "Log in as" (or logging in) the app opens the area that user works in.
void openHomeAreaForCurrentUser(UiContext& ui);

}  // namespace prm::ui
