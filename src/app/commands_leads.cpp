#include "app/command_areas.h"

namespace prm::app {

void registerLeadCommands(CommandRegistry& r) { (void)r; }

}  // namespace prm::app
