#include "app/core_common.h"

#include <cctype>

#include "app/refusals.h"
#include "app/sharing.h"
#include "app/users/password.h"

namespace prm::app::core {

OrgState loadOrg(store::Db& db) {
    OrgState o;
    auto st = db.prepare("SELECT name, edition, partner_role_count, prm_enabled, wizard_state, default_lead_owner_id, "
                         "grant_access_using_hierarchies FROM org WHERE id = 1");
    if (!st.step()) return o;
    o.exists = true;
    o.name = st.getText(0);
    o.edition = st.getText(1);
    o.partnerRoleCount = static_cast<int>(st.getInt(2));
    o.prmEnabled = st.getInt(3) != 0;
    o.wizardState = st.getText(4);
    o.defaultLeadOwnerId = st.getOptionalInt(5).value_or(0);
    o.grantAccessUsingHierarchies = st.getInt(6) != 0;
    return o;
}

std::optional<CommandResult> refuseUnlessInternalActor(CommandContext& ctx, const std::string& what) {
    User actor = loadUser(ctx.db(), ctx.actor());
    if (!actor.exists) return CommandResult::refuse(T_f("nobody is logged in to the sandbox; log in first"));
    if (actor.partner)
        return CommandResult::refuse(T_f("{0} is a partner user and cannot {1}; log in as an internal user (a channel "
                                         "manager or an administrator)",
                                         {actor.name, what}));
    return std::nullopt;
}

std::optional<CommandResult> refuseUnlessOrg(CommandContext& ctx) {
    if (!ctx.db().queryInt("SELECT 1 FROM org WHERE id = 1"))
        return CommandResult::refuse(T_f("there is no org in this sandbox yet; create one first (CreateOrg)"));
    return std::nullopt;
}

domain::Status setSessionUser(store::Db& db, std::optional<Id> userId) {
    // The session that ends releases its "change your password first" hold (2); the flag itself (1) stays.
    if (auto st = db.exec("UPDATE users SET must_change_password = 1 WHERE must_change_password = 2"); !st) return st;
    // A new session user ends a Log in to Experience as User (session.return_user_id; users/user_commands.cpp).
    auto st = db.prepare("INSERT INTO session(id, user_id, return_user_id) VALUES (1, ?, NULL) "
                         "ON CONFLICT(id) DO UPDATE SET user_id = excluded.user_id, return_user_id = NULL");
    st.bindOptional(1, userId);
    return st.run();
}

std::optional<CommandResult> rebuildRolesAndShares(CommandContext& ctx, const std::string& what, bool roles) {
    if (roles) {
        if (auto st = rebuildRoleAncestors(ctx.db()); !st)
            return CommandResult::refuse(T_f("{0} failed while rebuilding the role hierarchy ({1})", {what, st.message()}));
    }
    if (auto st = recalcAllShares(ctx.db()); !st)
        return CommandResult::refuse(T_f("{0} failed while recalculating sharing ({1})", {what, st.message()}));
    return std::nullopt;
}

std::string countOf(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string idText(const std::optional<Id>& id) { return id ? std::to_string(*id) : std::string(); }

std::string likePattern(const std::string& s) {
    std::string out = "%";
    for (char c : s) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}


std::optional<CommandResult> createUserWithWelcome(CommandContext& ctx, const NewUser& u,
                                                   const std::function<std::string()>& loginHint,
                                                   Id& outId) {
    auto& db = ctx.db();
    if (u.lastName.empty()) return CommandResult::refuse(T_f("the user needs a last name"), "lastName");
    if (!isValidEmail(u.email))
        return CommandResult::refuse(T_f("'{0}' is not an e-mail address; give the user's e-mail", {u.email}), "email");
    if (auto r = checkUsername(db, u.username)) return r;
    auto generated = generatePassword();
    if (!generated) return CommandResult::refuse(generated.message());
    const std::string password = generated.value();
    auto hash = hashPassword(password, ctx.passwordCost());
    if (!hash) return CommandResult::refuse(hash.message());
    std::string alias = u.alias;
    if (alias.empty()) alias = (u.firstName.empty() ? std::string() : u.firstName.substr(0, 1)) + u.lastName.substr(0, 4);
    std::string nickname = u.nickname;
    if (nickname.empty()) nickname = u.username.substr(0, u.username.find('@'));
    auto st = db.prepare(
        "INSERT INTO users(username, first_name, last_name, email, alias, nickname, profile_id, role_id, is_active, "
        "last_login_at, password_hash, must_change_password, contact_id, account_id, created_at, language) "
        "VALUES (?,?,?,?,?,?,?,?,1,NULL,?,1,?,?,?,?)");
    st.bind(1, u.username).bind(2, u.firstName).bind(3, u.lastName).bind(4, u.email).bind(5, alias).bind(6, nickname);
    st.bind(7, u.profileId).bindOptional(8, u.roleId).bind(9, hash.value()).bindOptional(10, u.contactId);
    st.bindOptional(11, u.accountId).bind(12, ctx.now()).bind(13, std::string(i18n::languageCode(u.language)));
    if (!st.run()) return ctx.dbError(T_f("creating the user {0}", {u.username}));
    outId = db.lastInsertId();
    const OrgState org = loadOrg(db);
    const std::string greeting = u.firstName.empty() ? u.lastName : u.firstName;
    MessageLanguageScope inTheirLanguage(u.language);
    const std::string body = T_f("Hello {0},\n\n{1}\n\nUsername: {2}\nPassword: {3}\n\nYou will be asked to choose a new "
                                 "password when you log in for the first time.\n\n{4}",
                                 {greeting, loginHint(), u.username, password, org.name});
    ctx.sendEmail("Welcome", outId, u.email, T_f("Your login to {0}", {org.name}), body);
    return std::nullopt;
}

std::optional<CommandResult> ensurePartnerRoles(CommandContext& ctx, Id accountId, std::vector<Id>& rolesByLevel) {
    auto& db = ctx.db();
    rolesByLevel.clear();
    auto existing = db.prepare("SELECT id FROM roles WHERE partner_account_id = ? ORDER BY partner_level");
    existing.bind(1, accountId);
    while (existing.step()) rolesByLevel.push_back(existing.getInt(0));
    if (!rolesByLevel.empty()) return std::nullopt;

    auto acc = db.prepare("SELECT a.name, a.owner_id, o.role_id FROM accounts a JOIN users o ON o.id = a.owner_id "
                          "WHERE a.id = ?");
    acc.bind(1, accountId);
    if (!acc.step())
        return refuseMissing(RecordKind::Account, accountId, "");
    const std::string accountName = acc.getText(0);
    const Id ownerId = acc.getInt(1);
    const auto ownerRole = acc.getOptionalInt(2);
    if (!ownerRole)
        return CommandResult::refuse(T_f("the partner roles of {0} roll up to its owner's role, but the owner {1} has no "
                                         "role; give {1} a role (e.g. Channel Sales Manager) first",
                                         {accountName, userName(db, ownerId)}));
    const int count = loadOrg(db).partnerRoleCount;
    static const char* kLevelNames[] = {"Partner User", "Partner Manager", "Partner Executive"};
    // Top level first, so each lower level can point at the one above it.
    std::vector<Id> byLevel(static_cast<std::size_t>(count), 0);
    std::optional<Id> parent = ownerRole;
    auto ins = db.prepare("INSERT INTO roles(name, parent_id, partner_account_id, partner_level) VALUES (?,?,?,?)");
    for (int level = count; level >= 1; --level) {
        const std::string name = accountName + " " + kLevelNames[level - 1];
        ins.bind(1, name).bindOptional(2, parent).bind(3, accountId).bind(4, level);
        if (!ins.run()) return ctx.dbError(T_f("creating the partner role {0}", {name}));
        ins.reset();
        parent = db.lastInsertId();
        byLevel[static_cast<std::size_t>(level - 1)] = *parent;
        ctx.audit("Roles", "Created partner role " + name + " under " + roleName(db, level == count ? *ownerRole
                                                                                                      : byLevel[static_cast<std::size_t>(level)]),
                  "", name);
    }
    rolesByLevel = byLevel;
    return std::nullopt;
}

}  // namespace prm::app::core
