#include "schema.h"

#include <string>

namespace prm::store {
namespace {

// Version 1: the whole PRM model. Money in whole units (REAL), times in ms since the epoch.
const char* kSchemaV1 = R"SQL(
CREATE TABLE org (
  id                        INTEGER PRIMARY KEY CHECK (id = 1),
  name                      TEXT NOT NULL,
  edition                   TEXT NOT NULL DEFAULT 'Enterprise',
  default_lead_owner_id     INTEGER REFERENCES users(id),
  partner_role_count        INTEGER NOT NULL DEFAULT 3 CHECK (partner_role_count BETWEEN 1 AND 3),
  prm_enabled               INTEGER NOT NULL DEFAULT 0,
  prm_enabled_at            INTEGER,
  -- org-wide defaults, internal and external, per object: Private / PublicRead / PublicReadWrite
  owd_lead_internal         TEXT NOT NULL DEFAULT 'PublicReadWrite',
  owd_lead_external         TEXT NOT NULL DEFAULT 'Private',
  owd_account_internal      TEXT NOT NULL DEFAULT 'PublicReadWrite',
  owd_account_external      TEXT NOT NULL DEFAULT 'Private',
  owd_contact_internal      TEXT NOT NULL DEFAULT 'PublicReadWrite',
  owd_contact_external      TEXT NOT NULL DEFAULT 'Private',
  owd_opportunity_internal  TEXT NOT NULL DEFAULT 'PublicReadWrite',
  owd_opportunity_external  TEXT NOT NULL DEFAULT 'Private',
  grant_access_using_hierarchies INTEGER NOT NULL DEFAULT 1,
  wizard_state              TEXT NOT NULL DEFAULT 'none',   -- none / open / done / cancelled
  lead_number_next          INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE profiles (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  user_type   TEXT NOT NULL CHECK (user_type IN ('Internal','Partner')),
  is_admin    INTEGER NOT NULL DEFAULT 0      -- "Modify All Data"
);

CREATE TABLE roles (
  id                  INTEGER PRIMARY KEY,
  name                TEXT NOT NULL,
  parent_id           INTEGER REFERENCES roles(id),
  partner_account_id  INTEGER REFERENCES accounts(id),   -- set on partner roles
  partner_level       INTEGER CHECK (partner_level BETWEEN 1 AND 3)  -- 1 User, 2 Manager, 3 Executive
);
CREATE INDEX roles_parent ON roles(parent_id);
CREATE UNIQUE INDEX roles_partner ON roles(partner_account_id, partner_level) WHERE partner_account_id IS NOT NULL;

-- Flattened role tree, kept by the app after every role change: (role, each ancestor incl. itself).
CREATE TABLE role_ancestors (
  role_id      INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  ancestor_id  INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  depth        INTEGER NOT NULL,     -- 0 for the role itself
  PRIMARY KEY (role_id, ancestor_id)
) WITHOUT ROWID;
CREATE INDEX role_ancestors_anc ON role_ancestors(ancestor_id, role_id);

CREATE TABLE users (
  id                    INTEGER PRIMARY KEY,
  username              TEXT NOT NULL UNIQUE COLLATE NOCASE,
  first_name            TEXT NOT NULL DEFAULT '',
  last_name             TEXT NOT NULL,
  email                 TEXT NOT NULL,
  alias                 TEXT NOT NULL DEFAULT '',
  nickname              TEXT NOT NULL DEFAULT '',
  profile_id            INTEGER NOT NULL REFERENCES profiles(id),
  role_id               INTEGER REFERENCES roles(id),
  is_active             INTEGER NOT NULL DEFAULT 1,
  last_login_at         INTEGER,                            -- NULL until the first login
  password_hash         TEXT,                               -- Argon2id encoded hash, never the password
  must_change_password  INTEGER NOT NULL DEFAULT 1,
  contact_id            INTEGER UNIQUE REFERENCES contacts(id),  -- partner users only
  account_id            INTEGER REFERENCES accounts(id),         -- partner users only
  created_at            INTEGER NOT NULL
);
CREATE INDEX users_role ON users(role_id);
CREATE INDEX users_account ON users(account_id);

CREATE TABLE accounts (
  id                  INTEGER PRIMARY KEY,
  name                TEXT NOT NULL,
  owner_id            INTEGER NOT NULL REFERENCES users(id),   -- the channel manager for partners
  is_partner          INTEGER NOT NULL DEFAULT 0,
  partner_enabled_at  INTEGER,
  industry            TEXT NOT NULL DEFAULT '',
  phone               TEXT NOT NULL DEFAULT '',
  website             TEXT NOT NULL DEFAULT '',
  city                TEXT NOT NULL DEFAULT '',
  country             TEXT NOT NULL DEFAULT '',
  created_at          INTEGER NOT NULL
);
CREATE INDEX accounts_owner ON accounts(owner_id);

CREATE TABLE contacts (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER REFERENCES accounts(id),
  first_name  TEXT NOT NULL DEFAULT '',
  last_name   TEXT NOT NULL,
  email       TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  title       TEXT NOT NULL DEFAULT '',
  owner_id    INTEGER NOT NULL REFERENCES users(id),
  created_at  INTEGER NOT NULL
);
CREATE INDEX contacts_account ON contacts(account_id);

CREATE TABLE communities (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  url_prefix  TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL DEFAULT 'Preview' CHECK (status IN ('Preview','Published','Inactive')),
  created_at  INTEGER NOT NULL
);
CREATE TABLE community_profiles (
  community_id  INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
  profile_id    INTEGER NOT NULL REFERENCES profiles(id),
  PRIMARY KEY (community_id, profile_id)
) WITHOUT ROWID;

-- Public groups. Members: a user, or a role in one of three scopes.
CREATE TABLE public_groups (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE
);
CREATE TABLE public_group_members (
  id          INTEGER PRIMARY KEY,
  group_id    INTEGER NOT NULL REFERENCES public_groups(id) ON DELETE CASCADE,
  user_id     INTEGER REFERENCES users(id),
  role_id     INTEGER REFERENCES roles(id),
  role_scope  TEXT CHECK (role_scope IN ('Role','RoleAndInternalSubordinates','RoleInternalAndPortalSubordinates')),
  CHECK ((user_id IS NULL) <> (role_id IS NULL))
);

-- Report / document / email-template folders and whom they are shared with (a role scope).
CREATE TABLE folders (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL DEFAULT 'Report',   -- Report / Document / EmailTemplate / Dashboard
  role_id     INTEGER REFERENCES roles(id),
  role_scope  TEXT CHECK (role_scope IN ('Role','RoleAndInternalSubordinates','RoleInternalAndPortalSubordinates')),
  access      TEXT NOT NULL DEFAULT 'Read'
);

-- Lead sharing rules: owner-based (records owned by members of a source) or criteria-based.
-- Source and target are a role in a scope, or a public group.
CREATE TABLE sharing_rules (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL,
  object            TEXT NOT NULL DEFAULT 'Lead',
  rule_type         TEXT NOT NULL CHECK (rule_type IN ('Owner','Criteria')),
  source_role_id    INTEGER REFERENCES roles(id),
  source_role_scope TEXT,
  source_group_id   INTEGER REFERENCES public_groups(id),
  criteria_field    TEXT,
  criteria_op       TEXT,
  criteria_value    TEXT,
  target_role_id    INTEGER REFERENCES roles(id),
  target_role_scope TEXT,
  target_group_id   INTEGER REFERENCES public_groups(id),
  access            TEXT NOT NULL DEFAULT 'Read' CHECK (access IN ('Read','Edit'))
);

CREATE TABLE queues (
  id                      INTEGER PRIMARY KEY,
  name                    TEXT NOT NULL UNIQUE,
  email                   TEXT NOT NULL DEFAULT '',
  send_email_to_members   INTEGER NOT NULL DEFAULT 0,
  created_at              INTEGER NOT NULL
);
-- Queue members: a user (internal or partner), a role, or a public group.
CREATE TABLE queue_members (
  id        INTEGER PRIMARY KEY,
  queue_id  INTEGER NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
  user_id   INTEGER REFERENCES users(id),
  role_id   INTEGER REFERENCES roles(id),
  group_id  INTEGER REFERENCES public_groups(id),
  CHECK ((user_id IS NOT NULL) + (role_id IS NOT NULL) + (group_id IS NOT NULL) = 1)
);
CREATE INDEX queue_members_queue ON queue_members(queue_id);

CREATE TABLE email_templates (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE,
  subject  TEXT NOT NULL,
  body     TEXT NOT NULL
);

CREATE TABLE leads (
  id                 INTEGER PRIMARY KEY,
  number             TEXT NOT NULL UNIQUE,      -- L-00042
  first_name         TEXT NOT NULL DEFAULT '',
  last_name          TEXT NOT NULL,
  company            TEXT NOT NULL,
  title              TEXT NOT NULL DEFAULT '',
  email              TEXT NOT NULL DEFAULT '',
  phone              TEXT NOT NULL DEFAULT '',
  status             TEXT NOT NULL DEFAULT 'Open - Not Contacted',
  lead_source        TEXT NOT NULL DEFAULT '',
  country            TEXT NOT NULL DEFAULT '',
  state              TEXT NOT NULL DEFAULT '',
  city               TEXT NOT NULL DEFAULT '',
  industry           TEXT NOT NULL DEFAULT '',
  annual_revenue     REAL,
  employees          INTEGER,
  rating             TEXT NOT NULL DEFAULT '',
  owner_user_id      INTEGER REFERENCES users(id),
  owner_queue_id     INTEGER REFERENCES queues(id),
  assignment_trace   TEXT NOT NULL DEFAULT '',  -- JSON: why this owner (rule entry, round robin, manual)
  created_at         INTEGER NOT NULL,
  modified_at        INTEGER NOT NULL,
  CHECK ((owner_user_id IS NULL) <> (owner_queue_id IS NULL))
);
CREATE INDEX leads_owner_user ON leads(owner_user_id);
CREATE INDEX leads_owner_queue ON leads(owner_queue_id);
CREATE INDEX leads_company ON leads(company);

-- Lead assignment rules: one active at a time; ordered entries, first match wins.
CREATE TABLE assignment_rules (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  is_active  INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX assignment_rules_one_active ON assignment_rules(is_active) WHERE is_active = 1;
CREATE TABLE assignment_rule_entries (
  id                  INTEGER PRIMARY KEY,
  rule_id             INTEGER NOT NULL REFERENCES assignment_rules(id) ON DELETE CASCADE,
  sort_order          INTEGER NOT NULL,
  boolean_logic       TEXT NOT NULL DEFAULT '',   -- '' = AND of all criteria; 'OR'; or custom "1 AND (2 OR 3)"
  target_user_id      INTEGER REFERENCES users(id),
  target_queue_id     INTEGER REFERENCES queues(id),
  target_round_robin_id INTEGER REFERENCES round_robins(id),
  email_template_id   INTEGER REFERENCES email_templates(id),
  do_not_reassign     INTEGER NOT NULL DEFAULT 0,
  CHECK ((target_user_id IS NOT NULL) + (target_queue_id IS NOT NULL) + (target_round_robin_id IS NOT NULL) = 1)
);
CREATE INDEX assignment_rule_entries_rule ON assignment_rule_entries(rule_id, sort_order);
CREATE TABLE assignment_rule_criteria (
  entry_id  INTEGER NOT NULL REFERENCES assignment_rule_entries(id) ON DELETE CASCADE,
  idx       INTEGER NOT NULL,     -- 1-based, as referenced by custom logic
  field     TEXT NOT NULL,
  op        TEXT NOT NULL,        -- equals, notEqual, contains, startsWith, lessThan, greaterThan, ...
  value     TEXT NOT NULL,
  PRIMARY KEY (entry_id, idx)
) WITHOUT ROWID;

-- Round robin (built in): over users or over queues, optional weights, cursor kept in the DB.
CREATE TABLE round_robins (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE,
  kind     TEXT NOT NULL CHECK (kind IN ('Users','Queues')),
  cursor   INTEGER NOT NULL DEFAULT 0    -- total weighted slots handed out so far
);
CREATE TABLE round_robin_members (
  id              INTEGER PRIMARY KEY,
  round_robin_id  INTEGER NOT NULL REFERENCES round_robins(id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  user_id         INTEGER REFERENCES users(id),
  queue_id        INTEGER REFERENCES queues(id),
  weight          INTEGER NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 100),
  CHECK ((user_id IS NULL) <> (queue_id IS NULL))
);

-- Manual shares made by owners.
CREATE TABLE lead_manual_shares (
  lead_id  INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
  user_id  INTEGER NOT NULL REFERENCES users(id),
  access   TEXT NOT NULL CHECK (access IN ('Read','Edit')),
  PRIMARY KEY (lead_id, user_id)
) WITHOUT ROWID;

-- The share table: who may see each lead, and why. Recalculated after every change that can alter access.
-- access: 1 Read, 2 Edit, 3 All (owner). row_cause: Owner, RoleHierarchy, SharingRule, Queue, Manual.
CREATE TABLE lead_shares (
  lead_id    INTEGER NOT NULL,
  user_id    INTEGER NOT NULL,
  row_cause  TEXT NOT NULL,
  access     INTEGER NOT NULL,
  PRIMARY KEY (lead_id, user_id, row_cause)
) WITHOUT ROWID;
CREATE INDEX lead_shares_user ON lead_shares(user_id, lead_id);

-- Every e-mail the sandbox "sends". Nothing leaves the machine.
CREATE TABLE outbox (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL,       -- Welcome, PasswordReset, LeadNotification, QueueNotification, RuleTemplate
  to_user_id   INTEGER REFERENCES users(id),
  to_address   TEXT NOT NULL,
  subject      TEXT NOT NULL,
  body         TEXT NOT NULL,
  template     TEXT NOT NULL DEFAULT '',
  related_id   INTEGER,              -- e.g. the lead
  sent_at      INTEGER NOT NULL
);

-- Setup Audit Trail: every setup change.
CREATE TABLE setup_audit (
  id         INTEGER PRIMARY KEY,
  at         INTEGER NOT NULL,
  actor_id   INTEGER,
  section    TEXT NOT NULL,      -- e.g. Partner Relationship Management, Manage Users, Sharing Rules
  action     TEXT NOT NULL,      -- what, in words
  old_value  TEXT NOT NULL DEFAULT '',
  new_value  TEXT NOT NULL DEFAULT ''
);

-- Every command applied, as JSON, in order: a replayable session.
CREATE TABLE command_log (
  id        INTEGER PRIMARY KEY,
  at        INTEGER NOT NULL,
  actor_id  INTEGER,
  command   TEXT NOT NULL
);

-- Who is logged in to this sandbox (one row), so a reload keeps the session.
CREATE TABLE session (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  user_id   INTEGER REFERENCES users(id)
);
-- Training mode: the scenario this org was built from (one row; absent for an org not from a scenario)
-- and the trainee's progress through its exercises. Both travel with the org, so a snapshot restores
-- the progress that matches it. Snapshots themselves live in a separate database file (app/training.h).
CREATE TABLE training_state (
  id             INTEGER PRIMARY KEY CHECK (id = 1),
  scenario_name  TEXT NOT NULL,
  scenario_title TEXT NOT NULL,
  source         TEXT NOT NULL DEFAULT 'builtin',   -- builtin / file
  scenario_json  TEXT NOT NULL,                     -- the validated scenario (no passwords)
  loaded_at      INTEGER NOT NULL
);
CREATE TABLE training_progress (
  exercise_id  TEXT PRIMARY KEY,
  status       TEXT NOT NULL DEFAULT 'none' CHECK (status IN ('none','passed','failed')),
  checked_at   INTEGER,
  diagnosis    TEXT NOT NULL DEFAULT '',
  hints_shown  INTEGER NOT NULL DEFAULT 0
);
-- Expansions used by the share table and by queue / group membership checks.
-- Users in a role scope: the role itself, or it and its subordinates (internal only, or internal and partner).
CREATE VIEW role_scope_users AS
  SELECT ra.ancestor_id AS role_id, 'Role' AS scope, u.id AS user_id
    FROM users u JOIN role_ancestors ra ON ra.role_id = u.role_id AND ra.depth = 0
  UNION ALL
  SELECT ra.ancestor_id, 'RoleAndInternalSubordinates', u.id
    FROM users u JOIN role_ancestors ra ON ra.role_id = u.role_id JOIN roles r ON r.id = u.role_id
   WHERE r.partner_account_id IS NULL OR ra.depth = 0
  UNION ALL
  SELECT ra.ancestor_id, 'RoleInternalAndPortalSubordinates', u.id
    FROM users u JOIN role_ancestors ra ON ra.role_id = u.role_id;

CREATE VIEW group_users AS
  SELECT group_id, user_id FROM public_group_members WHERE user_id IS NOT NULL
  UNION
  SELECT m.group_id, rs.user_id FROM public_group_members m
    JOIN role_scope_users rs ON rs.role_id = m.role_id AND rs.scope = m.role_scope;

-- Users who are members of a queue: directly, through their role, or through a public group.
CREATE VIEW queue_users AS
  SELECT queue_id, user_id FROM queue_members WHERE user_id IS NOT NULL
  UNION
  SELECT qm.queue_id, u.id FROM queue_members qm JOIN users u ON u.role_id = qm.role_id
  UNION
  SELECT qm.queue_id, g.user_id FROM queue_members qm JOIN group_users g ON g.group_id = qm.group_id;
)SQL";


// Version 2: lead list views ("Create New View"), each owned by one user and seen by them only.
const char* kSchemaV2 = R"SQL(
CREATE TABLE lead_list_views (
  id             INTEGER PRIMARY KEY,
  owner_user_id  INTEGER NOT NULL REFERENCES users(id),
  name           TEXT NOT NULL,
  filter_logic   TEXT NOT NULL DEFAULT '',   -- '' = all filters (AND); or custom "1 AND (2 OR 3)"
  created_at     INTEGER NOT NULL,
  modified_at    INTEGER NOT NULL
);
CREATE UNIQUE INDEX lead_list_views_owner_name ON lead_list_views(owner_user_id, name COLLATE NOCASE);
CREATE TABLE lead_list_view_filters (
  view_id  INTEGER NOT NULL REFERENCES lead_list_views(id) ON DELETE CASCADE,
  idx      INTEGER NOT NULL,     -- 1-based, as referenced by custom logic
  field    TEXT NOT NULL,        -- a lead field's API name (domain::leadFields)
  op       TEXT NOT NULL,        -- equals, notEqual, contains, notContain, startsWith, lessThan, greaterThan, ...
  value    TEXT NOT NULL,
  PRIMARY KEY (view_id, idx)
) WITHOUT ROWID;
)SQL";

// Version 3: each user's language ('en' or 'fi', the user record's Language setting): the e-mails the
// org sends them (welcome, new password, lead assignment) are written in it. Every user starts with 'en',
// the seed org's Finnish-named users too: the org, like the source document's, works in English by
// default, and a user's language is theirs to choose (CreateUser / UpdateUser "language").
const char* kSchemaV3 = R"SQL(
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fi'));
)SQL";

// Version 4: the sales records around the leads (docs/ARCHITECTURE.md, "Sales"): opportunities with their
// share table (same causes as leads: Owner, RoleHierarchy), activities that regard one record and follow
// its access, and lead conversion (a converted lead is read-only and names what it became).
const char* kSchemaV4 = R"SQL(
CREATE TABLE opportunities (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  account_id   INTEGER REFERENCES accounts(id),
  contact_id   INTEGER REFERENCES contacts(id),   -- the primary contact (set by lead conversion)
  amount       REAL,
  close_date   TEXT NOT NULL,                      -- YYYY-MM-DD
  stage        TEXT NOT NULL,                      -- domain::opportunityStages()
  probability  INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
  owner_id     INTEGER NOT NULL REFERENCES users(id),
  lead_id      INTEGER REFERENCES leads(id),       -- converted from
  created_at   INTEGER NOT NULL,
  modified_at  INTEGER NOT NULL
);
CREATE INDEX opportunities_owner ON opportunities(owner_id);
CREATE INDEX opportunities_account ON opportunities(account_id);

-- Who may see each opportunity, and why (as lead_shares): Owner (3 All), RoleHierarchy (2 Edit).
CREATE TABLE opportunity_shares (
  opportunity_id  INTEGER NOT NULL,
  user_id         INTEGER NOT NULL,
  row_cause       TEXT NOT NULL,
  access          INTEGER NOT NULL,
  PRIMARY KEY (opportunity_id, user_id, row_cause)
) WITHOUT ROWID;
CREATE INDEX opportunity_shares_user ON opportunity_shares(user_id, opportunity_id);

CREATE TABLE activities (
  id              INTEGER PRIMARY KEY,
  type            TEXT NOT NULL CHECK (type IN ('Task','PhoneCall','Appointment','Email','Letter','Fax')),
  subject         TEXT NOT NULL,
  regarding_type  TEXT CHECK (regarding_type IN ('Lead','Account','Contact','Opportunity')),
  regarding_id    INTEGER,
  owner_id        INTEGER NOT NULL REFERENCES users(id),
  due_date        TEXT,        -- YYYY-MM-DD (every type but appointments)
  start_at        TEXT,        -- YYYY-MM-DDTHH:MM (appointments)
  end_at          TEXT,
  priority        TEXT NOT NULL DEFAULT 'Normal' CHECK (priority IN ('Low','Normal','High')),
  description     TEXT NOT NULL DEFAULT '',
  state           TEXT NOT NULL CHECK (state IN ('Open','Scheduled','Completed','Canceled')),
  closed_at       INTEGER,     -- when it was completed or canceled
  created_at      INTEGER NOT NULL,
  modified_at     INTEGER NOT NULL,
  CHECK ((regarding_type IS NULL) = (regarding_id IS NULL))
);
CREATE INDEX activities_regarding ON activities(regarding_type, regarding_id);
CREATE INDEX activities_owner ON activities(owner_id, state);

ALTER TABLE leads ADD COLUMN converted_at INTEGER;
ALTER TABLE leads ADD COLUMN converted_account_id INTEGER REFERENCES accounts(id);
ALTER TABLE leads ADD COLUMN converted_contact_id INTEGER REFERENCES contacts(id);
ALTER TABLE leads ADD COLUMN converted_opportunity_id INTEGER REFERENCES opportunities(id);
)SQL";

// Version 5: PRM in depth (docs/ARCHITECTURE.md, "PRM in depth"): partner super users and delegated
// administrators, "Log in to Experience as User" (Log out returns to the administrator), deal registrations
// (a lead record type with an approval), and channel programs with levels and member accounts. A public
// group can include the partner accounts at a channel level, so sharing rules and queues can use levels.
const char* kSchemaV5 = R"SQL(
ALTER TABLE org ADD COLUMN is_super_user_access_enabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN is_super_user INTEGER NOT NULL DEFAULT 0;       -- granted; works while the org setting is on
ALTER TABLE users ADD COLUMN is_delegated_admin INTEGER NOT NULL DEFAULT 0;  -- manages their own partner account's users
ALTER TABLE session ADD COLUMN return_user_id INTEGER REFERENCES users(id);  -- whom Log out returns to

ALTER TABLE leads ADD COLUMN record_type TEXT NOT NULL DEFAULT 'Sales' CHECK (record_type IN ('Sales','DealRegistration'));
ALTER TABLE leads ADD COLUMN approval_status TEXT CHECK (approval_status IN ('Submitted','Approved','Rejected'));
ALTER TABLE leads ADD COLUMN approval_comment TEXT NOT NULL DEFAULT '';
ALTER TABLE leads ADD COLUMN approver_id INTEGER REFERENCES users(id);
ALTER TABLE leads ADD COLUMN submitted_at INTEGER;
ALTER TABLE leads ADD COLUMN decided_at INTEGER;

CREATE TABLE channel_programs (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description  TEXT NOT NULL DEFAULT '',
  is_active    INTEGER NOT NULL DEFAULT 0,   -- a new program is inactive until activated
  created_at   INTEGER NOT NULL
);
CREATE TABLE channel_program_levels (
  id          INTEGER PRIMARY KEY,
  program_id  INTEGER NOT NULL REFERENCES channel_programs(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  rank        INTEGER NOT NULL CHECK (rank >= 1),   -- 1 is the lowest (Bronze)
  benefits    TEXT NOT NULL DEFAULT '',
  UNIQUE (program_id, rank)
);
CREATE UNIQUE INDEX channel_program_levels_name ON channel_program_levels(program_id, name COLLATE NOCASE);
CREATE TABLE channel_program_members (
  id          INTEGER PRIMARY KEY,
  program_id  INTEGER NOT NULL REFERENCES channel_programs(id) ON DELETE CASCADE,
  account_id  INTEGER NOT NULL REFERENCES accounts(id),
  level_id    INTEGER NOT NULL REFERENCES channel_program_levels(id),
  joined_at   INTEGER NOT NULL,
  UNIQUE (program_id, account_id)
);
CREATE INDEX channel_program_members_level ON channel_program_members(level_id);
-- Public group members by channel level: every user of a partner account that is a member at the level
-- of an active program.
CREATE TABLE public_group_levels (
  group_id  INTEGER NOT NULL REFERENCES public_groups(id) ON DELETE CASCADE,
  level_id  INTEGER NOT NULL REFERENCES channel_program_levels(id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, level_id)
) WITHOUT ROWID;

DROP VIEW queue_users;
DROP VIEW group_users;
CREATE VIEW group_users AS
  SELECT group_id, user_id FROM public_group_members WHERE user_id IS NOT NULL
  UNION
  SELECT m.group_id, rs.user_id FROM public_group_members m
    JOIN role_scope_users rs ON rs.role_id = m.role_id AND rs.scope = m.role_scope
  UNION
  SELECT gl.group_id, u.id FROM public_group_levels gl
    JOIN channel_program_members cm ON cm.level_id = gl.level_id
    JOIN channel_programs cp ON cp.id = cm.program_id AND cp.is_active = 1
    JOIN users u ON u.account_id = cm.account_id;
CREATE VIEW queue_users AS
  SELECT queue_id, user_id FROM queue_members WHERE user_id IS NOT NULL
  UNION
  SELECT qm.queue_id, u.id FROM queue_members qm JOIN users u ON u.role_id = qm.role_id
  UNION
  SELECT qm.queue_id, g.user_id FROM queue_members qm JOIN group_users g ON g.group_id = qm.group_id;
)SQL";

// Version 6: account relationships (Setup → Digital Experiences → Settings → Enable Account Relationships,
// irreversible). A relationship gives Account From access to Account To's records; an account relationship
// data sharing rule says which: the object, the relationship type, the access, and the field that names the
// account (Partner Account: the owner's partner account; on opportunities also Account).
const char* kSchemaV6 = R"SQL(
ALTER TABLE org ADD COLUMN is_account_relationships_enabled INTEGER NOT NULL DEFAULT 0;
CREATE TABLE account_relationships (
  id               INTEGER PRIMARY KEY,
  account_from_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  account_to_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  type             TEXT NOT NULL,
  created_at       INTEGER NOT NULL,
  CHECK (account_from_id <> account_to_id),
  UNIQUE (account_from_id, account_to_id, type)
);
CREATE INDEX account_relationships_to ON account_relationships(account_to_id);
CREATE TABLE account_relationship_share_rules (
  id                 INTEGER PRIMARY KEY,
  name               TEXT NOT NULL,
  object             TEXT NOT NULL CHECK (object IN ('Lead','Opportunity')),
  relationship_type  TEXT NOT NULL,
  account_field      TEXT NOT NULL CHECK (account_field IN ('PartnerAccount','Account')),
  access             TEXT NOT NULL CHECK (access IN ('Read','Edit')),
  created_at         INTEGER NOT NULL,
  CHECK (object = 'Opportunity' OR account_field = 'PartnerAccount')
);
)SQL";

// Version 7: deal registration details the lead fields do not hold (the amount and close date the partner
// expects, and a description); they become the opportunity's amount and close date on approval.
const char* kSchemaV7 = R"SQL(
ALTER TABLE leads ADD COLUMN deal_amount REAL;
ALTER TABLE leads ADD COLUMN deal_close_date TEXT;       -- YYYY-MM-DD
ALTER TABLE leads ADD COLUMN description TEXT NOT NULL DEFAULT '';
CREATE INDEX leads_deal_approver ON leads(approver_id) WHERE approver_id IS NOT NULL;
)SQL";
}  // namespace

int schemaVersion(Db& db) { return static_cast<int>(db.queryInt("PRAGMA user_version").value_or(0)); }

Status migrate(Db& db) {
    int v = schemaVersion(db);
    if (v > kSchemaVersion)
        return Status::fail("this sandbox file is from a newer version of PRM Sandbox (schema " + std::to_string(v) +
                            ", this build knows up to " + std::to_string(kSchemaVersion) +
                            "); open it with a newer build");
    if (v == kSchemaVersion) {
        if (!db.queryInt("SELECT 1 FROM sqlite_master WHERE type='table' AND name='org'"))
            return Status::fail("this SQLite file is not a PRM Sandbox org (it has no 'org' table)");
        return domain::okStatus();
    }
    if (v == 0) {
        auto tables = db.queryInt("SELECT count(*) FROM sqlite_master WHERE type='table'").value_or(0);
        if (tables > 0)
            return Status::fail("this SQLite file is not a PRM Sandbox org (it has tables but no schema version)");
    }
    Transaction tx(db);
    if (!tx.active()) return Status::fail("cannot start a transaction: " + db.errorMessage());
    if (v < 1) {
        if (auto st = db.exec(kSchemaV1); !st) return Status::fail("schema v1: " + st.message());
    }
    if (v < 2) {
        if (auto st = db.exec(kSchemaV2); !st) return Status::fail("schema v2: " + st.message());
    }
    if (v < 3) {
        if (auto st = db.exec(kSchemaV3); !st) return Status::fail("schema v3: " + st.message());
    }
    if (v < 4) {
        if (auto st = db.exec(kSchemaV4); !st) return Status::fail("schema v4: " + st.message());
    }
    if (v < 5) {
        if (auto st = db.exec(kSchemaV5); !st) return Status::fail("schema v5: " + st.message());
    }
    if (v < 6) {
        if (auto st = db.exec(kSchemaV6); !st) return Status::fail("schema v6: " + st.message());
    }
    if (v < 7) {
        if (auto st = db.exec(kSchemaV7); !st) return Status::fail("schema v7: " + st.message());
    }
    if (auto st = db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion)); !st) return st;
    return tx.commit();
}

}  // namespace prm::store
