#include "app/name_order.h"

namespace prm::app {
namespace {
i18n::Language g_language = i18n::Language::English;
}  // namespace

void setNameOrderLanguage(i18n::Language lang) { g_language = lang; }
i18n::Language nameOrderLanguage() { return g_language; }
const char* nameCollate(const char* english) {
    return g_language == i18n::Language::Finnish ? " COLLATE prm_fi" : english;
}

}  // namespace prm::app
