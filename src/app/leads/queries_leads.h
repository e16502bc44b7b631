#pragma once
// Read models of the lead half for the UI: plain structs, filled by queries that never change the org.
// [SECTION] Owner candidates  [SECTION] Leads  [SECTION] Routing  [SECTION] Sharing
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/leads/list_views.h"
#include "domain/rules.h"
#include "domain/types.h"
#include "store/db.h"

namespace prm::app {

using domain::Access;
using domain::Id;
using domain::TimeMs;

// ---- [SECTION] Owner candidates -----------------------------------------------------------------
struct OwnerCandidate {
    Id id = 0;
    std::string name;
    std::string account;               // partner users: their account
    std::vector<std::string> reasons;  // hidden candidates: every rule that hides them
};
struct OwnerCandidates {
    std::vector<OwnerCandidate> eligible;
    std::vector<OwnerCandidate> hidden;  // "3 partner users are not shown — why?"
};
// Candidates for a new lead owner of the type; search matches name or account, ignoring case ("" = all).
// Partner users are hidden unless their profile is in a published community, and they are active
// and have logged in at least once; inactive internal users are hidden. Only users the actor may see are
// listed (userVisibilityCondition): a partner user gets their own account's partner users, never others'. Actor 0: the model itself (training
// checks), every user.
OwnerCandidates ownerCandidates(store::Db& db, Id actor, domain::OwnerType ownerType, const std::string& search);
// The same by name ("User", "PartnerUser" or "Partner User", "Queue"; any other name: User), as the UI's picker gives it.
OwnerCandidates ownerCandidates(store::Db& db, Id actor, const std::string& ownerType, const std::string& search);

// The editable e-mail the Change Lead Owner page shows when "Send Notification Email" is ticked.
struct EmailDraft {
    std::string subject;
    std::string body;
};
EmailDraft leadNotificationDraft(store::Db& db, Id leadId, Id actor);

// ---- [SECTION] Leads --------------------------------------------------------------------------
struct LeadRow {
    Id id = 0;
    std::string number;    // L-00042
    std::string name;      // "Matti Meikäläinen"
    std::string company;
    std::string status;
    std::string country;
    std::string city;
    std::string email;
    bool ownerIsQueue = false;
    Id ownerId = 0;
    std::string ownerName;
    TimeMs modifiedAt = 0;
    std::string partnerAccount;  // Partner Account: the owner's partner account, "" for an internal owner or a queue
    bool dealRegistration = false;  // record type DealRegistration (deal_registration.h)
    std::string via;       // inbox: "Owned" or "Queue: Nordic Leads"
};

// The partner lead inbox: leads the user owns and leads waiting in queues they are a member of.
std::vector<LeadRow> inboxLeads(store::Db& db, Id user);

struct LeadListQuery {
    std::string search;          // number, name, company or e-mail contains (ignoring ASCII case)
    std::optional<Id> ownerUserId;
    std::optional<Id> ownerQueueId;
    Id listViewId = 0;              // one of the viewer's own list views (list_views.h); 0: none
    std::string sortBy = "number";  // number, name, company, status, country, owner, partner, modified
    bool descending = false;
    std::int64_t offset = 0;
    std::int64_t limit = 50;
};
struct LeadPage {
    std::int64_t total = 0;  // rows matching, visible to the viewer
    std::vector<LeadRow> rows;
};
// The WHERE clause (leads aliased l) of a lead list query: what the viewer can see, the search and the
// owner filter. Its values are numbered parameters: ?1 the search pattern, ?2 the owner user, ?3 the owner
// queue; bind() binds those it uses. A query adding its own values numbers them from kFirstFreeParam.
struct LeadListFilter {
    static constexpr int kViewerParam = 4;  // the viewer, for the share-table condition
    static constexpr int kFirstFreeParam = 5;
    std::string where;
    Id viewer = 0;
    std::string pattern;             // "%text%", escaped for LIKE; "" without a search
    std::optional<Id> ownerUserId;
    std::optional<Id> ownerQueueId;
    static constexpr int kListViewFirstParam = 20;  // a list view's values: ?20, ?21, ...
    ListViewCondition listView;      // "1" without a view
    void bind(store::Statement& s) const;
};
LeadListFilter leadListFilter(store::Db& db, Id viewer, const LeadListQuery& q);

// One page of the leads the viewer can see (sharing applied), for a clipped table.
LeadPage listLeads(store::Db& db, Id viewer, const LeadListQuery& q);

struct LeadDetail {
    LeadRow row;
    domain::LeadValues values;   // indexed like domain::leadFields()
    Access access = Access::None;
    std::string trace;           // assignment_trace JSON, without names out of the viewer's sight (see explainOwner)
};
// nullopt when the lead does not exist or the viewer cannot read it.
std::optional<LeadDetail> leadDetail(store::Db& db, Id viewer, Id leadId);

// ---- [SECTION] Routing ------------------------------------------------------------------------
// Why a lead has its owner, in words (from assignment_trace).
struct OwnerExplanation {
    std::string summary;               // "Assigned by the lead assignment rule 'Partner routing', entry 2, to Maija Virtanen."
    std::vector<std::string> details;  // matched criteria, skipped entries and round-robin members, ...
};
// For a `viewer` (0: the model itself, everything), users out of their sight are not named and the entries
// and round-robin members the rule passed over are left out (a partner user learns nothing of other partners).
OwnerExplanation explainOwner(store::Db& db, Id leadId, Id viewer = 0);

struct QueueView {
    Id id = 0;
    std::string name;
    std::string email;
    bool sendEmailToMembers = false;
    struct Member {
        Id memberId = 0;
        std::string kind;  // User, Partner User, Role, Public Group (the member picker's words)
        Id refId = 0;
        std::string name;
    };
    std::vector<Member> members;
    std::int64_t leadCount = 0;
};
std::vector<QueueView> listQueues(store::Db& db);

struct AssignmentEntryView {
    Id id = 0;
    int order = 0;
    std::vector<std::string> criteria;  // "Country equals 'Finland'"
    std::string logic;
    std::string target;                 // "Maija Virtanen", "Queue: Nordic Leads", "Round robin: Finland reps"
    std::string targetProblem;          // why the entry is skipped at the moment ("" when usable)
    std::string emailTemplate;
    bool doNotReassign = false;
};
struct AssignmentRuleView {
    Id id = 0;
    std::string name;
    bool active = false;
    std::vector<AssignmentEntryView> entries;
};
std::vector<AssignmentRuleView> listAssignmentRules(store::Db& db);

struct RoundRobinView {
    Id id = 0;
    std::string name;
    std::string kind;  // Users / Queues
    std::int64_t cursor = 0;
    struct Member {
        Id id = 0;
        std::string name;
        int weight = 1;
        std::string problem;  // "" when eligible
    };
    std::vector<Member> members;
    std::string nextUp;  // who gets the next lead ("" when nobody can)
};
std::vector<RoundRobinView> listRoundRobins(store::Db& db);

// ---- [SECTION] Sharing ------------------------------------------------------------------------
// Who can reach a lead and why (the "Sharing" button): one row per user and cause.
struct ShareRowView {
    Id userId = 0;
    std::string userName;
    std::string cause;  // Owner, RoleHierarchy, SharingRule, Queue, Manual
    Access access = Access::None;
};
// Only rows of users the viewer may see (userVisibilityCondition; viewer 0: every row).
std::vector<ShareRowView> leadShareRows(store::Db& db, Id leadId, Id viewer = 0);

struct SharingRuleView {
    Id id = 0;
    std::string name;
    std::string ruleType;  // Owner / Criteria
    std::string from;      // "Leads owned by Role: Channel Manager" / "Leads where Country equals 'Finland'"
    std::string to;        // "Public group: Channel Team"
    std::string access;    // Read Only / Read/Write
};
std::vector<SharingRuleView> listSharingRules(store::Db& db);

struct PublicGroupView {
    Id id = 0;
    std::string name;
    std::vector<std::string> members;  // "User: Maija Virtanen", "Roles and Internal Subordinates: CEO"
    std::int64_t userCount = 0;
    std::vector<Id> levelIds;  // channel levels among the members (their texts come last in members)
};
std::vector<PublicGroupView> listPublicGroups(store::Db& db);

}  // namespace prm::app
