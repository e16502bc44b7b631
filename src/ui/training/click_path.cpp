#include "ui/training/click_path.h"

#include <map>
#include <vector>

#include "ui/strings.h"

namespace prm::ui {
namespace {

// A step is a label (through tr()) or, when it starts with '@', the command's field of that name.
const std::map<std::string, std::vector<const char*>>& paths() {
    static const std::map<std::string, std::vector<const char*>> p = {
        {"EnablePrm", {N_("Setup"), N_("Build"), N_("Customize"), N_("Partners"), N_("Settings"), N_("Edit"), N_("Enable Partner Relationship Management"), N_("Save")}},
        {"CompleteExternalAccessWizard", {N_("External User Access Conversion"), N_("Continue"), N_("Done")}},
        {"CreateSnapshot", {N_("Training"), N_("Snapshots"), N_("Create sandbox copy")}},
        {"ChangeLeadOwner", {N_("Leads"), "@leadId", N_("[Change]"), N_("Owner"), "@ownerType", "@ownerId", N_("Save")}},
        {"MassChangeOwner", {N_("Leads"), N_("Select all matching"), N_("Change Owner"), N_("Owner"), "@ownerType", "@ownerId", N_("Save")}},
        {"EnableAsPartner", {N_("Accounts"), "@accountId", N_("Manage External Account"), N_("Enable as Partner")}},
        {"EnablePartnerUser", {N_("Contacts"), "@contactId", N_("Manage External User"), N_("Enable Partner User"), N_("Save")}},
        {"CreateCommunity", {N_("Setup"), N_("Communities"), N_("New Community"), "@name", N_("Save")}},
        {"AddCommunityMemberProfile", {N_("Setup"), N_("Communities"), "@communityId", "@profileId", N_("Add")}},
        {"PublishCommunity", {N_("Setup"), N_("Communities"), "@communityId", N_("Publish")}},
        {"CreateQueue", {N_("Setup"), N_("Queues"), N_("New Queue"), "@name", N_("Save")}},
        {"CreateRoundRobin", {N_("Setup"), N_("Round Robins"), N_("New Round Robin"), "@name", N_("Save")}},
        {"CreatePublicGroup", {N_("Setup"), N_("Public Groups"), N_("New Public Group"), "@name", N_("Save")}},
        {"CreateAssignmentRule", {N_("Setup"), N_("Lead Assignment Rules"), N_("New Rule"), "@name", N_("Save")}},
        {"AddAssignmentRuleEntry", {N_("Setup"), N_("Lead Assignment Rules"), "@ruleId", N_("New Entry"), N_("Save")}},
        {"RunAssignmentRules", {N_("Leads"), N_("Run Assignment Rules (all leads)")}},
        {"ActivateUser", {N_("Setup"), N_("Users"), "@userId", N_("Edit"), N_("Active"), N_("Save")}},
        {"LogIn", {N_("Log Out"), N_("Username"), "@username", N_("Password"), N_("Log In")}},
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
            if (field == "ownerType" && !s.empty()) s = s == "PartnerUser" ? tr("Partner User") : tr(s.c_str());
        } else {
            s = tr(step);
        }
        if (s.empty()) continue;
        out += (out.empty() ? "" : " \u2192 ") + s;
    }
    return out;
}

}  // namespace prm::ui
