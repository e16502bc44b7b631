#pragma once
// AssignmentRouter: the active lead assignment rule, loaded once and applied to many leads.
// Entries are tried in order and the first match wins; targets are users (partner users must be
// eligible, else the entry is skipped), queues, or built-in round robins (ineligible members skipped,
// cursor persisted). No match → the org's default lead owner. Every decision carries a JSON trace.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/leads/lead_support.h"
#include "domain/rules.h"

namespace prm::app::leads {

struct RouteDecision {
    Owner owner;
    json trace;                        // stored in leads.assignment_trace
    std::optional<Id> emailTemplateId; // the matching entry's template, to send to the new owner
};

class AssignmentRouter {
public:
    // Loads the active rule, its entries, targets, round robins and the default lead owner.
    AssignmentRouter(store::Db& db, Id actor, TimeMs now);
    bool hasActiveRule() const { return m_ruleId != 0; }
    const std::string& ruleName() const { return m_ruleName; }
    // "Country equals 'Denmark'" for the entry at `order` (1-based), for reports; "" for an unknown order.
    std::string entryCriteria(int order) const;

    // Decides the owner of one lead whose current (or provisional) owner is `current`.
    RouteDecision route(const domain::LeadValues& values, const Owner& current);
    // Writes the round-robin cursors that moved back to round_robins.cursor.
    domain::Status save();

private:
    struct Target {
        enum Kind { User, Queue, RoundRobin } kind = User;
        Id id = 0;
    };
    struct Entry {
        Id id = 0;
        int order = 0;
        std::vector<domain::CompiledCriterion> criteria;
        std::optional<domain::Logic> logic;
        std::string logicText;
        Target target;
        std::optional<Id> templateId;
        bool doNotReassign = false;
        std::string problem;  // why the entry cannot be used ("" when it can)
        std::string words;    // the criteria and logic in words, for reports
    };
    struct RoundRobin {
        Id id = 0;
        std::string name;
        bool queues = false;
        std::vector<Id> members;
        std::vector<std::string> problems;  // "" when eligible
        std::vector<int> sequence;
        std::vector<bool> eligible;
        std::int64_t cursor = 0;
        bool moved = false;
    };
    const std::string& nameOf(const Owner& o);
    json ownerJson(const Owner& o);
    RouteDecision fallback(const Owner& current, json trace, const std::string& why);

    store::Db& m_db;
    Id m_actor;
    TimeMs m_now;
    Id m_ruleId = 0;
    std::string m_ruleName;
    std::vector<Entry> m_entries;
    std::map<Id, RoundRobin> m_roundRobins;
    std::optional<Id> m_defaultOwner;
    std::string m_defaultProblem;
    std::map<std::pair<bool, Id>, std::string> m_names;
};

// Sends the entry's e-mail template (kind RuleTemplate) about one lead to its new owner
// (a queue: its members when it says so, else its address).
void sendRuleTemplate(CommandContext& ctx, Id leadId, const Owner& owner, Id templateId);
// One QueueNotification per queue member (for queues that notify members): "N leads were added".
void sendQueueSummaries(CommandContext& ctx, const std::map<Id, std::vector<Id>>& leadsByQueue);

}  // namespace prm::app::leads
