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
    {"org", "name", "Organization Name"},
    {"org", "edition", "Edition"},
    {"org", "default_lead_owner_id", "Default Lead Owner"},
    {"org", "partner_role_count", "Number of partner roles"},
    {"org", "prm_enabled", "Partner Relationship Management"},
    {"org", "prm_enabled_at", "Partner Relationship Management enabled"},
    {"org", "owd_lead_internal", "Lead: Default Internal Access"},
    {"org", "owd_lead_external", "Lead: Default External Access"},
    {"org", "owd_account_internal", "Account: Default Internal Access"},
    {"org", "owd_account_external", "Account: Default External Access"},
    {"org", "owd_contact_internal", "Contact: Default Internal Access"},
    {"org", "owd_contact_external", "Contact: Default External Access"},
    {"org", "owd_opportunity_internal", "Opportunity: Default Internal Access"},
    {"org", "owd_opportunity_external", "Opportunity: Default External Access"},
    {"org", "grant_access_using_hierarchies", "Grant Access Using Hierarchies"},
    {"org", "wizard_state", "External User Access Conversion"},
    {"leads", "owner", "Lead Owner"},
    {"leads", "status", "Lead Status"},
    {"leads", "lead_source", "Lead Source"},
    {"leads", "annual_revenue", "Annual Revenue"},
    {"leads", "employees", "No. of Employees"},
    {"accounts", "owner_id", "Account Owner"},
    {"accounts", "is_partner", "Partner Account"},
    {"contacts", "owner_id", "Contact Owner"},
    {"users", "is_active", "Active"},
    {"users", "must_change_password", "Must change password"},
    {"users", "last_login_at", "Last Login"},
    {"profiles", "is_admin", "Modify All Data"},
    {"queues", "send_email_to_members", "Send Email to Members"},
    {"assignment_rules", "is_active", "Active"},
    {"assignment_rule_entries", "target", "Assign to"},
    {"assignment_rule_entries", "do_not_reassign", "Do Not Reassign Owner"},
    {"round_robin_members", "member", "Member"},
    {"", "password", "Password"},
    {"", "first_name", "First Name"},
    {"", "last_name", "Last Name"},
    {"", "name", "Name"},
    {"", "company", "Company"},
    {"", "title", "Title"},
    {"", "email", "Email"},
    {"", "phone", "Phone"},
    {"", "username", "Username"},
    {"", "status", "Status"},
    {"", "country", "Country"},
    {"", "state", "State/Province"},
    {"", "city", "City"},
    {"", "industry", "Industry"},
    {"", "rating", "Rating"},
    {"", "profile_id", "Profile"},
    {"", "role_id", "Role"},
    {"", "parent_id", "Reports To"},
    {"", "account_id", "Account"},
    {"", "contact_id", "Contact"},
    {"", "user_id", "User"},
    {"", "queue_id", "Queue"},
    {"", "group_id", "Public Group"},
    {"", "owner_id", "Owner"},
    {"", "email_template_id", "Email Template"},
    {"", "created_at", "Created"},
    {"", "weight", "Weight"},
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
