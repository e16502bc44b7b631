// Whole-org files and single downloads: .sqlite upload/download, org JSON, .eml, list export.
// Every bad file leaves the org byte-for-byte the same.
#include <gtest/gtest.h>

#include <cstdio>

#include "app/data/csv.h"
#include "app/data/data_export.h"
#include "app/data/data_import.h"
#include "app/data/eml.h"
#include "app/data/org_json.h"
#include "app/training/snapshots.h"
#include "app/data/sqlite_file.h"
#include "app/training/training.h"
#include "unit/core_fixture.h"
#include "store/schema.h"

using namespace prm::testing;
using namespace prm::app;

namespace {

using Bytes = std::vector<unsigned char>;

Bytes bytesOf(const std::string& s) { return Bytes(s.begin(), s.end()); }

// A second org, different from the fixture's, as .sqlite bytes.
Bytes otherOrgBytes() {
    auto sb = makeSandbox();
    json cmd = createOrgCommand();
    cmd["name"] = "Toinen Oy";
    run(*sb, cmd);
    run(*sb, {{"cmd", "CreateLead"}, {"lastName", "Lahtinen"}, {"company", "Kuusi Oy"}});
    return sqlite_file::download(*sb);
}

std::string badUpload(Sandbox& sb, const Bytes& bytes) {
    const Bytes before = sb.db().serialize();
    auto r = sqlite_file::upload(sb, bytes);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(sb.db().serialize() == before) << "the org changed after: " << r.message();
    return r.ok() ? std::string() : r.message();
}

std::string badJson(Sandbox& sb, const std::string& text) {
    const Bytes before = sb.db().serialize();
    auto r = org_json::importOrg(sb, text);
    EXPECT_FALSE(r.ok()) << text.substr(0, 200);
    EXPECT_TRUE(sb.db().serialize() == before) << "the org changed after: " << r.message();
    return r.ok() ? std::string() : r.message();
}

}  // namespace

// ---- .sqlite ------------------------------------------------------------------------------------
TEST(DataSqlite, DownloadIsASqliteFileAndUploadReplacesTheOrgKeepingTheOldOneAsASnapshot) {
    CoreOrg org = makeOrgWithPartner();
    const Bytes mine = sqlite_file::download(*org);
    ASSERT_GT(mine.size(), 100u);
    EXPECT_EQ(std::string(mine.begin(), mine.begin() + 15), "SQLite format 3");

    SnapshotStore snapshots;
    auto r = sqlite_file::upload(*org, otherOrgBytes(), &snapshots);
    ASSERT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(org->db().queryText("SELECT name FROM org").value_or(""), "Toinen Oy");
    EXPECT_EQ(org->db().queryInt("SELECT count(*) FROM leads").value_or(0), 1);
    EXPECT_TRUE(r.value().previous == mine);
    ASSERT_TRUE(snapshots.contains(r.value().snapshotName)) << r.value().snapshotName;
    EXPECT_NE(r.value().message.find("Toinen Oy"), std::string::npos);
    // The replaced org comes back from the snapshot.
    ASSERT_TRUE(snapshots.restore(*org, r.value().snapshotName).ok());
    EXPECT_EQ(org->db().queryText("SELECT name FROM org").value_or(""), "Pohjola Tech Oy");
}

TEST(DataSqlite, WritesAFileThatOpensAgain) {
    CoreOrg org = makeOrgWithPartner();
    const std::string path = ::testing::TempDir() + "prm_data_sqlite_test.sqlite";
    std::remove(path.c_str());
    ASSERT_TRUE(org->db().backupTo(path).ok());
    auto read = sqlite_file::readFile(path);
    ASSERT_TRUE(read.ok()) << read.message();
    auto db = sqlite_file::openValidated(bytesOf(read.value()));
    ASSERT_TRUE(db.ok()) << db.message();
    EXPECT_EQ(db.value()->queryText("SELECT name FROM org").value_or(""), "Pohjola Tech Oy");
    std::remove(path.c_str());
}

TEST(DataSqliteBadInput, NotSqliteEmptyTruncatedAndTooBig) {
    CoreOrg org = makeOrgWithPartner();
    EXPECT_NE(badUpload(*org, {}).find("empty"), std::string::npos);
    EXPECT_NE(badUpload(*org, bytesOf("LastName,Company\nVirtanen,Oy\n")).find("not a SQLite database"), std::string::npos);
    Bytes truncated = otherOrgBytes();
    truncated.resize(truncated.size() / 3);
    const std::string msg = badUpload(*org, truncated);
    EXPECT_TRUE(msg.find("damaged") != std::string::npos || msg.find("cannot be opened") != std::string::npos) << msg;
    // The size limit of org files (1024 MB) is csv::orgSizeProblem, tested in data_csv_test.cpp.
}

TEST(DataSqliteUpload, AnOrgInWalModeIsReadAsWhatWasCheckpointedIntoIt) {
    Bytes wal = otherOrgBytes();
    ASSERT_GT(wal.size(), 100u);
    wal[18] = wal[19] = 2;  // what PRAGMA journal_mode=WAL writes in the header
    ASSERT_TRUE(sqlite_file::isWalMode(wal));
    auto db = sqlite_file::openValidated(wal);
    ASSERT_TRUE(db.ok()) << db.message();
    EXPECT_GE(db.value()->queryInt("SELECT count(*) FROM users").value_or(0), 1);
}

TEST(DataSqliteBadInput, CorruptPagesFailTheIntegrityCheck) {
    CoreOrg org = makeOrgWithPartner();
    Bytes bytes = otherOrgBytes();
    // Scribble over the b-tree header of every page after the first (page size 4096).
    for (std::size_t page = 4096; page + 8 <= bytes.size(); page += 4096)
        for (std::size_t i = 0; i < 8; ++i) bytes[page + i] = 0x5A;
    const std::string msg = badUpload(*org, bytes);
    EXPECT_NE(msg.find("damaged"), std::string::npos) << msg;
}

TEST(DataSqliteBadInput, FromTheFutureForeignAndEmptyDatabases) {
    CoreOrg org = makeOrgWithPartner();
    {
        auto db = prm::store::Db::open(":memory:");
        ASSERT_TRUE(prm::store::migrate(*db.value()).ok());
        ASSERT_TRUE(db.value()->exec("PRAGMA user_version = 99").ok());
        const std::string msg = badUpload(*org, db.value()->serialize());
        EXPECT_NE(msg.find("newer version"), std::string::npos) << msg;
    }
    {
        auto db = prm::store::Db::open(":memory:");
        ASSERT_TRUE(db.value()->exec("CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES ('hello')").ok());
        const std::string msg = badUpload(*org, db.value()->serialize());
        EXPECT_NE(msg.find("not a PRM Sandbox org"), std::string::npos) << msg;
    }
    {
        auto db = prm::store::Db::open(":memory:");
        ASSERT_TRUE(prm::store::migrate(*db.value()).ok());
        const std::string msg = badUpload(*org, db.value()->serialize());
        EXPECT_NE(msg.find("no org"), std::string::npos) << msg;
    }
    {
        // Our schema plus a stray trigger: not a schema this build knows.
        auto sb = makeOrg();
        ASSERT_TRUE(sb->db().exec("CREATE TRIGGER sneaky AFTER INSERT ON leads BEGIN DELETE FROM users; END").ok());
        const std::string msg = badUpload(*org, sqlite_file::download(*sb));
        EXPECT_NE(msg.find("extra trigger 'sneaky'"), std::string::npos) << msg;
    }
}

// ---- org JSON -------------------------------------------------------------------------------------
TEST(DataOrgJson, ExportImportRoundTripsTheOrg) {
    CoreOrg org = makeOrgWithPartner();
    run(*org, {{"cmd", "CreateLead"}, {"lastName", "Mäkinen"}, {"company", "Sää Oy"}, {"annualRevenue", 1500.5}});
    const std::string text = org_json::exportOrgText(org->db());
    auto doc = json::parse(text);
    EXPECT_EQ(doc["format"], "prm-sandbox-org");
    EXPECT_EQ(doc["version"], 1);
    EXPECT_EQ(doc["org"]["name"], "Pohjola Tech Oy");
    EXPECT_EQ(doc["org"]["prmEnabled"], true);
    EXPECT_EQ(doc["leads"][0]["annualRevenue"], 1500.5);
    EXPECT_FALSE(doc.contains("leadShares"));

    auto target = makeOrg();
    auto r = org_json::importOrg(*target, text);
    ASSERT_TRUE(r.ok()) << r.message();
    // The same document comes out again, and the derived share table was rebuilt.
    EXPECT_EQ(org_json::exportOrgText(target->db()), text);
    EXPECT_EQ(target->db().queryInt("SELECT count(*) FROM lead_shares").value_or(-1),
              org->db().queryInt("SELECT count(*) FROM lead_shares").value_or(-2));
    EXPECT_EQ(target->db().queryInt("SELECT count(*) FROM role_ancestors").value_or(-1),
              org->db().queryInt("SELECT count(*) FROM role_ancestors").value_or(-2));
}

TEST(DataOrgJsonBadInput, WrongTypesNameTheJsonPath) {
    CoreOrg org = makeOrgWithPartner();
    for (int i = 0; i < 4; ++i) run(*org, {{"cmd", "CreateLead"}, {"lastName", "L" + std::to_string(i)}, {"company", "C"}});
    json doc = json::parse(org_json::exportOrgText(org->db()));
    doc["leads"][3]["annualRevenue"] = "12k";
    std::string msg = badJson(*org, doc.dump());
    EXPECT_EQ(msg, "$.leads[3].annualRevenue: expected a number, got \"12k\"");

    doc = json::parse(org_json::exportOrgText(org->db()));
    doc["users"][0]["isActive"] = 1;
    msg = badJson(*org, doc.dump());
    EXPECT_EQ(msg, "$.users[0].isActive: expected true or false, got 1");

    doc = json::parse(org_json::exportOrgText(org->db()));
    doc["org"]["name"] = nullptr;
    EXPECT_EQ(badJson(*org, doc.dump()), "$.org.name: expected text, got null");

    doc = json::parse(org_json::exportOrgText(org->db()));
    doc["leads"] = json::object();
    EXPECT_EQ(badJson(*org, doc.dump()), "$.leads: expected a list, got an object");
}

TEST(DataOrgJsonBadInput, UnknownMissingAndDuplicateFields) {
    CoreOrg org = makeOrgWithPartner();
    json doc = json::parse(org_json::exportOrgText(org->db()));
    doc["accounts"][0]["nmae"] = "x";
    std::string msg = badJson(*org, doc.dump());
    EXPECT_EQ(msg.rfind("$.accounts[0].nmae: unknown field; did you mean name?", 0), 0u) << msg;

    doc = json::parse(org_json::exportOrgText(org->db()));
    doc["leeds"] = json::array();
    msg = badJson(*org, doc.dump());
    EXPECT_EQ(msg.rfind("$.leeds: unknown field; did you mean leads?", 0), 0u) << msg;

    doc = json::parse(org_json::exportOrgText(org->db()));
    doc["users"][1].erase("lastName");
    msg = badJson(*org, doc.dump());
    EXPECT_EQ(msg.rfind("$.users[1].lastName: required field is missing", 0), 0u) << msg;

    doc = json::parse(org_json::exportOrgText(org->db()));
    doc["users"][1]["id"] = doc["users"][0]["id"];
    msg = badJson(*org, doc.dump());
    EXPECT_NE(msg.find("$.users[1].id:"), std::string::npos) << msg;
    EXPECT_NE(msg.find("already the id of $.users[0]"), std::string::npos) << msg;
}

TEST(DataOrgJsonBadInput, BrokenReferencesFormatAndVersion) {
    CoreOrg org = makeOrgWithPartner();
    json doc = json::parse(org_json::exportOrgText(org->db()));
    doc["accounts"][0]["ownerId"] = 4242;
    std::string msg = badJson(*org, doc.dump());
    EXPECT_EQ(msg.rfind("$.accounts[0].ownerId: refers to users id 4242, which is not in the file", 0), 0u) << msg;

    doc = json::parse(org_json::exportOrgText(org->db()));
    doc["format"] = "something-else";
    EXPECT_EQ(badJson(*org, doc.dump()), "$.format: expected \"prm-sandbox-org\", got \"something-else\"");
    doc["format"] = "prm-sandbox-org";
    doc["version"] = 2;
    EXPECT_NE(badJson(*org, doc.dump()).find("$.version: this file is format version 2"), std::string::npos);
    doc["version"] = "1";
    EXPECT_EQ(badJson(*org, doc.dump()), "$.version: expected a whole number, got \"1\"");
    doc = json::parse(org_json::exportOrgText(org->db()));
    doc.erase("org");
    EXPECT_EQ(badJson(*org, doc.dump()).rfind("$.org: required field is missing", 0), 0u);
}

TEST(DataOrgJsonBadInput, NotJsonEmptyBinaryAndTooDeep) {
    CoreOrg org = makeOrgWithPartner();
    EXPECT_NE(badJson(*org, "").find("empty"), std::string::npos);
    std::string msg = badJson(*org, "{\"format\": \"prm-sandbox-org\",\n \"version\": 1,,}");
    EXPECT_NE(msg.find("not valid JSON (line 2"), std::string::npos) << msg;
    EXPECT_NE(badJson(*org, std::string("\x89PNG\r\n\x1a\n\0\0", 10)).find("not valid JSON"), std::string::npos);
    EXPECT_EQ(badJson(*org, "[1, 2]"), "$: expected an object with \"format\": \"prm-sandbox-org\", got a list");
    EXPECT_NE(badJson(*org, std::string(100, '[')).find("nested more than"), std::string::npos);
    // A number too big for a double is a refusal, not an abort (the scenario reader's fuzz crash).
    EXPECT_EQ(badJson(*org, "{\"format\": \"prm-sandbox-org\", \"version\": 1e999}"),
              "the file is not valid JSON: number overflow parsing '1e999'");
}

// ---- .eml -----------------------------------------------------------------------------------------
TEST(DataEml, OutboxEmailIsRfc5322WithEncodedHeadersAndQuotedPrintableBody) {
    CoreOrg org = makeOrgWithPartner();
    auto id = org->db().queryInt("SELECT id FROM outbox ORDER BY id LIMIT 1");
    ASSERT_TRUE(id);
    auto f = eml::outboxEmail(org->db(), *id);
    ASSERT_TRUE(f.ok()) << f.message();
    const std::string& e = f.value().content;
    EXPECT_EQ(f.value().filename, "email-" + std::to_string(*id) + ".eml");
    EXPECT_NE(e.find("\r\nContent-Type: text/plain; charset=UTF-8\r\n"), std::string::npos);
    EXPECT_NE(e.find("\r\nContent-Transfer-Encoding: quoted-printable\r\n"), std::string::npos);
    EXPECT_NE(e.find("\r\nMessage-ID: <outbox-" + std::to_string(*id) + "."), std::string::npos);
    EXPECT_NE(e.find("\r\nDate: Tue, 14 Nov 2023 22:13:"), std::string::npos) << e.substr(0, 400);
    EXPECT_NE(e.find("\r\n\r\n"), std::string::npos);
    // Every line ends with CRLF, and no line is longer than 998 characters.
    for (std::size_t i = 0; i < e.size(); ++i)
        if (e[i] == '\n') {
            EXPECT_TRUE(i > 0 && e[i - 1] == '\r') << "bare LF at " << i;
        }
    EXPECT_FALSE(eml::outboxEmail(org->db(), 999999).ok());
}

TEST(DataEml, BuildingBlocks) {
    EXPECT_EQ(eml::rfc5322Date(0), "Thu, 01 Jan 1970 00:00:00 +0000");
    EXPECT_EQ(eml::rfc5322Date(1700000000000), "Tue, 14 Nov 2023 22:13:20 +0000");
    EXPECT_EQ(eml::rfc5322Date(951782400000), "Tue, 29 Feb 2000 00:00:00 +0000");
    EXPECT_EQ(eml::encodeHeaderText("Welcome to PRM"), "Welcome to PRM");
    EXPECT_EQ(eml::encodeHeaderText("Tervetuloa, Päivi"), "=?UTF-8?B?VGVydmV0dWxvYSwgUMOkaXZp?=");
    EXPECT_EQ(eml::encodeHeaderText("a\r\nBcc: x@y.example"), "a  Bcc: x@y.example");  // no header injection
    // Long text: several words, each at most 75 characters, never splitting a character.
    const std::string longText = "Ääkkösiä " + std::string(60, 'x') + " öööööööööööööööööööööö";
    const std::string enc = eml::encodeHeaderText(longText);
    std::size_t start = 0;
    int words = 0;
    while (start < enc.size()) {
        std::size_t end = enc.find("\r\n ", start);
        const std::string word = enc.substr(start, end == std::string::npos ? std::string::npos : end - start);
        EXPECT_LE(word.size(), 75u) << word;
        ++words;
        if (end == std::string::npos) break;
        start = end + 3;
    }
    EXPECT_GT(words, 1);
    EXPECT_EQ(eml::mailbox("Maija Virtanen", "m@x.example"), "Maija Virtanen <m@x.example>");
    EXPECT_EQ(eml::mailbox("Oy, Ab", "m@x.example"), "\"Oy, Ab\" <m@x.example>");
    EXPECT_EQ(eml::mailbox("Jyrki Äijälä", "j@x.example"), "=?UTF-8?B?Snlya2kgw4RpasOkbMOk?= <j@x.example>");
    EXPECT_EQ(eml::quotedPrintable("Hyvää päivää\nrivi 2 = x "), "Hyv=C3=A4=C3=A4 p=C3=A4iv=C3=A4=C3=A4\r\nrivi 2 =3D x=20");
    const std::string qp = eml::quotedPrintable(std::string(200, 'a'));
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i <= qp.size(); ++i)
        if (i == qp.size() || qp[i] == '\r') {
            EXPECT_LE(i - lineStart, 76u);
            lineStart = i + 2;
        }
}

// ---- export -----------------------------------------------------------------------------------------
TEST(DataExport, LeadsOnlyWhatTheUserMaySee) {
    CoreOrg org = makeOrgWithPartner();
    run(*org, {{"cmd", "SetOrgWideDefaults"}, {"object", "Lead"}, {"internal", "Private"}, {"external", "Private"}});
    run(*org, {{"cmd", "CreateLead"}, {"lastName", "Adminin"}, {"company", "A Oy"}, {"city", "Jyväskylä"}});
    run(*org, {{"cmd", "CreateLead"}, {"lastName", "Mikon"}, {"company", "M, Oy"}, {"ownerUserId", org.channelManagerId}});
    auto all = data_export::exportList(org->db(), "Lead", org.adminId);
    ASSERT_TRUE(all.ok()) << all.message();
    EXPECT_EQ(all.value().rows, 2);
    EXPECT_EQ(all.value().filename, "leads.csv");
    auto t = csv::parse(all.value().content);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.value().header[0], "Id");
    EXPECT_EQ(t.value().header[2], "FirstName");
    EXPECT_EQ(t.value().rows[0].fields[12], "Jyväskylä");
    EXPECT_EQ(t.value().rows[1].fields[4], "M, Oy");

    auto mikko = data_export::exportList(org->db(), "leads", org.channelManagerId);
    ASSERT_TRUE(mikko.ok()) << mikko.message();
    EXPECT_EQ(mikko.value().rows, 1);
    EXPECT_NE(mikko.value().content.find("Mikon"), std::string::npos);
    EXPECT_EQ(mikko.value().content.find("Adminin"), std::string::npos);

    data_export::Options only;
    only.onlyIds = std::vector<Id>{};
    EXPECT_EQ(data_export::exportList(org->db(), "Lead", org.adminId, only).value().rows, 0);
    EXPECT_FALSE(data_export::exportList(org->db(), "Opportunity", org.adminId).ok());
}

TEST(DataExport, OnlyTheRowsOnScreenAndWhatEachViewerOwns) {
    CoreOrg org = makeOrgWithPartner();
    const Id a = run(*org, {{"cmd", "CreateLead"}, {"lastName", "Aalto"}, {"company", "A Oy"}})["leadId"].get<Id>();
    const Id b = run(*org, {{"cmd", "CreateLead"}, {"lastName", "Berg"}, {"company", "B Oy"}})["leadId"].get<Id>();
    data_export::Options only;
    only.onlyIds = std::vector<Id>{b, 999};
    auto out = data_export::exportList(org->db(), "Lead", org.adminId, only);
    ASSERT_TRUE(out.ok()) << out.message();
    EXPECT_EQ(out.value().rows, 1);
    EXPECT_NE(out.value().content.find("Berg"), std::string::npos);
    only.onlyIds = std::vector<Id>{a, b};
    EXPECT_EQ(data_export::exportList(org->db(), "Lead", org.adminId, only).value().rows, 2);

    // Accounts under a Private default: the channel manager sees the account he owns, and only that.
    run(*org, {{"cmd", "CreateAccount"}, {"name", "Admin's Oy"}});
    ASSERT_TRUE(org->db().exec("UPDATE org SET owd_account_internal = 'Private'").ok());
    auto mine = data_export::exportList(org->db(), "Account", org.channelManagerId);
    ASSERT_TRUE(mine.ok()) << mine.message();
    EXPECT_EQ(mine.value().rows, 1);
    EXPECT_NE(mine.value().content.find("Nordic Partners Oy"), std::string::npos);
    EXPECT_EQ(data_export::exportList(org->db(), "Account", org.adminId).value().rows, 2);

    // A partner user lists the users the one user rule lets them see (sharing.h): the internal users
    // (here the administrator and the channel manager) and their own account's users.
    auto users = data_export::exportList(org->db(), "User", org.partnerUserId);
    ASSERT_TRUE(users.ok()) << users.message();
    EXPECT_EQ(users.value().rows, 3);
    EXPECT_NE(users.value().content.find(org.partnerUsername), std::string::npos);
}

TEST(DataExport, ExportedLeadsImportAgain) {
    CoreOrg org = makeOrgWithPartner();
    run(*org, {{"cmd", "CreateLead"}, {"lastName", "Mäki"}, {"company", "Oy \"Ab\""}, {"annualRevenue", 1000}});
    auto out = data_export::exportList(org->db(), "Lead", org.adminId);
    ASSERT_TRUE(out.ok());
    auto plan = data_import::load(data_import::Object::Lead, out.value().content);
    ASSERT_TRUE(plan.ok()) << plan.message();
    auto problems = data_import::mappingProblems(plan.value());
    EXPECT_TRUE(problems.empty()) << problems.front();
    auto r = data_import::run(*org, plan.value());
    ASSERT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(r.value().succeeded, 1) << r.value().message;
    EXPECT_EQ(org->db().queryInt("SELECT count(*) FROM leads WHERE company = 'Oy \"Ab\"'").value_or(0), 2);
}

TEST(DataExport, PartnerUserSeesOwnAccountOnly) {
    CoreOrg org = makeOrgWithPartner();
    run(*org, {{"cmd", "CreateAccount"}, {"name", "Muu Oy"}});
    auto admin = data_export::exportList(org->db(), "Account", org.adminId);
    ASSERT_TRUE(admin.ok());
    EXPECT_EQ(admin.value().rows, 2);
    auto partner = data_export::exportList(org->db(), "Account", org.partnerUserId);
    ASSERT_TRUE(partner.ok());
    EXPECT_EQ(partner.value().rows, 1);
    EXPECT_NE(partner.value().content.find("Nordic Partners Oy"), std::string::npos);
    auto contacts = data_export::exportList(org->db(), "Contact", org.partnerUserId);
    ASSERT_TRUE(contacts.ok());
    EXPECT_EQ(contacts.value().rows, 1);
    auto users = data_export::exportList(org->db(), "User", org.adminId);
    ASSERT_TRUE(users.ok());
    EXPECT_EQ(users.value().rows, 3);
}

TEST(DataExport, DatesAreIso8601AsDataLoaderWritesThem) {
    EXPECT_EQ(eml::iso8601(1700000000123), "2023-11-14T22:13:20.123Z");
    EXPECT_EQ(eml::iso8601(-1), "1969-12-31T23:59:59.999Z");
    CoreOrg org = makeOrgWithPartner();
    auto users = data_export::exportList(org->db(), "User", org.adminId);
    ASSERT_TRUE(users.ok());
    EXPECT_NE(users.value().content.find(",2023-11-14T22:13:20."), std::string::npos) << users.value().content;
}

TEST(DataSqlite, UploadKeepsTheReplacedOrgAsATrainingSandboxCopy) {
    CoreOrg org = makeOrgWithPartner();
    ASSERT_TRUE(training::ensureStore(*org).ok());
    auto r = sqlite_file::upload(*org, otherOrgBytes());
    ASSERT_TRUE(r.ok()) << r.message();
    ASSERT_FALSE(r.value().snapshotName.empty());
    bool found = false;
    for (const auto& s : training::listSnapshots(*org)) found = found || s.name == r.value().snapshotName;
    EXPECT_TRUE(found) << r.value().message;
    EXPECT_EQ(org->db().queryText("SELECT name FROM org").value_or(""), "Toinen Oy");
    ASSERT_TRUE(training::restoreSnapshot(*org, r.value().snapshotName).ok);
    EXPECT_EQ(org->db().queryText("SELECT name FROM org").value_or(""), "Pohjola Tech Oy");
}
