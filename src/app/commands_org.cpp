#include "app/command_areas.h"

namespace prm::app {

void registerOrgCommands(CommandRegistry& r) { (void)r; }

}  // namespace prm::app
