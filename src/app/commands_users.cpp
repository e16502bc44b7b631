#include "app/command_areas.h"

namespace prm::app {

void registerUserCommands(CommandRegistry& r) { (void)r; }

}  // namespace prm::app
