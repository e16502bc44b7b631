#pragma once
// Lead sharing: the share table (lead_shares) and the access checks built on it.
// Rows: Owner (All), RoleHierarchy (Edit; users above the owner, or above a queue member), SuperUser (Edit; partner
// super users over their account's users at or below their level, while the org setting is on),
// Queue (Edit; queue members), SharingRule (the rule's access), Manual (the share's access).
// Org-wide defaults (internal for internal users, external for partner users) and the
// administrator's View All Data apply on top, without rows.
#include <string>
#include <vector>

#include "domain/result.h"
#include "domain/types.h"
#include "store/db.h"

namespace prm::app {

using domain::Access;
using domain::Id;

// Rebuilds role_ancestors from roles. Call after any role is created, moved or deleted.
domain::Status rebuildRoleAncestors(store::Db& db);

// Recalculates the share rows of every lead (set-based SQL).
domain::Status recalcAllLeadShares(store::Db& db);
// Recalculates the share rows of the given leads only (after an owner change, say).
domain::Status recalcLeadShares(store::Db& db, const std::vector<Id>& leadIds);
// The leads with ids first..last (e.g. just generated).
domain::Status recalcLeadSharesRange(store::Db& db, Id first, Id last);

// Recalculates the share rows of the leads whose ids are in a table with an `id` column
// (a TEMP table the caller filled, e.g. "temp.mass_ids"); the name is SQL text, never user input.
domain::Status recalcLeadSharesInTable(store::Db& db, const std::string& idsTable);

// The access a user has to a lead, from all of the above. Inactive users have none.
Access leadAccess(store::Db& db, Id userId, Id leadId);
inline bool canRead(store::Db& db, Id userId, Id leadId) { return leadAccess(db, userId, leadId) >= Access::Read; }
inline bool canEdit(store::Db& db, Id userId, Id leadId) { return leadAccess(db, userId, leadId) >= Access::Edit; }

// SQL condition (for "WHERE <cond>" over leads aliased `l`) that keeps only leads the user can read, for list
// views, counts and exports. The user id is the statement's parameter ?<param>: bind userId there (binding it is
// harmless when the condition needs no id: "1" for everything, "0" for nothing).
std::string leadVisibilityCondition(store::Db& db, Id userId, int param);

// Users a viewer may see (in pickers, and named in messages): internal users see every user; a partner
// user sees the internal users and the users of their own partner account, never another partner
// account's users. SQL condition over users aliased `u`, the viewer at ?<param> (as above).
std::string userVisibilityCondition(store::Db& db, Id viewerId, int param);
bool canSeeUser(store::Db& db, Id viewerId, Id userId);

// ---- Sales records (schema v4) ------------------------------------------------------------------
// Opportunities have their own share table (opportunity_shares), with the lead rules that apply to them:
// Owner (All) and, when the org grants access using hierarchies, RoleHierarchy (Edit) for every user above
// the owner, so a partner's opportunity is seen by the partner managers above them and the channel manager.
// The opportunity org-wide defaults (internal, external) and View All Data apply on top, without rows.
domain::Status recalcAllOpportunityShares(store::Db& db);
domain::Status recalcOpportunityShares(store::Db& db, const std::vector<Id>& opportunityIds);
// Every share table (leads and opportunities): after a change of roles, users, hierarchy or org.
domain::Status recalcAllShares(store::Db& db);
Access opportunityAccess(store::Db& db, Id userId, Id opportunityId);
// Over opportunities aliased `o`; the viewer at ?<param> (as leadVisibilityCondition).
std::string opportunityVisibilityCondition(store::Db& db, Id userId, int param);

// Accounts and contacts have no share table. Administrators: All. Internal users: the owner All, users above
// the owner Edit, everybody else the account (contact) internal org-wide default. Partner users: Read on
// their own partner account and on the account of any opportunity they can read (implicit parent access,
// as in the real product); Read on the contacts of the accounts they can read.
Access accountAccess(store::Db& db, Id userId, Id accountId);
Access contactAccess(store::Db& db, Id userId, Id contactId);
std::string accountVisibilityCondition(store::Db& db, Id userId, int param);  // accounts aliased `acc`
std::string contactVisibilityCondition(store::Db& db, Id userId, int param);  // contacts aliased `c`

// Activities are controlled by the record they regard: the activity's owner has All; others have the
// access they have to the regarded record, up to Edit (Edit is what completing it needs). An activity that
// regards nothing is seen by its owner and, under the hierarchy setting, the users above the owner (Edit).
// Administrators: All. Inactive users: none.
Access activityAccess(store::Db& db, Id userId, Id activityId);
// The access to the record (type, id) an activity regards: the same rules as above, without the owner.
Access regardingAccess(store::Db& db, Id userId, const std::string& type, Id recordId);
std::string activityVisibilityCondition(store::Db& db, Id userId, int param);  // activities aliased `a`

// A role with its scope as a group member, a rule's source or its target, in the message language:
// "Roles, Internal and Portal Subordinates: Partner Executive" / "Roolit sekä sisäiset ja portaalin alaiset: …".
std::string roleScopeText(domain::RoleScope scope, const std::string& roleName);

}  // namespace prm::app
