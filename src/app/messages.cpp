#include "app/messages.h"

#include <atomic>

namespace prm::app {
namespace {
std::atomic<int> g_default{static_cast<int>(i18n::Language::English)};
thread_local int t_scoped = -1;  // -1: no scope is alive on this thread
}  // namespace

i18n::Language messageLanguage() {
    return static_cast<i18n::Language>(t_scoped >= 0 ? t_scoped : g_default.load());
}

void setDefaultMessageLanguage(i18n::Language lang) { g_default = static_cast<int>(lang); }

MessageLanguageScope::MessageLanguageScope(i18n::Language lang) : m_was(t_scoped) { t_scoped = static_cast<int>(lang); }
MessageLanguageScope::~MessageLanguageScope() { t_scoped = m_was; }

std::string T_f(const char* pattern, const std::vector<std::string>& args) {
    return i18n::format(i18n::translate(messageLanguage(), pattern), args);
}

std::string TN_f(const char* one, const char* many, long long n, const std::vector<std::string>& args) {
    return i18n::format(i18n::translatePlural(messageLanguage(), one, many, n), args);
}

std::string say(const char* english) { return i18n::translate(messageLanguage(), english); }
std::string say(std::string_view english) { return say(std::string(english).c_str()); }

std::string sayInt(long long n) { return i18n::formatInteger(messageLanguage(), n); }

}  // namespace prm::app
