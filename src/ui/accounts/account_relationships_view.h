#pragma once
// Account relationships on the account page and their data sharing rules (account_relationships_view.cpp).
#include "domain/types.h"
#include "ui/ui_context.h"

namespace prm::ui {
void drawAccountRelationshipsSection(UiContext& ui, domain::Id accountId);
void drawAccountRelationshipRules(UiContext& ui);
}  // namespace prm::ui
