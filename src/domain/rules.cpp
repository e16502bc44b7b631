#include "domain/rules.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace prm::domain {

// ---- [SECTION] Lead fields ---------------------------------------------------------------
const std::array<LeadFieldInfo, kLeadFieldCount>& leadFields() {
    static const std::array<LeadFieldInfo, kLeadFieldCount> fields = {{
        {"FirstName", "first_name", "First Name", FieldType::Text},
        {"LastName", "last_name", "Last Name", FieldType::Text},
        {"Company", "company", "Company", FieldType::Text},
        {"Title", "title", "Title", FieldType::Text},
        {"Email", "email", "Email", FieldType::Text},
        {"Phone", "phone", "Phone", FieldType::Text},
        {"Status", "status", "Lead Status", FieldType::Text},
        {"LeadSource", "lead_source", "Lead Source", FieldType::Text},
        {"Country", "country", "Country", FieldType::Text},
        {"State", "state", "State/Province", FieldType::Text},
        {"City", "city", "City", FieldType::Text},
        {"Industry", "industry", "Industry", FieldType::Text},
        {"AnnualRevenue", "annual_revenue", "Annual Revenue", FieldType::Number},
        {"NumberOfEmployees", "employees", "No. of Employees", FieldType::Number},
        {"Rating", "rating", "Rating", FieldType::Text},
    }};
    return fields;
}

int leadFieldIndex(const std::string& apiName) {
    const std::string want = foldCase(apiName);
    const auto& f = leadFields();
    for (int i = 0; i < kLeadFieldCount; ++i)
        if (foldCase(f[static_cast<size_t>(i)].apiName) == want) return i;
    return -1;
}

// ---- [SECTION] Criteria ------------------------------------------------------------------
namespace {

const Op kAllOps[] = {Op::Equals,   Op::NotEqual,    Op::Contains,    Op::NotContain,    Op::StartsWith,
                      Op::LessThan, Op::GreaterThan, Op::LessOrEqual, Op::GreaterOrEqual};

std::string trim(const std::string& s) {
    size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

std::vector<std::string> splitAlternatives(const std::string& v) {
    std::vector<std::string> out;
    size_t start = 0;
    while (true) {
        size_t comma = v.find(',', start);
        out.push_back(trim(v.substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

std::optional<double> parseNumber(const std::string& text) {
    std::string t = trim(text);
    if (t.empty()) return std::nullopt;
    char* end = nullptr;
    double d = std::strtod(t.c_str(), &end);
    if (end != t.c_str() + t.size() || !std::isfinite(d)) return std::nullopt;
    return d;
}

bool isComparison(Op op) {
    return op == Op::LessThan || op == Op::GreaterThan || op == Op::LessOrEqual || op == Op::GreaterOrEqual;
}

template <typename T>
bool compare(Op op, const T& a, const T& b) {
    switch (op) {
        case Op::LessThan: return a < b;
        case Op::GreaterThan: return a > b;
        case Op::LessOrEqual: return a <= b;
        case Op::GreaterOrEqual: return a >= b;
        default: return false;
    }
}

std::string shown(const std::optional<std::string>& v) {
    if (!v || v->empty()) return "(blank)";
    return "'" + *v + "'";
}

}  // namespace

const char* toString(Op op) {
    switch (op) {
        case Op::Equals: return "equals";
        case Op::NotEqual: return "notEqual";
        case Op::Contains: return "contains";
        case Op::NotContain: return "notContain";
        case Op::StartsWith: return "startsWith";
        case Op::LessThan: return "lessThan";
        case Op::GreaterThan: return "greaterThan";
        case Op::LessOrEqual: return "lessOrEqual";
        case Op::GreaterOrEqual: return "greaterOrEqual";
    }
    return "?";
}

const char* label(Op op) {
    switch (op) {
        case Op::Equals: return "equals";
        case Op::NotEqual: return "not equal to";
        case Op::Contains: return "contains";
        case Op::NotContain: return "does not contain";
        case Op::StartsWith: return "starts with";
        case Op::LessThan: return "less than";
        case Op::GreaterThan: return "greater than";
        case Op::LessOrEqual: return "less or equal";
        case Op::GreaterOrEqual: return "greater or equal";
    }
    return "?";
}

std::optional<Op> opFrom(const std::string& s) {
    for (Op op : kAllOps)
        if (s == toString(op)) return op;
    return std::nullopt;
}

std::string foldCase(const std::string& s) {
    std::string out = s;
    for (size_t i = 0; i < out.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c + 32);
        } else if (c == 0xC3 && i + 1 < out.size()) {
            // Latin-1 supplement: U+00C0..U+00DE (except U+00D7 ×) fold to U+00E0..U+00FE.
            unsigned char d = static_cast<unsigned char>(out[i + 1]);
            if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
            ++i;
        }
    }
    return out;
}

Result<CompiledCriterion> compileCriterion(const Criterion& c, const std::string& what) {
    using R = Result<CompiledCriterion>;
    CompiledCriterion out;
    out.field = leadFieldIndex(c.field);
    if (out.field < 0) {
        std::string names;
        for (const auto& f : leadFields()) names += std::string(names.empty() ? "" : ", ") + f.apiName;
        return R::fail(what + ": '" + c.field + "' is not a lead field; use one of " + names, "field");
    }
    const LeadFieldInfo& info = leadFields()[static_cast<size_t>(out.field)];
    out.type = info.type;
    auto op = opFrom(c.op);
    if (!op) {
        std::string names;
        for (Op o : kAllOps) names += std::string(names.empty() ? "" : ", ") + toString(o);
        return R::fail(what + ": '" + c.op + "' is not an operator; use one of " + names, "op");
    }
    out.op = *op;
    out.value = c.value;
    if (out.type == FieldType::Number) {
        if (out.op == Op::Contains || out.op == Op::NotContain || out.op == Op::StartsWith)
            return R::fail(what + ": " + info.label + " is a number, so '" + c.op +
                               "' does not apply; use equals, notEqual, lessThan, greaterThan, lessOrEqual or greaterOrEqual",
                           "op");
        std::vector<std::string> alts =
            isComparison(out.op) ? std::vector<std::string>{trim(c.value)} : splitAlternatives(c.value);
        for (const auto& a : alts) {
            auto n = parseNumber(a);
            if (!n)
                return R::fail(what + ": " + info.label + " is a number, and '" + a +
                                   "' is not one; enter digits such as 1000000",
                               "value");
            out.numbers.push_back(*n);
        }
    } else {
        if (isComparison(out.op)) out.folded.push_back(foldCase(trim(c.value)));
        else
            for (const auto& a : splitAlternatives(c.value)) out.folded.push_back(foldCase(a));
    }
    return out;
}

bool matches(const CompiledCriterion& c, const std::optional<std::string>& fieldValue) {
    if (c.type == FieldType::Number) {
        std::optional<double> v = fieldValue ? parseNumber(*fieldValue) : std::nullopt;
        if (!v) return c.op == Op::NotEqual;
        switch (c.op) {
            case Op::Equals: return std::any_of(c.numbers.begin(), c.numbers.end(), [&](double n) { return n == *v; });
            case Op::NotEqual: return std::none_of(c.numbers.begin(), c.numbers.end(), [&](double n) { return n == *v; });
            default: return !c.numbers.empty() && compare(c.op, *v, c.numbers.front());
        }
    }
    const std::string v = foldCase(fieldValue.value_or(std::string()));
    const auto& alts = c.folded;
    switch (c.op) {
        case Op::Equals: return std::any_of(alts.begin(), alts.end(), [&](const std::string& a) { return v == a; });
        case Op::NotEqual: return std::none_of(alts.begin(), alts.end(), [&](const std::string& a) { return v == a; });
        case Op::Contains:
            return std::any_of(alts.begin(), alts.end(), [&](const std::string& a) { return v.find(a) != std::string::npos; });
        case Op::NotContain:
            return std::none_of(alts.begin(), alts.end(), [&](const std::string& a) { return v.find(a) != std::string::npos; });
        case Op::StartsWith:
            return std::any_of(alts.begin(), alts.end(), [&](const std::string& a) { return v.compare(0, a.size(), a) == 0; });
        default: return !alts.empty() && compare(c.op, v, alts.front());
    }
}

std::string describe(const CompiledCriterion& c) {
    const LeadFieldInfo& info = leadFields()[static_cast<size_t>(c.field)];
    return std::string(info.apiName) + " " + toString(c.op) + " '" + c.value + "'";
}

std::string describe(const CompiledCriterion& c, const std::optional<std::string>& fieldValue, bool matched) {
    return describe(c) + (matched ? " matched " : " did not match ") + shown(fieldValue);
}

// ---- [SECTION] Logic ---------------------------------------------------------------------
class LogicParser {
public:
    LogicParser(Logic& logic, const std::string& text, int n) : m_logic(logic), m_text(text), m_n(n) {}

    Status run() {
        tokenize();
        if (!m_error.empty()) return Status::fail(m_error, "logic");
        if (m_tokens.empty()) return Status::fail("the filter logic is empty; write e.g. '1 AND 2', or leave it blank", "logic");
        int root = parseExpr();
        if (!m_error.empty()) return Status::fail(m_error, "logic");
        if (m_pos < m_tokens.size()) {
            const std::string& t = m_tokens[m_pos];
            return Status::fail("the filter logic '" + m_text + "' has " +
                                    (t == ")" ? std::string("a ')' without a matching '('")
                                              : "an unexpected '" + t + "'") + "; check the parentheses",
                                "logic");
        }
        for (int i = 1; i <= m_n; ++i)
            if (!m_used[static_cast<size_t>(i)])
                return Status::fail("the filter logic '" + m_text + "' does not use criterion " + std::to_string(i) +
                                        "; refer to every criterion or remove the unused one",
                                    "logic");
        m_logic.m_root = root;
        return okStatus();
    }

private:
    void tokenize() {
        size_t i = 0;
        while (i < m_text.size()) {
            char ch = m_text[i];
            if (std::isspace(static_cast<unsigned char>(ch))) {
                ++i;
            } else if (ch == '(' || ch == ')') {
                m_tokens.emplace_back(1, ch);
                ++i;
            } else if (std::isalnum(static_cast<unsigned char>(ch))) {
                size_t j = i;
                while (j < m_text.size() && std::isalnum(static_cast<unsigned char>(m_text[j]))) ++j;
                std::string word = m_text.substr(i, j - i);
                for (auto& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                m_tokens.push_back(word);
                i = j;
            } else {
                m_error = "the filter logic '" + m_text + "' contains '" + std::string(1, ch) +
                          "'; use only criterion numbers, AND, OR, NOT and parentheses";
                return;
            }
        }
    }
    bool isNumber(const std::string& t) const {
        return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    }
    int add(Logic::Node node) {
        m_logic.m_nodes.push_back(std::move(node));
        return static_cast<int>(m_logic.m_nodes.size()) - 1;
    }
    int parseExpr() {
        int first = parseUnary();
        if (first < 0) return -1;
        std::string joiner;
        std::vector<int> children{first};
        while (m_pos < m_tokens.size() && (m_tokens[m_pos] == "AND" || m_tokens[m_pos] == "OR")) {
            const std::string op = m_tokens[m_pos++];
            if (!joiner.empty() && joiner != op) {
                m_error = "the filter logic '" + m_text +
                          "' mixes AND and OR without parentheses; add them, e.g. '(1 AND 2) OR 3'";
                return -1;
            }
            joiner = op;
            int next = parseUnary();
            if (next < 0) return -1;
            children.push_back(next);
        }
        if (children.size() == 1) return first;
        Logic::Node n;
        n.kind = joiner == "AND" ? Logic::Node::And : Logic::Node::Or;
        n.children = std::move(children);
        return add(std::move(n));
    }
    int parseUnary() {
        if (m_pos >= m_tokens.size()) {
            m_error = "the filter logic '" + m_text + "' ends too early; finish it with a criterion number";
            return -1;
        }
        const std::string t = m_tokens[m_pos++];
        if (t == "NOT") {
            int inner = parseUnary();
            if (inner < 0) return -1;
            Logic::Node n;
            n.kind = Logic::Node::Not;
            n.children = {inner};
            return add(std::move(n));
        }
        if (t == "(") {
            int inner = parseExpr();
            if (inner < 0) return -1;
            if (m_pos >= m_tokens.size() || m_tokens[m_pos] != ")") {
                m_error = "the filter logic '" + m_text + "' has a '(' without a matching ')'; close it";
                return -1;
            }
            ++m_pos;
            return inner;
        }
        if (isNumber(t)) {
            long v = t.size() > 6 ? 1000000 : std::strtol(t.c_str(), nullptr, 10);
            if (v < 1 || v > m_n) {
                m_error = "the filter logic '" + m_text + "' refers to criterion " + t + ", but there " +
                          (m_n == 1 ? std::string("is only 1 criterion") : "are " + std::to_string(m_n) + " criteria") +
                          "; use numbers 1 to " + std::to_string(m_n);
                return -1;
            }
            m_used[static_cast<size_t>(v)] = true;
            Logic::Node n;
            n.kind = Logic::Node::Leaf;
            n.index = static_cast<int>(v) - 1;
            return add(std::move(n));
        }
        m_error = "the filter logic '" + m_text + "' has an unexpected '" + t +
                  "' where a criterion number should be; write e.g. '1 AND (2 OR 3)'";
        return -1;
    }

    Logic& m_logic;
    std::string m_text;
    int m_n;
    std::vector<std::string> m_tokens;
    size_t m_pos = 0;
    std::string m_error;
    std::vector<bool> m_used = std::vector<bool>(static_cast<size_t>(m_n) + 1, false);
};

Result<Logic> Logic::parse(const std::string& text, int criteriaCount) {
    Logic logic;
    logic.m_text = text;
    std::string t = trim(text);
    std::string upper = t;
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (t.empty() || upper == "AND" || upper == "OR") {
        if (criteriaCount == 0) return logic;
        Node n;
        n.kind = upper == "OR" ? Node::Or : Node::And;
        for (int i = 0; i < criteriaCount; ++i) {
            Node leaf;
            leaf.index = i;
            logic.m_nodes.push_back(leaf);
            n.children.push_back(i);
        }
        logic.m_nodes.push_back(n);
        logic.m_root = static_cast<int>(logic.m_nodes.size()) - 1;
        return logic;
    }
    if (criteriaCount == 0)
        return Result<Logic>::fail("the filter logic '" + text + "' needs criteria; add criteria or clear the logic", "logic");
    LogicParser p(logic, t, criteriaCount);
    if (auto st = p.run(); !st) return st.error();
    return logic;
}

bool Logic::evaluate(const std::vector<bool>& results) const { return m_root < 0 ? true : eval(m_root, results); }

bool Logic::eval(int node, const std::vector<bool>& r) const {
    const Node& n = m_nodes[static_cast<size_t>(node)];
    switch (n.kind) {
        case Node::Leaf: return static_cast<size_t>(n.index) < r.size() && r[static_cast<size_t>(n.index)];
        case Node::Not: return !eval(n.children.front(), r);
        case Node::And:
            for (int c : n.children)
                if (!eval(c, r)) return false;
            return true;
        case Node::Or:
            for (int c : n.children)
                if (eval(c, r)) return true;
            return false;
    }
    return false;
}

// ---- [SECTION] Eligibility ---------------------------------------------------------------
std::vector<Ineligible> partnerEligibility(const PartnerUserFacts& f) {
    std::vector<Ineligible> out;
    if (!f.isPartnerUser) {
        out.push_back(Ineligible::NotPartnerUser);
        return out;
    }
    if (f.communities.empty()) out.push_back(Ineligible::NoCommunity);
    else if (std::none_of(f.communities.begin(), f.communities.end(), [](const CommunityMembership& c) { return c.published; }))
        out.push_back(Ineligible::CommunityNotPublished);
    if (!f.isActive) out.push_back(Ineligible::Inactive);
    if (!f.hasLoggedIn) out.push_back(Ineligible::NeverLoggedIn);
    return out;
}

// Marks for scripts/i18n (xgettext): the English source texts of the words below.
#define T_(english) english
#define TN_(one, many) one, many

namespace {
// 'Partners', 'Draft' and 'Beta' (the last joint in the language's words)
std::string communityNames(const PartnerUserFacts& f, i18n::Language lang) {
    std::string out;
    for (size_t i = 0; i < f.communities.size(); ++i) {
        const std::string quoted = "'" + f.communities[i].name + "'";
        if (i == 0) out = quoted;
        else if (i + 1 == f.communities.size()) out = i18n::format(i18n::translate(lang, T_("{0} and {1}")), {out, quoted});
        else out += ", " + quoted;
    }
    return out;
}

std::string say(i18n::Language lang, const char* english) { return i18n::translate(lang, english); }
}  // namespace

std::string reasonText(Ineligible r, const PartnerUserFacts& f, i18n::Language lang) {
    switch (r) {
        case Ineligible::NotPartnerUser: return say(lang, T_("not a partner user"));
        case Ineligible::NoCommunity: return say(lang, T_("profile is not a member of any community"));
        case Ineligible::CommunityNotPublished: {
            const auto n = static_cast<long long>(f.communities.size());
            return i18n::format(i18n::translatePlural(lang, TN_("community {0} is not published", "communities {0} are not published"), n),
                                {communityNames(f, lang)});
        }
        case Ineligible::Inactive: return say(lang, T_("inactive"));
        case Ineligible::NeverLoggedIn: return say(lang, T_("never logged in"));
    }
    return "?";
}

std::string reasonSentence(Ineligible r, const PartnerUserFacts& f, i18n::Language lang) {
    switch (r) {
        case Ineligible::NotPartnerUser:
            return say(lang, T_("they are not a partner user; enable their contact as a partner user first"));
        case Ineligible::NoCommunity:
            return say(lang, T_("their profile is not a member of any community; add the profile to a community's members"));
        case Ineligible::CommunityNotPublished: {
            const auto n = static_cast<long long>(f.communities.size());
            return i18n::format(i18n::translatePlural(lang, TN_("their community {0} is not published; publish it in Communities",
                                                                 "their communities {0} are not published; publish it in Communities"), n),
                                {communityNames(f, lang)});
        }
        case Ineligible::Inactive: return say(lang, T_("they are inactive; activate the user first"));
        case Ineligible::NeverLoggedIn: return say(lang, T_("they have never logged in; ask them to log in to the community once"));
    }
    return "?";
}

std::string ineligibleMessage(const std::string& name, const std::vector<Ineligible>& reasons, const PartnerUserFacts& f,
                              i18n::Language lang) {
    std::string all;
    for (size_t i = 0; i < reasons.size(); ++i) {
        if (i > 0) all += say(lang, T_("; and "));
        all += reasonSentence(reasons[i], f, lang);
    }
    return i18n::format(say(lang, T_("{0} cannot own leads yet: {1}")), {name, all});
}

// ---- [SECTION] Round robin ---------------------------------------------------------------
std::vector<int> weightedSequence(const std::vector<int>& weights) {
    std::vector<int> seq;
    const size_t n = weights.size();
    if (n == 0) return seq;
    std::vector<long long> w(n), current(n, 0);
    long long total = 0;
    for (size_t i = 0; i < n; ++i) {
        w[i] = std::max(1, weights[i]);
        total += w[i];
    }
    seq.reserve(static_cast<size_t>(total));
    for (long long s = 0; s < total; ++s) {
        size_t best = 0;
        for (size_t i = 0; i < n; ++i) {
            current[i] += w[i];
            if (current[i] > current[best]) best = i;
        }
        current[best] -= total;
        seq.push_back(static_cast<int>(best));
    }
    return seq;
}

RoundRobinPick pickRoundRobin(const std::vector<int>& sequence, const std::vector<bool>& eligible, std::int64_t& cursor) {
    RoundRobinPick pick;
    const auto n = static_cast<std::int64_t>(sequence.size());
    if (n == 0) return pick;
    std::int64_t start = ((cursor % n) + n) % n;
    for (std::int64_t k = 0; k < n; ++k) {
        int m = sequence[static_cast<size_t>((start + k) % n)];
        bool ok = m >= 0 && static_cast<size_t>(m) < eligible.size() && eligible[static_cast<size_t>(m)];
        if (ok) {
            pick.member = m;
            cursor += k + 1;
            return pick;
        }
        if (std::find(pick.skipped.begin(), pick.skipped.end(), m) == pick.skipped.end()) pick.skipped.push_back(m);
    }
    return pick;
}

}  // namespace prm::domain
