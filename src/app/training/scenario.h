#pragma once
// Training scenarios (docs/SCENARIOS.md): a versioned JSON file with the org to build (settings, a
// generator spec, setup commands) and an ordered list of exercises, each with checks and a scripted
// solution. Parsing is strict: an unknown field, a wrong type, an unknown command or check, or a check
// on a field that does not exist is refused with a message that starts with the JSON path
// ("$.exercises[2].checks[0].where[0].field: ...").
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/i18n/i18n.h"
#include "domain/result.h"

namespace prm::app::training {

using json = nlohmann::json;

constexpr const char* kScenarioFormat = "prm-sandbox-scenario";
constexpr int kScenarioVersion = 1;

// A text of a scenario file in the product's languages. In the file it is either a string (English) or
// {"en": "...", "fi": "..."} ("en" required). in() gives the language's text, falling back to English.
struct LocalText {
    std::string en;
    std::string fi;
    const std::string& in(i18n::Language lang) const { return lang == i18n::Language::Finnish && !fi.empty() ? fi : en; }
    bool operator==(const std::string& english) const { return en == english; }
};

// Reads a scenario text: a string, or an object {"en": "...", "fi": "..."}. false when it is neither
// (or the object has other keys, or no "en"); `problem` then says what is wrong (without the path).
bool readLocalText(const json& v, LocalText& out, std::string& problem);
// The JSON Schema of such a text (for assets/scenario.schema.json): localTextSchema() refers to
// "#/definitions/localText", which localTextDefinition() is.
json localTextSchema();
json localTextDefinition();

struct Exercise {
    std::string id;             // stable key for progress ("enable-prm")
    LocalText title;
    LocalText instructions;
    std::vector<LocalText> hints;
    std::vector<json> checks;   // validated check objects (training_checks.h)
    std::vector<json> solution; // commands that do the step (for tests and the trainer view)
};

struct Scenario {
    std::string name;           // "prm-basics": the URL and file name
    LocalText title;            // "PRM basics"
    LocalText description;
    json org = json::object();
    json generate = json::object();
    std::vector<json> setup;
    std::vector<Exercise> exercises;
    json source;                // the document as given (stored with the org)
};

// Parses and validates scenario text. The message of an error starts with the JSON path.
domain::Result<Scenario> parseScenario(std::string_view text);
domain::Result<Scenario> parseScenarioJson(const json& doc);

// The commands that build the scenario's org in an empty sandbox, in order: the org (CreateOrg or the
// demo org, settings, PRM), the generators, then the setup commands. Placeholders ("$accountId(...)")
// are resolved when each command runs (resolvePlaceholders in training.h).
std::vector<json> setupCommands(const Scenario& s);

// Placeholder functions a string value may use: "$accountId(Nordic Partners Oy)", "$partnerUserIds", ...
// Returns "" when `value` is not a placeholder or a known one, else what is wrong.
std::string placeholderProblem(const std::string& value);

// The built-in scenarios (assets/scenarios/*.json, embedded at build time): name and JSON text.
struct BuiltinScenario {
    std::string name;
    std::string text;
};
const std::vector<BuiltinScenario>& builtinScenarios();
// nullptr when there is no built-in scenario of that name.
const BuiltinScenario* findBuiltinScenario(const std::string& name);

}  // namespace prm::app::training
