#include "app/sales/queries_sales.h"

#include "app/core_common.h"
#include "app/sharing.h"

namespace prm::app::sales {
namespace {

// ?1 is the viewer in every statement below.
std::string oppSelect(store::Db& db, Id viewer) {
    return "SELECT o.id, o.name, o.account_id, "
           "  CASE WHEN o.account_id IN (SELECT acc.id FROM accounts acc WHERE " + accountVisibilityCondition(db, viewer, 1) +
           ") THEN (SELECT name FROM accounts WHERE id = o.account_id) ELSE '' END, "
           "  o.contact_id, "
           "  CASE WHEN o.contact_id IN (SELECT c.id FROM contacts c WHERE " + contactVisibilityCondition(db, viewer, 1) +
           ") THEN (SELECT trim(first_name || ' ' || last_name) FROM contacts WHERE id = o.contact_id) ELSE '' END, "
           "  o.amount, o.close_date, o.stage, o.probability, o.owner_id, "
           "  (SELECT trim(u.first_name || ' ' || u.last_name) FROM users u WHERE u.id = o.owner_id), "
           "  (SELECT p.user_type = 'Partner' FROM users u JOIN profiles p ON p.id = u.profile_id WHERE u.id = o.owner_id), "
           "  CASE WHEN o.lead_id IN (SELECT l.id FROM leads l WHERE " + leadVisibilityCondition(db, viewer, 1) +
           ") THEN o.lead_id END, (SELECT number FROM leads WHERE id = o.lead_id), "
           "  coalesce((SELECT pa.name FROM users u JOIN profiles p ON p.id = u.profile_id AND p.user_type = 'Partner' "
           "            JOIN accounts pa ON pa.id = u.account_id WHERE u.id = o.owner_id), '') "
           "FROM opportunities o WHERE (" + opportunityVisibilityCondition(db, viewer, 1) + ")";
}

OpportunityRow readOpp(store::Db& db, Id viewer, store::Statement& s) {
    OpportunityRow r;
    r.id = s.getInt(0);
    r.name = s.getText(1);
    r.accountId = s.getOptionalInt(2);
    r.accountName = s.getText(3);
    r.contactId = s.getOptionalInt(4);
    r.contactName = s.getText(5);
    if (!s.isNull(6)) r.amount = s.getDouble(6);
    r.closeDate = s.getText(7);
    r.stage = s.getText(8);
    r.probability = static_cast<int>(s.getInt(9));
    r.ownerId = s.getInt(10);
    r.ownerName = s.getText(11);
    r.ownerIsPartner = s.getInt(12) != 0;
    r.leadId = s.getOptionalInt(13);
    if (r.leadId) r.leadNumber = s.getText(14);
    r.partnerAccount = s.getText(15);
    r.access = opportunityAccess(db, viewer, r.id);
    return r;
}

std::vector<OpportunityRow> opps(store::Db& db, Id viewer, const std::string& more, std::optional<Id> arg) {
    auto s = db.prepare(oppSelect(db, viewer) + more);
    s.bind(1, viewer);
    if (arg) s.bind(2, *arg);
    std::vector<OpportunityRow> out;
    while (s.step()) out.push_back(readOpp(db, viewer, s));
    return out;
}

std::string activitySelect(store::Db& db, Id viewer) {
    // The regarded record's name, only when the viewer can see it.
    return "SELECT a.id, a.type, a.subject, coalesce(a.regarding_type, ''), coalesce(a.regarding_id, 0), "
           "  CASE a.regarding_type "
           "   WHEN 'Lead' THEN (SELECT l.number || ' ' || l.company FROM leads l WHERE l.id = a.regarding_id AND (" +
           leadVisibilityCondition(db, viewer, 1) + ")) "
           "   WHEN 'Opportunity' THEN (SELECT o.name FROM opportunities o WHERE o.id = a.regarding_id AND (" +
           opportunityVisibilityCondition(db, viewer, 1) + ")) "
           "   WHEN 'Account' THEN (SELECT acc.name FROM accounts acc WHERE acc.id = a.regarding_id AND (" +
           accountVisibilityCondition(db, viewer, 1) + ")) "
           "   WHEN 'Contact' THEN (SELECT trim(c.first_name || ' ' || c.last_name) FROM contacts c WHERE c.id = a.regarding_id AND (" +
           contactVisibilityCondition(db, viewer, 1) + ")) END, "
           "  a.owner_id, (SELECT trim(u.first_name || ' ' || u.last_name) FROM users u WHERE u.id = a.owner_id), "
           "  coalesce(a.due_date, ''), coalesce(a.start_at, ''), coalesce(a.end_at, ''), a.priority, a.description, a.state, "
           "  a.closed_at, "
           "  a.state IN ('Open', 'Scheduled') AND ((a.due_date IS NOT NULL AND a.due_date < ?2) OR "
           "                                        (a.end_at IS NOT NULL AND a.end_at < ?3)) "
           "FROM activities a WHERE (" + activityVisibilityCondition(db, viewer, 1) + ")";
}

std::vector<ActivityRow> acts(store::Db& db, Id viewer, TimeMs now, const std::string& more, const std::string& type = {},
                              Id recordId = 0) {
    auto s = db.prepare(activitySelect(db, viewer) + more);
    s.bind(1, viewer).bind(2, domain::dateOf(now)).bind(3, domain::dateTimeOf(now));
    if (!type.empty()) s.bind(4, type).bind(5, recordId);
    std::vector<ActivityRow> out;
    while (s.step()) {
        ActivityRow r;
        r.id = s.getInt(0);
        r.type = s.getText(1);
        r.subject = s.getText(2);
        r.regardingType = s.getText(3);
        r.regardingId = s.getInt(4);
        r.regardingName = s.isNull(5) ? std::string() : s.getText(5);
        r.ownerId = s.getInt(6);
        r.ownerName = s.getText(7);
        r.dueDate = s.getText(8);
        r.start = s.getText(9);
        r.end = s.getText(10);
        r.priority = s.getText(11);
        r.description = s.getText(12);
        r.state = s.getText(13);
        if (!s.isNull(14)) r.closedAt = s.getInt(14);
        r.overdue = s.getInt(15) != 0;
        r.access = activityAccess(db, viewer, r.id);
        out.push_back(std::move(r));
    }
    return out;
}

// Open first by when they are due; closed ones newest first.
const char* kOrderOpen = " ORDER BY coalesce(a.due_date, substr(a.start_at, 1, 10), '9999'), a.start_at, a.id";
const char* kOrderClosed = " ORDER BY a.closed_at DESC, a.id DESC";

}  // namespace

std::vector<OpportunityRow> listOpportunities(store::Db& db, Id viewer) {
    return opps(db, viewer, " ORDER BY o.close_date, o.name, o.id", std::nullopt);
}

std::optional<OpportunityRow> opportunityDetail(store::Db& db, Id viewer, Id opportunityId) {
    auto v = opps(db, viewer, " AND o.id = ?2", opportunityId);
    if (v.empty()) return std::nullopt;
    return v.front();
}

std::vector<OpportunityRow> accountOpportunities(store::Db& db, Id viewer, Id accountId) {
    return opps(db, viewer, " AND o.account_id = ?2 ORDER BY o.close_date, o.id", accountId);
}

std::vector<ActivityRow> listActivities(store::Db& db, Id viewer, ActivityView view, TimeMs now) {
    switch (view) {
        case ActivityView::MyOpen:
            return acts(db, viewer, now, " AND a.owner_id = ?1 AND a.state IN ('Open', 'Scheduled')" + std::string(kOrderOpen));
        case ActivityView::Overdue: {
            auto all = acts(db, viewer, now, " AND a.state IN ('Open', 'Scheduled')" + std::string(kOrderOpen));
            std::vector<ActivityRow> out;
            for (auto& r : all)
                if (r.overdue) out.push_back(std::move(r));
            return out;
        }
        case ActivityView::Closed:
            return acts(db, viewer, now, " AND a.state IN ('Completed', 'Canceled')" + std::string(kOrderClosed));
        case ActivityView::All:
            return acts(db, viewer, now, " ORDER BY a.state IN ('Completed', 'Canceled'), coalesce(a.due_date, "
                                         "substr(a.start_at, 1, 10), '9999'), a.id");
    }
    return {};
}

std::vector<ActivityRow> activitiesRegarding(store::Db& db, Id viewer, const std::string& type, Id recordId, bool open,
                                             TimeMs now) {
    const std::string cond = " AND a.regarding_type = ?4 AND a.regarding_id = ?5 AND a.state " +
                             std::string(open ? "IN ('Open', 'Scheduled')" : "IN ('Completed', 'Canceled')");
    return acts(db, viewer, now, cond + (open ? kOrderOpen : kOrderClosed), type, recordId);
}

std::optional<ActivityRow> activityDetail(store::Db& db, Id viewer, Id activityId, TimeMs now) {
    auto s = acts(db, viewer, now, " AND a.id = " + std::to_string(activityId));  // an integer, not user text
    if (s.empty()) return std::nullopt;
    return s.front();
}

std::optional<Conversion> leadConversion(store::Db& db, Id viewer, Id leadId) {
    if (!canRead(db, viewer, leadId)) return std::nullopt;
    auto s = db.prepare("SELECT converted_at, converted_account_id, converted_contact_id, converted_opportunity_id FROM leads "
                        "WHERE id = ? AND converted_at IS NOT NULL");
    s.bind(1, leadId);
    if (!s.step()) return std::nullopt;
    Conversion c;
    c.at = s.getInt(0);
    if (auto a = s.getOptionalInt(1); a && accountAccess(db, viewer, *a) >= Access::Read) {
        c.accountId = a;
        c.accountName = db.queryText("SELECT name FROM accounts WHERE id = ?", *a).value_or("");
    }
    if (auto k = s.getOptionalInt(2); k && contactAccess(db, viewer, *k) >= Access::Read) {
        c.contactId = k;
        c.contactName = db.queryText("SELECT trim(first_name || ' ' || last_name) FROM contacts WHERE id = ?", *k).value_or("");
    }
    if (auto o = s.getOptionalInt(3); o && opportunityAccess(db, viewer, *o) >= Access::Read) {
        c.opportunityId = o;
        c.opportunityName = db.queryText("SELECT name FROM opportunities WHERE id = ?", *o).value_or("");
    }
    return c;
}

std::vector<RecordChoice> regardingChoices(store::Db& db, Id viewer, const std::string& search, int limit) {
    std::vector<RecordChoice> out;
    const std::string like = core::likePattern(search);
    struct Src {
        const char* type;
        std::string sql;
    };
    const Src srcs[] = {
        {"Lead", "SELECT l.id, l.number || ' ' || l.company FROM leads l WHERE l.converted_at IS NULL AND (" +
                     leadVisibilityCondition(db, viewer, 1) + ") AND (l.number || ' ' || l.company) LIKE ?2 ESCAPE '\\' "
                     "ORDER BY l.id DESC LIMIT ?3"},
        {"Account", "SELECT acc.id, acc.name FROM accounts acc WHERE (" + accountVisibilityCondition(db, viewer, 1) +
                        ") AND acc.name LIKE ?2 ESCAPE '\\' ORDER BY acc.name LIMIT ?3"},
        {"Contact", "SELECT c.id, trim(c.first_name || ' ' || c.last_name) FROM contacts c WHERE (" +
                        contactVisibilityCondition(db, viewer, 1) +
                        ") AND trim(c.first_name || ' ' || c.last_name) LIKE ?2 ESCAPE '\\' ORDER BY c.last_name LIMIT ?3"},
        {"Opportunity", "SELECT o.id, o.name FROM opportunities o WHERE (" + opportunityVisibilityCondition(db, viewer, 1) +
                            ") AND o.name LIKE ?2 ESCAPE '\\' ORDER BY o.name LIMIT ?3"},
    };
    for (const auto& src : srcs) {
        auto s = db.prepare(src.sql);
        s.bind(1, viewer).bind(2, like).bind(3, limit);
        while (s.step()) out.push_back({src.type, s.getInt(0), s.getText(1)});
    }
    return out;
}

}  // namespace prm::app::sales
