#pragma once
// Read models of the core half of the PRM model, for the UI: plain structs, filled by one query each.
// Nothing here changes the database. Times are ms since the epoch; optional ones are nullopt when unset.
//
// [SECTION] index
//  - Org settings
//  - Users, profiles, roles (tree)
//  - Accounts (list, detail), contacts
//  - Communities
//  - Outbox
//  - Setup Audit Trail
//  - External User Access Conversion wizard candidates
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/people.h"
#include "domain/types.h"
#include "store/db.h"

namespace prm::app {

using domain::Id;
using domain::TimeMs;

// ---- Org settings -------------------------------------------------------------------------------
struct OrgWideDefault {
    std::string object;    // Lead, Account, Contact, Opportunity
    std::string internal;  // Private / PublicRead / PublicReadWrite
    std::string external;
};
struct OrgSettings {
    std::string name;
    std::string edition;
    bool prmAvailable = false;  // the edition has PRM (Developer, Enterprise, Unlimited)
    bool prmEnabled = false;
    std::optional<TimeMs> prmEnabledAt;
    std::string wizardState;    // none / open / done / cancelled
    Id defaultLeadOwnerId = 0;
    std::string defaultLeadOwnerName;
    int partnerRoleCount = 3;
    bool grantAccessUsingHierarchies = true;
    std::vector<OrgWideDefault> owds;  // Lead, Account, Contact, Opportunity
};
// nullopt when the sandbox has no org yet.
std::optional<OrgSettings> orgSettings(store::Db& db);

// ---- Users, profiles, roles ---------------------------------------------------------------------
struct UserFilter {
    std::optional<bool> partner;       // only partner / only internal users
    std::optional<bool> active;
    std::optional<Id> accountId;
    std::string nameContains;          // case-insensitive, over name and username
};
// Users are the model's one User struct (app/people.h): the views show the same columns the commands read.
std::vector<User> listUsers(store::Db& db, const UserFilter& filter = {});
// loadUser for views: nullopt when there is no such user.
std::optional<User> userDetail(store::Db& db, Id userId);

struct ProfileRow {
    Id id = 0;
    std::string name;
    std::string userType;  // Internal / Partner
    bool admin = false;
    int userCount = 0;
};
std::vector<ProfileRow> listProfiles(store::Db& db);

struct RoleNode {
    Id id = 0;
    std::string name;
    std::optional<Id> parentId;
    int depth = 0;                    // 0 for a top role; rows come in tree order (parent before children)
    std::optional<Id> partnerAccountId;
    int partnerLevel = 0;             // 1 User, 2 Manager, 3 Executive; 0 for internal roles
    int userCount = 0;
};
std::vector<RoleNode> roleTree(store::Db& db);

// ---- Accounts and contacts ----------------------------------------------------------------------
struct AccountRow {
    Id id = 0;
    std::string name;
    Id ownerId = 0;
    std::string ownerName;
    bool partner = false;
    std::optional<TimeMs> partnerEnabledAt;
    std::string industry, phone, website, city, country;
    int contactCount = 0;
    int partnerUserCount = 0;  // active ones
    TimeMs createdAt = 0;
};
struct AccountFilter {
    std::optional<bool> partner;
    std::optional<Id> ownerId;
    std::string nameContains;
};
std::vector<AccountRow> listAccounts(store::Db& db, const AccountFilter& filter = {});

struct ContactRow {
    Id id = 0;
    std::optional<Id> accountId;
    std::string accountName;
    std::string name, firstName, lastName, email, phone, title;
    Id ownerId = 0;
    std::string ownerName;
    std::optional<Id> partnerUserId;  // set when the contact is enabled as a partner user
    bool partnerUserActive = false;
    TimeMs createdAt = 0;
};
// All contacts, or those of one account.
std::vector<ContactRow> listContacts(store::Db& db, std::optional<Id> accountId = std::nullopt);
std::optional<ContactRow> contactDetail(store::Db& db, Id contactId);

struct AccountDetail {
    AccountRow account;
    std::vector<ContactRow> contacts;
    std::vector<User> partnerUsers;   // active and inactive
    std::vector<RoleNode> partnerRoles;  // lowest level first
};
std::optional<AccountDetail> accountDetail(store::Db& db, Id accountId);

// ---- Communities -------------------------------------------------------------------------------
struct CommunityRow {
    Id id = 0;
    std::string name;
    std::string urlPrefix;
    std::string status;  // Preview / Published / Inactive
    TimeMs createdAt = 0;
    std::vector<ProfileRow> memberProfiles;
};
std::vector<CommunityRow> listCommunities(store::Db& db);

// ---- Outbox ------------------------------------------------------------------------------------
struct OutboxRow {
    Id id = 0;
    std::string kind;  // Welcome, PasswordReset, LeadNotification, ...
    std::optional<Id> toUserId;
    std::string toName;
    std::string toAddress;
    std::string subject;
    std::string body;  // empty in lists (listOutbox), full in outboxDetail
    std::string templateName;
    std::optional<Id> relatedId;
    TimeMs sentAt = 0;
};
struct OutboxFilter {
    std::optional<Id> toUserId;
    std::string kind;  // "" for all kinds
    int offset = 0;
    int limit = 100;
};
// Newest first.
std::vector<OutboxRow> listOutbox(store::Db& db, const OutboxFilter& filter = {});
std::optional<OutboxRow> outboxDetail(store::Db& db, Id emailId);
// The login details an e-mail the org sent carries, in the order they appear: its "Username: ",
// "Password: " and "New password: " lines, as {"Username", value} etc. Empty for other mail.
struct LoginDetail {
    std::string label;  // "Username", "Password" or "New password"
    std::string value;
};
std::vector<LoginDetail> loginDetails(const std::string& body);

// ---- Setup Audit Trail -------------------------------------------------------------------------
struct AuditRow {
    Id id = 0;
    TimeMs at = 0;
    std::optional<Id> actorId;
    std::string actorName;  // "" when the change had no actor (CreateOrg's bootstrap)
    std::string section, action, oldValue, newValue;
};
struct AuditPage {
    std::vector<AuditRow> rows;  // newest first
    int total = 0;
};
AuditPage setupAudit(store::Db& db, int offset = 0, int limit = 50);

// ---- External User Access Conversion wizard ----------------------------------------------------
// One thing the wizard would convert from "Roles, Internal and Portal Subordinates" to
// "Roles and Internal Subordinates".
struct WizardItem {
    Id id = 0;
    std::string name;       // the rule, the folder, or "Group: Role" for a public group member
    std::string exposes;    // what it shares with partner users today, in words
    int partnerUsersReached = 0;  // partner users currently inside the scope
};
struct WizardCandidates {
    std::vector<WizardItem> sharingRules;  // step 1
    std::vector<WizardItem> folders;       // step 2
    std::vector<WizardItem> groupMembers;  // step 3
    bool empty() const { return sharingRules.empty() && folders.empty() && groupMembers.empty(); }
};
WizardCandidates wizardCandidates(store::Db& db);

}  // namespace prm::app
