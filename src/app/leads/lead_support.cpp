#include "app/leads/lead_support.h"

#include <array>
#include <cmath>
#include <cstdio>

#include "app/messages.h"
#include "app/sharing.h"

namespace prm::app::leads {

domain::PartnerUserFacts partnerFacts(store::Db& db, const User& p) {
    domain::PartnerUserFacts f;
    f.isPartnerUser = p.partner;
    f.isActive = p.active;
    f.hasLoggedIn = p.hasLoggedIn();
    auto s = db.prepare("SELECT c.name, c.status = 'Published' FROM community_profiles cp "
                        "JOIN communities c ON c.id = cp.community_id "
                        "WHERE cp.profile_id = (SELECT profile_id FROM users WHERE id = ?) ORDER BY c.name");
    s.bind(1, p.id);
    while (s.step()) f.communities.push_back({s.getText(0), s.getInt(1) != 0});
    return f;
}

std::string ownerProblem(store::Db& db, Id userId) {
    User p = loadUser(db, userId);
    if (!p.exists) return T_f("user #{0} does not exist; pick an existing user", {std::to_string(userId)});
    if (p.partner) {
        auto facts = partnerFacts(db, p);
        auto reasons = domain::partnerEligibility(facts);
        return reasons.empty() ? std::string() : domain::ineligibleMessage(p.name, reasons, facts, messageLanguage());
    }
    if (!p.active) return T_f("{0} is inactive and cannot own leads; activate the user or choose another owner", {p.name});
    return {};
}

QueueInfo loadQueue(store::Db& db, Id queueId) {
    QueueInfo q;
    auto s = db.prepare("SELECT id, name, email, send_email_to_members FROM queues WHERE id = ?");
    s.bind(1, queueId);
    if (!s.step()) return q;
    q.exists = true;
    q.id = s.getInt(0);
    q.name = s.getText(1);
    q.email = s.getText(2);
    q.sendEmailToMembers = s.getInt(3) != 0;
    return q;
}

std::vector<User> queueMembers(store::Db& db, Id queueId) {
    std::vector<User> out;
    auto s = db.prepare("SELECT qu.user_id FROM queue_users qu JOIN users u ON u.id = qu.user_id "
                        "WHERE qu.queue_id = ? AND u.is_active = 1 ORDER BY u.last_name, u.first_name, u.id");
    s.bind(1, queueId);
    std::vector<Id> ids;
    while (s.step()) ids.push_back(s.getInt(0));
    for (Id id : ids) out.push_back(loadUser(db, id));
    return out;
}

bool canTakeFromQueue(store::Db& db, Id userId, Id queueId) {
    auto s = db.prepare(
        "SELECT EXISTS (SELECT 1 FROM queue_users WHERE queue_id = ?1 AND user_id = ?2) OR EXISTS ("
        "  SELECT 1 FROM queue_users qu JOIN users m ON m.id = qu.user_id "
        "    JOIN role_ancestors ra ON ra.role_id = m.role_id AND ra.depth > 0 "
        "    JOIN users me ON me.role_id = ra.ancestor_id WHERE qu.queue_id = ?1 AND me.id = ?2)");
    s.bind(1, queueId).bind(2, userId);
    return s.step() && s.getInt(0) != 0;
}

std::string ownerName(store::Db& db, const Owner& o) {
    if (o.queue) {
        QueueInfo q = loadQueue(db, o.id);
        return q.exists ? q.name : "queue #" + std::to_string(o.id);
    }
    return userName(db, o.id);
}

json ownerJson(store::Db& db, const Owner& o) {
    return json{{"type", o.queue ? "Queue" : "User"}, {"id", o.id}, {"name", ownerName(db, o)}};
}

// ---- lead fields from JSON -------------------------------------------------------------------
const char* leadJsonKey(int fieldIndex) {
    static const char* keys[domain::kLeadFieldCount] = {
        "firstName", "lastName", "company", "title", "email", "phone", "status", "leadSource",
        "country", "state", "city", "industry", "annualRevenue", "employees", "rating"};
    return fieldIndex >= 0 && fieldIndex < domain::kLeadFieldCount ? keys[fieldIndex] : "";
}

const std::vector<std::string>& leadStatuses() {
    // Stored and sent as these English values (the API's); the UI shows them translated (T_ marks them for fi.po).
    static const std::vector<std::string> v = {T_("Open - Not Contacted"), T_("Working - Contacted"), T_("Closed - Converted"),
                                               T_("Closed - Not Converted")};
    return v;
}
const std::vector<std::string>& leadRatings() {
    static const std::vector<std::string> v = {"", T_("Hot"), T_("Warm"), T_("Cold")};
    return v;
}

namespace {
std::string trimmed(const std::string& s) {
    size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    size_t e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}
std::string formatNumber(double d) {
    char buf[64];
    if (std::floor(d) == d && std::fabs(d) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", d);
    else std::snprintf(buf, sizeof buf, "%.17g", d);
    return buf;
}
}  // namespace

namespace {
// The given text fields of `in`, in domain::leadFields() order (nullptr where the field is a number).
std::array<const fields::Patch<std::string>*, domain::kLeadFieldCount> textInputs(const LeadFieldsInput& in) {
    return {&in.firstName, &in.lastName, &in.company, &in.title,   &in.email,    &in.phone, &in.status, &in.leadSource,
            &in.country,   &in.state,    &in.city,    &in.industry, nullptr,      nullptr,   &in.rating};
}
}  // namespace

std::optional<CommandResult> applyLeadFields(const LeadFieldsInput& in, domain::LeadValues& values, bool requireNames,
                                             const std::string& prefix) {
    const auto& infos = domain::leadFields();
    const auto texts = textInputs(in);
    for (int i = 0; i < domain::kLeadFieldCount; ++i) {
        const char* key = leadJsonKey(i);
        const auto& info = infos[static_cast<size_t>(i)];
        if (info.type == domain::FieldType::Number) {
            const bool employees = i == domain::leadFieldIndex("NumberOfEmployees");
            const fields::Patch<double>& n = employees ? in.employees : in.annualRevenue;
            if (!n.present) continue;
            if (n.null) {
                values[static_cast<size_t>(i)] = std::nullopt;
                continue;
            }
            const double d = n.value;
            if (!std::isfinite(d) || d < 0)
                return CommandResult::refuse(T_f("{0}{1} cannot be negative; enter 0 or more", {prefix, say(info.label)}), key);
            if (employees && std::floor(d) != d)
                return CommandResult::refuse(T_f("{0}{1} must be a whole number", {prefix, say(info.label)}), key);
            values[static_cast<size_t>(i)] = formatNumber(d);
            continue;
        }
        const fields::Patch<std::string>* t = texts[static_cast<size_t>(i)];
        if (!t || !t->present) continue;
        values[static_cast<size_t>(i)] = t->null ? std::string() : trimmed(t->value);
        const std::string& v = *values[static_cast<size_t>(i)];
        if (v.size() > 255)
            return CommandResult::refuse(T_f("{0}{1} is too long ({2} characters); shorten it to 255",
                                             {prefix, say(info.label), std::to_string(v.size())}),
                                         key);
        std::string api = info.apiName;
        if (api == "Email" && !v.empty() && !isValidEmail(v))
            return CommandResult::refuse(T_f("{0}'{1}' is not an e-mail address; enter one like name@example.com", {prefix, v}),
                                         key);
        if (api == "Status") {
            bool ok = false;
            for (const auto& s : leadStatuses()) ok = ok || s == v;
            if (!ok)
                return CommandResult::refuse(T_f("{0}'{1}' is not a lead status; use Open - Not Contacted, Working - "
                                                 "Contacted, Closed - Converted or Closed - Not Converted",
                                                 {prefix, v}),
                                             key);
        }
        if (api == "Rating") {
            bool ok = false;
            for (const auto& s : leadRatings()) ok = ok || s == v;
            if (!ok) return CommandResult::refuse(T_f("{0}'{1}' is not a rating; use Hot, Warm, Cold or leave it blank", {prefix, v}), key);
        }
    }
    if (requireNames) {
        if (!values[1] || values[1]->empty()) return CommandResult::refuse(T_f("{0}Last Name is required", {prefix}), "lastName");
        if (!values[2] || values[2]->empty()) return CommandResult::refuse(T_f("{0}Company is required", {prefix}), "company");
    }
    return std::nullopt;
}

const std::string& leadSelectColumns() {
    static const std::string cols = [] {
        std::string s;
        for (const auto& f : domain::leadFields()) s += std::string(s.empty() ? "" : ", ") + "l." + f.column;
        return s;
    }();
    return cols;
}

domain::LeadValues readLeadValues(store::Statement& s, int firstCol) {
    domain::LeadValues v;
    for (int i = 0; i < domain::kLeadFieldCount; ++i) {
        if (s.isNull(firstCol + i)) continue;
        if (domain::leadFields()[static_cast<size_t>(i)].type == domain::FieldType::Number)
            v[static_cast<size_t>(i)] = formatNumber(s.getDouble(firstCol + i));
        else
            v[static_cast<size_t>(i)] = s.getText(firstCol + i);
    }
    return v;
}

std::string leadNumber(std::int64_t n) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "L-%05lld", static_cast<long long>(n));
    return buf;
}

// ---- notifications ---------------------------------------------------------------------------
namespace {
struct LeadSummary {
    bool exists = false;
    std::string number, name, company, email, phone, status, country;
};
LeadSummary loadSummary(store::Db& db, Id leadId) {
    LeadSummary l;
    auto s = db.prepare("SELECT number, trim(first_name || ' ' || last_name), company, email, phone, status, country "
                        "FROM leads WHERE id = ?");
    s.bind(1, leadId);
    if (!s.step()) return l;
    l.exists = true;
    l.number = s.getText(0);
    l.name = s.getText(1);
    l.company = s.getText(2);
    l.email = s.getText(3);
    l.phone = s.getText(4);
    l.status = s.getText(5);
    l.country = s.getText(6);
    return l;
}
std::string details(const LeadSummary& l) {
    std::string b = T_f("Name: {0}\nCompany: {1}\n", {l.name, l.company});
    if (!l.email.empty()) b += T_f("Email: {0}\n", {l.email});
    if (!l.phone.empty()) b += T_f("Phone: {0}\n", {l.phone});
    if (!l.country.empty()) b += T_f("Country: {0}\n", {l.country});
    b += T_f("Status: {0}\n", {l.status});
    return b;
}

// The queue's notification of one lead, in the message language (the recipient's, see notifyNewOwner).
Email queueNotification(store::Db& db, Id leadId, const QueueInfo& q) {
    LeadSummary l = loadSummary(db, leadId);
    Email e;
    e.subject = T_f("Lead {0} has been added to the queue {1}", {l.number, q.name});
    e.body = T_f("Lead {0} is waiting in the queue {1}. Accept it to take ownership.\n\n", {l.number, q.name}) + details(l);
    return e;
}
}  // namespace

Email defaultLeadNotification(store::Db& db, Id leadId, Id actor) {
    LeadSummary l = loadSummary(db, leadId);
    Email e;
    e.subject = T_f("Lead {0} has been assigned to you", {l.number});
    e.body = T_f("Lead {0} has been assigned to you.\n\n", {l.number}) + details(l);
    if (actor) e.body += T_f("\nAssigned by: {0}\n", {userName(db, actor)});
    return e;
}

std::vector<Id> notifyNewOwner(CommandContext& ctx, Id leadId, const Owner& owner, const std::optional<Email>& edited) {
    auto& db = ctx.db();
    if (edited) return notifyNewOwner(ctx, leadId, owner, [&] { return *edited; });
    if (!owner.queue) return notifyNewOwner(ctx, leadId, owner, [&] { return defaultLeadNotification(db, leadId, ctx.actor()); });
    const QueueInfo q = loadQueue(db, owner.id);
    return notifyNewOwner(ctx, leadId, owner, [&] { return queueNotification(db, leadId, q); });
}

std::vector<Id> notifyNewOwner(CommandContext& ctx, Id leadId, const Owner& owner, const std::function<Email()>& compose) {
    auto& db = ctx.db();
    std::vector<Id> ids;
    if (!owner.queue) {
        User p = loadUser(db, owner.id);
        MessageLanguageScope inTheirLanguage(userLanguage(db, p.id));
        const Email e = compose();
        ids.push_back(ctx.sendEmail("LeadNotification", p.id, p.email, e.subject, e.body, {}, leadId));
        return ids;
    }
    QueueInfo q = loadQueue(db, owner.id);
    if (q.sendEmailToMembers) {
        for (const User& m : queueMembers(db, q.id)) {
            MessageLanguageScope inTheirLanguage(userLanguage(db, m.id));
            const Email e = compose();
            ids.push_back(ctx.sendEmail("QueueNotification", m.id, m.email, e.subject, e.body, {}, leadId));
        }
    } else if (!q.email.empty()) {
        // A queue's own address has no user and so no language setting: English, the users' default.
        MessageLanguageScope inEnglish(i18n::Language::English);
        const Email e = compose();
        ids.push_back(ctx.sendEmail("QueueNotification", std::nullopt, q.email, e.subject, e.body, {}, leadId));
    }
    return ids;
}

std::string mergeLeadFields(store::Db& db, Id leadId, const std::string& text) {
    LeadSummary l = loadSummary(db, leadId);
    std::string owner;
    auto s = db.prepare("SELECT owner_user_id, owner_queue_id FROM leads WHERE id = ?");
    s.bind(1, leadId);
    if (s.step()) owner = s.isNull(0) ? ownerName(db, {true, s.getInt(1)}) : ownerName(db, {false, s.getInt(0)});
    const std::pair<const char*, std::string> fields[] = {{"{!Lead.Number}", l.number},   {"{!Lead.Name}", l.name},
                                                          {"{!Lead.Company}", l.company}, {"{!Lead.Country}", l.country},
                                                          {"{!Lead.Email}", l.email},     {"{!Owner.Name}", owner}};
    std::string out = text;
    for (const auto& [tag, value] : fields) {
        const std::string t = tag;
        for (size_t pos = out.find(t); pos != std::string::npos; pos = out.find(t, pos + value.size()))
            out.replace(pos, t.size(), value);
    }
    return out;
}

namespace {
// "1" when the user may edit every lead (admin, or an org-wide default of Read/Write), "0" when none
// (no such user, or inactive); nullopt when it depends on the lead's shares.
std::optional<std::string> editConditionShortcut(store::Db& db, Id userId) {
    User p = loadUser(db, userId);
    if (!p.exists || !p.active) return std::string("0");
    if (p.admin) return std::string("1");
    auto owdText = db.queryText(std::string("SELECT ") + (p.partner ? "owd_lead_external" : "owd_lead_internal") +
                                " FROM org WHERE id = 1");
    auto owd = domain::owdFrom(owdText.value_or("Private")).value_or(domain::Owd::Private);
    if (domain::owdAccess(owd) >= Access::Edit) return std::string("1");
    return std::nullopt;
}
}  // namespace

std::string leadEditCondition(store::Db& db, Id userId, int param) {
    if (auto c = editConditionShortcut(db, userId)) return *c;
    return "l.id IN (SELECT lead_id FROM lead_shares WHERE user_id = ?" + std::to_string(param) + " AND access >= 2)";
}

std::int64_t countUnseenLeads(store::Db& db, Id userId, const std::string& idsTable) {
    auto s = db.prepare("SELECT count(*) FROM " + idsTable + " t WHERE t.id NOT IN (SELECT l.id FROM leads l WHERE " +
                        leadVisibilityCondition(db, userId, 1) + ")");
    s.bind(1, userId);
    return s.step() ? s.getInt(0) : 0;
}

std::string unseenLeadsText(std::int64_t count) {
    return TN_f(TN_("{0} of the selected leads no longer exists or you cannot see it; refresh the list and select again",
                    "{0} of the selected leads no longer exist or you cannot see them; refresh the list and select again"),
                count, {std::to_string(count)});
}

}  // namespace prm::app::leads
