// The sales picklists' display words: the API values stay English in the model, the UI shows them in the
// reader's language (as Lead Status does, ui/leads/lead_ui_helpers.cpp).
#include <string>

#include "ui/sales/sales_views.h"
#include "ui/strings.h"

namespace prm::ui {
namespace {
struct Label {
    const char* api;
    const char* label;
};
const char* find(const Label* table, std::size_t n, const std::string& api) {
    for (std::size_t i = 0; i < n; ++i)
        if (api == table[i].api) return table[i].label;
    return api.c_str();  // an unknown value is shown as it is stored (the caller's string outlives the call)
}
}  // namespace

const char* stageLabel(const std::string& stage) {
    static const Label t[] = {
        {"Prospecting", N_("Prospecting")},
        {"Qualification", N_("Qualification")},
        {"Needs Analysis", N_("Needs Analysis")},
        {"Value Proposition", N_("Value Proposition")},
        {"Id. Decision Makers", N_("Id. Decision Makers")},
        {"Perception Analysis", N_("Perception Analysis")},
        {"Proposal/Price Quote", N_("Proposal/Price Quote")},
        {"Negotiation/Review", N_("Negotiation/Review")},
        {"Closed Won", N_("Closed Won")},
        {"Closed Lost", N_("Closed Lost")},
    };
    return find(t, sizeof t / sizeof t[0], stage);
}

const char* activityTypeLabel(const std::string& type) {
    static const Label t[] = {
        {"Task", N_("Task")},   {"PhoneCall", N_("Phone Call")}, {"Appointment", N_("Appointment")},
        {"Email", N_("E-mail")}, {"Letter", N_("Letter")},       {"Fax", N_("Fax")},
    };
    return find(t, sizeof t / sizeof t[0], type);
}

const char* activityStateLabel(const std::string& state) {
    static const Label t[] = {
        {"Open", N_("Open")},
        {"Scheduled", N_("Scheduled")},
        {"Completed", N_("Completed")},
        {"Canceled", N_("Canceled")},
    };
    return find(t, sizeof t / sizeof t[0], state);
}

const char* priorityLabel(const std::string& priority) {
    static const Label t[] = {{"Low", N_("Low")}, {"Normal", N_("Normal")}, {"High", N_("High")}};
    return find(t, sizeof t / sizeof t[0], priority);
}

}  // namespace prm::ui
