#pragma once
// Lists as CSV files, only what the given user may see (docs/DATA.md):
//   Lead     leads passing sharing::leadVisibilityCondition (share table, org-wide default, admin)
//   Account  administrators and internal users under a public org-wide default: all; a Private
//            default: accounts owned by the user or by users below them in the role hierarchy;
//            partner users: their own account
//   Contact  as accounts (contact org-wide default); partner users: their account's contacts
//   User     internal users: all; partner users: the users of their own account
// Headers are API names, so an export imports again (Id and CreatedDate are ignored on import).
#include <optional>
#include <string>
#include <vector>

#include "domain/result.h"
#include "domain/types.h"
#include "store/db.h"

namespace prm::app::data_export {

using domain::Id;

struct Options {
    std::optional<std::vector<Id>> onlyIds;  // the rows of the list on screen (after its filter); all when empty
    bool utf8Bom = true;                     // spreadsheet programs then read ä and ö as UTF-8
    bool neutraliseFormulas = true;          // text beginning with = + - @ tab CR gets a leading ' (csv::neutralise)
};

struct CsvFile {
    std::string filename;  // "leads.csv"
    std::string content;
    int rows = 0;
};

// object: Lead, Account, Contact or User (singular or plural, any case). Errors: unknown object,
// unknown or inactive user.
domain::Result<CsvFile> exportList(store::Db& db, const std::string& object, Id asUser, const Options& opts = {});

}  // namespace prm::app::data_export
