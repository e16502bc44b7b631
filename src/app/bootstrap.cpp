#include "app/bootstrap.h"

namespace prm::app {

CommandResult ensureOrg(Sandbox& sb) {
    if (sb.db().queryInt("SELECT 1 FROM org WHERE id = 1")) return CommandResult::success();
    return sb.execute({{"cmd", "CreateOrg"},
                       {"name", "Aurora Devices Oy"},
                       {"edition", "Enterprise"},
                       {"admin",
                        {{"firstName", "Anna"},
                         {"lastName", "Admin"},
                         {"email", "anna.admin@aurora.example"},
                         {"username", "anna.admin@aurora.example"}}}});
}

}  // namespace prm::app
