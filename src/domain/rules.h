#pragma once
// The lead rules, std only: criteria (field / operator / value) and their boolean logic,
// partner-user eligibility for lead ownership, and the weighted round-robin sequence.
// [SECTION] Lead fields   [SECTION] Criteria   [SECTION] Logic   [SECTION] Eligibility   [SECTION] Round robin
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/i18n/i18n.h"

#include "domain/result.h"

namespace prm::domain {

// ---- [SECTION] Lead fields ---------------------------------------------------------------
enum class FieldType { Text, Number };

struct LeadFieldInfo {
    const char* apiName;  // "AnnualRevenue": what criteria, filters and the JSON API use
    const char* column;   // "annual_revenue": the only way a field name reaches SQL text
    const char* label;    // "Annual Revenue"
    FieldType type;
};

constexpr int kLeadFieldCount = 15;
// The fields criteria may test, in a fixed order (LeadValues is indexed by it).
const std::array<LeadFieldInfo, kLeadFieldCount>& leadFields();
// Index into leadFields() by API name (case-insensitive), or -1.
int leadFieldIndex(const std::string& apiName);

// One lead's field values as text, indexed like leadFields(); nullopt = blank number.
using LeadValues = std::array<std::optional<std::string>, kLeadFieldCount>;

// ---- [SECTION] Criteria ------------------------------------------------------------------
enum class Op { Equals, NotEqual, Contains, NotContain, StartsWith, LessThan, GreaterThan, LessOrEqual, GreaterOrEqual };
const char* toString(Op op);      // "equals"
const char* label(Op op);         // "not equal to"
std::optional<Op> opFrom(const std::string& s);

struct Criterion {
    std::string field;  // API name
    std::string op;     // toString(Op)
    std::string value;  // "Finland, Sweden" for alternatives
};

// A validated criterion, ready to be evaluated many times.
struct CompiledCriterion {
    int field = -1;
    FieldType type = FieldType::Text;
    Op op = Op::Equals;
    std::string value;                 // as entered
    std::vector<std::string> folded;   // alternatives, trimmed and case-folded (text)
    std::vector<double> numbers;       // alternatives as numbers (number fields)
};

// Validates field, operator and value; the message names the criterion as `what` ("criterion 2").
Result<CompiledCriterion> compileCriterion(const Criterion& c, const std::string& what = "the criterion");
// Text comparisons ignore case (ASCII and Latin-1 letters such as Ä/ä); a comma-separated value
// means "any of" (for notEqual / notContain: "none of"). Blank numbers match nothing but notEqual.
bool matches(const CompiledCriterion& c, const std::optional<std::string>& fieldValue);
// "Country equals 'Finland' matched 'Finland'" / "... did not match 'Sweden'".
std::string describe(const CompiledCriterion& c, const std::optional<std::string>& fieldValue, bool matched);
// "Country equals 'Finland'".
std::string describe(const CompiledCriterion& c);

// Case folding used by all text comparisons: ASCII and Latin-1 upper-case letters to lower case.
std::string foldCase(const std::string& s);

// ---- [SECTION] Logic ---------------------------------------------------------------------
// Boolean logic over numbered criteria: "" (all, AND), "AND", "OR", or custom "1 AND (2 OR NOT 3)".
// As in the real product, AND and OR may not be mixed at one level without parentheses,
// and every criterion must be referenced.
class Logic {
public:
    static Result<Logic> parse(const std::string& text, int criteriaCount);
    bool evaluate(const std::vector<bool>& results) const;  // results[i] is criterion i+1
    const std::string& text() const { return m_text; }

private:
    struct Node {
        enum Kind { Leaf, And, Or, Not } kind = Leaf;
        int index = 0;              // Leaf: 0-based criterion
        std::vector<int> children;  // indices into m_nodes
    };
    bool eval(int node, const std::vector<bool>& r) const;
    std::vector<Node> m_nodes;
    int m_root = -1;  // -1: no criteria, always true
    std::string m_text;
    friend class LogicParser;
};

// ---- [SECTION] Eligibility ---------------------------------------------------------------
// Why a partner user may not own leads (the seed's §1.4).
enum class Ineligible { NotPartnerUser, NoCommunity, CommunityNotPublished, Inactive, NeverLoggedIn };

struct CommunityMembership {
    std::string name;
    bool published = false;
};
struct PartnerUserFacts {
    bool isPartnerUser = false;
    bool isActive = false;
    bool hasLoggedIn = false;
    std::vector<CommunityMembership> communities;  // communities whose member profiles include theirs
};

// Every rule the user fails, in a fixed order; empty = may own leads.
std::vector<Ineligible> partnerEligibility(const PartnerUserFacts& f);
// A short reason for lists: "never logged in", "community 'Partners' is not published".
std::string reasonText(Ineligible r, const PartnerUserFacts& f, i18n::Language lang = i18n::Language::English);
// The clause after "X cannot own leads yet: " — "they have never logged in; ask them to log in to the community once".
std::string reasonSentence(Ineligible r, const PartnerUserFacts& f, i18n::Language lang = i18n::Language::English);
// "Maija Virtanen cannot own leads yet: they have never logged in (...)"; joins several reasons.
// In `lang` (the reader's language; the words come from assets/i18n/fi.po).
std::string ineligibleMessage(const std::string& name, const std::vector<Ineligible>& reasons, const PartnerUserFacts& f,
                              i18n::Language lang = i18n::Language::English);

// ---- [SECTION] Round robin ---------------------------------------------------------------
// The weighted slot sequence (smooth weighted round robin): length = sum of weights, members
// interleaved, e.g. weights {2,1} → {0,1,0}. Weights below 1 count as 1.
std::vector<int> weightedSequence(const std::vector<int>& weights);

struct RoundRobinPick {
    int member = -1;             // index into the member list; -1 when nobody is eligible
    std::vector<int> skipped;    // members passed over (ineligible) before the pick, in order
};
// Picks the member at the cursor's slot, skipping ineligible ones; advances the cursor past every
// slot it looked at. When nobody is eligible the cursor is left unchanged.
RoundRobinPick pickRoundRobin(const std::vector<int>& sequence, const std::vector<bool>& eligible, std::int64_t& cursor);

}  // namespace prm::domain
