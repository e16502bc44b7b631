#pragma once
// The lead half of the UI: one function per screen, each in its own *_view.cpp.
#include "ui/ui_context.h"

namespace prm::ui {

// Sales
void drawLeadsView(UiContext& ui);             // the list (100 k+ rows), mass Change Owner, Run Assignment Rules
void drawNewLeadView(UiContext& ui);           // "New Lead" form
void drawLeadDetailView(UiContext& ui);        // nav.record: the lead; "Lead Owner <name> [Change]", why, sharing
void drawChangeLeadOwnerView(UiContext& ui);   // nav.record: the lead; the "Change Lead Owner" page

// Setup
void drawQueuesView(UiContext& ui);
void drawAssignmentRulesView(UiContext& ui);
void drawRoundRobinsView(UiContext& ui);
void drawSharingRulesView(UiContext& ui);
void drawPublicGroupsView(UiContext& ui);

// Partner Community
void drawPartnerInboxView(UiContext& ui);      // the partner user's "Lead Inbox"
void drawPartnerLeadView(UiContext& ui);       // nav.record: a lead the partner may see
// The partner user's left navigation (Home, Lead Inbox); false when it should not show (not a partner
// user, or a first login that must change the password first).
bool partnerNavWanted(UiContext& ui);
void drawPartnerNav(UiContext& ui);

// Deal registration (deal_registration_view.cpp): partner community and Sales area alike.
void drawDealRegistrationsView(UiContext& ui);  // the list, awaiting the viewer's approval first
void drawRegisterDealView(UiContext& ui);       // nav.record: 0 for a new deal, else the deal to edit
void drawDealDetailView(UiContext& ui);         // nav.record: the deal

}  // namespace prm::ui
