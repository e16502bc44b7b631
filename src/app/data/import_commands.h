#pragma once
// ImportRecords: the typed struct read from JSON (see app/command_fields.h). The handler is in
// import_commands.cpp, which says how an import runs.
#include <optional>
#include <string>
#include <vector>

#include "app/sandbox.h"

namespace prm::app::data {

struct ImportRecords {
    std::string object;                           // Lead, Account or Contact (any case, singular or plural)
    std::vector<json> rows;                       // {"API name": "text", ...} each, as in a CSV file; a row may be anything,
                                                  // and one that is not such an object fails on its own
    std::optional<std::vector<int>> rowNumbers;   // the spreadsheet row of each entry, for messages; default 2, 3, ...
    bool useAssignmentRules = false;              // leads: route through the active assignment rule
    bool allOrNone = false;                       // any refused row refuses the whole import
    bool dryRun = false;                          // run every row, report, and roll everything back
};
PRM_FIELDS(ImportRecords, object, rows, rowNumbers, useAssignmentRules, allOrNone, dryRun)

void registerCommands(CommandRegistry& r);

}  // namespace prm::app::data
