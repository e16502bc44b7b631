#include "app/messages.h"
#include "app/leads/lead_generator.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>

#include "app/leads/lead_support.h"

namespace prm::app {
namespace {

std::uint64_t mix(std::uint64_t z) {  // splitmix64 finalizer
    z += 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

template <size_t N>
const char* pick(const char* const (&list)[N], std::uint64_t r) {
    return list[r % N];
}

const char* const kFinnishFirst[] = {"Maija", "Matti", "Aino", "Juha", "Liisa", "Mikko", "Sanna", "Timo", "Elina",
                                     "Jukka", "Päivi", "Antti", "Heidi", "Ville", "Kaisa", "Ilkka", "Tuula", "Sami",
                                     "Riikka", "Jyrki", "Anneli", "Eero", "Sirpa", "Väinö", "Noora", "Olli"};
const char* const kFinnishLast[] = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine",
                                    "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen",
                                    "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo",
                                    "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen"};
const char* const kEnglishFirst[] = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda",
                                     "William", "Elizabeth", "David", "Susan", "Richard", "Jessica", "Thomas", "Sarah",
                                     "Charles", "Karen", "Daniel", "Emily", "Oliver", "Amelia", "Harry", "Sophie"};
const char* const kEnglishLast[] = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
                                    "Taylor", "Clark", "Walker", "Wright", "Evans", "Thompson", "White", "Harris",
                                    "Martin", "Hughes", "Edwards", "Green", "Hall", "Wood", "Baker", "Turner"};
const char* const kFinnishCompanyStem[] = {"Pohjola", "Kaleva", "Saimaa", "Lappi", "Karjala", "Aurora", "Revontuli",
                                           "Koivu", "Kuusi", "Tammi", "Järvi", "Meri", "Tunturi", "Sisu", "Kide",
                                           "Routa", "Vaahtera", "Halla", "Ilves", "Kotka"};
const char* const kFinnishCompanyKind[] = {"Tech Oy", "Logistiikka Oy", "Rakennus Oy", "Data Oy", "Konepaja Oy",
                                           "Energia Oy", "Consulting Oy", "Systems Oyj", "Kauppa Oy", "Digital Oy"};
const char* const kEnglishCompanyStem[] = {"Northwind", "Bluebell", "Oakridge", "Silverline", "Redstone", "Brightwater",
                                           "Ironbridge", "Greenfield", "Highland", "Kingsway", "Westbrook", "Fairview",
                                           "Lakeside", "Summit", "Harbour", "Crescent"};
const char* const kEnglishCompanyKind[] = {"Ltd", "Inc", "Holdings", "Systems Ltd", "Logistics Inc", "Software Ltd",
                                           "Partners LLP", "Industries plc", "Analytics Inc", "Foods Ltd"};
const char* const kFinnishCities[] = {"Helsinki", "Espoo", "Tampere", "Vantaa", "Oulu", "Turku", "Jyväskylä",
                                      "Kuopio", "Lahti", "Pori", "Joensuu", "Lappeenranta", "Vaasa", "Seinäjoki"};
const char* const kFinnishRegions[] = {"Uusimaa", "Uusimaa", "Pirkanmaa", "Uusimaa", "Pohjois-Pohjanmaa",
                                       "Varsinais-Suomi", "Keski-Suomi", "Pohjois-Savo", "Päijät-Häme", "Satakunta",
                                       "Pohjois-Karjala", "Etelä-Karjala", "Pohjanmaa", "Etelä-Pohjanmaa"};
struct Place {
    const char* country;
    const char* city;
    const char* state;
};
const Place kOtherPlaces[] = {{"Sweden", "Stockholm", "Stockholm"},      {"Sweden", "Göteborg", "Västra Götaland"},
                              {"Norway", "Oslo", "Oslo"},                {"Denmark", "København", "Hovedstaden"},
                              {"Estonia", "Tallinn", "Harju"},           {"United Kingdom", "London", "England"},
                              {"United Kingdom", "Manchester", "England"}, {"United Kingdom", "Edinburgh", "Scotland"},
                              {"United States", "Boston", "MA"},         {"United States", "Austin", "TX"},
                              {"Germany", "Berlin", "Berlin"},           {"Ireland", "Dublin", "Leinster"}};
const char* const kIndustries[] = {"Technology", "Manufacturing", "Retail", "Energy", "Finance", "Healthcare",
                                   "Logistics", "Construction", "Education", "Media"};
const char* const kSources[] = {"Web", "Partner Referral", "Trade Show", "Phone Inquiry", "Email", "Webinar",
                                "Word of mouth", "Advertisement"};
const char* const kRatings[] = {"", "Hot", "Warm", "Cold"};

std::string asciiSlug(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0xC3 && i + 1 < s.size()) {  // ä ö å Ä Ö Å → a o a
            unsigned char d = static_cast<unsigned char>(s[++i]);
            out += (d == 0xB6 || d == 0x96) ? 'o' : 'a';
        } else if (std::isalnum(c)) {
            out += static_cast<char>(std::tolower(c));
        }
    }
    return out;
}

}  // namespace

domain::LeadValues generatedLead(std::uint64_t seed, std::int64_t i) {
    std::uint64_t s = mix(seed ^ mix(static_cast<std::uint64_t>(i)));
    auto next = [&s]() { return s = mix(s); };
    domain::LeadValues v;
    const bool finnish = next() % 100 < 60;
    std::string first = finnish ? pick(kFinnishFirst, next()) : pick(kEnglishFirst, next());
    std::string last = finnish ? pick(kFinnishLast, next()) : pick(kEnglishLast, next());
    std::string company = finnish ? std::string(pick(kFinnishCompanyStem, next())) + " " + pick(kFinnishCompanyKind, next())
                                  : std::string(pick(kEnglishCompanyStem, next())) + " " + pick(kEnglishCompanyKind, next());
    std::string country, city, state;
    if (finnish || next() % 100 < 20) {
        size_t k = next() % (sizeof kFinnishCities / sizeof *kFinnishCities);
        country = "Finland";
        city = kFinnishCities[k];
        state = kFinnishRegions[k];
    } else {
        const Place& p = kOtherPlaces[next() % (sizeof kOtherPlaces / sizeof *kOtherPlaces)];
        country = p.country;
        city = p.city;
        state = p.state;
    }
    std::string domainName = asciiSlug(company.substr(0, company.find(' '))) + (country == "Finland" ? ".fi" : ".example");
    auto at = [&](const char* api) -> std::optional<std::string>& {
        return v[static_cast<size_t>(domain::leadFieldIndex(api))];
    };
    at("FirstName") = first;
    at("LastName") = last;
    at("Company") = company;
    static const char* const titles[] = {"CEO", "CTO", "Head of Sales", "Purchasing Manager", "IT Director",
                                         "Operations Manager"};
    at("Title") = std::string(pick(titles, next()));
    at("Email") = asciiSlug(first) + "." + asciiSlug(last) + "@" + domainName;
    char phone[32];
    std::snprintf(phone, sizeof phone, country == "Finland" ? "+358 40 %03u %04u" : "+44 20 %04u %04u",
                  static_cast<unsigned>(next() % 1000), static_cast<unsigned>(next() % 10000));
    at("Phone") = std::string(phone);
    static const char* const statuses[] = {"Open - Not Contacted", "Open - Not Contacted", "Working - Contacted",
                                           "Closed - Converted", "Closed - Not Converted"};
    at("Status") = std::string(pick(statuses, next()));
    at("LeadSource") = std::string(pick(kSources, next()));
    at("Country") = country;
    at("State") = state;
    at("City") = city;
    at("Industry") = std::string(pick(kIndustries, next()));
    if (next() % 10 != 0) at("AnnualRevenue") = std::to_string((next() % 2000 + 1) * 25000);
    if (next() % 10 != 0) at("NumberOfEmployees") = std::to_string(next() % 5000 + 1);
    at("Rating") = std::string(pick(kRatings, next()));
    return v;
}

domain::Result<GeneratedLeads> generateLeads(store::Db& db, const LeadGeneratorOptions& opts) {
    using R = domain::Result<GeneratedLeads>;
    if (opts.count < 0) return R::fail(T_f("the number of leads cannot be negative"), "count");
    if (opts.firstIndex < 0) return R::fail(T_f("the first index cannot be negative"), "firstIndex");
    auto next = db.queryInt("SELECT lead_number_next FROM org WHERE id = 1");
    if (!next) return R::fail("create the org first: leads are numbered by the org", "");
    GeneratedLeads out;
    if (opts.count == 0) return out;
    std::int64_t number = *next;

    constexpr int kBatch = 64;
    constexpr int kCols = domain::kLeadFieldCount + 7;  // number, fields..., owners, trace, created, modified
    auto makeSql = [&](int rows) {
        std::string sql = "INSERT INTO leads(number";
        for (const auto& f : domain::leadFields()) sql += std::string(", ") + f.column;
        sql += ", owner_user_id, owner_queue_id, assignment_trace, created_at, modified_at) VALUES ";
        std::string row = "(?";
        for (int c = 1; c < kCols - 1; ++c) row += ",?";
        row += ")";
        for (int r = 0; r < rows; ++r) sql += (r ? "," : "") + row;
        return sql;
    };
    store::Statement full = db.prepare(makeSql(kBatch));
    const std::string trace = json{{"how", "generated"}, {"seed", opts.seed}}.dump();
    const size_t nUsers = opts.ownerUserIds.size(), nQueues = opts.ownerQueueIds.size();

    std::int64_t done = 0;
    while (done < opts.count) {
        int rows = static_cast<int>(std::min<std::int64_t>(kBatch, opts.count - done));
        store::Statement partial;
        store::Statement* st = &full;
        if (rows < kBatch) {
            partial = db.prepare(makeSql(rows));
            st = &partial;
        }
        for (int r = 0; r < rows; ++r) {
            const std::int64_t i = done + r;                 // this call's i-th lead
            const std::int64_t k = opts.firstIndex + i;      // the seed's k-th lead
            domain::LeadValues v = generatedLead(opts.seed, k);
            int p = r * (kCols - 1) + 1;
            st->bind(p++, leads::leadNumber(number + i));
            for (int f = 0; f < domain::kLeadFieldCount; ++f, ++p) {
                const auto& val = v[static_cast<size_t>(f)];
                if (domain::leadFields()[static_cast<size_t>(f)].type == domain::FieldType::Number) {
                    if (val) st->bind(p, std::stod(*val));
                    else st->bindNull(p);
                } else {
                    st->bind(p, val.value_or(std::string()));
                }
            }
            size_t slot = (nUsers + nQueues) ? static_cast<size_t>(k) % (nUsers + nQueues) : 0;
            if (nUsers + nQueues == 0) {
                st->bind(p, opts.ownerFallback);
                st->bindNull(p + 1);
            } else if (slot < nUsers) {
                st->bind(p, opts.ownerUserIds[slot]);
                st->bindNull(p + 1);
            } else {
                st->bindNull(p);
                st->bind(p + 1, opts.ownerQueueIds[slot - nUsers]);
            }
            st->bind(p + 2, trace);
            st->bind(p + 3, opts.now);
            st->bind(p + 4, opts.now);
        }
        if (auto s = st->run(); !s) return R::fail("generating leads failed: " + s.message());
        st->reset();
        done += rows;
    }
    out.lastId = db.lastInsertId();
    out.firstId = out.lastId - opts.count + 1;
    out.count = opts.count;
    auto up = db.prepare("UPDATE org SET lead_number_next = ? WHERE id = 1");
    up.bind(1, number + opts.count);
    if (auto s = up.run(); !s) return R::fail(s.message());
    return out;
}

}  // namespace prm::app
