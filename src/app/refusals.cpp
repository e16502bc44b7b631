#include "app/refusals.h"

#include <cassert>
#include <iterator>

namespace prm::app {
namespace {

// Where in the product a trainee picks each kind of record (the Setup tree's and the tabs' own labels).
const RecordKindWords kWords[] = {
    {RecordKind::User, "user", "pick one from Setup → Users"},
    {RecordKind::Profile, "profile", "pick one from Setup → Profiles"},
    {RecordKind::Role, "role", "pick one from Setup → Roles"},
    {RecordKind::Queue, "queue", "pick one from Setup → Queues"},
    {RecordKind::Lead, "lead", "pick one from Sales → Leads"},
    {RecordKind::Account, "account", "pick one from Sales → Accounts"},
    {RecordKind::Contact, "contact", "pick one from Sales → Contacts"},
    {RecordKind::PublicGroup, "public group", "pick one from Setup → Public Groups"},
    {RecordKind::Community, "community", "pick one from Setup → Digital Experiences → All Communities"},
    {RecordKind::RoundRobin, "round robin", "pick one from Setup → Round Robin"},
    {RecordKind::LeadAssignmentRule, "lead assignment rule", "pick one from Setup → Lead Assignment Rules"},
    {RecordKind::AssignmentRuleEntry, "assignment rule entry", "pick one from its rule in Setup → Lead Assignment Rules"},
    {RecordKind::SharingRule, "sharing rule", "pick one from Setup → Sharing Rules"},
    {RecordKind::OutboxEmail, "e-mail", "pick one from Setup → Outbox"},
    {RecordKind::EmailTemplate, "e-mail template", "pick one from the rule entry's Email Template list, or leave it empty"},
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
    std::string out = "there is no ";
    out.append(w.noun).append(" with id ").append(id).append("; ").append(w.remedy);
    return out;
}

std::string missingText(RecordKind kind, Id id) { return missingText(kind, std::to_string(id)); }

CommandResult refuseMissing(RecordKind kind, Id id, std::string field, std::string_view prefix) {
    return CommandResult::refuse(std::string(prefix) + missingText(kind, id), std::move(field));
}

std::string unseenText(RecordKind kind, std::string_view remedy) {
    const RecordKindWords& w = wordsFor(kind);
    std::string out = "no such ";
    out.append(w.noun).append(kind == RecordKind::User ? ", or you cannot see them; " : ", or you cannot see it; ");
    out.append(remedy.empty() ? w.remedy : remedy);
    return out;
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
    const std::string who = found ? st.getText(1) : std::string("this user");
    return CommandResult::refuse(who + " cannot change setup: only a System Administrator can; log in as an administrator");
}

}  // namespace prm::app
