#pragma once
// The language list queries sort names in. The UI sets it whenever its language changes
// (ui::setLanguage), so every list of people, accounts and leads reads in the reader's order: in Finnish
// Å, Ä, Ö come after Z (the collation prm_fi that every store connection has, src/store/db.cpp).
#include "domain/i18n/i18n.h"

namespace prm::app {

void setNameOrderLanguage(i18n::Language lang);
i18n::Language nameOrderLanguage();
// The COLLATE clause for names in ORDER BY: " COLLATE prm_fi" in Finnish, `english` otherwise (the
// lists' English order: " COLLATE NOCASE", or "" for SQLite's byte order).
const char* nameCollate(const char* english = " COLLATE NOCASE");

}  // namespace prm::app
