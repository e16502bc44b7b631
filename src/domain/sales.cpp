#include "domain/sales.h"

#include <cstdio>
#include <cstring>

namespace prm::domain {

const std::vector<Stage>& opportunityStages() {
    static const std::vector<Stage> v = {
        {"Prospecting", 10, false, false},       {"Qualification", 10, false, false},
        {"Needs Analysis", 20, false, false},    {"Value Proposition", 50, false, false},
        {"Id. Decision Makers", 60, false, false}, {"Perception Analysis", 70, false, false},
        {"Proposal/Price Quote", 75, false, false}, {"Negotiation/Review", 90, false, false},
        {"Closed Won", 100, true, true},          {"Closed Lost", 0, true, false},
    };
    return v;
}

const Stage* findStage(const std::string& name) {
    for (const auto& s : opportunityStages())
        if (name == s.name) return &s;
    return nullptr;
}

namespace {
struct TypeName {
    ActivityType type;
    const char* api;
    const char* label;
};
const TypeName kTypes[] = {
    {ActivityType::Task, "Task", "Task"},          {ActivityType::PhoneCall, "PhoneCall", "Phone Call"},
    {ActivityType::Appointment, "Appointment", "Appointment"}, {ActivityType::Email, "Email", "E-mail"},
    {ActivityType::Letter, "Letter", "Letter"},    {ActivityType::Fax, "Fax", "Fax"},
};
}  // namespace

const char* toString(ActivityType t) {
    for (const auto& n : kTypes)
        if (n.type == t) return n.api;
    return "Task";
}
const char* label(ActivityType t) {
    for (const auto& n : kTypes)
        if (n.type == t) return n.label;
    return "Task";
}
std::optional<ActivityType> activityTypeFrom(const std::string& s) {
    for (const auto& n : kTypes)
        if (s == n.api || s == n.label) return n.type;
    return std::nullopt;
}

const char* toString(ActivityState s) {
    switch (s) {
        case ActivityState::Open: return "Open";
        case ActivityState::Scheduled: return "Scheduled";
        case ActivityState::Completed: return "Completed";
        case ActivityState::Canceled: return "Canceled";
    }
    return "Open";
}
std::optional<ActivityState> activityStateFrom(const std::string& s) {
    for (auto v : {ActivityState::Open, ActivityState::Scheduled, ActivityState::Completed, ActivityState::Canceled})
        if (s == toString(v)) return v;
    return std::nullopt;
}

const char* toString(Priority p) {
    switch (p) {
        case Priority::Low: return "Low";
        case Priority::Normal: return "Normal";
        case Priority::High: return "High";
    }
    return "Normal";
}
std::optional<Priority> priorityFrom(const std::string& s) {
    for (auto v : {Priority::Low, Priority::Normal, Priority::High})
        if (s == toString(v)) return v;
    return std::nullopt;
}

const char* toString(RegardingType r) {
    switch (r) {
        case RegardingType::Lead: return "Lead";
        case RegardingType::Account: return "Account";
        case RegardingType::Contact: return "Contact";
        case RegardingType::Opportunity: return "Opportunity";
    }
    return "Lead";
}
std::optional<RegardingType> regardingTypeFrom(const std::string& s) {
    for (auto v : {RegardingType::Lead, RegardingType::Account, RegardingType::Contact, RegardingType::Opportunity})
        if (s == toString(v)) return v;
    return std::nullopt;
}

ActivityState openStateFor(ActivityType t) {
    return t == ActivityType::Appointment ? ActivityState::Scheduled : ActivityState::Open;
}

namespace {
// Days since 1970-01-01 of a civil date, and back (proleptic Gregorian calendar).
long long daysFromCivil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}
void civilFromDays(long long z, long long& y, unsigned& m, unsigned& d) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<long long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}
bool digits(const std::string& s, std::size_t from, std::size_t n, int& out) {
    out = 0;
    for (std::size_t i = from; i < from + n; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}
bool parseDate(const std::string& s, int& y, int& m, int& d) {
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
    if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d)) return false;
    if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}
}  // namespace

bool isDate(const std::string& s) {
    int y, m, d;
    return s.size() == 10 && parseDate(s, y, m, d);
}

bool isDateTime(const std::string& s) {
    int y, m, d, hh, mm;
    return s.size() == 16 && parseDate(s, y, m, d) && s[10] == 'T' && s[13] == ':' && digits(s, 11, 2, hh) &&
           digits(s, 14, 2, mm) && hh < 24 && mm < 60;
}

std::string dateOf(TimeMs t) { return dateTimeOf(t).substr(0, 10); }

std::string dateTimeOf(TimeMs t) {
    long long secs = t / 1000;
    if (t < 0 && t % 1000 != 0) --secs;
    long long days = secs / 86400;
    long long rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    long long y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld", y, m, d, rem / 3600, (rem % 3600) / 60);
    return buf;
}

std::string addDays(const std::string& date, int days) {
    int y, m, d;
    if (!parseDate(date, y, m, d)) return date;
    const long long z = daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)) + days;
    return dateOf(z * 86400000LL);
}

std::string trimText(const std::string& s) {
    const char* ws = " \t\r\n";
    const auto b = s.find_first_not_of(ws);
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

}  // namespace prm::domain
