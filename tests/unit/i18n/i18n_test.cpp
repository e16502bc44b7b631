// The languages module (src/domain/i18n): the .po reader, plurals, patterns, Finnish numbers, money,
// dates and collation, and the browser-language pick.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "domain/i18n/i18n.h"
#include "domain/i18n/po_catalog.h"

using namespace prm::i18n;

namespace {

const char* kPo =
    "# A translator's comment\n"
    "msgid \"\"\n"
    "msgstr \"\"\n"
    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
    "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
    "\n"
    "#: src/ui/leads/leads_view.cpp:10\n"
    "msgid \"Save\"\n"
    "msgstr \"Tallenna\"\n"
    "\n"
    "msgid \"lead\"\n"
    "msgid_plural \"leads\"\n"
    "msgstr[0] \"liidi\"\n"
    "msgstr[1] \"liidiä\"\n"
    "\n"
    "msgctxt \"tree\"\n"
    "msgid \"Settings\"\n"
    "msgstr \"Asetukset\"\n"
    "\n"
    "msgid \"Say \\\"hi\\\"\\n\\tand go\"\n"
    "msgstr \"Sano \\\"hei\\\"\\n\\tja \"\n"
    "\"mene\"\n"
    "\n"
    "#, fuzzy\n"
    "msgid \"Cancel\"\n"
    "msgstr \"Peru kaikki\"\n"
    "\n"
    "msgid \"Untranslated\"\n"
    "msgstr \"\"\n"
    "\n"
    "#~ msgid \"Old\"\n"
    "#~ msgstr \"Vanha\"\n";

}  // namespace

TEST(I18nPo, ReadsEntriesPluralsContextsAndEscapes) {
    PoCatalog c;
    std::string error;
    ASSERT_TRUE(parsePo(kPo, c, error)) << error;
    ASSERT_NE(c.find("", "Save", 0), nullptr);
    EXPECT_EQ(*c.find("", "Save", 0), "Tallenna");
    ASSERT_NE(c.find("", "lead", 1), nullptr);
    EXPECT_EQ(*c.find("", "lead", 0), "liidi");
    EXPECT_EQ(*c.find("", "lead", 1), "liidiä");
    ASSERT_NE(c.find("tree", "Settings", 0), nullptr);
    EXPECT_EQ(*c.find("tree", "Settings", 0), "Asetukset");
    EXPECT_EQ(c.find("", "Settings", 0), nullptr) << "a context keeps its entry apart";
    const std::string* esc = c.find("", "Say \"hi\"\n\tand go", 0);
    ASSERT_NE(esc, nullptr);
    EXPECT_EQ(*esc, "Sano \"hei\"\n\tja mene") << "escapes and a continued string";
}

TEST(I18nPo, LeavesOutFuzzyUntranslatedAndObsoleteEntries) {
    PoCatalog c;
    std::string error;
    ASSERT_TRUE(parsePo(kPo, c, error)) << error;
    EXPECT_EQ(c.find("", "Cancel", 0), nullptr);
    EXPECT_EQ(c.find("", "Untranslated", 0), nullptr);
    EXPECT_EQ(c.find("", "Old", 0), nullptr);
    EXPECT_EQ(c.size(), 4u);  // Save, lead, Settings (tree), the escaped one
}

TEST(I18nPo, ABrokenFileNamesItsLine) {
    PoCatalog c;
    std::string error;
    EXPECT_FALSE(parsePo("msgid \"Save\"\nmsgstr \"Tallenna\"\n\nmsgid Cancel\n", c, error));
    EXPECT_NE(error.find("line 4"), std::string::npos) << error;
    error.clear();
    EXPECT_FALSE(parsePo("msgid \"A\"\nmsgstr \"B\"\nbogus \"x\"\n", c, error));
    EXPECT_NE(error.find("line 3"), std::string::npos) << error;
}

TEST(I18nCatalogue, PluralsFollowTheLanguage) {
    EXPECT_STREQ(translatePlural(Language::Finnish, "lead", "leads", 1), "liidi");
    EXPECT_STREQ(translatePlural(Language::Finnish, "lead", "leads", 2), "liidiä");
    EXPECT_STREQ(translatePlural(Language::Finnish, "lead", "leads", 0), "liidiä");
    EXPECT_STREQ(translatePlural(Language::English, "lead", "leads", 1), "lead");
    EXPECT_STREQ(translatePlural(Language::English, "lead", "leads", 2), "leads");
    EXPECT_STREQ(translate(Language::Finnish, "Save"), "Tallenna");
    EXPECT_STREQ(translate(Language::English, "Save"), "Save");
}

TEST(I18nCatalogue, MissingFinnishIsReportedAndClearable) {
    clearMissingTranslations();
    EXPECT_STREQ(translate(Language::Finnish, "No such text in the catalogue 7f3a"), "No such text in the catalogue 7f3a");
    translate(Language::English, "Also not there 7f3b");  // English asks for nothing
    const auto m = missingTranslations();
    EXPECT_NE(std::find(m.begin(), m.end(), "No such text in the catalogue 7f3a"), m.end());
    EXPECT_EQ(std::find(m.begin(), m.end(), "Also not there 7f3b"), m.end());
    clearMissingTranslations();
    EXPECT_TRUE(missingTranslations().empty());
}

TEST(I18nFormat, PatternsMayReorderTheirArguments) {
    EXPECT_EQ(format("{0} of {1}", {"3", "10"}), "3 of 10");
    EXPECT_EQ(format("{1}: {0}", {"Maija", "Owner"}), "Owner: Maija");
    EXPECT_EQ(format("{0} and {0}", {"x"}), "x and x");
}

TEST(I18nFormat, NumbersMoneyAndDatesInBothLanguages) {
    const std::string nb = "\u00A0";  // Finnish groups thousands with a no-break space
    EXPECT_EQ(formatNumber(Language::English, 1234.5, 2), "1,234.50");
    EXPECT_EQ(formatNumber(Language::Finnish, 1234.5, 2), "1" + nb + "234,50");
    EXPECT_EQ(formatInteger(Language::English, 1234567), "1,234,567");
    EXPECT_EQ(formatInteger(Language::Finnish, 1234567), "1" + nb + "234" + nb + "567");
    EXPECT_EQ(formatInteger(Language::Finnish, 12), "12");
    EXPECT_EQ(formatMoney(Language::English, 1234.5), "\u20AC1,234.50");
    EXPECT_EQ(formatMoney(Language::Finnish, 1234.5), "1" + nb + "234,50" + nb + "\u20AC");
    EXPECT_EQ(formatDateTime(Language::English, "2026-12-01 13:45"), "2026-12-01 13:45");
    EXPECT_EQ(formatDateTime(Language::Finnish, "2026-12-01 13:45"), "1.12.2026 klo 13.45");
    EXPECT_EQ(formatDateTime(Language::Finnish, "2026-12-01"), "1.12.2026");
    EXPECT_EQ(formatDateTime(Language::Finnish, "not a date"), "not a date");
}

TEST(I18nCollation, FinnishPutsAAndOWithDotsAfterZ) {
    std::vector<std::string> names = {"Öljy", "Zeta", "Åland", "Ärrä", "Aalto"};
    auto sorted = [&](Language lang) {
        std::vector<std::string> v = names;
        std::sort(v.begin(), v.end(), [lang](const std::string& a, const std::string& b) { return compareText(lang, a, b) < 0; });
        return v;
    };
    EXPECT_EQ(sorted(Language::Finnish), (std::vector<std::string>{"Aalto", "Zeta", "Åland", "Ärrä", "Öljy"}));
    const auto en = sorted(Language::English);
    EXPECT_EQ(en.back(), "Zeta") << "English sorts accented letters with their base letter";
    EXPECT_LT(compareText(Language::English, "Ärrä", "Zeta"), 0);
    EXPECT_GT(compareText(Language::Finnish, "Ärrä", "Zeta"), 0);
    EXPECT_LT(compareText(Language::Finnish, "aalto", "Bertta"), 0) << "case is not the first key";
    EXPECT_LT(sortKey(Language::Finnish, "Zeta"), sortKey(Language::Finnish, "Öljy"));
}

TEST(I18nLanguage, PicksTheFirstSpokenPreference) {
    EXPECT_EQ(pickLanguage({"sv-SE", "fi-FI"}), Language::Finnish);
    EXPECT_EQ(pickLanguage({"de"}), Language::English);
    EXPECT_EQ(pickLanguage({}), Language::English);
    EXPECT_EQ(pickLanguage({"en-GB", "fi"}), Language::English);
    Language l = Language::English;
    EXPECT_TRUE(parseLanguage("FI", l));
    EXPECT_EQ(l, Language::Finnish);
    EXPECT_FALSE(parseLanguage("fin", l));
}
