#include "ui/strings.h"

#include "app/name_order.h"

namespace prm::ui {
namespace {
Language g_language = Language::English;
unsigned g_generation = 0;
}  // namespace

void setLanguage(Language lang) {
    if (lang != g_language) ++g_generation;
    g_language = lang;
    app::setNameOrderLanguage(lang);  // lists sort names in the UI language
}
Language language() { return g_language; }
unsigned languageGeneration() { return g_generation; }

const char* tr(const char* english) { return i18n::translate(g_language, english); }
const char* trc(const char* context, const char* english) { return i18n::translate(g_language, context, english); }
const char* trn(const char* one, const char* many, long long n) { return i18n::translatePlural(g_language, one, many, n); }

std::string countText(long long n, const char* one, const char* many) {
    return i18n::formatInteger(g_language, n) + " " + trn(one, many, n);
}

std::string trf(const char* pattern, const std::vector<std::string>& args) { return i18n::format(tr(pattern), args); }

std::string fmtInt(long long n) { return i18n::formatInteger(g_language, n); }
std::string fmtNumber(double v, int decimals) { return i18n::formatNumber(g_language, v, decimals); }
std::string fmtMoney(double euros) { return i18n::formatMoney(g_language, euros); }
std::string fmtDateTime(const std::string& iso) { return i18n::formatDateTime(g_language, iso); }
bool textLess(const std::string& a, const std::string& b) { return i18n::compareText(g_language, a, b) < 0; }

}  // namespace prm::ui
