#pragma once
// The lead list's "View:" selector (All Leads, My Leads and the user's own list views) with
// Create New View / Edit / Delete and the view form (name, filters, filter logic).
#include "app/leads/queries_leads.h"
#include "ui/ui_context.h"

namespace prm::ui {

// Draws the bar above the list; picks the view into `query.listViewId` (and the built-ins into the
// owner filter: `ownerFilter` 0 all, 1 my leads, as the lead list keeps it).
void drawListViewBar(UiContext& ui, app::LeadListQuery& query, int& ownerFilter);

}  // namespace prm::ui
