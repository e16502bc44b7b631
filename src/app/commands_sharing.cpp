#include "app/command_areas.h"

namespace prm::app {

void registerSharingCommands(CommandRegistry& r) { (void)r; }

}  // namespace prm::app
