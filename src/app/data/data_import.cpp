#include "app/data/data_import.h"

#include <algorithm>
#include <cctype>

#include "app/leads/lead_support.h"
#include "domain/rules.h"

namespace prm::app::data_import {

using domain::Error;

const char* toString(Object o) {
    switch (o) {
        case Object::Lead: return T_("Lead");
        case Object::Account: return T_("Account");
        case Object::Contact: return T_("Contact");
    }
    return "";
}

std::optional<Object> objectFrom(const std::string& s) {
    std::string f = domain::foldCase(s);
    if (!f.empty() && f.back() == 's') f.pop_back();
    if (f == "lead") return Object::Lead;
    if (f == "account") return Object::Account;
    if (f == "contact") return Object::Contact;
    return std::nullopt;
}

namespace {

std::vector<FieldInfo> leadFieldList() {
    std::vector<FieldInfo> out;
    const auto& lf = domain::leadFields();
    for (int i = 0; i < domain::kLeadFieldCount; ++i) {
        const auto& f = lf[static_cast<std::size_t>(i)];
        FieldInfo info;
        info.apiName = f.apiName;
        info.label = f.label;
        info.arg = leads::leadJsonKey(i);
        info.kind = f.type == domain::FieldType::Number
                        ? (info.apiName == "NumberOfEmployees" ? FieldKind::WholeNumber : FieldKind::Number)
                        : FieldKind::Text;
        info.required = info.apiName == "LastName" || info.apiName == "Company";
        if (info.apiName == "NumberOfEmployees") info.aliases = {"Employees"};
        if (info.apiName == "Status") info.aliases = {"Lead Status"};
        if (info.apiName == "State") info.aliases = {"Province", "State/Province"};
        out.push_back(std::move(info));
    }
    out.push_back({"OwnerId", "Lead Owner", "ownerUserId", FieldKind::UserRef, false,
                   {"Owner", "OwnerUsername", "Owner.Username", "Owner Username"}});
    return out;
}

std::vector<FieldInfo> accountFieldList() {
    return {
        {"Name", "Account Name", "name", FieldKind::Text, true, {"AccountName"}},
        {"Industry", "Industry", "industry", FieldKind::Text, false, {}},
        {"Phone", "Phone", "phone", FieldKind::Text, false, {}},
        {"Website", "Website", "website", FieldKind::Text, false, {}},
        {"City", "City", "city", FieldKind::Text, false, {"BillingCity", "Billing City"}},
        {"Country", "Country", "country", FieldKind::Text, false, {"BillingCountry", "Billing Country"}},
        {"OwnerId", "Account Owner", "ownerId", FieldKind::UserRef, false,
         {"Owner", "OwnerUsername", "Owner.Username", "Owner Username"}},
    };
}

std::vector<FieldInfo> contactFieldList() {
    return {
        {"FirstName", "First Name", "firstName", FieldKind::Text, false, {}},
        {"LastName", "Last Name", "lastName", FieldKind::Text, true, {}},
        {"Email", "Email", "email", FieldKind::Text, false, {}},
        {"Phone", "Phone", "phone", FieldKind::Text, false, {}},
        {"Title", "Title", "title", FieldKind::Text, false, {}},
        {"AccountId", "Account", "accountId", FieldKind::AccountRef, false,
         {"Account", "Account.Name", "AccountName", "Account Name"}},
        {"OwnerId", "Contact Owner", "ownerId", FieldKind::UserRef, false,
         {"Owner", "OwnerUsername", "Owner.Username", "Owner Username"}},
    };
}

// Header names compare case-insensitively, ignoring spaces and underscores ("First Name" = FirstName).
std::string normalized(const std::string& s) {
    std::string out;
    for (char c : domain::foldCase(s))
        if (c != ' ' && c != '_' && c != '\t') out.push_back(c);
    return out;
}

std::string columnName(const Plan& plan, std::size_t c) {
    const std::string& h = c < plan.table.header.size() ? plan.table.header[c] : std::string();
    return h.empty() ? T_f("column {0}", {std::to_string(c + 1)}) : h;
}

std::string nothingImported(const std::string& msg) { return T_f("{0}; nothing was imported", {msg}); }

// The rows the command can take: those with as many values as the header has columns.
bool wellFormed(const Plan& plan, std::size_t r) { return plan.table.rows[r].fields.size() == plan.table.header.size(); }

std::string raggedMessage(const Plan& plan, std::size_t r) {
    return T_f("row {0} has {1} values but the header has {2} columns; check for a missing or extra comma (or quote a "
               "value that contains one)",
               {std::to_string(r + 2), std::to_string(plan.table.rows[r].fields.size()),
                std::to_string(plan.table.header.size())});
}

domain::Result<Outcome> execute(Sandbox& sb, const Plan& plan, const Options& opts, bool dryRun) {
    // The outcome and the error file speak the importing session's language (the command's messages do too).
    MessageLanguageScope speak(sb.language());
    if (auto problems = mappingProblems(plan); !problems.empty()) return Error{nothingImported(problems.front()), "mapping"};
    Outcome out;
    out.rows.resize(plan.table.rows.size());
    std::vector<std::size_t> sent;  // row indices in the command, in order
    for (std::size_t r = 0; r < plan.table.rows.size(); ++r) {
        out.rows[r].row = static_cast<int>(r) + 2;
        if (wellFormed(plan, r)) sent.push_back(r);
        else out.rows[r].error = raggedMessage(plan, r);
    }
    int failed = static_cast<int>(plan.table.rows.size() - sent.size());
    int succeeded = 0;
    if (!sent.empty() && !(opts.allOrNone && failed > 0)) {
        CommandResult res = sb.execute(command(plan, opts, dryRun));
        auto results = res.data.find("results");
        if (results == res.data.end() || !results->is_array() || results->size() != sent.size())
            return Error{nothingImported(res.message), res.field};
        for (std::size_t k = 0; k < sent.size(); ++k) {
            const json& rj = (*results)[k];
            RowResult& rr = out.rows[sent[k]];
            if (rj.value("ok", false)) {
                rr.ok = true;
                rr.id = rj.value("id", Id{0});
                ++succeeded;
                continue;
            }
            ++failed;
            const std::string field = rj.value("field", std::string());
            // The CSV column mapped to that field, as the file names it.
            for (std::size_t c = 0; c < plan.columns.size(); ++c)
                if (!field.empty() && plan.columns[c].field == field) rr.column = columnName(plan, c);
            const std::string message = rj.value("message", std::string());
            rr.error = rr.column.empty() ? T_f("row {0}: {1}", {std::to_string(rr.row), message})
                                         : T_f("row {0}, column {1}: {2}", {std::to_string(rr.row), rr.column, message});
        }
        out.applied = res.ok;
    }
    std::string firstError;
    for (const auto& rr : out.rows)
        if (!rr.ok) {
            firstError = rr.error;
            break;
        }
    if (opts.allOrNone && failed > 0) {
        // Rows that would have worked were not written either.
        for (auto& rr : out.rows)
            if (rr.ok)
                rr.ok = false, rr.id = 0,
                rr.error = T_f("row {0}: not imported because other rows failed (all or none)", {std::to_string(rr.row)});
        failed += succeeded;
        succeeded = 0;
        out.applied = false;
    }
    out.succeeded = succeeded;
    out.failed = failed;
    const std::string n = std::to_string(succeeded);
    switch (plan.object) {
        case Object::Lead:
            out.message = dryRun ? TN_f(TN_("{0} lead would be imported", "{0} leads would be imported"), succeeded, {n})
                                 : TN_f(TN_("{0} lead imported", "{0} leads imported"), succeeded, {n});
            break;
        case Object::Account:
            out.message = dryRun ? TN_f(TN_("{0} account would be imported", "{0} accounts would be imported"), succeeded, {n})
                                 : TN_f(TN_("{0} account imported", "{0} accounts imported"), succeeded, {n});
            break;
        case Object::Contact:
            out.message = dryRun ? TN_f(TN_("{0} contact would be imported", "{0} contacts would be imported"), succeeded, {n})
                                 : TN_f(TN_("{0} contact imported", "{0} contacts imported"), succeeded, {n});
            break;
    }
    if (failed)
        out.message = TN_f(TN_("{0}, {1} row failed (see the error file); first: {2}",
                               "{0}, {1} rows failed (see the error file); first: {2}"),
                           failed, {out.message, std::to_string(failed), firstError});
    if (opts.allOrNone && failed > 0) out.message = T_f("nothing was imported (all or none): {0}", {out.message});
    return out;
}

}  // namespace

const std::vector<FieldInfo>& fields(Object o) {
    static const std::vector<FieldInfo> leadList = leadFieldList();
    static const std::vector<FieldInfo> accountList = accountFieldList();
    static const std::vector<FieldInfo> contactList = contactFieldList();
    switch (o) {
        case Object::Lead: return leadList;
        case Object::Account: return accountList;
        case Object::Contact: return contactList;
    }
    return leadList;
}

const FieldInfo* findField(Object o, const std::string& name) {
    const std::string n = normalized(name);
    if (n.empty()) return nullptr;
    for (const auto& f : fields(o)) {
        if (normalized(f.apiName) == n || normalized(f.label) == n) return &f;
        for (const auto& a : f.aliases)
            if (normalized(a) == n) return &f;
    }
    return nullptr;
}

domain::Result<Plan> load(Object object, std::string_view bytes) {
    auto table = csv::parse(bytes);
    if (!table) return Error{nothingImported(table.message()), "file"};
    Plan plan;
    plan.object = object;
    plan.table = std::move(table).value();
    if (plan.table.rows.empty())
        return Error{T_f("the file has a header row but no data rows; nothing to import"), "file"};
    // Read-only columns of an export (Id, LeadNumber, CreatedDate, IsPartner) are skipped on import.
    static const std::vector<std::string> readOnly = {"id", "leadnumber", "createddate", "lastmodifieddate", "ispartner"};
    for (const auto& h : plan.table.header) {
        ColumnMap m;
        if (const FieldInfo* f = findField(object, h)) m.field = f->apiName;
        else if (std::find(readOnly.begin(), readOnly.end(), normalized(h)) != readOnly.end()) m.ignore = true;
        plan.columns.push_back(m);
    }
    return plan;
}

domain::Status setColumn(Plan& plan, int column, const std::string& field) {
    if (column < 0 || static_cast<std::size_t>(column) >= plan.columns.size())
        return domain::Status::fail(T_f("the file has no column {0}", {std::to_string(column + 1)}), "column");
    ColumnMap& m = plan.columns[static_cast<std::size_t>(column)];
    if (field.empty()) {
        m = ColumnMap{"", true};
        return domain::okStatus();
    }
    const FieldInfo* f = findField(plan.object, field);
    if (!f) return domain::Status::fail(T_f("'{0}' is not a {1} field", {field, say(toString(plan.object))}), "field");
    m = ColumnMap{f->apiName, false};
    return domain::okStatus();
}

std::vector<std::string> mappingProblems(const Plan& plan) {
    std::vector<std::string> out;
    const std::string obj = say(toString(plan.object));
    for (std::size_t c = 0; c < plan.columns.size(); ++c) {
        const auto& m = plan.columns[c];
        if (m.ignore || !m.field.empty()) continue;
        const std::string& h = plan.table.header[c];
        if (h.empty())
            out.push_back(T_f("column {0} has no name in the header row; name it after a {1} field or ignore it",
                              {std::to_string(c + 1), obj}));
        else
            out.push_back(T_f("column {0} '{1}' matches no {2} field; map it to a field (API names such as "
                              "{3}) or ignore it",
                              {std::to_string(c + 1), h, obj, fields(plan.object).front().apiName}));
    }
    for (std::size_t a = 0; a < plan.columns.size(); ++a)
        for (std::size_t b = a + 1; b < plan.columns.size(); ++b)
            if (!plan.columns[a].ignore && !plan.columns[b].ignore && !plan.columns[a].field.empty() &&
                plan.columns[a].field == plan.columns[b].field)
                out.push_back(T_f("columns {0} '{1}' and {2} '{3}' are both mapped to {4}; ignore one of them",
                                  {std::to_string(a + 1), plan.table.header[a], std::to_string(b + 1), plan.table.header[b],
                                   plan.columns[a].field}));
    for (const auto& f : fields(plan.object)) {
        if (!f.required) continue;
        bool mapped = false;
        for (const auto& m : plan.columns) mapped = mapped || (!m.ignore && m.field == f.apiName);
        if (!mapped)
            out.push_back(T_f("no column is mapped to {0} (required for {1}); add a {0} column or map one to it",
                              {f.apiName, obj}));
    }
    return out;
}

json command(const Plan& plan, const Options& opts, bool dryRun) {
    json rows = json::array();
    json numbers = json::array();
    for (std::size_t r = 0; r < plan.table.rows.size(); ++r) {
        if (!wellFormed(plan, r)) continue;
        json row = json::object();
        for (std::size_t c = 0; c < plan.columns.size(); ++c)
            if (!plan.columns[c].ignore && !plan.columns[c].field.empty())
                row[plan.columns[c].field] = csv::restoreNeutralised(plan.table.rows[r].fields[c]);
        rows.push_back(std::move(row));
        numbers.push_back(static_cast<int>(r) + 2);
    }
    json cmd = {{"cmd", "ImportRecords"}, {"object", toString(plan.object)}, {"rows", std::move(rows)}, {"rowNumbers", std::move(numbers)}};
    if (opts.useAssignmentRules) cmd["useAssignmentRules"] = true;
    if (opts.allOrNone) cmd["allOrNone"] = true;
    if (dryRun) cmd["dryRun"] = true;
    return cmd;
}

domain::Result<Outcome> preview(Sandbox& sb, const Plan& plan, const Options& opts) { return execute(sb, plan, opts, true); }
domain::Result<Outcome> run(Sandbox& sb, const Plan& plan, const Options& opts) { return execute(sb, plan, opts, false); }

std::string errorCsv(const Plan& plan, const Outcome& outcome) {
    csv::Writer w;
    std::vector<std::string> header = plan.table.header;
    header.push_back("ERROR");
    w.row(header);
    for (std::size_t r = 0; r < outcome.rows.size() && r < plan.table.rows.size(); ++r) {
        if (outcome.rows[r].ok) continue;
        std::vector<std::string> fieldsOut = plan.table.rows[r].fields;
        fieldsOut.resize(plan.table.header.size());
        fieldsOut.push_back(outcome.rows[r].error);
        w.row(fieldsOut);
    }
    return w.take();
}

std::string successCsv(const Plan& plan, const Outcome& outcome) {
    csv::Writer w;
    std::vector<std::string> header{"ID"};
    header.insert(header.end(), plan.table.header.begin(), plan.table.header.end());
    header.push_back("STATUS");
    w.row(header);
    for (std::size_t r = 0; r < outcome.rows.size() && r < plan.table.rows.size(); ++r) {
        if (!outcome.rows[r].ok) continue;
        std::vector<std::string> fieldsOut{std::to_string(outcome.rows[r].id)};
        fieldsOut.insert(fieldsOut.end(), plan.table.rows[r].fields.begin(), plan.table.rows[r].fields.end());
        fieldsOut.push_back("Item Created");
        w.row(fieldsOut);
    }
    return w.take();
}

std::vector<std::vector<std::pair<std::string, std::string>>> mappedRows(const Plan& plan, int limit) {
    std::vector<std::vector<std::pair<std::string, std::string>>> out;
    for (std::size_t r = 0; r < plan.table.rows.size() && static_cast<int>(out.size()) < limit; ++r) {
        std::vector<std::pair<std::string, std::string>> row;
        for (std::size_t c = 0; c < plan.columns.size(); ++c)
            if (!plan.columns[c].ignore && !plan.columns[c].field.empty())
                row.emplace_back(plan.columns[c].field, c < plan.table.rows[r].fields.size() ? plan.table.rows[r].fields[c] : "");
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace prm::app::data_import
