#pragma once
// First start: a sandbox with no org gets the demo org (an administrator, a channel manager,
// accounts, contacts and leads; PRM not yet enabled, so a trainee can follow the document).
#include "app/sandbox.h"

namespace prm::app {

// Creates the demo org when the database has none; does nothing otherwise.
CommandResult ensureOrg(Sandbox& sb);

}  // namespace prm::app
