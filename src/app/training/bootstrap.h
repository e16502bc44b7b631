#pragma once
// First start: a sandbox with no org gets the demo org (an administrator, channel managers, sales
// reps, accounts, contacts, sharing rules, folders and 250 leads; PRM not yet enabled, so a trainee
// can follow the document from its first step).
#include <vector>

#include "app/sandbox.h"

namespace prm::app {

// The commands that build the demo sandbox in an empty database, in order.
std::vector<json> demoSandboxCommands();

// Creates the demo org when the database has none; does nothing otherwise.
CommandResult ensureOrg(Sandbox& sb);

}  // namespace prm::app
