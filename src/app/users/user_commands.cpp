// [SECTION] index
//  - Users: CreateUser, UpdateUser, DeactivateUser, ActivateUser, ResetPassword
//  - Roles: CreateRole
//  - Session: LogIn, ChangePassword, LogOut, LoginAs, LogInToExperienceAsUser
//  - Delegated external user administration: GrantDelegatedAdmin, RevokeDelegatedAdmin, AddAccountMember
#include "app/command_areas.h"
#include "app/core_common.h"
#include "app/refusals.h"
#include "app/sharing.h"
#include "app/users/delegated_admin.h"
#include "app/users/password.h"
#include "app/users/user_commands.h"

namespace prm::app::users {
namespace {

using core::kUsersSection;
const char* kRolesSection = "Roles";

CommandResult noUser(Id id, const char* field = "userId") {
    return refuseMissing(RecordKind::User, id, field);
}

CommandResult noProfile(Id id) {
    return refuseMissing(RecordKind::Profile, id, "profileId");
}

struct ProfileFacts {
    bool exists = false;
    std::string name;
    bool partner = false;
    bool admin = false;
};
ProfileFacts loadProfile(store::Db& db, Id id) {
    ProfileFacts p;
    auto st = db.prepare("SELECT name, user_type, is_admin FROM profiles WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) return p;
    p.exists = true;
    p.name = st.getText(0);
    p.partner = st.getText(1) == "Partner";
    p.admin = st.getInt(2) != 0;
    return p;
}

// Resolves an id or, for scripts and the seed, a name to a row id in `table` ("profiles" or "roles").
// The id wins when both are given; nullopt in `out` when neither is. A refusal when the name is unknown.
std::optional<CommandResult> idOrName(store::Db& db, const std::optional<Id>& id, const std::optional<std::string>& name,
                                      const char* table, const char* nameField, std::optional<Id>& out) {
    out = id;
    if (id || !name) return std::nullopt;
    const bool roles = std::string(table) == "roles";
    out = db.queryInt(std::string("SELECT id FROM ") + table + " WHERE name = ? ORDER BY id LIMIT 1", *name);
    if (out) return std::nullopt;
    return CommandResult::refuse(
        roles ? T_f("there is no role named '{0}'; check the spelling in Setup → Administer → Manage Users → Roles", {*name})
              : T_f("there is no profile named '{0}'; check the spelling in Setup → Administer → Manage Users → Profiles",
                    {*name}),
        nameField);
}

// An internal role for an internal user.
std::optional<CommandResult> checkInternalRole(store::Db& db, Id roleId) {
    auto st = db.prepare("SELECT partner_account_id FROM roles WHERE id = ?");
    st.bind(1, roleId);
    if (!st.step())
        return refuseMissing(RecordKind::Role, roleId, "roleId");
    if (!st.isNull(0))
        return CommandResult::refuse(T_f("{0} is a partner role; internal users need an internal role", {roleName(db, roleId)}),
                                     "roleId");
    return std::nullopt;
}

// "en" or "fi" for a user's language; a refusal naming the two otherwise.
std::optional<CommandResult> readLanguage(const std::string& code, i18n::Language& out) {
    if (code == "en" || code == "fi") {
        i18n::parseLanguage(code, out);
        return std::nullopt;
    }
    return CommandResult::refuse(T_f("'{0}' is not a language of the product; use \"en\" (English) or \"fi\" (Finnish)", {code}),
                                 "language");
}

// ---- Users -------------------------------------------------------------------------------------
CommandResult createUser(CommandContext& ctx, const CreateUser& cmd) {
    auto& db = ctx.db();
    core::NewUser u;
    std::optional<Id> profileId, roleId;
    if (auto r = idOrName(db, cmd.profileId, cmd.profileName, "profiles", "profileName", profileId)) return *r;
    if (auto r = idOrName(db, cmd.roleId, cmd.roleName, "roles", "roleName", roleId)) return *r;
    if (!profileId) profileId = db.queryInt("SELECT id FROM profiles WHERE name = 'Standard User'");
    if (!profileId) return CommandResult::refuse(T_f("choose a profile for the user"), "profileId");
    ProfileFacts profile = loadProfile(db, *profileId);
    if (!profile.exists) return noProfile(*profileId);
    if (profile.partner)
        return CommandResult::refuse(T_f("partner users are created from their contact: on the contact choose Manage "
                                         "External User → Enable Partner User"),
                                     "profileId");
    if (roleId)
        if (auto r = checkInternalRole(db, *roleId)) return *r;
    u.firstName = cmd.firstName.value_or("");
    u.lastName = cmd.lastName;
    u.email = cmd.email;
    u.username = cmd.username.value_or(cmd.email);
    u.alias = cmd.alias.value_or("");
    u.nickname = cmd.nickname.value_or("");
    u.profileId = *profileId;
    u.roleId = roleId;
    if (cmd.language)
        if (auto r = readLanguage(*cmd.language, u.language)) return *r;
    const std::string orgName = core::loadOrg(db).name;
    Id userId = 0;
    if (auto r = core::createUserWithWelcome(
            ctx, u, [&] { return T_f("An account has been created for you in {0}.", {orgName}); }, userId))
        return *r;
    const std::string name = userName(db, userId);
    ctx.audit(kUsersSection, "Created user " + name + " (" + u.username + ")", "",
              profile.name + (roleId ? ", " + roleName(db, *roleId) : std::string()));
    if (roleId)
        if (auto r = core::rebuildRolesAndShares(ctx, T_f("creating the user"), false)) return *r;
    return CommandResult::success(T_f("Created {0}; the login details were e-mailed to {1}", {name, u.email}),
                                  {{"userId", userId}});
}

CommandResult updateUser(CommandContext& ctx, const UpdateUser& cmd) {
    auto& db = ctx.db();
    const Id userId = cmd.userId;
    if (auto r = refuseUnlessMayManageUser(ctx, userId)) return *r;
    if (cmd.profileId)
        if (auto r = refuseForDelegated(ctx, T_f("only an administrator can change a user's profile"), "profileId"))
            return *r;
    User u = loadUser(db, userId);
    if (!u.exists) return noUser(userId);
    int changed = 0;
    bool sharingChanged = false;

    struct TextField {
        std::optional<std::string> UpdateUser::*value;
        const char* arg;
        const char* column;
        const char* label;
    };
    const TextField textFields[] = {{&UpdateUser::firstName, "firstName", "first_name", "first name"},
                                    {&UpdateUser::lastName, "lastName", "last_name", "last name"},
                                    {&UpdateUser::email, "email", "email", "e-mail"},
                                    {&UpdateUser::username, "username", "username", "username"},
                                    {&UpdateUser::alias, "alias", "alias", "alias"},
                                    {&UpdateUser::nickname, "nickname", "nickname", "nickname"}};
    for (const auto& f : textFields) {
        const std::optional<std::string>& v = cmd.*(f.value);
        if (!v) continue;
        const std::string col = f.column;
        const std::string old = db.queryText("SELECT " + col + " FROM users WHERE id = ?", userId).value_or("");
        if (old == *v) continue;
        if (col == "last_name" && v->empty()) return CommandResult::refuse(T_f("the user needs a last name"), f.arg);
        if (col == "email" && !isValidEmail(*v))
            return CommandResult::refuse(T_f("'{0}' is not an e-mail address", {*v}), f.arg);
        if (col == "username")
            if (auto r = checkUsername(db, *v, userId)) return *r;
        auto st = db.prepare("UPDATE users SET " + col + " = ? WHERE id = ?");
        if (!st.bindAll(*v, userId).run()) return ctx.dbError(T_f("updating the user"));
        ctx.audit(kUsersSection, "Changed " + std::string(f.label) + " of " + u.name, old, *v);
        ++changed;
    }

    const auto& profileId = cmd.profileId;
    if (profileId && *profileId != u.profileId) {
        ProfileFacts p = loadProfile(db, *profileId);
        if (!p.exists) return noProfile(*profileId);
        if (p.partner != u.partner)
            return CommandResult::refuse(u.partner ? T_f("{0} is a partner user and needs a partner profile", {u.name})
                                                   : T_f("{0} is an internal user and needs an internal profile", {u.name}),
                                         "profileId");
        if (userId == ctx.actor() && u.admin && !p.admin)
            return CommandResult::refuse(T_f("you cannot take the System Administrator profile from yourself; "
                                             "ask another administrator to do it"),
                                         "profileId");
        auto st = db.prepare("UPDATE users SET profile_id = ? WHERE id = ?");
        if (!st.bindAll(*profileId, userId).run()) return ctx.dbError(T_f("changing the profile"));
        ctx.audit(kUsersSection, "Changed profile of " + u.name, profileName(db, u.profileId), p.name);
        ++changed;
        sharingChanged = true;
    }

    const auto& roleId = cmd.roleId;
    if (roleId && (!u.roleId || *roleId != *u.roleId)) {
        if (u.partner)
            return CommandResult::refuse(T_f("{0} is a partner user; choose the partner role level with SetPartnerUserRole",
                                             {u.name}),
                                         "roleId");
        if (auto r = checkInternalRole(db, *roleId)) return *r;
        auto st = db.prepare("UPDATE users SET role_id = ? WHERE id = ?");
        if (!st.bindAll(*roleId, userId).run()) return ctx.dbError(T_f("changing the role"));
        ctx.audit(kUsersSection, "Changed role of " + u.name, u.roleId ? roleName(db, *u.roleId) : "",
                  roleName(db, *roleId));
        ++changed;
        sharingChanged = true;
    }
    if (cmd.language) {
        i18n::Language lang = i18n::Language::English;
        if (auto r = readLanguage(*cmd.language, lang)) return *r;
        const std::string old = i18n::languageCode(userLanguage(db, userId));
        const std::string now = i18n::languageCode(lang);
        if (old != now) {
            auto st = db.prepare("UPDATE users SET language = ? WHERE id = ?");
            if (!st.bindAll(now, userId).run()) return ctx.dbError(T_f("updating the user"));
            ctx.audit(kUsersSection, "Changed language of " + u.name, old, now);
            ++changed;
        }
    }
    if (sharingChanged)
        if (auto r = core::rebuildRolesAndShares(ctx, T_f("updating the user"), false)) return *r;
    return CommandResult::success(changed ? T_f("Saved {0}", {userName(db, userId)}) : T_f("No changes"),
                                  {{"userId", userId}, {"changed", changed}});
}

CommandResult deactivateUser(CommandContext& ctx, const UserRef& cmd) {
    auto& db = ctx.db();
    const Id userId = cmd.userId;
    if (auto r = refuseUnlessMayManageUser(ctx, userId, false)) return *r;
    User u = loadUser(db, userId);
    if (!u.exists) return noUser(userId);
    if (!u.active) return CommandResult::refuse(T_f("{0} is already inactive", {u.name}), "userId");
    if (userId == ctx.actor())
        return CommandResult::refuse(T_f("you cannot deactivate yourself; ask another administrator"), "userId");
    if (core::loadOrg(db).defaultLeadOwnerId == userId)
        return CommandResult::refuse(T_f("{0} is the default lead owner and must stay active; choose another default "
                                         "lead owner in the lead settings first",
                                         {u.name}),
                                     "userId");
    auto st = db.prepare("UPDATE users SET is_active = 0 WHERE id = ?");
    if (!st.bind(1, userId).run()) return ctx.dbError(T_f("deactivating the user"));
    ctx.audit(kUsersSection, "Deactivated user " + u.name, "active", "inactive");
    // Access checks already ignore inactive users; the share rows are rebuilt so they stay consistent.
    if (auto r = core::rebuildRolesAndShares(ctx, T_f("deactivating the user"), false)) return *r;
    return CommandResult::success(T_f("{0} is inactive and can no longer log in or receive leads", {u.name}), {{"userId", userId}});
}

CommandResult activateUser(CommandContext& ctx, const UserRef& cmd) {
    auto& db = ctx.db();
    const Id userId = cmd.userId;
    if (auto r = refuseUnlessMayManageUser(ctx, userId)) return *r;
    User u = loadUser(db, userId);
    if (!u.exists) return noUser(userId);
    if (u.active) return CommandResult::refuse(T_f("{0} is already active", {u.name}), "userId");
    bool rolesChanged = false;
    if (u.partner) {
        if (!u.accountId)
            return CommandResult::refuse(T_f("{0} is a partner user without an account and cannot be activated", {u.name}), "userId");
        auto acc = db.prepare("SELECT name, is_partner FROM accounts WHERE id = ?");
        acc.bind(1, *u.accountId);
        if (!acc.step() || acc.getInt(1) == 0)
            return CommandResult::refuse(T_f("{0} cannot be activated: the account {1} is no longer a partner account; enable "
                                             "it as a partner first",
                                             {u.name, acc.ok() ? acc.getText(0) : std::string()}),
                                         "userId");
        if (!u.roleId) {
            std::vector<Id> roles;
            if (auto r = core::ensurePartnerRoles(ctx, *u.accountId, roles)) return *r;
            auto st = db.prepare("UPDATE users SET role_id = ? WHERE id = ?");
            if (!st.bind(1, roles.front()).bind(2, userId).run()) return ctx.dbError(T_f("giving the user a partner role"));
            rolesChanged = true;
        }
    }
    auto st = db.prepare("UPDATE users SET is_active = 1 WHERE id = ?");
    if (!st.bind(1, userId).run()) return ctx.dbError(T_f("activating the user"));
    ctx.audit(kUsersSection, "Activated user " + u.name, "inactive", "active");
    if (auto r = core::rebuildRolesAndShares(ctx, T_f("activating the user"), rolesChanged)) return *r;
    return CommandResult::success(T_f("{0} is active again", {u.name}), {{"userId", userId}});
}

CommandResult resetPassword(CommandContext& ctx, const UserRef& cmd) {
    auto& db = ctx.db();
    const Id userId = cmd.userId;
    if (auto r = refuseUnlessMayManageUser(ctx, userId)) return *r;
    User u = loadUser(db, userId);
    if (!u.exists) return noUser(userId);
    if (!u.active)
        return CommandResult::refuse(T_f("{0} is inactive; activate the user before resetting the password", {u.name}), "userId");
    auto generated = generatePassword();
    if (!generated) return CommandResult::refuse(generated.message());
    const std::string password = generated.value();
    auto hash = hashPassword(password, ctx.passwordCost());
    if (!hash) return CommandResult::refuse(hash.message());
    auto st = db.prepare("UPDATE users SET password_hash = ?, must_change_password = 1 WHERE id = ?");
    if (!st.bind(1, hash.value()).bind(2, userId).run()) return ctx.dbError(T_f("resetting the password"));
    const std::string orgName = core::loadOrg(db).name;
    {
        MessageLanguageScope inTheirLanguage(userLanguage(db, userId));
        ctx.sendEmail("PasswordReset", userId, u.email, T_f("Your new password for {0}", {orgName}),
                      T_f("Hello {0},\n\nyour password was reset by an administrator.\n\nUsername: {1}\nNew password: "
                          "{2}\n\nYou will be asked to choose a new password when you log in.\n\n{3}",
                          {u.name, u.username, password, orgName}));
    }
    ctx.audit(kUsersSection, "Reset password of " + u.name);
    return CommandResult::success(T_f("Reset the password of {0}; the new one was e-mailed to {1}", {u.name, u.email}),
                                  {{"userId", userId}});
}

// ---- Roles -------------------------------------------------------------------------------------
CommandResult createRole(CommandContext& ctx, const CreateRole& cmd) {
    auto& db = ctx.db();
    const std::string& name = cmd.name;
    if (name.empty()) return CommandResult::refuse(T_f("give the role a name, e.g. \"Channel Sales Manager\""), "name");
    const auto& parentId = cmd.parentId;
    if (parentId) {
        if (auto r = checkInternalRole(db, *parentId)) {
            r->field = "parentId";
            if (!db.queryInt("SELECT 1 FROM roles WHERE id = ? AND partner_account_id IS NULL", *parentId))
                if (db.queryInt("SELECT 1 FROM roles WHERE id = ?", *parentId))
                    r->message = T_f("{0} is a partner role; partner roles are created with their account, so put the "
                                     "new role under an internal role",
                                     {roleName(db, *parentId)});
            return *r;
        }
    }
    auto st = db.prepare("INSERT INTO roles(name, parent_id) VALUES (?, ?)");
    if (!st.bind(1, name).bindOptional(2, parentId).run()) return ctx.dbError(T_f("creating the role"));
    const Id id = db.lastInsertId();
    ctx.audit(kRolesSection, "Created role " + name, "",
              parentId ? "reports to " + roleName(db, *parentId) : std::string("top of the hierarchy"));
    if (auto r = core::rebuildRolesAndShares(ctx, T_f("creating the role"))) return *r;
    return CommandResult::success(T_f("Created role {0}", {name}), {{"roleId", id}});
}

// ---- Session -----------------------------------------------------------------------------------
CommandResult logIn(CommandContext& ctx, const LogIn& cmd) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessOrg(ctx)) return *r;
    const std::string wrong = T_f("the username or password is wrong; check them (new users find theirs in the Welcome "
                                  "e-mail in the outbox) or ask an administrator to reset the password");
    auto st = db.prepare("SELECT id, password_hash FROM users WHERE username = ? COLLATE NOCASE");
    st.bind(1, cmd.username);
    if (!st.step()) return CommandResult::refuse(wrong, "password");
    const Id userId = st.getInt(0);
    if (!verifyPassword(st.getText(1), cmd.password)) return CommandResult::refuse(wrong, "password");
    User u = loadUser(db, userId);
    if (!u.active)
        return CommandResult::refuse(T_f("{0} is inactive and cannot log in; an administrator can activate the user", {u.name}),
                                     "username");
    if (u.partner) {
        // Partner users log in to a community: one that is published and has their profile as a member.
        auto c = db.prepare("SELECT 1 FROM communities c JOIN community_profiles cp ON cp.community_id = c.id "
                            "WHERE cp.profile_id = ? AND c.status = 'Published'");
        c.bind(1, u.profileId);
        if (!c.step())
            return CommandResult::refuse(T_f("{0} cannot log in yet: no published community has the {1} profile as a member; "
                                             "add the profile to a community and publish it",
                                             {u.name, profileName(db, u.profileId)}),
                                         "username");
    }
    auto upd = db.prepare("UPDATE users SET last_login_at = ? WHERE id = ?");
    if (!upd.bind(1, ctx.now()).bind(2, userId).run()) return ctx.dbError(T_f("logging in"));
    if (!core::setSessionUser(db, userId)) return ctx.dbError(T_f("logging in"));
    const bool mustChange = db.queryInt("SELECT must_change_password FROM users WHERE id = ?", userId).value_or(0) != 0;
    // Logged in with a temporary password: the session may only change it (or log out) until it does (2;
    // Sandbox::run enforces it). A scenario script's login is not held (CommandContext::scripted).
    if (mustChange && !ctx.scripted()) {
        auto hold = db.prepare("UPDATE users SET must_change_password = 2 WHERE id = ?");
        if (!hold.bind(1, userId).run()) return ctx.dbError(T_f("logging in"));
    }
    return CommandResult::success(mustChange ? T_f("Welcome, {0}. Choose a new password to continue", {u.name})
                                             : T_f("Welcome, {0}", {u.name}),
                                  {{"userId", userId}, {"mustChangePassword", mustChange}, {"firstLogin", !u.lastLoginAt}});
}

CommandResult changePassword(CommandContext& ctx, const ChangePassword& cmd) {
    auto& db = ctx.db();
    const std::string& pw = cmd.newPassword;
    if (auto problem = passwordProblem(pw)) return CommandResult::refuse(*problem, "newPassword");
    const Id userId = ctx.actor();
    auto cur = db.prepare("SELECT password_hash FROM users WHERE id = ?");
    cur.bind(1, userId);
    if (cur.step() && verifyPassword(cur.getText(0), pw))
        return CommandResult::refuse(T_f("the new password is the same as the current one; choose a different one"),
                                     "newPassword");
    auto hash = hashPassword(pw, ctx.passwordCost());
    if (!hash) return CommandResult::refuse(hash.message());
    auto st = db.prepare("UPDATE users SET password_hash = ?, must_change_password = 0 WHERE id = ?");
    if (!st.bind(1, hash.value()).bind(2, userId).run()) return ctx.dbError(T_f("changing the password"));
    return CommandResult::success(T_f("Your password was changed"), {{"userId", userId}});
}

CommandResult logOut(CommandContext& ctx, const LogOut&) {
    auto& db = ctx.db();
    // Logged in to the experience as a partner user: Log out returns to the administrator.
    if (auto admin = db.queryInt("SELECT return_user_id FROM session WHERE id = 1 AND return_user_id IS NOT NULL")) {
        const std::string partner = userName(db, ctx.actor());
        if (!core::setSessionUser(db, *admin)) return ctx.dbError(T_f("logging out"));
        ctx.audit(kUsersSection, "Logged out of the experience as " + partner + ", back to " + userName(db, *admin), partner,
                  userName(db, *admin));
        return CommandResult::success(T_f("Logged out of the experience; you are {0} again", {userName(db, *admin)}),
                                      {{"userId", *admin}, {"returned", true}});
    }
    if (!core::setSessionUser(db, std::nullopt)) return ctx.dbError(T_f("logging out"));
    return CommandResult::success(T_f("Logged out"), {{"userId", ctx.actor()}});
}

CommandResult loginAs(CommandContext& ctx, const UserRef& cmd) {
    auto& db = ctx.db();
    const Id userId = cmd.userId;
    User u = loadUser(db, userId);
    if (!u.exists) return noUser(userId);
    if (userId == ctx.actor()) return CommandResult::refuse(T_f("you are already logged in as {0}", {u.name}), "userId");
    if (!u.active)
        return CommandResult::refuse(T_f("{0} is inactive, so nobody can log in as them; activate the user first", {u.name}),
                                     "userId");
    // Not a login by the user: last_login_at stays as it is, or "has logged in at least once" would be faked.
    if (!core::setSessionUser(db, userId)) return ctx.dbError(T_f("logging in as the user"));
    ctx.audit(kUsersSection, "Logged in as " + u.name + " (Login-As access)", userName(db, ctx.actor()), u.name);
    return CommandResult::success(T_f("You are now working as {0}; log out and log in again to return", {u.name}),
                                  {{"userId", userId}});
}

// Log in to Experience as User: needs Manage External Users (an administrator profile), Edit on the partner's
// account (waived when the actor's role is above the partner's) and the partner's profile in a published community.
CommandResult logInToExperienceAsUser(CommandContext& ctx, const UserRef& cmd) {
    auto& db = ctx.db();
    const Id userId = cmd.userId;
    const User actor = loadUser(db, ctx.actor());
    if (!actor.admin)
        return CommandResult::refuse(T_f("you need the Manage External Users permission (a System Administrator profile) to "
                                         "log in to the experience as a partner user"),
                                     "userId");
    User u = loadUser(db, userId);
    if (!u.exists) return noUser(userId);
    if (!u.partner || !u.accountId)
        return CommandResult::refuse(T_f("{0} is an internal user; Log in to Experience as User is for partner users (use "
                                         "Login-As for internal users)",
                                         {u.name}),
                                     "userId");
    if (!u.active)
        return CommandResult::refuse(T_f("{0} is inactive, so nobody can log in to the experience as them; activate the "
                                         "user first",
                                         {u.name}),
                                     "userId");
    const Access onAccount = accountAccess(db, actor.id, *u.accountId);
    const bool roleAbove = actor.roleId && u.roleId &&
                           db.queryInt("SELECT 1 FROM role_ancestors WHERE role_id = ? AND ancestor_id = ? AND depth > 0",
                                       *u.roleId, *actor.roleId)
                               .has_value();
    if (onAccount < Access::Edit && !roleAbove)
        return CommandResult::refuse(onAccount == Access::None
                                         ? T_f("you need Edit on the partner user's account, or a role above its partner users")
                                         : T_f("you need Edit on {0}, or a role above its partner users", {u.accountName}),
                                     "userId");
    const auto community = db.queryText("SELECT c.name FROM communities c JOIN community_profiles cp ON cp.community_id = c.id "
                                        "WHERE cp.profile_id = ? AND c.status = 'Published' ORDER BY c.id LIMIT 1",
                                        u.profileId);
    if (!community)
        return CommandResult::refuse(T_f("the {0} profile of {1} is not a member of a published community; add it to a "
                                         "community and publish the community",
                                         {u.profileName, u.name}),
                                     "userId");
    // Not a login by the user: last_login_at stays as it is (as for LoginAs).
    if (!core::setSessionUser(db, userId)) return ctx.dbError(T_f("logging in to the experience"));
    auto st = db.prepare("UPDATE session SET return_user_id = ? WHERE id = 1");
    if (!st.bind(1, actor.id).run()) return ctx.dbError(T_f("logging in to the experience"));
    ctx.audit(kUsersSection, "Logged in to Experience as " + u.name + " (" + u.accountName + ", " + *community + ")",
              actor.name, u.name);
    return CommandResult::success(T_f("You are logged in to {0} as {1}; log out to return to {2}", {*community, u.name, actor.name}),
                                  {{"userId", userId}, {"returnUserId", actor.id}});
}

// ---- Delegated external user administration -----------------------------------------------------
CommandResult grantDelegatedAdmin(CommandContext& ctx, const UserRef& cmd) {
    auto& db = ctx.db();
    User u = loadUser(db, cmd.userId);
    if (!u.exists) return noUser(cmd.userId);
    if (!u.partner || !u.accountId)
        return CommandResult::refuse(T_f("{0} is an internal user; delegated external user administration is for partner "
                                         "users",
                                         {u.name}),
                                     "userId");
    if (!u.active)
        return CommandResult::refuse(T_f("{0} is inactive; activate the user first", {u.name}), "userId");
    if (db.queryInt("SELECT is_delegated_admin FROM users WHERE id = ?", u.id).value_or(0) != 0)
        return CommandResult::refuse(T_f("{0} already manages the users of {1}", {u.name, u.accountName}), "userId");
    auto st = db.prepare("UPDATE users SET is_delegated_admin = 1 WHERE id = ?");
    if (!st.bind(1, u.id).run()) return ctx.dbError(T_f("granting delegated administration"));
    ctx.audit(kUsersSection, "Granted delegated external user administration to " + u.name + " (" + u.accountName + ")",
              "off", "on");
    return CommandResult::success(T_f("{0} can now manage the partner users of {1} in the community (Account Management → "
                                      "Members)",
                                      {u.name, u.accountName}),
                                  {{"userId", u.id}});
}

CommandResult revokeDelegatedAdmin(CommandContext& ctx, const UserRef& cmd) {
    auto& db = ctx.db();
    User u = loadUser(db, cmd.userId);
    if (!u.exists) return noUser(cmd.userId);
    if (db.queryInt("SELECT is_delegated_admin FROM users WHERE id = ?", u.id).value_or(0) == 0)
        return CommandResult::refuse(T_f("{0} does not have delegated external user administration", {u.name}), "userId");
    auto st = db.prepare("UPDATE users SET is_delegated_admin = 0 WHERE id = ?");
    if (!st.bind(1, u.id).run()) return ctx.dbError(T_f("revoking delegated administration"));
    ctx.audit(kUsersSection, "Revoked delegated external user administration from " + u.name + " (" + u.accountName + ")",
              "on", "off");
    return CommandResult::success(T_f("{0} no longer manages the partner users of {1}", {u.name, u.accountName}),
                                  {{"userId", u.id}});
}

CommandResult addAccountMember(CommandContext& ctx, const AddAccountMember& cmd) {
    auto& db = ctx.db();
    std::optional<Id> accountId = cmd.accountId;
    if (!accountId) {
        if (auto d = delegatedActor(ctx)) accountId = d->accountId;
        else return CommandResult::refuse(T_f("choose the partner account of the new member"), "accountId");
    }
    if (auto r = refuseUnlessMayManageAccount(ctx, accountId, "accountId")) return *r;
    const int level = cmd.level.value_or(1);
    if (auto r = refuseLevelAboveOwn(ctx, level)) return *r;
    if (level < 1 || level > 3)
        return CommandResult::refuse(T_f("choose a role level from 1 (Partner User) to 3 (Partner Executive)"), "level");
    auto acc = db.prepare("SELECT owner_id, is_partner, name FROM accounts WHERE id = ?");
    acc.bind(1, *accountId);
    if (!acc.step()) return refuseMissing(RecordKind::Account, *accountId, "accountId");
    if (acc.getInt(1) == 0)
        return CommandResult::refuse(T_f("{0} is not a partner account; enable it as a partner first", {acc.getText(2)}),
                                     "accountId");
    if (cmd.lastName.empty()) return CommandResult::refuse(T_f("the user needs a last name"), "lastName");
    if (!isValidEmail(cmd.email)) return CommandResult::refuse(T_f("'{0}' is not an e-mail address", {cmd.email}), "email");
    // The contact is owned by the account's owner (the channel manager), as the partner's other contacts are.
    auto c = db.prepare("INSERT INTO contacts(account_id, first_name, last_name, email, owner_id, created_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)");
    if (!c.bindAll(*accountId, cmd.firstName.value_or(""), cmd.lastName, cmd.email, acc.getInt(0), ctx.now()).run())
        return ctx.dbError(T_f("creating the contact"));
    const Id contactId = db.lastInsertId();
    json enable = {{"contactId", contactId}, {"email", cmd.email}};
    if (cmd.username) enable["username"] = *cmd.username;
    CommandResult r = commandRegistry().find("EnablePartnerUser")->handler(ctx, enable);
    if (!r.ok) return r;
    const Id userId = r.data.value("userId", Id{0});
    if (level > 1) {
        CommandResult role = commandRegistry().find("SetPartnerUserRole")->handler(ctx, {{"userId", userId}, {"level", level}});
        if (!role.ok) return role;
    }
    r.data["contactId"] = contactId;
    return r;
}

}  // namespace
}  // namespace prm::app::users

namespace prm::app {

void registerUserCommands(CommandRegistry& r) {
    using namespace users;
    r.add("CreateUser", CommandKind::Setup, createUser,
          "Creates an internal user and e-mails the login details; the password must be changed at the first login.");
    r.add("UpdateUser", CommandKind::Delegable, updateUser,
          "Changes a user's names, e-mail, username, alias, nickname, profile or role.");
    r.add("DeactivateUser", CommandKind::Delegable, deactivateUser,
          "Deactivates a user: they can no longer log in or receive leads.");
    r.add("ActivateUser", CommandKind::Delegable, activateUser, "Activates an inactive user again.");
    r.add("ResetPassword", CommandKind::Delegable, resetPassword,
          "Gives a user a new generated password, e-mailed to them and to be changed at their next login.");
    r.add("CreateRole", CommandKind::Setup, createRole, "Adds an internal role to the role hierarchy.");
    r.add("LogIn", CommandKind::NoLogin, logIn, "Logs a user in with their username and password.");
    r.add("ChangePassword", CommandKind::User, changePassword, "Changes the logged-in user's own password.");
    r.add("LogOut", CommandKind::User, logOut, "Logs the current user out.");
    r.add("LoginAs", CommandKind::Setup, loginAs,
          "An administrator works as another user (Login-As access) until they log out.");
    r.add("LogInToExperienceAsUser", CommandKind::User, logInToExperienceAsUser,
          "An administrator with Edit on the partner's account (or a role above it) works as a partner user in their "
          "community; Log out returns to the administrator.");
    r.add("GrantDelegatedAdmin", CommandKind::Setup, grantDelegatedAdmin,
          "Lets an active partner user manage the partner users of their own account (delegated external user "
          "administration).");
    r.add("RevokeDelegatedAdmin", CommandKind::Setup, revokeDelegatedAdmin,
          "Takes delegated external user administration back from a partner user.");
    r.add("AddAccountMember", CommandKind::Delegable, addAccountMember,
          "Account Management → New Member: a new contact of the partner account, enabled as a partner user at a role "
          "level.");
}

}  // namespace prm::app
