#include "ui/training/click_path.h"

#include <map>
#include <vector>

#include "ui/strings.h"

namespace prm::ui {
namespace {

// A step is a label (through tr()) or, when it starts with '@', the command's field of that name.
const std::map<std::string, std::vector<const char*>>& paths() {
    static const std::map<std::string, std::vector<const char*>> p = {
        {"EnablePrm", {"Setup", "Build", "Customize", "Partners", "Settings", "Edit", "Enable Partner Relationship Management", "Save"}},
        {"CompleteExternalAccessWizard", {"External User Access Conversion", "Continue", "Done"}},
        {"CreateSnapshot", {"Training", "Snapshots", "Create sandbox copy"}},
        {"ChangeLeadOwner", {"Leads", "@leadId", "[Change]", "Owner", "@ownerType", "@ownerId", "Save"}},
        {"MassChangeOwner", {"Leads", "Select all matching", "Change Owner", "Owner", "@ownerType", "@ownerId", "Save"}},
        {"EnableAsPartner", {"Accounts", "@accountId", "Manage External Account", "Enable as Partner"}},
        {"EnablePartnerUser", {"Contacts", "@contactId", "Manage External User", "Enable Partner User", "Save"}},
        {"CreateCommunity", {"Setup", "Communities", "New Community", "@name", "Save"}},
        {"AddCommunityMemberProfile", {"Setup", "Communities", "@communityId", "@profileId", "Add"}},
        {"PublishCommunity", {"Setup", "Communities", "@communityId", "Publish"}},
        {"CreateQueue", {"Setup", "Queues", "New Queue", "@name", "Save"}},
        {"CreateRoundRobin", {"Setup", "Round Robins", "New Round Robin", "@name", "Save"}},
        {"CreatePublicGroup", {"Setup", "Public Groups", "New Public Group", "@name", "Save"}},
        {"CreateAssignmentRule", {"Setup", "Lead Assignment Rules", "New Rule", "@name", "Save"}},
        {"AddAssignmentRuleEntry", {"Setup", "Lead Assignment Rules", "@ruleId", "New Entry", "Save"}},
        {"RunAssignmentRules", {"Leads", "Run Assignment Rules (all leads)"}},
        {"ActivateUser", {"Setup", "Users", "@userId", "Edit", "Active", "Save"}},
        {"LogIn", {"Log Out", "Username", "@username", "Password", "Log In"}},
    };
    return p;
}

// "$leadId(Kivi Oy)" → "Kivi Oy"; other text as it is; numbers and the rest: "".
std::string argument(const app::json& v) {
    if (!v.is_string()) return "";
    const std::string s = v.get<std::string>();
    const auto open = s.find('('), close = s.rfind(')');
    if (!s.empty() && s[0] == '$' && open != std::string::npos && close != std::string::npos && close > open)
        return s.substr(open + 1, close - open - 1);
    return s;
}

}  // namespace

std::string clickPath(const app::json& command) {
    const auto it = paths().find(command.value("cmd", std::string()));
    if (it == paths().end()) return command.dump();
    std::string out;
    for (const char* step : it->second) {
        std::string s;
        if (step[0] == '@') {
            const std::string field = step + 1;
            if (command.contains(field)) s = argument(command[field]);
            if (field == "ownerType" && !s.empty()) s = tr(s == "PartnerUser" ? "Partner User" : s.c_str());
        } else {
            s = tr(step);
        }
        if (s.empty()) continue;
        out += (out.empty() ? "" : " \u2192 ") + s;
    }
    return out;
}

}  // namespace prm::ui
