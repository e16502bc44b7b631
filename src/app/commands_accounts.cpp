#include "app/command_areas.h"

namespace prm::app {

void registerAccountCommands(CommandRegistry& r) { (void)r; }

}  // namespace prm::app
