// [SECTION] index
//  - helpers shared by the sales commands (sales_support.h)
//  - Opportunities: CreateOpportunity, UpdateOpportunity, DeleteOpportunity
#include <string>

#include "app/command_areas.h"
#include "app/people.h"
#include "app/sales/sales_commands.h"
#include "app/sales/sales_support.h"
#include "app/sharing.h"

namespace prm::app::sales {

std::optional<CommandResult> checkSalesOwner(store::Db& db, Id actor, Id ownerId, const char* field) {
    User u = loadUser(db, ownerId);
    if (!u.exists || !canSeeUser(db, actor, ownerId))
        return refuseUnseen(RecordKind::User, field, {}, say(T_("pick one from the owner list")));
    if (!u.active)
        return CommandResult::refuse(T_f("{0} is inactive and cannot own records; activate the user or pick another owner", {u.name}),
                                     field);
    return std::nullopt;
}

std::optional<CommandResult> checkStage(const std::string& stage, const char* field, const domain::Stage*& out) {
    out = domain::findStage(stage);
    if (out) return std::nullopt;
    std::string names;
    for (const auto& s : domain::opportunityStages()) names += (names.empty() ? "" : ", ") + std::string(s.name);
    return CommandResult::refuse(T_f("'{0}' is not an opportunity stage; use one of {1}", {stage, names}), field);
}

std::optional<CommandResult> checkProbability(int p, const char* field) {
    if (p >= 0 && p <= 100) return std::nullopt;
    return CommandResult::refuse(T_f("the probability is a percentage from 0 to 100, not {0}", {std::to_string(p)}), field);
}

std::optional<CommandResult> checkDate(const std::string& s, const char* field) {
    if (domain::isDate(s)) return std::nullopt;
    return CommandResult::refuse(T_f("'{0}' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-31", {s}), field);
}

std::optional<CommandResult> checkAmount(double amount, const char* field) {
    if (amount >= 0 && amount < 1e15) return std::nullopt;
    return CommandResult::refuse(T_f("the amount is 0 or more (and less than 10^15)"), field);
}

Id insertOpportunity(CommandContext& ctx, const NewOpportunity& o) {
    auto& db = ctx.db();
    auto ins = db.prepare("INSERT INTO opportunities(name, account_id, contact_id, amount, close_date, stage, probability, "
                          "owner_id, lead_id, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, o.name).bindOptional(2, o.accountId).bindOptional(3, o.contactId);
    if (o.amount) ins.bind(4, *o.amount);
    else ins.bindNull(4);
    ins.bind(5, o.closeDate).bind(6, o.stage->name).bind(7, o.probability).bind(8, o.ownerId).bindOptional(9, o.leadId);
    ins.bind(10, ctx.now()).bind(11, ctx.now());
    if (!ins.run()) return 0;
    const Id id = db.lastInsertId();
    if (!recalcOpportunityShares(db, {id})) return 0;
    return id;
}

std::string regardingName(store::Db& db, const std::string& type, Id id) {
    if (type == "Lead") {
        auto s = db.prepare("SELECT number, company FROM leads WHERE id = ?");
        s.bind(1, id);
        if (s.step()) return T_f("Lead {0} ({1})", {s.getText(0), s.getText(1)});
    } else if (type == "Account") {
        if (auto n = db.queryText("SELECT name FROM accounts WHERE id = ?", id)) return T_f("Account {0}", {*n});
    } else if (type == "Contact") {
        if (auto n = db.queryText("SELECT trim(first_name || ' ' || last_name) FROM contacts WHERE id = ?", id))
            return T_f("Contact {0}", {*n});
    } else if (type == "Opportunity") {
        if (auto n = db.queryText("SELECT name FROM opportunities WHERE id = ?", id)) return T_f("Opportunity {0}", {*n});
    }
    return T_f("the record");
}

namespace {

CommandResult noOpportunity() { return refuseUnseen(RecordKind::Opportunity, "opportunityId"); }

// Account and contact of a new opportunity: ones the actor can see; the contact on the account.
std::optional<CommandResult> checkParents(store::Db& db, Id actor, const std::optional<Id>& accountId,
                                          const std::optional<Id>& contactId) {
    if (accountId && accountAccess(db, actor, *accountId) < Access::Read) return refuseUnseen(RecordKind::Account, "accountId");
    if (contactId) {
        if (contactAccess(db, actor, *contactId) < Access::Read) return refuseUnseen(RecordKind::Contact, "contactId");
        if (accountId && db.queryInt("SELECT account_id FROM contacts WHERE id = ?", *contactId) != accountId)
            return CommandResult::refuse(T_f("the contact is not on that account; pick one of the account's contacts"), "contactId");
    }
    return std::nullopt;
}

CommandResult createOpportunity(CommandContext& ctx, const CreateOpportunity& cmd) {
    auto& db = ctx.db();
    NewOpportunity o;
    o.name = domain::trimText(cmd.name);
    if (o.name.empty()) return CommandResult::refuse(T_f("give the opportunity a name"), "name");
    if (auto r = checkDate(cmd.closeDate, "closeDate")) return *r;
    o.closeDate = cmd.closeDate;
    if (auto r = checkStage(cmd.stage.value_or("Prospecting"), "stage", o.stage)) return *r;
    o.probability = cmd.probability.value_or(o.stage->probability);
    if (auto r = checkProbability(o.probability, "probability")) return *r;
    if (cmd.amount)
        if (auto r = checkAmount(*cmd.amount, "amount")) return *r;
    o.amount = cmd.amount;
    o.ownerId = cmd.ownerId.value_or(ctx.actor());
    if (auto r = checkSalesOwner(db, ctx.actor(), o.ownerId, "ownerId")) return *r;
    if (auto r = checkParents(db, ctx.actor(), cmd.accountId, cmd.contactId)) return *r;
    o.accountId = cmd.accountId;
    o.contactId = cmd.contactId;
    if (!o.accountId && o.contactId) o.accountId = db.queryInt("SELECT account_id FROM contacts WHERE id = ?", *o.contactId);
    const Id id = insertOpportunity(ctx, o);
    if (!id) return ctx.dbError(T_f("saving the opportunity"));
    return CommandResult::success(T_f("Opportunity {0} created, owned by {1}", {o.name, userName(db, o.ownerId)}),
                                  {{"opportunityId", id}});
}

struct OppFacts {
    bool exists = false;
    std::string name;
    Id ownerId = 0;
};
OppFacts loadOpp(store::Db& db, Id id) {
    OppFacts f;
    auto s = db.prepare("SELECT name, owner_id FROM opportunities WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return f;
    f.exists = true;
    f.name = s.getText(0);
    f.ownerId = s.getInt(1);
    return f;
}

CommandResult updateOpportunity(CommandContext& ctx, const UpdateOpportunity& cmd) {
    auto& db = ctx.db();
    const Id id = cmd.opportunityId;
    const Access access = opportunityAccess(db, ctx.actor(), id);
    if (access < Access::Read) return noOpportunity();
    const OppFacts cur = loadOpp(db, id);
    if (access < Access::Edit)
        return CommandResult::refuse(T_f("you can read {0} but not edit it; ask its owner ({1}) or an administrator",
                                         {cur.name, userName(db, cur.ownerId)}),
                                     "opportunityId");
    std::string sql = "UPDATE opportunities SET modified_at = ?1";
    auto up = [&](const char* col, int idx) { sql += std::string(", ") + col + " = ?" + std::to_string(idx); };
    std::string name;
    if (cmd.name) {
        name = domain::trimText(*cmd.name);
        if (name.empty()) return CommandResult::refuse(T_f("give the opportunity a name"), "name");
        up("name", 2);
    }
    if (cmd.amount.hasValue())
        if (auto r = checkAmount(cmd.amount.value, "amount")) return *r;
    if (cmd.amount.present) up("amount", 3);
    if (cmd.closeDate) {
        if (auto r = checkDate(*cmd.closeDate, "closeDate")) return *r;
        up("close_date", 4);
    }
    const domain::Stage* stage = nullptr;
    if (cmd.stage) {
        if (auto r = checkStage(*cmd.stage, "stage", stage)) return *r;
        up("stage", 5);
    }
    std::optional<int> probability = cmd.probability;
    if (!probability && stage) probability = stage->probability;
    if (probability) {
        if (auto r = checkProbability(*probability, "probability")) return *r;
        up("probability", 6);
    }
    if (cmd.ownerId) {
        if (auto r = checkSalesOwner(db, ctx.actor(), *cmd.ownerId, "ownerId")) return *r;
        up("owner_id", 7);
    }
    auto st = db.prepare(sql + " WHERE id = ?8");
    st.bind(1, ctx.now());
    if (cmd.name) st.bind(2, name);
    if (cmd.amount.hasValue()) st.bind(3, cmd.amount.value);
    else st.bindNull(3);
    if (cmd.closeDate) st.bind(4, *cmd.closeDate);
    if (stage) st.bind(5, stage->name);
    if (probability) st.bind(6, *probability);
    if (cmd.ownerId) st.bind(7, *cmd.ownerId);
    st.bind(8, id);
    if (!st.run()) return ctx.dbError(T_f("saving the opportunity"));
    if (cmd.ownerId)
        if (auto s = recalcOpportunityShares(db, {id}); !s) return ctx.dbError(T_f("sharing the opportunity"));
    return CommandResult::success(T_f("Opportunity {0} saved", {cmd.name ? name : cur.name}), {{"opportunityId", id}});
}

CommandResult deleteOpportunity(CommandContext& ctx, const OpportunityRef& cmd) {
    auto& db = ctx.db();
    const Id id = cmd.opportunityId;
    const Access access = opportunityAccess(db, ctx.actor(), id);
    if (access < Access::Read) return noOpportunity();
    const OppFacts cur = loadOpp(db, id);
    if (access < Access::All && cur.ownerId != ctx.actor() &&
        !db.queryInt("SELECT 1 FROM opportunity_shares WHERE opportunity_id = ? AND user_id = ? AND row_cause = 'RoleHierarchy'",
                     id, ctx.actor()))
        return CommandResult::refuse(T_f("only the owner of {0}, a user above them in the role hierarchy, or an "
                                         "administrator can delete it",
                                         {cur.name}),
                                     "opportunityId");
    const char* sql[] = {"DELETE FROM activities WHERE regarding_type = 'Opportunity' AND regarding_id = ?1",
                         "UPDATE leads SET converted_opportunity_id = NULL WHERE converted_opportunity_id = ?1",
                         "DELETE FROM opportunity_shares WHERE opportunity_id = ?1", "DELETE FROM opportunities WHERE id = ?1"};
    int activities = 0;
    for (const char* q : sql) {
        auto st = db.prepare(q);
        if (!st.bind(1, id).run()) return ctx.dbError(T_f("deleting the opportunity"));
        if (q == sql[0]) activities = db.changes();
    }
    return CommandResult::success(activities ? TN_f(TN_("Opportunity {0} deleted, with {1} activity",
                                                        "Opportunity {0} deleted, with {1} activities"),
                                                    activities, {cur.name, std::to_string(activities)})
                                             : T_f("Opportunity {0} deleted", {cur.name}),
                                  {{"opportunityId", id}, {"deletedActivities", activities}});
}

}  // namespace
}  // namespace prm::app::sales

namespace prm::app {

void registerSalesCommands(CommandRegistry& r) {
    using namespace sales;
    r.add("CreateOpportunity", CommandKind::User, createOpportunity,
          "Creates an opportunity: name, close date, stage (probability from the stage unless given), amount, account and "
          "contact, owner.");
    r.add("UpdateOpportunity", CommandKind::User, updateOpportunity,
          "Changes an opportunity the actor can edit: a new stage brings its probability unless one is given.");
    r.add("DeleteOpportunity", CommandKind::User, deleteOpportunity,
          "Deletes an opportunity with its activities (its owner, users above them, or an administrator).");
    registerActivityCommands(r);
    r.add("ConvertLead", CommandKind::User, convertLead,
          "Converts a lead the actor can edit into an account, a contact and (unless doNotCreateOpportunity) an "
          "opportunity; the lead becomes Closed - Converted and read-only, its activities move to the new records.");
}

}  // namespace prm::app
