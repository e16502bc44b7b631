#pragma once
// The app layer's words for people: refusals, confirmations, e-mails and import error files, written in
// English as whole-sentence patterns and rendered in a message language. src/app never calls the UI's
// tr(); it marks its texts for scripts/i18n with these macros and renders them through src/domain/i18n.
//
//   T_("pick one from Setup → Queues")   marks a text in a table (translated where it is used: say(w.remedy))
//   T_f("there is no {0} with id {1}", {noun, id})  translates the pattern and fills its placeholders
//   TN_f(TN_("{0} lead", "{0} leads"), n, {count})  the plural form for n, then the placeholders
//
// The language is the one of the message's reader: the Sandbox's message language (set by the UI when its
// language changes) while a command runs, or the recipient's for an e-mail (MessageLanguageScope).
#include <string>
#include <vector>

#include "domain/i18n/i18n.h"

#define T_(english) english
#define TN_(one, many) one, many

namespace prm::app {

// The language messages are rendered in on this thread now: the innermost MessageLanguageScope's, else the
// default (the language last given to Sandbox::setLanguage: messages made outside a command, such as a CSV
// file's parse errors, are for the same person at the keyboard). English until set.
i18n::Language messageLanguage();
void setDefaultMessageLanguage(i18n::Language lang);

// While alive, messages on this thread are rendered in `lang`; the previous language returns after.
class MessageLanguageScope {
public:
    explicit MessageLanguageScope(i18n::Language lang);
    ~MessageLanguageScope();
    MessageLanguageScope(const MessageLanguageScope&) = delete;
    MessageLanguageScope& operator=(const MessageLanguageScope&) = delete;

private:
    int m_was;
};

// The pattern in the message language with {0}, {1}… filled in.
std::string T_f(const char* pattern, const std::vector<std::string>& args = {});
// The plural form of the pattern for n, in the message language, with {0}, {1}… filled in.
std::string TN_f(const char* one, const char* many, long long n, const std::vector<std::string>& args = {});
// A text marked with T_ elsewhere (a table's noun), in the message language.
std::string say(const char* english);
std::string say(std::string_view english);
// A whole number in the message language's way (1,234 / 1 234).
std::string sayInt(long long n);

}  // namespace prm::app
