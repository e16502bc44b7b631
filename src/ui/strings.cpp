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
        // Home start page: Start here, training scenarios, where things are
        {"This sandbox has no org yet.", "Tässä sandboxissa ei ole vielä organisaatiota."},
        {"Org", "Organisaatio"},
        {"Partner Relationship Management", "Kumppanisuhteiden hallinta"},
        {"enabled", "käytössä"},
        {"not enabled", "ei käytössä"},
        {"A disposable CRM org in your browser for practising Partner Relationship Management: everything "
         "stays on this machine, and nothing you do here reaches a real org or a real mailbox.",
         "Kertakäyttöinen CRM-organisaatio selaimessasi kumppanisuhteiden hallinnan harjoitteluun: kaikki pysyy "
         "tällä koneella, eikä mikään täällä tehty päädy oikeaan organisaatioon tai oikeaan postilaatikkoon."},
        {"Start here", "Aloita tästä"},
        {"done in this org. Each link opens the step's first screen.",
         "tehty tässä organisaatiossa. Jokainen linkki avaa vaiheen ensimmäisen näkymän."},
        {"Take a sandbox copy", "Ota sandbox-kopio"},
        {"Enable PRM", "Ota PRM käyttöön"},
        {"Run the External User Access Conversion wizard", "Suorita ohjattu ulkoisen käyttäjän käyttöoikeusmuunnos"},
        {"Create a partner account (Enable As Partner)", "Luo kumppanitili (Ota käyttöön kumppanina)"},
        {"Create a partner user (Enable Partner User)", "Luo kumppanikäyttäjä (Ota kumppanikäyttäjä käyttöön)"},
        {"Set up the partner community", "Perusta kumppaniyhteisö"},
        {"Give a lead to a partner", "Anna liidi kumppanille"},
        {"The partner logs in and sees the lead", "Kumppani kirjautuu ja näkee liidin"},
        {"Training → Snapshots", "Koulutus → Tilannekuvat"},
        {"Setup → Build → Customize → Partners → Settings", "Asetukset → Rakenna → Mukauta → Yhteistyökumppanit → Asetukset"},
        {"Setup → Partners → Settings", "Asetukset → Yhteistyökumppanit → Asetukset"},
        {"Sales → Accounts", "Myynti → Tilit"},
        {"Sales → Contacts", "Myynti → Yhteystiedot"},
        {"Setup → Digital Experiences → All Communities", "Asetukset → Digitaaliset kokemukset → Kaikki yhteisöt"},
        {"Sales → Leads → Change Lead Owner (notification e-mail)", "Myynti → Liidit → Vaihda liidin omistaja (ilmoitussähköposti)"},
        {"Setup → Administer → Email → Outbox", "Asetukset → Hallinnoi → Sähköposti → Lähtevät"},
        {"Training scenarios", "Koulutusskenaariot"},
        {"Loading a scenario replaces this org with the scenario's own (you are asked first).",
         "Skenaarion lataaminen korvaa tämän organisaation skenaarion omalla (sinulta kysytään ensin)."},
        {"Load", "Lataa"},
        {"Where things are", "Mistä löydät"},
        {"Outbox: every e-mail the sandbox \"sends\" (welcome passwords, lead notifications) lands in "
         "Setup → Administer → Email → Outbox. Nothing leaves this machine.",
         "Lähtevät: jokainen sandboxin \"lähettämä\" sähköposti (tervetulosalasanat, liidi-ilmoitukset) päätyy kohtaan "
         "Asetukset → Hallinnoi → Sähköposti → Lähtevät. Mikään ei lähde tältä koneelta."},
        {"Open the Outbox", "Avaa Lähtevät"},
        {"Sandbox copies: take a copy before a change you cannot undo (such as enabling PRM) and restore it "
         "later in Training → Snapshots.",
         "Sandbox-kopiot: ota kopio ennen muutosta, jota ei voi perua (kuten PRM:n käyttöönotto), ja palauta se "
         "myöhemmin kohdassa Koulutus → Tilannekuvat."},
        {"Open Training → Snapshots", "Avaa Koulutus → Tilannekuvat"},
        {"Use the app menu in the top-right corner to switch between Sales, Setup and the Partner Community.",
         "Vaihda myynnin, asetusten ja kumppaniyhteisön välillä oikean yläkulman sovellusvalikosta."},
        // Lead list views: View selector, Create New View / Edit / Delete
        {"View:", "Näkymä:"},
        {"View", "Näkymä"},
        {"All Leads", "Kaikki liidit"},
        {"My Leads", "Omat liidit"},
        {"Create New View", "Luo uusi näkymä"},
        {"Edit View", "Muokkaa näkymää"},
        {"View Name", "Näkymän nimi"},
        {"Filters: leads matching them show in this view (among the leads you can see).",
         "Suodattimet: niitä vastaavat liidit näkyvät tässä näkymässä (niistä liideistä, jotka voit nähdä)."},
        {"Field", "Kenttä"},
        {"Operator", "Operaattori"},
        {"Value", "Arvo"},
        {"Remove", "Poista"},
        {"Add Filter", "Lisää suodatin"},
        {"Filter Logic", "Suodatinlogiikka"},
        {"blank = all (AND); e.g. 1 AND (2 OR 3)", "tyhjä = kaikki (AND); esim. 1 AND (2 OR 3)"},
        {"Delete", "Poista"},
        {"Delete the view", "Poistetaanko näkymä"},
        {"Filters:", "Suodattimet:"},
        {"none", "ei mitään"},
        {"equals", "on yhtä kuin"},
        {"not equal to", "ei ole yhtä kuin"},
        {"contains", "sisältää"},
        {"does not contain", "ei sisällä"},
        {"starts with", "alkaa"},
        {"less than", "pienempi kuin"},
        {"greater than", "suurempi kuin"},
        {"less or equal", "pienempi tai yhtä suuri"},
        {"greater or equal", "suurempi tai yhtä suuri"},
        {"First Name", "Etunimi"},
        {"Last Name", "Sukunimi"},
        {"Company", "Yritys"},
        {"Title", "Titteli"},
        {"Phone", "Puhelin"},
        {"Lead Status", "Liidin tila"},
        {"Lead Source", "Liidin lähde"},
        {"Country", "Maa"},
        {"State/Province", "Osavaltio/provinssi"},
        {"City", "Kaupunki"},
        {"Industry", "Toimiala"},
        {"Annual Revenue", "Vuosiliikevaihto"},
        {"No. of Employees", "Työntekijöiden määrä"},
        {"Rating", "Luokitus"},
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
