#pragma once
// The Outbox's words for why an e-mail was sent ("Lead assigned to you"), never the model's kind name.
#include <string>

namespace prm::ui {

// The label of an Outbox e-mail kind through tr(); an unknown kind (from an imported org) as it is.
std::string emailKindLabel(const std::string& kind);

}  // namespace prm::ui
