// Randomized oracle for the sales records (schema v4): opportunities (their share table), accounts, contacts
// and activities (controlled by the record they regard). Thousands of small random orgs; each user × record
// access is computed by brute force in plain C++ from the generated rows (no SQL) and compared with
// opportunityAccess / accountAccess / contactAccess / activityAccess, and each list condition
// (…VisibilityCondition) is checked to hold exactly the records the user can read.
// PRM_ORACLE_ORGS sets the number of orgs (default 2000); PRM_ORACLE_SEED the first seed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
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

const char* kOwds[] = {"Private", "PublicRead", "PublicReadWrite"};
const char* kTypes[] = {"Lead", "Account", "Contact", "Opportunity"};

struct Role { int id; int parent; int partnerAccount; int level; };  // partnerAccount: the account id, 0 for internal roles
struct User { int id; int role; bool active; bool admin; bool partner; int account; bool superUser = false; };
struct Account { int id; int owner; };
struct Contact { int id; int account; int owner; };  // account 0: none
struct Opp { int id; int owner; int account; };
struct Lead { int id; int owner; };
struct Activity { int id; int owner; int type; int record; };  // type -1: regards nothing
struct Relation { int from; int to; std::string type; };
struct RelRule { std::string type; bool byAccount; bool edit; };  // opportunities: Account, or Partner Account

struct Org {
    std::vector<Role> roles;
    std::vector<User> users;
    std::vector<Account> accounts;
    std::vector<Contact> contacts;
    std::vector<Opp> opps;
    std::vector<Lead> leads;
    std::vector<Activity> acts;
    int owdLeadInt = 0, owdLeadExt = 0, owdOppInt = 0, owdOppExt = 0, owdAccInt = 0, owdConInt = 0;
    bool hierarchy = true;
    bool superAccess = false;  // Enable Partner Super User Access
    bool relationshipsOn = false;  // Enable Account Relationships
    std::vector<Relation> relations;
    std::vector<RelRule> relRules;
};

Org randomOrg(Rng& r) {
    Org o;
    const int nAccounts = 1 + r.below(4);
    for (int i = 1; i <= nAccounts; ++i) o.accounts.push_back({i, 0});
    const int nRoles = 1 + r.below(6);
    for (int i = 1; i <= nRoles; ++i) {
        const bool partner = i > 1 && r.chance(35);
        Role role{i, i > 1 && r.chance(80) ? 1 + r.below(i - 1) : 0, partner ? 1 + r.below(nAccounts) : 0, 0};
        if (role.partnerAccount) {  // levels 1 to 3, unique in the account; a fourth role of an account stays internal
            for (const auto& other : o.roles)
                if (other.partnerAccount == role.partnerAccount) role.level = std::max(role.level, other.level);
            if (++role.level > 3) role.partnerAccount = role.level = 0;
        }
        o.roles.push_back(role);
    }
    const int nUsers = 1 + r.below(7);
    for (int i = 1; i <= nUsers; ++i) {
        User u{i, r.chance(85) ? 1 + r.below(nRoles) : 0, r.chance(85), false, false, 0};
        if (u.role) {
            const Role& ro = o.roles[static_cast<size_t>(u.role - 1)];
            u.partner = ro.partnerAccount != 0;
            u.account = ro.partnerAccount;
        }
        u.admin = !u.partner && r.chance(8);
        u.superUser = u.partner && r.chance(40);
        o.users.push_back(u);
    }
    std::vector<int> internal;
    for (const auto& u : o.users)
        if (!u.partner) internal.push_back(u.id);
    if (internal.empty()) {  // accounts and contacts need an internal owner
        o.users.push_back({nUsers + 1, 0, true, false, false, 0, false});
        internal.push_back(nUsers + 1);
    }
    auto anyInternal = [&] { return internal[static_cast<size_t>(r.below(static_cast<int>(internal.size())))]; };
    auto anyUser = [&] { return 1 + r.below(static_cast<int>(o.users.size())); };
    for (auto& a : o.accounts) a.owner = anyInternal();
    const int nContacts = r.below(5);
    for (int i = 1; i <= nContacts; ++i) o.contacts.push_back({i, r.chance(80) ? 1 + r.below(nAccounts) : 0, anyInternal()});
    const int nOpps = r.below(6);
    for (int i = 1; i <= nOpps; ++i) o.opps.push_back({i, anyUser(), r.chance(80) ? 1 + r.below(nAccounts) : 0});
    const int nLeads = r.below(5);
    for (int i = 1; i <= nLeads; ++i) o.leads.push_back({i, anyUser()});
    const int nActs = r.below(10);
    for (int i = 1; i <= nActs; ++i) {
        Activity a{i, anyUser(), -1, 0};
        if (r.chance(85)) {
            a.type = r.below(4);
            const int n = a.type == 0 ? nLeads : a.type == 1 ? nAccounts : a.type == 2 ? nContacts : nOpps;
            if (n == 0) a.type = -1;
            else a.record = 1 + r.below(n);
        }
        o.acts.push_back(a);
    }
    o.owdLeadInt = r.below(3);
    o.owdLeadExt = r.below(3);
    o.owdOppInt = r.below(3);
    o.owdOppExt = r.below(3);
    o.owdAccInt = r.below(3);
    o.owdConInt = r.below(3);
    o.hierarchy = r.chance(75);
    o.superAccess = r.chance(60);
    o.relationshipsOn = r.chance(70);
    const char* types[] = {"Distributor", "distributor", "Reseller"};
    const int nRel = r.below(4);
    for (int k = 0; k < nRel; ++k) {
        Relation rel{1 + r.below(nAccounts), 1 + r.below(nAccounts), types[r.below(3)]};
        bool dup = rel.from == rel.to;
        for (const auto& x : o.relations)
            dup = dup || (x.from == rel.from && x.to == rel.to && x.type == rel.type);
        if (!dup) o.relations.push_back(rel);
    }
    const int nRules = r.below(3);
    for (int k = 0; k < nRules; ++k) o.relRules.push_back({types[r.below(3)], r.chance(50), r.chance(50)});
    return o;
}

// ---- the oracle: plain C++ over the generated rows ----------------------------------------------
struct Oracle {
    const Org& o;
    const User& user(int id) const { return o.users[static_cast<size_t>(id - 1)]; }
    bool roleAbove(int upper, int lower) const {  // upper is a strict ancestor of lower
        if (!upper || !lower) return false;
        int cur = o.roles[static_cast<size_t>(lower - 1)].parent;
        for (int guard = 0; cur && guard < 64; ++guard) {
            if (cur == upper) return true;
            cur = o.roles[static_cast<size_t>(cur - 1)].parent;
        }
        return false;
    }
    bool above(const User& u, int ownerId) const { return roleAbove(u.role, user(ownerId).role); }
    static Access max(Access a, Access b) { return a > b ? a : b; }
    const Role* roleOf(const User& u) const { return u.role ? &o.roles[static_cast<size_t>(u.role - 1)] : nullptr; }
    // A partner super user (the org setting on) over a record owner of their account at their level or below.
    bool superUserOver(const User& u, int owner) const {
        const Role* mine = roleOf(u);
        const Role* theirs = roleOf(user(owner));
        return o.superAccess && u.superUser && mine && theirs && mine->partnerAccount != 0 &&
               mine->partnerAccount == theirs->partnerAccount && mine->level >= theirs->level;
    }

    // Leads and opportunities: owner All, users above Edit when the org grants access using hierarchies, the OWD.
    Access owned(const User& u, int owner, int owdInt, int owdExt, bool hierarchy) const {
        if (!u.active) return Access::None;
        if (u.admin) return Access::All;
        Access a = static_cast<Access>(u.partner ? owdExt : owdInt);
        if (owner == u.id) return Access::All;
        if (hierarchy && above(u, owner)) a = max(a, Access::Edit);
        if (superUserOver(u, owner)) a = max(a, Access::Edit);
        return a;
    }
    Access lead(const User& u, int id) const {
        return owned(u, o.leads[static_cast<size_t>(id - 1)].owner, o.owdLeadInt, o.owdLeadExt, o.hierarchy);
    }
    static std::string lower(std::string s) {
        for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    }
    Access opp(const User& u, int id) const {
        const Opp& op = o.opps[static_cast<size_t>(id - 1)];
        Access a = owned(u, op.owner, o.owdOppInt, o.owdOppExt, o.hierarchy);
        if (!u.active || !o.relationshipsOn || u.account == 0) return a;
        // Account relationships: the rule's field names Account To; Account From's partner users get the access.
        for (const auto& rule : o.relRules) {
            const int named = rule.byAccount ? op.account : user(op.owner).account;
            if (named == 0) continue;
            for (const auto& rel : o.relations)
                if (lower(rel.type) == lower(rule.type) && rel.to == named && rel.from == u.account)
                    a = max(a, rule.edit ? Access::Edit : Access::Read);
        }
        return a;
    }
    // Accounts and contacts: the hierarchy always applies (standard objects); partners read their own
    // account and the accounts of opportunities they can read, and the contacts on those.
    Access account(const User& u, int id) const {
        if (!u.active) return Access::None;
        if (u.admin) return Access::All;
        const Account& acc = o.accounts[static_cast<size_t>(id - 1)];
        if (u.partner) {
            if (u.account == id) return Access::Read;
            for (const auto& op : o.opps)
                if (op.account == id && opp(u, op.id) >= Access::Read) return Access::Read;
            return Access::None;
        }
        if (acc.owner == u.id) return Access::All;
        Access a = static_cast<Access>(o.owdAccInt);
        if (above(u, acc.owner)) a = max(a, Access::Edit);
        return a;
    }
    Access contact(const User& u, int id) const {
        if (!u.active) return Access::None;
        if (u.admin) return Access::All;
        const Contact& c = o.contacts[static_cast<size_t>(id - 1)];
        if (u.partner) return c.account && account(u, c.account) >= Access::Read ? Access::Read : Access::None;
        if (c.owner == u.id) return Access::All;
        Access a = static_cast<Access>(o.owdConInt);
        if (above(u, c.owner)) a = max(a, Access::Edit);
        return a;
    }
    Access activity(const User& u, const Activity& a) const {
        if (!u.active) return Access::None;
        if (u.admin || a.owner == u.id) return Access::All;
        if (a.type < 0) return o.hierarchy && above(u, a.owner) ? Access::Edit : Access::None;
        Access parent = a.type == 0 ? lead(u, a.record) : a.type == 1 ? account(u, a.record)
                      : a.type == 2 ? contact(u, a.record) : opp(u, a.record);
        return std::min(parent, Access::Edit);
    }
};

std::string idOrNull(int v) { return v ? std::to_string(v) : std::string("NULL"); }

void writeOrg(store::Db& db, const Org& o) {
    std::string sql = "INSERT INTO profiles(id, name, user_type, is_admin) VALUES (1,'System Administrator','Internal',1),"
                      "(2,'Standard User','Internal',0),(3,'Partner Community User','Partner',0);";
    sql += std::string("INSERT INTO org(id, name, owd_lead_internal, owd_lead_external, owd_opportunity_internal, "
                       "owd_opportunity_external, owd_account_internal, owd_contact_internal, grant_access_using_hierarchies, "
                       "is_super_user_access_enabled) "
                       "VALUES (1, 'Oracle', '") + kOwds[o.owdLeadInt] + "', '" + kOwds[o.owdLeadExt] + "', '" +
           kOwds[o.owdOppInt] + "', '" + kOwds[o.owdOppExt] + "', '" + kOwds[o.owdAccInt] + "', '" + kOwds[o.owdConInt] +
           "', " + (o.hierarchy ? "1" : "0") + ", " + (o.superAccess ? "1" : "0") + ");";
    for (const auto& r : o.roles)
        sql += "INSERT INTO roles(id, name, parent_id) VALUES (" + std::to_string(r.id) + ", 'R', " + idOrNull(r.parent) + ");";
    for (const auto& u : o.users)
        sql += "INSERT INTO users(id, username, last_name, email, profile_id, role_id, is_active, account_id, is_super_user, created_at) VALUES (" +
               std::to_string(u.id) + ", 'u" + std::to_string(u.id) + "', 'U', 'u@x.fi', " +
               (u.admin ? "1" : u.partner ? "3" : "2") + ", " + idOrNull(u.role) + ", " + (u.active ? "1" : "0") + ", " +
               idOrNull(u.account) + ", " + (u.superUser ? "1" : "0") + ", 0);";
    for (const auto& a : o.accounts)
        sql += "INSERT INTO accounts(id, name, owner_id, created_at) VALUES (" + std::to_string(a.id) + ", 'A', " +
               std::to_string(a.owner) + ", 0);";
    // Partner roles belong to their account, each at its own level.
    for (const auto& r : o.roles)
        if (r.partnerAccount)
            sql += "UPDATE accounts SET is_partner = 1 WHERE id = " + std::to_string(r.partnerAccount) +
                   "; UPDATE roles SET partner_account_id = " + std::to_string(r.partnerAccount) + ", partner_level = " + std::to_string(r.level) + " WHERE id = " +
                   std::to_string(r.id) + ";";
    for (const auto& c : o.contacts)
        sql += "INSERT INTO contacts(id, account_id, last_name, owner_id, created_at) VALUES (" + std::to_string(c.id) + ", " +
               idOrNull(c.account) + ", 'C', " + std::to_string(c.owner) + ", 0);";
    for (const auto& l : o.leads)
        sql += "INSERT INTO leads(id, number, last_name, company, owner_user_id, created_at, modified_at) VALUES (" +
               std::to_string(l.id) + ", 'L-" + std::to_string(l.id) + "', 'X', 'C', " + std::to_string(l.owner) + ", 0, 0);";
    for (const auto& op : o.opps)
        sql += "INSERT INTO opportunities(id, name, account_id, close_date, stage, probability, owner_id, created_at, modified_at) "
               "VALUES (" + std::to_string(op.id) + ", 'O', " + idOrNull(op.account) + ", '2026-12-31', 'Prospecting', 10, " +
               std::to_string(op.owner) + ", 0, 0);";
    for (const auto& a : o.acts)
        sql += "INSERT INTO activities(id, type, subject, regarding_type, regarding_id, owner_id, state, created_at, modified_at) "
               "VALUES (" + std::to_string(a.id) + ", 'Task', 'S', " +
               (a.type < 0 ? std::string("NULL, NULL") : std::string("'") + kTypes[a.type] + "', " + std::to_string(a.record)) +
               ", " + std::to_string(a.owner) + ", 'Open', 0, 0);";
    sql += std::string("UPDATE org SET is_account_relationships_enabled = ") + (o.relationshipsOn ? "1" : "0") + ";";
    for (const auto& rel : o.relations)
        sql += "INSERT INTO account_relationships(account_from_id, account_to_id, type, created_at) VALUES (" +
               std::to_string(rel.from) + ", " + std::to_string(rel.to) + ", '" + rel.type + "', 0);";
    for (const auto& rule : o.relRules)
        sql += "INSERT INTO account_relationship_share_rules(name, object, relationship_type, account_field, access, created_at) "
               "VALUES ('R', 'Opportunity', '" + rule.type + "', '" + (rule.byAccount ? "Account" : "PartnerAccount") + "', '" +
               (rule.edit ? "Edit" : "Read") + "', 0);";
    check(db.exec(sql), "writing the org");
}

// The ids a visibility condition lets through, for one viewer.
std::set<int> visible(store::Db& db, const std::string& table, const std::string& alias, const std::string& cond, int viewer) {
    std::set<int> out;
    auto s = db.prepare("SELECT " + alias + ".id FROM " + table + " " + alias + " WHERE " + cond);
    s.bind(1, viewer);
    while (s.step()) out.insert(static_cast<int>(s.getInt(0)));
    EXPECT_TRUE(s.ok()) << s.error();
    return out;
}

}  // namespace

TEST(SalesOracle, OpportunityAccountContactAndActivityAccessMatchBruteForce) {
    const int orgs = envInt("PRM_ORACLE_ORGS", 2000);
    const int firstSeed = envInt("PRM_ORACLE_SEED", 1);
    auto opened = store::Db::open(":memory:");
    ASSERT_TRUE(opened.ok());
    store::Db& db = *opened.value();
    check(store::migrate(db), "migrate");
    check(db.exec("PRAGMA foreign_keys=OFF"), "users and accounts refer to each other");
    const auto empty = db.serialize();
    long pairs = 0, granted = 0;
    for (int n = 0; n < orgs; ++n) {
        const int seed = firstSeed + n;
        Rng rng{static_cast<std::uint64_t>(seed) * 104729u};
        Org o = randomOrg(rng);
        check(db.deserialize(empty), "reset");
        writeOrg(db, o);
        if (::testing::Test::HasFatalFailure()) return;
        check(app::rebuildRoleAncestors(db), "ancestors");
        check(app::recalcAllShares(db), "recalc");
        Oracle oracle{o};
        int diffs = 0;
        auto compare = [&](const char* what, const User& u, int id, Access want, Access got) {
            ++pairs;
            if (want > Access::None) ++granted;
            if (want != got && ++diffs <= 3)
                ADD_FAILURE() << "seed " << seed << ": " << what << " " << id << ", user " << u.id << " (role " << u.role
                              << (u.active ? "" : ", inactive") << (u.partner ? ", partner" : "") << (u.admin ? ", admin" : "")
                              << "): oracle " << domain::toString(want) << ", model " << domain::toString(got);
        };
        auto compareList = [&](const char* what, const User& u, const std::set<int>& got, const std::set<int>& want) {
            if (got != want && ++diffs <= 3)
                ADD_FAILURE() << "seed " << seed << ": the " << what << " list of user " << u.id << " has " << got.size()
                              << " records, the oracle " << want.size();
        };
        for (const auto& u : o.users) {
            std::set<int> wantOpp, wantAcc, wantCon, wantAct;
            for (const auto& op : o.opps) {
                Access want = oracle.opp(u, op.id);
                compare("opportunity", u, op.id, want, app::opportunityAccess(db, u.id, op.id));
                if (want >= Access::Read) wantOpp.insert(op.id);
            }
            for (const auto& a : o.accounts) {
                Access want = oracle.account(u, a.id);
                compare("account", u, a.id, want, app::accountAccess(db, u.id, a.id));
                if (want >= Access::Read) wantAcc.insert(a.id);
            }
            for (const auto& c : o.contacts) {
                Access want = oracle.contact(u, c.id);
                compare("contact", u, c.id, want, app::contactAccess(db, u.id, c.id));
                if (want >= Access::Read) wantCon.insert(c.id);
            }
            for (const auto& a : o.acts) {
                Access want = oracle.activity(u, a);
                compare("activity", u, a.id, want, app::activityAccess(db, u.id, a.id));
                if (want >= Access::Read) wantAct.insert(a.id);
            }
            compareList("opportunity", u, visible(db, "opportunities", "o", app::opportunityVisibilityCondition(db, u.id, 1), u.id), wantOpp);
            compareList("account", u, visible(db, "accounts", "acc", app::accountVisibilityCondition(db, u.id, 1), u.id), wantAcc);
            compareList("contact", u, visible(db, "contacts", "c", app::contactVisibilityCondition(db, u.id, 1), u.id), wantCon);
            compareList("activity", u, visible(db, "activities", "a", app::activityVisibilityCondition(db, u.id, 1), u.id), wantAct);
        }
        if (diffs > 0) return;
    }
    std::cout << "[sales oracle] " << orgs << " orgs, " << pairs << " user x record pairs (" << granted
              << " with access), zero differences\n";
}
