#pragma once
// Sharing commands: public groups, lead sharing rules, folders and manual shares. The typed structs read
// from JSON (see app/command_fields.h); the handlers live in sharing_commands.cpp and are registered by
// registerSharingCommands (app/command_areas.h).
#include <optional>
#include <string>
#include <vector>

#include "app/domain_enums.h"
#include "app/sandbox.h"
#include "domain/types.h"

namespace prm::app::sharing {

// The access a sharing rule, a folder or a manual share gives (stored by name: "Read", "Edit").
enum class ShareAccess { Read, Edit };
PRM_ENUM(ShareAccess, {ShareAccess::Read, "Read"}, {ShareAccess::Edit, "Edit"})

// A member of a public group: exactly one of a user, a role with its scope ("Role" when absent), or a
// channel level (the users of the partner accounts at that level of an active channel program).
struct GroupMember {
    std::optional<Id> userId;
    std::optional<Id> roleId;
    std::optional<domain::RoleScope> scope;
    std::optional<Id> levelId;
};
PRM_FIELDS(GroupMember, userId, roleId, scope, levelId)

struct CreatePublicGroup {
    std::string name;
    std::vector<GroupMember> members;
};
PRM_FIELDS(CreatePublicGroup, name, members)

// One member, given beside the group: {"groupId": 3, "roleId": 7, "scope": "Role"}.
struct AddPublicGroupMember : GroupMember {
    Id groupId = 0;
};
PRM_FIELDS(AddPublicGroupMember, groupId, userId, roleId, scope, levelId)

// Exactly one of memberId (a user or role member) or levelId (a channel level member).
struct RemovePublicGroupMember {
    Id groupId = 0;
    std::optional<Id> memberId;
    std::optional<Id> levelId;
};
PRM_FIELDS(RemovePublicGroupMember, groupId, memberId, levelId)

// Whom a sharing rule shares from or with: exactly one of a role with its scope ("Role" when absent), or a
// public group.
struct RuleParty {
    std::optional<Id> roleId;
    std::optional<domain::RoleScope> scope;
    std::optional<Id> groupId;
};
PRM_FIELDS(RuleParty, roleId, scope, groupId)

// A criterion's value: text, or a number (kept as its JSON text, e.g. 1000000).
using CriterionValue = fields::TextOrNumber;

// A criteria-based rule's test on a lead field: {"field": "Country", "op": "equals", "value": "Finland"}.
struct RuleCriteria {
    std::string field;  // the field's API name
    std::string op;     // equals, notEqual, contains, ...
    CriterionValue value;
};
PRM_FIELDS(RuleCriteria, field, op, value)

enum class RuleType { Owner, Criteria };
PRM_ENUM(RuleType, {RuleType::Owner, "Owner"}, {RuleType::Criteria, "Criteria"})

struct CreateSharingRule {
    std::string name;
    RuleType ruleType = RuleType::Owner;
    std::optional<RuleParty> source;      // Owner rules: leads owned by these users
    std::optional<RuleCriteria> criteria;  // Criteria rules: leads matching this
    RuleParty target;
    std::optional<ShareAccess> access;  // Read when absent
};
PRM_FIELDS(CreateSharingRule, name, ruleType, source, criteria, target, access)

struct DeleteSharingRule {
    Id ruleId = 0;
};
PRM_FIELDS(DeleteSharingRule, ruleId)

enum class FolderKind { Report, Document, EmailTemplate, Dashboard };
PRM_ENUM(FolderKind, {FolderKind::Report, "Report"}, {FolderKind::Document, "Document"},
         {FolderKind::EmailTemplate, "EmailTemplate"}, {FolderKind::Dashboard, "Dashboard"})

struct CreateFolder {
    std::string name;
    std::optional<FolderKind> kind;  // Report when absent
    std::optional<Id> roleId;        // shared with this role; not shared when absent
    std::optional<domain::RoleScope> scope;  // with roleId; Role when absent
    std::optional<ShareAccess> access;       // Read when absent
};
PRM_FIELDS(CreateFolder, name, kind, roleId, scope, access)

struct ShareLeadManually {
    Id leadId = 0;
    Id userId = 0;
    std::optional<ShareAccess> access;  // Read when absent
};
PRM_FIELDS(ShareLeadManually, leadId, userId, access)

struct RemoveManualShare {
    Id leadId = 0;
    Id userId = 0;
};
PRM_FIELDS(RemoveManualShare, leadId, userId)

}  // namespace prm::app::sharing

