#include "app/data/data_export.h"
#include "app/messages.h"

#include <cmath>
#include <cstdio>

#include "app/data/csv.h"
#include "app/data/eml.h"
#include "app/refusals.h"
#include "app/sharing.h"
#include "domain/rules.h"

namespace prm::app::data_export {

using domain::Error;

namespace {

struct Viewer {
    Id id = 0;
    bool admin = false;
    bool partner = false;
    std::optional<Id> accountId;
};

// The statements below number their values: ?1 the viewer, ?2 the viewer's account (partner users).
// onlyIds are in the temp table export_ids.
constexpr const char* kViewer = "?1";
constexpr const char* kViewerAccount = "?2";

void bindViewer(store::Statement& st, const Viewer& v) {
    st.bind(1, v.id);
    if (v.accountId) st.bind(2, *v.accountId);
}

// Plain digits that the importer reads back to the same double (csv::plainNumber): never "9e+15".
std::string numberText(store::Statement& st, int col) {
    if (st.isNull(col)) return {};
    return csv::plainNumber(st.getDouble(col));
}

// "Owned by the viewer or by users below them in the role hierarchy" over owner column `ownerCol`.
std::string ownedOrBelow(const std::string& ownerCol) {
    const std::string id = kViewer;
    return "(" + ownerCol + " = " + id + " OR " + ownerCol +
           " IN (SELECT u.id FROM users u JOIN role_ancestors ra ON ra.role_id = u.role_id AND ra.depth > 0 "
           "WHERE ra.ancestor_id = (SELECT role_id FROM users WHERE id = " + id + ")))";
}

// Visibility for accounts and contacts (there is no share table for them): see the header.
std::string recordCondition(store::Db& db, const Viewer& v, const char* owdColumn, const std::string& ownerCol,
                            const std::string& accountCol) {
    if (v.admin) return "1";
    if (v.partner) return v.accountId ? accountCol + " = " + kViewerAccount : "0";
    const auto owd = domain::owdFrom(db.queryText(std::string("SELECT ") + owdColumn + " FROM org WHERE id = 1").value_or("Private"))
                         .value_or(domain::Owd::Private);
    if (domain::owdAccess(owd) >= domain::Access::Read) return "1";
    return ownedOrBelow(ownerCol);
}

}  // namespace

domain::Result<CsvFile> exportList(store::Db& db, const std::string& object, Id asUser, const Options& opts) {
    Viewer v;
    {
        auto st = db.prepare("SELECT u.is_active, p.is_admin, p.user_type = 'Partner', u.account_id FROM users u "
                             "JOIN profiles p ON p.id = u.profile_id WHERE u.id = ?");
        st.bind(1, asUser);
        if (!st.step()) return Error{missingText(RecordKind::User, asUser), "asUser"};
        if (st.getInt(0) == 0) return Error{T_f("the user is inactive and can see no records; export as an active user"), "asUser"};
        v.id = asUser;
        v.admin = st.getInt(1) != 0;
        v.partner = st.getInt(2) != 0;
        v.accountId = st.getOptionalInt(3);
    }
    std::string f = domain::foldCase(object);
    if (!f.empty() && f.back() == 's') f.pop_back();

    csv::Writer w(opts.utf8Bom);
    CsvFile out;
    // Text that a spreadsheet would run as a formula gets one more leading ' (csv::neutralise).
    const auto text = [&](std::string value) { return opts.neutraliseFormulas ? csv::neutralise(value) : value; };
    const auto row = [&](std::vector<std::string> fields) {
        for (auto& f : fields) f = text(std::move(f));
        w.row(fields);
    };
    if (opts.onlyIds) {
        if (auto st = db.exec("CREATE TEMP TABLE IF NOT EXISTS export_ids(id INTEGER PRIMARY KEY); DELETE FROM export_ids"); !st)
            return Error{"could not prepare the export: " + st.message(), ""};
        auto ins = db.prepare("INSERT OR IGNORE INTO export_ids(id) VALUES (?)");
        for (Id id : *opts.onlyIds) {
            ins.bind(1, id);
            if (auto st = ins.run(); !st) return Error{"could not prepare the export: " + st.message(), ""};
            ins.reset();
        }
    }
    auto only = [&](const std::string& col) {
        return opts.onlyIds ? " AND " + col + " IN (SELECT id FROM temp.export_ids)" : std::string();
    };

    if (f == "lead") {
        const auto& lf = domain::leadFields();
        std::vector<std::string> header{"Id", "LeadNumber"};
        std::string sql = "SELECT l.id, l.number";
        for (const auto& fi : lf) {
            header.push_back(fi.apiName);
            sql += std::string(", l.") + fi.column;
        }
        header.push_back("OwnerId");
        header.push_back("CreatedDate");
        sql += ", COALESCE(u.username, q.name, ''), l.created_at FROM leads l LEFT JOIN users u ON u.id = l.owner_user_id "
               "LEFT JOIN queues q ON q.id = l.owner_queue_id WHERE (" + leadVisibilityCondition(db, v.id, 1) + ")" + only("l.id") +
               " ORDER BY l.id";
        w.row(header);
        auto st = db.prepare(sql);
        bindViewer(st, v);
        while (st.step()) {
            std::vector<std::string> cells{std::to_string(st.getInt(0)), text(st.getText(1))};
            for (int i = 0; i < domain::kLeadFieldCount; ++i) {
                const int col = 2 + i;
                // A number is written by us as plain digits: a negative one stays a number, not text.
                cells.push_back(lf[static_cast<std::size_t>(i)].type == domain::FieldType::Number ? numberText(st, col)
                                                                                                  : text(st.getText(col)));
            }
            cells.push_back(text(st.getText(2 + domain::kLeadFieldCount)));
            cells.push_back(eml::iso8601(st.getInt(3 + domain::kLeadFieldCount)));
            w.row(cells);
            ++out.rows;
        }
        if (!st.ok()) return Error{"could not read the leads: " + st.error(), ""};
        out.filename = "leads.csv";
    } else if (f == "account") {
        w.row({"Id", "Name", "Industry", "Phone", "Website", "City", "Country", "OwnerId", "IsPartner", "CreatedDate"});
        auto st = db.prepare("SELECT a.id, a.name, a.industry, a.phone, a.website, a.city, a.country, u.username, a.is_partner, "
                             "a.created_at FROM accounts a JOIN users u ON u.id = a.owner_id WHERE (" +
                             recordCondition(db, v, "owd_account_internal", "a.owner_id", "a.id") + ")" + only("a.id") +
                             " ORDER BY a.id");
        bindViewer(st, v);
        while (st.step()) {
            row({std::to_string(st.getInt(0)), st.getText(1), st.getText(2), st.getText(3), st.getText(4), st.getText(5),
                 st.getText(6), st.getText(7), st.getInt(8) ? "true" : "false", eml::iso8601(st.getInt(9))});
            ++out.rows;
        }
        if (!st.ok()) return Error{"could not read the accounts: " + st.error(), ""};
        out.filename = "accounts.csv";
    } else if (f == "contact") {
        w.row({"Id", "FirstName", "LastName", "Email", "Phone", "Title", "AccountId", "OwnerId", "CreatedDate"});
        auto st = db.prepare("SELECT c.id, c.first_name, c.last_name, c.email, c.phone, c.title, c.account_id, "
                             "u.username, c.created_at FROM contacts c JOIN users u ON u.id = c.owner_id WHERE (" +
                             recordCondition(db, v, "owd_contact_internal", "c.owner_id", "c.account_id") + ")" + only("c.id") +
                             " ORDER BY c.id");
        bindViewer(st, v);
        while (st.step()) {
            row({std::to_string(st.getInt(0)), st.getText(1), st.getText(2), st.getText(3), st.getText(4), st.getText(5),
                   st.isNull(6) ? std::string() : std::to_string(st.getInt(6)), st.getText(7),
                   eml::iso8601(st.getInt(8))});
            ++out.rows;
        }
        if (!st.ok()) return Error{"could not read the contacts: " + st.error(), ""};
        out.filename = "contacts.csv";
    } else if (f == "user") {
        w.row({"Id", "Username", "FirstName", "LastName", "Email", "Alias", "Profile", "Role", "IsActive", "UserType",
               "AccountId", "LastLoginDate", "CreatedDate"});
        // The one rule of who sees which user (sharing.h): a partner user sees internal users and their own
        // account's users, never another partner account's.
        const std::string cond = userVisibilityCondition(db, v.id, 1);
        auto st = db.prepare("SELECT u.id, u.username, u.first_name, u.last_name, u.email, u.alias, p.name, COALESCE(r.name, ''), "
                             "u.is_active, p.user_type, u.account_id, u.last_login_at, u.created_at FROM users u "
                             "JOIN profiles p ON p.id = u.profile_id LEFT JOIN roles r ON r.id = u.role_id WHERE (" + cond + ")" +
                             only("u.id") + " ORDER BY u.id");
        bindViewer(st, v);
        while (st.step()) {
            row({std::to_string(st.getInt(0)), st.getText(1), st.getText(2), st.getText(3), st.getText(4), st.getText(5),
                   st.getText(6), st.getText(7), st.getInt(8) ? "true" : "false", st.getText(9),
                   st.isNull(10) ? std::string() : std::to_string(st.getInt(10)),
                   st.isNull(11) ? std::string() : eml::iso8601(st.getInt(11)), eml::iso8601(st.getInt(12))});
            ++out.rows;
        }
        if (!st.ok()) return Error{"could not read the users: " + st.error(), ""};
        out.filename = "users.csv";
    } else {
        return Error{"'" + object + "' is not a list that can be exported; use Lead, Account, Contact or User", "object"};
    }
    out.content = w.take();
    // What the product writes, it reads back: an export the importer would refuse is not written.
    if (out.content.size() > csv::kMaxFileBytes)
        return Error{T_f("{0} (the import limit); export fewer rows, e.g. a filtered list",
                         {csv::sizeProblem(out.content.size(), T_f("the export"))}),
                     "file"};
    return out;
}

}  // namespace prm::app::data_export
