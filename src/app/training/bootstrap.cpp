#include "app/training/bootstrap.h"

#include "app/training/seed_data.h"

namespace prm::app {

std::vector<json> demoSandboxCommands() {
    using namespace seed;
    std::vector<json> c = demoOrgCommands();
    // Sharing set up the way many orgs have it before PRM: shared with "Roles and Subordinates",
    // which turns into "Roles, Internal and Portal Subordinates" once partner roles exist. These are
    // what the External User Access Conversion wizard lists after PRM is enabled.
    const char* portal = "RoleInternalAndPortalSubordinates";
    c.push_back({{"cmd", "CreatePublicGroup"},
                 {"name", "Channel Team"},
                 {"members", json::array({{{"roleId", kRoleChannelSalesManager}, {"scope", portal}}})}});
    c.push_back({{"cmd", "CreateSharingRule"},
                 {"name", "Channel leads to the channel team"},
                 {"ruleType", "Owner"},
                 {"source", {{"roleId", kRoleChannelSalesManager}, {"scope", portal}}},
                 {"target", {{"roleId", kRoleChannelSalesManager}, {"scope", portal}}},
                 {"access", "Edit"}});
    c.push_back({{"cmd", "CreateSharingRule"},
                 {"name", "Finnish leads to Sales"},
                 {"ruleType", "Criteria"},
                 {"criteria", {{"field", "Country"}, {"op", "equals"}, {"value", "Finland"}}},
                 {"target", {{"roleId", kRoleVpSales}, {"scope", portal}}},
                 {"access", "Read"}});
    c.push_back({{"cmd", "CreateFolder"},
                 {"name", "Channel Pipeline Reports"},
                 {"kind", "Report"},
                 {"roleId", kRoleVpSales},
                 {"scope", portal},
                 {"access", "Read"}});
    c.push_back({{"cmd", "CreateFolder"},
                 {"name", "Partner Price Lists"},
                 {"kind", "Document"},
                 {"roleId", kRoleChannelSalesManager},
                 {"scope", portal},
                 {"access", "Read"}});
    // Leads owned by the channel managers and sales reps, Finnish and English.
    c.push_back({{"cmd", "GenerateLeads"},
                 {"count", 250},
                 {"seed", 2026},
                 {"ownerUserIds", json::array({kMikkoNieminen, kLauraMakela, kOliverBrown, kAleksiHeikkinen})}});
    return c;
}

CommandResult ensureOrg(Sandbox& sb) {
    if (sb.db().queryInt("SELECT 1 FROM org WHERE id = 1")) return CommandResult::success();
    return sb.executeAll(demoSandboxCommands());
}

}  // namespace prm::app
