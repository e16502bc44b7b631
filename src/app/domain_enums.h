#pragma once
// The domain's enums as commands read them, by name (app/command_fields.h). One place, so two headers
// can never declare the names of the same enum twice.
#include "app/command_fields.h"
#include "domain/rules.h"
#include "domain/types.h"

namespace prm::domain {

PRM_ENUM(Edition, {Edition::Developer, "Developer"}, {Edition::Professional, "Professional"},
         {Edition::Enterprise, "Enterprise"}, {Edition::Unlimited, "Unlimited"})
PRM_ENUM(Owd, {Owd::Private, "Private"}, {Owd::PublicRead, "PublicRead"}, {Owd::PublicReadWrite, "PublicReadWrite"})
PRM_ENUM(RoleScope, {RoleScope::Role, "Role"}, {RoleScope::RoleAndInternalSubordinates, "RoleAndInternalSubordinates"},
         {RoleScope::RoleInternalAndPortalSubordinates, "RoleInternalAndPortalSubordinates"})
// Criterion operators by their API names ("equals", "notEqual", ...), as toString(Op) spells them.
PRM_ENUM(Op, {Op::Equals, "equals"}, {Op::NotEqual, "notEqual"}, {Op::Contains, "contains"},
         {Op::NotContain, "notContain"}, {Op::StartsWith, "startsWith"}, {Op::LessThan, "lessThan"},
         {Op::GreaterThan, "greaterThan"}, {Op::LessOrEqual, "lessOrEqual"}, {Op::GreaterOrEqual, "greaterOrEqual"})
// Lead owners: "Partner User" (with a space) is the label older scenario files used.
PRM_ENUM(OwnerType, {OwnerType::User, "User"}, {OwnerType::PartnerUser, "PartnerUser"}, {OwnerType::Queue, "Queue"},
         {OwnerType::PartnerUser, "Partner User"})

}  // namespace prm::domain
