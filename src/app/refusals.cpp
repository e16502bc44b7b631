#include "app/refusals.h"

#include <cassert>
#include <iterator>

namespace prm::app {
namespace {

// Where in the product a trainee picks each kind of record (the Setup tree's and the tabs' own labels).
const RecordKindWords kWords[] = {
    {RecordKind::User, "user", T_("pick one from Setup → Users"),
     T_("there is no user with id {0}; {1}"),
     T_("no such user, or you cannot see them; {0}")},
    {RecordKind::Profile, "profile", T_("pick one from Setup → Profiles"),
     T_("there is no profile with id {0}; {1}"),
     T_("no such profile, or you cannot see it; {0}")},
    {RecordKind::Role, "role", T_("pick one from Setup → Roles"),
     T_("there is no role with id {0}; {1}"),
     T_("no such role, or you cannot see it; {0}")},
    {RecordKind::Queue, "queue", T_("pick one from Setup → Queues"),
     T_("there is no queue with id {0}; {1}"),
     T_("no such queue, or you cannot see it; {0}")},
    {RecordKind::Lead, "lead", T_("pick one from Sales → Leads"),
     T_("there is no lead with id {0}; {1}"),
     T_("no such lead, or you cannot see it; {0}")},
    {RecordKind::Account, "account", T_("pick one from Sales → Accounts"),
     T_("there is no account with id {0}; {1}"),
     T_("no such account, or you cannot see it; {0}")},
    {RecordKind::Contact, "contact", T_("pick one from Sales → Contacts"),
     T_("there is no contact with id {0}; {1}"),
     T_("no such contact, or you cannot see it; {0}")},
    {RecordKind::PublicGroup, "public group", T_("pick one from Setup → Public Groups"),
     T_("there is no public group with id {0}; {1}"),
     T_("no such public group, or you cannot see it; {0}")},
    {RecordKind::Community, "community", T_("pick one from Setup → Digital Experiences → All Communities"),
     T_("there is no community with id {0}; {1}"),
     T_("no such community, or you cannot see it; {0}")},
    {RecordKind::RoundRobin, "round robin", T_("pick one from Setup → Round Robin"),
     T_("there is no round robin with id {0}; {1}"),
     T_("no such round robin, or you cannot see it; {0}")},
    {RecordKind::LeadAssignmentRule, "lead assignment rule", T_("pick one from Setup → Lead Assignment Rules"),
     T_("there is no lead assignment rule with id {0}; {1}"),
     T_("no such lead assignment rule, or you cannot see it; {0}")},
    {RecordKind::AssignmentRuleEntry, "assignment rule entry", T_("pick one from its rule in Setup → Lead Assignment Rules"),
     T_("there is no assignment rule entry with id {0}; {1}"),
     T_("no such assignment rule entry, or you cannot see it; {0}")},
    {RecordKind::SharingRule, "sharing rule", T_("pick one from Setup → Sharing Rules"),
     T_("there is no sharing rule with id {0}; {1}"),
     T_("no such sharing rule, or you cannot see it; {0}")},
    {RecordKind::OutboxEmail, "e-mail", T_("pick one from Setup → Outbox"),
     T_("there is no e-mail with id {0}; {1}"),
     T_("no such e-mail, or you cannot see it; {0}")},
    {RecordKind::Opportunity, "opportunity", T_("pick one from Sales → Opportunities"),
     T_("there is no opportunity with id {0}; {1}"),
     T_("no such opportunity, or you cannot see it; {0}")},
    {RecordKind::Activity, "activity", T_("pick one from My Workplace → Activities"),
     T_("there is no activity with id {0}; {1}"),
     T_("no such activity, or you cannot see it; {0}")},
    {RecordKind::EmailTemplate, "e-mail template", T_("pick one from the rule entry's Email Template list, or leave it empty"),
     T_("there is no e-mail template with id {0}; {1}"),
     T_("no such e-mail template, or you cannot see it; {0}")},
};

}  // namespace

const RecordKindWords* recordKindTable(std::size_t& count) {
    count = std::size(kWords);
    return kWords;
}

const RecordKindWords& wordsFor(RecordKind kind) {
    for (const auto& w : kWords)
        if (w.kind == kind) return w;
    assert(false && "every RecordKind has a row in kWords");
    return kWords[0];
}

std::string missingText(RecordKind kind, std::string_view id) {
    const RecordKindWords& w = wordsFor(kind);
    return T_f(w.missing, {std::string(id), say(w.remedy)});
}

std::string missingText(RecordKind kind, Id id) { return missingText(kind, std::to_string(id)); }

CommandResult refuseMissing(RecordKind kind, Id id, std::string field, std::string_view prefix) {
    return CommandResult::refuse(std::string(prefix) + missingText(kind, id), std::move(field));
}

std::string unseenText(RecordKind kind, std::string_view remedy) {
    const RecordKindWords& w = wordsFor(kind);
    return T_f(w.unseen, {remedy.empty() ? say(w.remedy) : std::string(remedy)});
}

CommandResult refuseUnseen(RecordKind kind, std::string field, std::string_view prefix, std::string_view remedy) {
    return CommandResult::refuse(std::string(prefix) + unseenText(kind, remedy), std::move(field));
}

std::optional<CommandResult> refuseUnlessAdmin(store::Db& db, Id actor) {
    auto st = db.prepare("SELECT p.is_admin, u.first_name || ' ' || u.last_name FROM users u "
                         "JOIN profiles p ON p.id = u.profile_id WHERE u.id = ?");
    st.bind(1, actor);
    const bool found = st.step();
    if (found && st.getInt(0) != 0) return std::nullopt;
    if (!found)
        return CommandResult::refuse(T_f("this user cannot change setup: only a System Administrator can; log in as an administrator"));
    return CommandResult::refuse(
        T_f("{0} cannot change setup: only a System Administrator can; log in as an administrator", {st.getText(1)}));
}

}  // namespace prm::app
