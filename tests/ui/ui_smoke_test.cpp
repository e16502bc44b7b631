// Draws every screen headlessly (no GPU backend) with a seeded org and fails on any ImGui assertion.
// Clicks go through the widget map, as the browser tests do: find a widget by label, press on its rectangle.
#include <gtest/gtest.h>

#include <string>

#include "unit/core_fixture.h"
#include "app/sandbox.h"
#include "app/training/training.h"
#include "imgui.h"
#include "imgui_headless.h"
#include "ui/app_ui.h"
#include "ui/org/email_kind_label.h"
#include "ui/strings.h"
#include "ui/training/click_path.h"
#include "ui/training/diff_labels.h"
#include "ui/training/training_views.h"
#include "ui/widget_map.h"

using namespace prm;
namespace pt = prm::testing;
using domain::Id;
using app::Sandbox;

namespace {

using Headless = prm::testing::UiDriver;

const ui::Screen kLastScreen = ui::Screen::AccountMembers;

// A sensible record for screens that show one.
Id recordFor(ui::Screen s, pt::CoreOrg& org) {
    switch (s) {
        case ui::Screen::AccountDetail:
        case ui::Screen::NewContact: return org.partnerAccountId;
        case ui::Screen::ContactDetail:
        case ui::Screen::NewPartnerUser: return org.partnerContactId;
        case ui::Screen::UserDetail:
        case ui::Screen::Login: return org.partnerUserId;
        case ui::Screen::CommunityDetail: return org.communityId;
        case ui::Screen::LeadDetail:
        case ui::Screen::ChangeLeadOwner:
        case ui::Screen::PartnerLeadDetail:
        case ui::Screen::ConvertLead:
            return org.sb->db().queryInt("SELECT min(id) FROM leads").value_or(0);
        case ui::Screen::RegisterDeal:
        case ui::Screen::DealDetail:
            return org.sb->db().queryInt("SELECT min(id) FROM leads WHERE record_type = 'DealRegistration'").value_or(0);
        case ui::Screen::OpportunityDetail: return org.sb->db().queryInt("SELECT min(id) FROM opportunities").value_or(0);
        case ui::Screen::ChannelProgramDetail: return org.sb->db().queryInt("SELECT min(id) FROM channel_programs").value_or(0);
        default: return 0;
    }
}

void drawAllScreens(Headless& h, ui::AppUi& app, pt::CoreOrg& org, bool withRecords) {
    const ui::AppArea areas[] = {ui::AppArea::Sales,       ui::AppArea::Marketing, ui::AppArea::Service,
                                 ui::AppArea::MyWorkplace, ui::AppArea::Setup,     ui::AppArea::PartnerCommunity};
    for (ui::AppArea area : areas) {
        for (int i = 0; i <= static_cast<int>(kLastScreen); ++i) {
            const auto s = static_cast<ui::Screen>(i);
            app.context().area = area;
            app.context().nav.go(s, withRecords ? recordFor(s, org) : 0);
            h.frames(app, 3);
            ASSERT_EQ(prmImguiAssertCount(), 0) << "screen " << i << ": " << prmImguiLastAssert();
        }
    }
}

}  // namespace

TEST(UiSmoke, EveryScreenDrawsWithoutAssertions) {
    auto org = pt::makeOrgWithPartner();
    pt::firstLogin(org, org.partnerUserId);  // a partner who can own a deal registration, for its pages
    pt::asAdmin(org);
    pt::run(*org.sb, {{"cmd", "RegisterDeal"}, {"company", "Kone Oyj"}, {"lastName", "Lahtinen"}, {"ownerId", org.partnerUserId}});
    Headless h;
    ui::AppUi app(*org.sb, {});
    drawAllScreens(h, app, org, true);
    drawAllScreens(h, app, org, false);  // missing records: every page says what to do
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}

// The lead half's data: 300 generated leads, a queue with the partner user, a round robin, an active
// lead assignment rule with entries to a user, the queue and the round robin, a public group and a
// sharing rule; the partner user has logged in once, so they can own leads.
struct LeadData {
    Id queueId = 0, roundRobinId = 0, ruleId = 0;
};
LeadData addLeadData(pt::CoreOrg& org) {
    pt::firstLogin(org, org.partnerUserId);
    Sandbox& sb = *org.sb;
    LeadData d;
    pt::run(sb, {{"cmd", "GenerateLeads"}, {"count", 300}, {"seed", 5}});
    d.queueId = pt::run(sb, {{"cmd", "CreateQueue"}, {"name", "Nordic Partner Leads"}, {"email", "nordic@pohjolatech.example"},
                             {"sendEmailToMembers", true}, {"members", {{{"userId", org.partnerUserId}}}}})["queueId"]
                    .get<Id>();
    d.roundRobinId = pt::run(sb, {{"cmd", "CreateRoundRobin"}, {"name", "Finland reps"}, {"kind", "Users"},
                                  {"members", {{{"userId", org.channelManagerId}, {"weight", 2}},
                                               {{"userId", org.partnerUserId}, {"weight", 1}}}}})["roundRobinId"]
                         .get<Id>();
    d.ruleId = pt::run(sb, {{"cmd", "CreateAssignmentRule"}, {"name", "Partner routing"}, {"active", true}})["ruleId"].get<Id>();
    pt::run(sb, {{"cmd", "AddAssignmentRuleEntry"}, {"ruleId", d.ruleId},
                 {"criteria", {{{"field", "Country"}, {"op", "equals"}, {"value", "Finland"}}}},
                 {"target", {{"roundRobinId", d.roundRobinId}}}});
    pt::run(sb, {{"cmd", "AddAssignmentRuleEntry"}, {"ruleId", d.ruleId},
                 {"criteria", {{{"field", "Country"}, {"op", "equals"}, {"value", "Sweden, Norway"}},
                               {{"field", "AnnualRevenue"}, {"op", "greaterThan"}, {"value", "1000000"}}}},
                 {"logic", "1 OR 2"}, {"target", {{"queueId", d.queueId}}}});
    pt::run(sb, {{"cmd", "AddAssignmentRuleEntry"}, {"ruleId", d.ruleId}, {"target", {{"userId", org.channelManagerId}}},
                 {"doNotReassign", true}});
    pt::run(sb, {{"cmd", "RunAssignmentRules"}, {"all", true}});
    // Sales records: open and closed activities on the first lead, and a converted lead with its opportunity.
    const Id first = sb.db().queryInt("SELECT min(id) FROM leads").value_or(0);
    pt::run(sb, {{"cmd", "CreateActivity"}, {"type", "PhoneCall"}, {"subject", "Intro call"},
                 {"regarding", {{"type", "Lead"}, {"id", first}}}, {"dueDate", "2020-01-01"}});
    pt::run(sb, {{"cmd", "CreateActivity"}, {"type", "Appointment"}, {"subject", "Demo"}, {"start", "2030-01-01T10:00"},
                 {"end", "2030-01-01T11:00"}, {"regarding", {{"type", "Lead"}, {"id", first}}}, {"completed", true}});
    const Id second = sb.db().queryInt("SELECT min(id) FROM leads WHERE id > ? AND status NOT LIKE 'Closed%'", first).value_or(0);
    pt::run(sb, {{"cmd", "ConvertLead"}, {"leadId", second}, {"amount", 1000}});
    const Id group = pt::run(sb, {{"cmd", "CreatePublicGroup"}, {"name", "Channel Team"},
                                  {"members", {{{"roleId", org.channelManagerRoleId}, {"scope", "RoleAndInternalSubordinates"}}}}})
                         ["groupId"]
                             .get<Id>();
    pt::run(sb, {{"cmd", "CreateSharingRule"}, {"name", "Finnish leads to the channel team"}, {"ruleType", "Criteria"},
                 {"criteria", {{"field", "Country"}, {"op", "equals"}, {"value", "Finland"}}},
                 {"target", {{"groupId", group}}}, {"access", "Read"}});
    return d;
}

TEST(UiSmoke, LeadScreensDrawWithLeadsQueuesRulesAndRoundRobins) {
    auto org = pt::makeOrgWithPartner();
    addLeadData(org);
    Headless h;
    ui::AppUi app(*org.sb, {});
    drawAllScreens(h, app, org, true);
    drawAllScreens(h, app, org, false);
    // The partner sees their inbox (queue leads and their own) and a lead page.
    pt::run(*org.sb, {{"cmd", "LoginAs"}, {"userId", org.partnerUserId}});
    drawAllScreens(h, app, org, true);
    app.context().nav.go(ui::Screen::PartnerInbox);
    h.frames(app, 3);
    EXPECT_EQ(app.context().nav.screen, ui::Screen::PartnerInbox) << "a partner user may open the Lead Inbox";
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}

TEST(UiSmoke, ClickChangeLeadOwnerToAPartnerUserAndMassReassignToAQueue) {
    auto org = pt::makeOrgWithPartner();
    const LeadData data = addLeadData(org);
    Headless h;
    ui::AppUi app(*org.sb, {});
    auto& ui = app.context();
    const Id lead = org.sb->db().queryInt("SELECT min(id) FROM leads").value_or(0);
    ui.area = ui::AppArea::Sales;
    ui.nav.go(ui::Screen::LeadDetail, lead);
    ASSERT_TRUE(h.click(app, "[Change]"));
    EXPECT_EQ(ui.nav.screen, ui::Screen::ChangeLeadOwner);
    ASSERT_TRUE(h.click(app, "Owner"));
    ASSERT_TRUE(h.click(app, "Partner User"));
    ASSERT_TRUE(h.click(app, "Maija Virtanen  \u2014  Nordic Partners Oy"));
    ASSERT_TRUE(h.click(app, "Send Notification Email"));
    ASSERT_TRUE(h.click(app, "Save"));
    EXPECT_EQ(ui.nav.screen, ui::Screen::LeadDetail);
    EXPECT_EQ(org.sb->db().queryInt("SELECT owner_user_id FROM leads WHERE id = " + std::to_string(lead)).value_or(0),
              org.partnerUserId);

    // Mass reassign: select all matching, Change Owner, Queue, pick it, Save; the job runs over frames.
    ui.nav.go(ui::Screen::Leads);
    ASSERT_TRUE(h.click(app, "Select all matching (300)"));
    ASSERT_TRUE(h.click(app, "Change Owner"));
    ASSERT_TRUE(h.click(app, "Owner"));
    ASSERT_TRUE(h.click(app, "Queue"));
    ASSERT_TRUE(h.click(app, "Nordic Partner Leads"));
    ASSERT_TRUE(h.click(app, "Save"));
    h.frames(app, 10);
    EXPECT_EQ(org.sb->db().queryInt("SELECT count(*) FROM leads WHERE owner_queue_id = " + std::to_string(data.queueId)).value_or(0),
              300);
    ASSERT_TRUE(h.click(app, "Close"));
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}

TEST(UiSmoke, EveryScreenDrawsForAnEmptyOrgAPartnerAndNobody) {
    {
        auto org = pt::CoreOrg{};
        org.sb = pt::makeOrg();  // no accounts, no communities, PRM off
        Headless h;
        ui::AppUi app(*org.sb, {});
        drawAllScreens(h, app, org, false);
    }
    auto org = pt::makeOrgWithPartner();
    Headless h;
    ui::AppUi app(*org.sb, {});
    pt::run(*org.sb, {{"cmd", "LoginAs"}, {"userId", org.partnerUserId}});
    drawAllScreens(h, app, org, true);
    EXPECT_EQ(app.context().area, ui::AppArea::PartnerCommunity) << "a partner user stays in the Partner Community";
    pt::run(*org.sb, {{"cmd", "LogOut"}});
    drawAllScreens(h, app, org, true);
    EXPECT_EQ(app.context().nav.screen, ui::Screen::Login);
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}

TEST(UiSmoke, ClickThroughWizardPopupsAndForms) {
    auto org = pt::makeOrg();  // PRM off
    pt::CoreOrg holder;
    Headless h;
    ui::AppUi app(*org, {});
    auto& ui = app.context();
    ui.area = ui::AppArea::Setup;
    ui.nav.go(ui::Screen::PartnerSettings);
    ASSERT_TRUE(h.click(app, "Edit"));
    ASSERT_TRUE(h.click(app, "Enable Partner Relationship Management"));
    ASSERT_TRUE(h.click(app, "Save"));
    ASSERT_TRUE(h.click(app, "Enable"));
    EXPECT_EQ(ui.nav.screen, ui::Screen::ExternalAccessWizard);
    ASSERT_TRUE(h.click(app, "Continue"));
    ASSERT_TRUE(h.click(app, "Next"));
    ASSERT_TRUE(h.click(app, "Next"));
    ASSERT_TRUE(h.click(app, "Done"));
    EXPECT_EQ(ui.nav.screen, ui::Screen::PartnerSettings);
    EXPECT_EQ(org->db().queryText("SELECT wizard_state FROM org").value_or(""), "done");

    // Sales: a new account by the form, Manage External Account > Enable as Partner.
    ui.area = ui::AppArea::Sales;
    ui.nav.go(ui::Screen::Accounts);
    ASSERT_TRUE(h.click(app, "New"));
    EXPECT_EQ(ui.nav.screen, ui::Screen::NewAccount);
    ASSERT_TRUE(h.click(app, "Save"));  // no name: refused next to the form
    EXPECT_EQ(ui.nav.screen, ui::Screen::NewAccount);
    pt::run(*org, {{"cmd", "CreateAccount"}, {"name", "Nordic Partners Oy"}});
    const Id acc = org->db().queryInt("SELECT id FROM accounts").value_or(0);
    ui.nav.go(ui::Screen::AccountDetail, acc);
    ASSERT_TRUE(h.click(app, "Manage External Account  \u25BC"));
    ASSERT_TRUE(h.click(app, "Enable as Partner"));
    EXPECT_EQ(org->db().queryInt("SELECT is_partner FROM accounts").value_or(0), 1);
    ASSERT_TRUE(h.click(app, "Manage External Account  \u25BC"));
    ASSERT_TRUE(h.click(app, "Disable as Partner"));
    ASSERT_TRUE(h.click(app, "Cancel"));
    EXPECT_EQ(org->db().queryInt("SELECT is_partner FROM accounts").value_or(0), 1);
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}

TEST(UiSmoke, WidgetMapListsLabelledWidgetsWithRectangles) {
    auto org = pt::makeOrg();
    Headless h;
    ui::AppUi app(*org, {});
    app.context().area = ui::AppArea::Setup;
    app.context().nav.go(ui::Screen::SetupHome);
    h.frame(app);
    h.frame(app);
    auto map = nlohmann::json::parse(ui::widgetMapJson());
    bool foundBuild = false;
    for (const auto& it : map["items"]) {
        if (it["label"] == "Build") {
            foundBuild = true;
            EXPECT_GT(it["w"].get<float>(), 0.0f);
            EXPECT_TRUE(it["visible"].get<bool>());
        }
    }
    EXPECT_TRUE(foundBuild) << map.dump();
}

// Training mode: the panel's three tabs, Check with a diagnosis, a sandbox copy made by clicking, the diff
// window, and a restore that undoes enabling PRM; every screen also draws with the panel open.
TEST(UiSmoke, TrainingPanelExercisesSnapshotsDiffAndRestore) {
    auto sb = pt::makeSandbox();
    ASSERT_TRUE(app::training::ensureStore(*sb).ok());
    auto loaded = app::training::loadBuiltinScenario(*sb, "prm-basics");
    ASSERT_TRUE(loaded.ok) << loaded.message;
    Headless h;
    ui::AppUi app(*sb, {});
    auto& ui = app.context();
    ui::openTrainingPanel(ui, ui::TrainingTab::Exercises);
    h.frames(app, 3);
    ASSERT_TRUE(h.click(app, "Check"));
    EXPECT_EQ(app::training::progress(*sb)["sandbox-copy"].status, "failed");
    ASSERT_TRUE(h.click(app, "Show a hint (0/2)"));
    ASSERT_TRUE(h.click(app, "Trainer view (show the solution)"));

    ui::openTrainingPanel(ui, ui::TrainingTab::Snapshots);
    h.frames(app, 3);
    ASSERT_TRUE(h.click(app, "Create sandbox copy"));
    ASSERT_EQ(app::training::listSnapshots(*sb).size(), 1u);
    pt::run(*sb, {{"cmd", "EnablePrm"}});
    ui.invalidate();  // the command ran outside UiContext::run()
    ASSERT_TRUE(h.click(app, "Compare with now"));
    ASSERT_TRUE(ui::trainingState(ui).diff.has_value());
    EXPECT_FALSE(ui::trainingState(ui).diff->settings.empty());
    h.frames(app, 3);
    ASSERT_TRUE(h.click(app, "Restore"));
    ASSERT_TRUE(h.click(app, "Restore copy"));
    EXPECT_EQ(sb->db().queryInt("SELECT prm_enabled FROM org").value_or(-1), 0);

    ui::openTrainingPanel(ui, ui::TrainingTab::Exercises);
    h.frames(app, 3);
    ASSERT_TRUE(h.click(app, "Check"));
    EXPECT_EQ(app::training::progress(*sb)["sandbox-copy"].status, "passed");
    ui::openTrainingPanel(ui, ui::TrainingTab::Scenarios);
    h.frames(app, 3);
    // The panel's Load of "Microsoft Dynamics CRM basics": the first Load below that title in the panel.
    h.frames(app, 2);
    int loadIndex = -1;
    {
        const auto its = Headless::items();
        float titleY = -1;
        std::string window;
        for (const auto& it : its)
            if (it["visible"].get<bool>() && it["label"] == "Microsoft Dynamics CRM basics" &&
                it["window"].get<std::string>().find("Training") != std::string::npos) {
                titleY = it["y"].get<float>();
                window = it["window"].get<std::string>();
                break;
            }
        int index = 0;
        for (const auto& it : its) {
            if (it["label"] != "Load" || it["kind"] != "item" || !it["visible"].get<bool>()) continue;
            if (it["window"] == window && it["y"].get<float>() > titleY) {
                loadIndex = index;
                break;
            }
            ++index;
        }
    }
    ASSERT_GE(loadIndex, 0) << "a Load button under the scenario's title";
    ASSERT_TRUE(h.click(app, "Load", loadIndex));
    ASSERT_TRUE(h.click(app, "Load scenario"));
    // The scenario is built a few steps a frame behind a progress window.
    h.frames(app, 2);
    EXPECT_TRUE(ui::scenarioLoadRunning(ui));
    for (int i = 0; i < 5000 && ui::scenarioLoadRunning(ui); ++i) h.frames(app, 1);
    EXPECT_FALSE(ui::scenarioLoadRunning(ui));
    EXPECT_EQ(app::training::currentScenario(*sb)->scenario.name, "dynamics-basics");
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();

    for (int i = 0; i <= static_cast<int>(kLastScreen); ++i) {
        ui.area = ui::AppArea::Setup;
        ui.nav.go(static_cast<ui::Screen>(i));
        h.frames(app, 2);
        ASSERT_EQ(prmImguiAssertCount(), 0) << "screen " << i << ": " << prmImguiLastAssert();
    }
}

// View state belongs to one AppUi: two UIs over two orgs in one process never show each other's rows,
// even though both start at the same data version.
TEST(UiSmoke, TwoAppUisOverTwoOrgsShowTheirOwnRows) {
    auto a = pt::makeOrgWithPartner();
    addLeadData(a);  // 300 leads, the queue "Nordic Partner Leads"
    auto b = pt::makeOrg();
    pt::run(*b, {{"cmd", "CreateQueue"}, {"name", "Baltic Leads"}, {"email", "baltic@example.com"}});
    pt::run(*b, {{"cmd", "GenerateLeads"}, {"count", 20}, {"seed", 7}});
    Headless h;
    ui::AppUi appA(*a.sb, {});
    ui::AppUi appB(*b, {});
    for (ui::AppUi* app : {&appA, &appB}) {
        app->context().area = ui::AppArea::Setup;
        app->context().nav.go(ui::Screen::Queues);
    }
    h.frames(appA, 3);
    EXPECT_TRUE(h.shows("Nordic Partner Leads"));
    h.frames(appB, 3);
    EXPECT_TRUE(h.shows("Baltic Leads"));
    EXPECT_FALSE(h.shows("Nordic Partner Leads")) << "the second UI showed the first org's queues";

    for (ui::AppUi* app : {&appA, &appB}) {
        app->context().area = ui::AppArea::Sales;
        app->context().nav.go(ui::Screen::Leads);
    }
    h.frames(appA, 3);
    EXPECT_TRUE(h.shows("300 leads"));
    h.frames(appB, 3);
    EXPECT_TRUE(h.shows("20 leads"));
    EXPECT_FALSE(h.shows("300 leads")) << "the second UI showed the first org's lead list";
    h.frames(appA, 3);
    EXPECT_TRUE(h.shows("300 leads")) << "drawing the second UI changed the first one's list";
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}

// An org swap (here: restoring a sandbox copy from the Training panel) drops every page's drafts,
// selections and caches; the panel itself stays open.
TEST(UiSmoke, RestoringASandboxCopyDropsTheOldOrgsSelection) {
    auto org = pt::makeOrgWithPartner();
    ASSERT_TRUE(app::training::ensureStore(*org.sb).ok());
    pt::run(*org.sb, {{"cmd", "GenerateLeads"}, {"count", 50}, {"seed", 3}});
    ASSERT_TRUE(app::training::createSnapshot(*org.sb, "fifty leads").ok);
    pt::run(*org.sb, {{"cmd", "GenerateLeads"}, {"count", 250}, {"seed", 4}});
    Headless h;
    ui::AppUi app(*org.sb, {});
    auto& ui = app.context();
    ui.area = ui::AppArea::Sales;
    ui.nav.go(ui::Screen::Leads);
    ASSERT_TRUE(h.click(app, "Select all matching (300)"));
    EXPECT_TRUE(h.shows("300 selected"));

    ui::openTrainingPanel(ui, ui::TrainingTab::Snapshots);
    ASSERT_TRUE(h.click(app, "Restore"));
    ASSERT_TRUE(h.click(app, "Restore copy"));
    ASSERT_EQ(org.sb->db().queryInt("SELECT count(*) FROM leads").value_or(-1), 50);
    EXPECT_EQ(ui.nav.screen, ui::Screen::Home);
    EXPECT_TRUE(ui::trainingState(ui).open) << "the training panel outlives the swap";
    ASSERT_TRUE(h.click(app, "Close"));  // the whole page width again, so the selection bar is in view

    ui.nav.go(ui::Screen::Leads);
    h.frames(app, 3);
    EXPECT_TRUE(h.shows("50 leads"));
    EXPECT_TRUE(h.shows("Select all matching (50)"));
    EXPECT_TRUE(h.shows("0 selected")) << "the old org's \"all matching\" selection survived the swap";
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}

// The mechanism itself: page state is per UiContext, dropped at the frame after an org swap, and every
// cache mark sees the swap.
TEST(UiSmoke, PageStateIsPerContextAndDroppedOnOrgSwap) {
    struct Draft {
        std::string text;
    };
    struct Panel {
        bool open = false;
    };
    auto sb = pt::makeOrg();
    ui::UiContext one(*sb, {}), two(*sb, {});
    one.page<Draft>().text = "typed in one";
    one.pageAcrossOrgs<Panel>().open = true;
    EXPECT_EQ(two.page<Draft>().text, "") << "two UIs share no page state";

    ui::DataVersion seen;
    EXPECT_TRUE(one.refreshDue(seen));
    EXPECT_FALSE(one.refreshDue(seen));
    one.invalidate();
    EXPECT_TRUE(one.refreshDue(seen));

    one.orgReplaced();
    EXPECT_TRUE(one.refreshDue(seen)) << "a swap invalidates every cache at once";
    EXPECT_EQ(one.page<Draft>().text, "typed in one") << "kept until the frame ends: views still hold references";
    one.beginFrame();
    EXPECT_EQ(one.page<Draft>().text, "") << "the old org's draft is gone";
    EXPECT_TRUE(one.pageAcrossOrgs<Panel>().open);
    EXPECT_NE(one.dataVersion().generation, two.dataVersion().generation);
}

// A change of the logged-in user (by the UI or by any other path) drops the old session's kept results,
// toast and page state, as an org swap does: "Your password was changed" does not greet the next user.
TEST(UiSmoke, ALoginOrLogoutDropsTheOldSessionsMessagesToastAndDrafts) {
    struct Draft {
        std::string text;
    };
    auto org = pt::makeOrgWithPartner();
    pt::asAdmin(org);
    ui::UiContext ui(*org.sb, {});
    ui.beginFrame();
    ui.page<Draft>().text = "typed by the admin";
    const std::uint64_t generation = ui.transientGeneration();
    const app::CommandResult& changed = ui.run({{"cmd", "ChangePassword"}, {"newPassword", pt::kNewPassword}}, "changepw");
    ASSERT_TRUE(changed.ok) << changed.message;
    ui.toast(changed.message);
    ui.beginFrame();
    EXPECT_EQ(ui.page<Draft>().text, "typed by the admin") << "a change that keeps the session keeps the draft";
    EXPECT_TRUE(ui.hasToast());

    ASSERT_TRUE(ui.run({{"cmd", "LogOut"}}, "logout").ok);
    EXPECT_NE(ui.transientGeneration(), generation);
    EXPECT_EQ(ui.result("changepw"), nullptr) << "the old session's green message is gone";
    EXPECT_FALSE(ui.hasToast());
    ASSERT_NE(ui.result("logout"), nullptr) << "the logout's own result stays beside its control";
    ui.beginFrame();
    EXPECT_EQ(ui.page<Draft>().text, "") << "the old session's draft is gone";

    // A refused login shows its red refusal only.
    const app::CommandResult& refused = ui.run({{"cmd", "LogIn"}, {"username", pt::kAdminUsername}, {"password", "wrong1234"}}, "login");
    EXPECT_FALSE(refused.ok);
    EXPECT_FALSE(ui.hasToast());

    // A login by another path (a platform command, a scenario script) is noticed at the next frame.
    ui.page<Draft>().text = "typed while logged out";
    ui.toast("a message for nobody");
    ASSERT_TRUE(pt::logIn(*org.sb, pt::kAdminUsername, pt::kNewPassword).ok);
    ui.beginFrame();
    EXPECT_FALSE(ui.hasToast());
    EXPECT_EQ(ui.result("login"), nullptr);
    ui.beginFrame();
    EXPECT_EQ(ui.page<Draft>().text, "");
}

// "Compare with now" names fields by their labels and shows names and Off/On, in English and Finnish.
TEST(UiSmoke, DiffLinesSpeakInFieldLabelsAndNames) {
    app::FieldChange owner;
    owner.table = "leads";
    owner.key = "owner";
    owner.from = {app::DiffValue::Kind::Record, "Emma Wilson", false};
    owner.to = {app::DiffValue::Kind::Record, "Sanna Lehtonen", false};
    EXPECT_EQ(ui::diffChangeLine(owner), "Lead Owner: Emma Wilson \u2192 Sanna Lehtonen");
    app::FieldChange prm;
    prm.table = "org";
    prm.key = "prm_enabled";
    prm.from = {app::DiffValue::Kind::Flag, "", false};
    prm.to = {app::DiffValue::Kind::Flag, "", true};
    EXPECT_EQ(ui::diffChangeLine(prm), "Partner Relationship Management: Off \u2192 On");
    EXPECT_EQ(ui::diffFieldLabel("leads", "annual_revenue"), "Annual Revenue");
    EXPECT_EQ(ui::diffFieldLabel("leads", "some_new_id"), "Some new") << "an unlabelled column is spelt out in words";
    ui::setLanguage(ui::Language::Finnish);
    EXPECT_EQ(ui::diffChangeLine(prm), "Kumppanisuhteen hallinta: Ei käytössä \u2192 Käytössä");
    ui::setLanguage(ui::Language::English);
}

// The Outbox names every kind the model sends in words, never the kind's type name.
TEST(UiSmoke, OutboxKindsAreWords) {
    EXPECT_EQ(ui::emailKindLabel("LeadNotification"), "Lead assigned to you");
    for (const char* kind : {"Welcome", "PasswordReset", "LeadNotification", "QueueNotification", "RuleTemplate"})
        EXPECT_NE(ui::emailKindLabel(kind), kind) << kind << " has no label";
    ui::setLanguage(ui::Language::Finnish);
    EXPECT_EQ(ui::emailKindLabel("LeadNotification"), "Liidi määritetty sinulle");
    ui::setLanguage(ui::Language::English);
    EXPECT_EQ(ui::emailKindLabel("SomethingImported"), "SomethingImported");
}

// Counts read "1 item" / "2 items" (Finnish "1 kohde" / "2 kohdetta"), never "item(s)".
TEST(UiSmoke, CountsUseSingularAndPlural) {
    EXPECT_EQ(ui::countText(1, "item", "items"), "1 item");
    EXPECT_EQ(ui::countText(2, "item", "items"), "2 items");
    EXPECT_EQ(ui::countText(0, "lead", "leads"), "0 leads");
    ui::setLanguage(ui::Language::Finnish);
    EXPECT_EQ(ui::countText(1, "lead", "leads"), "1 liidi");
    EXPECT_EQ(ui::countText(2, "lead", "leads"), "2 liidiä");
    EXPECT_EQ(ui::countText(3, "item", "items"), "3 kohdetta");
    ui::setLanguage(ui::Language::English);
}

// The enable-PRM warning names the path where "Create sandbox copy" really is.
TEST(UiSmoke, EnablePrmWarningNamesTheSnapshotsTab) {
    auto org = pt::makeOrg();
    Headless h;
    ui::AppUi app(*org, {});
    auto& ui = app.context();
    ui.area = ui::AppArea::Setup;
    ui.nav.go(ui::Screen::PartnerSettings);
    ASSERT_TRUE(h.click(app, "Edit"));
    ASSERT_TRUE(h.click(app, "Enable Partner Relationship Management"));
    h.frames(app, 2);
    EXPECT_TRUE(h.shows("This cannot be undone. Try it in a sandbox copy first (Training \u2192 Snapshots \u2192 Create sandbox copy)."));
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}

// The trainer view shows a solution as clicks, with names from the scenario's placeholders.
TEST(UiSmoke, SolutionsReadAsClickPaths) {
    EXPECT_EQ(ui::clickPath({{"cmd", "EnablePrm"}}),
              "Setup \u2192 Build \u2192 Customize \u2192 Partners \u2192 Settings \u2192 Edit \u2192 "
              "Enable Partner Relationship Management \u2192 Save");
    EXPECT_EQ(ui::clickPath({{"cmd", "ChangeLeadOwner"}, {"leadId", "$leadId(Kivi Oy)"}, {"ownerType", "PartnerUser"},
                             {"ownerId", "$userId(Maija Virtanen)"}}),
              "Leads \u2192 Kivi Oy \u2192 [Change] \u2192 Owner \u2192 Partner User \u2192 Maija Virtanen \u2192 Save");
    ui::setLanguage(ui::Language::Finnish);
    EXPECT_EQ(ui::clickPath({{"cmd", "EnablePrm"}}).rfind("Asetukset \u2192 Rakenna \u2192 Mukauta \u2192 Yhteistyökumppanit", 0), 0u);
    ui::setLanguage(ui::Language::English);
}

// Tables and layout: at 1024x640 with the Training panel open, no key-column cell (number, name, first
// action; a record page's field labels) is narrower than its content on any screen, and the Users list
// puts the actions that do not fit into a "…" row menu.
TEST(UiSmoke, KeyColumnsFitTheirContentAt1024WithTheTrainingPanelOpen) {
    auto org = pt::makeOrgWithPartner();
    addLeadData(org);
    ASSERT_TRUE(app::training::ensureStore(*org.sb).ok());
    Headless h;
    ImGui::GetIO().DisplaySize = ImVec2(1024, 640);
    ui::AppUi app(*org.sb, {});
    auto& ui = app.context();
    ui::openTrainingPanel(ui, ui::TrainingTab::Exercises);
    int keyCells = 0;
    const ui::AppArea areas[] = {ui::AppArea::Sales, ui::AppArea::Setup};
    for (ui::AppArea area : areas) {
        for (int i = 0; i <= static_cast<int>(kLastScreen); ++i) {
            const auto s = static_cast<ui::Screen>(i);
            ui.area = area;
            ui.nav.go(s, recordFor(s, org));
            h.frames(app, 4);  // key columns grow to the widest cell of the frame before
            auto map = nlohmann::json::parse(ui::widgetMapJson());
            for (const auto& it : map["items"]) {
                if (!it["key"].get<bool>()) continue;
                ++keyCells;
                EXPECT_FALSE(it["clipped"].get<bool>()) << "screen " << i << ": key cell '" << it["label"] << "' is clipped" << it.dump();
            }
        }
    }
    EXPECT_GT(keyCells, 100) << "the key columns are marked in the widget map";

    ui.area = ui::AppArea::Setup;
    ui.nav.go(ui::Screen::Users);
    h.frames(app, 4);
    EXPECT_FALSE(h.shows("Log in as")) << "too narrow for every action: the rest are in the row menu";
    ASSERT_TRUE(h.click(app, "\u2026", 1));  // the second row: not the administrator themself
    EXPECT_TRUE(h.shows("Log in as"));
    EXPECT_EQ(prmImguiAssertCount(), 0) << prmImguiLastAssert();
}
