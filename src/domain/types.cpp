#include "types.h"

namespace prm::domain {
namespace {
template <typename E, std::size_t N>
std::optional<E> lookup(const std::string& s, const E (&values)[N]) {
    for (E v : values)
        if (s == toString(v)) return v;
    return std::nullopt;
}
}  // namespace

const char* toString(Edition e) {
    switch (e) {
        case Edition::Developer: return "Developer";
        case Edition::Professional: return "Professional";
        case Edition::Enterprise: return "Enterprise";
        case Edition::Unlimited: return "Unlimited";
    }
    return "?";
}
const char* toString(Owd o) {
    switch (o) {
        case Owd::Private: return "Private";
        case Owd::PublicRead: return "PublicRead";
        case Owd::PublicReadWrite: return "PublicReadWrite";
    }
    return "?";
}
const char* label(Owd o) {
    switch (o) {
        case Owd::Private: return "Private";
        case Owd::PublicRead: return "Public Read Only";
        case Owd::PublicReadWrite: return "Public Read/Write";
    }
    return "?";
}
const char* toString(Access a) {
    switch (a) {
        case Access::None: return "None";
        case Access::Read: return "Read";
        case Access::Edit: return "Edit";
        case Access::All: return "All";
    }
    return "?";
}
const char* toString(CommunityStatus s) {
    switch (s) {
        case CommunityStatus::Preview: return "Preview";
        case CommunityStatus::Published: return "Published";
        case CommunityStatus::Inactive: return "Inactive";
    }
    return "?";
}
const char* toString(UserType t) { return t == UserType::Internal ? "Internal" : "Partner"; }
const char* toString(OwnerType t) {
    switch (t) {
        case OwnerType::User: return "User";
        case OwnerType::PartnerUser: return "PartnerUser";
        case OwnerType::Queue: return "Queue";
    }
    return "?";
}
const char* toString(RoleScope s) {
    switch (s) {
        case RoleScope::Role: return "Role";
        case RoleScope::RoleAndInternalSubordinates: return "RoleAndInternalSubordinates";
        case RoleScope::RoleInternalAndPortalSubordinates: return "RoleInternalAndPortalSubordinates";
    }
    return "?";
}
const char* label(RoleScope s) {
    switch (s) {
        case RoleScope::Role: return "Role";
        case RoleScope::RoleAndInternalSubordinates: return "Roles and Internal Subordinates";
        case RoleScope::RoleInternalAndPortalSubordinates: return "Roles, Internal and Portal Subordinates";
    }
    return "?";
}
const char* toString(RowCause c) {
    switch (c) {
        case RowCause::Owner: return "Owner";
        case RowCause::RoleHierarchy: return "RoleHierarchy";
        case RowCause::SharingRule: return "SharingRule";
        case RowCause::Queue: return "Queue";
        case RowCause::Manual: return "Manual";
    }
    return "?";
}

std::optional<Edition> editionFrom(const std::string& s) {
    static const Edition all[] = {Edition::Developer, Edition::Professional, Edition::Enterprise, Edition::Unlimited};
    return lookup(s, all);
}
std::optional<Owd> owdFrom(const std::string& s) {
    static const Owd all[] = {Owd::Private, Owd::PublicRead, Owd::PublicReadWrite};
    return lookup(s, all);
}
std::optional<Access> accessFrom(const std::string& s) {
    static const Access all[] = {Access::None, Access::Read, Access::Edit, Access::All};
    return lookup(s, all);
}
std::optional<CommunityStatus> communityStatusFrom(const std::string& s) {
    static const CommunityStatus all[] = {CommunityStatus::Preview, CommunityStatus::Published, CommunityStatus::Inactive};
    return lookup(s, all);
}
std::optional<RoleScope> roleScopeFrom(const std::string& s) {
    static const RoleScope all[] = {RoleScope::Role, RoleScope::RoleAndInternalSubordinates,
                                    RoleScope::RoleInternalAndPortalSubordinates};
    return lookup(s, all);
}
std::optional<RowCause> rowCauseFrom(const std::string& s) {
    static const RowCause all[] = {RowCause::Owner, RowCause::RoleHierarchy, RowCause::SharingRule, RowCause::Queue,
                                   RowCause::Manual};
    return lookup(s, all);
}
std::optional<OwnerType> ownerTypeFrom(const std::string& s) {
    if (s == "Partner User") return OwnerType::PartnerUser;
    static const OwnerType all[] = {OwnerType::User, OwnerType::PartnerUser, OwnerType::Queue};
    return lookup(s, all);
}

bool editionSupportsPrm(Edition e) { return e != Edition::Professional; }

Access owdAccess(Owd o) {
    switch (o) {
        case Owd::Private: return Access::None;
        case Owd::PublicRead: return Access::Read;
        case Owd::PublicReadWrite: return Access::Edit;
    }
    return Access::None;
}

}  // namespace prm::domain
