// Home: the start page. What this sandbox is, "Start here" with the how-to document's section 1
// procedures in order (each a link to its first screen, ticked when done in this org), the built-in
// training scenarios with a Load link, and where the Outbox and the sandbox copies are.
#include <array>
#include <string>
#include <vector>

#include "app/org/start_checklist.h"
#include "app/session_queries.h"
#include "app/training/scenario.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/training/training_views.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

namespace tr_ = app::training;
using app::org::StartStep;

const ImU32 kGreen = IM_COL32(20, 120, 50, 255);

struct StartLink {
    StartStep step;
    const char* title;  // English, through tr()
    const char* where;  // the first screen, English, through tr()
};

const StartLink kSteps[] = {
    {StartStep::SandboxCopy, N_("Take a sandbox copy"), N_("Training → Snapshots")},
    {StartStep::EnablePrm, N_("Enable PRM"), N_("Setup → Build → Customize → Partners → Settings")},
    {StartStep::ConversionWizard, N_("Run the External User Access Conversion wizard"), N_("Setup → Partners → Settings")},
    {StartStep::PartnerAccount, N_("Create a partner account (Enable As Partner)"), N_("Sales → Accounts")},
    {StartStep::PartnerUser, N_("Create a partner user (Enable Partner User)"), N_("Sales → Contacts")},
    {StartStep::PartnerCommunity, N_("Set up the partner community"), N_("Setup → Digital Experiences → All Communities")},
    {StartStep::LeadToPartner, N_("Give a lead to a partner"), N_("Sales → Leads → Change Lead Owner (notification e-mail)")},
    {StartStep::PartnerSeesLead, N_("The partner logs in and sees the lead"), N_("Setup → Administer → Email → Outbox")},
};

void openStep(UiContext& ui, StartStep s) {
    switch (s) {
        case StartStep::SandboxCopy: openTrainingPanel(ui, TrainingTab::Snapshots); return;
        case StartStep::EnablePrm: ui.area = AppArea::Setup; ui.nav.go(Screen::PartnerSettings); return;
        case StartStep::ConversionWizard:
            ui.area = AppArea::Setup;
            ui.nav.go(app::sessionInfo(ui.sandbox).prmEnabled ? Screen::ExternalAccessWizard : Screen::PartnerSettings);
            return;
        case StartStep::PartnerAccount: ui.area = AppArea::Sales; ui.nav.go(Screen::Accounts); return;
        case StartStep::PartnerUser: ui.area = AppArea::Sales; ui.nav.go(Screen::Contacts); return;
        case StartStep::PartnerCommunity: ui.area = AppArea::Setup; ui.nav.go(Screen::Communities); return;
        case StartStep::LeadToPartner: ui.area = AppArea::Sales; ui.nav.go(Screen::Leads); return;
        case StartStep::PartnerSeesLead: ui.area = AppArea::Setup; ui.nav.go(Screen::Outbox); return;
    }
}

struct HomeState {
    DataVersion version;
    std::array<bool, app::org::kStartStepCount> done{};
};

struct ScenarioLine {
    std::string name;
    tr_::LocalText title, description;  // shown in the UI's language
};

const std::vector<ScenarioLine>& scenarioLines() {
    static const std::vector<ScenarioLine> lines = [] {
        std::vector<ScenarioLine> v;
        for (const auto& b : tr_::builtinScenarios())
            if (auto parsed = tr_::parseScenario(b.text)) v.push_back({b.name, parsed.value().title, parsed.value().description});
        return v;
    }();
    return lines;
}

void subheading(const char* s) {
    ImGui::Spacing();
    ImGui::SetWindowFontScale(1.15f);
    text(s);
    ImGui::SetWindowFontScale(1.0f);
}

}  // namespace

void drawHomeView(UiContext& ui) {
    const app::SessionInfo s = app::sessionInfo(ui.sandbox);
    heading(tr("Home"));
    if (!s.orgExists) {
        hint(tr("This sandbox has no org yet."));
        return;
    }
    HomeState& st = ui.page<HomeState>();
    if (ui.refreshDue(st.version)) st.done = app::org::startChecklist(ui.sandbox);

    text(trf("Org: {0} ({1} Edition)", {s.orgName, s.edition}));
    textf("%s: %s", tr("Partner Relationship Management"), s.prmEnabled ? tr("enabled") : tr("not enabled"));
    hint(tr("A disposable CRM org in your browser for practising Partner Relationship Management: everything "
            "stays on this machine, and nothing you do here reaches a real org or a real mailbox."));

    subheading(tr("Start here"));
    int doneCount = 0;
    for (bool d : st.done) doneCount += d ? 1 : 0;
    hint(trf("{0} / {1} done in this org. Each link opens the step's first screen.",
             {fmtInt(doneCount), fmtInt(static_cast<long long>(app::org::kStartStepCount))}));
    for (std::size_t i = 0; i < app::org::kStartStepCount; ++i) {
        const StartLink& l = kSteps[i];
        const bool done = st.done[static_cast<std::size_t>(l.step)];
        ImGui::PushID(static_cast<int>(i));
        // The tick is part of the label, so it reads (and tests see it) with the step.
        const std::string label = std::string(done ? "\u2713 " : "\u2022 ") + std::to_string(i + 1) + ". " + tr(l.title);
        if (done) ImGui::PushStyleColor(ImGuiCol_Text, kGreen);
        const bool clicked = link(label.c_str());
        if (done) ImGui::PopStyleColor();
        ImGui::Indent(22.0f);
        hint(tr(l.where));
        ImGui::Unindent(22.0f);
        ImGui::PopID();
        if (clicked) openStep(ui, l.step);
    }

    subheading(tr("Training scenarios"));
    hint(tr("Loading a scenario replaces this org with the scenario's own (you are asked first)."));
    for (const ScenarioLine& sc : scenarioLines()) {
        ImGui::PushID(sc.name.c_str());
        text(sc.title.in(language()));
        ImGui::SameLine();
        const bool load = link(tr("Load"));
        hint(sc.description.in(language()));
        ImGui::PopID();
        if (load) {
            openTrainingPanel(ui, TrainingTab::Scenarios);
            trainingState(ui).confirmLoad = sc.name;
        }
    }

    subheading(tr("Where things are"));
    hint(tr("Outbox: every e-mail the sandbox \"sends\" (welcome passwords, lead notifications) lands in "
            "Setup → Administer → Email → Outbox. Nothing leaves this machine."));
    if (link(tr("Open the Outbox"))) {
        ui.area = AppArea::Setup;
        ui.nav.go(Screen::Outbox);
    }
    hint(tr("Sandbox copies: take a copy before a change you cannot undo (such as enabling PRM) and restore it "
            "later in Training → Snapshots."));
    if (link(tr("Open Training → Snapshots"))) openTrainingPanel(ui, TrainingTab::Snapshots);
    ImGui::Spacing();
    hint(tr("Use the app menu in the top-right corner to switch between Sales, Setup and the Partner Community."));
}

}  // namespace prm::ui
