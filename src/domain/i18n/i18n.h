#pragma once
// The product's two languages. English is the source text; Finnish comes from assets/i18n/fi.po,
// embedded in the build and read once. Every layer that words something for a person (the UI, the
// app's messages and e-mails) translates through here, so there is one catalogue and one set of rules
// for plurals, numbers, dates and sorting.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace prm::i18n {

enum class Language { English, Finnish };

// "fi", "fi-FI", "FI" -> Finnish; "en", "en-GB" -> English; anything else -> false.
bool parseLanguage(std::string_view tag, Language& out);
const char* languageCode(Language lang);  // "en", "fi"
// The first tag of a browser's preference list (navigator.languages) that the product speaks;
// English when none is.
Language pickLanguage(const std::vector<std::string>& preferred);

// The translation of an English source text, or the text itself when the language is English or the
// catalogue has no translation. The pointer stays valid for the program's life (or as long as `english`).
const char* translate(Language lang, const char* english);
// With a context, for one English word that needs two translations (msgctxt in the .po file).
const char* translate(Language lang, const char* context, const char* english);
// The gettext plural: `one` and `many` are the English forms; the language's rule picks the form for n.
const char* translatePlural(Language lang, const char* one, const char* many, long long n);
// Whether the catalogue holds a translation (tests, and the untranslated-string report).
bool hasTranslation(Language lang, const char* english);

// Every source text that was asked for in Finnish and had no translation, since the last clear (the
// UI test renders every screen in Finnish and fails on any).
std::vector<std::string> missingTranslations();
void clearMissingTranslations();

// "{0} of {1} leads" with {0}, {1}… replaced by the arguments, in order; a translation may reorder them.
std::string format(std::string_view pattern, const std::vector<std::string>& args);

// Numbers, money and dates in the language's own way. English: 1,234.50 · €1,234.50 · 2026-12-01 13:45.
// Finnish: 1 234,50 · 1 234,50 € · 1.12.2026 klo 13.45 (a no-break space groups thousands).
std::string formatNumber(Language lang, double value, int decimals = 0);
std::string formatInteger(Language lang, long long value);
std::string formatMoney(Language lang, double euros);
// `iso` is "YYYY-MM-DD" or "YYYY-MM-DD HH:MM[:SS]" (the store's format); other text comes back as is.
std::string formatDateTime(Language lang, std::string_view iso);

// Sorting in the language's order: Finnish puts Å, Ä, Ö after Z (and treats W as V for the first pass);
// English ignores accents. Case is ignored first, then breaks ties. compareText(...) < 0 when a sorts
// before b.
int compareText(Language lang, std::string_view a, std::string_view b);
// A key whose byte order is the language's order (for SQL ORDER BY through a function, or std::sort).
std::string sortKey(Language lang, std::string_view text);

}  // namespace prm::i18n
