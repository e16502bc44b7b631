#pragma once
// The apps of the app menu and the work areas' left navigation (Dynamics style): Sales, Marketing,
// Service and My Workplace each list their own items; Setup has its tree, the Partner Community its own.
#include <cstddef>

#include "ui/ui_context.h"

namespace prm::ui {

// One row of an area's left navigation: the list it opens and the record pages that belong to it
// (highlighted with it).
struct AreaNavItem {
    const char* label;  // an English key marked N_(), translated where it is drawn
    Screen screen;
    Screen related[4];  // record pages and forms that belong to this item (highlighted with it)
};

// The area's name as the app menu and the area buttons show it, translated.
const char* areaName(AppArea a);
// Sales, Marketing, Service, My Workplace: the areas with a left navigation and area buttons.
bool isWorkArea(AppArea a);
// The work areas in the order of their buttons.
const AppArea* workAreas(std::size_t* count);
// The area's navigation items (empty for Setup and the Partner Community).
const AreaNavItem* areaNavItems(AppArea a, std::size_t* count);
// The screen an area opens on: its first navigation item (Setup Home, the partner home).
Screen areaStartScreen(AppArea a);
// Switches to `a` and opens its start screen.
void switchArea(UiContext& ui, AppArea a);

// Width of the navigation pane: 170 px, or wider when the area's longest item or button (in the UI
// language: "Myyntimahdollisuudet") needs it.
float areaNavWidth(UiContext& ui);

}  // namespace prm::ui
