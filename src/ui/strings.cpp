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
        // Files in and out: export formula escaping, size limits
        {"Escape formulas", "Suojaa kaavat"},
        {"Text beginning with = + - @ gets a leading ' so a spreadsheet does not run it as a formula; "
         "importing the file takes the ' off again. Untick to export the values as they are.",
         "Tekstin alkuun, joka alkaa merkillä = + - @, lisätään ' jottei taulukkolaskenta suorita sitä kaavana; "
         "tiedoston tuonti poistaa merkin ' taas. Poista valinta, niin arvot viedään sellaisinaan."},
        {"Limit: 512 MB per file. Required columns: Lead: LastName, Company; Account: Name; Contact: LastName.",
         "Enintään 512 Mt tiedostoa kohden. Pakolliset sarakkeet: Liidi: LastName, Company; Tili: Name; Yhteyshenkilö: LastName."},
        {"The whole org as one file: a .sqlite database (opens in the sqlite3 shell) or JSON. An uploaded file is "
         "checked completely before it replaces anything; a file that fails the check changes nothing. "
         "Limit: 1024 MB for a .sqlite file, 512 MB for JSON.",
         "Koko organisaatio yhtenä tiedostona: .sqlite-tietokanta (aukeaa sqlite3-komentotulkissa) tai JSON. Ladattu tiedosto "
         "tarkistetaan kokonaan ennen kuin se korvaa mitään; tarkistuksessa hylätty tiedosto ei muuta mitään. "
         "Enintään 1024 Mt .sqlite-tiedostolle, 512 Mt JSONille."},
        // Bulk changes: dry run, confirm, Undo (leads, Training → Snapshots, ?scenario= link)
        {"owner changes: ", "omistajan vaihtoja: "},
        {"skipped, closed or converted: ", "ohitettu, suljettu tai muunnettu: "},
        {"Run assignment rules on ", "Aja määrityssäännöt "},
        {" leads: ", " liidille: "},
        {" will change owner, of which ", " vaihtaa omistajaa, joista "},
        {" to the default owner (no entry matched).", " oletusomistajalle (mikään rivi ei täsmännyt)."},
        {"Closed leads keep their owner. Nothing has changed yet; the org is copied first, so you can undo the run.",
         "Suljetut liidit pitävät omistajansa. Mitään ei ole vielä muutettu; organisaatiosta otetaan ensin kopio, joten ajon voi perua."},
        {"Run assignment rules", "Aja määrityssäännöt"},
        {" leads", " liidiä"},
        {"leads", "liidiä"},
        {"Done: ", "Valmis: "},
        {" leads changed owner.", " liidiä vaihtoi omistajaa."},
        {"Close", "Sulje"},
        {"Change owner of ", "Vaihda omistaja: "},
        {" leads to ", " liidiä, uusi omistaja "},
        {"Undo: ", "Peru: "},
        {"Undo", "Peru"},
        {"Dismiss", "Piilota"},
        {"The org as it was before is kept; the last ", "Organisaatio sellaisena kuin se oli säilytetään; viimeiset "},
        {" such copies are listed in Training → Snapshots.", " kopiota näkyvät kohdassa Koulutus → Tilannekuvat."},
        {"Undo a bulk change", "Peru joukkomuutos"},
        {"Before each bulk change (assignment rules, owner changes, imports, scenario loads, resets) the org is copied; the last ",
         "Ennen jokaista joukkomuutosta (määrityssäännöt, omistajan vaihdot, tuonnit, skenaarion lataus, palautus alkuun) "
         "organisaatiosta otetaan kopio; viimeiset "},
        {" copies are kept. Undo puts the org back as it was before that change; the org it replaces is kept as \"Undone: …\", "
         "so you can go forward again.",
         " kopiota säilytetään. Peru palauttaa organisaation sellaiseksi kuin se oli ennen muutosta; korvattu organisaatio "
         "säilyy nimellä \"Undone: …\", joten voit myös palata eteenpäin."},
        {"No bulk change to undo yet.", "Ei vielä peruttavaa joukkomuutosta."},
        {"Before: ", "Ennen: "},
        {"The link opens the training scenario", "Linkki avaa koulutusskenaarion"},
        {"Your org has changes since it was created or loaded.", "Organisaatiossasi on muutoksia sen luomisen tai latauksen jälkeen."},
        {"Before loading", "Ennen latausta"},
        {"Take a sandbox copy and load", "Ota sandbox-kopio ja lataa"},
        {"Keep my org", "Pidä organisaationi"},
        {"Import ", "Tuo "},
        {" from ", " tiedostosta "},
        {"Your org was kept; the scenario was not loaded. Load it from Training → Scenarios when you want.",
         "Organisaatiosi säilyi; skenaariota ei ladattu. Lataa se halutessasi kohdasta Koulutus → Skenaariot."},
        // Tables and layout (ui/table_helpers.cpp, the header)
        {"More actions", "Lisää toimintoja"},
        {"  SANDBOX", "  HIEKKALAATIKKO"},
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
