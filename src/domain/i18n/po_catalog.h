#pragma once
// A gettext .po file read into memory: msgctxt, msgid, msgid_plural and msgstr[n]. Entries marked
// fuzzy and untranslated ones are left out, as msgfmt leaves them out of a .mo file.
//
// Written here rather than taken from GNU gettext: libintl reads compiled .mo files from a locale
// directory on disk and follows the process locale, neither of which the page has; reading the .po text
// embedded in the build is a small parser with no run-time download.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace prm::i18n {

class PoCatalog {
public:
    // The translation's plural form `form` (0 for entries without plurals), or nullptr.
    const std::string* find(std::string_view context, std::string_view msgid, std::size_t form) const;
    void add(std::string context, std::string msgid, std::vector<std::string> forms);
    std::size_t size() const { return entries_.size(); }

private:
    std::unordered_map<std::string, std::vector<std::string>> entries_;
};

// Reads `text` into `out`. On a syntax error returns false with `error` naming the line.
bool parsePo(std::string_view text, PoCatalog& out, std::string& error);

}  // namespace prm::i18n
