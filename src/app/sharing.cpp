#include "app/sharing.h"

#include <string>

namespace prm::app {
namespace {

// Inserts the share rows of the leads matched by `leadFilter` (a condition over leads aliased l).
domain::Status insertShares(store::Db& db, const std::string& leadFilter) {
    const std::string f = leadFilter.empty() ? "1" : leadFilter;
    const bool hierarchy = db.queryInt("SELECT grant_access_using_hierarchies FROM org WHERE id = 1").value_or(1) != 0;
    std::string sql;
    // Owner.
    sql += "INSERT OR IGNORE INTO lead_shares(lead_id, user_id, row_cause, access) "
           "SELECT l.id, l.owner_user_id, 'Owner', 3 FROM leads l WHERE l.owner_user_id IS NOT NULL AND (" + f + ");";
    // Queue members.
    sql += "INSERT OR IGNORE INTO lead_shares(lead_id, user_id, row_cause, access) "
           "SELECT l.id, qu.user_id, 'Queue', 2 FROM leads l JOIN queue_users qu ON qu.queue_id = l.owner_queue_id "
           "WHERE (" + f + ");";
    if (hierarchy) {
        // Users above the owner in the role hierarchy.
        sql += "INSERT OR IGNORE INTO lead_shares(lead_id, user_id, row_cause, access) "
               "SELECT l.id, boss.id, 'RoleHierarchy', 2 FROM leads l "
               "JOIN users o ON o.id = l.owner_user_id "
               "JOIN role_ancestors ra ON ra.role_id = o.role_id AND ra.depth > 0 "
               "JOIN users boss ON boss.role_id = ra.ancestor_id WHERE (" + f + ");";
        // Users above a queue member.
        sql += "INSERT OR IGNORE INTO lead_shares(lead_id, user_id, row_cause, access) "
               "SELECT DISTINCT l.id, boss.id, 'RoleHierarchy', 2 FROM leads l "
               "JOIN queue_users qu ON qu.queue_id = l.owner_queue_id "
               "JOIN users m ON m.id = qu.user_id "
               "JOIN role_ancestors ra ON ra.role_id = m.role_id AND ra.depth > 0 "
               "JOIN users boss ON boss.role_id = ra.ancestor_id WHERE (" + f + ");";
    }
    // Owner-based sharing rules: leads owned by members of the source go to members of the target.
    sql += "INSERT OR IGNORE INTO lead_shares(lead_id, user_id, row_cause, access) "
           "SELECT l.id, t.user_id, 'SharingRule', MAX(CASE r.access WHEN 'Edit' THEN 2 ELSE 1 END) "
           "FROM sharing_rules r "
           "JOIN ( SELECT rr.id AS rule_id, rs.user_id FROM sharing_rules rr "
           "         JOIN role_scope_users rs ON rs.role_id = rr.source_role_id AND rs.scope = rr.source_role_scope "
           "       UNION SELECT rr.id, g.user_id FROM sharing_rules rr JOIN group_users g ON g.group_id = rr.source_group_id "
           "     ) s ON s.rule_id = r.id "
           "JOIN leads l ON l.owner_user_id = s.user_id "
           "JOIN ( SELECT rr.id AS rule_id, rs.user_id FROM sharing_rules rr "
           "         JOIN role_scope_users rs ON rs.role_id = rr.target_role_id AND rs.scope = rr.target_role_scope "
           "       UNION SELECT rr.id, g.user_id FROM sharing_rules rr JOIN group_users g ON g.group_id = rr.target_group_id "
           "     ) t ON t.rule_id = r.id "
           "WHERE r.object = 'Lead' AND r.rule_type = 'Owner' AND (" + f + ") GROUP BY l.id, t.user_id;";
    // Manual shares.
    sql += "INSERT OR IGNORE INTO lead_shares(lead_id, user_id, row_cause, access) "
           "SELECT l.id, m.user_id, 'Manual', CASE m.access WHEN 'Edit' THEN 2 ELSE 1 END "
           "FROM lead_manual_shares m JOIN leads l ON l.id = m.lead_id WHERE (" + f + ");";
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
    if (auto st = db.exec("DELETE FROM lead_shares WHERE lead_id IN (SELECT id FROM recalc_ids)"); !st) return st;
    auto st = insertShares(db, "l.id IN (SELECT id FROM recalc_ids)");
    db.exec("DELETE FROM recalc_ids");
    return st;
}

Access leadAccess(store::Db& db, Id userId, Id leadId) {
    auto u = db.prepare("SELECT u.is_active, p.is_admin, p.user_type FROM users u JOIN profiles p ON p.id = u.profile_id "
                        "WHERE u.id = ?");
    u.bind(1, userId);
    if (!u.step() || u.getInt(0) == 0) return Access::None;
    if (!db.queryInt("SELECT 1 FROM leads WHERE id = " + std::to_string(leadId))) return Access::None;
    if (u.getInt(1) != 0) return Access::All;  // View All / Modify All Data
    const bool partner = u.getText(2) == "Partner";
    auto owdText = db.queryText(std::string("SELECT ") + (partner ? "owd_lead_external" : "owd_lead_internal") +
                                " FROM org WHERE id = 1");
    Access best = domain::owdAccess(domain::owdFrom(owdText.value_or("Private")).value_or(domain::Owd::Private));
    auto s = db.prepare("SELECT MAX(access) FROM lead_shares WHERE lead_id = ? AND user_id = ?");
    s.bind(1, leadId).bind(2, userId);
    if (s.step() && !s.isNull(0)) {
        auto a = static_cast<Access>(s.getInt(0));
        if (a > best) best = a;
    }
    return best;
}

std::string leadVisibilityCondition(store::Db& db, Id userId) {
    auto u = db.prepare("SELECT u.is_active, p.is_admin, p.user_type FROM users u JOIN profiles p ON p.id = u.profile_id "
                        "WHERE u.id = ?");
    u.bind(1, userId);
    if (!u.step() || u.getInt(0) == 0) return "0";
    if (u.getInt(1) != 0) return "1";
    const bool partner = u.getText(2) == "Partner";
    auto owdText = db.queryText(std::string("SELECT ") + (partner ? "owd_lead_external" : "owd_lead_internal") +
                                " FROM org WHERE id = 1");
    auto owd = domain::owdFrom(owdText.value_or("Private")).value_or(domain::Owd::Private);
    if (domain::owdAccess(owd) >= Access::Read) return "1";
    return "l.id IN (SELECT lead_id FROM lead_shares WHERE user_id = " + std::to_string(userId) + ")";
}

}  // namespace prm::app
