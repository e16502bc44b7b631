#include "app/people.h"

namespace prm::app {

const std::string& userSelect() {
    static const std::string sql =
        "SELECT u.id, trim(u.first_name || ' ' || u.last_name), u.first_name, u.last_name, u.username, u.email, u.alias, "
        "u.nickname, u.profile_id, p.name, p.user_type, p.is_admin, u.role_id, COALESCE(r.name, ''), u.is_active, "
        "u.last_login_at, u.must_change_password, u.contact_id, u.account_id, COALESCE(a.name, ''), u.created_at "
        "FROM users u JOIN profiles p ON p.id = u.profile_id LEFT JOIN roles r ON r.id = u.role_id "
        "LEFT JOIN accounts a ON a.id = u.account_id ";
    return sql;
}

User readUser(const store::Statement& st) {
    User u;
    u.exists = true;
    u.id = st.getInt(0);
    u.name = st.getText(1);
    u.firstName = st.getText(2);
    u.lastName = st.getText(3);
    u.username = st.getText(4);
    if (u.name.empty()) u.name = u.username;
    u.email = st.getText(5);
    u.alias = st.getText(6);
    u.nickname = st.getText(7);
    u.profileId = st.getInt(8);
    u.profileName = st.getText(9);
    u.partner = st.getText(10) == "Partner";
    u.admin = st.getInt(11) != 0;
    u.roleId = st.getOptionalInt(12);
    u.roleName = st.getText(13);
    u.active = st.getInt(14) != 0;
    u.lastLoginAt = st.getOptionalInt(15);
    u.mustChangePassword = st.getInt(16) != 0;
    u.contactId = st.getOptionalInt(17);
    u.accountId = st.getOptionalInt(18);
    u.accountName = st.getText(19);
    u.createdAt = st.getInt(20);
    return u;
}

User loadUser(store::Db& db, Id userId) {
    auto st = db.prepare(userSelect() + "WHERE u.id = ?");
    st.bind(1, userId);
    return st.step() ? readUser(st) : User{};
}

std::string userName(store::Db& db, Id userId) {
    const User u = loadUser(db, userId);
    return u.exists ? u.name : "user #" + std::to_string(userId);
}

i18n::Language userLanguage(store::Db& db, Id userId) {
    i18n::Language lang = i18n::Language::English;
    i18n::parseLanguage(db.queryText("SELECT language FROM users WHERE id = ?", userId).value_or("en"), lang);
    return lang;
}

std::string roleName(store::Db& db, Id roleId) {
    auto st = db.prepare("SELECT name FROM roles WHERE id = ?");
    st.bind(1, roleId);
    return st.step() ? st.getText(0) : "role #" + std::to_string(roleId);
}

std::string profileName(store::Db& db, Id profileId) {
    auto st = db.prepare("SELECT name FROM profiles WHERE id = ?");
    st.bind(1, profileId);
    return st.step() ? st.getText(0) : "profile #" + std::to_string(profileId);
}

std::optional<CommandResult> checkUsername(store::Db& db, const std::string& username, Id exceptUserId,
                                           const char* field) {
    if (!isValidEmail(username))
        return CommandResult::refuse(T_f("'{0}' is not a valid username: usernames look like an e-mail address, "
                                         "e.g. maija.virtanen@nordicpartners.example",
                                         {username}),
                                     field);
    auto st = db.prepare("SELECT id FROM users WHERE username = ? COLLATE NOCASE AND id <> ?");
    st.bind(1, username).bind(2, exceptUserId);
    if (st.step())
        return CommandResult::refuse(T_f("the username '{0}' is already taken by {1}; usernames are unique across the org, so choose another",
                                         {username, userName(db, st.getInt(0))}),
                                     field);
    return std::nullopt;
}

}  // namespace prm::app
