#pragma once
// Every user-visible string goes through tr() (or trn/trc/trf/countText). Keys are the English text; the
// Finnish comes from assets/i18n/fi.po (domain/i18n). scripts/i18n extracts the keys with xgettext and
// checks that each has a translation and that no literal in src/ui bypasses these functions.
#include <string>
#include <vector>

#include "domain/i18n/i18n.h"

// Marks a string in a table for extraction; it is translated where it is shown (tr(row.label)).
#define N_(s) s

namespace prm::ui {

using Language = i18n::Language;
void setLanguage(Language lang);
Language language();
// Bumps on every language switch (views that cache translated text compare it).
unsigned languageGeneration();

// Translated text for an English key. The pointer stays valid for the program's life (or as long as
// `english` when there is no translation).
const char* tr(const char* english);
inline const char* tr(const std::string& english) = delete;  // a built string has no catalogue entry
// For one English word that needs two Finnish ones ("Settings" the page, "Settings" the tree node).
const char* trc(const char* context, const char* english);
// The singular or plural form for n, the gettext way ("lead"/"leads": "liidi"/"liidiä").
const char* trn(const char* one, const char* many, long long n);
// A count with its noun: countText(2, "lead", "leads") is "2 leads"; in Finnish "2 liidiä".
std::string countText(long long n, const char* one, const char* many);
// tr(pattern) with {0}, {1}… replaced: trf("{0} of {1} done", {a, b}). A translation may reorder them.
std::string trf(const char* pattern, const std::vector<std::string>& args);

// Numbers and dates the way the UI language writes them (1 234,50 and 1.12.2026 klo 13.45 in Finnish).
std::string fmtInt(long long n);
std::string fmtNumber(double v, int decimals);
std::string fmtMoney(double euros);
std::string fmtDateTime(const std::string& iso);
// Sorting in the UI language (Finnish: Å Ä Ö after Z).
bool textLess(const std::string& a, const std::string& b);

}  // namespace prm::ui
