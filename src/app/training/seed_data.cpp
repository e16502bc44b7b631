#include "app/training/seed_data.h"

namespace prm::app::seed {

std::vector<json> demoOrgCommands() {
    std::vector<json> c;
    c.push_back({{"cmd", "CreateOrg"},
                 {"name", "Pohjola Tech Oy"},
                 {"edition", "Enterprise"},
                 {"partnerRoleCount", 3},
                 {"admin",
                  {{"firstName", "Sanna"},
                   {"lastName", "Lehtonen"},
                   {"email", "sanna.lehtonen@pohjolatech.example"},
                   {"username", kDemoAdminUsername}}}});
    auto user = [&](const char* first, const char* last, const char* email, const char* role) {
        c.push_back({{"cmd", "CreateUser"}, {"firstName", first}, {"lastName", last}, {"email", email},
                     {"roleName", role}, {"profileName", "Standard User"}});
    };
    user("Emma", "Wilson", "emma.wilson@pohjolatech.example", "VP Sales");
    user("Mikko", "Nieminen", "mikko.nieminen@pohjolatech.example", "Channel Sales Manager");
    user("Laura", "Mäkelä", "laura.makela@pohjolatech.example", "Channel Sales Manager");
    user("Oliver", "Brown", "oliver.brown@pohjolatech.example", "Sales Rep");
    user("Aleksi", "Heikkinen", "aleksi.heikkinen@pohjolatech.example", "Sales Rep");

    auto account = [&](const char* name, Id owner, const char* industry, const char* phone, const char* web,
                       const char* city, const char* country) {
        c.push_back({{"cmd", "CreateAccount"}, {"name", name}, {"ownerId", owner}, {"industry", industry},
                     {"phone", phone}, {"website", web}, {"city", city}, {"country", country}});
    };
    account("Nordic Partners Oy", kMikkoNieminen, "Technology", "+358 9 4242 1000", "www.nordicpartners.example",
            "Helsinki", "Finland");
    account("Saimaa IT Solutions Oy", kMikkoNieminen, "Technology", "+358 5 612 3400", "www.saimaait.example",
            "Lappeenranta", "Finland");
    account("Baltic Reseller Group", kLauraMakela, "Wholesale", "+372 600 1234", "www.balticreseller.example", "Tallinn",
            "Estonia");
    account("Lakeside Systems Ltd", kLauraMakela, "Consulting", "+44 161 496 0000", "www.lakesidesystems.example",
            "Manchester", "United Kingdom");
    account("Harjula Logistics Oy", kOliverBrown, "Transportation", "+358 3 245 6700", "www.harjula.example", "Tampere",
            "Finland");
    account("Brightwater Retail Ltd", kAleksiHeikkinen, "Retail", "+44 113 496 0100", "www.brightwater.example", "Leeds",
            "United Kingdom");

    auto contact = [&](Id acc, const char* first, const char* last, const char* title, const char* email,
                       const char* phone) {
        c.push_back({{"cmd", "CreateContact"}, {"accountId", acc}, {"firstName", first}, {"lastName", last},
                     {"title", title}, {"email", email}, {"phone", phone}});
    };
    contact(kNordicPartnersOy, "Maija", "Virtanen", "Partner Manager", "maija.virtanen@nordicpartners.example",
            "+358 40 123 4567");
    contact(kNordicPartnersOy, "Jukka", "Korhonen", "Sales Specialist", "jukka.korhonen@nordicpartners.example",
            "+358 50 765 4321");
    contact(kSaimaaItSolutionsOy, "Sofia", "Laine", "CEO", "sofia.laine@saimaait.example", "+358 40 555 0101");
    contact(kBalticResellerGroup, "Anna", "Kask", "Sales Director", "anna.kask@balticreseller.example", "+372 5123 4567");
    contact(kLakesideSystemsLtd, "James", "Taylor", "Channel Manager", "james.taylor@lakesidesystems.example",
            "+44 7700 900123");
    contact(kHarjulaLogisticsOy, "Pekka", "Järvinen", "Logistics Manager", "pekka.jarvinen@harjula.example",
            "+358 44 987 6543");
    contact(kBrightwaterRetailLtd, "Emily", "Clarke", "Head of Purchasing", "emily.clarke@brightwater.example",
            "+44 7700 900456");
    return c;
}

}  // namespace prm::app::seed
