#pragma once
// Helpers shared by the lead, routing and sharing commands and the lead queries:
// who may own a lead, queues, lead field input, notifications and lead edit conditions.
// People (the User struct, names, e-mail validation) are in app/people.h.
// Not a public API of the app layer: the UI reads through queries_leads.h.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/leads/lead_commands.h"
#include "app/people.h"
#include "app/sandbox.h"
#include "domain/rules.h"

namespace prm::app::leads {

// Partner users: the facts the eligibility rule needs (communities whose member profiles include theirs).
domain::PartnerUserFacts partnerFacts(store::Db& db, const User& p);

// Why this user cannot own leads ("" when they can): internal users must exist and be active;
// partner users must pass domain::partnerEligibility. The message names the person.
std::string ownerProblem(store::Db& db, Id userId);

struct QueueInfo {
    bool exists = false;
    Id id = 0;
    std::string name;
    std::string email;
    bool sendEmailToMembers = false;
};
QueueInfo loadQueue(store::Db& db, Id queueId);
// Active users who are members of the queue (directly, by role or by public group).
std::vector<User> queueMembers(store::Db& db, Id queueId);
// May this user take leads from the queue: a member, or above a member in the role hierarchy.
bool canTakeFromQueue(store::Db& db, Id userId, Id queueId);

// A lead owner: a user or a queue.
struct Owner {
    bool queue = false;
    Id id = 0;
};
std::string ownerName(store::Db& db, const Owner& o);
json ownerJson(store::Db& db, const Owner& o);  // {"type":"User"|"Queue","id":..,"name":..}

// ---- lead fields -------------------------------------------------------------------------
// JSON key of each domain::leadFields() entry ("firstName", ..., "employees").
const char* leadJsonKey(int fieldIndex);
// Standard picklist values.
const std::vector<std::string>& leadStatuses();
const std::vector<std::string>& leadRatings();

// The fields of one stored lead, for rules.
const std::string& leadSelectColumns();  // "l.first_name, l.last_name, ..." in leadFields() order
domain::LeadValues readLeadValues(store::Statement& s, int firstCol);

// "L-00042"
std::string leadNumber(std::int64_t n);

// ---- notifications ---------------------------------------------------------------------------
// leads::Email (subject, body) is declared with the commands in lead_commands.h.
// "Lead L-00042 has been assigned to you" with the lead's details and who assigned it.
Email defaultLeadNotification(store::Db& db, Id leadId, Id actor);
// Sends the owner notification (user: LeadNotification; queue: QueueNotification to each member when
// the queue says so, else to the queue's address when it has one). `edited` overrides the default text.
// Returns the outbox ids.
// An edited text goes out as written; the default one is written in each recipient's language.
std::vector<Id> notifyNewOwner(CommandContext& ctx, Id leadId, const Owner& owner, const std::optional<Email>& edited);
// The same with the text composed by `compose`, called in each recipient's language.
std::vector<Id> notifyNewOwner(CommandContext& ctx, Id leadId, const Owner& owner, const std::function<Email()>& compose);
// Merges {!Lead.Number}, {!Lead.Name}, {!Lead.Company}, {!Lead.Country}, {!Owner.Name} into template text.
std::string mergeLeadFields(store::Db& db, Id leadId, const std::string& text);

// SQL condition over leads aliased l: leads the user may edit (admin: all). It refers to the user as the
// numbered parameter ?`param` (?1, ?4, ...): bind userId there. When the answer does not depend on the
// lead the condition is "1" or "0" and has no parameter; binding it anyway is harmless.
std::string leadEditCondition(store::Db& db, Id userId, int param);

// How many ids in `idsTable` (a TEMP table with an `id` column; SQL text, never user input) name no
// lead the user can see: missing and out of sight are counted together, so the count tells nothing more.
std::int64_t countUnseenLeads(store::Db& db, Id userId, const std::string& idsTable);
// "2 of the selected leads no longer exist or you cannot see them; refresh the list and select again"
std::string unseenLeadsText(std::int64_t count);

}  // namespace prm::app::leads
