// Scenario texts in the product's languages: a text is "..." (English) or {"en": "...", "fi": "..."};
// the built-in scenarios carry Finnish for every text a trainee reads.
#include <gtest/gtest.h>

#include "app/messages.h"
#include "app/training/scenario.h"
#include "app/training/training_checks.h"

namespace tr = prm::app::training;
using prm::i18n::Language;

namespace {

const char* kBilingual = R"({
  "format": "prm-sandbox-scenario", "version": 1, "name": "kieli",
  "title": {"en": "Enable PRM", "fi": "Ota PRM käyttöön"},
  "description": "English only",
  "exercises": [{
    "id": "prm",
    "title": {"en": "Switch it on", "fi": "Kytke se päälle"},
    "instructions": {"en": "Setup → Partners → Settings.", "fi": "Asetukset → Yhteistyökumppanit → Asetukset."},
    "hints": ["Plain English hint", {"en": "Edit, then Save.", "fi": "Muokkaa ja Tallenna."}],
    "checks": [{"type": "prmEnabled", "description": {"en": "PRM is on", "fi": "PRM on käytössä"}}]
  }]
})";

}  // namespace

TEST(ScenarioLanguages, ABilingualScenarioGivesEachLanguageItsTextAndFallsBackToEnglish) {
    auto parsed = tr::parseScenario(kBilingual);
    ASSERT_TRUE(parsed.ok()) << parsed.message();
    const tr::Scenario& s = parsed.value();
    EXPECT_EQ(s.title.in(Language::English), "Enable PRM");
    EXPECT_EQ(s.title.in(Language::Finnish), "Ota PRM käyttöön");
    EXPECT_EQ(s.description.in(Language::Finnish), "English only");  // no Finnish: the English
    ASSERT_EQ(s.exercises.size(), 1u);
    const tr::Exercise& e = s.exercises[0];
    EXPECT_EQ(e.title.in(Language::Finnish), "Kytke se päälle");
    EXPECT_EQ(e.title.in(Language::English), "Switch it on");
    EXPECT_EQ(e.instructions.in(Language::Finnish), "Asetukset → Yhteistyökumppanit → Asetukset.");
    ASSERT_EQ(e.hints.size(), 2u);
    EXPECT_EQ(e.hints[0].in(Language::Finnish), "Plain English hint");
    EXPECT_EQ(e.hints[1].in(Language::Finnish), "Muokkaa ja Tallenna.");
    EXPECT_EQ(e.hints[1].in(Language::English), "Edit, then Save.");
    EXPECT_EQ(tr::describeCheck(e.checks[0]), "PRM is on");  // the app's words are the English
}

TEST(ScenarioLanguages, ATextObjectNeedsEnglishAndKnownLanguagesOnly) {
    auto withTitle = [](const std::string& title) {
        return R"({"format": "prm-sandbox-scenario", "version": 1, "name": "x", "title": )" + title +
               R"(, "exercises": [{"id": "a", "title": "A", "instructions": "B", "checks": [{"type": "prmEnabled"}]}]})";
    };
    auto noEnglish = tr::parseScenario(withTitle(R"({"fi": "Vain suomeksi"})"));
    ASSERT_FALSE(noEnglish.ok());
    EXPECT_EQ(noEnglish.message().rfind("$.title.en: missing", 0), 0u) << noEnglish.message();
    auto swedish = tr::parseScenario(withTitle(R"({"en": "A", "sv": "B"})"));
    ASSERT_FALSE(swedish.ok());
    EXPECT_EQ(swedish.message().rfind("$.title.sv: unknown language", 0), 0u) << swedish.message();
    auto number = tr::parseScenario(withTitle("5"));
    ASSERT_FALSE(number.ok());
    EXPECT_EQ(number.message().rfind("$.title: expected text", 0), 0u) << number.message();
    auto badHint = tr::parseScenario(R"({"format": "prm-sandbox-scenario", "version": 1, "name": "x", "title": "T",
        "exercises": [{"id": "a", "title": "A", "instructions": "B", "hints": [{"en": 1}], "checks": [{"type": "prmEnabled"}]}]})");
    ASSERT_FALSE(badHint.ok());
    EXPECT_EQ(badHint.message().rfind("$.exercises[0].hints[0].en: expected text", 0), 0u) << badHint.message();
    auto badCheck = tr::parseScenario(R"({"format": "prm-sandbox-scenario", "version": 1, "name": "x", "title": "T",
        "exercises": [{"id": "a", "title": "A", "instructions": "B", "checks": [{"type": "prmEnabled", "description": {"fi": "x"}}]}]})");
    ASSERT_FALSE(badCheck.ok());
    EXPECT_NE(badCheck.message().find("checks[0].description.en: missing"), std::string::npos) << badCheck.message();
}

// Every text a trainee reads in a built-in scenario has its Finnish: the title, the description, and each
// exercise's title, instructions, hints and the checks' own descriptions.
TEST(ScenarioLanguages, EveryBuiltinScenarioHasFinnishForEveryText) {
    for (const auto& b : tr::builtinScenarios()) {
        auto parsed = tr::parseScenario(b.text);
        ASSERT_TRUE(parsed.ok()) << b.name << ": " << parsed.message();
        const tr::Scenario& s = parsed.value();
        auto finnish = [&](const tr::LocalText& t, const std::string& where) {
            EXPECT_FALSE(t.fi.empty()) << b.name << " " << where << ": no Finnish for '" << t.en << "'";
            EXPECT_NE(t.fi, t.en) << b.name << " " << where << ": the Finnish is the English";
        };
        finnish(s.title, "title");
        finnish(s.description, "description");
        for (const auto& e : s.exercises) {
            finnish(e.title, e.id + ".title");
            finnish(e.instructions, e.id + ".instructions");
            for (size_t k = 0; k < e.hints.size(); ++k) finnish(e.hints[k], e.id + ".hints[" + std::to_string(k) + "]");
            for (size_t k = 0; k < e.checks.size(); ++k)
                if (e.checks[k].contains("description")) {
                    tr::LocalText t;
                    std::string problem;
                    ASSERT_TRUE(tr::readLocalText(e.checks[k]["description"], t, problem)) << problem;
                    finnish(t, e.id + ".checks[" + std::to_string(k) + "].description");
                }
        }
    }
}

// A scenario file's problems are told in the reader's language; the JSON path stays as it is.
TEST(ScenarioLanguages, AScenarioFilesProblemsAreInTheReadersLanguage) {
    prm::app::setDefaultMessageLanguage(Language::Finnish);
    auto unknownCheck = tr::parseScenario(R"({"format": "prm-sandbox-scenario", "version": 1, "name": "x", "title": "T",
        "exercises": [{"id": "a", "title": "A", "instructions": "B", "checks": [{"type": "prmEnabledd"}]}]})");
    auto badSlug = tr::parseScenario(R"({"format": "prm-sandbox-scenario", "version": 1, "name": "X Y", "title": "T",
        "exercises": [{"id": "a", "title": "A", "instructions": "B", "checks": [{"type": "prmEnabled"}]}]})");
    prm::app::setDefaultMessageLanguage(Language::English);
    ASSERT_FALSE(unknownCheck.ok());
    EXPECT_EQ(unknownCheck.message().rfind("$.exercises[0].checks[0].type: tuntematon tarkistustyyppi 'prmEnabledd'; käytä jotakin näistä: ", 0), 0u)
        << unknownCheck.message();
    ASSERT_FALSE(badSlug.ok());
    EXPECT_EQ(badSlug.message(), "$.name: käytä pieniä kirjaimia, numeroita ja merkkiä '-', esim. \"prm-basics\"");
}
