#pragma once
// Partner access (issue #20, "Partner accounts and users, completed"): the Digital Experiences settings page
// (Enable Partner Super User Access), partner super users, and Disable Partner User from the Manage External
// User menu. Handlers in partner_access.cpp, registered by registerAccountCommands (app/command_areas.h).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/sandbox.h"

namespace prm::app::accounts {

// Setup → Digital Experiences → Settings. Left out: stays as it is.
struct UpdateDigitalExperienceSettings {
    std::optional<bool> partnerSuperUserAccess;  // off keeps the grants; on again restores them
    std::optional<bool> accountRelationships;    // Enable Account Relationships: irreversible, needs PRM
};
PRM_FIELDS(UpdateDigitalExperienceSettings, partnerSuperUserAccess, accountRelationships)

// EnableSuperUserAccess, DisableSuperUserAccess, DisablePartnerUser
struct PartnerUserRef {
    Id userId = 0;
};
PRM_FIELDS(PartnerUserRef, userId)

// Account relationships (account_relationships.cpp): Account From gains access to Account To's records, as the
// account relationship data sharing rules say.
struct CreateAccountRelationship {
    Id accountFromId = 0;
    Id accountToId = 0;
    std::string type;  // e.g. Distributor; the rules match it (case-insensitive)
};
PRM_FIELDS(CreateAccountRelationship, accountFromId, accountToId, type)

struct DeleteAccountRelationship {
    Id relationshipId = 0;
};
PRM_FIELDS(DeleteAccountRelationship, relationshipId)

struct CreateAccountRelationshipShareRule {
    std::string name;
    std::string object;            // Lead or Opportunity
    std::string relationshipType;  // the relationships it applies to
    std::optional<std::string> accountField;  // PartnerAccount (default), or Account on opportunities
    std::optional<std::string> access;        // Read (default) or Edit
};
PRM_FIELDS(CreateAccountRelationshipShareRule, name, object, relationshipType, accountField, access)

struct DeleteAccountRelationshipShareRule {
    Id ruleId = 0;
};
PRM_FIELDS(DeleteAccountRelationshipShareRule, ruleId)

void registerPartnerAccessCommands(CommandRegistry& r);
void registerAccountRelationshipCommands(CommandRegistry& r);

// Queries for the views.
bool superUserAccessEnabled(store::Db& db);              // the Digital Experiences setting
bool isSuperUser(store::Db& db, Id userId);              // granted (works while the setting is on)
std::int64_t superUserCount(store::Db& db);              // active users with the grant
bool accountRelationshipsEnabled(store::Db& db);

struct AccountRelationshipRow {
    Id id = 0;
    Id fromId = 0, toId = 0;
    std::string fromName, toName, type;
};
// The relationships an account is in (either side), or every one (accountId 0), newest first.
std::vector<AccountRelationshipRow> accountRelationships(store::Db& db, Id accountId);
struct AccountRelationshipRuleRow {
    Id id = 0;
    std::string name, object, relationshipType, accountField, access;
};
std::vector<AccountRelationshipRuleRow> accountRelationshipRules(store::Db& db);

}  // namespace prm::app::accounts
