#pragma once
// Values of the sales records around the leads: opportunity stages with their default probabilities,
// activity types, states and priorities, and the calendar dates they use ("2026-12-31", "2026-12-31T14:30").
// The names are the stable API values (SQLite, JSON, commands); the UI shows them translated.
#include <optional>
#include <string>
#include <vector>

#include "domain/types.h"

namespace prm::domain {

struct Stage {
    const char* name;  // "Prospecting"
    int probability;   // percent, 0..100
    bool closed;
    bool won;
};
// The opportunity stages in order, Prospecting (10 %) … Closed Won (100 %), Closed Lost (0 %).
const std::vector<Stage>& opportunityStages();
const Stage* findStage(const std::string& name);  // exact name; nullptr when none

enum class ActivityType { Task, PhoneCall, Appointment, Email, Letter, Fax };
enum class ActivityState { Open, Scheduled, Completed, Canceled };
enum class Priority { Low, Normal, High };
// What an activity regards: one record of these.
enum class RegardingType { Lead, Account, Contact, Opportunity };

const char* toString(ActivityType t);   // "PhoneCall"
const char* label(ActivityType t);      // "Phone Call" (English; the UI translates)
const char* toString(ActivityState s);
const char* toString(Priority p);
const char* toString(RegardingType r);
std::optional<ActivityType> activityTypeFrom(const std::string& s);  // "PhoneCall" or "Phone Call"
std::optional<ActivityState> activityStateFrom(const std::string& s);
std::optional<Priority> priorityFrom(const std::string& s);
std::optional<RegardingType> regardingTypeFrom(const std::string& s);
inline bool isClosed(ActivityState s) { return s == ActivityState::Completed || s == ActivityState::Canceled; }
// A new activity's state: appointments are Scheduled, every other type Open (as in Dynamics CRM).
ActivityState openStateFor(ActivityType t);

// Calendar dates and times, in UTC, as text that sorts as it reads.
bool isDate(const std::string& s);       // "YYYY-MM-DD", a real day (2026-02-29 is not)
bool isDateTime(const std::string& s);   // "YYYY-MM-DDTHH:MM", a real day and time
std::string dateOf(TimeMs t);            // 0 → "1970-01-01"
std::string dateTimeOf(TimeMs t);        // "1970-01-01T00:00"
std::string addDays(const std::string& date, int days);  // isDate(date) must hold

// Text without leading and trailing spaces, tabs and line breaks.
std::string trimText(const std::string& s);

}  // namespace prm::domain
