#include "ui/strings.h"

#include <string_view>
#include <unordered_map>

namespace prm::ui {
namespace {
Language g_language = Language::English;

// Finnish labels of the seed document's procedure; more keys follow as screens are translated.
const std::unordered_map<std::string_view, const char*>& finnish() {
    static const std::unordered_map<std::string_view, const char*> table = {
        {"Setup", "Asetukset"},
        {"Build", "Rakenna"},
        {"Customize", "Mukauta"},
        {"Partners", "Yhteistyökumppanit"},
        {"Settings", "Asetukset"},
        {"Edit", "Muokkaa"},
        {"Save", "Tallenna"},
        {"Cancel", "Peruuta"},
        {"Continue", "Jatka"},
        {"Done", "Valmis"},
        {"External User Access Conversion", "Ohjattu ulkoisen käyttäjän käyttöoikeusmuunnos"},
        {"Manage External Account", "Hallinnoi ulkoista tiliä"},
        {"Enable as Partner", "Ota käyttöön kumppanina"},
        {"Manage External User", "Hallinnoi ulkoista käyttäjää"},
        {"Enable Partner User", "Ota käyttöön kumppanikäyttäjä"},
        {"New User", "Uusi käyttäjä"},
        {"Change", "Muuta"},
        {"Change Lead Owner", "Muuta pääomistajaa"},
        {"Owner", "Omistaja"},
        {"Partner User", "Kumppanikäyttäjä"},
        {"Send Notification Email", "Lähetä ilmoitussähköposti"},
        {"Account", "Tili"},
        {"Accounts", "Tilit"},
        {"Contacts", "Yhteystiedot"},
        {"Leads", "Liidit"},
        {"Disable as Partner", "Poista käytöstä kumppanina"},
        {"New", "Uusi"},
        {"New Contact", "Uusi yhteyshenkilö"},
        {"Next", "Seuraava"},
        {"Previous", "Edellinen"},
        {"Home", "Etusivu"},
        {"Users", "Käyttäjät"},
        {"Profiles", "Profiilit"},
        {"Roles", "Roolit"},
        {"Administer", "Hallinnoi"},
        {"Manage Users", "Hallitse käyttäjiä"},
        {"Digital Experiences", "Digitaaliset kokemukset"},
        {"All Communities", "Kaikki yhteisöt"},
        {"Security Controls", "Suojausasetukset"},
        {"Sharing Settings", "Jakamisasetukset"},
        {"View Setup Audit Trail", "Näytä asetusten valvontahistoria"},
        {"Company Profile", "Yrityksen profiili"},
        {"Company Information", "Yrityksen tiedot"},
        {"Log In", "Kirjaudu sisään"},
        {"Log Out", "Kirjaudu ulos"},
        {"Username", "Käyttäjätunnus"},
        {"Password", "Salasana"},
        {"Change Your Password", "Vaihda salasanasi"},
        {"First Name", "Etunimi"},
        {"Last Name", "Sukunimi"},
        {"Email", "Sähköposti"},
        {"Profile", "Profiili"},
        {"Role", "Rooli"},
        {"Publish", "Julkaise"},
        {"Members", "Jäsenet"},
        {"Outbox", "Lähtevät"},
        // Outbox: copying login details
        {"Copy", "Kopioi"},
        {"Copied", "Kopioitu"},
        {"Copy message", "Kopioi viesti"},
        {"Login details", "Kirjautumistiedot"},
        {"New password", "Uusi salasana"},
    };
    return table;
}
}  // namespace

void setLanguage(Language lang) { g_language = lang; }
Language language() { return g_language; }

const char* tr(const char* english) {
    if (g_language == Language::Finnish) {
        const auto& t = finnish();
        auto it = t.find(english);
        if (it != t.end()) return it->second;
    }
    return english;
}

}  // namespace prm::ui
