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

}  // namespace prm::ui
