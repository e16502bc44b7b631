#pragma once
// The administrator's actions on one user (Activate/Deactivate, Reset Password, Log in as), shared by
// the Users list and the user record page. Results show under `anchor`.
#include <string>

#include "app/queries_core.h"
#include "ui/ui_context.h"

namespace prm::ui {

void drawUserActions(UiContext& ui, const app::User& u, const std::string& anchor);

// After "Log in as" (or logging in) the app opens the area that user works in.
void openHomeAreaForCurrentUser(UiContext& ui);

}  // namespace prm::ui
