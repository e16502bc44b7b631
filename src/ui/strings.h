#pragma once
// The one string table: every user-visible string goes through tr(), so a translation can follow.
// Keys are the English text; a language maps them to its own. Missing keys fall back to English.
#include <string>

namespace prm::ui {

enum class Language { English, Finnish };
void setLanguage(Language lang);
Language language();
// Translated text for an English key. The pointer stays valid for the program's life.
const char* tr(const char* english);
// A count with its noun in the language's singular or plural: countText(1, "lead", "leads") is "1 lead",
// countText(2, ...) "2 leads"; in Finnish "1 liidi" / "2 liidiä" (both forms are table keys).
std::string countText(long long n, const char* one, const char* many);

}  // namespace prm::ui
