#pragma once
// The sales screens around the leads: opportunities (list and record page with its stage path),
// My Workplace → Activities (views, multi-select Mark Complete), the New Activity form, Convert Lead,
// and the Open Activities / Activity History sections every record page shows.
#include <string>

#include "ui/ui_context.h"

namespace prm::ui {

void drawOpportunitiesView(UiContext& ui);
void drawOpportunityDetailView(UiContext& ui);  // nav.record: the opportunity
void drawActivitiesView(UiContext& ui);         // My Workplace → Activities
void drawNewActivityView(UiContext& ui);        // opened by openNewActivity()
void drawConvertLeadView(UiContext& ui);        // nav.record: the lead

// Opens the New Activity form regarding (type, id) ("" / 0: nothing), with `activityType` preselected
// ("Task", "PhoneCall", ...).
void openNewActivity(UiContext& ui, const std::string& regardingType, Id regardingId, const std::string& activityType = "Task");  // notr: record type key

// On a lead's page: what a converted lead became (links to what the viewer may open), or the Convert button
// when the viewer can edit the lead. `partner`: the community's page (no links to Sales pages).
void drawConversionOrConvert(UiContext& ui, Id leadId, domain::Access access, bool partner);

// An account page's Opportunities related list (the ones the viewer may see).
void drawAccountOpportunities(UiContext& ui, Id accountId);

// "Open Activities" and "Activity History" of one record, with New Activity and Mark Complete.
// `type`: Lead, Account, Contact or Opportunity.
void drawActivitySections(UiContext& ui, const char* type, Id recordId);

// The English keys (marked for translation) of the sales picklists; tr() them where shown.
const char* stageLabel(const std::string& stage);
const char* activityTypeLabel(const std::string& type);
const char* activityStateLabel(const std::string& state);
const char* priorityLabel(const std::string& priority);

}  // namespace prm::ui
