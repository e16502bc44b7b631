// Randomized oracle for the share table: thousands of small random orgs, each user × lead access
// computed by brute force in plain C++ from the generated rows (no SQL), compared with leadAccess().
// PRM_ORACLE_ORGS sets the number of orgs (default 2000); PRM_ORACLE_SEED the first seed.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/sharing.h"
#include "unit/sharing/oracle_support.h"
#include "store/db.h"
#include "store/schema.h"

using namespace prm;
using domain::Access;

namespace {

using prm::oracle::check;
using prm::oracle::envInt;
using prm::oracle::Rng;

const char* kScopes[] = {"Role", "RoleAndInternalSubordinates", "RoleInternalAndPortalSubordinates"};
const char* kOwds[] = {"Private", "PublicRead", "PublicReadWrite"};
const char* kCountries[] = {"Finland", "Sweden", "finland", "Norway", ""};

struct Role { int id; int parent; bool partner; int account = 0; int level = 0; };  // partner roles: account, level 1–3
struct User { int id; int role; bool active; bool admin; bool partner; bool superUser = false; };
struct GroupMember { int user; int role; int scope; };  // user>0, or role>0 with scope
struct QueueMember { int user; int role; int group; };
struct Rule {
    bool criteria;
    int srcRole, srcScope, srcGroup;         // owner rules
    int critKind;                            // 0 Country equals, 1 Country equals alternatives, 2 revenue greaterThan
    std::string critValue;
    int tgtRole, tgtScope, tgtGroup;
    bool edit;
};
struct Lead { int id; int ownerUser; int ownerQueue; std::string country; std::optional<double> revenue; };
struct Manual { int lead; int user; bool edit; };
struct Relation { int from; int to; std::string type; };  // partner account ids
struct RelRule { std::string type; bool edit; };           // a Lead rule over Partner Account

struct Org {
    std::vector<Role> roles;
    std::vector<User> users;
    std::vector<std::vector<GroupMember>> groups;  // index+1 = group id
    std::vector<std::vector<QueueMember>> queues;  // index+1 = queue id
    std::vector<Rule> rules;
    std::vector<Lead> leads;
    std::vector<Manual> manual;
    int owdInternal = 0, owdExternal = 0;
    bool hierarchy = true;
    bool superAccess = false;  // Enable Partner Super User Access
    bool relationshipsOn = false;  // Enable Account Relationships
    std::vector<Relation> relations;
    std::vector<RelRule> relRules;
};

Org randomOrg(Rng& r) {
    Org o;
    int nRoles = 1 + r.below(6);
    for (int i = 1; i <= nRoles; ++i) {
        o.roles.push_back({i, i > 1 && r.chance(80) ? 1 + r.below(i - 1) : 0, i > 1 && r.chance(35)});
        if (o.roles.back().partner) o.roles.back().account = i, o.roles.back().level = 1;  // an account of one role
    }
    // Sometimes a partner account with the real chain: Executive (3) above Manager (2) above User (1), the
    // Executive under an internal role (the channel manager's) or at the top.
    if (r.chance(60)) {
        std::vector<int> internalRoles;
        for (const auto& ro : o.roles)
            if (!ro.partner) internalRoles.push_back(ro.id);
        int parent = internalRoles[static_cast<size_t>(r.below(static_cast<int>(internalRoles.size())))];
        const int levels = 2 + r.below(2);
        const int account = 100;
        for (int k = 0; k < levels; ++k) {
            const int id = static_cast<int>(o.roles.size()) + 1;
            o.roles.push_back({id, parent, true, account, 3 - k});
            parent = id;
        }
        nRoles = static_cast<int>(o.roles.size());
    }
    int nUsers = 1 + r.below(8);
    for (int i = 1; i <= nUsers; ++i) {
        User u{i, r.chance(85) ? 1 + r.below(nRoles) : 0, r.chance(85), false, false};
        u.partner = u.role > 0 && o.roles[static_cast<size_t>(u.role - 1)].partner;
        u.admin = !u.partner && r.chance(8);
        u.superUser = u.partner && r.chance(40);
        o.users.push_back(u);
    }
    int nGroups = r.below(3);
    for (int g = 0; g < nGroups; ++g) {
        std::vector<GroupMember> ms;
        int n = 1 + r.below(3);
        for (int k = 0; k < n; ++k) {
            if (r.chance(50)) ms.push_back({1 + r.below(nUsers), 0, 0});
            else ms.push_back({0, 1 + r.below(nRoles), r.below(3)});
        }
        o.groups.push_back(ms);
    }
    int nQueues = r.below(3);
    for (int q = 0; q < nQueues; ++q) {
        std::vector<QueueMember> ms;
        int n = r.below(3);
        for (int k = 0; k < n; ++k) {
            int kind = r.below(nGroups > 0 ? 3 : 2);
            if (kind == 0) ms.push_back({1 + r.below(nUsers), 0, 0});
            else if (kind == 1) ms.push_back({0, 1 + r.below(nRoles), 0});
            else ms.push_back({0, 0, 1 + r.below(nGroups)});
        }
        o.queues.push_back(ms);
    }
    int nRules = r.below(4);
    for (int k = 0; k < nRules; ++k) {
        Rule ru{};
        ru.criteria = r.chance(40);
        if (!ru.criteria) {
            if (nGroups > 0 && r.chance(30)) ru.srcGroup = 1 + r.below(nGroups);
            else { ru.srcRole = 1 + r.below(nRoles); ru.srcScope = r.below(3); }
        } else {
            ru.critKind = r.below(3);
            if (ru.critKind == 0) ru.critValue = r.chance(50) ? "Finland" : "FINLAND";
            else if (ru.critKind == 1) ru.critValue = "Sweden, norway";
            else ru.critValue = std::to_string(r.below(5) * 250000);
        }
        if (nGroups > 0 && r.chance(30)) ru.tgtGroup = 1 + r.below(nGroups);
        else { ru.tgtRole = 1 + r.below(nRoles); ru.tgtScope = r.below(3); }
        ru.edit = r.chance(50);
        o.rules.push_back(ru);
    }
    int nLeads = r.below(13);
    for (int i = 1; i <= nLeads; ++i) {
        Lead l{i, 0, 0, kCountries[r.below(5)], std::nullopt};
        if (nQueues > 0 && r.chance(25)) l.ownerQueue = 1 + r.below(nQueues);
        else l.ownerUser = 1 + r.below(nUsers);
        if (r.chance(70)) l.revenue = r.below(5) * 250000 + (r.chance(50) ? 0 : 1);
        o.leads.push_back(l);
    }
    if (nLeads > 0) {
        int nManual = r.below(4);
        for (int k = 0; k < nManual; ++k) {
            Manual m{1 + r.below(nLeads), 1 + r.below(nUsers), r.chance(50)};
            o.manual.erase(std::remove_if(o.manual.begin(), o.manual.end(),
                                          [&](const Manual& x) { return x.lead == m.lead && x.user == m.user; }),
                           o.manual.end());
            o.manual.push_back(m);
        }
    }
    o.owdInternal = r.below(3);
    o.owdExternal = r.below(3);
    o.hierarchy = r.chance(70);
    o.superAccess = r.chance(60);
    // Account relationships between the partner accounts, and Lead rules over Partner Account.
    std::vector<int> accounts;
    for (const auto& ro : o.roles)
        if (ro.partner && std::find(accounts.begin(), accounts.end(), ro.account) == accounts.end()) accounts.push_back(ro.account);
    o.relationshipsOn = r.chance(70);
    const char* types[] = {"Distributor", "distributor", "Reseller"};
    if (accounts.size() >= 2) {
        const int nRel = r.below(4);
        for (int k = 0; k < nRel; ++k) {
            const int n = static_cast<int>(accounts.size());
            Relation rel{accounts[static_cast<size_t>(r.below(n))], accounts[static_cast<size_t>(r.below(n))], types[r.below(3)]};
            bool dup = rel.from == rel.to;
            for (const auto& x : o.relations) dup = dup || (x.from == rel.from && x.to == rel.to && x.type == rel.type);
            if (!dup) o.relations.push_back(rel);
        }
    }
    const int nRelRules = r.below(3);
    for (int k = 0; k < nRelRules; ++k) o.relRules.push_back({types[r.below(3)], r.chance(50)});
    return o;
}

// ---- the oracle: plain C++ over the rows above ---------------------------------------------
struct Oracle {
    const Org& o;
    explicit Oracle(const Org& org) : o(org) {}

    const Role& role(int id) const { return o.roles[static_cast<size_t>(id - 1)]; }
    // Is `anc` the role itself or above it?
    bool atOrBelow(int roleId, int anc) const {
        for (int r = roleId, guard = 0; r != 0 && guard < 100; r = role(r).parent, ++guard)
            if (r == anc) return true;
        return false;
    }
    bool strictlyAbove(int bossRole, int roleId) const { return roleId != 0 && bossRole != 0 && bossRole != roleId && atOrBelow(roleId, bossRole); }
    bool inRoleScope(const User& u, int roleId, int scope) const {
        if (u.role == 0) return false;
        if (scope == 0) return u.role == roleId;
        if (!atOrBelow(u.role, roleId)) return false;
        if (scope == 1) return u.role == roleId || !role(u.role).partner;
        return true;
    }
    bool inGroup(const User& u, int g) const {
        for (const auto& m : o.groups[static_cast<size_t>(g - 1)]) {
            if (m.user == u.id) return true;
            if (m.role > 0 && inRoleScope(u, m.role, m.scope)) return true;
        }
        return false;
    }
    bool inQueue(const User& u, int q) const {
        for (const auto& m : o.queues[static_cast<size_t>(q - 1)]) {
            if (m.user == u.id) return true;
            if (m.role > 0 && u.role == m.role) return true;
            if (m.group > 0 && inGroup(u, m.group)) return true;
        }
        return false;
    }
    static std::string lower(std::string s) {
        for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    }
    bool criteriaMatch(const Rule& ru, const Lead& l) const {
        if (ru.critKind == 0) return lower(l.country) == lower(ru.critValue);
        if (ru.critKind == 1) return lower(l.country) == "sweden" || lower(l.country) == "norway";
        return l.revenue && *l.revenue > std::stod(ru.critValue);
    }
    // Access from rows other than the hierarchy: owner, queue, rules, manual.
    int direct(const User& u, const Lead& l) const {
        int a = 0;
        if (l.ownerUser == u.id) a = 3;
        if (l.ownerQueue > 0 && inQueue(u, l.ownerQueue)) a = std::max(a, 2);
        for (const auto& ru : o.rules) {
            bool target = ru.tgtGroup > 0 ? inGroup(u, ru.tgtGroup) : inRoleScope(u, ru.tgtRole, ru.tgtScope);
            if (!target) continue;
            bool hit = false;
            if (ru.criteria) {
                hit = criteriaMatch(ru, l);
            } else if (l.ownerUser > 0) {
                const User& owner = o.users[static_cast<size_t>(l.ownerUser - 1)];
                hit = ru.srcGroup > 0 ? inGroup(owner, ru.srcGroup) : inRoleScope(owner, ru.srcRole, ru.srcScope);
            }
            if (hit) a = std::max(a, ru.edit ? 2 : 1);
        }
        for (const auto& m : o.manual)
            if (m.lead == l.id && m.user == u.id) a = std::max(a, m.edit ? 2 : 1);
        // Account relationships: Account From's partner users get the rule's access to the leads whose Partner
        // Account (the owner's partner account) is Account To.
        if (o.relationshipsOn && u.partner && l.ownerUser > 0) {
            const User& owner = o.users[static_cast<size_t>(l.ownerUser - 1)];
            const int to = owner.partner ? role(owner.role).account : 0;
            const int from = role(u.role).account;
            for (const auto& rule : o.relRules)
                for (const auto& rel : o.relations)
                    if (to != 0 && rel.to == to && rel.from == from && lower(rel.type) == lower(rule.type))
                        a = std::max(a, rule.edit ? 2 : 1);
        }
        // A partner super user: Edit on leads owned by users of their account at their level or below.
        if (o.superAccess && u.superUser && u.role > 0 && l.ownerUser > 0 && l.ownerUser != u.id) {
            const User& owner = o.users[static_cast<size_t>(l.ownerUser - 1)];
            if (owner.role > 0) {
                const Role& mine = role(u.role);
                const Role& theirs = role(owner.role);
                if (mine.account != 0 && mine.account == theirs.account && mine.level >= theirs.level) a = std::max(a, 2);
            }
        }
        return a;
    }
    Access access(const User& u, const Lead& l) const {
        if (!u.active) return Access::None;
        if (u.admin) return Access::All;
        int owd = u.partner ? o.owdExternal : o.owdInternal;
        int a = owd;  // Private 0, PublicRead 1, PublicReadWrite 2
        a = std::max(a, direct(u, l));
        if (o.hierarchy)
            for (const auto& sub : o.users)
                if (strictlyAbove(u.role, sub.role)) a = std::max(a, std::min(2, direct(sub, l)));
        return static_cast<Access>(a);
    }
};

// ---- writing the org as rows ------------------------------------------------------------------
void writeOrg(store::Db& db, const Org& o) {
    std::string sql = "INSERT INTO profiles(id, name, user_type, is_admin) VALUES (1,'System Administrator','Internal',1),"
                      "(2,'Standard User','Internal',0),(3,'Partner Community User','Partner',0);";
    sql += std::string("INSERT INTO org(id, name, owd_lead_internal, owd_lead_external, grant_access_using_hierarchies, "
                       "is_super_user_access_enabled) VALUES (1, 'Oracle', '") + kOwds[o.owdInternal] + "', '" +
           kOwds[o.owdExternal] + "', " + (o.hierarchy ? "1" : "0") + ", " + (o.superAccess ? "1" : "0") + ");";
    for (const auto& r : o.roles)
        sql += "INSERT INTO roles(id, name, parent_id) VALUES (" + std::to_string(r.id) + ", 'R" + std::to_string(r.id) +
               "', " + (r.parent ? std::to_string(r.parent) : "NULL") + ");";
    for (const auto& u : o.users)
        sql += "INSERT INTO users(id, username, last_name, email, profile_id, role_id, is_active, is_super_user, account_id, created_at) VALUES (" +
               std::to_string(u.id) + ", 'u" + std::to_string(u.id) + "', 'U" + std::to_string(u.id) + "', 'u@x.fi', " +
               (u.admin ? "1" : u.partner ? "3" : "2") + ", " + (u.role ? std::to_string(u.role) : "NULL") + ", " +
               (u.active ? "1" : "0") + ", " + (u.superUser ? "1" : "0") + ", " +
               (u.partner ? std::to_string(o.roles[static_cast<size_t>(u.role - 1)].account) : std::string("NULL")) + ", 0);";
    // The partner accounts (their owner: user 1) and their roles.
    for (const auto& r : o.roles)
        if (r.partner)
            sql += "INSERT OR IGNORE INTO accounts(id, name, owner_id, is_partner, created_at) VALUES (" + std::to_string(r.account) +
                   ", 'A', 1, 1, 0); UPDATE roles SET partner_account_id = " + std::to_string(r.account) +
                   ", partner_level = " + std::to_string(r.level) + " WHERE id = " + std::to_string(r.id) + ";";
    for (size_t g = 0; g < o.groups.size(); ++g) {
        sql += "INSERT INTO public_groups(id, name) VALUES (" + std::to_string(g + 1) + ", 'G" + std::to_string(g + 1) + "');";
        for (const auto& m : o.groups[g])
            sql += "INSERT INTO public_group_members(group_id, user_id, role_id, role_scope) VALUES (" + std::to_string(g + 1) +
                   ", " + (m.user ? std::to_string(m.user) : "NULL") + ", " + (m.role ? std::to_string(m.role) : "NULL") +
                   ", " + (m.role ? std::string("'") + kScopes[m.scope] + "'" : "NULL") + ");";
    }
    for (size_t q = 0; q < o.queues.size(); ++q) {
        sql += "INSERT INTO queues(id, name, created_at) VALUES (" + std::to_string(q + 1) + ", 'Q" + std::to_string(q + 1) + "', 0);";
        for (const auto& m : o.queues[q])
            sql += "INSERT INTO queue_members(queue_id, user_id, role_id, group_id) VALUES (" + std::to_string(q + 1) + ", " +
                   (m.user ? std::to_string(m.user) : "NULL") + ", " + (m.role ? std::to_string(m.role) : "NULL") + ", " +
                   (m.group ? std::to_string(m.group) : "NULL") + ");";
    }
    for (const auto& ru : o.rules) {
        auto idOrNull = [](int v) { return v ? std::to_string(v) : std::string("NULL"); };
        std::string src = ru.criteria ? "NULL, NULL, NULL"
                                      : idOrNull(ru.srcRole) + ", " + (ru.srcRole ? std::string("'") + kScopes[ru.srcScope] + "'" : "NULL") +
                                            ", " + idOrNull(ru.srcGroup);
        std::string crit = !ru.criteria ? "NULL, NULL, NULL"
                           : ru.critKind == 2 ? "'AnnualRevenue', 'greaterThan', '" + ru.critValue + "'"
                                              : "'Country', 'equals', '" + ru.critValue + "'";
        std::string tgt = idOrNull(ru.tgtRole) + ", " + (ru.tgtRole ? std::string("'") + kScopes[ru.tgtScope] + "'" : "NULL") +
                          ", " + idOrNull(ru.tgtGroup);
        sql += std::string("INSERT INTO sharing_rules(name, rule_type, source_role_id, source_role_scope, source_group_id, "
                           "criteria_field, criteria_op, criteria_value, target_role_id, target_role_scope, target_group_id, access) "
                           "VALUES ('rule', '") + (ru.criteria ? "Criteria" : "Owner") + "', " + src + ", " + crit + ", " + tgt +
               ", '" + (ru.edit ? "Edit" : "Read") + "');";
    }
    for (const auto& l : o.leads)
        sql += "INSERT INTO leads(id, number, last_name, company, country, annual_revenue, owner_user_id, owner_queue_id, "
               "created_at, modified_at) VALUES (" + std::to_string(l.id) + ", 'L-" + std::to_string(l.id) + "', 'X', 'C', '" +
               l.country + "', " + (l.revenue ? std::to_string(*l.revenue) : "NULL") + ", " +
               (l.ownerUser ? std::to_string(l.ownerUser) : "NULL") + ", " + (l.ownerQueue ? std::to_string(l.ownerQueue) : "NULL") +
               ", 0, 0);";
    for (const auto& m : o.manual)
        sql += "INSERT OR REPLACE INTO lead_manual_shares(lead_id, user_id, access) VALUES (" + std::to_string(m.lead) + ", " +
               std::to_string(m.user) + ", '" + (m.edit ? "Edit" : "Read") + "');";
    sql += std::string("UPDATE org SET is_account_relationships_enabled = ") + (o.relationshipsOn ? "1" : "0") + ";";
    for (const auto& rel : o.relations)
        sql += "INSERT INTO account_relationships(account_from_id, account_to_id, type, created_at) VALUES (" +
               std::to_string(rel.from) + ", " + std::to_string(rel.to) + ", '" + rel.type + "', 0);";
    for (const auto& rule : o.relRules)
        sql += "INSERT INTO account_relationship_share_rules(name, object, relationship_type, account_field, access, created_at) "
               "VALUES ('R', 'Lead', '" + rule.type + "', 'PartnerAccount', '" + (rule.edit ? "Edit" : "Read") + "', 0);";
    check(db.exec(sql), "writing the org");
}

}  // namespace

TEST(SharingOracle, LeadAccessMatchesBruteForceOnRandomOrgs) {
    const int orgs = envInt("PRM_ORACLE_ORGS", 2000);
    const int firstSeed = envInt("PRM_ORACLE_SEED", 1);
    auto opened = store::Db::open(":memory:");
    ASSERT_TRUE(opened.ok());
    store::Db& db = *opened.value();
    check(store::migrate(db), "migrate");
    check(db.exec("PRAGMA foreign_keys=OFF"), "partner users and their accounts refer to each other");
    const auto empty = db.serialize();

    auto t0 = std::chrono::steady_clock::now();
    long pairs = 0, granted = 0;
    for (int n = 0; n < orgs; ++n) {
        const int seed = firstSeed + n;
        Rng rng{static_cast<std::uint64_t>(seed) * 7919u};
        Org o = randomOrg(rng);
        check(db.deserialize(empty), "reset");
        writeOrg(db, o);
        if (::testing::Test::HasFatalFailure()) return;
        check(prm::app::rebuildRoleAncestors(db), "ancestors");
        check(prm::app::recalcAllLeadShares(db), "recalc");

        // Round 1: full recalculation. Round 2: owners and manual shares change, then only those leads are recalculated.
        for (int round = 0; round < 2; ++round) {
            Oracle oracle(o);
            int diffs = 0;
            for (const auto& u : o.users)
                for (const auto& l : o.leads) {
                    Access want = oracle.access(u, l);
                    Access got = prm::app::leadAccess(db, u.id, l.id);
                    ++pairs;
                    if (want > Access::None) ++granted;
                    if (want != got && ++diffs <= 3)
                        ADD_FAILURE() << "seed " << seed << " round " << round << ": user " << u.id << " (role " << u.role
                                      << (u.active ? "" : ", inactive") << (u.partner ? ", partner" : "")
                                      << (u.admin ? ", admin" : "") << ") lead " << l.id << " (owner user " << l.ownerUser
                                      << ", queue " << l.ownerQueue << "): oracle " << domain::toString(want)
                                      << ", leadAccess " << domain::toString(got);
                }
            if (diffs > 0) return;
            if (round == 1 || o.leads.empty()) break;
            std::vector<prm::domain::Id> changed;
            for (auto& l : o.leads) {
                if (!rng.chance(40)) continue;
                if (!o.queues.empty() && rng.chance(30)) {
                    l.ownerUser = 0;
                    l.ownerQueue = 1 + rng.below(static_cast<int>(o.queues.size()));
                } else {
                    l.ownerQueue = 0;
                    l.ownerUser = 1 + rng.below(static_cast<int>(o.users.size()));
                }
                check(db.exec("UPDATE leads SET owner_user_id = " + (l.ownerUser ? std::to_string(l.ownerUser) : "NULL") +
                              ", owner_queue_id = " + (l.ownerQueue ? std::to_string(l.ownerQueue) : "NULL") +
                              " WHERE id = " + std::to_string(l.id)),
                      "owner change");
                changed.push_back(l.id);
            }
            if (!o.manual.empty() && rng.chance(50)) {
                Manual m = o.manual.back();
                o.manual.pop_back();
                o.manual.erase(std::remove_if(o.manual.begin(), o.manual.end(),
                                              [&](const Manual& x) { return x.lead == m.lead && x.user == m.user; }),
                               o.manual.end());
                check(db.exec("DELETE FROM lead_manual_shares WHERE lead_id = " + std::to_string(m.lead) +
                              " AND user_id = " + std::to_string(m.user)),
                      "manual share removal");
                changed.push_back(m.lead);
            }
            check(prm::app::recalcLeadShares(db, changed), "incremental recalc");
        }
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::cout << "[oracle] " << orgs << " orgs, " << pairs << " user x lead pairs (" << granted
              << " with access), zero differences expected; " << secs << " s\n";
}
