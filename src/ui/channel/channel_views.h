#pragma once
// Channel programs and tiers (issue #20): Sales → Channel Programs and the account page's section.
#include "ui/ui_context.h"

namespace prm::ui {

void drawChannelProgramsView(UiContext& ui);
void drawChannelProgramDetailView(UiContext& ui);  // nav.record: the program
// A partner account's memberships (program, level, active), on its page.
void drawAccountChannelPrograms(UiContext& ui, Id accountId);

}  // namespace prm::ui
