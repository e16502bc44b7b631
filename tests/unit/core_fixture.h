#pragma once
// Test fixtures for the core PRM model (org, users, partner accounts, communities).
// STABLE API: other test files rely on the names below; add to it, do not rename or change meanings.
//
//   fixedOptions()              SandboxOptions with a fixed clock (kFixedNow, +1 ms per call) and seed 42
//   makeSandbox()               an empty in-memory sandbox (no org)
//   makeOrg(edition)            CreateOrg only: admin "Sanna Lehtonen" logged in, PRM off
//   makeOrgWithPartner()        CoreOrg: PRM on (wizard cancelled), channel manager "Mikko Nieminen"
//                               (Channel Sales Manager role) owning partner account "Nordic Partners Oy",
//                               contact + partner user "Maija Virtanen" (Partner User role, never logged in),
//                               published community "Partner Central" with the Partner Community User profile.
//                               The admin is logged in at the end.
//   run(sb, cmd)                executes, EXPECTs success (message on failure), returns the result data
//   refused(sb, cmd)            executes, EXPECTs a refusal, returns the message
//   logIn(sb, user, pw)         LogIn; returns the CommandResult
//   welcomePassword(sb, userId) the password in the latest Welcome/PasswordReset e-mail to that user
//   firstLogin(org, userId)     logs the user in with the e-mailed password, sets a new one (kNewPassword),
//                               then logs the admin back in: afterwards the user "has logged in at least once"
//   asAdmin(org)                logs the admin back in
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app/sandbox.h"

namespace prm::testing {

using app::CommandResult;
using app::json;
using app::Sandbox;
using domain::Id;

constexpr domain::TimeMs kFixedNow = 1700000000000;  // 2023-11-14
inline const char* kAdminUsername = "sanna.lehtonen@pohjolatech.example";
inline const char* kAdminPassword = "Admin2024pass";
inline const char* kNewPassword = "Uusi2024salasana";

// Argon2's smallest cost: hundreds of users are hashed in the suite, and the product's cost (19 MiB) takes
// ~0.1 s a hash natively and over a second under the sanitizers. Password tests check the product's cost.
inline constexpr app::PasswordCost kTestPasswordCost{8, 1, 1};

inline app::SandboxOptions fixedOptions() {
    app::SandboxOptions o;
    auto t = std::make_shared<domain::TimeMs>(kFixedNow);
    o.clock = [t] { return (*t)++; };
    o.seed = 42;
    o.passwordCost = kTestPasswordCost;
    return o;
}

inline std::unique_ptr<Sandbox> makeSandbox() {
    auto sb = Sandbox::open(":memory:", fixedOptions());
    EXPECT_TRUE(sb.ok()) << sb.message();
    return std::move(sb).value();
}

inline json run(Sandbox& sb, const json& cmd) {
    CommandResult r = sb.execute(cmd);
    EXPECT_TRUE(r.ok) << cmd.dump() << " was refused: " << r.message;
    return r.data;
}

inline std::string refused(Sandbox& sb, const json& cmd) {
    CommandResult r = sb.execute(cmd);
    EXPECT_FALSE(r.ok) << cmd.dump() << " should have been refused";
    return r.message;
}

// Executes a command that must be refused without changing anything; returns the refusal.
inline CommandResult refusedUnchanged(Sandbox& sb, const json& cmd) {
    const auto before = sb.db().serialize();
    CommandResult r = sb.execute(cmd);
    EXPECT_FALSE(r.ok) << cmd.dump() << " should have been refused";
    EXPECT_TRUE(before == sb.db().serialize()) << cmd.dump() << " changed the database: " << r.message;
    return r;
}

inline bool startsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }
inline bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

inline json createOrgCommand(const std::string& edition = "Enterprise") {
    return {{"cmd", "CreateOrg"},
            {"name", "Pohjola Tech Oy"},
            {"edition", edition},
            {"admin",
             {{"firstName", "Sanna"},
              {"lastName", "Lehtonen"},
              {"email", "sanna.lehtonen@pohjolatech.example"},
              {"username", kAdminUsername},
              {"password", kAdminPassword}}}};
}

inline std::unique_ptr<Sandbox> makeOrg(const std::string& edition = "Enterprise") {
    auto sb = makeSandbox();
    run(*sb, createOrgCommand(edition));
    return sb;
}

inline CommandResult logIn(Sandbox& sb, const std::string& username, const std::string& password) {
    return sb.execute({{"cmd", "LogIn"}, {"username", username}, {"password", password}});
}

// The password in the newest Welcome / PasswordReset e-mail to the user ("" when none).
inline std::string welcomePassword(Sandbox& sb, Id userId) {
    auto st = sb.db().prepare("SELECT body FROM outbox WHERE to_user_id = ? AND kind IN ('Welcome','PasswordReset') "
                              "ORDER BY id DESC LIMIT 1");
    st.bind(1, userId);
    if (!st.step()) return {};
    const std::string body = st.getText(0);
    for (const char* marker : {"New password: ", "Password: "}) {
        auto p = body.find(marker);
        if (p != std::string::npos) {
            p += std::string(marker).size();
            return body.substr(p, body.find('\n', p) - p);
        }
    }
    return {};
}

struct CoreOrg {
    std::unique_ptr<Sandbox> sb;
    Id adminId = 0;
    Id channelManagerId = 0;     // Mikko Nieminen, role Channel Sales Manager
    Id channelManagerRoleId = 0;
    Id partnerAccountId = 0;     // Nordic Partners Oy, owned by the channel manager
    Id partnerContactId = 0;     // Maija Virtanen
    Id partnerUserId = 0;        // Maija Virtanen's partner user (active, never logged in)
    Id partnerUserRoleId = 0;    // "Nordic Partners Oy Partner User"
    Id partnerProfileId = 0;     // Partner Community User
    Id communityId = 0;          // Partner Central, Published
    std::string partnerUsername; // maija.virtanen@nordicpartners.example
    Sandbox& operator*() { return *sb; }
    Sandbox* operator->() { return sb.get(); }
};

inline void asAdmin(CoreOrg& org) {
    CommandResult r = logIn(*org.sb, kAdminUsername, kAdminPassword);
    EXPECT_TRUE(r.ok) << r.message;
}

inline CoreOrg makeOrgWithPartner() {
    CoreOrg org;
    org.sb = makeSandbox();
    Sandbox& sb = *org.sb;
    json created = run(sb, createOrgCommand());
    org.adminId = created["adminId"].get<Id>();
    org.channelManagerRoleId = created["roles"]["Channel Sales Manager"].get<Id>();
    org.partnerProfileId = created["profiles"]["Partner Community User"].get<Id>();
    run(sb, {{"cmd", "EnablePrm"}});
    run(sb, {{"cmd", "CancelExternalAccessWizard"}});
    org.channelManagerId = run(sb, {{"cmd", "CreateUser"},
                                    {"firstName", "Mikko"},
                                    {"lastName", "Nieminen"},
                                    {"email", "mikko.nieminen@pohjolatech.example"},
                                    {"roleId", org.channelManagerRoleId}})["userId"]
                               .get<Id>();
    org.partnerAccountId = run(sb, {{"cmd", "CreateAccount"},
                                    {"name", "Nordic Partners Oy"},
                                    {"ownerId", org.channelManagerId},
                                    {"city", "Helsinki"},
                                    {"country", "Finland"}})["accountId"]
                               .get<Id>();
    run(sb, {{"cmd", "EnableAsPartner"}, {"accountId", org.partnerAccountId}});
    org.partnerContactId = run(sb, {{"cmd", "CreateContact"},
                                    {"accountId", org.partnerAccountId},
                                    {"firstName", "Maija"},
                                    {"lastName", "Virtanen"},
                                    {"email", "maija.virtanen@nordicpartners.example"},
                                    {"title", "Partner Manager"}})["contactId"]
                               .get<Id>();
    json pu = run(sb, {{"cmd", "EnablePartnerUser"}, {"contactId", org.partnerContactId}});
    org.partnerUserId = pu["userId"].get<Id>();
    org.partnerUserRoleId = pu["roleId"].get<Id>();
    org.partnerUsername = "maija.virtanen@nordicpartners.example";
    org.communityId = run(sb, {{"cmd", "CreateCommunity"}, {"name", "Partner Central"}, {"urlPrefix", "partners"}})
                          ["communityId"]
                              .get<Id>();
    run(sb, {{"cmd", "AddCommunityMemberProfile"}, {"communityId", org.communityId}, {"profileId", org.partnerProfileId}});
    run(sb, {{"cmd", "PublishCommunity"}, {"communityId", org.communityId}});
    return org;
}

// The user logs in with the e-mailed password and sets kNewPassword; then the admin logs back in.
inline void firstLogin(CoreOrg& org, Id userId) {
    Sandbox& sb = *org.sb;
    const std::string username = sb.db().queryText("SELECT username FROM users WHERE id = " + std::to_string(userId)).value_or("");
    CommandResult r = logIn(sb, username, welcomePassword(sb, userId));
    ASSERT_TRUE(r.ok) << r.message;
    run(sb, {{"cmd", "ChangePassword"}, {"newPassword", kNewPassword}});
    asAdmin(org);
}

}  // namespace prm::testing
