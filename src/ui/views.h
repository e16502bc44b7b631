#pragma once
// One function per screen; each lives in its own *_view.cpp. Views read through app queries and
// emit commands through UiContext::run(); they never touch SQL.
#include "ui/ui_context.h"

namespace prm::ui {

void drawHomeView(UiContext& ui);
void drawSetupHomeView(UiContext& ui);
void drawPartnerSettingsView(UiContext& ui);

// The setup tree in the left column (Build → Customize → Partners → Settings, and the current
// product's Digital Experiences → Settings), with a search box over setup pages.
void drawSetupTree(UiContext& ui);

}  // namespace prm::ui
