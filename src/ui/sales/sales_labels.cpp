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
        {"Prospecting", N_("Prospecting")},  // notr: API value
        {"Qualification", N_("Qualification")},  // notr: API value
        {"Needs Analysis", N_("Needs Analysis")},  // notr: API value
        {"Value Proposition", N_("Value Proposition")},  // notr: API value
        {"Id. Decision Makers", N_("Id. Decision Makers")},  // notr: API value
        {"Perception Analysis", N_("Perception Analysis")},  // notr: API value
        {"Proposal/Price Quote", N_("Proposal/Price Quote")},  // notr: API value
        {"Negotiation/Review", N_("Negotiation/Review")},  // notr: API value
        {"Closed Won", N_("Closed Won")},  // notr: API value
        {"Closed Lost", N_("Closed Lost")},  // notr: API value
    };
    return find(t, sizeof t / sizeof t[0], stage);
}

const char* activityTypeLabel(const std::string& type) {
    static const Label t[] = {
        {"Task", N_("Task")},   {"PhoneCall", N_("Phone Call")}, {"Appointment", N_("Appointment")},  // notr: API value
        {"Email", N_("E-mail")}, {"Letter", N_("Letter")},       {"Fax", N_("Fax")},  // notr: API value
    };
    return find(t, sizeof t / sizeof t[0], type);
}

const char* activityStateLabel(const std::string& state) {
    static const Label t[] = {
        {"Open", N_("Open")},  // notr: API value
        {"Scheduled", N_("Scheduled")},  // notr: API value
        {"Completed", N_("Completed")},  // notr: API value
        {"Canceled", N_("Canceled")},  // notr: API value
    };
    return find(t, sizeof t / sizeof t[0], state);
}

const char* priorityLabel(const std::string& priority) {
    static const Label t[] = {{"Low", N_("Low")}, {"Normal", N_("Normal")}, {"High", N_("High")}};  // notr: API value
    return find(t, sizeof t / sizeof t[0], priority);
}

}  // namespace prm::ui
