#include "app/queries_core.h"

#include <map>

#include "app/core_common.h"
#include "app/name_order.h"

namespace prm::app {
namespace {

const char* kAccountSelect =
    "SELECT a.id, a.name, a.owner_id, COALESCE(trim(o.first_name || ' ' || o.last_name), ''), a.is_partner, "
    "a.partner_enabled_at, a.industry, a.phone, a.website, a.city, a.country, "
    "(SELECT count(*) FROM contacts c WHERE c.account_id = a.id), "
    "(SELECT count(*) FROM users pu WHERE pu.account_id = a.id AND pu.is_active = 1), a.created_at "
    "FROM accounts a LEFT JOIN users o ON o.id = a.owner_id ";

AccountRow readAccount(const store::Statement& st) {
    AccountRow a;
    a.id = st.getInt(0);
    a.name = st.getText(1);
    a.ownerId = st.getInt(2);
    a.ownerName = st.getText(3);
    a.partner = st.getInt(4) != 0;
    a.partnerEnabledAt = st.getOptionalInt(5);
    a.industry = st.getText(6);
    a.phone = st.getText(7);
    a.website = st.getText(8);
    a.city = st.getText(9);
    a.country = st.getText(10);
    a.contactCount = static_cast<int>(st.getInt(11));
    a.partnerUserCount = static_cast<int>(st.getInt(12));
    a.createdAt = st.getInt(13);
    return a;
}

const char* kContactSelect =
    "SELECT c.id, c.account_id, COALESCE(a.name, ''), trim(c.first_name || ' ' || c.last_name), c.first_name, "
    "c.last_name, c.email, c.phone, c.title, c.owner_id, COALESCE(trim(o.first_name || ' ' || o.last_name), ''), "
    "pu.id, COALESCE(pu.is_active, 0), c.created_at "
    "FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id LEFT JOIN users o ON o.id = c.owner_id "
    "LEFT JOIN users pu ON pu.contact_id = c.id ";

ContactRow readContact(const store::Statement& st) {
    ContactRow c;
    c.id = st.getInt(0);
    c.accountId = st.getOptionalInt(1);
    c.accountName = st.getText(2);
    c.name = st.getText(3);
    c.firstName = st.getText(4);
    c.lastName = st.getText(5);
    c.email = st.getText(6);
    c.phone = st.getText(7);
    c.title = st.getText(8);
    c.ownerId = st.getInt(9);
    c.ownerName = st.getText(10);
    c.partnerUserId = st.getOptionalInt(11);
    c.partnerUserActive = st.getInt(12) != 0;
    c.createdAt = st.getInt(13);
    return c;
}

const char* kRoleSelect =
    "SELECT r.id, r.name, r.parent_id, r.partner_account_id, COALESCE(r.partner_level, 0), "
    "(SELECT count(*) FROM users u WHERE u.role_id = r.id) FROM roles r ";

RoleNode readRole(const store::Statement& st) {
    RoleNode n;
    n.id = st.getInt(0);
    n.name = st.getText(1);
    n.parentId = st.getOptionalInt(2);
    n.partnerAccountId = st.getOptionalInt(3);
    n.partnerLevel = static_cast<int>(st.getInt(4));
    n.userCount = static_cast<int>(st.getInt(5));
    return n;
}

}  // namespace

// ---- Org settings -------------------------------------------------------------------------------
std::optional<OrgSettings> orgSettings(store::Db& db) {
    auto st = db.prepare(
        "SELECT o.name, o.edition, o.prm_enabled, o.prm_enabled_at, o.wizard_state, o.default_lead_owner_id, "
        "COALESCE(trim(u.first_name || ' ' || u.last_name), ''), o.partner_role_count, o.grant_access_using_hierarchies, "
        "o.owd_lead_internal, o.owd_lead_external, o.owd_account_internal, o.owd_account_external, "
        "o.owd_contact_internal, o.owd_contact_external, o.owd_opportunity_internal, o.owd_opportunity_external "
        "FROM org o LEFT JOIN users u ON u.id = o.default_lead_owner_id WHERE o.id = 1");
    if (!st.step()) return std::nullopt;
    OrgSettings s;
    s.name = st.getText(0);
    s.edition = st.getText(1);
    auto ed = domain::editionFrom(s.edition);
    s.prmAvailable = ed && domain::editionSupportsPrm(*ed);
    s.prmEnabled = st.getInt(2) != 0;
    s.prmEnabledAt = st.getOptionalInt(3);
    s.wizardState = st.getText(4);
    s.defaultLeadOwnerId = st.getOptionalInt(5).value_or(0);
    s.defaultLeadOwnerName = st.getText(6);
    s.partnerRoleCount = static_cast<int>(st.getInt(7));
    s.grantAccessUsingHierarchies = st.getInt(8) != 0;
    const char* objects[] = {T_("Lead"), T_("Account"), T_("Contact"), T_("Opportunity")};  // the UI shows them translated
    for (int i = 0; i < 4; ++i) s.owds.push_back({objects[i], st.getText(9 + 2 * i), st.getText(10 + 2 * i)});
    return s;
}

// ---- Users, profiles, roles ---------------------------------------------------------------------
std::vector<User> listUsers(store::Db& db, const UserFilter& f) {
    std::string sql = userSelect() + "WHERE 1";
    if (f.partner) sql += *f.partner ? " AND p.user_type = 'Partner'" : " AND p.user_type = 'Internal'";
    if (f.active) sql += *f.active ? " AND u.is_active = 1" : " AND u.is_active = 0";
    if (f.accountId) sql += " AND u.account_id = ?1";
    if (!f.nameContains.empty())
        sql += " AND (u.first_name || ' ' || u.last_name LIKE ?2 ESCAPE '\\' OR u.username LIKE ?2 ESCAPE '\\')";
    const std::string co = nameCollate();
    sql += " ORDER BY u.last_name" + co + ", u.first_name" + co + ", u.id";
    auto st = db.prepare(sql);
    if (f.accountId) st.bind(1, *f.accountId);
    if (!f.nameContains.empty()) st.bind(2, core::likePattern(f.nameContains));
    std::vector<User> out;
    while (st.step()) out.push_back(readUser(st));
    return out;
}

std::optional<User> userDetail(store::Db& db, Id userId) {
    User u = loadUser(db, userId);
    if (!u.exists) return std::nullopt;
    return u;
}

std::vector<ProfileRow> listProfiles(store::Db& db) {
    auto st = db.prepare("SELECT p.id, p.name, p.user_type, p.is_admin, "
                         "(SELECT count(*) FROM users u WHERE u.profile_id = p.id) FROM profiles p ORDER BY p.id");
    std::vector<ProfileRow> out;
    while (st.step())
        out.push_back({st.getInt(0), st.getText(1), st.getText(2), st.getInt(3) != 0, static_cast<int>(st.getInt(4))});
    return out;
}

std::vector<RoleNode> roleTree(store::Db& db) {
    auto st = db.prepare(std::string(kRoleSelect) + "ORDER BY r.partner_level DESC, r.name COLLATE NOCASE, r.id");
    std::vector<RoleNode> all;
    std::map<Id, std::vector<std::size_t>> children;  // parent id (0 for top) → indexes
    while (st.step()) all.push_back(readRole(st));
    std::map<Id, bool> present;
    for (const auto& n : all) present[n.id] = true;
    for (std::size_t i = 0; i < all.size(); ++i) {
        Id parent = all[i].parentId && present.count(*all[i].parentId) ? *all[i].parentId : 0;
        children[parent].push_back(i);
    }
    std::vector<RoleNode> out;
    std::map<Id, bool> seen;
    // Depth-first, parents before children; guards against cycles.
    std::vector<std::pair<std::size_t, int>> stack;
    auto pushChildren = [&](Id parent, int depth) {
        auto it = children.find(parent);
        if (it == children.end()) return;
        for (auto k = it->second.rbegin(); k != it->second.rend(); ++k) stack.push_back({*k, depth});
    };
    pushChildren(0, 0);
    while (!stack.empty()) {
        auto [i, depth] = stack.back();
        stack.pop_back();
        if (seen[all[i].id]) continue;
        seen[all[i].id] = true;
        RoleNode n = all[i];
        n.depth = depth;
        out.push_back(n);
        pushChildren(n.id, depth + 1);
    }
    return out;
}

// ---- Accounts and contacts ----------------------------------------------------------------------
std::vector<AccountRow> listAccounts(store::Db& db, const AccountFilter& f) {
    std::string sql = std::string(kAccountSelect) + "WHERE 1";
    if (f.partner) sql += *f.partner ? " AND a.is_partner = 1" : " AND a.is_partner = 0";
    if (f.ownerId) sql += " AND a.owner_id = ?1";
    if (!f.nameContains.empty()) sql += " AND a.name LIKE ?2 ESCAPE '\\'";
    sql += std::string(" ORDER BY a.name") + nameCollate() + ", a.id";
    auto st = db.prepare(sql);
    if (f.ownerId) st.bind(1, *f.ownerId);
    if (!f.nameContains.empty()) st.bind(2, core::likePattern(f.nameContains));
    std::vector<AccountRow> out;
    while (st.step()) out.push_back(readAccount(st));
    return out;
}

std::vector<ContactRow> listContacts(store::Db& db, std::optional<Id> accountId) {
    const std::string co = nameCollate();
    std::string sql = std::string(kContactSelect) + (accountId ? "WHERE c.account_id = ? " : "") +
                      "ORDER BY c.last_name" + co + ", c.first_name" + co + ", c.id";
    auto st = db.prepare(sql);
    if (accountId) st.bind(1, *accountId);
    std::vector<ContactRow> out;
    while (st.step()) out.push_back(readContact(st));
    return out;
}

std::optional<ContactRow> contactDetail(store::Db& db, Id contactId) {
    auto st = db.prepare(std::string(kContactSelect) + "WHERE c.id = ?");
    st.bind(1, contactId);
    if (!st.step()) return std::nullopt;
    return readContact(st);
}

std::optional<AccountDetail> accountDetail(store::Db& db, Id accountId) {
    auto st = db.prepare(std::string(kAccountSelect) + "WHERE a.id = ?");
    st.bind(1, accountId);
    if (!st.step()) return std::nullopt;
    AccountDetail d;
    d.account = readAccount(st);
    d.contacts = listContacts(db, accountId);
    UserFilter uf;
    uf.accountId = accountId;
    d.partnerUsers = listUsers(db, uf);
    auto roles = db.prepare(std::string(kRoleSelect) + "WHERE r.partner_account_id = ? ORDER BY r.partner_level");
    roles.bind(1, accountId);
    while (roles.step()) d.partnerRoles.push_back(readRole(roles));
    return d;
}

// ---- Communities -------------------------------------------------------------------------------
std::vector<CommunityRow> listCommunities(store::Db& db) {
    auto st = db.prepare("SELECT id, name, url_prefix, status, created_at FROM communities ORDER BY name COLLATE NOCASE");
    std::vector<CommunityRow> out;
    while (st.step()) out.push_back({st.getInt(0), st.getText(1), st.getText(2), st.getText(3), st.getInt(4), {}});
    auto mp = db.prepare("SELECT p.id, p.name, p.user_type, p.is_admin, "
                         "(SELECT count(*) FROM users u WHERE u.profile_id = p.id) "
                         "FROM community_profiles cp JOIN profiles p ON p.id = cp.profile_id "
                         "WHERE cp.community_id = ? ORDER BY p.name");
    for (auto& c : out) {
        mp.bind(1, c.id);
        while (mp.step())
            c.memberProfiles.push_back(
                {mp.getInt(0), mp.getText(1), mp.getText(2), mp.getInt(3) != 0, static_cast<int>(mp.getInt(4))});
        mp.reset();
    }
    return out;
}

// ---- Outbox ------------------------------------------------------------------------------------
namespace {
const char* kOutboxSelect =
    "SELECT o.id, o.kind, o.to_user_id, COALESCE(trim(u.first_name || ' ' || u.last_name), ''), o.to_address, "
    "o.subject, %BODY%, o.template, o.related_id, o.sent_at FROM outbox o LEFT JOIN users u ON u.id = o.to_user_id ";

std::string outboxSelect(bool withBody) {
    std::string s = kOutboxSelect;
    s.replace(s.find("%BODY%"), 6, withBody ? "o.body" : "''");
    return s;
}

OutboxRow readOutbox(const store::Statement& st) {
    OutboxRow r;
    r.id = st.getInt(0);
    r.kind = st.getText(1);
    r.toUserId = st.getOptionalInt(2);
    r.toName = st.getText(3);
    r.toAddress = st.getText(4);
    r.subject = st.getText(5);
    r.body = st.getText(6);
    r.templateName = st.getText(7);
    r.relatedId = st.getOptionalInt(8);
    r.sentAt = st.getInt(9);
    return r;
}
}  // namespace

std::vector<OutboxRow> listOutbox(store::Db& db, const OutboxFilter& f) {
    std::string sql = outboxSelect(false) + "WHERE 1";
    if (f.toUserId) sql += " AND o.to_user_id = ?1";
    if (!f.kind.empty()) sql += " AND o.kind = ?2";
    sql += " ORDER BY o.id DESC LIMIT ?3 OFFSET ?4";
    auto st = db.prepare(sql);
    if (f.toUserId) st.bind(1, *f.toUserId);
    if (!f.kind.empty()) st.bind(2, f.kind);
    st.bind(3, f.limit).bind(4, f.offset);
    std::vector<OutboxRow> out;
    while (st.step()) out.push_back(readOutbox(st));
    return out;
}

std::optional<OutboxRow> outboxDetail(store::Db& db, Id emailId) {
    auto st = db.prepare(outboxSelect(true) + "WHERE o.id = ?");
    st.bind(1, emailId);
    if (!st.step()) return std::nullopt;
    return readOutbox(st);
}

std::vector<LoginDetail> loginDetails(const std::string& body) {
    std::vector<LoginDetail> out;
    std::size_t start = 0;
    while (start < body.size()) {
        std::size_t end = body.find('\n', start);
        if (end == std::string::npos) end = body.size();
        const std::string line = body.substr(start, end - start);
        for (const char* label : {T_("Username"), T_("Password"), T_("New password")}) {  // the e-mail's words; the UI translates the label
            const std::string marker = std::string(label) + ": ";
            if (line.rfind(marker, 0) == 0 && line.size() > marker.size()) {
                out.push_back({label, line.substr(marker.size())});
                break;
            }
        }
        start = end + 1;
    }
    return out;
}

// ---- Setup Audit Trail -------------------------------------------------------------------------
AuditPage setupAudit(store::Db& db, int offset, int limit) {
    AuditPage page;
    page.total = static_cast<int>(db.queryInt("SELECT count(*) FROM setup_audit").value_or(0));
    auto st = db.prepare("SELECT s.id, s.at, s.actor_id, COALESCE(trim(u.first_name || ' ' || u.last_name), ''), "
                         "s.section, s.action, s.old_value, s.new_value FROM setup_audit s "
                         "LEFT JOIN users u ON u.id = s.actor_id ORDER BY s.id DESC LIMIT ? OFFSET ?");
    st.bind(1, limit).bind(2, offset);
    while (st.step())
        page.rows.push_back({st.getInt(0), st.getInt(1), st.getOptionalInt(2), st.getText(3), st.getText(4),
                             st.getText(5), st.getText(6), st.getText(7)});
    return page;
}

// ---- External User Access Conversion wizard ----------------------------------------------------
namespace {
int partnerUsersUnder(store::Db& db, std::optional<Id> roleId) {
    if (!roleId) return 0;
    auto st = db.prepare("SELECT count(*) FROM role_scope_users rs JOIN users u ON u.id = rs.user_id "
                         "JOIN profiles p ON p.id = u.profile_id "
                         "WHERE rs.role_id = ? AND rs.scope = 'RoleInternalAndPortalSubordinates' "
                         "AND p.user_type = 'Partner' AND u.is_active = 1");
    st.bind(1, *roleId);
    return st.step() ? static_cast<int>(st.getInt(0)) : 0;
}

std::string reachText(int n) {
    if (n == 0) return T_f("no partner users are below it today, but partner users added later would be");
    return TN_f(TN_("{0} partner user is below it today", "{0} partner users are below it today"), n, {std::to_string(n)});
}
}  // namespace

namespace {
// A folder's kind (its stored value) as the first word of a sentence, in the message language.
std::string folderKindWord(const std::string& kind) {
    if (kind == "Report") return say(T_("Report"));
    if (kind == "Document") return say(T_("Document"));
    if (kind == "EmailTemplate") return say(T_("Email Template"));
    if (kind == "Dashboard") return say(T_("Dashboard"));
    return kind;
}
}  // namespace

WizardCandidates wizardCandidates(store::Db& db) {
    WizardCandidates c;
    // Every query below takes the scope as ?1.
    const char* portal = domain::toString(domain::RoleScope::RoleInternalAndPortalSubordinates);
    {
        auto st = db.prepare(
            "SELECT s.id, s.name, s.object, s.access, s.source_role_scope = ?1, s.target_role_scope = ?1, "
            "s.source_role_id, COALESCE(sr.name, ''), s.target_role_id, COALESCE(tr.name, '') "
            "FROM sharing_rules s LEFT JOIN roles sr ON sr.id = s.source_role_id "
            "LEFT JOIN roles tr ON tr.id = s.target_role_id "
            "WHERE s.source_role_scope = ?1 OR s.target_role_scope = ?1 ORDER BY s.name, s.id");
        st.bind(1, portal);
        while (st.step()) {
            WizardItem item;
            item.id = st.getInt(0);
            item.name = st.getText(1);
            const std::string object = st.getText(2), access = st.getText(3) == "Edit" ? "Read/Write" : "Read Only";
            const bool sourcePortal = st.getInt(4) != 0, targetPortal = st.getInt(5) != 0;
            std::string text;
            if (targetPortal) {
                int n = partnerUsersUnder(db, st.getOptionalInt(8));
                item.partnerUsersReached += n;
                text = T_f("{0}s are shared ({1}) with {2} and every role below it, partner roles included: {3}.",
                           {say(object), say(access), st.getText(9), reachText(n)});
            }
            if (sourcePortal) {
                int n = partnerUsersUnder(db, st.getOptionalInt(6));
                item.partnerUsersReached += n;
                if (!text.empty()) text += " ";
                text += T_f("{0}s owned by partner users below {1} are shared onward by this rule: {2}.",
                            {say(object), st.getText(7), reachText(n)});
            }
            item.exposes = text;
            c.sharingRules.push_back(item);
        }
    }
    {
        auto st = db.prepare("SELECT f.id, f.name, f.kind, f.access, f.role_id, COALESCE(r.name, '') FROM folders f "
                             "LEFT JOIN roles r ON r.id = f.role_id WHERE f.role_scope = ?1 ORDER BY f.name, f.id");
        st.bind(1, portal);
        while (st.step()) {
            WizardItem item;
            item.id = st.getInt(0);
            item.name = st.getText(1);
            item.partnerUsersReached = partnerUsersUnder(db, st.getOptionalInt(4));
            item.exposes = T_f("{0} folder \"{1}\" is shared ({2}) with {3} and every role below it, partner roles included: "
                               "partner users can open everything in it; {4}.",
                               {folderKindWord(st.getText(2)), item.name, say(st.getText(3) == "Edit" ? T_("Read/Write") : T_("Read Only")),
                                st.getText(5), reachText(item.partnerUsersReached)});
            c.folders.push_back(item);
        }
    }
    {
        auto st = db.prepare("SELECT m.id, g.name, m.role_id, COALESCE(r.name, '') FROM public_group_members m "
                             "JOIN public_groups g ON g.id = m.group_id LEFT JOIN roles r ON r.id = m.role_id "
                             "WHERE m.role_scope = ?1 ORDER BY g.name, r.name, m.id");
        st.bind(1, portal);
        while (st.step()) {
            WizardItem item;
            item.id = st.getInt(0);
            item.name = st.getText(1) + ": " + st.getText(3);
            item.partnerUsersReached = partnerUsersUnder(db, st.getOptionalInt(2));
            item.exposes = T_f("Public group \"{0}\" includes {1} and every role below it, partner roles included: partner users "
                               "get whatever is shared with the group; {2}.",
                               {st.getText(1), st.getText(3), reachText(item.partnerUsersReached)});
            c.groupMembers.push_back(item);
        }
    }
    return c;
}

}  // namespace prm::app
