#include "app/messages.h"
#include "app/training/scenario_load.h"

#include <chrono>

#include "app/training/snapshots.h"
#include "app/training/training.h"

namespace prm::app::training {
namespace {

double nowMs() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// A step's weight: one per command, one more per 100 generated leads (a thousand leads take about as
// long as ten ordinary setup commands).
double weightOf(std::int64_t leads) { return 1.0 + static_cast<double>(leads) / 100.0; }

}  // namespace

ScenarioLoad::ScenarioLoad(Sandbox& sb, const std::string& text, std::string source, bool fromUrl, std::string linkName)
    : m_sb(sb), m_source(std::move(source)), m_linkName(std::move(linkName)), m_fromUrl(fromUrl) {
    auto parsed = parseScenario(text);
    if (!parsed) {
        fail(CommandResult::refuse(parsed.message() + "; the current org was not changed", parsed.error().field));
        return;
    }
    m_scenario = parsed.value();
    m_title = m_scenario.title.en;
    if (auto st = ensureStore(sb); !st) {
        fail(CommandResult::refuse(st.message()));
        return;
    }
    SandboxOptions opts;
    opts.clock = [&sb] { return sb.now(); };
    auto fresh = Sandbox::open(":memory:", opts);
    if (!fresh) {
        fail(CommandResult::refuse(T_f("a scratch org could not be created: {0}", {fresh.message()})));
        return;
    }
    m_scratch = std::move(fresh).value();
    // A big GenerateLeads becomes parts that give the same leads (firstIndex): each part fits in a frame.
    for (const json& c : setupCommands(m_scenario)) {
        if (c.value("cmd", std::string()) == "GenerateLeads" && c.value("firstIndex", 0) == 0 && c.contains("count") &&
            c["count"].is_number_integer() && c["count"].get<std::int64_t>() > kLeadsPerStep) {
            const std::int64_t total = c["count"].get<std::int64_t>();
            for (std::int64_t first = 0; first < total; first += kLeadsPerStep) {
                json part = c;
                part["firstIndex"] = first;
                part["count"] = std::min(kLeadsPerStep, total - first);
                const std::int64_t n = part["count"].get<std::int64_t>();
                m_steps.push_back({part, n, weightOf(n)});
            }
            m_leadsTotal += total;
            continue;
        }
        if (c.value("cmd", std::string()) == "GeneratePartnerAccounts" && c.value("firstIndex", 0) == 0 && c.contains("count") &&
            c["count"].is_number_integer() && c["count"].get<std::int64_t>() > 1) {
            // One account (and its users, each a password hash) a step.
            const std::int64_t total = c["count"].get<std::int64_t>();
            const double users = c.contains("usersPerAccount") && c["usersPerAccount"].is_number_integer()
                                     ? c["usersPerAccount"].get<double>() : 1.0;
            for (std::int64_t first = 0; first < total; ++first) {
                json part = c;
                part["firstIndex"] = first;
                part["count"] = 1;
                m_steps.push_back({part, 0, 1.0 + 4.0 * users});
            }
            continue;
        }
        std::int64_t n = 0;
        if (c.value("cmd", std::string()) == "GenerateLeads" && c.contains("count") && c["count"].is_number_integer())
            n = c["count"].get<std::int64_t>();
        m_leadsTotal += n;
        m_steps.push_back({c, n, weightOf(n)});
    }
    m_totalWeight = 1.0;  // the swap
    for (const auto& s : m_steps) m_totalWeight += s.weight;
}

ScenarioLoad::~ScenarioLoad() = default;

void ScenarioLoad::fail(CommandResult r) {
    m_result = std::move(r);
    m_done = true;
    m_scratch.reset();
}

float ScenarioLoad::fraction() const {
    if (m_done) return 1.0f;
    return static_cast<float>(m_doneWeight / m_totalWeight);
}

void ScenarioLoad::cancel() {
    if (m_done || swapping()) return;
    m_cancelled = true;
    fail(CommandResult::refuse(T_f("Loading the scenario '{0}' was cancelled; your org was not changed", {m_title})));
}

void ScenarioLoad::runStep() {
    Step& s = m_steps[m_next];
    CommandResult r = runScriptStep(*m_scratch, s.command, m_next);
    if (!r.ok) {
        fail(CommandResult::refuse(T_f("the scenario '{0}' could not be built: {1}; the current org was not changed",
                                       {m_title, r.message}),
                                   r.field));
        return;
    }
    m_leadsBuilt += s.leads;
    m_doneWeight += s.weight;
    ++m_next;
}

void ScenarioLoad::swapIn() {
    Sandbox& f = *m_scratch;
    {  // the statement ends before the scratch org may be closed (fail() and the end of this step close it)
        auto st = f.db().prepare("INSERT INTO training_state(id, scenario_name, scenario_title, source, scenario_json, loaded_at) "
                                 "VALUES (1, ?, ?, ?, ?, ?)");
        st.bind(1, m_scenario.name).bind(2, m_scenario.title.en).bind(3, m_source).bind(4, m_scenario.source.dump()).bind(5, m_sb.now());
        const auto r = st.run();
        st = store::Statement();
        if (!r) return fail(CommandResult::refuse(T_f("the scenario could not be recorded: {0}", {r.message()})));
    }
    if (m_sb.db().queryInt("SELECT count(*) FROM org").value_or(0) > 0)
        if (auto u = takeUndoPoint(m_sb, "Load scenario '" + m_title + "'"); !u)
            return fail(CommandResult::refuse(u.message() + "; the current org was not changed"));
    if (auto r = restoreFromBuilt(m_sb, f.db()); !r)
        return fail(CommandResult::refuse(T_f("the scenario's org could not be swapped in ({0}); nothing was changed", {r.message()})));
    json loaded = {{"cmd", "TrainingScenarioLoaded"}, {"fromUrl", m_fromUrl}};
    if (!m_linkName.empty()) loaded["link"] = m_linkName;
    CommandResult done = m_sb.executeInternal(loaded);
    if (done.ok) done.data["exercises"] = m_scenario.exercises.size();
    m_result = std::move(done);
    m_done = true;
    m_doneWeight = m_totalWeight;
    m_scratch.reset();
}

bool ScenarioLoad::step(double budgetMs) {
    if (m_done) return true;
    const double start = nowMs();
    do {
        if (m_next < m_steps.size()) runStep();
        else swapIn();
    } while (!m_done && m_next < m_steps.size() && nowMs() - start < budgetMs);
    return m_done;
}

const CommandResult& ScenarioLoad::finish() {
    while (!m_done) step(1e12);
    return m_result;
}

}  // namespace prm::app::training
