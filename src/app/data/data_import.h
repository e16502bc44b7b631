#pragma once
// Data Loader style CSV import of leads, accounts and contacts (docs/DATA.md).
//
// The flow the UI (and the `prm` CLI) follows; nothing is written before run():
//   1. load(object, bytes)      parse the CSV (RFC 4180, UTF-8 with or without BOM) and auto-map
//                               each header column to a field by API name, label or alias
//   2. setColumn(plan, c, f)    change the mapping by hand ("" ignores the column);
//      mappingProblems(plan)    what must be fixed before importing (unknown, duplicate, missing required)
//   3. preview(sb, plan, opts)  a dry run through the real commands: per-row result, rolled back
//   4. run(sb, plan, opts)      the import: ONE command (ImportRecords), ONE transaction; rows the
//                               commands refuse are reported, the others are created (or, with
//                               allOrNone, nothing is created when any row fails)
//   5. errorCsv / successCsv    Data Loader's result files: the original columns + ERROR / ID
// Messages name the row (the header is row 1, as in a spreadsheet) and the column:
//   "row 17, column Email: 'bob@' is not an e-mail address; enter one like name@example.com".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/data/csv.h"
#include "app/sandbox.h"
#include "domain/result.h"

namespace prm::app::data_import {

enum class Object { Lead, Account, Contact };
const char* toString(Object o);
// "Lead", "leads", "Account", "Contact" (case-insensitive, singular or plural).
std::optional<Object> objectFrom(const std::string& s);

enum class FieldKind { Text, Number, WholeNumber, UserRef, AccountRef };

// A field a CSV column can fill.
struct FieldInfo {
    std::string apiName;               // "AnnualRevenue": the Data Loader header name
    std::string label;                 // "Annual Revenue"
    std::string arg;                   // argument of the create command: "annualRevenue"
    FieldKind kind = FieldKind::Text;
    bool required = false;
    std::vector<std::string> aliases;  // other headers that auto-map to it: "BillingCity", "Owner.Username"
};
const std::vector<FieldInfo>& fields(Object o);
// The field with that API name, label or alias (case-insensitive), or nullptr.
const FieldInfo* findField(Object o, const std::string& name);

struct ColumnMap {
    std::string field;    // API name; "" = not mapped
    bool ignore = false;  // the user chose to skip this column
};

struct Plan {
    Object object = Object::Lead;
    csv::Table table;
    std::vector<ColumnMap> columns;  // one per header column
};

// Parses and auto-maps. Errors: the file itself (size, encoding, quotes, empty, no data rows).
domain::Result<Plan> load(Object object, std::string_view bytes);
// Maps column (0-based) to a field by API name; "" ignores the column. Errors: no such column / field.
domain::Status setColumn(Plan& plan, int column, const std::string& field);
// Everything that stops the import, each naming the column: empty when ready.
std::vector<std::string> mappingProblems(const Plan& plan);

struct Options {
    bool useAssignmentRules = false;  // leads: route through the active assignment rule
    bool allOrNone = false;           // any failed row: nothing is created
};

struct RowResult {
    int row = 0;          // spreadsheet row (header = 1)
    bool ok = false;
    domain::Id id = 0;    // the created record
    std::string error;    // "row 4, column Email: ..." (empty when ok)
    std::string column;   // the CSV column the error is about ("" when the whole row)
};

struct Outcome {
    bool applied = false;  // something was written (false for a preview, or allOrNone with failures)
    int succeeded = 0;
    int failed = 0;
    std::vector<RowResult> rows;  // one per data row, in file order
    std::string message;          // "12 leads imported, 2 rows failed (see the error file)"
};

// The ImportRecords command for the plan (field names → text values, rows in file order).
json command(const Plan& plan, const Options& opts, bool dryRun);
// A dry run: every row through the real create command, then rolled back. The org is unchanged.
domain::Result<Outcome> preview(Sandbox& sb, const Plan& plan, const Options& opts = {});
// The import. Errors (nothing written): mapping problems, or the whole command refused.
domain::Result<Outcome> run(Sandbox& sb, const Plan& plan, const Options& opts = {});

// The rejected rows: the original header + "ERROR", each failed row with its reason.
std::string errorCsv(const Plan& plan, const Outcome& outcome);
// The created rows: "ID" + the original header + "STATUS".
std::string successCsv(const Plan& plan, const Outcome& outcome);

// Up to `limit` data rows as (API name, value) pairs after mapping, for a preview table.
std::vector<std::vector<std::pair<std::string, std::string>>> mappedRows(const Plan& plan, int limit = 20);

}  // namespace prm::app::data_import
