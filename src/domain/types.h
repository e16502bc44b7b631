#pragma once
// Value types of the PRM model and their stable string names (used in SQLite, JSON and the UI).
#include <cstdint>
#include <optional>
#include <string>

namespace prm::domain {

using Id = std::int64_t;          // row id; 0 means "none"
using TimeMs = std::int64_t;      // milliseconds since the Unix epoch

enum class Edition { Developer, Professional, Enterprise, Unlimited };
enum class Owd { Private, PublicRead, PublicReadWrite };   // org-wide default, ordered narrow → wide
enum class Access { None, Read, Edit, All };               // ordered; All = owner
enum class CommunityStatus { Preview, Published, Inactive };
enum class UserType { Internal, Partner };
enum class OwnerKind { User, Queue };
// Who a lead is given to (Change Owner, Mass Change Owner): an internal user, a partner user or a queue.
enum class OwnerType { User, PartnerUser, Queue };
// Role-based targets of sharing rules, folders and public groups.
enum class RoleScope { Role, RoleAndInternalSubordinates, RoleInternalAndPortalSubordinates };
enum class RowCause { Owner, RoleHierarchy, SharingRule, Queue, Manual };

const char* toString(Edition e);
const char* toString(Owd o);
const char* toString(Access a);
const char* toString(CommunityStatus s);
const char* toString(UserType t);
const char* toString(OwnerType t);  // "User", "PartnerUser", "Queue"
const char* toString(RoleScope s);
const char* toString(RowCause c);
const char* label(Owd o);          // "Public Read Only"
const char* label(RoleScope s);    // "Roles, Internal and Portal Subordinates"

std::optional<Edition> editionFrom(const std::string& s);
std::optional<Owd> owdFrom(const std::string& s);
std::optional<Access> accessFrom(const std::string& s);
std::optional<CommunityStatus> communityStatusFrom(const std::string& s);
std::optional<RoleScope> roleScopeFrom(const std::string& s);
std::optional<RowCause> rowCauseFrom(const std::string& s);
// Accepts the canonical names and "Partner User".
std::optional<OwnerType> ownerTypeFrom(const std::string& s);

// PRM exists in Developer, Enterprise and Unlimited editions.
bool editionSupportsPrm(Edition e);
// The access an org-wide default grants everybody on records they do not own.
Access owdAccess(Owd o);

}  // namespace prm::domain
