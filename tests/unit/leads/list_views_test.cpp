// Lead list views: each operator filters in SQL as the rules compare (case folded, "any of" alternatives,
// blank numbers), AND and custom logic, per-user ownership (another user can neither see, use, change nor
// delete your view), the share model always applies, and bad input is refused with its JSON path and
// changes nothing. Views round-trip through the org JSON.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "app/data/org_json.h"
#include "app/leads/list_views.h"
#include "app/leads/queries_leads.h"
#include "unit/leads_fixture.h"

using namespace prm;
using namespace prm::leadtest;

namespace {

class ListViewsTest : public LeadsTest {
protected:
    void SetUp() override {
        LeadsTest::SetUp();
        as(kRep1);
        fi1 = lead("Aalto", "Kivi Oy", {{"country", "Finland"}, {"city", "Tampere"}, {"annualRevenue", 500000}});
        fi2 = lead("Ärrä", "Äänekoski Oy", {{"country", "finland"}, {"city", "Äänekoski"}, {"annualRevenue", 2000000}});
        se = lead("Berg", "Stockholm AB", {{"country", "Sweden"}, {"city", "Stockholm"}, {"annualRevenue", 1500000}});
        ee = lead("Tamm", "Tallinn OÜ", {{"country", "Estonia"}, {"city", "Tallinn"}});  // no revenue
        as(kAdmin);
    }
    Id createView(Id owner, const std::string& name, json filters, const std::string& logic = "") {
        as(owner);
        json cmd = {{"cmd", "CreateListView"}, {"name", name}, {"filters", filters}};
        if (!logic.empty()) cmd["filterLogic"] = logic;
        return ok(cmd).value("viewId", Id{0});
    }
    std::set<Id> shown(Id viewer, Id viewId) {
        app::LeadListQuery q;
        q.listViewId = viewId;
        q.limit = 1000;
        auto page = app::listLeads(db(), viewer, q);
        std::set<Id> out;
        for (const auto& r : page.rows) out.insert(r.id);
        EXPECT_EQ(page.total, static_cast<std::int64_t>(out.size()));
        return out;
    }
    std::set<Id> filtered(const std::string& field, const std::string& op, json value) {
        const Id v = createView(kRep1, "v" + std::to_string(++n), json::array({{{"field", field}, {"op", op}, {"value", value}}}));
        return shown(kRep1, v);
    }
    Id fi1 = 0, fi2 = 0, se = 0, ee = 0;
    int n = 0;
};

}  // namespace

TEST_F(ListViewsTest, EachOperatorFiltersTheList) {
    EXPECT_EQ(filtered("Country", "equals", "Finland"), (std::set<Id>{fi1, fi2})) << "equals ignores case";
    EXPECT_EQ(filtered("Country", "equals", "Sweden, Estonia"), (std::set<Id>{se, ee})) << "a comma means any of";
    EXPECT_EQ(filtered("Country", "notEqual", "Finland"), (std::set<Id>{se, ee}));
    EXPECT_EQ(filtered("Company", "contains", "oy"), (std::set<Id>{fi1, fi2}));
    EXPECT_EQ(filtered("City", "contains", "äänekoski"), (std::set<Id>{fi2})) << "Ä and ä fold alike";
    EXPECT_EQ(filtered("Company", "notContain", "Oy"), (std::set<Id>{se, ee}));
    EXPECT_EQ(filtered("City", "startsWith", "ta"), (std::set<Id>{fi1, ee}));
    EXPECT_EQ(filtered("AnnualRevenue", "lessThan", 1000000), (std::set<Id>{fi1})) << "a blank number matches no comparison";
    EXPECT_EQ(filtered("AnnualRevenue", "greaterThan", "1000000"), (std::set<Id>{fi2, se}));
    EXPECT_EQ(filtered("AnnualRevenue", "notEqual", 500000), (std::set<Id>{fi2, se, ee})) << "blank is not equal";
    EXPECT_EQ(filtered("LastName", "lessThan", "b"), (std::set<Id>{fi1}));
}

TEST_F(ListViewsTest, FiltersCombineWithAndOrCustomLogic) {
    const json f = json::array({{{"field", "Country"}, {"op", "equals"}, {"value", "Finland"}},
                                {{"field", "City"}, {"op", "equals"}, {"value", "Tampere"}},
                                {{"field", "Country"}, {"op", "equals"}, {"value", "Sweden"}}});
    EXPECT_EQ(shown(kRep1, createView(kRep1, "and", json::array({f[0], f[1]}))), (std::set<Id>{fi1}));
    EXPECT_EQ(shown(kRep1, createView(kRep1, "custom", f, "(1 AND 2) OR 3")), (std::set<Id>{fi1, se}));
    EXPECT_EQ(shown(kRep1, createView(kRep1, "not", f, "1 AND NOT 2 AND NOT 3")), (std::set<Id>{fi2}));
    EXPECT_EQ(shown(kRep1, createView(kRep1, "none", json::array())), (std::set<Id>{fi1, fi2, se, ee}));
}

TEST_F(ListViewsTest, AViewNeverShowsALeadItsOwnerCannotSee) {
    // Private OWD: Rami (a peer of Rita, who owns every lead) sees none of them through his own view.
    const Id mine = createView(kRep2, "Finland", json::array({{{"field", "Country"}, {"op", "equals"}, {"value", "Finland"}}}));
    EXPECT_TRUE(shown(kRep2, mine).empty());
    as(kRep2);
    const Id own = lead("Oma", "Rami Oy", {{"country", "Finland"}});
    EXPECT_EQ(shown(kRep2, mine), (std::set<Id>{own}));
    // Ville (above Rita in the role hierarchy) sees Rita's Finnish leads and Rami's.
    const Id vp = createView(kVp, "Finland", json::array({{{"field", "Country"}, {"op", "equals"}, {"value", "Finland"}}}));
    EXPECT_EQ(shown(kVp, vp), (std::set<Id>{fi1, fi2, own}));
}

TEST_F(ListViewsTest, AnotherUserCannotSeeUseChangeOrDeleteYourView) {
    const Id v = createView(kRep1, "Finland", json::array({{{"field", "Country"}, {"op", "equals"}, {"value", "Finland"}}}));
    ASSERT_NE(v, 0);
    EXPECT_EQ(app::listViewsOf(db(), kRep1).size(), 1u);
    EXPECT_TRUE(app::listViewsOf(db(), kVp).empty());
    EXPECT_FALSE(app::listViewOf(db(), kAdmin, v).has_value());
    EXPECT_TRUE(shown(kVp, v).empty()) << "someone else's view id filters to nothing, never to their leads";
    as(kAdmin);  // not even an administrator
    auto r = refusedUnchanged({{"cmd", "UpdateListView"}, {"viewId", v}, {"name", "Mine now"}});
    EXPECT_NE(r.message.find("no list view with id"), std::string::npos) << r.message;
    EXPECT_EQ(r.message.find("Finland"), std::string::npos) << "the refusal does not reveal the view: " << r.message;
    refusedUnchanged({{"cmd", "DeleteListView"}, {"viewId", v}});
    // Another user may use the same name for a view of their own.
    EXPECT_NE(createView(kVp, "Finland", json::array()), 0);
    // The owner changes and deletes it.
    as(kRep1);
    ok({{"cmd", "UpdateListView"}, {"viewId", v}, {"filters", json::array({{{"field", "Country"}, {"op", "equals"}, {"value", "Sweden"}}})}});
    EXPECT_EQ(shown(kRep1, v), (std::set<Id>{se}));
    ok({{"cmd", "DeleteListView"}, {"viewId", v}});
    EXPECT_TRUE(app::listViewsOf(db(), kRep1).empty());
    EXPECT_EQ(count("SELECT count(*) FROM lead_list_view_filters WHERE view_id = " + std::to_string(v)), 0);
    EXPECT_EQ(count("SELECT count(*) FROM setup_audit WHERE section = 'List Views'"), 4) << "two creates, one change, one delete";
}

TEST_F(ListViewsTest, BadInputIsRefusedWithItsPathAndChangesNothing) {
    as(kRep1);
    auto msg = [&](json cmd) {
        cmd["cmd"] = "CreateListView";
        if (!cmd.contains("name")) cmd["name"] = "Bad";
        return refusedUnchanged(cmd).message;
    };
    auto filter = [](json field, json op, json value) { return json::array({{{"field", field}, {"op", op}, {"value", value}}}); };
    EXPECT_NE(msg({{"filters", filter("Contry", "equals", "Finland")}}).find("$.filters[0].field: 'Contry' is not a lead field"),
              std::string::npos);
    EXPECT_NE(msg({{"filters", filter("Country", "like", "Finland")}}).find("$.filters[0].op"), std::string::npos);
    EXPECT_NE(msg({{"filters", filter("AnnualRevenue", "greaterThan", "lots")}}).find("$.filters[0].value"), std::string::npos);
    EXPECT_NE(msg({{"filters", filter("AnnualRevenue", "contains", "1")}}).find("is a number"), std::string::npos);
    EXPECT_NE(msg({{"name", "  "}, {"filters", json::array()}}).find("$.name: give the view a name"), std::string::npos);
    EXPECT_NE(msg({{"name", "All Leads"}, {"filters", json::array()}}).find("built-in view"), std::string::npos);
    EXPECT_NE(msg({{"name", std::string(41, 'x')}, {"filters", json::array()}}).find("at most 40"), std::string::npos);
    EXPECT_NE(msg({{"filters", filter("Country", "equals", "Finland")}, {"filterLogic", "1 AND 2"}}).find("$.filterLogic"),
              std::string::npos);
    json many = json::array();
    for (int i = 0; i < 11; ++i) many.push_back({{"field", "City"}, {"op", "equals"}, {"value", "x"}});
    EXPECT_NE(msg({{"filters", many}}).find("at most 10 filters"), std::string::npos);
    createView(kRep1, "Finland", json::array());
    as(kRep1);
    EXPECT_NE(msg({{"name", "finland"}, {"filters", json::array()}}).find("already have a view"), std::string::npos);
    EXPECT_NE(refusedUnchanged({{"cmd", "UpdateListView"}, {"viewId", 999}, {"name", "x"}}).message.find("$.viewId"),
              std::string::npos);
}

TEST_F(ListViewsTest, ValuesAreBoundNeverSqlText) {
    const std::string evil = "x') OR 1=1 --";
    EXPECT_TRUE(filtered("Company", "equals", evil).empty());
    EXPECT_TRUE(filtered("Company", "contains", "%").empty()) << "% is a character, not a wildcard";
}

TEST_F(ListViewsTest, ViewsRoundTripThroughTheOrgJson) {
    const Id v = createView(kRep1, "Nordics", json::array({{{"field", "Country"}, {"op", "equals"}, {"value", "Finland, Sweden"}},
                                                            {{"field", "City"}, {"op", "startsWith"}, {"value", "Ta"}}}),
                            "1 OR 2");
    const std::string text = app::org_json::exportOrgText(db());
    auto built = app::org_json::buildFromText(text);
    ASSERT_TRUE(built.ok()) << built.message();
    auto& fresh = built.value();
    auto views = app::listViewsOf(*fresh, kRep1);
    ASSERT_EQ(views.size(), 1u);
    EXPECT_EQ(views[0].id, v);
    EXPECT_EQ(views[0].name, "Nordics");
    EXPECT_EQ(views[0].logic, "1 OR 2");
    ASSERT_EQ(views[0].filters.size(), 2u);
    EXPECT_EQ(views[0].filters[1].op, "startsWith");
    EXPECT_EQ(views[0].filters[0].value, "Finland, Sweden");
}
