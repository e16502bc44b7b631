#include "app/sharing.h"

#include <algorithm>
#include <optional>
#include <string>

#include "app/messages.h"
#include "domain/rules.h"

namespace prm::app {
namespace {

// Scratch tables of one recalculation (TEMP: never part of the saved org, never in serialize()).
const char* kScratch =
    "CREATE TEMP TABLE IF NOT EXISTS share_rule_src(rule_id INTEGER NOT NULL, user_id INTEGER NOT NULL);"
    "CREATE TEMP TABLE IF NOT EXISTS share_rule_tgt(rule_id INTEGER NOT NULL, user_id INTEGER NOT NULL, access INTEGER NOT NULL);"
    "CREATE TEMP TABLE IF NOT EXISTS share_crit_hits(rule_id INTEGER NOT NULL, lead_id INTEGER NOT NULL);"
    "CREATE TEMP TABLE IF NOT EXISTS share_rule_hits(lead_id INTEGER NOT NULL, user_id INTEGER NOT NULL, access INTEGER NOT NULL);"
    "CREATE TEMP TABLE IF NOT EXISTS share_bosses(user_id INTEGER NOT NULL, boss_id INTEGER NOT NULL, PRIMARY KEY(user_id, boss_id)) WITHOUT ROWID;"
    "DELETE FROM share_rule_src; DELETE FROM share_rule_tgt; DELETE FROM share_crit_hits; DELETE FROM share_rule_hits;"
    "DELETE FROM share_bosses;";

const char* kClearScratch =
    "DELETE FROM share_rule_src; DELETE FROM share_rule_tgt; DELETE FROM share_crit_hits; DELETE FROM share_rule_hits;"
    "DELETE FROM share_bosses;";

// Partner super users (Setup → Digital Experiences → Settings → Enable Partner Super User Access, and the
// user's own grant): Edit on the records owned by the partner users of their account whose partner role is at
// their level or below (their own role included). Rows of `shares` for the records `alias` of `records` matched
// by `filter`, owned by `ownerColumn`. Every name is this file's constant, never user text.
std::string superUserShares(const char* shares, const char* idColumn, const char* records, const char* alias,
                            const char* ownerColumn, const std::string& filter) {
    const std::string a = alias;
    return std::string("INSERT OR IGNORE INTO ") + shares + "(" + idColumn + ", user_id, row_cause, access) "
           "SELECT " + a + ".id, su.id, 'SuperUser', 2 FROM " + records + " " + a +
           "  JOIN users ow ON ow.id = " + a + "." + ownerColumn +
           "  JOIN roles ro ON ro.id = ow.role_id AND ro.partner_account_id IS NOT NULL "
           "  JOIN roles rs ON rs.partner_account_id = ro.partner_account_id AND rs.partner_level >= ro.partner_level "
           "  JOIN users su ON su.role_id = rs.id AND su.is_super_user = 1 AND su.id <> ow.id "
           " WHERE (SELECT is_super_user_access_enabled FROM org WHERE id = 1) = 1 AND (" + filter + ");";
}

// Account relationships (Setup → Digital Experiences → Settings → Enable Account Relationships): each account
// relationship data sharing rule of `object` gives the partner users of Account From its access to the records
// whose account field names Account To. Leads name their account by Partner Account (the owner's partner
// account); opportunities by Partner Account or by Account, as the rule says. Names are this file's constants.
std::string accountRelationshipShares(const char* shares, const char* idColumn, const char* records, const char* alias,
                                      const char* object, const char* partnerAccount, const char* account,
                                      const std::string& filter) {
    const std::string a = alias;
    const std::string named = account ? std::string("CASE r.account_field WHEN 'Account' THEN ") + account + " ELSE " +
                                            partnerAccount + " END"
                                      : std::string(partnerAccount);
    return std::string("INSERT OR IGNORE INTO ") + shares + "(" + idColumn + ", user_id, row_cause, access) "
           "SELECT " + a + ".id, ru.id, 'AccountRelationship', MAX(CASE r.access WHEN 'Edit' THEN 2 ELSE 1 END) FROM " +
           records + " " + a + " JOIN account_relationship_share_rules r ON r.object = '" + object + "' "
           "  JOIN account_relationships ar ON ar.type = r.relationship_type COLLATE NOCASE AND ar.account_to_id = " + named +
           "  JOIN users ru ON ru.account_id = ar.account_from_id "
           " WHERE (SELECT is_account_relationships_enabled FROM org WHERE id = 1) = 1 AND (" + filter + ") "
           " GROUP BY " + a + ".id, ru.id;";
}

// Leads matched by criteria-based sharing rules, into share_crit_hits. The field comes from the
// whitelist in domain::leadFields(); the value is compared in C++ and never reaches SQL text.
domain::Status collectCriteriaHits(store::Db& db, const std::string& f) {
    struct Rule {
        Id id;
        domain::CompiledCriterion crit;
    };
    std::vector<Rule> rules;
    auto q = db.prepare("SELECT id, criteria_field, criteria_op, criteria_value FROM sharing_rules "
                        "WHERE object = 'Lead' AND rule_type = 'Criteria' ORDER BY id");
    while (q.step()) {
        auto c = domain::compileCriterion({q.getText(1), q.getText(2), q.getText(3)});
        if (c.ok()) rules.push_back({q.getInt(0), c.value()});  // invalid rules were refused when created
    }
    if (!q.ok()) return domain::Status::fail(q.error());
    if (rules.empty()) return domain::okStatus();
    auto ins = db.prepare("INSERT INTO share_crit_hits(rule_id, lead_id) VALUES (?, ?)");
    // One scan per distinct column.
    for (int field = 0; field < domain::kLeadFieldCount; ++field) {
        std::vector<const Rule*> mine;
        for (const auto& r : rules)
            if (r.crit.field == field) mine.push_back(&r);
        if (mine.empty()) continue;
        const std::string col = domain::leadFields()[static_cast<size_t>(field)].column;
        auto s = db.prepare("SELECT l.id, l." + col + " FROM leads l WHERE (" + f + ")");
        while (s.step()) {
            std::optional<std::string> v;
            if (!s.isNull(1)) v = s.getText(1);
            for (const Rule* r : mine) {
                if (!domain::matches(r->crit, v)) continue;
                ins.bind(1, r->id).bind(2, s.getInt(0));
                if (auto st = ins.run(); !st) return st;
                ins.reset();
            }
        }
        if (!s.ok()) return domain::Status::fail(s.error());
    }
    return domain::okStatus();
}

// Inserts the share rows of the leads matched by `f` (a condition over leads aliased l),
// whose old rows the caller has deleted.
domain::Status insertShares(store::Db& db, const std::string& leadFilter) {
    const std::string f = leadFilter.empty() ? "1" : leadFilter;
    const bool hierarchy = db.queryInt("SELECT grant_access_using_hierarchies FROM org WHERE id = 1").value_or(1) != 0;
    if (auto st = db.exec(kScratch); !st) return st;
    std::string sql;
    // Owner.
    sql += "INSERT OR IGNORE INTO lead_shares(lead_id, user_id, row_cause, access) "
           "SELECT l.id, l.owner_user_id, 'Owner', 3 FROM leads l WHERE l.owner_user_id IS NOT NULL AND (" + f + ");";
    // Queue members.
    sql += "INSERT OR IGNORE INTO lead_shares(lead_id, user_id, row_cause, access) "
           "SELECT l.id, qu.user_id, 'Queue', 2 FROM leads l JOIN queue_users qu ON qu.queue_id = l.owner_queue_id "
           "WHERE l.owner_queue_id IS NOT NULL AND (" + f + ");";
    // Sharing rules: the users each rule shares from (owner-based rules) and to (all rules).
    sql += "INSERT INTO share_rule_src(rule_id, user_id) "
           "SELECT r.id, rs.user_id FROM sharing_rules r "
           "  JOIN role_scope_users rs ON rs.role_id = r.source_role_id AND rs.scope = r.source_role_scope "
           " WHERE r.object = 'Lead' AND r.rule_type = 'Owner' "
           "UNION SELECT r.id, g.user_id FROM sharing_rules r JOIN group_users g ON g.group_id = r.source_group_id "
           " WHERE r.object = 'Lead' AND r.rule_type = 'Owner';";
    sql += "INSERT INTO share_rule_tgt(rule_id, user_id, access) "
           "SELECT r.id, rs.user_id, CASE r.access WHEN 'Edit' THEN 2 ELSE 1 END FROM sharing_rules r "
           "  JOIN role_scope_users rs ON rs.role_id = r.target_role_id AND rs.scope = r.target_role_scope "
           " WHERE r.object = 'Lead' "
           "UNION SELECT r.id, g.user_id, CASE r.access WHEN 'Edit' THEN 2 ELSE 1 END FROM sharing_rules r "
           "  JOIN group_users g ON g.group_id = r.target_group_id WHERE r.object = 'Lead';";
    sql += "INSERT INTO share_rule_hits(lead_id, user_id, access) "
           "SELECT l.id, t.user_id, t.access FROM share_rule_src s "
           "  JOIN leads l ON l.owner_user_id = s.user_id "
           "  JOIN share_rule_tgt t ON t.rule_id = s.rule_id WHERE (" + f + ");";
    if (auto st = db.exec(sql); !st) return st;
    if (auto st = collectCriteriaHits(db, f); !st) return st;
    sql = "INSERT INTO share_rule_hits(lead_id, user_id, access) "
          "SELECT c.lead_id, t.user_id, t.access FROM share_crit_hits c JOIN share_rule_tgt t ON t.rule_id = c.rule_id;"
          "INSERT OR IGNORE INTO lead_shares(lead_id, user_id, row_cause, access) "
          "SELECT lead_id, user_id, 'SharingRule', MAX(access) FROM share_rule_hits GROUP BY lead_id, user_id;";
    // Manual shares.
    sql += "INSERT OR IGNORE INTO lead_shares(lead_id, user_id, row_cause, access) "
           "SELECT l.id, m.user_id, 'Manual', CASE m.access WHEN 'Edit' THEN 2 ELSE 1 END "
           "FROM lead_manual_shares m JOIN leads l ON l.id = m.lead_id WHERE (" + f + ");";
    sql += superUserShares("lead_shares", "lead_id", "leads", "l", "owner_user_id", f);
    sql += accountRelationshipShares("lead_shares", "lead_id", "leads", "l", "Lead",
                                     "(SELECT account_id FROM users WHERE id = l.owner_user_id)", nullptr, f);
    if (hierarchy) {
        // Users above anyone with access (owner, queue member, rule or manual recipient) get the same
        // access, up to Edit.
        sql += "INSERT INTO share_bosses(user_id, boss_id) "
               "SELECT DISTINCT m.id, boss.id FROM users m "
               "  JOIN role_ancestors ra ON ra.role_id = m.role_id AND ra.depth > 0 "
               "  JOIN users boss ON boss.role_id = ra.ancestor_id;";
        sql += "INSERT OR IGNORE INTO lead_shares(lead_id, user_id, row_cause, access) "
               "SELECT s.lead_id, b.boss_id, 'RoleHierarchy', MAX(MIN(s.access, 2)) FROM lead_shares s "
               "  JOIN share_bosses b ON b.user_id = s.user_id "
               " WHERE s.row_cause <> 'RoleHierarchy'" +
               (leadFilter.empty() ? std::string() : " AND s.lead_id IN (SELECT l.id FROM leads l WHERE (" + f + "))") +
               " GROUP BY s.lead_id, b.boss_id;";
    }
    sql += kClearScratch;
    return db.exec(sql);
}

}  // namespace

domain::Status rebuildRoleAncestors(store::Db& db) {
    return db.exec(
        "DELETE FROM role_ancestors;"
        "WITH RECURSIVE up(role_id, ancestor_id, depth) AS ("
        "  SELECT id, id, 0 FROM roles"
        "  UNION ALL SELECT up.role_id, r.parent_id, up.depth + 1 FROM up JOIN roles r ON r.id = up.ancestor_id"
        "  WHERE r.parent_id IS NOT NULL AND up.depth < 64)"
        "INSERT OR IGNORE INTO role_ancestors(role_id, ancestor_id, depth) SELECT role_id, ancestor_id, depth FROM up;");
}

domain::Status recalcAllLeadShares(store::Db& db) {
    if (auto st = db.exec("DELETE FROM lead_shares"); !st) return st;
    return insertShares(db, "");
}

domain::Status recalcLeadSharesInTable(store::Db& db, const std::string& idsTable) {
    // When the set is a large part of all leads (an import, a mass reassign of everything), the
    // whole-table pass is cheaper than filtering every rule's join by the set: same rows either way.
    const auto setSize = db.queryInt("SELECT count(*) FROM " + idsTable).value_or(0);
    const auto total = db.queryInt("SELECT count(*) FROM leads").value_or(0);
    if (setSize > 2000 && setSize * 3 > total) return recalcAllLeadShares(db);
    if (auto st = db.exec("DELETE FROM lead_shares WHERE lead_id IN (SELECT id FROM " + idsTable + ")"); !st) return st;
    return insertShares(db, "l.id IN (SELECT id FROM " + idsTable + ")");
}

domain::Status recalcLeadSharesRange(store::Db& db, Id first, Id last) {
    if (last < first) return domain::okStatus();
    const std::string range = std::to_string(first) + " AND " + std::to_string(last);  // two integers, not user text
    if (auto st = db.exec("DELETE FROM lead_shares WHERE lead_id BETWEEN " + range); !st) return st;
    return insertShares(db, "l.id BETWEEN " + range);
}

domain::Status recalcLeadShares(store::Db& db, const std::vector<Id>& leadIds) {
    if (leadIds.empty()) return domain::okStatus();
    if (auto st = db.exec("CREATE TEMP TABLE IF NOT EXISTS recalc_ids(id INTEGER PRIMARY KEY); DELETE FROM recalc_ids;"); !st)
        return st;
    auto ins = db.prepare("INSERT OR IGNORE INTO recalc_ids(id) VALUES (?)");
    for (Id id : leadIds) {
        ins.bind(1, id);
        if (auto st = ins.run(); !st) return st;
        ins.reset();
    }
    auto st = recalcLeadSharesInTable(db, "temp.recalc_ids");
    if (!st) return st;
    return db.exec("DELETE FROM recalc_ids");
}

namespace {
// An object with a share table: its org-wide default columns and its table of share rows.
struct SharedObject {
    const char* owdInternal;
    const char* owdExternal;
    const char* shares;     // lead_shares
    const char* idColumn;   // lead_id
    const char* records;    // leads
};
const SharedObject kLeadObject{"owd_lead_internal", "owd_lead_external", "lead_shares", "lead_id", "leads"};
const SharedObject kOpportunityObject{"owd_opportunity_internal", "owd_opportunity_external", "opportunity_shares",
                                      "opportunity_id", "opportunities"};

// The access from the share table, the org-wide default (internal or external) and View All Data; none for an
// inactive user or a record that does not exist. The names are this file's constants, never user text.
Access sharedAccess(store::Db& db, const SharedObject& obj, Id userId, Id recordId) {
    auto s = db.prepare(std::string("SELECT u.is_active, p.is_admin, "
                                    "  (SELECT CASE p.user_type WHEN 'Partner' THEN o.") + obj.owdExternal + " ELSE o." +
                        obj.owdInternal + " END FROM org o WHERE o.id = 1), "
                        "  (SELECT MAX(access) FROM " + obj.shares + " WHERE " + obj.idColumn + " = ?2 AND user_id = u.id), "
                        "  EXISTS (SELECT 1 FROM " + obj.records + " WHERE id = ?2) "
                        "FROM users u JOIN profiles p ON p.id = u.profile_id WHERE u.id = ?1");
    s.bind(1, userId).bind(2, recordId);
    if (!s.step() || s.getInt(0) == 0 || s.getInt(4) == 0) return Access::None;
    if (s.getInt(1) != 0) return Access::All;  // View All / Modify All Data
    Access best = domain::owdAccess(domain::owdFrom(s.getText(2)).value_or(domain::Owd::Private));
    if (!s.isNull(3)) best = std::max(best, static_cast<Access>(s.getInt(3)));
    return best;
}
}  // namespace

Access leadAccess(store::Db& db, Id userId, Id leadId) { return sharedAccess(db, kLeadObject, userId, leadId); }

namespace {
enum class Visibility { None, All, Shared };
// What a user may read of the leads: nothing (inactive), all (administrator, or an org-wide default that
// grants read), or the leads in the share table for them.
Visibility leadVisibility(store::Db& db, Id userId) {
    auto u = db.prepare("SELECT u.is_active, p.is_admin, p.user_type FROM users u JOIN profiles p ON p.id = u.profile_id "
                        "WHERE u.id = ?");
    u.bind(1, userId);
    if (!u.step() || u.getInt(0) == 0) return Visibility::None;
    if (u.getInt(1) != 0) return Visibility::All;
    const bool partner = u.getText(2) == "Partner";
    auto owdText = db.queryText(std::string("SELECT ") + (partner ? "owd_lead_external" : "owd_lead_internal") +
                                " FROM org WHERE id = 1");
    auto owd = domain::owdFrom(owdText.value_or("Private")).value_or(domain::Owd::Private);
    return domain::owdAccess(owd) >= Access::Read ? Visibility::All : Visibility::Shared;
}
}  // namespace

std::string leadVisibilityCondition(store::Db& db, Id userId, int param) {
    switch (leadVisibility(db, userId)) {
        case Visibility::None: return "0";
        case Visibility::All: return "1";
        case Visibility::Shared: break;
    }
    return "l.id IN (SELECT lead_id FROM lead_shares WHERE user_id = ?" + std::to_string(param) + ")";
}

// ---- Sales records -------------------------------------------------------------------------------
namespace {

domain::Status insertOpportunityShares(store::Db& db, const std::string& filter) {
    const std::string f = filter.empty() ? "1" : filter;
    const bool hierarchy = db.queryInt("SELECT grant_access_using_hierarchies FROM org WHERE id = 1").value_or(1) != 0;
    std::string sql = "INSERT OR IGNORE INTO opportunity_shares(opportunity_id, user_id, row_cause, access) "
                      "SELECT o.id, o.owner_id, 'Owner', 3 FROM opportunities o WHERE (" + f + ");";
    sql += superUserShares("opportunity_shares", "opportunity_id", "opportunities", "o", "owner_id", f);
    sql += accountRelationshipShares("opportunity_shares", "opportunity_id", "opportunities", "o", "Opportunity",
                                     "(SELECT account_id FROM users WHERE id = o.owner_id)", "o.account_id", f);
    if (hierarchy)
        sql += "INSERT OR IGNORE INTO opportunity_shares(opportunity_id, user_id, row_cause, access) "
               "SELECT DISTINCT o.id, boss.id, 'RoleHierarchy', 2 FROM opportunities o "
               "  JOIN users m ON m.id = o.owner_id "
               "  JOIN role_ancestors ra ON ra.role_id = m.role_id AND ra.depth > 0 "
               "  JOIN users boss ON boss.role_id = ra.ancestor_id WHERE (" + f + ");";
    return db.exec(sql);
}

struct Viewer {
    bool exists = false;
    bool active = false;
    bool admin = false;
    bool partner = false;
    std::optional<Id> accountId;
};
Viewer loadViewer(store::Db& db, Id userId) {
    Viewer v;
    auto u = db.prepare("SELECT u.is_active, p.is_admin, p.user_type = 'Partner', u.account_id FROM users u "
                        "JOIN profiles p ON p.id = u.profile_id WHERE u.id = ?");
    u.bind(1, userId);
    if (!u.step()) return v;
    v.exists = true;
    v.active = u.getInt(0) != 0;
    v.admin = u.getInt(1) != 0;
    v.partner = u.getInt(2) != 0;
    v.accountId = u.getOptionalInt(3);
    return v;
}

Access owdColumnAccess(store::Db& db, const char* column) {
    auto text = db.queryText(std::string("SELECT ") + column + " FROM org WHERE id = 1");
    return domain::owdAccess(domain::owdFrom(text.value_or("Private")).value_or(domain::Owd::Private));
}

// The user's role is above the owner's in the role hierarchy.
bool isAbove(store::Db& db, Id userId, Id ownerId) {
    auto above = db.prepare("SELECT 1 FROM users me JOIN users o ON o.id = ?2 "
                            "JOIN role_ancestors ra ON ra.role_id = o.role_id AND ra.depth > 0 AND ra.ancestor_id = me.role_id "
                            "WHERE me.id = ?1");
    above.bind(1, userId).bind(2, ownerId);
    return above.step();
}

// Internal access to a record owned by `ownerId`: owner All, above the owner Edit, else the org-wide default.
Access internalOwnedAccess(store::Db& db, Id userId, Id ownerId, const char* owdColumn) {
    if (ownerId == userId) return Access::All;
    Access best = owdColumnAccess(db, owdColumn);
    if (isAbove(db, userId, ownerId) && best < Access::Edit) best = Access::Edit;
    return best;
}

// "Owned by the viewer or by users below them in the role hierarchy", over owner column `col`.
std::string ownedOrBelow(const std::string& col, const std::string& viewer) {
    return "(" + col + " = " + viewer + " OR " + col +
           " IN (SELECT bu.id FROM users bu JOIN role_ancestors bra ON bra.role_id = bu.role_id AND bra.depth > 0 "
           "WHERE bra.ancestor_id = (SELECT role_id FROM users WHERE id = " + viewer + ")))";
}

}  // namespace

domain::Status recalcAllOpportunityShares(store::Db& db) {
    if (auto st = db.exec("DELETE FROM opportunity_shares"); !st) return st;
    return insertOpportunityShares(db, "");
}

domain::Status recalcOpportunityShares(store::Db& db, const std::vector<Id>& ids) {
    if (ids.empty()) return domain::okStatus();
    std::string list;
    for (Id id : ids) list += (list.empty() ? "" : ",") + std::to_string(id);  // integers, not user text
    if (auto st = db.exec("DELETE FROM opportunity_shares WHERE opportunity_id IN (" + list + ")"); !st) return st;
    return insertOpportunityShares(db, "o.id IN (" + list + ")");
}

domain::Status recalcAllShares(store::Db& db) {
    if (auto st = recalcAllLeadShares(db); !st) return st;
    return recalcAllOpportunityShares(db);
}

Access opportunityAccess(store::Db& db, Id userId, Id opportunityId) {
    return sharedAccess(db, kOpportunityObject, userId, opportunityId);
}

std::string opportunityVisibilityCondition(store::Db& db, Id userId, int param) {
    const Viewer v = loadViewer(db, userId);
    if (!v.active) return "0";
    if (v.admin) return "1";
    if (owdColumnAccess(db, v.partner ? "owd_opportunity_external" : "owd_opportunity_internal") >= Access::Read) return "1";
    return "o.id IN (SELECT opportunity_id FROM opportunity_shares WHERE user_id = ?" + std::to_string(param) + ")";
}

Access accountAccess(store::Db& db, Id userId, Id accountId) {
    const Viewer v = loadViewer(db, userId);
    auto a = db.prepare("SELECT owner_id FROM accounts WHERE id = ?");
    a.bind(1, accountId);
    if (!v.active || !a.step()) return Access::None;
    if (v.admin) return Access::All;
    if (!v.partner) return internalOwnedAccess(db, userId, a.getInt(0), "owd_account_internal");
    if (v.accountId && *v.accountId == accountId) return Access::Read;
    auto via = db.prepare("SELECT 1 FROM opportunities o WHERE o.account_id = ?2 AND (" +
                          opportunityVisibilityCondition(db, userId, 1) + ") LIMIT 1");
    via.bind(1, userId).bind(2, accountId);
    return via.step() ? Access::Read : Access::None;
}

std::string accountVisibilityCondition(store::Db& db, Id userId, int param) {
    const Viewer v = loadViewer(db, userId);
    const std::string viewer = "?" + std::to_string(param);
    if (!v.active) return "0";
    if (v.admin) return "1";
    if (!v.partner) {
        if (owdColumnAccess(db, "owd_account_internal") >= Access::Read) return "1";
        return ownedOrBelow("acc.owner_id", viewer);
    }
    return "(acc.id = (SELECT account_id FROM users WHERE id = " + viewer + ") OR acc.id IN (SELECT o.account_id FROM "
           "opportunities o WHERE o.account_id IS NOT NULL AND (" + opportunityVisibilityCondition(db, userId, param) + ")))";
}

Access contactAccess(store::Db& db, Id userId, Id contactId) {
    const Viewer v = loadViewer(db, userId);
    auto c = db.prepare("SELECT owner_id, account_id FROM contacts WHERE id = ?");
    c.bind(1, contactId);
    if (!v.active || !c.step()) return Access::None;
    if (v.admin) return Access::All;
    if (!v.partner) return internalOwnedAccess(db, userId, c.getInt(0), "owd_contact_internal");
    if (c.isNull(1)) return Access::None;
    return accountAccess(db, userId, c.getInt(1)) >= Access::Read ? Access::Read : Access::None;
}

std::string contactVisibilityCondition(store::Db& db, Id userId, int param) {
    const Viewer v = loadViewer(db, userId);
    if (!v.active) return "0";
    if (v.admin) return "1";
    if (!v.partner) {
        if (owdColumnAccess(db, "owd_contact_internal") >= Access::Read) return "1";
        return ownedOrBelow("c.owner_id", "?" + std::to_string(param));
    }
    return "c.account_id IN (SELECT acc.id FROM accounts acc WHERE " + accountVisibilityCondition(db, userId, param) + ")";
}

Access regardingAccess(store::Db& db, Id userId, const std::string& type, Id recordId) {
    if (type == "Lead") return leadAccess(db, userId, recordId);
    if (type == "Opportunity") return opportunityAccess(db, userId, recordId);
    if (type == "Account") return accountAccess(db, userId, recordId);
    if (type == "Contact") return contactAccess(db, userId, recordId);
    return Access::None;
}

Access activityAccess(store::Db& db, Id userId, Id activityId) {
    const Viewer v = loadViewer(db, userId);
    auto a = db.prepare("SELECT owner_id, regarding_type, regarding_id FROM activities WHERE id = ?");
    a.bind(1, activityId);
    if (!v.active || !a.step()) return Access::None;
    if (v.admin) return Access::All;
    const Id owner = a.getInt(0);
    if (owner == userId) return Access::All;
    if (a.isNull(1)) {
        if (db.queryInt("SELECT grant_access_using_hierarchies FROM org WHERE id = 1").value_or(1) == 0) return Access::None;
        return isAbove(db, userId, owner) ? Access::Edit : Access::None;
    }
    return std::min(regardingAccess(db, userId, a.getText(1), a.getInt(2)), Access::Edit);
}

std::string activityVisibilityCondition(store::Db& db, Id userId, int param) {
    const Viewer v = loadViewer(db, userId);
    if (!v.active) return "0";
    if (v.admin) return "1";
    const std::string viewer = "?" + std::to_string(param);
    const bool hierarchy = db.queryInt("SELECT grant_access_using_hierarchies FROM org WHERE id = 1").value_or(1) != 0;
    std::string c = "(a.owner_id = " + viewer;
    c += " OR (a.regarding_type = 'Lead' AND a.regarding_id IN (SELECT l.id FROM leads l WHERE " +
         leadVisibilityCondition(db, userId, param) + "))";
    c += " OR (a.regarding_type = 'Opportunity' AND a.regarding_id IN (SELECT o.id FROM opportunities o WHERE " +
         opportunityVisibilityCondition(db, userId, param) + "))";
    c += " OR (a.regarding_type = 'Account' AND a.regarding_id IN (SELECT acc.id FROM accounts acc WHERE " +
         accountVisibilityCondition(db, userId, param) + "))";
    c += " OR (a.regarding_type = 'Contact' AND a.regarding_id IN (SELECT c.id FROM contacts c WHERE " +
         contactVisibilityCondition(db, userId, param) + "))";
    if (hierarchy)
        c += " OR (a.regarding_type IS NULL AND a.owner_id IN (SELECT bu.id FROM users bu JOIN role_ancestors bra ON "
             "bra.role_id = bu.role_id AND bra.depth > 0 WHERE bra.ancestor_id = (SELECT role_id FROM users WHERE id = " +
             viewer + ")))";
    return c + ")";
}

std::string userVisibilityCondition(store::Db& db, Id viewerId, int param) {
    auto v = db.prepare("SELECT p.user_type FROM users u JOIN profiles p ON p.id = u.profile_id WHERE u.id = ?");
    v.bind(1, viewerId);
    if (!v.step()) return "0";
    if (v.getText(0) != "Partner") return "1";
    const std::string viewer = "?" + std::to_string(param);
    return "(EXISTS (SELECT 1 FROM profiles vp WHERE vp.id = u.profile_id AND vp.user_type <> 'Partner') "
           "OR u.id = " + viewer + " OR u.account_id = (SELECT va.account_id FROM users va WHERE va.id = " + viewer + "))";
}

bool canSeeUser(store::Db& db, Id viewerId, Id userId) {
    auto s = db.prepare("SELECT 1 FROM users u WHERE u.id = ?2 AND (" + userVisibilityCondition(db, viewerId, 1) + ")");
    s.bind(1, viewerId).bind(2, userId);
    return s.step();
}

std::string roleScopeText(domain::RoleScope scope, const std::string& roleName) {
    switch (scope) {
        case domain::RoleScope::Role: return T_f("Role: {0}", {roleName});
        case domain::RoleScope::RoleAndInternalSubordinates: return T_f("Roles and Internal Subordinates: {0}", {roleName});
        case domain::RoleScope::RoleInternalAndPortalSubordinates:
            return T_f("Roles, Internal and Portal Subordinates: {0}", {roleName});
    }
    return roleName;
}

}  // namespace prm::app
