// ImportRecords: many records of one object created in ONE transaction, each through the object's
// own create command (CreateLead, CreateAccount, CreateContact), so an import validates exactly as
// the forms do. Each row runs inside a SAVEPOINT: a refused row leaves no trace and the others go on
// (Data Loader's behaviour); with allOrNone any refused row refuses the whole import.
//
// {"cmd": "ImportRecords", "object": "Lead",
//  "rows": [{"LastName": "Virtanen", "Company": "Oy Ab", "AnnualRevenue": "250000", "OwnerId": "mikko@x.example"}],
//  "rowNumbers": [2],            optional: the spreadsheet row of each entry, for messages (default 2, 3, ...)
//  "useAssignmentRules": false,  leads: route through the active assignment rule
//  "allOrNone": false,
//  "dryRun": false}              true: run every row, report, and roll everything back
// Values are text, as in a CSV file, keyed by the API names of data_import::fields(). The result's
// data: {"results": [{"ok": true, "id": 12} | {"ok": false, "message": "...", "field": "Email"}],
// "succeeded": n, "failed": m, "applied": bool, "dryRun": bool}. A dry run and an allOrNone failure
// come back as refusals (so the transaction rolls back) that still carry this data.
#include <cctype>
#include <map>
#include <cmath>
#include <cstdlib>

#include "app/data/import_commands.h"

#include "app/command_areas.h"
#include "app/data/data_import.h"
#include "app/leads/lead_commands.h"
#include "app/refusals.h"
#include "app/sharing.h"
#include "domain/rules.h"

namespace prm::app::data {
namespace {

using data_import::FieldInfo;
using data_import::FieldKind;
using data_import::Object;

std::string trim(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

bool allDigits(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

// A number as an export writes it (plain digits, '.' for decimals, an optional leading '-') or in
// exponent notation ("9e+15", "1.5E3"), as older exports and other tools write large numbers.
bool numberSyntax(const std::string& s) {
    std::size_t i = s.size() && s[0] == '-' ? 1 : 0;
    std::size_t digits = 0, dots = 0;
    for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; ++i) {
        if (std::isdigit(static_cast<unsigned char>(s[i]))) ++digits;
        else if (s[i] == '.' && ++dots == 1) continue;
        else return false;
    }
    if (digits == 0 || s[i - 1] == '.') return false;
    if (i == s.size()) return true;
    ++i;  // the exponent: an optional sign and 1 to 3 digits
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    const std::size_t expDigits = s.size() - i;
    if (expDigits == 0 || expDigits > 3) return false;
    for (; i < s.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
}

struct RowError {
    std::string message;
    std::string field;  // API name
};

// Converts one row's text to the create command's arguments. Returns an error for the row, or nullopt.
// findField normalizes every candidate name; an import asks for the same few headers on every row.
const FieldInfo* cachedField(Object object, const std::string& key) {
    static std::map<std::pair<int, std::string>, const FieldInfo*> cache;
    auto k = std::make_pair(static_cast<int>(object), key);
    if (auto it = cache.find(k); it != cache.end()) return it->second;
    const FieldInfo* f = data_import::findField(object, key);
    if (cache.size() < 512) cache.emplace(std::move(k), f);
    return f;
}

// Who imports: an owner they may not see (sharing.h) is refused exactly like a missing one.
struct Importer {
    Id id = 0;
    std::string usersSeen;  // userVisibilityCondition with the importer at ?1
};

std::optional<RowError> convertRow(store::Db& db, const Importer& viewer, Object object, const json& row, json& args) {
    for (auto it = row.begin(); it != row.end(); ++it) {
        const FieldInfo* f = cachedField(object, it.key());
        if (!f) return RowError{T_f("'{0}' is not a {1} field", {it.key(), say(data_import::toString(object))}), it.key()};
        if (it->is_null()) continue;
        if (!it->is_string()) return RowError{T_f("{0} must be given as text, as in a CSV file", {say(f->label)}), f->apiName};
        const std::string v = trim(it->get<std::string>());
        if (v.empty()) continue;
        switch (f->kind) {
            case FieldKind::Text: args[f->arg] = it->get<std::string>(); break;
            case FieldKind::Number:
            case FieldKind::WholeNumber: {
                if (!numberSyntax(v))
                    return RowError{T_f("'{0}' is not a number; use digits only, e.g. 250000 (no currency, no thousand "
                                        "separators, '.' for decimals)",
                                        {v}),
                                    f->apiName};
                const double d = std::strtod(v.c_str(), nullptr);
                if (!std::isfinite(d) || std::fabs(d) > 1e300)
                    return RowError{T_f("'{0}' is too large a number; enter at most 1e300", {v}), f->apiName};
                if (f->kind == FieldKind::WholeNumber) {
                    if (std::floor(d) != d) return RowError{T_f("'{0}' is not a whole number; enter e.g. 120", {v}), f->apiName};
                    if (std::fabs(d) >= 9.2e18)
                        return RowError{T_f("'{0}' is too large a whole number; enter at most 9200000000000000000", {v}), f->apiName};
                    args[f->arg] = static_cast<std::int64_t>(d);
                } else {
                    args[f->arg] = d;
                }
                break;
            }
            case FieldKind::UserRef: {
                std::optional<Id> user;
                const std::string seen = " AND (" + viewer.usersSeen + ")";
                if (allDigits(v) && v.size() <= 18) {
                    auto st = db.prepare("SELECT u.id FROM users u WHERE u.id = ?2" + seen);
                    st.bind(1, viewer.id).bind(2, static_cast<Id>(std::stoll(v)));
                    if (st.step()) user = st.getInt(0);
                } else {
                    auto st = db.prepare("SELECT u.id FROM users u WHERE u.username = ?2 COLLATE NOCASE" + seen);
                    st.bind(1, viewer.id).bind(2, v);
                    if (st.step()) user = st.getInt(0);
                }
                if (user) {
                    args[object == Object::Lead ? "ownerUserId" : "ownerId"] = *user;
                    break;
                }
                if (object == Object::Lead) {
                    auto q = db.prepare("SELECT id FROM queues WHERE name = ? COLLATE NOCASE");
                    q.bind(1, v);
                    if (q.step()) {
                        args["ownerQueueId"] = q.getInt(0);
                        break;
                    }
                }
                return RowError{object == Object::Lead
                                    ? T_f("there is no user with the username or id '{0}' (nor a queue of that name); use "
                                          "an existing user's username, e.g. anna.admin@aurora.example",
                                          {v})
                                    : T_f("there is no user with the username or id '{0}'; use an existing user's "
                                          "username, e.g. anna.admin@aurora.example",
                                          {v}),
                                f->apiName};
            }
            case FieldKind::AccountRef: {
                if (allDigits(v) && v.size() <= 18) {
                    if (!db.queryInt("SELECT id FROM accounts WHERE id = ?", static_cast<Id>(std::stoll(v))))
                        return RowError{T_f("{0}, or give its name", {missingText(RecordKind::Account, v)}), f->apiName};
                    args[f->arg] = std::stoll(v);
                    break;
                }
                auto st = db.prepare("SELECT id FROM accounts WHERE name = ? COLLATE NOCASE ORDER BY id");
                st.bind(1, v);
                std::vector<Id> ids;
                while (st.step()) ids.push_back(st.getInt(0));
                if (ids.empty())
                    return RowError{T_f("there is no account named '{0}'; import the accounts first, or use an account id", {v}),
                                    f->apiName};
                if (ids.size() > 1)
                    return RowError{T_f("{0} accounts are named '{1}'; use the account's id instead", {std::to_string(ids.size()), v}),
                                    f->apiName};
                args[f->arg] = ids.front();
                break;
            }
        }
    }
    return std::nullopt;
}

// The API name of the field a create command's refusal points at ("" when none).
std::string apiNameOfArg(Object object, const std::string& arg) {
    if (arg.empty()) return {};
    if (arg == "ownerUserId" || arg == "ownerQueueId" || arg == "ownerId" || arg == "ownerType") return "OwnerId";
    for (const auto& f : data_import::fields(object))
        if (f.arg == arg) return f.apiName;
    return {};
}

const char* createCommand(Object o) {
    switch (o) {
        case Object::Lead: return "CreateLead";
        case Object::Account: return "CreateAccount";
        case Object::Contact: return "CreateContact";
    }
    return "";
}

// "row 4, column Email: ..." (the first failure in the command's message).
std::string rowError(int row, const std::string& field, const std::string& message) {
    return field.empty() ? T_f("row {0}: {1}", {std::to_string(row), message})
                         : T_f("row {0}, column {1}: {2}", {std::to_string(row), field, message});
}

CommandResult importRecords(CommandContext& ctx, const ImportRecords& cmd) {
    auto& db = ctx.db();
    auto object = data_import::objectFrom(cmd.object);
    if (!object) return CommandResult::refuse(T_f("'{0}' cannot be imported; use Lead, Account or Contact", {cmd.object}), "object");
    const std::vector<json>& rows = cmd.rows;
    if (rows.empty()) return CommandResult::refuse(T_f("there are no rows to import"), "rows");
    std::vector<int> rowNumbers;
    if (cmd.rowNumbers) {
        if (cmd.rowNumbers->size() != rows.size())
            return CommandResult::refuse(T_f("give one spreadsheet row number for each row"), "rowNumbers");
        rowNumbers = *cmd.rowNumbers;
    } else {
        for (std::size_t i = 0; i < rows.size(); ++i) rowNumbers.push_back(static_cast<int>(i) + 2);
    }
    const CommandInfo* create = commandRegistry().find(createCommand(*object));
    if (!create) return CommandResult::refuse(T_f("this build cannot run {0} yet", {createCommand(*object)}));
    // The same check as Sandbox::execute makes for a setup command, here for the create command each row runs.
    if (create->setup)
        if (auto refused = refuseUnlessAdmin(db, ctx.actor())) return *refused;
    const Importer importer{ctx.actor(), userVisibilityCondition(db, ctx.actor(), 1)};

    json results = json::array();
    int succeeded = 0, failed = 0;
    std::string firstFailure;
    if (*object == Object::Lead) {
        // Leads go in one pass: every row is validated exactly as CreateLead validates it, the valid
        // ones are inserted through one statement with one share recalculation (and routed when asked).
        struct Pending {
            std::string message, field;
            bool converted = false;
        };
        std::vector<Pending> pending(rows.size());
        std::vector<leads::NewLeadInput> createRows;
        std::vector<std::size_t> createIndex;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const json& row = rows[i];
            if (!row.is_object()) {
                pending[i].message = T_f("a row is an object of field names and text values");
                continue;
            }
            json createArgs = json::object();
            if (auto e = convertRow(db, importer, *object, row, createArgs)) {
                pending[i].message = e->message;
                pending[i].field = e->field;
                continue;
            }
            leads::NewLeadInput lead;
            if (auto e = fields::readStruct(createArgs, "$", lead, fields::ReadOptions{})) {
                pending[i].message = e->text();
                pending[i].field = apiNameOfArg(*object, e->field());
                continue;
            }
            pending[i].converted = true;
            createRows.push_back(std::move(lead));
            createIndex.push_back(i);
        }
        auto bulk = leads::createLeadsBulk(ctx, createRows, cmd.useAssignmentRules);
        if (!bulk.failure.ok) return bulk.failure;
        std::vector<const leads::BulkLeadRow*> byRow(rows.size(), nullptr);
        for (std::size_t k = 0; k < createIndex.size(); ++k) byRow[createIndex[k]] = &bulk.rows[k];
        for (std::size_t i = 0; i < rows.size(); ++i) {
            std::string message = pending[i].message, field = pending[i].field;
            if (pending[i].converted && byRow[i]) {
                if (byRow[i]->ok) {
                    ++succeeded;
                    results.push_back({{"ok", true}, {"id", byRow[i]->id}});
                    continue;
                }
                message = byRow[i]->refusal.message;
                field = apiNameOfArg(*object, byRow[i]->refusal.field);
            }
            ++failed;
            results.push_back({{"ok", false}, {"message", message}, {"field", field}});
            if (firstFailure.empty())
                firstFailure = rowError(rowNumbers[i], field, message);
        }
    }
    for (std::size_t i = 0; *object != Object::Lead && i < rows.size(); ++i) {
        const json& row = rows[i];
        const std::string rowText = T_f("row {0}", {std::to_string(rowNumbers[i])});
        auto fail = [&](const std::string& message, const std::string& field) {
            ++failed;
            results.push_back({{"ok", false}, {"message", message}, {"field", field}});
            if (firstFailure.empty()) firstFailure = rowError(rowNumbers[i], field, message);
        };
        if (!row.is_object()) {
            fail(T_f("a row is an object of field names and text values"), "");
            continue;
        }
        json createArgs = json::object();
        createArgs["cmd"] = createCommand(*object);
        if (auto e = convertRow(db, importer, *object, row, createArgs)) {
            fail(e->message, e->field);
            continue;
        }
        if (auto st = db.exec("SAVEPOINT import_row"); !st) return ctx.dbError(T_f("starting {0}", {rowText}));
        CommandResult r;
        try {
            r = create->handler(ctx, createArgs);
        } catch (const std::exception& e) {
            r = CommandResult::refuse(T_f("could not be created ({0})", {e.what()}));
        }
        if (!r.ok) {
            if (auto st = db.exec("ROLLBACK TO import_row; RELEASE import_row"); !st) return ctx.dbError(T_f("undoing {0}", {rowText}));
            fail(r.message, apiNameOfArg(*object, r.field));
            continue;
        }
        if (auto st = db.exec("RELEASE import_row"); !st) return ctx.dbError(T_f("saving {0}", {rowText}));
        Id id = 0;
        for (const char* key : {"leadId", "accountId", "contactId", "firstLeadId"})
            if (auto it = r.data.find(key); it != r.data.end() && it->is_number_integer()) {
                id = it->get<Id>();
                break;
            }
        ++succeeded;
        results.push_back({{"ok", true}, {"id", id}});
    }

    const bool dryRun = cmd.dryRun;
    const bool refuseAll = cmd.allOrNone && failed > 0;
    const bool applied = !dryRun && !refuseAll && succeeded > 0;
    json data = {{"results", std::move(results)}, {"succeeded", succeeded}, {"failed", failed}, {"applied", applied},
                 {"dryRun", dryRun}};
    const std::string n = std::to_string(succeeded);
    std::string summary;
    switch (*object) {
        case Object::Lead:
            summary = dryRun ? TN_f(TN_("{0} lead would be imported", "{0} leads would be imported"), succeeded, {n})
                             : TN_f(TN_("{0} lead imported", "{0} leads imported"), succeeded, {n});
            break;
        case Object::Account:
            summary = dryRun ? TN_f(TN_("{0} account would be imported", "{0} accounts would be imported"), succeeded, {n})
                             : TN_f(TN_("{0} account imported", "{0} accounts imported"), succeeded, {n});
            break;
        case Object::Contact:
            summary = dryRun ? TN_f(TN_("{0} contact would be imported", "{0} contacts would be imported"), succeeded, {n})
                             : TN_f(TN_("{0} contact imported", "{0} contacts imported"), succeeded, {n});
            break;
    }
    if (failed)
        summary = TN_f(TN_("{0}, {1} row failed (first: {2})", "{0}, {1} rows failed (first: {2})"), failed,
                       {summary, std::to_string(failed), firstFailure});
    if (dryRun) return CommandResult{false, T_f("preview only, nothing was written: {0}", {summary}), "", std::move(data)};
    if (refuseAll)
        return CommandResult{false,
                             T_f("nothing was imported: {0} of {1} rows failed and all-or-none was chosen (first: {2})",
                                 {std::to_string(failed), std::to_string(succeeded + failed), firstFailure}),
                             "rows", std::move(data)};
    if (succeeded == 0)
        return CommandResult{false, T_f("nothing was imported: every row failed (first: {0})", {firstFailure}), "rows",
                             std::move(data)};
    return CommandResult::success(summary, std::move(data));
}

}  // namespace

void registerCommands(CommandRegistry& r) {
    r.add("ImportRecords", CommandKind::User, importRecords,
          "Imports leads, accounts or contacts from spreadsheet rows in one go, each row checked as its form checks it.");
}

}  // namespace prm::app::data

namespace prm::app {
void registerImportCommands(CommandRegistry& r) { data::registerCommands(r); }
}  // namespace prm::app
