// Users, roles, passwords and the session: CreateUser, UpdateUser, (De)activateUser, ResetPassword,
// CreateRole, LogIn, ChangePassword, LogOut, LoginAs.
#include <gtest/gtest.h>

#include <set>

#include <argon2.h>

#include "app/users/password.h"
#include "app/queries_core.h"
#include "app/session_queries.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using prm::app::json;

namespace {

Id createUser(Sandbox& sb, const std::string& first, const std::string& last, const std::string& email,
              json extra = json::object()) {
    json cmd = {{"cmd", "CreateUser"}, {"firstName", first}, {"lastName", last}, {"email", email}};
    cmd.update(extra);
    return run(sb, cmd)["userId"].get<Id>();
}

std::optional<std::int64_t> userInt(Sandbox& sb, Id id, const std::string& col) {
    return sb.db().queryInt("SELECT " + col + " FROM users WHERE id = " + std::to_string(id));
}

// Every text value in every table except the outbox (the e-mails that "left" the sandbox).
std::vector<std::string> allStoredText(Sandbox& sb) {
    std::vector<std::string> out;
    auto tables = sb.db().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'outbox'");
    while (tables.step()) {
        auto st = sb.db().prepare("SELECT * FROM \"" + tables.getText(0) + "\"");
        while (st.step())
            for (int c = 0; c < st.columnCount(); ++c)
                if (!st.isNull(c)) out.push_back(st.getText(c));
    }
    return out;
}

}  // namespace

TEST(Password, GeneratedPasswordsAreStrongAndHashesAreArgon2id) {
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        auto pw = prm::app::generatePassword();
        ASSERT_TRUE(pw.ok()) << pw.message();
        EXPECT_EQ(pw.value().size(), 12u);
        EXPECT_FALSE(prm::app::passwordProblem(pw.value()).has_value()) << pw.value();
        seen.insert(pw.value());
    }
    EXPECT_EQ(seen.size(), 200u);  // 56^12 possibilities: a repeat means the source is not random
    auto hash = prm::app::hashPassword("Salasana123");
    ASSERT_TRUE(hash.ok());
    EXPECT_EQ(hash.value().rfind("$argon2id$", 0), 0u) << hash.value();
    EXPECT_NE(hash.value().find("$m=19456,t=2,p=1$"), std::string::npos) << hash.value();
    EXPECT_TRUE(prm::app::verifyPassword(hash.value(), "Salasana123"));
    EXPECT_FALSE(prm::app::verifyPassword(hash.value(), "salasana123"));
    EXPECT_FALSE(prm::app::verifyPassword("", "x"));
    EXPECT_TRUE(prm::app::passwordProblem("short1").has_value());
    EXPECT_TRUE(prm::app::passwordProblem("onlyletters").has_value());
    EXPECT_TRUE(prm::app::passwordProblem("1234567890").has_value());
}

TEST(Password, ASandboxHashesWithTheProductsCostUnlessAFixtureLowersIt) {
    auto sb = Sandbox::open(":memory:");  // the options the app and the CLI use
    ASSERT_TRUE(sb.ok());
    run(*sb.value(), createOrgCommand());
    const std::string hash = sb.value()->db().queryText("SELECT password_hash FROM users").value();
    EXPECT_NE(hash.find("$m=19456,t=2,p=1$"), std::string::npos) << hash;
    ASSERT_TRUE(logIn(*sb.value(), kAdminUsername, kAdminPassword).ok);
}

TEST(Password, HashesMadeWithTheEarlierCostStillVerify) {
    // "Salasana123" hashed with the parameters used before (m=4096,t=2,p=1): argon2 reads them from the hash.
    const std::string old = "$argon2id$v=19$m=4096,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$";
    std::string encoded(128, '\0');
    const std::string salt = "saltsaltsaltsalt";
    ASSERT_EQ(argon2id_hash_encoded(2, 4096, 1, "Salasana123", 11, salt.data(), salt.size(), 32, encoded.data(),
                                    encoded.size()),
              ARGON2_OK);
    encoded.resize(encoded.find('\0'));
    ASSERT_EQ(encoded.rfind(old, 0), 0u) << encoded;
    EXPECT_TRUE(prm::app::verifyPassword(encoded, "Salasana123"));
    EXPECT_FALSE(prm::app::verifyPassword(encoded, "Salasana124"));
}

TEST(Password, SecureRandomBelowIsInRangeAndCoversIt) {
    std::set<std::uint32_t> seen;
    for (int i = 0; i < 2000; ++i) {
        auto v = prm::app::secureRandomBelow(7);
        ASSERT_TRUE(v.has_value());
        ASSERT_LT(*v, 7u);
        seen.insert(*v);
    }
    EXPECT_EQ(seen.size(), 7u);
    EXPECT_FALSE(prm::app::secureRandomBelow(0).has_value());
}

TEST(Password, TheSandboxSeedDoesNotPredictPasswordsOrSalts) {
    // Two sandboxes with the same seed and the same clock, given the same commands.
    auto a = makeOrg();
    auto b = makeOrg();
    const Id ua = createUser(*a, "Ville", "Korhonen", "ville.korhonen@pohjolatech.example");
    const Id ub = createUser(*b, "Ville", "Korhonen", "ville.korhonen@pohjolatech.example");
    const std::string pa = welcomePassword(*a, ua), pb = welcomePassword(*b, ub);
    EXPECT_NE(pa, pb);
    EXPECT_FALSE(prm::app::passwordProblem(pa).has_value()) << pa;
    EXPECT_FALSE(prm::app::passwordProblem(pb).has_value()) << pb;
    // Salts are the part between the parameters and the hash: "$argon2id$v=19$m=...,t=2,p=1$<salt>$<hash>".
    auto salt = [](Sandbox& sb, Id u) {
        const std::string h = sb.db().queryText("SELECT password_hash FROM users WHERE id = " + std::to_string(u)).value();
        const size_t end = h.rfind('$'), start = h.rfind('$', end - 1) + 1;
        return h.substr(start, end - start);
    };
    EXPECT_NE(salt(*a, ua), salt(*b, ub));
    // The administrator's given password too gets a fresh salt in each sandbox.
    EXPECT_NE(salt(*a, 1), salt(*b, 1));
}

TEST(Users, CreateUserValidatesUsernameAndEmail) {
    auto sb = makeOrg();
    createUser(*sb, "Ville", "Korhonen", "ville.korhonen@pohjolatech.example");
    auto msg = refused(*sb, {{"cmd", "CreateUser"}, {"lastName", "Other"}, {"email", "other@pohjolatech.example"},
                             {"username", "VILLE.KORHONEN@pohjolatech.example"}});
    EXPECT_NE(msg.find("already taken by Ville Korhonen"), std::string::npos) << msg;
    msg = refused(*sb, {{"cmd", "CreateUser"}, {"lastName", "Bad"}, {"email", "bad@@example.com"}});
    EXPECT_NE(msg.find("not an e-mail address"), std::string::npos) << msg;
    msg = refused(*sb, {{"cmd", "CreateUser"}, {"lastName", "Bad"}, {"email", "bad@example.com"}, {"username", "bad"}});
    EXPECT_NE(msg.find("usernames look like an e-mail address"), std::string::npos) << msg;
    msg = refused(*sb, {{"cmd", "CreateUser"}, {"lastName", "Partner"}, {"email", "p@example.com"},
                        {"profileName", "Partner Community User"}});
    EXPECT_NE(msg.find("Enable Partner User"), std::string::npos) << msg;
}

TEST(Users, EmailValidator) {
    auto sb = makeOrg();
    for (const char* bad : {"", "a", "a@b", "a@b.c", "@b.com", "a@.com", "a..b@c.com", "a b@c.com", "a@-b.com", "a@b.c0m"})
        EXPECT_FALSE(sb->execute({{"cmd", "CreateUser"}, {"lastName", "X"}, {"email", bad}}).ok) << bad;
    for (const char* good : {"a@b.fi", "maija.virtanen+crm@nordic-partners.example", "O'Brien@mail.co.uk"})
        EXPECT_TRUE(sb->execute({{"cmd", "CreateUser"}, {"lastName", "X"}, {"email", good}}).ok) << good;
}

TEST(Users, PasswordIsOnlyStoredAsArgon2idHash) {
    auto sb = makeOrg();
    const Id u = createUser(*sb, "Ville", "Korhonen", "ville.korhonen@pohjolatech.example");
    const std::string pw = welcomePassword(*sb, u);
    ASSERT_EQ(pw.size(), 12u);
    const std::string hash = sb->db().queryText("SELECT password_hash FROM users WHERE id = " + std::to_string(u)).value();
    EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
    // Log in with it and change it: neither the generated nor the chosen password, nor the admin's, appears anywhere.
    ASSERT_TRUE(logIn(*sb, "ville.korhonen@pohjolatech.example", pw).ok);
    run(*sb, {{"cmd", "ChangePassword"}, {"newPassword", kNewPassword}});
    ASSERT_TRUE(logIn(*sb, kAdminUsername, kAdminPassword).ok);
    for (const auto& text : allStoredText(*sb)) {
        EXPECT_EQ(text.find(pw), std::string::npos) << text;
        EXPECT_EQ(text.find(kNewPassword), std::string::npos) << text;
        EXPECT_EQ(text.find(kAdminPassword), std::string::npos) << text;
    }
    // The command log keeps the commands, with the secrets blanked out.
    EXPECT_TRUE(sb->db().queryInt("SELECT 1 FROM command_log WHERE command LIKE '%\"cmd\":\"LogIn\"%' "
                                  "AND command LIKE '%********%'").has_value());
}

TEST(Users, FirstLoginSetsLastLoginAndRequiresAPasswordChange) {
    auto sb = makeOrg();
    const Id u = createUser(*sb, "Ville", "Korhonen", "ville.korhonen@pohjolatech.example");
    EXPECT_FALSE(userInt(*sb, u, "last_login_at").has_value());
    EXPECT_EQ(userInt(*sb, u, "must_change_password"), 1);
    auto r = logIn(*sb, "Ville.Korhonen@pohjolatech.example", welcomePassword(*sb, u));  // usernames ignore case
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_TRUE(r.data["mustChangePassword"].get<bool>());
    EXPECT_TRUE(r.data["firstLogin"].get<bool>());
    EXPECT_EQ(sb->currentUser(), u);
    EXPECT_EQ(userInt(*sb, u, "last_login_at"), sb->db().queryInt("SELECT max(last_login_at) FROM users").value());
    EXPECT_TRUE(userInt(*sb, u, "last_login_at").has_value());
    EXPECT_NE(refused(*sb, {{"cmd", "ChangePassword"}, {"newPassword", "abc"}}).find("at least 8 characters"), std::string::npos);
    EXPECT_NE(refused(*sb, {{"cmd", "ChangePassword"}, {"newPassword", "abcdefghij"}}).find("letter and one digit"),
              std::string::npos);
    run(*sb, {{"cmd", "ChangePassword"}, {"newPassword", kNewPassword}});
    EXPECT_EQ(userInt(*sb, u, "must_change_password"), 0);
    run(*sb, {{"cmd", "LogOut"}});
    EXPECT_EQ(sb->currentUser(), 0);
    r = logIn(*sb, "ville.korhonen@pohjolatech.example", kNewPassword);
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_FALSE(r.data["mustChangePassword"].get<bool>());
    EXPECT_FALSE(r.data["firstLogin"].get<bool>());
}

TEST(Users, WrongPasswordAndInactiveUsersCannotLogIn) {
    auto sb = makeOrg();
    const Id u = createUser(*sb, "Ville", "Korhonen", "ville.korhonen@pohjolatech.example");
    const std::string pw = welcomePassword(*sb, u);
    auto r = logIn(*sb, "ville.korhonen@pohjolatech.example", "Wrong12345");
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.message.find("the username or password is wrong"), std::string::npos) << r.message;
    r = logIn(*sb, "nobody@pohjolatech.example", pw);
    EXPECT_NE(r.message.find("the username or password is wrong"), std::string::npos) << r.message;
    run(*sb, {{"cmd", "DeactivateUser"}, {"userId", u}});
    r = logIn(*sb, "ville.korhonen@pohjolatech.example", pw);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.message.find("Ville Korhonen is inactive"), std::string::npos) << r.message;
    EXPECT_FALSE(userInt(*sb, u, "last_login_at").has_value());
    run(*sb, {{"cmd", "ActivateUser"}, {"userId", u}});
    EXPECT_TRUE(logIn(*sb, "ville.korhonen@pohjolatech.example", pw).ok);
}

TEST(Users, NonAdminsCannotRunSetupCommands) {
    auto sb = makeOrg();
    const Id u = createUser(*sb, "Ville", "Korhonen", "ville.korhonen@pohjolatech.example");
    ASSERT_TRUE(logIn(*sb, "ville.korhonen@pohjolatech.example", welcomePassword(*sb, u)).ok);
    run(*sb, {{"cmd", "ChangePassword"}, {"newPassword", "Villen2024salasana"}});
    const auto before = sb->db().serialize();
    for (json cmd : {json{{"cmd", "EnablePrm"}},
                     json{{"cmd", "CreateUser"}, {"lastName", "X"}, {"email", "x@pohjolatech.example"}},
                     json{{"cmd", "UpdateOrgSettings"}, {"name", "Mine Oy"}},
                     json{{"cmd", "SetOrgWideDefaults"}, {"object", "Lead"}, {"internal", "Private"}},
                     json{{"cmd", "CreateRole"}, {"name", "Boss"}},
                     json{{"cmd", "ResetPassword"}, {"userId", 1}},
                     json{{"cmd", "LoginAs"}, {"userId", 1}},
                     json{{"cmd", "UpdateUser"}, {"userId", u}, {"profileId", 1}}}) {
        auto msg = refused(*sb, cmd);
        EXPECT_NE(msg.find("Ville Korhonen cannot change setup: only a System Administrator can"), std::string::npos)
            << cmd.dump() << ": " << msg;
    }
    EXPECT_EQ(sb->db().serialize(), before);
}

TEST(Users, ResetPasswordEmailsANewOneAndForcesAChange) {
    auto sb = makeOrg();
    const Id u = createUser(*sb, "Ville", "Korhonen", "ville.korhonen@pohjolatech.example");
    const std::string first = welcomePassword(*sb, u);
    run(*sb, {{"cmd", "ResetPassword"}, {"userId", u}});
    EXPECT_EQ(sb->db().queryText("SELECT kind FROM outbox ORDER BY id DESC LIMIT 1").value(), "PasswordReset");
    const std::string second = welcomePassword(*sb, u);
    ASSERT_EQ(second.size(), 12u);
    EXPECT_NE(first, second);
    EXPECT_EQ(userInt(*sb, u, "must_change_password"), 1);
    EXPECT_FALSE(logIn(*sb, "ville.korhonen@pohjolatech.example", first).ok);
    auto r = logIn(*sb, "ville.korhonen@pohjolatech.example", second);
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_TRUE(r.data["mustChangePassword"].get<bool>());
}

TEST(Users, LoginAsDoesNotCountAsALogin) {
    auto sb = makeOrg();
    const Id admin = sb->currentUser();
    const Id u = createUser(*sb, "Ville", "Korhonen", "ville.korhonen@pohjolatech.example");
    run(*sb, {{"cmd", "LoginAs"}, {"userId", u}});
    EXPECT_EQ(sb->currentUser(), u);
    EXPECT_FALSE(userInt(*sb, u, "last_login_at").has_value());
    ASSERT_TRUE(logIn(*sb, kAdminUsername, kAdminPassword).ok);
    EXPECT_EQ(sb->currentUser(), admin);
    run(*sb, {{"cmd", "DeactivateUser"}, {"userId", u}});
    EXPECT_NE(refused(*sb, {{"cmd", "LoginAs"}, {"userId", u}}).find("inactive"), std::string::npos);
    EXPECT_EQ(sb->currentUser(), admin);
}

TEST(Users, DeactivationRules) {
    auto sb = makeOrg();
    const Id admin = sb->currentUser();
    EXPECT_NE(refused(*sb, {{"cmd", "DeactivateUser"}, {"userId", admin}}).find("cannot deactivate yourself"),
              std::string::npos);
    const Id u = createUser(*sb, "Ville", "Korhonen", "ville.korhonen@pohjolatech.example");
    run(*sb, {{"cmd", "DeactivateUser"}, {"userId", u}});
    EXPECT_EQ(userInt(*sb, u, "is_active"), 0);
    EXPECT_NE(refused(*sb, {{"cmd", "DeactivateUser"}, {"userId", u}}).find("already inactive"), std::string::npos);
}

TEST(Users, UpdateUserChecksProfileAndRoleKinds) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    const Id internalProfile = sb.db().queryInt("SELECT id FROM profiles WHERE name = 'Standard User'").value();
    auto msg = refused(sb, {{"cmd", "UpdateUser"}, {"userId", org.partnerUserId}, {"profileId", internalProfile}});
    EXPECT_NE(msg.find("needs a partner profile"), std::string::npos) << msg;
    msg = refused(sb, {{"cmd", "UpdateUser"}, {"userId", org.channelManagerId}, {"roleId", org.partnerUserRoleId}});
    EXPECT_NE(msg.find("is a partner role"), std::string::npos) << msg;
    msg = refused(sb, {{"cmd", "UpdateUser"}, {"userId", org.adminId}, {"profileId", internalProfile}});
    EXPECT_NE(msg.find("from yourself"), std::string::npos) << msg;
    const Id rep = sb.db().queryInt("SELECT id FROM roles WHERE name = 'Sales Rep'").value();
    json r = run(sb, {{"cmd", "UpdateUser"}, {"userId", org.channelManagerId}, {"roleId", rep}, {"nickname", "mikko"},
                      {"username", "mikko.n@pohjolatech.example"}});
    EXPECT_EQ(r["changed"], 3);
    auto detail = prm::app::userDetail(sb.db(), org.channelManagerId);
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->roleName, "Sales Rep");
    EXPECT_EQ(detail->username, "mikko.n@pohjolatech.example");
}

TEST(Roles, CreateRoleBuildsTheHierarchy) {
    auto org = makeOrgWithPartner();
    Sandbox& sb = *org.sb;
    const Id vp = sb.db().queryInt("SELECT id FROM roles WHERE name = 'VP Sales'").value();
    const Id emea = run(sb, {{"cmd", "CreateRole"}, {"name", "EMEA Channel Director"}, {"parentId", vp}})["roleId"].get<Id>();
    EXPECT_TRUE(sb.db().queryInt("SELECT 1 FROM role_ancestors WHERE role_id = " + std::to_string(emea) +
                                 " AND ancestor_id = " + std::to_string(vp) + " AND depth = 1").has_value());
    auto msg = refused(sb, {{"cmd", "CreateRole"}, {"name", "Under partner"}, {"parentId", org.partnerUserRoleId}});
    EXPECT_NE(msg.find("is a partner role"), std::string::npos) << msg;
    auto tree = prm::app::roleTree(sb.db());
    ASSERT_FALSE(tree.empty());
    EXPECT_EQ(tree[0].name, "CEO");
    EXPECT_EQ(tree[0].depth, 0);
    // Parents come before children.
    for (std::size_t i = 0; i < tree.size(); ++i)
        if (tree[i].parentId) {
            bool parentBefore = false;
            for (std::size_t j = 0; j < i; ++j) parentBefore |= tree[j].id == *tree[i].parentId;
            EXPECT_TRUE(parentBefore) << tree[i].name;
        }
}

TEST(Users, FieldsAreReadWithTheirJsonPath) {
    auto sb = makeOrg();
    const auto before = sb->db().serialize();
    CommandResult r = sb->execute({{"cmd", "CreateUser"}, {"lastName", "Laine"}, {"emial", "laine@pohjolatech.example"}});
    EXPECT_EQ(r.message.rfind("$.emial: unknown field; did you mean \"email\"?", 0), 0u) << r.message;
    EXPECT_EQ(r.field, "emial");
    r = sb->execute({{"cmd", "CreateUser"}, {"lastName", "Laine"}});
    EXPECT_EQ(r.message, "$.email: missing; add it (text)");
    EXPECT_EQ(r.field, "email");
    r = sb->execute({{"cmd", "CreateUser"}, {"lastName", "Laine"}, {"email", "laine@pohjolatech.example"}, {"roleId", "CEO"}});
    EXPECT_EQ(r.message, "$.roleId: expected a whole number, got \"CEO\"");
    EXPECT_EQ(r.field, "roleId");
    r = sb->execute({{"cmd", "UpdateUser"}, {"userId", "one"}, {"alias", "x"}});
    EXPECT_EQ(r.message, "$.userId: expected a whole number, got \"one\"");
    EXPECT_EQ(r.field, "userId");
    r = sb->execute({{"cmd", "UpdateUser"}, {"userId", 1}, {"nickname", 7}});
    EXPECT_EQ(r.message, "$.nickname: expected text, got 7");
    EXPECT_EQ(r.field, "nickname");
    r = sb->execute({{"cmd", "DeactivateUser"}, {"user", 1}});
    EXPECT_EQ(r.message.rfind("$.user: unknown field; did you mean \"userId\"?", 0), 0u) << r.message;
    r = sb->execute({{"cmd", "LogOut"}, {"userId", 1}});
    EXPECT_EQ(r.message.rfind("$.userId: unknown field; this takes no fields", 0), 0u) << r.message;
    EXPECT_EQ(sb->db().serialize(), before);
}

TEST(Users, LogInFieldsAreReadBeforeAnythingIsChecked) {
    auto sb = makeOrg();
    run(*sb, {{"cmd", "LogOut"}});
    CommandResult r = sb->execute({{"cmd", "LogIn"}, {"username", kAdminUsername}, {"pasword", kAdminPassword}});
    EXPECT_EQ(r.message.rfind("$.pasword: unknown field; did you mean \"password\"?", 0), 0u) << r.message;
    EXPECT_EQ(r.field, "pasword");
    r = sb->execute({{"cmd", "LogIn"}, {"username", kAdminUsername}});
    EXPECT_EQ(r.message, "$.password: missing; add it (text)");
    EXPECT_EQ(sb->currentUser(), 0);
    ASSERT_TRUE(logIn(*sb, kAdminUsername, kAdminPassword).ok);
    r = sb->execute({{"cmd", "ChangePassword"}, {"newPasword", kNewPassword}});
    EXPECT_EQ(r.message.rfind("$.newPasword: unknown field; did you mean \"newPassword\"?", 0), 0u) << r.message;
}

TEST(Users, ProfilesAndRolesByNameOrId) {
    auto sb = makeOrg();
    auto msg = refused(*sb, {{"cmd", "CreateUser"}, {"lastName", "Laine"}, {"email", "laine@pohjolatech.example"},
                             {"profileName", "Sales Person"}});
    EXPECT_EQ(msg, "there is no profile named 'Sales Person'; check the spelling in Setup → Administer → Manage Users → "
                   "Profiles");
    msg = refused(*sb, {{"cmd", "CreateUser"}, {"lastName", "Laine"}, {"email", "laine@pohjolatech.example"},
                        {"roleName", "Janitor"}});
    EXPECT_NE(msg.find("there is no role named 'Janitor'"), std::string::npos) << msg;
    msg = refused(*sb, {{"cmd", "CreateUser"}, {"lastName", "Laine"}, {"email", "laine@pohjolatech.example"},
                        {"profileId", 999}});
    EXPECT_EQ(msg, "there is no profile with id 999; pick one from Setup → Profiles");
    // The id wins over the name; no profile at all means Standard User.
    const Id rep = sb->db().queryInt("SELECT id FROM roles WHERE name = 'Sales Rep'").value();
    const Id u = run(*sb, {{"cmd", "CreateUser"}, {"lastName", "Laine"}, {"email", "laine@pohjolatech.example"},
                           {"roleId", rep}, {"roleName", "CEO"}})["userId"].get<Id>();
    auto detail = prm::app::userDetail(sb->db(), u);
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->roleName, "Sales Rep");
    EXPECT_EQ(sb->db().queryText("SELECT p.name FROM users u JOIN profiles p ON p.id = u.profile_id WHERE u.id = ?", u),
              "Standard User");
    const Id v = run(*sb, {{"cmd", "CreateUser"}, {"lastName", "Virta"}, {"email", "virta@pohjolatech.example"},
                           {"roleName", "VP Sales"}, {"profileName", "System Administrator"}})["userId"].get<Id>();
    detail = prm::app::userDetail(sb->db(), v);
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->roleName, "VP Sales");
    EXPECT_EQ(sb->db().queryInt("SELECT p.is_admin FROM users u JOIN profiles p ON p.id = u.profile_id WHERE u.id = ?", v),
              1);
}

// Logged in with a temporary password, a user may only change it or log out: the model refuses the rest
// (not only the UI), a reload keeps the hold, and it ends with ChangePassword.
TEST(Users, ATemporaryPasswordHoldsTheSessionUntilItIsChanged) {
    auto sb = makeOrg();
    const Id u = createUser(*sb, "Ville", "Korhonen", "ville.korhonen@pohjolatech.example");
    ASSERT_TRUE(logIn(*sb, "ville.korhonen@pohjolatech.example", welcomePassword(*sb, u)).ok);
    const auto before = sb->db().serialize();
    for (json cmd : {json{{"cmd", "CreateLead"}, {"lastName", "Aalto"}, {"company", "Aalto Oy"}},
                     json{{"cmd", "CreateAccount"}, {"name", "Villen Oy"}},
                     json{{"cmd", "EnablePrm"}}}) {
        const std::string msg = refused(*sb, cmd);
        EXPECT_NE(msg.find("you logged in with a temporary password: change your password first"), std::string::npos)
            << cmd.dump() << ": " << msg;
    }
    EXPECT_EQ(sb->db().serialize(), before) << "a held session changes nothing";
    EXPECT_TRUE(prm::app::sessionInfo(*sb).passwordChangeRequired);
    run(*sb, {{"cmd", "ChangePassword"}, {"newPassword", "Villen2024salasana"}});
    EXPECT_FALSE(prm::app::sessionInfo(*sb).passwordChangeRequired);
    run(*sb, {{"cmd", "CreateLead"}, {"lastName", "Aalto"}, {"company", "Aalto Oy"}});
}

TEST(Users, LoggingOutOrInAsSomeoneElseEndsTheHoldButNotTheDutyToChange) {
    auto sb = makeOrg();
    const Id u = createUser(*sb, "Ville", "Korhonen", "ville.korhonen@pohjolatech.example");
    const std::string temp = welcomePassword(*sb, u);
    ASSERT_TRUE(logIn(*sb, "ville.korhonen@pohjolatech.example", temp).ok);
    run(*sb, {{"cmd", "LogOut"}});
    EXPECT_EQ(sb->db().queryInt("SELECT must_change_password FROM users WHERE id = ?", u), 1);
    // Logging in again with the temporary password holds the session again.
    ASSERT_TRUE(logIn(*sb, "ville.korhonen@pohjolatech.example", temp).ok);
    EXPECT_NE(refused(*sb, {{"cmd", "CreateAccount"}, {"name", "Villen Oy"}}).find("temporary password"), std::string::npos);
}

// The org's first administrator is logged in by CreateOrg itself (no LogIn): not held; and a scenario
// script's logins (Sandbox::ScriptedRun) are not held either.
TEST(Users, TheBootstrapSessionAndScenarioScriptsAreNotHeld) {
    auto sb = makeOrg();
    EXPECT_FALSE(prm::app::sessionInfo(*sb).passwordChangeRequired);
    run(*sb, {{"cmd", "CreateAccount"}, {"name", "Pohjolan Oy"}});
    const Id u = createUser(*sb, "Ville", "Korhonen", "ville.korhonen@pohjolatech.example");
    {
        const prm::app::Sandbox::ScriptedRun script(*sb);
        ASSERT_TRUE(logIn(*sb, "ville.korhonen@pohjolatech.example", welcomePassword(*sb, u)).ok);
    }
    run(*sb, {{"cmd", "CreateLead"}, {"lastName", "Aalto"}, {"company", "Aalto Oy"}});
}
