#include "app/command_areas.h"

namespace prm::app {

void registerRoutingCommands(CommandRegistry& r) { (void)r; }

}  // namespace prm::app
