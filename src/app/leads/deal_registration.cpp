// [SECTION] index
//  - RegisterDeal, UpdateDeal: a partner's deal registration (a lead of record type DealRegistration)
//  - SubmitDealForApproval: to the channel manager (the partner account's owner), with an e-mail
//  - ApproveDeal (converted through ConvertLead; the opportunity stays the partner's), RejectDeal (comment)
//  - queries: conflicts (possible duplicates, never naming what the viewer cannot read), lists, detail
#include "app/leads/deal_registration.h"

#include <functional>

#include "app/leads/lead_commands.h"
#include "app/leads/lead_support.h"
#include "app/messages.h"
#include "app/people.h"
#include "app/refusals.h"
#include "app/sales/sales_support.h"
#include "app/sharing.h"
#include "domain/sales.h"

namespace prm::app::leads {
namespace {

struct Deal {
    bool exists = false;
    Id id = 0;
    std::string number, company, recordType, status;  // status: approval_status, "" when not submitted
    std::optional<Id> ownerUser, approver;
    bool converted = false;
    std::optional<double> amount;
    std::string closeDate;
};
Deal loadDeal(store::Db& db, Id leadId) {
    Deal d;
    auto s = db.prepare("SELECT id, number, company, record_type, coalesce(approval_status, ''), owner_user_id, approver_id, "
                        "converted_at IS NOT NULL, deal_amount, coalesce(deal_close_date, '') FROM leads WHERE id = ?");
    s.bind(1, leadId);
    if (!s.step()) return d;
    d.exists = true;
    d.id = s.getInt(0);
    d.number = s.getText(1);
    d.company = s.getText(2);
    d.recordType = s.getText(3);
    d.status = s.getText(4);
    d.ownerUser = s.getOptionalInt(5);
    d.approver = s.getOptionalInt(6);
    d.converted = s.getInt(7) != 0;
    if (!s.isNull(8)) d.amount = s.getDouble(8);
    d.closeDate = s.getText(9);
    return d;
}

// A deal the actor cannot read is refused as a missing lead; a lead that is not a deal is named.
std::optional<CommandResult> refuseUnlessDeal(store::Db& db, Id actor, const Deal& d) {
    if (!d.exists || !canRead(db, actor, d.id)) return refuseUnseen(RecordKind::Lead, "leadId");
    if (d.recordType != "DealRegistration")
        return CommandResult::refuse(T_f("{0} is a sales lead, not a deal registration", {d.number}), "leadId");
    if (d.converted)
        return CommandResult::refuse(T_f("{0} is converted and read-only; work on its opportunity instead", {d.number}), "leadId");
    return std::nullopt;
}

// The deal fields as lead fields, for the shared validation (lengths, e-mail, required names).
LeadFieldsInput asLeadFields(const DealFields& in) {
    LeadFieldsInput f;
    auto put = [](fields::Patch<std::string>& p, const std::optional<std::string>& v) {
        if (v) p = fields::Patch<std::string>{true, false, *v};
    };
    put(f.company, in.company);
    put(f.firstName, in.firstName);
    put(f.lastName, in.lastName);
    put(f.email, in.email);
    put(f.phone, in.phone);
    put(f.country, in.country);
    put(f.city, in.city);
    return f;
}

std::optional<CommandResult> checkDealExtras(const DealFields& in) {
    if (in.amount.hasValue())
        if (auto r = sales::checkAmount(in.amount.value, "amount")) return r;
    if (in.closeDate.hasValue())
        if (auto r = sales::checkDate(in.closeDate.value, "closeDate")) return r;
    if (in.description && in.description->size() > 32000)
        return CommandResult::refuse(T_f("the description is too long: keep it under 32,000 characters"), "description");
    return std::nullopt;
}

// Writes amount, close date and description (those given).
domain::Status writeDealExtras(store::Db& db, Id leadId, const DealFields& in) {
    if (in.amount.present) {
        auto s = db.prepare("UPDATE leads SET deal_amount = ? WHERE id = ?");
        if (in.amount.null) s.bindNull(1);
        else s.bind(1, in.amount.value);
        s.bind(2, leadId);
        if (auto st = s.run(); !st) return st;
    }
    if (in.closeDate.present) {
        auto s = db.prepare("UPDATE leads SET deal_close_date = ? WHERE id = ?");
        if (in.closeDate.null || in.closeDate.value.empty()) s.bindNull(1);
        else s.bind(1, in.closeDate.value);
        s.bind(2, leadId);
        if (auto st = s.run(); !st) return st;
    }
    if (in.description) {
        auto s = db.prepare("UPDATE leads SET description = ? WHERE id = ?");
        s.bind(1, domain::trimText(*in.description)).bind(2, leadId);
        if (auto st = s.run(); !st) return st;
    }
    return domain::okStatus();
}

// The channel manager of a partner user: their partner account's owner, when active.
std::optional<Id> channelManagerOf(store::Db& db, Id partnerUserId) {
    auto cm = db.queryInt("SELECT a.owner_id FROM users u JOIN accounts a ON a.id = u.account_id WHERE u.id = ?", partnerUserId);
    if (!cm || !loadUser(db, *cm).active) return std::nullopt;
    return cm;
}

Id sendDealEmail(CommandContext& ctx, Id toUser, Id leadId, const std::function<Email()>& compose) {
    auto& db = ctx.db();
    const User u = loadUser(db, toUser);
    MessageLanguageScope inTheirLanguage(userLanguage(db, u.id));
    const Email e = compose();
    return ctx.sendEmail("DealRegistration", u.id, u.email, e.subject, e.body, {}, leadId);
}

CommandResult registerDeal(CommandContext& ctx, const RegisterDeal& cmd) {
    auto& db = ctx.db();
    const User me = loadUser(db, ctx.actor());
    Id owner = me.id;
    if (me.partner) {
        if (cmd.ownerId && *cmd.ownerId != me.id)
            return CommandResult::refuse(T_f("a partner user registers deals for themselves; leave ownerId out"), "ownerId");
    } else {
        if (!me.admin)
            return CommandResult::refuse(T_f("deals are registered by partner users; an administrator may register one on a "
                                             "partner user's behalf (give ownerId)"),
                                         "ownerId");
        if (!cmd.ownerId)
            return CommandResult::refuse(T_f("give the partner user the deal is registered for (ownerId)"), "ownerId");
        const User p = loadUser(db, *cmd.ownerId);
        if (!p.exists) return refuseUnseen(RecordKind::User, "ownerId");
        if (!p.partner)
            return CommandResult::refuse(T_f("{0} is not a partner user; deals are registered for partner users", {p.name}), "ownerId");
        owner = p.id;
    }
    if (auto r = checkDealExtras(cmd)) return *r;
    NewLeadInput in;
    static_cast<LeadFieldsInput&>(in) = asLeadFields(cmd);
    in.leadSource = fields::Patch<std::string>{true, false, "Partner"};
    in.status = fields::Patch<std::string>{true, false, "Open - Not Contacted"};
    in.ownerUserId = owner;
    auto out = createLeadsBulk(ctx, {in}, false);
    if (!out.failure.ok) return out.failure;
    if (!out.rows.front().ok) return out.rows.front().refusal;
    const Id leadId = out.rows.front().id;
    auto up = db.prepare("UPDATE leads SET record_type = 'DealRegistration' WHERE id = ?");
    if (!up.bind(1, leadId).run()) return ctx.dbError(T_f("saving the deal registration"));
    if (auto st = writeDealExtras(db, leadId, cmd); !st) return ctx.dbError(T_f("saving the deal registration"));
    const Deal d = loadDeal(db, leadId);
    return CommandResult::success(T_f("Deal registration {0} ({1}) saved; submit it for approval when it is ready", {d.number, d.company}),
                                  {{"leadId", leadId}, {"number", d.number}, {"ownerUserId", owner}});
}

// The owner (while not submitted or after a rejection) or an administrator.
std::optional<CommandResult> refuseUnlessOwnerOrAdmin(store::Db& db, Id actor, const Deal& d, const char* what) {
    const User me = loadUser(db, actor);
    if (me.admin || d.ownerUser == std::optional<Id>(actor)) return std::nullopt;
    return CommandResult::refuse(T_f(what, {d.number, d.ownerUser ? userName(db, *d.ownerUser) : std::string()}), "leadId");
}

CommandResult updateDeal(CommandContext& ctx, const UpdateDeal& cmd) {
    auto& db = ctx.db();
    const Deal d = loadDeal(db, cmd.leadId);
    if (auto r = refuseUnlessDeal(db, ctx.actor(), d)) return *r;
    if (auto r = refuseUnlessOwnerOrAdmin(db, ctx.actor(), d, T_("only the owner of {0} ({1}) or an administrator can edit it")))
        return *r;
    if (d.status == "Submitted")
        return CommandResult::refuse(T_f("{0} is waiting for approval; it can be edited again if it is rejected", {d.number}), "leadId");
    if (auto r = checkDealExtras(cmd)) return *r;
    auto cur = db.prepare("SELECT " + leadSelectColumns() + " FROM leads l WHERE l.id = ?");
    cur.bind(1, d.id);
    if (!cur.step()) return ctx.dbError(T_f("reading the deal registration"));
    domain::LeadValues values = readLeadValues(cur, 0);
    if (auto e = applyLeadFields(asLeadFields(cmd), values, true)) return *e;
    std::string sql = "UPDATE leads SET modified_at = ?";
    const char* names[] = {"Company", "FirstName", "LastName", "Email", "Phone", "Country", "City"};
    for (const char* n : names) sql += std::string(", ") + domain::leadFields()[static_cast<size_t>(domain::leadFieldIndex(n))].column + " = ?";
    sql += " WHERE id = ?";
    auto up = db.prepare(sql);
    up.bind(1, ctx.now());
    int p = 2;
    for (const char* n : names) up.bind(p++, values[static_cast<size_t>(domain::leadFieldIndex(n))].value_or(std::string()));
    up.bind(p, d.id);
    if (!up.run()) return ctx.dbError(T_f("saving the deal registration"));
    if (auto st = writeDealExtras(db, d.id, cmd); !st) return ctx.dbError(T_f("saving the deal registration"));
    return CommandResult::success(T_f("Deal registration {0} saved", {d.number}), {{"leadId", d.id}});
}

CommandResult submitDeal(CommandContext& ctx, const DealRef& cmd) {
    auto& db = ctx.db();
    const Deal d = loadDeal(db, cmd.leadId);
    if (auto r = refuseUnlessDeal(db, ctx.actor(), d)) return *r;
    if (auto r = refuseUnlessOwnerOrAdmin(db, ctx.actor(), d,
                                          T_("only the owner of {0} ({1}) or an administrator can submit it for approval")))
        return *r;
    if (d.status == "Submitted")
        return CommandResult::refuse(T_f("{0} is already submitted and waiting for approval", {d.number}), "leadId");
    if (d.status == "Approved") return CommandResult::refuse(T_f("{0} is already approved", {d.number}), "leadId");
    if (!d.ownerUser || !loadUser(db, *d.ownerUser).partner)
        return CommandResult::refuse(T_f("{0} is not owned by a partner user; only a partner's deal goes to a channel manager", {d.number}),
                                     "leadId");
    const auto approver = channelManagerOf(db, *d.ownerUser);
    if (!approver)
        return CommandResult::refuse(T_f("the partner account of {0} has no active channel manager to approve it; ask an "
                                         "administrator to give the account an active owner",
                                         {d.number}),
                                     "leadId");
    auto up = db.prepare("UPDATE leads SET approval_status = 'Submitted', approver_id = ?, submitted_at = ?, decided_at = NULL, "
                         "approval_comment = '', modified_at = ?2 WHERE id = ?");
    up.bind(1, *approver).bind(2, ctx.now()).bind(3, d.id);
    if (!up.run()) return ctx.dbError(T_f("submitting the deal registration"));
    // The approver reads the deal through the role hierarchy: partner roles sit below their account owner's role.
    const std::string partner = userName(db, *d.ownerUser);
    const Id mail = sendDealEmail(ctx, *approver, d.id, [&] {
        Email e;
        e.subject = T_f("Deal registration {0} ({1}) is waiting for your approval", {d.number, d.company});
        e.body = T_f("{0} submitted the deal registration {1} for {2}. Open it in Deal Registrations to approve or reject it.\n",
                     {partner, d.number, d.company});
        return e;
    });
    const DealConflicts conflicts = dealConflicts(db, ctx.actor(), d.id);
    std::string msg = T_f("Deal registration {0} submitted to {1} for approval", {d.number, userName(db, *approver)});
    if (!conflicts.message.empty()) msg = T_f("{0}. {1}", {msg, conflicts.message});
    return CommandResult::success(msg, {{"leadId", d.id}, {"approverId", *approver}, {"emailId", mail}, {"conflicts", conflictsJson(conflicts)}});
}

// The approver or an administrator, on a submitted deal.
std::optional<CommandResult> refuseUnlessDecidable(store::Db& db, Id actor, const Deal& d) {
    if (auto r = refuseUnlessDeal(db, actor, d)) return r;
    if (d.status == "Rejected")
        return CommandResult::refuse(T_f("{0} was rejected; the partner may edit it and submit it again", {d.number}), "leadId");
    if (d.status == "Approved") return CommandResult::refuse(T_f("{0} is already approved", {d.number}), "leadId");
    if (d.status != "Submitted")
        return CommandResult::refuse(T_f("{0} has not been submitted for approval", {d.number}), "leadId");
    const User me = loadUser(db, actor);
    if (!me.admin && d.approver != std::optional<Id>(actor))
        return CommandResult::refuse(T_f("only the approver of {0} ({1}) or an administrator can approve or reject it",
                                         {d.number, d.approver ? userName(db, *d.approver) : std::string()}),
                                     "leadId");
    return std::nullopt;
}

CommandResult approveDeal(CommandContext& ctx, const DealDecision& cmd) {
    auto& db = ctx.db();
    const Deal d = loadDeal(db, cmd.leadId);
    if (auto r = refuseUnlessDecidable(db, ctx.actor(), d)) return *r;
    // An existing customer account of the company's name (that the approver can read), else a new one.
    sales::ConvertLead conv;
    conv.leadId = d.id;
    {
        auto a = db.prepare("SELECT id FROM accounts WHERE is_partner = 0 AND lower(trim(name)) = lower(trim(?)) ORDER BY id");
        a.bind(1, d.company);
        while (a.step())
            if (accountAccess(db, ctx.actor(), a.getInt(0)) >= Access::Read) {
                conv.accountId = a.getInt(0);
                break;
            }
    }
    conv.amount = d.amount;
    if (!d.closeDate.empty()) conv.closeDate = d.closeDate;
    conv.ownerId = d.ownerUser;  // the opportunity stays the partner's
    CommandResult res = sales::convertLead(ctx, conv);
    if (!res.ok) return res;
    const std::string comment = domain::trimText(cmd.comment.value_or(std::string()));
    auto up = db.prepare("UPDATE leads SET approval_status = 'Approved', approval_comment = ?, decided_at = ?, modified_at = ?2 WHERE id = ?");
    up.bind(1, comment).bind(2, ctx.now()).bind(3, d.id);
    if (!up.run()) return ctx.dbError(T_f("approving the deal registration"));
    ctx.audit("Partner Relationship Management", "Approved deal registration " + d.number + " (" + d.company + ")");
    Id mail = 0;
    if (d.ownerUser)
        mail = sendDealEmail(ctx, *d.ownerUser, d.id, [&] {
            Email e;
            e.subject = T_f("Your deal registration {0} ({1}) was approved", {d.number, d.company});
            e.body = T_f("{0} approved your deal registration {1} for {2}. The opportunity is yours in Opportunities.\n",
                         {userName(db, ctx.actor()), d.number, d.company});
            if (!comment.empty()) e.body += T_f("\nComment: {0}\n", {comment});
            return e;
        });
    json data = res.data;
    data["emailId"] = mail;
    return CommandResult::success(T_f("Deal registration {0} approved. {1}", {d.number, res.message}), data);
}

CommandResult rejectDeal(CommandContext& ctx, const DealDecision& cmd) {
    auto& db = ctx.db();
    const Deal d = loadDeal(db, cmd.leadId);
    if (auto r = refuseUnlessDecidable(db, ctx.actor(), d)) return *r;
    const std::string comment = domain::trimText(cmd.comment.value_or(std::string()));
    if (comment.empty())
        return CommandResult::refuse(T_f("say why the deal is rejected: the partner reads the comment and may resubmit"), "comment");
    auto up = db.prepare("UPDATE leads SET approval_status = 'Rejected', approval_comment = ?, decided_at = ?, modified_at = ?2 WHERE id = ?");
    up.bind(1, comment).bind(2, ctx.now()).bind(3, d.id);
    if (!up.run()) return ctx.dbError(T_f("rejecting the deal registration"));
    ctx.audit("Partner Relationship Management", "Rejected deal registration " + d.number + " (" + d.company + ")", {}, comment);
    Id mail = 0;
    if (d.ownerUser)
        mail = sendDealEmail(ctx, *d.ownerUser, d.id, [&] {
            Email e;
            e.subject = T_f("Your deal registration {0} ({1}) was rejected", {d.number, d.company});
            e.body = T_f("{0} rejected your deal registration {1} for {2}.\n\nComment: {3}\n\nYou may edit the deal and submit it again.\n",
                         {userName(db, ctx.actor()), d.number, d.company, comment});
            return e;
        });
    return CommandResult::success(T_f("Deal registration {0} rejected", {d.number}), {{"leadId", d.id}, {"emailId", mail}});
}

}  // namespace

// ---- queries ---------------------------------------------------------------------------------
DealConflicts dealConflicts(store::Db& db, Id viewer, Id leadId) {
    DealConflicts c;
    const Deal d = loadDeal(db, leadId);
    if (!d.exists) return c;
    const User me = loadUser(db, viewer);
    c.countOnly = me.partner;
    auto leadsQ = db.prepare("SELECT l.id, l.number || ' ' || l.company, l.owner_user_id, l.owner_queue_id FROM leads l "
                             "WHERE l.id <> ? AND l.converted_at IS NULL AND lower(trim(l.company)) = lower(trim(?)) ORDER BY l.id");
    leadsQ.bind(1, d.id).bind(2, d.company);
    while (leadsQ.step()) {
        ++c.total;
        const Id id = leadsQ.getInt(0);
        if (c.countOnly || !canRead(db, viewer, id)) continue;
        const Owner o = leadsQ.isNull(2) ? Owner{true, leadsQ.getInt(3)} : Owner{false, leadsQ.getInt(2)};
        c.visible.push_back({"Lead", id, leadsQ.getText(1), ownerName(db, o)});
    }
    auto opps = db.prepare("SELECT o.id, o.name, o.owner_id FROM opportunities o JOIN accounts a ON a.id = o.account_id "
                           "WHERE o.stage NOT IN ('Closed Won', 'Closed Lost') AND lower(trim(a.name)) = lower(trim(?)) ORDER BY o.id");
    opps.bind(1, d.company);
    while (opps.step()) {
        ++c.total;
        const Id id = opps.getInt(0);
        if (c.countOnly || opportunityAccess(db, viewer, id) < Access::Read) continue;
        c.visible.push_back({"Opportunity", id, opps.getText(1), userName(db, opps.getInt(2))});
    }
    c.hidden = c.total - static_cast<int>(c.visible.size());
    if (c.total == 0) return c;
    if (c.countOnly)
        c.message = TN_f(TN_("{0} possible duplicate exists; your channel manager will review it",
                             "{0} possible duplicates exist; your channel manager will review them"),
                         c.total, {std::to_string(c.total)});
    else if (c.hidden > 0)
        c.message = TN_f(TN_("{0} possible duplicate ({1} out of your sight)", "{0} possible duplicates ({1} out of your sight)"),
                         c.total, {std::to_string(c.total), std::to_string(c.hidden)});
    else
        c.message = TN_f(TN_("{0} possible duplicate", "{0} possible duplicates"), c.total, {std::to_string(c.total)});
    return c;
}

json conflictsJson(const DealConflicts& c) {
    json list = json::array();
    for (const auto& v : c.visible) list.push_back({{"kind", v.kind}, {"id", v.id}, {"name", v.name}, {"owner", v.owner}});
    return {{"total", c.total}, {"hidden", c.hidden}, {"countOnly", c.countOnly}, {"visible", list}, {"message", c.message}};
}

std::string partnerAccountOf(store::Db& db, std::optional<Id> ownerUserId) {
    if (!ownerUserId) return {};
    return db.queryText("SELECT a.name FROM users u JOIN profiles p ON p.id = u.profile_id AND p.user_type = 'Partner' "
                        "JOIN accounts a ON a.id = u.account_id WHERE u.id = ?",
                        *ownerUserId)
        .value_or(std::string());
}

std::vector<DealRow> dealRegistrations(store::Db& db, Id viewer) {
    std::vector<DealRow> rows;
    auto s = db.prepare(
        "SELECT l.id, l.number, l.company, trim(l.first_name || ' ' || l.last_name), trim(u.first_name || ' ' || u.last_name), "
        "CASE WHEN p.user_type = 'Partner' THEN coalesce(a.name, '') ELSE '' END, coalesce(l.approval_status, ''), l.deal_amount, "
        "coalesce(l.deal_close_date, ''), l.approver_id, coalesce(trim(ap.first_name || ' ' || ap.last_name), '') "
        "FROM leads l LEFT JOIN users u ON u.id = l.owner_user_id LEFT JOIN profiles p ON p.id = u.profile_id "
        "LEFT JOIN accounts a ON a.id = u.account_id LEFT JOIN users ap ON ap.id = l.approver_id "
        "WHERE l.record_type = 'DealRegistration' "
        "ORDER BY (l.approval_status = 'Submitted' AND l.approver_id = ?1) DESC, l.id DESC");
    s.bind(1, viewer);
    while (s.step()) {
        const Id id = s.getInt(0);
        if (!canRead(db, viewer, id)) continue;
        DealRow r;
        r.leadId = id;
        r.number = s.getText(1);
        r.company = s.getText(2);
        r.contactName = s.getText(3);
        r.ownerName = s.getText(4);
        r.partnerAccount = s.getText(5);
        r.status = s.getText(6);
        if (!s.isNull(7)) r.amount = s.getDouble(7);
        r.closeDate = s.getText(8);
        r.approverId = s.getOptionalInt(9);
        r.approverName = s.getText(10);
        r.awaitingMe = r.status == "Submitted" && r.approverId == std::optional<Id>(viewer);
        rows.push_back(std::move(r));
    }
    return rows;
}

DealDetail dealDetail(store::Db& db, Id viewer, Id leadId) {
    DealDetail x;
    const Deal d = loadDeal(db, leadId);
    if (!d.exists || d.recordType != "DealRegistration" || !canRead(db, viewer, leadId)) return x;
    auto s = db.prepare("SELECT number, company, first_name, last_name, email, phone, country, city, description, "
                        "coalesce(approval_comment, ''), submitted_at, decided_at, converted_opportunity_id FROM leads WHERE id = ?");
    s.bind(1, leadId);
    if (!s.step()) return x;
    x.exists = true;
    x.leadId = leadId;
    x.number = s.getText(0);
    x.company = s.getText(1);
    x.firstName = s.getText(2);
    x.lastName = s.getText(3);
    x.email = s.getText(4);
    x.phone = s.getText(5);
    x.country = s.getText(6);
    x.city = s.getText(7);
    x.description = s.getText(8);
    x.comment = s.getText(9);
    x.submittedAt = s.getOptionalInt(10);
    x.decidedAt = s.getOptionalInt(11);
    x.opportunityId = s.getOptionalInt(12);
    x.amount = d.amount;
    x.closeDate = d.closeDate;
    x.ownerId = d.ownerUser.value_or(0);
    x.ownerName = d.ownerUser ? userName(db, *d.ownerUser) : std::string();
    x.partnerAccount = partnerAccountOf(db, d.ownerUser);
    x.status = d.status;
    x.approverId = d.approver;
    x.approverName = d.approver ? userName(db, *d.approver) : std::string();
    x.converted = d.converted;
    const User me = loadUser(db, viewer);
    const bool ownerOrAdmin = me.admin || d.ownerUser == std::optional<Id>(viewer);
    x.canEdit = !d.converted && ownerOrAdmin && d.status != "Submitted" && d.status != "Approved";
    x.canSubmit = x.canEdit;
    x.canDecide = !d.converted && d.status == "Submitted" && (me.admin || d.approver == std::optional<Id>(viewer));
    return x;
}

void registerDealRegistrationCommands(CommandRegistry& r) {
    r.add("RegisterDeal", CommandKind::User, registerDeal,
          "Registers a deal: a partner user's lead of record type Deal Registration (Lead Source Partner), owned by them.");
    r.add("UpdateDeal", CommandKind::User, updateDeal,
          "Saves changes to a deal registration that is not waiting for approval (its owner or an administrator).");
    r.add("SubmitDealForApproval", CommandKind::User, submitDeal,
          "Submits a deal registration to the partner account's channel manager for approval, with an e-mail to them.");
    r.add("ApproveDeal", CommandKind::User, approveDeal,
          "Approves a submitted deal registration: converts it; the opportunity stays the partner user's.");
    r.add("RejectDeal", CommandKind::User, rejectDeal,
          "Rejects a submitted deal registration with a comment; the partner may edit it and submit it again.");
}

}  // namespace prm::app::leads
