// An uploaded or CLI-opened .sqlite file must hold exactly the schema PRM Sandbox writes: the SQL of
// every table, index, view and trigger is compared, so a view with another body cannot widen access.
#include <gtest/gtest.h>

#include "app/data/sqlite_file.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using namespace prm::app;

namespace {

using Bytes = std::vector<unsigned char>;

// A product-written org with `sql` run on it afterwards, as the bytes of a .sqlite file.
Bytes orgFileAfter(const std::string& sql) {
    auto sb = makeOrg();
    run(*sb, {{"cmd", "CreateLead"}, {"lastName", "Lahtinen"}, {"company", "Kuusi Oy"}});
    EXPECT_TRUE(sb->db().exec(sql).ok()) << sb->db().errorMessage();
    return sqlite_file::download(*sb);
}

// Uploads `bytes` into `org`; expects a refusal that leaves the org byte-for-byte the same.
std::string refusedUpload(Sandbox& org, const Bytes& bytes) {
    const Bytes before = org.db().serialize();
    auto r = sqlite_file::upload(org, bytes);
    EXPECT_FALSE(r.ok()) << "the file was accepted";
    EXPECT_TRUE(org.db().serialize() == before) << "the org changed after: " << r.message();
    return r.ok() ? std::string() : r.message();
}

const std::string kOutside = "it was changed outside PRM Sandbox; upload a file PRM Sandbox wrote";

}  // namespace

TEST(DataSqliteSchema, AnUntouchedProductFileIsAccepted) {
    CoreOrg org = makeOrgWithPartner();
    auto r = sqlite_file::upload(*org, orgFileAfter(""));
    ASSERT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(org->db().queryInt("SELECT count(*) FROM leads").value_or(-1), 1);
}

TEST(DataSqliteSchema, AViewWithTheSameNameAndAnotherBodyIsRefused) {
    CoreOrg org = makeOrgWithPartner();
    // Same name, same columns: every user becomes a member of every queue.
    const Bytes bytes = orgFileAfter(
        "DROP VIEW queue_users;"
        "CREATE VIEW queue_users AS SELECT q.id AS queue_id, u.id AS user_id FROM queues q, users u;");
    const std::string msg = refusedUpload(*org, bytes);
    EXPECT_NE(msg.find("the file's view 'queue_users' differs from PRM Sandbox's own: " + kOutside), std::string::npos)
        << msg;
    // The CLI opens org files through the same check.
    EXPECT_FALSE(sqlite_file::openValidated(bytes).ok());
}

TEST(DataSqliteSchema, AnExtraTriggerIndexTableOrViewIsRefusedByName) {
    CoreOrg org = makeOrgWithPartner();
    const struct {
        const char* sql;
        const char* named;
    } cases[] = {
        {"CREATE TRIGGER sneaky AFTER INSERT ON leads BEGIN DELETE FROM users; END", "extra trigger 'sneaky'"},
        {"CREATE INDEX leads_email_x ON leads(email)", "extra index 'leads_email_x'"},
        {"CREATE TABLE notes(x TEXT)", "extra table 'notes'"},
        {"CREATE VIEW lead_visible AS SELECT id FROM leads", "extra view 'lead_visible'"},
        // A name that only looks like one of SQLite's own is still compared.
        {"CREATE TRIGGER sqlitex AFTER INSERT ON leads BEGIN DELETE FROM users; END", "extra trigger 'sqlitex'"},
    };
    for (const auto& c : cases) {
        const std::string msg = refusedUpload(*org, orgFileAfter(c.sql));
        EXPECT_NE(msg.find(c.named), std::string::npos) << c.sql << " → " << msg;
        EXPECT_NE(msg.find(kOutside), std::string::npos) << msg;
    }
}

TEST(DataSqliteSchema, AChangedOrMissingObjectIsRefusedByName) {
    CoreOrg org = makeOrgWithPartner();
    EXPECT_NE(refusedUpload(*org, orgFileAfter("ALTER TABLE leads ADD COLUMN note TEXT")).find("the file's table 'leads' differs"),
              std::string::npos);
    EXPECT_NE(refusedUpload(*org, orgFileAfter("DROP INDEX leads_company")).find("the file has no index 'leads_company'"),
              std::string::npos);
    // Same name, another table: the index now covers a different column.
    EXPECT_NE(refusedUpload(*org, orgFileAfter("DROP INDEX leads_company; CREATE INDEX leads_company ON leads(email)"))
                  .find("the file's index 'leads_company' differs"),
              std::string::npos);
}

TEST(DataSqliteSchema, WhitespaceAndCommentsInTheStoredSqlDoNotMatter) {
    CoreOrg org = makeOrgWithPartner();
    // The product's own body, laid out differently and commented: the same view.
    const std::string body = org->db().queryText("SELECT sql FROM sqlite_schema WHERE name = 'group_users'").value_or("");
    ASSERT_FALSE(body.empty());
    std::string relaid = "/* re-created */ " + body;
    for (auto p = relaid.find(' '); p != std::string::npos; p = relaid.find(' ', p + 3)) relaid.replace(p, 1, "\n\t ");
    const Bytes bytes = orgFileAfter("DROP VIEW group_users; " + relaid + " -- done\n;");
    auto r = sqlite_file::upload(*org, bytes);
    EXPECT_TRUE(r.ok()) << r.message();
}

TEST(DataSqliteSchema, NormaliseSqlKeepsLiteralsAndDropsComments) {
    using sqlite_file::normaliseSql;
    EXPECT_EQ(normaliseSql("CREATE  VIEW v AS\n  SELECT a ,b -- note\n FROM t /* x */ WHERE c = 'a  b'"),
              "CREATE VIEW v AS SELECT a,b FROM t WHERE c = 'a  b'");
    // A quote inside a literal does not end it; "--" inside a literal is not a comment.
    EXPECT_EQ(normaliseSql("SELECT 'it''s -- here'  ,  \"q  \"\"x\"  FROM [a  b]"),
              "SELECT 'it''s -- here',\"q  \"\"x\" FROM [a  b]");
    // A comment that swallows text is not the same SQL as the text.
    EXPECT_NE(normaliseSql("a TEXT, -- c\n b TEXT"), normaliseSql("a TEXT, -- c b TEXT"));
}
