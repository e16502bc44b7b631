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
        {"Welcome", "Welcome: your login"},
        {"PasswordReset", "Your password was reset"},
        {"LeadNotification", "Lead assigned to you"},
        {"QueueNotification", "Lead added to your queue"},
        {"RuleTemplate", "Lead assigned by a rule"},
    };
    for (const auto& k : kKinds)
        if (kind == k.kind) return tr(k.label);
    return kind;
}

}  // namespace prm::ui
