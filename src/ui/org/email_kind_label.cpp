#include "ui/org/email_kind_label.h"

#include <cstring>

#include "ui/strings.h"

namespace prm::ui {

std::string emailKindLabel(const std::string& kind) {
    // Every kind the model sends (grep sendEmail in src/app).
    static const struct {
        const char* kind;
        const char* label;
    } kKinds[] = {
        {"Welcome", N_("Welcome: your login")},  // notr: the kind is a key
        {"PasswordReset", N_("Your password was reset")},  // notr: the kind is a key
        {"LeadNotification", N_("Lead assigned to you")},  // notr: the kind is a key
        {"QueueNotification", N_("Lead added to your queue")},  // notr: the kind is a key
        {"RuleTemplate", N_("Lead assigned by a rule")},  // notr: the kind is a key
    };
    for (const auto& k : kKinds)
        if (kind == k.kind) return tr(k.label);
    return kind;
}

}  // namespace prm::ui
