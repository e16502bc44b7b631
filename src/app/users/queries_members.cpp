#include "app/users/queries_members.h"

#include "app/users/delegated_admin.h"

namespace prm::app::users {

ExperienceBanner experienceBanner(Sandbox& sb) {
    ExperienceBanner b;
    auto& db = sb.db();
    auto st = db.prepare("SELECT user_id, return_user_id FROM session WHERE id = 1 AND return_user_id IS NOT NULL "
                         "AND user_id IS NOT NULL");
    if (!st.step()) return b;
    const User partner = loadUser(db, st.getInt(0));
    const User admin = loadUser(db, st.getInt(1));
    if (!partner.exists || !admin.exists) return b;
    b.active = true;
    b.partnerId = partner.id;
    b.partnerName = partner.name;
    b.accountName = partner.accountName;
    b.adminId = admin.id;
    b.adminName = admin.name;
    return b;
}

bool canManageAccountMembers(Sandbox& sb) { return isDelegatedAdmin(sb.db(), sb.currentUser()); }

bool hasDelegatedAdmin(Sandbox& sb, Id userId) {
    return sb.db().queryInt("SELECT is_delegated_admin FROM users WHERE id = ?", userId).value_or(0) != 0;
}

AccountMembers accountMembers(Sandbox& sb) {
    AccountMembers out;
    auto& db = sb.db();
    const Id viewer = sb.currentUser();
    if (!isDelegatedAdmin(db, viewer)) return out;
    const User me = loadUser(db, viewer);
    out.accountId = me.accountId.value_or(0);
    out.accountName = me.accountName;
    if (me.roleId) out.ownLevel = static_cast<int>(db.queryInt("SELECT partner_level FROM roles WHERE id = ?", *me.roleId).value_or(1));
    out.levels = static_cast<int>(
        db.queryInt("SELECT count(*) FROM roles WHERE partner_account_id = ?", out.accountId).value_or(3));
    auto st = db.prepare(userSelect() + " WHERE u.account_id = ? AND p.user_type = 'Partner' ORDER BY u.last_name, u.first_name, u.id");
    st.bind(1, out.accountId);
    std::vector<User> users;
    while (st.step()) users.push_back(readUser(st));
    for (auto& u : users) {
        AccountMember m;
        m.level = u.roleId ? static_cast<int>(db.queryInt("SELECT partner_level FROM roles WHERE id = ?", *u.roleId).value_or(1)) : 1;
        m.delegatedAdmin = hasDelegatedAdmin(sb, u.id);
        m.user = std::move(u);
        out.members.push_back(std::move(m));
    }
    return out;
}

}  // namespace prm::app::users
