#include "app/command_areas.h"

namespace prm::app {

void registerCommunityCommands(CommandRegistry& r) { (void)r; }

}  // namespace prm::app
