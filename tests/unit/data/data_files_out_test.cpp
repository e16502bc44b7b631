// Files in and out: the command log keeps bulk payloads by reference (an import of many rows logs a
// few hundred bytes and no record data), CSV formula neutralising and its exact round trip, and
// numbers that export as plain digits and import back to the same value.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

#include "app/data/command_log.h"
#include "app/data/csv.h"
#include "app/data/data_export.h"
#include "app/data/data_import.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using namespace prm::app;

namespace {

std::string lastLogEntry(Sandbox& sb) {
    return sb.db().queryText("SELECT command FROM command_log ORDER BY id DESC LIMIT 1").value_or("");
}

data_import::Outcome importText(Sandbox& sb, const std::string& text) {
    auto plan = data_import::load(data_import::Object::Lead, text);
    EXPECT_TRUE(plan.ok()) << plan.message();
    auto out = data_import::run(sb, plan.value(), {});
    EXPECT_TRUE(out.ok()) << out.message();
    return out.ok() ? out.value() : data_import::Outcome{};
}

std::string exportLeads(Sandbox& sb, Id asUser, bool neutralise = true) {
    data_export::Options opts;
    opts.utf8Bom = false;
    opts.neutraliseFormulas = neutralise;
    auto out = data_export::exportList(sb.db(), "Lead", asUser, opts);
    EXPECT_TRUE(out.ok()) << out.message();
    return out.ok() ? out.value().content : std::string();
}

}  // namespace

TEST(CommandLog, ABulkImportIsLoggedByReferenceWithoutItsRecords) {
    CoreOrg org = makeOrgWithPartner();
    std::string text = "LastName,Company,Email,City\n";
    for (int i = 0; i < 2000; ++i)
        text += "Salainen" + std::to_string(i) + ",Yritys " + std::to_string(i) + " Oy,s" + std::to_string(i) +
                "@secret.example,Kuopio\n";
    const auto outcome = importText(*org, text);
    EXPECT_EQ(outcome.succeeded, 2000);
    const std::string entry = lastLogEntry(*org);
    ASSERT_NE(entry.find("\"ImportRecords\""), std::string::npos) << entry;
    EXPECT_LT(entry.size(), 600u) << entry;
    EXPECT_EQ(entry.find("Salainen"), std::string::npos) << entry;
    EXPECT_EQ(entry.find("secret.example"), std::string::npos) << entry;
    const json logged = json::parse(entry);
    EXPECT_EQ(logged["rows"]["omitted"], "rows");
    EXPECT_EQ(logged["rows"]["count"], 2000);
    EXPECT_EQ(logged["rows"]["fnv1a64"].get<std::string>().size(), 16u);
    EXPECT_EQ(logged["object"], "Lead");
}

TEST(CommandLog, EvenASmallImportOrCreateLeadsKeepsNoRecordDataAndTheHashNamesThePayload) {
    CoreOrg org = makeOrgWithPartner();
    importText(*org, "LastName,Company\nPiilonen,Kätkö Oy\n");
    const std::string first = lastLogEntry(*org);
    EXPECT_EQ(first.find("Piilonen"), std::string::npos) << first;
    importText(*org, "LastName,Company\nPiilonen,Kätkö Oy\n");
    EXPECT_EQ(json::parse(lastLogEntry(*org))["rows"], json::parse(first)["rows"]) << "the same rows, the same reference";
    importText(*org, "LastName,Company\nToinen,Kätkö Oy\n");
    EXPECT_NE(json::parse(lastLogEntry(*org))["rows"]["fnv1a64"], json::parse(first)["rows"]["fnv1a64"]);

    run(*org, {{"cmd", "CreateLeads"}, {"leads", {{{"lastName", "Kirjattu"}, {"company", "Loki Oy"}}}}});
    const std::string created = lastLogEntry(*org);
    EXPECT_EQ(created.find("Kirjattu"), std::string::npos) << created;
    EXPECT_EQ(json::parse(created)["leads"]["count"], 1);
}

TEST(CommandLog, ADeleteLogsTheIdNotTheDeletedRecordsFields) {
    CoreOrg org = makeOrgWithPartner();
    const json created = run(*org, {{"cmd", "CreateLead"}, {"lastName", "Poistettava"}, {"company", "Pois Oy"},
                                    {"email", "poistettava@pois.example"}});
    const Id id = created["leadId"].get<Id>();
    run(*org, {{"cmd", "DeleteLead"}, {"leadId", id}});
    const std::string entry = lastLogEntry(*org);
    EXPECT_EQ(json::parse(entry), json({{"cmd", "DeleteLead"}, {"leadId", id}})) << entry;
}

TEST(CommandLog, LargeIdListsAreReferencedSmallCommandsAreKeptWhole) {
    json ids = json::array();
    for (int i = 0; i < 50000; ++i) ids.push_back(100000 + i);
    const json big = {{"cmd", "MassChangeOwner"}, {"leadIds", ids}, {"ownerType", "User"}, {"ownerId", 3}};
    const json small = command_log::compact(big);
    EXPECT_LT(small.dump().size(), 300u) << small.dump();
    EXPECT_EQ(small["leadIds"]["count"], 50000);
    EXPECT_EQ(small["ownerId"], 3);
    const json config = {{"cmd", "AddAssignmentRuleEntry"}, {"ruleId", 1},
                         {"criteria", {{{"field", "Country"}, {"op", "equals"}, {"value", "Finland"}}}}};
    EXPECT_EQ(command_log::compact(config), config);
}

TEST(CsvFormulas, ValuesThatSpreadsheetsRunAreNeutralisedAndRestoredExactly) {
    for (const std::string v : {"=1+2", "+358 40 123", "-5", "@home", "\tx", "\rx", "'=x", "''@y", "=HYPERLINK(\"http://x\",\"y\")"}) {
        const std::string out = csv::neutralise(v);
        EXPECT_EQ(out, "'" + v) << v;
        EXPECT_EQ(csv::restoreNeutralised(out), v) << v;
    }
    for (const std::string v : {"", "Virtanen", "'quoted'", "'", "''", "a=b", "x-5", "O'Brien", "'plain"}) {
        EXPECT_EQ(csv::neutralise(v), v) << v;
        EXPECT_EQ(csv::restoreNeutralised(csv::neutralise(v)), v) << v;
    }
}

TEST(CsvFormulas, AnExportNeutralisesFormulasAndItsImportRestoresEveryValue) {
    CoreOrg org = makeOrgWithPartner();
    const std::vector<std::string> tricky{"=HYPERLINK(\"http://x\",\"y\")", "-5", "'=x", "@home", "=1+2", "+358", "''-z", "Tavallinen"};
    for (const auto& v : tricky) run(*org, {{"cmd", "CreateLead"}, {"lastName", v}, {"company", "Kaava Oy"}, {"title", v}});
    const std::string csvText = exportLeads(*org, org.adminId);
    EXPECT_NE(csvText.find("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""), std::string::npos) << csvText;
    EXPECT_NE(csvText.find(",'-5,"), std::string::npos);
    EXPECT_NE(csvText.find(",''=x,"), std::string::npos);
    EXPECT_NE(csvText.find(",'@home,"), std::string::npos);
    const std::string raw = exportLeads(*org, org.adminId, false);
    EXPECT_NE(raw.find(",-5,"), std::string::npos) << "--raw writes the values as they are";
    EXPECT_EQ(raw.find(",'-5,"), std::string::npos);

    auto fresh = makeOrg();
    const auto outcome = importText(*fresh, csvText);
    EXPECT_EQ(outcome.failed, 0) << outcome.message;
    for (const auto& v : tricky) {
        auto st = fresh->db().prepare("SELECT count(*) FROM leads WHERE last_name = ? AND title = ?");
        st.bind(1, v).bind(2, v);
        ASSERT_TRUE(st.step());
        EXPECT_EQ(st.getInt(0), 1) << "not restored exactly: " << v;
    }
}

TEST(CsvNumbers, PlainNumberHasNoExponentAndReadsBackToTheSameDouble) {
    EXPECT_EQ(csv::plainNumber(9e15), "9000000000000000");
    EXPECT_EQ(csv::plainNumber(250000), "250000");
    EXPECT_EQ(csv::plainNumber(-1500.5), "-1500.5");
    EXPECT_EQ(csv::plainNumber(0.1), "0.1");
    EXPECT_EQ(csv::plainNumber(1.234e-5), "0.00001234");
    EXPECT_EQ(csv::plainNumber(0), "0");
    for (double d : {9e15, 1e20, 123456789012345678.0, 0.1, 1.0 / 3.0, 2.0 / 3.0 * 1e12, 1e-7, -9.87654321e17, 1e300, 5e-324}) {
        const std::string t = csv::plainNumber(d);
        EXPECT_EQ(t.find_first_of("eE"), std::string::npos) << t;
        EXPECT_EQ(std::strtod(t.c_str(), nullptr), d) << t;
    }
}

TEST(CsvNumbers, LargeAndFractionalRevenuesRoundTripThroughExportAndImportExactly) {
    CoreOrg org = makeOrgWithPartner();
    const std::vector<double> revenues{9e15, 1.5e17, 123456789.123, 0.1, 1.0 / 3.0, 99999999999.99, 7e-6, 4.5e18};
    for (double r : revenues)
        run(*org, {{"cmd", "CreateLead"}, {"lastName", "Luku"}, {"company", "Numero Oy"}, {"annualRevenue", r}, {"employees", 12345678901}});
    const std::string csvText = exportLeads(*org, org.adminId);
    EXPECT_EQ(csvText.find("e+"), std::string::npos) << csvText;
    auto fresh = makeOrg();
    const auto outcome = importText(*fresh, csvText);
    EXPECT_EQ(outcome.failed, 0) << outcome.message;
    auto st = fresh->db().prepare("SELECT annual_revenue, employees FROM leads WHERE last_name = 'Luku' ORDER BY id");
    for (double r : revenues) {
        ASSERT_TRUE(st.step());
        EXPECT_EQ(st.getDouble(0), r) << csv::plainNumber(r);
        EXPECT_EQ(st.getInt(1), 12345678901);
    }
    // Exponent notation (older exports, other tools) is read too.
    importText(*fresh, "LastName,Company,AnnualRevenue\nEksponentti,E Oy,9e+15\n");
    EXPECT_EQ(fresh->db().queryInt("SELECT CAST(annual_revenue AS INTEGER) FROM leads WHERE last_name = 'Eksponentti'").value_or(0),
              9000000000000000);
}
