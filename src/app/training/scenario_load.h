#pragma once
// Loading a scenario in parts, so a page can show progress and stay responsive: the scenario's org is
// built in a scratch in-memory sandbox a few commands at a time (a big GenerateLeads in parts of
// kLeadsPerStep leads, the same leads as in one go), then swapped in. Cancel before the swap leaves the
// current org exactly as it was; so does any refusal. loadScenario() runs the same job to the end at once.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "app/sandbox.h"
#include "app/training/scenario.h"

namespace prm::app::training {

class ScenarioLoad {
public:
    static constexpr std::int64_t kLeadsPerStep = 1000;

    // Parses the scenario text; a refusal shows in result() with done() true. source: "builtin", "file" or
    // "link"; linkName: the ?scenario= value it came from (remembered so a reload does not load it again).
    ScenarioLoad(Sandbox& sb, const std::string& text, std::string source, bool fromUrl, std::string linkName = "");
    ~ScenarioLoad();
    ScenarioLoad(const ScenarioLoad&) = delete;
    ScenarioLoad& operator=(const ScenarioLoad&) = delete;

    // Works for about budgetMs (at least one step) and says whether the load has ended.
    bool step(double budgetMs);
    // Runs to the end.
    const CommandResult& finish();
    // Stops before the org is replaced; nothing changes. No effect once the swap has happened.
    void cancel();

    bool done() const { return m_done; }
    bool cancelled() const { return m_cancelled; }
    // The outcome once done(): the load's result, or a refusal (the current org unchanged).
    const CommandResult& result() const { return m_result; }
    // 0..1, by the work each step does (leads weigh more than single commands).
    float fraction() const;
    const std::string& title() const { return m_title; }
    // The title in each language the scenario gives (the progress window shows the UI's).
    const LocalText& localTitle() const { return m_scenario.title; }
    std::int64_t leadsBuilt() const { return m_leadsBuilt; }
    std::int64_t leadsTotal() const { return m_leadsTotal; }
    // True while the org is being swapped (Cancel no longer applies).
    bool swapping() const { return m_next >= m_steps.size(); }

private:
    struct Step {
        json command;
        std::int64_t leads = 0;  // leads this step generates
        double weight = 1.0;
    };
    void fail(CommandResult r);
    void runStep();
    void swapIn();

    Sandbox& m_sb;
    std::string m_source, m_linkName;
    bool m_fromUrl = false;
    Scenario m_scenario;
    std::string m_title;
    std::unique_ptr<Sandbox> m_scratch;
    std::vector<Step> m_steps;
    size_t m_next = 0;
    double m_doneWeight = 0, m_totalWeight = 1;
    std::int64_t m_leadsBuilt = 0, m_leadsTotal = 0;
    bool m_done = false, m_cancelled = false;
    CommandResult m_result;
};

}  // namespace prm::app::training
