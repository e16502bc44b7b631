#pragma once
// Fixture for the lead half (leads, routing, sharing): a small org written with direct SQL, so the
// lead commands are tested on their own. Role tree:
//   CEO (Aino Ceo) → VP Sales (Ville Vp, default lead owner) → Channel Manager (Mikko Nieminen, owns the
//   partner account) → Partner Executive → Partner Manager → Partner User (the partner users),
//   VP Sales → Sales Rep (Rita Rep, Rami Rep; Ismo Inactive is inactive).
// Partner users (account "Nordic Partners Oy"):
//   Maija Virtanen  eligible (profile in the published community, active, has logged in)
//   Pekka Korhonen  never logged in
//   Liisa Laine     inactive
//   Outi Niemi      profile in no community
//   Kalle Salo      profile only in an unpublished (Preview) community
//   Sami Heikkinen  no community, inactive, never logged in (every reason at once)
// The admin (Sanna Admin) is logged in. OWD for leads: Private internally and externally.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app/sandbox.h"
#include "app/sharing.h"

namespace prm::leadtest {

using app::CommandResult;
using app::json;
using app::Sandbox;
using domain::Id;

constexpr domain::TimeMs kNow = 1700000000000;

inline app::SandboxOptions clockOptions() {
    app::SandboxOptions o;
    auto t = std::make_shared<domain::TimeMs>(kNow);
    o.clock = [t] { return (*t)++; };
    o.seed = 7;
    o.passwordCost = app::PasswordCost{8, 1, 1};  // Argon2's smallest cost, as in core_fixture.h
    return o;
}

enum : Id {
    kAdmin = 1, kCeo, kVp, kCm, kRep1, kRep2, kInactiveRep,
    kMaija = 20, kPekka, kLiisa, kOuti, kKalle, kSami
};
enum : Id { kRoleCeo = 1, kRoleVp, kRoleCm, kRoleRep, kRolePExec, kRolePMgr, kRolePUser };

inline const char* kOrgSql = R"SQL(
INSERT INTO profiles(id, name, user_type, is_admin) VALUES
  (1, 'System Administrator', 'Internal', 1), (2, 'Standard User', 'Internal', 0),
  (3, 'Partner Community User', 'Partner', 0), (4, 'Partner Community Login User', 'Partner', 0),
  (5, 'Partner Draft User', 'Partner', 0);
INSERT INTO roles(id, name, parent_id) VALUES (1, 'CEO', NULL), (2, 'VP Sales', 1), (3, 'Channel Manager', 2), (4, 'Sales Rep', 2);
INSERT INTO users(id, username, first_name, last_name, email, profile_id, role_id, is_active, last_login_at, created_at) VALUES
  (1, 'sanna@pohjola.example', 'Sanna', 'Admin', 'sanna@pohjola.example', 1, 1, 1, 1, 0),
  (2, 'aino@pohjola.example', 'Aino', 'Ceo', 'aino@pohjola.example', 2, 1, 1, 1, 0),
  (3, 'ville@pohjola.example', 'Ville', 'Vp', 'ville@pohjola.example', 2, 2, 1, 1, 0),
  (4, 'mikko@pohjola.example', 'Mikko', 'Nieminen', 'mikko@pohjola.example', 2, 3, 1, 1, 0),
  (5, 'rita@pohjola.example', 'Rita', 'Rep', 'rita@pohjola.example', 2, 4, 1, 1, 0),
  (6, 'rami@pohjola.example', 'Rami', 'Rep', 'rami@pohjola.example', 2, 4, 1, 1, 0),
  (7, 'ismo@pohjola.example', 'Ismo', 'Inactive', 'ismo@pohjola.example', 2, 4, 0, 1, 0);
INSERT INTO org(id, name, default_lead_owner_id, prm_enabled, owd_lead_internal, owd_lead_external)
  VALUES (1, 'Pohjola Tech Oy', 3, 1, 'Private', 'Private');
INSERT INTO accounts(id, name, owner_id, is_partner, created_at) VALUES (1, 'Nordic Partners Oy', 4, 1, 0);
INSERT INTO roles(id, name, parent_id, partner_account_id, partner_level) VALUES
  (5, 'Nordic Partners Oy Partner Executive', 3, 1, 3), (6, 'Nordic Partners Oy Partner Manager', 5, 1, 2),
  (7, 'Nordic Partners Oy Partner User', 6, 1, 1);
INSERT INTO contacts(id, account_id, first_name, last_name, owner_id, created_at) VALUES
  (20, 1, 'Maija', 'Virtanen', 4, 0), (21, 1, 'Pekka', 'Korhonen', 4, 0), (22, 1, 'Liisa', 'Laine', 4, 0),
  (23, 1, 'Outi', 'Niemi', 4, 0), (24, 1, 'Kalle', 'Salo', 4, 0), (25, 1, 'Sami', 'Heikkinen', 4, 0);
INSERT INTO users(id, username, first_name, last_name, email, profile_id, role_id, is_active, last_login_at, contact_id, account_id, created_at) VALUES
  (20, 'maija@nordic.example', 'Maija', 'Virtanen', 'maija@nordic.example', 3, 7, 1, 5, 20, 1, 0),
  (21, 'pekka@nordic.example', 'Pekka', 'Korhonen', 'pekka@nordic.example', 3, 7, 1, NULL, 21, 1, 0),
  (22, 'liisa@nordic.example', 'Liisa', 'Laine', 'liisa@nordic.example', 3, 7, 0, 5, 22, 1, 0),
  (23, 'outi@nordic.example', 'Outi', 'Niemi', 'outi@nordic.example', 4, 7, 1, 5, 23, 1, 0),
  (24, 'kalle@nordic.example', 'Kalle', 'Salo', 'kalle@nordic.example', 5, 6, 1, 5, 24, 1, 0),
  (25, 'sami@nordic.example', 'Sami', 'Heikkinen', 'sami@nordic.example', 4, 7, 0, NULL, 25, 1, 0);
INSERT INTO communities(id, name, status, created_at) VALUES (1, 'Partner Central', 'Published', 0), (2, 'Draft Portal', 'Preview', 0);
INSERT INTO community_profiles(community_id, profile_id) VALUES (1, 3), (2, 5);
INSERT INTO session(id, user_id) VALUES (1, 1);
)SQL";

inline void writeOrg(store::Db& db) {
    ASSERT_TRUE(db.exec(kOrgSql).ok()) << db.errorMessage();
    ASSERT_TRUE(app::rebuildRoleAncestors(db).ok());
    ASSERT_TRUE(app::recalcAllLeadShares(db).ok());
}

class LeadsTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto sb = Sandbox::open(":memory:", clockOptions());
        ASSERT_TRUE(sb.ok()) << sb.message();
        m_sb = std::move(sb).value();
        writeOrg(db());
    }
    Sandbox& sb() { return *m_sb; }
    store::Db& db() { return m_sb->db(); }
    void as(Id user) { ASSERT_TRUE(db().exec("UPDATE session SET user_id = " + std::to_string(user)).ok()); }

    json ok(const json& cmd) {
        CommandResult r = m_sb->execute(cmd);
        EXPECT_TRUE(r.ok) << cmd.dump().substr(0, 300) << " was refused: " << r.message;
        return r.data;
    }
    CommandResult refused(const json& cmd) {
        CommandResult r = m_sb->execute(cmd);
        EXPECT_FALSE(r.ok) << cmd.dump().substr(0, 300) << " was accepted: " << r.message;
        return r;
    }
    // A refusal must change nothing: the whole database is byte-identical afterwards.
    // Asserts the refusal itself; the result is there for tests that check its words (may be ignored).
    struct Refusal : CommandResult {};
    Refusal refusedUnchanged(const json& cmd) {
        auto before = db().serialize();
        CommandResult r = refused(cmd);
        EXPECT_TRUE(before == db().serialize()) << "refused " << cmd.dump().substr(0, 200) << " changed the database";
        return Refusal{r};
    }
    Id lead(const std::string& last, const std::string& company, json extra = json::object()) {
        extra["cmd"] = "CreateLead";
        extra["lastName"] = last;
        extra["company"] = company;
        json d = ok(extra);
        return d.value("leadId", Id{0});
    }
    std::int64_t count(const std::string& sql) { return db().queryInt(sql).value_or(-1); }
    std::optional<Id> ownerUser(Id leadId) {
        auto s = db().prepare("SELECT owner_user_id FROM leads WHERE id = ?");
        s.bind(1, leadId);
        if (!s.step()) return std::nullopt;
        return s.getOptionalInt(0);
    }
    std::optional<Id> ownerQueue(Id leadId) {
        auto s = db().prepare("SELECT owner_queue_id FROM leads WHERE id = ?");
        s.bind(1, leadId);
        if (!s.step()) return std::nullopt;
        return s.getOptionalInt(0);
    }
    json trace(Id leadId) {
        auto t = db().queryText("SELECT assignment_trace FROM leads WHERE id = " + std::to_string(leadId));
        return json::parse(t.value_or("{}"), nullptr, false);
    }

    std::unique_ptr<Sandbox> m_sb;
};

}  // namespace prm::leadtest
