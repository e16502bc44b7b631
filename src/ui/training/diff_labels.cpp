#include "ui/training/diff_labels.h"

#include <algorithm>
#include <cctype>

#include "ui/strings.h"
#include "ui/ui_helpers.h"

namespace prm::ui {
namespace {

struct FieldLabel {
    const char* table;  // "" = any table
    const char* key;
    const char* label;  // English; tr() gives the language's
};

// The product's labels for the columns a trainee's steps change. More specific rows first.
const FieldLabel kLabels[] = {
    {"org", "name", N_("Organization Name")},
    {"org", "edition", N_("Edition")},
    {"org", "default_lead_owner_id", N_("Default Lead Owner")},
    {"org", "partner_role_count", N_("Number of partner roles")},
    {"org", "prm_enabled", N_("Partner Relationship Management")},
    {"org", "prm_enabled_at", N_("Partner Relationship Management enabled")},
    {"org", "owd_lead_internal", N_("Lead: Default Internal Access")},
    {"org", "owd_lead_external", N_("Lead: Default External Access")},
    {"org", "owd_account_internal", N_("Account: Default Internal Access")},
    {"org", "owd_account_external", N_("Account: Default External Access")},
    {"org", "owd_contact_internal", N_("Contact: Default Internal Access")},
    {"org", "owd_contact_external", N_("Contact: Default External Access")},
    {"org", "owd_opportunity_internal", N_("Opportunity: Default Internal Access")},
    {"org", "owd_opportunity_external", N_("Opportunity: Default External Access")},
    {"org", "grant_access_using_hierarchies", N_("Grant Access Using Hierarchies")},
    {"org", "wizard_state", N_("External User Access Conversion")},
    {"leads", "owner", N_("Lead Owner")},
    {"leads", "status", N_("Lead Status")},
    {"leads", "lead_source", N_("Lead Source")},
    {"leads", "annual_revenue", N_("Annual Revenue")},
    {"leads", "employees", N_("No. of Employees")},
    {"accounts", "owner_id", N_("Account Owner")},
    {"accounts", "is_partner", N_("Partner Account")},
    {"contacts", "owner_id", N_("Contact Owner")},
    {"users", "is_active", N_("Active")},
    {"users", "must_change_password", N_("Must change password")},
    {"users", "last_login_at", N_("Last Login")},
    {"profiles", "is_admin", N_("Modify All Data")},
    {"queues", "send_email_to_members", N_("Send Email to Members")},
    {"assignment_rules", "is_active", N_("Active")},
    {"assignment_rule_entries", "target", N_("Assign to")},
    {"assignment_rule_entries", "do_not_reassign", N_("Do Not Reassign Owner")},
    {"round_robin_members", "member", N_("Member")},
    {"", "password", N_("Password")},
    {"", "first_name", N_("First Name")},
    {"", "last_name", N_("Last Name")},
    {"", "name", N_("Name")},
    {"", "company", N_("Company")},
    {"", "title", N_("Title")},
    {"", "email", N_("Email")},
    {"", "phone", N_("Phone")},
    {"", "username", N_("Username")},
    {"", "status", N_("Status")},
    {"", "country", N_("Country")},
    {"", "state", N_("State/Province")},
    {"", "city", N_("City")},
    {"", "industry", N_("Industry")},
    {"", "rating", N_("Rating")},
    {"", "profile_id", N_("Profile")},
    {"", "role_id", N_("Role")},
    {"", "parent_id", N_("Reports To")},
    {"", "account_id", N_("Account")},
    {"", "contact_id", N_("Contact")},
    {"", "user_id", N_("User")},
    {"", "queue_id", N_("Queue")},
    {"", "group_id", N_("Public Group")},
    {"", "owner_id", N_("Owner")},
    {"", "email_template_id", N_("Email Template")},
    {"", "created_at", N_("Created")},
    {"", "weight", N_("Weight")},
};

}  // namespace

std::string diffFieldLabel(const std::string& table, const std::string& key) {
    for (const auto& l : kLabels)
        if (key == l.key && (table == l.table || !*l.table)) return tr(l.label);
    std::string words = key;
    if (words.size() > 3 && words.compare(words.size() - 3, 3, "_id") == 0) words.resize(words.size() - 3);
    std::replace(words.begin(), words.end(), '_', ' ');
    if (!words.empty()) words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
    return words;
}

std::string diffValueText(const app::DiffValue& v) {
    using K = app::DiffValue::Kind;
    switch (v.kind) {
        case K::Empty: return tr("(empty)");
        case K::Flag: return v.on ? tr("On") : tr("Off");
        case K::Time:
            if (!v.text.empty() && v.text.find_first_not_of("0123456789") == std::string::npos) return formatTime(std::stoll(v.text));
            return v.text;
        case K::Text:
        case K::Number:
        case K::Record: return v.text.empty() ? std::string(tr("(empty)")) : v.text;
    }
    return v.text;
}

std::string diffChangeLine(const app::FieldChange& f) {
    return diffFieldLabel(f.table, f.key) + ": " + diffValueText(f.from) + " \u2192 " + diffValueText(f.to);
}

}  // namespace prm::ui
