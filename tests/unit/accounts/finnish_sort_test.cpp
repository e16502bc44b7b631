// Lists sort names in the UI language: in Finnish Å, Ä and Ö come after Z (the collation prm_fi that every
// connection has); in English the lists keep their case-insensitive byte order.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "app/leads/queries_leads.h"
#include "app/queries_core.h"
#include "app/name_order.h"
#include "store/db.h"
#include "unit/core_fixture.h"

using namespace prm::testing;
using prm::i18n::Language;

namespace {

const std::vector<std::string> kNames = {"Öberg", "Zetterberg", "Åberg", "Aalto", "Ärväs"};
const std::vector<std::string> kFinnishOrder = {"Aalto", "Zetterberg", "Åberg", "Ärväs", "Öberg"};
// UTF-8 bytes: Ä (C3 84) < Å (C3 85) < Ö (C3 96), all after Z.
const std::vector<std::string> kByteOrder = {"Aalto", "Zetterberg", "Ärväs", "Åberg", "Öberg"};

template <class Row, class Get>
std::vector<std::string> namesOf(const std::vector<Row>& rows, Get get) {
    const std::set<std::string> wanted(kNames.begin(), kNames.end());
    std::vector<std::string> out;
    for (const auto& r : rows)
        if (wanted.count(get(r))) out.push_back(get(r));
    return out;
}

// Sets the lists' sort language for one test and puts English back after it.
struct SortLanguage {
    explicit SortLanguage(Language lang) { prm::app::setNameOrderLanguage(lang); }
    ~SortLanguage() { prm::app::setNameOrderLanguage(Language::English); }
    void set(Language lang) { prm::app::setNameOrderLanguage(lang); }
};

}  // namespace

TEST(FinnishSort, EveryConnectionHasTheLanguageCollations) {
    auto opened = prm::store::Db::open(":memory:");
    ASSERT_TRUE(opened.ok()) << opened.message();
    prm::store::Db& db = *opened.value();
    auto order = [&](const char* collation) {
        std::vector<std::string> out;
        auto st = db.prepare(std::string("SELECT n FROM (SELECT 'Öberg' AS n UNION ALL SELECT 'Zetterberg' "
                                             "UNION ALL SELECT 'Åberg' UNION ALL SELECT 'Aalto' UNION ALL "
                                             "SELECT 'Ärväs') ORDER BY n COLLATE ") +
                                 collation);
        while (st.step()) out.push_back(st.getText(0));
        EXPECT_TRUE(st.ok()) << st.error();
        return out;
    };
    EXPECT_EQ(order("prm_fi"), kFinnishOrder);
    // English ignores the accents: Aalto, Åberg, Ärväs, Öberg, Zetterberg.
    EXPECT_EQ(order("prm_en"), (std::vector<std::string>{"Aalto", "Åberg", "Ärväs", "Öberg", "Zetterberg"}));
    // Case is ignored first.
    std::vector<std::string> mixed;
    auto st = db.prepare("SELECT n FROM (SELECT 'äkäslompolo' AS n UNION ALL SELECT 'Zeta' UNION ALL "
                             "SELECT 'alpha') ORDER BY n COLLATE prm_fi");
    while (st.step()) mixed.push_back(st.getText(0));
    EXPECT_EQ(mixed, (std::vector<std::string>{"alpha", "Zeta", "äkäslompolo"}));
}

TEST(FinnishSort, AccountsListInTheUiLanguagesOrder) {
    auto sb = makeOrg();
    for (const auto& n : kNames) run(*sb, {{"cmd", "CreateAccount"}, {"name", n}});
    SortLanguage lang(Language::Finnish);
    auto name = [](const prm::app::AccountRow& r) { return r.name; };
    EXPECT_EQ(namesOf(prm::app::listAccounts(sb->db()), name), kFinnishOrder);
    lang.set(Language::English);
    EXPECT_EQ(namesOf(prm::app::listAccounts(sb->db()), name), kByteOrder);
}

TEST(FinnishSort, ContactsAndUsersListByLastNameInFinnishOrder) {
    auto sb = makeOrg();
    int i = 0;
    for (const auto& n : kNames) {
        run(*sb, {{"cmd", "CreateContact"}, {"firstName", "Aino"}, {"lastName", n}});
        run(*sb, {{"cmd", "CreateUser"}, {"firstName", "Aino"}, {"lastName", n},
                  {"email", "aino" + std::to_string(++i) + "@pohjolatech.example"}});
    }
    auto last = [](const auto& r) { return r.lastName; };
    SortLanguage lang(Language::Finnish);
    EXPECT_EQ(namesOf(prm::app::listContacts(sb->db()), last), kFinnishOrder);
    EXPECT_EQ(namesOf(prm::app::listUsers(sb->db()), last), kFinnishOrder);
    lang.set(Language::English);
    EXPECT_EQ(namesOf(prm::app::listContacts(sb->db()), last), kByteOrder);
    EXPECT_EQ(namesOf(prm::app::listUsers(sb->db()), last), kByteOrder);
}

TEST(FinnishSort, LeadsSortedByNameOrCompanyInFinnishOrder) {
    auto sb = makeOrg();
    for (const auto& n : kNames)
        run(*sb, {{"cmd", "CreateLead"}, {"firstName", "Aino"}, {"lastName", n}, {"company", n + " Oy"}});
    const Id admin = sb->currentUser();
    SortLanguage lang(Language::Finnish);
    prm::app::LeadListQuery q;
    q.sortBy = "name";
    auto last = [](const prm::app::LeadRow& r) { return r.name.substr(r.name.find(' ') + 1); };
    EXPECT_EQ(namesOf(prm::app::listLeads(sb->db(), admin, q).rows, last), kFinnishOrder);
    q.descending = true;
    auto desc = kFinnishOrder;
    std::reverse(desc.begin(), desc.end());
    EXPECT_EQ(namesOf(prm::app::listLeads(sb->db(), admin, q).rows, last), desc);
    q.descending = false;
    q.sortBy = "company";
    auto company = [](const prm::app::LeadRow& r) { return r.company.substr(0, r.company.size() - 3); };
    EXPECT_EQ(namesOf(prm::app::listLeads(sb->db(), admin, q).rows, company), kFinnishOrder);
    lang.set(Language::English);
    EXPECT_EQ(namesOf(prm::app::listLeads(sb->db(), admin, q).rows, company), kByteOrder);
}
