// ConvertLead: a lead becomes an account, a contact and (optionally) an opportunity, as Convert does in the
// real product. The new account and contact are owned by an internal user (accounts and contacts always are):
// the converter, or, when a partner user converts, their channel manager (their partner account's owner).
// The opportunity is owned by the lead's owner (or the one given), so a partner's converted lead stays theirs.
#include <string>

#include "app/people.h"
#include "app/sales/sales_commands.h"
#include "app/sales/sales_support.h"
#include "app/sharing.h"

namespace prm::app::sales {

namespace {
struct LeadRow {
    bool exists = false;
    std::string number, firstName, lastName, company, title, email, phone, industry, city, country;
    std::optional<Id> ownerUser;
    bool converted = false;
};
LeadRow loadLeadRow(store::Db& db, Id id) {
    LeadRow l;
    auto s = db.prepare("SELECT number, first_name, last_name, company, title, email, phone, industry, city, country, "
                        "owner_user_id, converted_at IS NOT NULL FROM leads WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return l;
    l.exists = true;
    l.number = s.getText(0);
    l.firstName = s.getText(1);
    l.lastName = s.getText(2);
    l.company = s.getText(3);
    l.title = s.getText(4);
    l.email = s.getText(5);
    l.phone = s.getText(6);
    l.industry = s.getText(7);
    l.city = s.getText(8);
    l.country = s.getText(9);
    l.ownerUser = s.getOptionalInt(10);
    l.converted = s.getInt(11) != 0;
    return l;
}
}  // namespace

CommandResult convertLead(CommandContext& ctx, const ConvertLead& cmd) {
    auto& db = ctx.db();
    const Id actor = ctx.actor();
    const Id leadId = cmd.leadId;
    const Access access = leadAccess(db, actor, leadId);
    if (access < Access::Read) return refuseUnseen(RecordKind::Lead, "leadId");
    const LeadRow lead = loadLeadRow(db, leadId);
    if (lead.converted)
        return CommandResult::refuse(T_f("{0} is already converted; open its account, contact or opportunity instead", {lead.number}),
                                     "leadId");
    if (access < Access::Edit)
        return CommandResult::refuse(T_f("you can read {0} but not convert it: converting needs edit access to the lead; ask "
                                         "its owner or an administrator",
                                         {lead.number}),
                                     "leadId");
    const User me = loadUser(db, actor);
    // The internal owner of a new account and contact.
    Id recordOwner = actor;
    if (me.partner) {
        auto cm = me.accountId ? db.queryInt("SELECT owner_id FROM accounts WHERE id = ?", *me.accountId) : std::nullopt;
        if (!cm || !loadUser(db, *cm).active)
            return CommandResult::refuse(T_f("your partner account has no active channel manager to own the new account; ask "
                                             "your channel manager or an administrator"),
                                         "leadId");
        recordOwner = *cm;
    }

    // Account.
    Id accountId = 0;
    std::string accountName;
    bool newAccount = false;
    if (cmd.accountId) {
        if (accountAccess(db, actor, *cmd.accountId) < Access::Read) return refuseUnseen(RecordKind::Account, "accountId");
        auto a = db.prepare("SELECT name, is_partner FROM accounts WHERE id = ?");
        a.bind(1, *cmd.accountId);
        if (!a.step()) return refuseUnseen(RecordKind::Account, "accountId");
        if (a.getInt(1) != 0)
            return CommandResult::refuse(T_f("{0} is a partner account; convert the lead into a customer's account, or create a "
                                             "new one",
                                             {a.getText(0)}),
                                         "accountId");
        accountId = *cmd.accountId;
        accountName = a.getText(0);
    }
    // Contact.
    if (cmd.contactId) {
        if (!cmd.accountId)
            return CommandResult::refuse(T_f("an existing contact needs its account: give accountId too"), "contactId");
        if (contactAccess(db, actor, *cmd.contactId) < Access::Read) return refuseUnseen(RecordKind::Contact, "contactId");
        if (db.queryInt("SELECT account_id FROM contacts WHERE id = ?", *cmd.contactId) != std::optional<Id>(accountId))
            return CommandResult::refuse(T_f("the contact is not on {0}; pick one of its contacts, or create a new one", {accountName}),
                                         "contactId");
    }
    // Opportunity values, checked before anything is written.
    NewOpportunity opp;
    if (!cmd.doNotCreateOpportunity) {
        opp.name = domain::trimText(cmd.opportunityName.value_or(lead.company + "-"));
        if (opp.name.empty()) return CommandResult::refuse(T_f("give the opportunity a name"), "opportunityName");
        opp.closeDate = cmd.closeDate.value_or(domain::addDays(domain::dateOf(ctx.now()), 30));
        if (auto r = checkDate(opp.closeDate, "closeDate")) return *r;
        if (auto r = checkStage(cmd.stage.value_or("Prospecting"), "stage", opp.stage)) return *r;
        if (opp.stage->closed)
            return CommandResult::refuse(T_f("a converted lead's opportunity starts open; pick a stage before {0}", {opp.stage->name}),
                                         "stage");
        opp.probability = opp.stage->probability;
        if (cmd.amount)
            if (auto r = checkAmount(*cmd.amount, "amount")) return *r;
        opp.amount = cmd.amount;
        opp.ownerId = cmd.ownerId.value_or(lead.ownerUser.value_or(actor));
        if (auto r = checkSalesOwner(db, actor, opp.ownerId, "ownerId")) return *r;
        opp.leadId = leadId;
    } else if (cmd.opportunityName || cmd.amount || cmd.closeDate || cmd.stage || cmd.ownerId) {
        return CommandResult::refuse(T_f("opportunity details were given with doNotCreateOpportunity; leave one or the other out"),
                                     "doNotCreateOpportunity");
    }

    if (!accountId) {
        auto ins = db.prepare("INSERT INTO accounts(name, owner_id, industry, city, country, created_at) VALUES (?, ?, ?, ?, ?, ?)");
        ins.bind(1, lead.company).bind(2, recordOwner).bind(3, lead.industry).bind(4, lead.city).bind(5, lead.country).bind(6, ctx.now());
        if (!ins.run()) return ctx.dbError(T_f("creating the account"));
        accountId = db.lastInsertId();
        accountName = lead.company;
        newAccount = true;
    }
    Id contactId = cmd.contactId.value_or(0);
    bool newContact = false;
    if (!contactId) {
        auto ins = db.prepare("INSERT INTO contacts(account_id, first_name, last_name, email, phone, title, owner_id, created_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        ins.bind(1, accountId).bind(2, lead.firstName).bind(3, lead.lastName).bind(4, lead.email).bind(5, lead.phone);
        ins.bind(6, lead.title).bind(7, recordOwner).bind(8, ctx.now());
        if (!ins.run()) return ctx.dbError(T_f("creating the contact"));
        contactId = db.lastInsertId();
        newContact = true;
    }
    const std::string contactName = db.queryText("SELECT trim(first_name || ' ' || last_name) FROM contacts WHERE id = ?", contactId)
                                        .value_or(std::string());
    Id oppId = 0;
    if (!cmd.doNotCreateOpportunity) {
        opp.accountId = accountId;
        opp.contactId = contactId;
        oppId = insertOpportunity(ctx, opp);
        if (!oppId) return ctx.dbError(T_f("creating the opportunity"));
    }
    auto up = db.prepare("UPDATE leads SET status = 'Closed - Converted', converted_at = ?1, converted_account_id = ?2, "
                         "converted_contact_id = ?3, converted_opportunity_id = ?4, modified_at = ?1 WHERE id = ?5");
    up.bind(1, ctx.now()).bind(2, accountId).bind(3, contactId);
    if (oppId) up.bind(4, oppId);
    else up.bindNull(4);
    up.bind(5, leadId);
    if (!up.run()) return ctx.dbError(T_f("marking the lead converted"));
    const int moved = oppId ? moveActivities(db, "Lead", leadId, "Opportunity", oppId) : moveActivities(db, "Lead", leadId, "Contact", contactId);
    if (moved < 0) return ctx.dbError(T_f("moving the lead's activities"));

    std::string msg = oppId ? T_f("Lead {0} converted: account {1}, contact {2}, opportunity {3}",
                                  {lead.number, accountName, contactName, opp.name})
                            : T_f("Lead {0} converted: account {1}, contact {2}, no opportunity", {lead.number, accountName, contactName});
    if (moved > 0)
        msg = TN_f(TN_("{0}; {1} activity moved with it", "{0}; {1} activities moved with it"), moved, {msg, std::to_string(moved)});
    json data = {{"leadId", leadId},         {"accountId", accountId},   {"contactId", contactId},
                 {"newAccount", newAccount}, {"newContact", newContact}, {"movedActivities", moved}};
    data["opportunityId"] = oppId ? json(oppId) : json(nullptr);
    return CommandResult::success(msg, data);
}

}  // namespace prm::app::sales
