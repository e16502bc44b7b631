#pragma once
// Org commands: the typed structs read from JSON (see app/command_fields.h). Their handlers are in
// org_commands.cpp and registered by registerOrgCommands (app/command_areas.h).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/domain_enums.h"
#include "app/sandbox.h"
#include "domain/types.h"

namespace prm::app::org {

// The org's first user: a System Administrator in the CEO role, logged in when the org is created.
struct OrgAdmin {
    std::optional<std::string> firstName;
    std::string lastName;
    std::string email;
    std::optional<std::string> username;  // looks like an e-mail address; the e-mail when absent
    std::optional<std::string> password;  // generated (and e-mailed) when absent; then changed at the next login
    std::optional<std::string> language;  // "en" (the default) or "fi": the language of the org's e-mails to them
};
PRM_FIELDS(OrgAdmin, firstName, lastName, email, username, password, language)

struct CreateOrg {
    std::string name;
    std::optional<domain::Edition> edition;       // Enterprise when absent
    std::optional<std::int64_t> partnerRoleCount;  // 1, 2 or 3; 3 when absent
    OrgAdmin admin;
};
PRM_FIELDS(CreateOrg, name, edition, partnerRoleCount, admin)

// Every field left out stays as it is; at least one must be given.
struct UpdateOrgSettings {
    std::optional<std::string> name;
    std::optional<Id> defaultLeadOwnerId;          // an active internal user
    std::optional<std::int64_t> partnerRoleCount;  // 1, 2 or 3; for partner accounts enabled from now on
    std::optional<bool> grantAccessUsingHierarchies;
    std::optional<bool> prmEnabled;  // always refused: EnablePrm turns PRM on, and nothing turns it off
};
PRM_FIELDS(UpdateOrgSettings, name, defaultLeadOwnerId, partnerRoleCount, grantAccessUsingHierarchies, prmEnabled)

// The objects that have an org-wide default in the sandbox.
enum class OwdObject { Lead, Account, Contact, Opportunity };
PRM_ENUM(OwdObject, {OwdObject::Lead, "Lead"}, {OwdObject::Account, "Account"}, {OwdObject::Contact, "Contact"},
         {OwdObject::Opportunity, "Opportunity"})

// The default left out stays as it is; external access may not be wider than internal access.
struct SetOrgWideDefaults {
    OwdObject object = OwdObject::Lead;
    std::optional<domain::Owd> internal;
    std::optional<domain::Owd> external;
};
PRM_FIELDS(SetOrgWideDefaults, object, internal, external)

struct EnablePrm {};
PRM_NO_FIELDS(EnablePrm)
struct DisablePrm {};
PRM_NO_FIELDS(DisablePrm)
struct OpenExternalAccessWizard {};
PRM_NO_FIELDS(OpenExternalAccessWizard)
struct CancelExternalAccessWizard {};
PRM_NO_FIELDS(CancelExternalAccessWizard)

// The items to convert to "Roles and Internal Subordinates"; each must be on the wizard's list.
// None at all closes the wizard without converting anything.
struct CompleteExternalAccessWizard {
    std::vector<Id> sharingRuleIds;
    std::vector<Id> folderIds;
    std::vector<Id> groupMemberIds;
};
PRM_FIELDS(CompleteExternalAccessWizard, sharingRuleIds, folderIds, groupMemberIds)

}  // namespace prm::app::org
