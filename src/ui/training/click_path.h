#pragma once
// The trainer view's solution as the clicks a person makes ("Setup → Build → Customize → Partners →
// Settings → Edit → Enable Partner Relationship Management → Save"), not as JSON.
#include <string>

#include "app/sandbox.h"

namespace prm::ui {

// The click path of one solution command, in the UI's language; names from the command's placeholders
// ("$leadId(Kivi Oy)" → Kivi Oy) or its text fields. A command without a known path: its JSON.
std::string clickPath(const app::json& command);

}  // namespace prm::ui
