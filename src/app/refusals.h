#pragma once
// Refusals in one voice: the words for "there is no such record" and for "only an administrator can",
// each in one place, so every command says them the same way and always says what to do next.
#include <optional>
#include <string>
#include <string_view>

#include "app/sandbox.h"

namespace prm::app {

// Every kind of record a command can be pointed at by id.
enum class RecordKind {
    User,
    Profile,
    Role,
    Queue,
    Lead,
    Account,
    Contact,
    PublicGroup,
    Community,
    RoundRobin,
    LeadAssignmentRule,
    AssignmentRuleEntry,
    SharingRule,
    EmailTemplate,
    OutboxEmail,
    Opportunity,
    Activity,
};

// One row of the table: the record's name in a sentence and what to do when the id names none.
// The two refusals are whole-sentence patterns per kind (marked T_), so that a translation can inflect
// the noun as its sentence needs ("jonoa tunnuksella 7 ei ole").
struct RecordKindWords {
    RecordKind kind;
    std::string_view noun;    // "queue", "public group" (English; the patterns carry the words)
    std::string_view remedy;  // "pick one from Setup → Queues"
    const char* missing;      // "there is no queue with id {0}; {1}" ({1}: the remedy)
    const char* unseen;       // "no such queue, or you cannot see it; {0}" ({0}: the remedy)
};

// The whole table, one row per RecordKind (for tests and documentation).
const RecordKindWords* recordKindTable(std::size_t& count);
const RecordKindWords& wordsFor(RecordKind kind);

// "there is no queue with id 7; pick one from Setup → Queues". `id` is text so that a CSV cell can be
// quoted as it was written.
std::string missingText(RecordKind kind, std::string_view id);
std::string missingText(RecordKind kind, Id id);

// The refusal for an id that names no record. `field` is the command's JSON key (the UI places the
// message beside its control); `prefix` names the item inside a list ("member 2: ", "row 4: ").
CommandResult refuseMissing(RecordKind kind, Id id, std::string field, std::string_view prefix = {});

// The refusal for an id that names no record the actor can see: one text whether the record is missing
// or out of sight, so that trying ids tells nothing about records the actor cannot see (no id, number,
// owner or name): "no such lead, or you cannot see it; pick one from Sales → Leads". `remedy` replaces
// the table's ("pick one from the owner list").
std::string unseenText(RecordKind kind, std::string_view remedy = {});
CommandResult refuseUnseen(RecordKind kind, std::string field, std::string_view prefix = {}, std::string_view remedy = {});

// The System Administrator check for setup commands and for anything that runs them (an import of
// records whose create command is a setup command): nullopt when `actor` is an administrator.
std::optional<CommandResult> refuseUnlessAdmin(store::Db& db, Id actor);

}  // namespace prm::app
