// [SECTION] index
//  - Field kinds and their validation
//  - Lookups: users, accounts, leads, owners
//  - Descriptions, one function per check type
//  - Evaluation, one function per check type
//  - The check types: one row each (fields, describe, evaluate); every list of types comes from it
//  - Schema (JSON Schema draft-07 of one check, derived from the table)
#include "app/training/training_checks.h"

#include <algorithm>
#include <map>
#include <optional>

#include "app/command_fields.h"
#include "app/leads/queries_leads.h"
#include "app/messages.h"
#include "app/people.h"
#include "app/sharing.h"
#include "app/training/scenario.h"
#include "domain/rules.h"
#include "domain/sales.h"

namespace prm::app::training {
namespace {

// ---- [SECTION] Field kinds and their validation -------------------------------------------------
enum class Kind { Str, Bool, Int, Lead, Where, OwnerType, Any, Status, RrKind, OrgField, StrList, ActivityType };
struct FieldSpec {
    const char* name;
    Kind kind;
    bool required;
};

const std::vector<std::string>& orgFields() {
    static const std::vector<std::string> f = {
        "name", "edition", "partnerRoleCount", "prmEnabled", "wizardState", "grantAccessUsingHierarchies",
        "defaultLeadOwner", "owd.Lead.internal", "owd.Lead.external", "owd.Account.internal", "owd.Account.external",
        "owd.Contact.internal", "owd.Contact.external", "owd.Opportunity.internal", "owd.Opportunity.external"};
    return f;
}

std::string joinNames(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::string leadSelectorProblem(const json& v, const std::string& path) {
    if (!v.is_object()) return path + ": " + T_f("expected an object such as {\"company\": \"Kivi Oy\"} or {\"number\": \"L-00042\"}");
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (it.key() != "company" && it.key() != "number")
            return path + "." + it.key() + ": " + T_f("unknown field; a lead is picked by \"company\" or \"number\"");
        if (!it->is_string() || it->get<std::string>().empty()) return path + "." + it.key() + ": " + T_f("expected non-empty text");
    }
    if (v.size() != 1) return path + ": " + T_f("give exactly one of \"company\" or \"number\"");
    return {};
}

std::string whereProblem(const json& v, const std::string& path) {
    if (!v.is_array()) return path + ": " + T_f("expected a list of criteria [{\"field\", \"op\", \"value\"}]");
    for (size_t i = 0; i < v.size(); ++i) {
        const std::string p = path + "[" + std::to_string(i) + "]";
        const json& c = v[i];
        if (!c.is_object()) return p + ": " + T_f("expected {\"field\", \"op\", \"value\"}");
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (it.key() != "field" && it.key() != "op" && it.key() != "value")
                return p + "." + it.key() + ": " + T_f("unknown field; a criterion has field, op and value");
            if (!it->is_string()) return p + "." + it.key() + ": " + T_f("expected text");
        }
        for (const char* k : {"field", "op", "value"})
            if (!c.contains(k)) return p + "." + k + ": " + T_f("missing");
        const std::string field = c["field"].get<std::string>();
        if (domain::leadFieldIndex(field) < 0) {
            std::vector<std::string> names;
            for (const auto& f : domain::leadFields()) names.push_back(f.apiName);
            return p + ".field: " + T_f("the lead has no field '{0}'; use one of {1}", {field, joinNames(names)});
        }
        auto compiled = domain::compileCriterion({field, c["op"].get<std::string>(), c["value"].get<std::string>()}, "the criterion");
        if (!compiled) return p + "." + (compiled.error().field.empty() ? "op" : compiled.error().field) + ": " + compiled.message();
    }
    return {};
}

std::string fieldProblem(const FieldSpec& f, const json& v, const std::string& path) {
    switch (f.kind) {
        case Kind::Str:
            if (!v.is_string() || v.get<std::string>().empty()) return path + ": " + T_f("expected non-empty text");
            return {};
        case Kind::Bool: return v.is_boolean() ? std::string() : path + ": " + T_f("expected true or false");
        case Kind::Int:
            return v.is_number_integer() && v.get<long long>() >= 0 ? std::string() : path + ": " + T_f("expected a whole number (0 or more)");
        case Kind::Lead: return leadSelectorProblem(v, path);
        case Kind::Where: return whereProblem(v, path);
        case Kind::OwnerType:
            if (v == "User" || v == "PartnerUser" || v == "Queue") return {};
            return path + ": " + T_f("expected \"User\", \"PartnerUser\" or \"Queue\"");
        case Kind::Status:
            if (v == "Preview" || v == "Published" || v == "Inactive") return {};
            return path + ": " + T_f("expected \"Preview\", \"Published\" or \"Inactive\"");
        case Kind::RrKind:
            if (v == "Users" || v == "Queues") return {};
            return path + ": " + T_f("expected \"Users\" or \"Queues\"");
        case Kind::OrgField: {
            if (!v.is_string()) return path + ": " + T_f("expected the name of an org setting");
            const auto& names = orgFields();
            if (std::find(names.begin(), names.end(), v.get<std::string>()) == names.end())
                return path + ": " + T_f("the org has no setting '{0}'; use one of {1}", {v.get<std::string>(), joinNames(names)});
            return {};
        }
        case Kind::StrList: {
            if (!v.is_array() || v.empty()) return path + ": " + T_f("expected a list of texts such as [\"Call back\"]");
            for (size_t i = 0; i < v.size(); ++i)
                if (!v[i].is_string() || v[i].get<std::string>().empty())
                    return path + "[" + std::to_string(i) + "]: " + T_f("expected non-empty text");
            return {};
        }
        case Kind::ActivityType:
            if (v.is_string() && domain::activityTypeFrom(v.get<std::string>()) && v.get<std::string>().find(' ') == std::string::npos)
                return {};
            return path + ": " + T_f("expected one of Task, PhoneCall, Appointment, Email, Letter, Fax");
        case Kind::Any: return {};
    }
    return {};
}

// ---- [SECTION] Lookups ---------------------------------------------------------------------------
std::string str(const json& c, const char* k) { return c.contains(k) && c[k].is_string() ? c[k].get<std::string>() : std::string(); }
std::optional<bool> boolean(const json& c, const char* k) {
    if (c.contains(k) && c[k].is_boolean()) return c[k].get<bool>();
    return std::nullopt;
}
std::optional<long long> integer(const json& c, const char* k) {
    if (c.contains(k) && c[k].is_number_integer()) return c[k].get<long long>();
    return std::nullopt;
}
std::string quote(const std::string& s) { return "'" + s + "'"; }

const char* kUserName = "trim(u.first_name || ' ' || u.last_name)";

// The user a check names, by full name or username (the first by id when several match).
User userByName(store::Db& db, const std::string& name) {
    auto s = db.prepare(userSelect() + "WHERE " + kUserName +
                        " = ?1 COLLATE NOCASE OR u.username = ?1 COLLATE NOCASE ORDER BY u.id LIMIT 1");
    s.bind(1, name);
    return s.step() ? readUser(s) : User{};
}

struct LeadInfo {
    bool exists = false;
    Id id = 0;
    std::string number, company;
    bool ownerIsQueue = false;
    Id ownerId = 0;
};
std::string selectorText(const json& sel) {
    if (sel.contains("number")) return T_f("lead {0}", {sel["number"].get<std::string>()});
    return T_f("the lead with Company {0}", {quote(sel["company"].get<std::string>())});
}
LeadInfo findLead(store::Db& db, const json& sel) {
    LeadInfo l;
    const bool byNumber = sel.contains("number");
    auto s = db.prepare(std::string("SELECT id, number, company, owner_user_id, owner_queue_id FROM leads WHERE ") +
                        (byNumber ? "number = ?" : "company = ? COLLATE NOCASE") + " ORDER BY id LIMIT 1");
    s.bind(1, byNumber ? sel["number"].get<std::string>() : sel["company"].get<std::string>());
    if (!s.step()) return l;
    l.exists = true;
    l.id = s.getInt(0);
    l.number = s.getText(1);
    l.company = s.getText(2);
    l.ownerIsQueue = s.isNull(3);
    l.ownerId = l.ownerIsQueue ? s.getInt(4) : s.getInt(3);
    return l;
}
std::string capitalized(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}
std::string leadLabel(const LeadInfo& l) { return T_f("lead {0} ({1})", {l.number, l.company}); }

struct OwnerInfo {
    bool queue = false;
    Id id = 0;
    std::string name;
    bool partner = false;
    std::string account;
};
class OwnerCache {
public:
    explicit OwnerCache(store::Db& db) : m_db(db) {}
    const OwnerInfo& get(bool queue, Id id) {
        auto key = std::make_pair(queue, id);
        auto it = m_cache.find(key);
        if (it != m_cache.end()) return it->second;
        OwnerInfo o;
        o.queue = queue;
        o.id = id;
        if (queue) {
            o.name = m_db.queryText("SELECT name FROM queues WHERE id = ?", id).value_or(T_f("queue #{0}", {std::to_string(id)}));
        } else {
            User u = loadUser(m_db, id);
            o.name = u.exists ? u.name : T_f("user #{0}", {std::to_string(id)});
            o.partner = u.partner;
            o.account = u.accountName;
        }
        return m_cache.emplace(key, o).first->second;
    }

private:
    store::Db& m_db;
    std::map<std::pair<bool, Id>, OwnerInfo> m_cache;
};

std::string ownerText(const OwnerInfo& o) {
    if (o.queue) return T_f("queue {0}", {quote(o.name)});
    if (o.partner) return T_f("partner user {0} of {1}", {quote(o.name), quote(o.account)});
    return T_f("user {0}", {quote(o.name)});
}

// What the check wants of an owner: ownerType / owner / account.
struct OwnerWant {
    std::string type;  // "" = any
    std::string owner;
    std::string account;
    bool any() const { return type.empty() && owner.empty() && account.empty(); }
};
OwnerWant ownerWant(const json& c) { return {str(c, "ownerType"), str(c, "owner"), str(c, "account")}; }
std::string wantText(const OwnerWant& w) {
    if (w.type == "Queue") return w.owner.empty() ? T_f("a queue") : T_f("queue {0}", {quote(w.owner)});
    if (w.type == "PartnerUser") {
        if (!w.owner.empty())
            return w.account.empty() ? T_f("partner user {0}", {quote(w.owner)})
                                     : T_f("partner user {0} of {1}", {quote(w.owner), quote(w.account)});
        return w.account.empty() ? T_f("a partner user") : T_f("a partner user of {0}", {quote(w.account)});
    }
    if (w.type == "User") return w.owner.empty() ? T_f("an internal user") : T_f("user {0}", {quote(w.owner)});
    if (!w.owner.empty()) return quote(w.owner);
    return w.account.empty() ? T_f("anyone") : T_f("a partner user of {0}", {quote(w.account)});
}
bool sameText(const std::string& a, const std::string& b) { return domain::foldCase(a) == domain::foldCase(b); }
bool ownerMatches(const OwnerInfo& o, const OwnerWant& w) {
    if (w.type == "Queue" && !o.queue) return false;
    if (w.type == "PartnerUser" && (o.queue || !o.partner)) return false;
    if (w.type == "User" && (o.queue || o.partner)) return false;
    if (!w.owner.empty() && !sameText(o.name, w.owner)) return false;
    if (!w.account.empty() && (o.queue || !sameText(o.account, w.account))) return false;
    return true;
}

CheckOutcome pass(std::string description) { return {true, std::move(description), {}}; }
CheckOutcome fail(std::string description, std::string diagnosis) { return {false, std::move(description), std::move(diagnosis)}; }

// ---- [SECTION] Descriptions, one function per check type ------------------------------------------
std::string describePrm(const json& c) {
    return boolean(c, "enabled").value_or(true) ? T_f("Partner Relationship Management is enabled") : T_f("PRM is still off");
}
std::string describeWizard(const json&) { return T_f("The External User Access Conversion wizard was finished (Done or Cancel)"); }
std::string describeSnapshots(const json& c) {
    const auto n = integer(c, "min").value_or(1);
    return n == 1 ? T_f("A sandbox copy (snapshot) exists") : T_f("At least {0} sandbox copies exist", {sayInt(n)});
}
std::string describePartnerAccount(const json& c) { return T_f("{0} is a partner account", {quote(str(c, "account"))}); }
std::string describePartnerUser(const json& c) {
    const bool active = boolean(c, "active").value_or(true);
    const std::string user = quote(str(c, "user")), account = quote(str(c, "account"));
    std::string d = str(c, "account").empty()
                        ? (active ? T_f("{0} is an active partner user", {user}) : T_f("{0} is an inactive partner user", {user}))
                        : (active ? T_f("{0} is an active partner user of {1}", {user, account})
                                  : T_f("{0} is an inactive partner user of {1}", {user, account}));
    if (boolean(c, "loggedIn").value_or(false)) d += T_f(" who has logged in");
    return d;
}
std::string describeCommunity(const json& c) {
    const std::string name = quote(str(c, "name")), status = say(str(c, "status"));
    std::string d = str(c, "name").empty()
                        ? (str(c, "status").empty() ? T_f("A community is set up") : T_f("A community is {0}", {status}))
                        : (str(c, "status").empty() ? T_f("Community {0} is set up", {name}) : T_f("Community {0} is {1}", {name, status}));
    if (!str(c, "memberProfile").empty()) d += T_f(" with {0} as a member profile", {quote(str(c, "memberProfile"))});
    return d;
}
std::string describeLeadOwner(const json& c) {
    return T_f("{0} is owned by {1}", {capitalized(selectorText(c["lead"])), wantText(ownerWant(c))});
}
std::string describeLeadCount(const json& c) {
    std::string criteria;  // the criteria in the model's words (field labels and values as stored)
    if (c.contains("where"))
        for (const auto& w : c["where"]) {
            auto cc = domain::compileCriterion({w["field"].get<std::string>(), w["op"].get<std::string>(), w["value"].get<std::string>()});
            if (cc) criteria = criteria.empty() ? domain::describe(cc.value()) : T_f("{0} and {1}", {criteria, domain::describe(cc.value())});
        }
    const std::string where = criteria.empty() ? std::string() : T_f(" where {0}", {criteria});
    const OwnerWant w = ownerWant(c);
    const std::string owned = w.any() ? "" : T_f(" owned by {0}", {wantText(w)});
    if (boolean(c, "all").value_or(false))
        return owned.empty() ? T_f("All leads{0} are present", {where}) : T_f("All leads{0} are{1}", {where, owned});
    std::string d;
    if (integer(c, "min")) d = T_f("At least {0} leads{1}{2}", {sayInt(*integer(c, "min")), where, owned});
    if (integer(c, "max"))
        d = d.empty() ? T_f("At most {0} leads{1}{2}", {sayInt(*integer(c, "max")), where, owned})
                      : T_f("{0}, at most {1}", {d, sayInt(*integer(c, "max"))});
    return d.empty() ? T_f("At least {0} leads{1}{2}", {sayInt(1), where, owned}) : d;
}
std::string describeEmail(const json& c) {
    std::string d = T_f("A {0} e-mail was sent", {str(c, "kind")});
    if (!str(c, "to").empty()) d += T_f(" to {0}", {str(c, "to")});
    if (c.contains("lead")) d += T_f(" about {0}", {selectorText(c["lead"])});
    return d;
}
std::string describeInbox(const json& c) {
    return T_f("{0} is in {1}'s lead inbox", {capitalized(selectorText(c["lead"])), str(c, "user")});
}
std::string describeLoggedInAs(const json& c) { return T_f("You are logged in as {0}", {str(c, "user")}); }
std::string describeQueue(const json& c) {
    std::string d = T_f("Queue {0} exists", {quote(str(c, "name"))});
    if (integer(c, "minMembers")) d += T_f(" with at least {0} members", {sayInt(*integer(c, "minMembers"))});
    if (integer(c, "minPartnerMembers")) d += T_f(" with at least {0} partner-user members", {sayInt(*integer(c, "minPartnerMembers"))});
    return d;
}
std::string describeRoundRobin(const json& c) {
    std::string d = str(c, "name").empty() ? T_f("A round robin") : T_f("Round robin {0}", {quote(str(c, "name"))});
    if (!str(c, "kind").empty()) d += str(c, "kind") == "Queues" ? T_f(" over queues") : T_f(" over users");
    d += T_f(" with at least {0} members", {sayInt(integer(c, "minMembers").value_or(2))});
    return d;
}
std::string describeRule(const json& c) {
    std::string d = str(c, "name").empty() ? T_f("A lead assignment rule") : T_f("Lead assignment rule {0}", {quote(str(c, "name"))});
    if (boolean(c, "active").value_or(true)) d += T_f(" is active");
    if (integer(c, "minEntries")) d += T_f(" with at least {0} entries", {sayInt(*integer(c, "minEntries"))});
    return d;
}
std::string describeCandidate(const json& c) {
    return boolean(c, "eligible").value_or(true) ? T_f("{0} can be picked as a lead owner", {str(c, "user")})
                                                 : T_f("{0} is hidden from the lead owner list", {str(c, "user")});
}
std::string describeOrgSetting(const json& c) { return T_f("Org setting {0} is {1}", {str(c, "field"), c["equals"].dump()}); }

// Sales records (accounts, contacts, activities, lead conversion, opportunities).
std::string activityNoun(const std::string& type) {  // plural, lower case: "phone calls"
    static const std::map<std::string, const char*> nouns = {
        {"Task", T_("tasks")},     {"PhoneCall", T_("phone calls")}, {"Appointment", T_("appointments")},
        {"Email", T_("e-mails")},  {"Letter", T_("letters")},        {"Fax", T_("faxes")}};
    auto it = nouns.find(type);
    return it == nouns.end() ? type : say(it->second);
}
std::string quotedList(const json& list) {
    std::vector<std::string> names;
    for (const auto& v : list) names.push_back(quote(v.get<std::string>()));
    return joinNames(names);
}
std::string describeAccountExists(const json& c) { return T_f("Account {0} exists", {quote(str(c, "name"))}); }
std::string contactName(const json& c) {
    return str(c, "firstName").empty() ? str(c, "lastName") : str(c, "firstName") + " " + str(c, "lastName");
}
std::string describeContactOnAccount(const json& c) {
    return T_f("Contact {0} has Parent Customer {1}", {quote(contactName(c)), quote(str(c, "account"))});
}
std::string describeActivitiesCompleted(const json& c) {
    const std::string noun = activityNoun(str(c, "activityType"));
    if (c.contains("subjects")) return T_f("These {0} are completed: {1}", {noun, quotedList(c["subjects"])});
    const long long min = integer(c, "min").value_or(1);
    return TN_f(TN_("At least {0} of the {1} is completed", "At least {0} of the {1} are completed"), min, {sayInt(min), noun});
}
std::string describeActivityLogged(const json& c) {
    const auto type = domain::activityTypeFrom(str(c, "activityType"));
    const std::string label = say(type ? domain::label(*type) : str(c, "activityType"));
    return boolean(c, "completed").value_or(false)
               ? T_f("A completed activity ({0}) regards {1}", {label, selectorText(c["lead"])})
               : T_f("An activity ({0}) regards {1}", {label, selectorText(c["lead"])});
}
std::string describeLeadConverted(const json& c) {
    return boolean(c, "withOpportunity").value_or(false)
               ? T_f("{0} is converted, with an opportunity", {capitalized(selectorText(c["lead"]))})
               : T_f("{0} is converted", {capitalized(selectorText(c["lead"]))});
}
std::string describeOpportunityVisible(const json& c) {
    if (c.contains("lead"))
        return T_f("{0} can see the opportunity converted from {1}", {str(c, "user"), selectorText(c["lead"])});
    if (!str(c, "opportunity").empty()) return T_f("{0} can see opportunity {1}", {str(c, "user"), quote(str(c, "opportunity"))});
    return T_f("{0} can see an opportunity", {str(c, "user")});
}

// The check's own "description", else its type's words (defined after the table of check types).
std::string describeImpl(const json& c);

// ---- [SECTION] Evaluation, one function per check type --------------------------------------------
CheckOutcome checkPrm(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    const bool want = boolean(c, "enabled").value_or(true);
    const bool on = db.queryInt("SELECT prm_enabled FROM org WHERE id = 1").value_or(0) != 0;
    if (on == want) return pass(d);
    return fail(d, want ? T_f("PRM is not enabled: Setup → Build → Customize → Partners → Settings → Edit, tick the box, Save")
                        : T_f("PRM is enabled, expected it off (restore a snapshot taken before enabling it)"));
}

CheckOutcome checkWizard(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    auto s = db.prepare("SELECT prm_enabled, wizard_state FROM org WHERE id = 1");
    if (!s.step()) return fail(d, T_f("the sandbox has no org"));
    if (!s.getInt(0)) return fail(d, T_f("PRM is not enabled yet, so the wizard has not run; enable PRM first"));
    const std::string state = s.getText(1);
    if (state == "done" || state == "cancelled") return pass(d);
    return fail(d, state == "open" ? T_f("the External User Access Conversion wizard is still open; go through steps 1–3 and click Done "
                                         "(or Cancel if no rules need changing)")
                                   : T_f("the External User Access Conversion wizard is not started; go through steps 1–3 and click Done "
                                         "(or Cancel if no rules need changing)"));
}

CheckOutcome checkSnapshots(store::Db&, const json& c, const CheckEnv& env) {
    const std::string d = describeImpl(c);
    const auto min = integer(c, "min").value_or(1);
    if (env.snapshotCount >= min) return pass(d);
    return fail(d, env.snapshotCount == 0
                       ? T_f("there is no sandbox copy yet; open Training → Snapshots and click \"Create sandbox copy\"")
                       : T_f("there are {0} sandbox copies, expected at least {1}", {sayInt(env.snapshotCount), sayInt(min)}));
}

CheckOutcome checkPartnerAccount(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    const std::string name = str(c, "account");
    auto s = db.prepare("SELECT is_partner FROM accounts WHERE name = ? COLLATE NOCASE ORDER BY is_partner DESC LIMIT 1");
    s.bind(1, name);
    if (!s.step()) return fail(d, T_f("there is no account named {0}; create it in Sales → Accounts → New", {quote(name)}));
    if (s.getInt(0)) return pass(d);
    return fail(d, T_f("account {0} is not a partner account; on the account choose Manage External Account → Enable as Partner", {quote(name)}));
}

CheckOutcome checkPartnerUser(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    const std::string name = str(c, "user");
    User u = userByName(db, name);
    if (!u.exists || !u.partner) {
        auto contact = db.prepare("SELECT coalesce(a.name, '') FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id "
                                  "WHERE trim(c.first_name || ' ' || c.last_name) = ? COLLATE NOCASE LIMIT 1");
        contact.bind(1, name);
        if (contact.step())
            return fail(d, T_f("{0} is a contact of {1} but not a partner user yet; on the contact choose Manage External User → "
                               "Enable Partner User",
                               {name, quote(contact.getText(0))}));
        return fail(d, u.exists ? T_f("{0} is an internal user, not a partner user", {name})
                                : T_f("there is no contact or user named {0}", {quote(name)}));
    }
    const std::string account = str(c, "account");
    if (!account.empty() && !sameText(u.accountName, account))
        return fail(d, T_f("{0} is a partner user of {1}, expected {2}", {name, quote(u.accountName), quote(account)}));
    const bool wantActive = boolean(c, "active").value_or(true);
    if (u.active != wantActive)
        return fail(d, u.active ? T_f("{0} is active, expected inactive", {name}) : T_f("{0} is inactive, expected active", {name}));
    if (auto li = boolean(c, "loggedIn"); li && *li != u.hasLoggedIn())
        return fail(d, *li ? T_f("{0} has never logged in; log out, then log in as {0} with the password from the Welcome e-mail in the Outbox",
                                 {name})
                           : T_f("{0} has already logged in", {name}));
    return pass(d);
}

CheckOutcome checkCommunity(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    const std::string name = str(c, "name"), status = str(c, "status"), profile = str(c, "memberProfile");
    auto s = db.prepare("SELECT id, name, status FROM communities WHERE ?1 = '' OR name = ?1 COLLATE NOCASE ORDER BY id");
    s.bind(1, name);
    std::string firstProblem;
    int seen = 0;
    while (s.step()) {
        ++seen;
        const Id id = s.getInt(0);
        const std::string cname = s.getText(1), cstatus = s.getText(2);
        std::string problem;
        if (!status.empty() && cstatus != status)
            problem = T_f("community {0} is {1}, expected {2}", {quote(cname), say(cstatus), say(status)});
        if (problem.empty() && !profile.empty()) {
            auto m = db.prepare("SELECT 1 FROM community_profiles cp JOIN profiles p ON p.id = cp.profile_id "
                                "WHERE cp.community_id = ? AND p.name = ? COLLATE NOCASE");
            m.bind(1, id).bind(2, profile);
            if (!m.step()) problem = T_f("{0} is not a member profile of community {1}", {quote(profile), quote(cname)});
        }
        if (problem.empty()) return pass(d);
        if (firstProblem.empty()) firstProblem = problem;
    }
    if (seen == 0)
        return fail(d, name.empty() ? T_f("there is no community yet; Setup → Digital Experiences → All Communities → New")
                                    : T_f("there is no community named {0}", {quote(name)}));
    return fail(d, firstProblem);
}

CheckOutcome checkLeadOwner(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    LeadInfo l = findLead(db, c["lead"]);
    if (!l.exists) return fail(d, T_f("there is no {0}; it may have been deleted", {selectorText(c["lead"])}));
    OwnerCache owners(db);
    const OwnerInfo& o = owners.get(l.ownerIsQueue, l.ownerId);
    const OwnerWant w = ownerWant(c);
    if (ownerMatches(o, w)) return pass(d);
    return fail(d, T_f("{0} is owned by {1}, expected {2}", {leadLabel(l), ownerText(o), wantText(w)}));
}

CheckOutcome checkLeadCount(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    std::vector<domain::CompiledCriterion> where;
    if (c.contains("where"))
        for (const auto& w : c["where"]) {
            auto cc = domain::compileCriterion({w["field"].get<std::string>(), w["op"].get<std::string>(), w["value"].get<std::string>()});
            if (cc) where.push_back(cc.value());
        }
    std::string sql = "SELECT id, number, company, owner_user_id, owner_queue_id";
    for (const auto& f : domain::leadFields()) sql += std::string(", ") + f.column;
    sql += " FROM leads ORDER BY id";
    auto s = db.prepare(sql);
    const OwnerWant w = ownerWant(c);
    OwnerCache owners(db);
    long long matching = 0, owned = 0;
    std::optional<LeadInfo> offender, ownedExample;
    while (s.step()) {
        bool ok = true;
        for (const auto& cc : where) {
            const int col = 5 + cc.field;
            std::optional<std::string> v;
            if (!s.isNull(col)) v = s.getText(col);
            if (!domain::matches(cc, v)) {
                ok = false;
                break;
            }
        }
        if (!ok) continue;
        ++matching;
        LeadInfo l;
        l.exists = true;
        l.id = s.getInt(0);
        l.number = s.getText(1);
        l.company = s.getText(2);
        l.ownerIsQueue = s.isNull(3);
        l.ownerId = l.ownerIsQueue ? s.getInt(4) : s.getInt(3);
        if (ownerMatches(owners.get(l.ownerIsQueue, l.ownerId), w)) {
            ++owned;
            if (!ownedExample) ownedExample = l;
        } else if (!offender) {
            offender = l;
        }
    }
    const std::string ownedBy = w.any() ? "" : T_f(" owned by {0}", {wantText(w)});
    auto example = [&](const std::optional<LeadInfo>& l) {
        if (!l) return std::string();
        return T_f("; e.g. {0} is owned by {1}", {leadLabel(*l), ownerText(owners.get(l->ownerIsQueue, l->ownerId))});
    };
    if (boolean(c, "all").value_or(false)) {
        if (matching > 0 && owned == matching) return pass(d);
        if (matching == 0) return fail(d, T_f("no lead matches the criteria"));
        return fail(d, T_f("{0} of {1} matching leads are not{2}", {sayInt(matching - owned), sayInt(matching), ownedBy}) + example(offender));
    }
    const long long min = integer(c, "min").value_or(integer(c, "max") ? 0 : 1);
    const std::string are = ownedBy.empty() ? T_f(" there") : ownedBy;
    if (owned < min)
        return fail(d, (owned == 0 ? T_f("no matching leads are{0}, expected at least {1}", {are, sayInt(min)})
                                   : T_f("only {0} matching leads are{1}, expected at least {2}", {sayInt(owned), are, sayInt(min)})) +
                           (offender ? example(offender) : std::string()));
    if (auto max = integer(c, "max"); max && owned > *max)
        return fail(d, T_f("{0} matching leads are{1}, expected at most {2}", {sayInt(owned), are, sayInt(*max)}) + example(ownedExample));
    return pass(d);
}

CheckOutcome checkEmail(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    const std::string kind = str(c, "kind"), to = str(c, "to");
    std::optional<Id> toId, leadId;
    std::string leadText;
    if (!to.empty()) {
        User u = userByName(db, to);
        if (!u.exists) return fail(d, T_f("there is no user named {0}", {quote(to)}));
        toId = u.id;
    }
    if (c.contains("lead")) {
        LeadInfo l = findLead(db, c["lead"]);
        if (!l.exists) return fail(d, T_f("there is no {0}", {selectorText(c["lead"])}));
        leadId = l.id;
        leadText = leadLabel(l);
    }
    auto s = db.prepare("SELECT count(*) FROM outbox WHERE kind = ? AND (?2 IS NULL OR to_user_id = ?2) AND (?3 IS NULL OR related_id = ?3)");
    s.bind(1, kind).bindOptional(2, toId).bindOptional(3, leadId);
    if (s.step() && s.getInt(0) > 0) return pass(d);
    auto any = db.prepare("SELECT count(*) FROM outbox WHERE kind = ?");
    any.bind(1, kind);
    const long long others = any.step() ? any.getInt(0) : 0;
    std::string diag = T_f("the Outbox has no {0} e-mail", {kind}) + (to.empty() ? "" : T_f(" to {0}", {to})) +
                       (leadText.empty() ? "" : T_f(" about {0}", {leadText}));
    if (others > 0) diag += T_f(" ({0} {1} e-mails went elsewhere)", {sayInt(others), kind});
    if (kind == "LeadNotification") diag += T_f("; tick \"Send Notification Email\" when you change the owner");
    return fail(d, diag);
}

CheckOutcome checkInbox(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    User u = userByName(db, str(c, "user"));
    if (!u.exists) return fail(d, T_f("there is no user named {0}", {quote(str(c, "user"))}));
    LeadInfo l = findLead(db, c["lead"]);
    if (!l.exists) return fail(d, T_f("there is no {0}", {selectorText(c["lead"])}));
    for (const auto& row : inboxLeads(db, u.id))
        if (row.id == l.id) return pass(d);
    OwnerCache owners(db);
    return fail(d, T_f("{0} is not in {1}'s lead inbox: it is owned by {2}", {leadLabel(l), u.name, ownerText(owners.get(l.ownerIsQueue, l.ownerId))}));
}

CheckOutcome checkLoggedInAs(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    User want = userByName(db, str(c, "user"));
    if (!want.exists) return fail(d, T_f("there is no user named {0}", {quote(str(c, "user"))}));
    const Id cur = db.queryInt("SELECT user_id FROM session WHERE id = 1").value_or(0);
    if (cur == want.id) return pass(d);
    if (cur == 0) return fail(d, T_f("nobody is logged in; log in as {0}", {want.name}));
    return fail(d, T_f("you are logged in as {0}, expected {1}; log out and log in as {1}", {loadUser(db, cur).name, want.name}));
}

CheckOutcome checkQueue(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    const std::string name = str(c, "name");
    auto q = db.prepare("SELECT id, name FROM queues WHERE name = ? COLLATE NOCASE");
    q.bind(1, name);
    if (!q.step()) return fail(d, T_f("there is no queue named {0}; Setup → Queues → New", {quote(name)}));
    const Id id = q.getInt(0);
    const long long members = db.queryInt("SELECT count(*) FROM queue_members WHERE queue_id = ?", id).value_or(0);
    const long long partners =
        db.queryInt("SELECT count(DISTINCT qu.user_id) FROM queue_users qu JOIN users u ON u.id = qu.user_id "
                    "JOIN profiles p ON p.id = u.profile_id WHERE p.user_type = 'Partner' AND qu.queue_id = ?",
                    id)
            .value_or(0);
    if (auto m = integer(c, "minMembers"); m && members < *m)
        return fail(d, T_f("queue {0} has {1} members, expected at least {2}", {quote(q.getText(1)), sayInt(members), sayInt(*m)}));
    if (auto m = integer(c, "minPartnerMembers"); m && partners < *m)
        return fail(d, T_f("queue {0} has {1} partner users among its members, expected at least {2}",
                           {quote(q.getText(1)), sayInt(partners), sayInt(*m)}));
    return pass(d);
}

CheckOutcome checkRoundRobin(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    const std::string name = str(c, "name"), kind = str(c, "kind");
    const long long min = integer(c, "minMembers").value_or(2);
    auto s = db.prepare("SELECT r.name, r.kind, (SELECT count(*) FROM round_robin_members m WHERE m.round_robin_id = r.id) "
                        "FROM round_robins r WHERE ?1 = '' OR r.name = ?1 COLLATE NOCASE ORDER BY r.id");
    s.bind(1, name);
    std::vector<std::string> found;
    while (s.step()) {
        const bool kindOk = kind.empty() || s.getText(1) == kind;
        if (kindOk && s.getInt(2) >= min) return pass(d);
        found.push_back(s.getText(1) == "Queues" ? T_f("{0} over queues, {1} members", {quote(s.getText(0)), sayInt(s.getInt(2))})
                                                 : T_f("{0} over users, {1} members", {quote(s.getText(0)), sayInt(s.getInt(2))}));
    }
    if (found.empty())
        return fail(d, name.empty() ? T_f("there is no round robin yet; Setup → Round Robin → New")
                                    : T_f("there is no round robin named {0}", {quote(name)}));
    const std::string over = kind.empty() ? std::string() : (kind == "Queues" ? T_f(" over queues") : T_f(" over users"));
    return fail(d, T_f("no round robin{0} has at least {1} members (found: {2})", {over, sayInt(min), joinNames(found)}));
}

CheckOutcome checkRule(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    const std::string name = str(c, "name");
    const bool wantActive = boolean(c, "active").value_or(true);
    const long long min = integer(c, "minEntries").value_or(0);
    auto s = db.prepare("SELECT r.name, r.is_active, (SELECT count(*) FROM assignment_rule_entries e WHERE e.rule_id = r.id) "
                        "FROM assignment_rules r WHERE ?1 = '' OR r.name = ?1 COLLATE NOCASE ORDER BY r.is_active DESC, r.id");
    s.bind(1, name);
    std::string problem;
    bool any = false;
    while (s.step()) {
        any = true;
        const bool active = s.getInt(1) != 0;
        std::string p;
        if (wantActive && !active) p = T_f("the rule {0} is not active; tick Active on the rule", {quote(s.getText(0))});
        else if (s.getInt(2) < min)
            p = T_f("the rule {0} has {1} entries, expected at least {2}", {quote(s.getText(0)), sayInt(s.getInt(2)), sayInt(min)});
        if (p.empty()) return pass(d);
        if (problem.empty()) problem = p;
    }
    if (!any)
        return fail(d, name.empty() ? T_f("there is no lead assignment rule yet; Setup → Lead Assignment Rules → New")
                                    : T_f("there is no lead assignment rule named {0}", {quote(name)}));
    return fail(d, problem);
}

CheckOutcome checkCandidate(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    User u = userByName(db, str(c, "user"));
    if (!u.exists) return fail(d, T_f("there is no user named {0}", {quote(str(c, "user"))}));
    const bool want = boolean(c, "eligible").value_or(true);
    OwnerCandidates cands = ownerCandidates(db, 0, u.partner ? "PartnerUser" : "User", "");
    for (const auto& e : cands.eligible)
        if (e.id == u.id) return want ? pass(d) : fail(d, T_f("{0} can still be picked as a lead owner", {u.name}));
    for (const auto& h : cands.hidden)
        if (h.id == u.id)
            return want ? fail(d, T_f("{0} is hidden from the \"{1}\" owner list: {2}",
                                      {u.name, say(u.partner ? "Partner User" : "User"), joinNames(h.reasons)}))
                        : pass(d);
    return fail(d, T_f("{0} is not in the owner lists at all", {u.name}));
}

CheckOutcome checkOrgSetting(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    const std::string field = str(c, "field");
    json actual;
    auto s = db.prepare("SELECT o.name, o.edition, o.partner_role_count, o.prm_enabled, o.wizard_state, "
                        "o.grant_access_using_hierarchies, coalesce(trim(u.first_name || ' ' || u.last_name), ''), "
                        "o.owd_lead_internal, o.owd_lead_external, o.owd_account_internal, o.owd_account_external, "
                        "o.owd_contact_internal, o.owd_contact_external, o.owd_opportunity_internal, o.owd_opportunity_external "
                        "FROM org o LEFT JOIN users u ON u.id = o.default_lead_owner_id WHERE o.id = 1");
    if (!s.step()) return fail(d, T_f("the sandbox has no org"));
    const auto& names = orgFields();
    const int col = static_cast<int>(std::find(names.begin(), names.end(), field) - names.begin());
    if (field == "partnerRoleCount") actual = s.getInt(col);
    else if (field == "prmEnabled" || field == "grantAccessUsingHierarchies") actual = s.getInt(col) != 0;
    else actual = s.getText(col);
    const json& want = c["equals"];
    bool same = actual == want;
    if (!same && actual.is_string() && want.is_string()) same = sameText(actual.get<std::string>(), want.get<std::string>());
    if (same) return pass(d);
    return fail(d, T_f("org setting {0} is {1}, expected {2}", {field, actual.dump(), want.dump()}));
}


CheckOutcome checkAccountExists(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    const std::string name = str(c, "name");
    if (db.queryInt("SELECT count(*) FROM accounts WHERE name = ? COLLATE NOCASE", name).value_or(0) > 0) return pass(d);
    return fail(d, T_f("there is no account named {0} yet; Accounts → New (from Sales, Marketing or Service)", {quote(name)}));
}

CheckOutcome checkContactOnAccount(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    const std::string last = str(c, "lastName"), first = str(c, "firstName"), account = str(c, "account");
    auto s = db.prepare("SELECT trim(c.first_name || ' ' || c.last_name), a.name FROM contacts c "
                        "LEFT JOIN accounts a ON a.id = c.account_id "
                        "WHERE c.last_name = ?1 COLLATE NOCASE AND (?2 = '' OR c.first_name = ?2 COLLATE NOCASE) ORDER BY c.id");
    s.bind(1, last).bind(2, first);
    std::string problem;
    while (s.step()) {
        const std::string name = s.getText(0);
        if (!s.isNull(1) && sameText(s.getText(1), account)) return pass(d);
        if (!problem.empty()) continue;
        problem = s.isNull(1) ? T_f("the contact {0} exists but is not on the account {1} (Parent Customer is empty)",
                                    {quote(name), quote(account)})
                              : T_f("the contact {0} is on the account {1}, not on {2}; change its Parent Customer",
                                    {quote(name), quote(s.getText(1)), quote(account)});
    }
    if (!problem.empty()) return fail(d, problem);
    return fail(d, T_f("there is no contact {0} yet; Contacts → New, with Parent Customer {1}", {quote(contactName(c)), quote(account)}));
}

CheckOutcome checkActivitiesCompleted(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    const std::string type = str(c, "activityType"), noun = activityNoun(type);
    if (!c.contains("subjects")) {
        const long long min = integer(c, "min").value_or(1);
        const long long done = db.queryInt("SELECT count(*) FROM activities WHERE type = ? AND state = 'Completed'", type).value_or(0);
        if (done >= min) return pass(d);
        return fail(d, T_f("completed {0}: {1}, expected at least {2}", {noun, sayInt(done), sayInt(min)}));
    }
    std::vector<std::string> open, missing, canceled;
    for (const auto& subject : c["subjects"]) {
        const std::string want = subject.get<std::string>();
        // The best state among the activities with that subject: Completed, then open, then Canceled.
        auto s = db.prepare("SELECT state FROM activities WHERE type = ? AND subject = ? COLLATE NOCASE "
                            "ORDER BY CASE state WHEN 'Completed' THEN 0 WHEN 'Canceled' THEN 2 ELSE 1 END LIMIT 1");
        s.bind(1, type).bind(2, want);
        if (!s.step()) missing.push_back(quote(want));
        else if (s.getText(0) == "Canceled") canceled.push_back(quote(want));
        else if (s.getText(0) != "Completed") open.push_back(quote(want));
    }
    const long long total = static_cast<long long>(c["subjects"].size());
    std::vector<std::string> problems;
    if (!open.empty())
        problems.push_back(TN_f(TN_("{0} of {1} {2} is still open: {3}; My Workplace → Activities, select it, Mark Complete",
                                    "{0} of {1} {2} are still open: {3}; My Workplace → Activities, select them, Mark Complete"),
                                static_cast<long long>(open.size()),
                                {sayInt(static_cast<long long>(open.size())), sayInt(total), noun, joinNames(open)}));
    if (!canceled.empty()) problems.push_back(T_f("canceled instead of completed: {0}", {joinNames(canceled)}));
    if (!missing.empty()) problems.push_back(T_f("not found (deleted or renamed?): {0}", {joinNames(missing)}));
    if (problems.empty()) return pass(d);
    std::string diag;
    for (const auto& p : problems) diag = diag.empty() ? p : T_f("{0}; {1}", {diag, p});
    return fail(d, diag);
}

// The activities of a lead, also after its conversion moved them to the new opportunity or contact.
CheckOutcome checkActivityLogged(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    const std::string type = str(c, "activityType"), noun = activityNoun(type);
    LeadInfo l = findLead(db, c["lead"]);
    if (!l.exists) return fail(d, T_f("there is no {0}", {selectorText(c["lead"])}));
    auto s = db.prepare("SELECT count(*), coalesce(sum(a.state = 'Completed'), 0) FROM activities a JOIN leads l ON l.id = ?1 "
                        "WHERE a.type = ?2 AND ((a.regarding_type = 'Lead' AND a.regarding_id = l.id) "
                        "OR (a.regarding_type = 'Opportunity' AND a.regarding_id = l.converted_opportunity_id) "
                        "OR (a.regarding_type = 'Contact' AND a.regarding_id = l.converted_contact_id))");
    s.bind(1, l.id).bind(2, type);
    const long long all = s.step() ? s.getInt(0) : 0, done = all ? s.getInt(1) : 0;
    const bool wantCompleted = boolean(c, "completed").value_or(false);
    if (all > 0 && (!wantCompleted || done > 0)) return pass(d);
    if (all == 0)
        return fail(d, T_f("no {0} regard {1} yet; open the lead and add one under Open Activities", {noun, leadLabel(l)}));
    return fail(d, T_f("the {0} on {1} are still open; an activity that took place is saved with Save as Completed", {noun, leadLabel(l)}));
}

CheckOutcome checkLeadConverted(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    LeadInfo l = findLead(db, c["lead"]);
    if (!l.exists) return fail(d, T_f("there is no {0}", {selectorText(c["lead"])}));
    auto s = db.prepare("SELECT converted_at IS NOT NULL, converted_opportunity_id IS NOT NULL FROM leads WHERE id = ?");
    s.bind(1, l.id);
    s.step();
    if (!s.getInt(0)) return fail(d, T_f("{0} is not converted yet; open it and click Convert", {leadLabel(l)}));
    if (boolean(c, "withOpportunity").value_or(false) && !s.getInt(1))
        return fail(d, T_f("{0} was converted without an opportunity (\"Do not create a new opportunity upon conversion\" was ticked)", {leadLabel(l)}));
    return pass(d);
}

CheckOutcome checkOpportunityVisible(store::Db& db, const json& c, const CheckEnv&) {
    const std::string d = describeImpl(c);
    User u = userByName(db, str(c, "user"));
    if (!u.exists) return fail(d, T_f("there is no user named {0}", {quote(str(c, "user"))}));
    std::optional<Id> leadId;
    std::string leadText;
    if (c.contains("lead")) {
        LeadInfo l = findLead(db, c["lead"]);
        if (!l.exists) return fail(d, T_f("there is no {0}", {selectorText(c["lead"])}));
        leadId = l.id;
        leadText = leadLabel(l);
    }
    const std::string name = str(c, "opportunity");
    auto s = db.prepare("SELECT id, name, owner_id FROM opportunities WHERE (?1 IS NULL OR lead_id = ?1) "
                        "AND (?2 = '' OR name = ?2 COLLATE NOCASE) ORDER BY id");
    s.bindOptional(1, leadId).bind(2, name);
    std::string problem;
    OwnerCache owners(db);
    while (s.step()) {
        if (opportunityAccess(db, u.id, s.getInt(0)) >= Access::Read) return pass(d);
        if (problem.empty())
            problem = T_f("{0} cannot see opportunity {1}, owned by {2}",
                          {u.name, quote(s.getText(1)), ownerText(owners.get(false, s.getInt(2)))});
    }
    if (!problem.empty()) return fail(d, problem);
    if (leadId) return fail(d, T_f("there is no opportunity from {0} yet; convert the lead with an opportunity", {leadText}));
    return fail(d, name.empty() ? T_f("there is no opportunity yet") : T_f("there is no opportunity named {0}", {quote(name)}));
}

// ---- [SECTION] The check types: fields, description, evaluation -----------------------------------
struct CheckType {
    const char* name;
    std::vector<FieldSpec> fields;
    std::string (*describe)(const json& check);
    CheckOutcome (*evaluate)(store::Db& db, const json& check, const CheckEnv& env);
};

const std::vector<CheckType>& checkTable() {
    static const std::vector<CheckType> t = {
        {"prmEnabled", {{"enabled", Kind::Bool, false}}, describePrm, checkPrm},
        {"wizardFinished", {}, describeWizard, checkWizard},
        {"snapshotCount", {{"min", Kind::Int, false}}, describeSnapshots, checkSnapshots},
        {"partnerAccount", {{"account", Kind::Str, true}}, describePartnerAccount, checkPartnerAccount},
        {"partnerUser",
         {{"user", Kind::Str, true}, {"account", Kind::Str, false}, {"active", Kind::Bool, false}, {"loggedIn", Kind::Bool, false}},
         describePartnerUser, checkPartnerUser},
        {"community", {{"name", Kind::Str, false}, {"status", Kind::Status, false}, {"memberProfile", Kind::Str, false}},
         describeCommunity, checkCommunity},
        {"leadOwner",
         {{"lead", Kind::Lead, true}, {"ownerType", Kind::OwnerType, true}, {"owner", Kind::Str, false}, {"account", Kind::Str, false}},
         describeLeadOwner, checkLeadOwner},
        {"leadCount",
         {{"where", Kind::Where, false},
          {"ownerType", Kind::OwnerType, false},
          {"owner", Kind::Str, false},
          {"account", Kind::Str, false},
          {"min", Kind::Int, false},
          {"max", Kind::Int, false},
          {"all", Kind::Bool, false}},
         describeLeadCount, checkLeadCount},
        {"emailSent", {{"kind", Kind::Str, true}, {"to", Kind::Str, false}, {"lead", Kind::Lead, false}}, describeEmail, checkEmail},
        {"inboxContains", {{"user", Kind::Str, true}, {"lead", Kind::Lead, true}}, describeInbox, checkInbox},
        {"loggedInAs", {{"user", Kind::Str, true}}, describeLoggedInAs, checkLoggedInAs},
        {"queue", {{"name", Kind::Str, true}, {"minMembers", Kind::Int, false}, {"minPartnerMembers", Kind::Int, false}},
         describeQueue, checkQueue},
        {"roundRobin", {{"name", Kind::Str, false}, {"kind", Kind::RrKind, false}, {"minMembers", Kind::Int, false}},
         describeRoundRobin, checkRoundRobin},
        {"assignmentRule", {{"name", Kind::Str, false}, {"active", Kind::Bool, false}, {"minEntries", Kind::Int, false}},
         describeRule, checkRule},
        {"ownerCandidate", {{"user", Kind::Str, true}, {"eligible", Kind::Bool, false}}, describeCandidate, checkCandidate},
        {"orgSetting", {{"field", Kind::OrgField, true}, {"equals", Kind::Any, true}}, describeOrgSetting, checkOrgSetting},
        {"accountExists", {{"name", Kind::Str, true}}, describeAccountExists, checkAccountExists},
        {"contactOnAccount", {{"lastName", Kind::Str, true}, {"firstName", Kind::Str, false}, {"account", Kind::Str, true}},
         describeContactOnAccount, checkContactOnAccount},
        {"activitiesCompleted", {{"activityType", Kind::ActivityType, true}, {"subjects", Kind::StrList, false}, {"min", Kind::Int, false}},
         describeActivitiesCompleted, checkActivitiesCompleted},
        {"activityLogged", {{"activityType", Kind::ActivityType, true}, {"lead", Kind::Lead, true}, {"completed", Kind::Bool, false}},
         describeActivityLogged, checkActivityLogged},
        {"leadConverted", {{"lead", Kind::Lead, true}, {"withOpportunity", Kind::Bool, false}}, describeLeadConverted, checkLeadConverted},
        {"opportunityVisibleTo", {{"user", Kind::Str, true}, {"opportunity", Kind::Str, false}, {"lead", Kind::Lead, false}},
         describeOpportunityVisible, checkOpportunityVisible},
    };
    return t;
}

const CheckType* findType(const std::string& name) {
    for (const auto& t : checkTable())
        if (name == t.name) return &t;
    return nullptr;
}

std::string describeImpl(const json& c) {
    if (c.contains("description") && c["description"].is_string()) return c["description"].get<std::string>();
    if (c.contains("description") && c["description"].is_object()) return c["description"].value("en", std::string());
    const std::string type = str(c, "type");
    if (const CheckType* t = findType(type)) return t->describe(c);
    return type;
}

// ---- [SECTION] Schema ------------------------------------------------------------------------------
json criterionSchema() {
    json fieldNames = json::array(), ops = json::array();
    for (const auto& f : domain::leadFields()) fieldNames.push_back(f.apiName);
    for (auto op : {domain::Op::Equals, domain::Op::NotEqual, domain::Op::Contains, domain::Op::NotContain,
                    domain::Op::StartsWith, domain::Op::LessThan, domain::Op::GreaterThan, domain::Op::LessOrEqual,
                    domain::Op::GreaterOrEqual})
        ops.push_back(domain::toString(op));
    return {{"type", "object"},
            {"properties", {{"field", {{"enum", fieldNames}}}, {"op", {{"enum", ops}}}, {"value", {{"type", "string"}}}}},
            {"required", {"field", "op", "value"}},
            {"additionalProperties", false}};
}

json fieldSchema(Kind kind) {
    switch (kind) {
        case Kind::Str: return {{"type", "string"}, {"minLength", 1}};
        case Kind::Bool: return {{"type", "boolean"}};
        case Kind::Int: return {{"type", "integer"}, {"minimum", 0}};
        case Kind::Lead: {
            const json text = {{"type", "string"}, {"minLength", 1}};
            const json selector = {{"type", "object"},
                                   {"properties", {{"company", text}, {"number", text}}},
                                   {"minProperties", 1},
                                   {"maxProperties", 1},
                                   {"additionalProperties", false}};
            // A scenario may also name the lead with a placeholder string.
            return {{"anyOf", json::array({selector, fields::placeholderSchema()})}};
        }
        case Kind::Where: return {{"type", "array"}, {"items", criterionSchema()}};
        case Kind::OwnerType: return {{"enum", {"User", "PartnerUser", "Queue"}}};
        case Kind::Status: return {{"enum", {"Preview", "Published", "Inactive"}}};
        case Kind::RrKind: return {{"enum", {"Users", "Queues"}}};
        case Kind::OrgField: return {{"enum", orgFields()}};
        case Kind::StrList: return {{"type", "array"}, {"minItems", 1}, {"items", {{"type", "string"}, {"minLength", 1}}}};
        case Kind::ActivityType: return {{"enum", {"Task", "PhoneCall", "Appointment", "Email", "Letter", "Fax"}}};
        case Kind::Any: return json::object();
    }
    return json::object();
}

}  // namespace

const std::vector<std::string>& checkTypes() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (const auto& t : checkTable()) v.push_back(t.name);
        std::sort(v.begin(), v.end());
        return v;
    }();
    return names;
}

std::string checkProblem(const json& check, const std::string& path) {
    if (!check.is_object()) return path + ": " + T_f("a check is an object such as {\"type\": \"prmEnabled\"}");
    auto t = check.find("type");
    if (t == check.end() || !t->is_string()) return path + ".type: " + T_f("missing; use one of {0}", {joinNames(checkTypes())});
    const CheckType* type = findType(t->get<std::string>());
    if (!type) return path + ".type: " + T_f("unknown check type '{0}'; use one of {1}", {t->get<std::string>(), joinNames(checkTypes())});
    const auto& fields = type->fields;
    for (auto f = check.begin(); f != check.end(); ++f) {
        if (f.key() == "type") continue;
        if (f.key() == "description") {
            LocalText text;
            std::string problem;
            if (!readLocalText(*f, text, problem)) return path + ".description" + problem;
            continue;
        }
        auto spec = std::find_if(fields.begin(), fields.end(), [&](const FieldSpec& s) { return f.key() == s.name; });
        if (spec == fields.end()) {
            std::vector<std::string> known = {"description"};
            for (const auto& s : fields) known.push_back(s.name);
            return path + "." + f.key() + ": " + T_f("unknown field of a {0} check; it has {1}", {type->name, joinNames(known)});
        }
        if (auto p = fieldProblem(*spec, *f, path + "." + f.key()); !p.empty()) return p;
    }
    for (const auto& s : fields)
        if (s.required && !check.contains(s.name)) return path + "." + s.name + ": " + T_f("missing (a {0} check needs it)", {type->name});
    return {};
}

std::string describeCheck(const json& check) { return describeImpl(check); }

bool trainingStoreAttached(store::Db& db) {
    // PRAGMA database_list, not the pragma_database_list table: the table-valued form crashed SQLite
    // after the main database was replaced with sqlite3_deserialize while a store was attached.
    auto st = db.prepare("PRAGMA database_list");
    while (st.step())
        if (st.getText(1) == "training") return true;
    return false;
}

CheckEnv checkEnvironment(store::Db& db) {
    CheckEnv env;
    if (!trainingStoreAttached(db)) return env;
    env.snapshotCount = db.queryInt("SELECT count(*) FROM training.snapshots WHERE created_at >= "
                                    "coalesce((SELECT loaded_at FROM main.training_state WHERE id = 1), 0)")
                            .value_or(0);
    return env;
}

CheckOutcome evaluateCheck(store::Db& db, const json& c, const CheckEnv& env) {
    const std::string type = str(c, "type");
    if (const CheckType* t = findType(type)) return t->evaluate(db, c, env);
    return fail(type, "unknown check type '" + type + "'");
}

json checkSchema() {
    json types = json::array();
    for (const auto& name : checkTypes()) types.push_back(name);
    json allOf = json::array();
    for (const auto& t : checkTable()) {
        json props = {{"type", {{"const", t.name}}}, {"description", localTextSchema()}};
        json required = json::array({"type"});
        for (const auto& f : t.fields) {
            props[f.name] = fieldSchema(f.kind);
            if (f.required) required.push_back(f.name);
        }
        allOf.push_back({{"if", {{"properties", {{"type", {{"const", t.name}}}}}, {"required", {"type"}}}},
                         {"then", {{"properties", props}, {"required", required}, {"additionalProperties", false}}}});
    }
    return {{"$schema", "http://json-schema.org/draft-07/schema#"},
            {"title", "Exercise check"},
            {"description", "One check of a training exercise (docs/SCENARIOS.md)"},
            {"type", "object"},
            {"properties", {{"type", {{"enum", types}}}, {"description", localTextSchema()}}},
            {"required", {"type"}},
            {"allOf", allOf}};
}

}  // namespace prm::app::training
