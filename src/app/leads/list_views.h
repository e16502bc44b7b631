#pragma once
// Lead list views ("Create New View"): a user's own named filters over the lead list, saved in the org
// (lead_list_views, lead_list_view_filters) and seen, changed and deleted by their owner only. A view has
// up to kMaxListViewFilters filters (lead field, operator, value) combined with AND, or with custom logic
// such as "1 AND (2 OR 3)". The columns of the list stay as they are.
//
// The filter is applied in SQL (listViewCondition): field names come from domain::leadFields() (a
// whitelist), values are bound parameters, and the condition is always combined with the share model's
// leadVisibilityCondition, so a view never shows a lead its owner cannot see.
#include <optional>
#include <string>
#include <vector>

#include "app/command_fields.h"
#include "app/domain_enums.h"
#include "app/sandbox.h"
#include "domain/rules.h"
#include "store/db.h"

namespace prm::app::leads {

constexpr int kMaxListViewFilters = 10;
constexpr std::size_t kMaxListViewNameLength = 40;

struct ListViewFilter {
    std::string field;                    // a lead field's API name ("Country", "AnnualRevenue")
    domain::Op op = domain::Op::Equals;   // equals, notEqual, contains, notContain, startsWith, lessThan, ...
    fields::TextOrNumber value;           // "Finland, Sweden" means any of them (none of them for notEqual)
};
PRM_FIELDS(ListViewFilter, field, op, value)

struct CreateListView {
    std::string name;                         // unique among your own views, at most 40 characters
    std::vector<ListViewFilter> filters;      // none: every lead you can see
    std::optional<std::string> filterLogic;   // "1 AND (2 OR 3)"; blank = all filters (AND)
};
PRM_FIELDS(CreateListView, name, filters, filterLogic)

// Only the fields given change; null filterLogic goes back to AND.
struct UpdateListView {
    Id viewId = 0;
    std::optional<std::string> name;
    std::optional<std::vector<ListViewFilter>> filters;
    fields::Patch<std::string> filterLogic;
};
PRM_FIELDS(UpdateListView, viewId, name, filters, filterLogic)

struct DeleteListView {
    Id viewId = 0;
};
PRM_FIELDS(DeleteListView, viewId)

void registerListViewCommands(CommandRegistry& r);

}  // namespace prm::app::leads

namespace prm::app {

// ---- Read model ---------------------------------------------------------------------------------
struct ListViewInfo {
    Id id = 0;
    std::string name;
    std::string logic;  // "" = AND
    struct Filter {
        std::string field;  // API name
        std::string op;     // "equals"
        std::string value;
    };
    std::vector<Filter> filters;
};
// The user's own views, by name.
std::vector<ListViewInfo> listViewsOf(store::Db& db, Id userId);
// One of the user's own views; nullopt when it does not exist or belongs to someone else.
std::optional<ListViewInfo> listViewOf(store::Db& db, Id userId, Id viewId);

// The view's filter as an SQL condition over leads aliased `l`, its values numbered from ?firstParam on.
struct ListViewCondition {
    std::string sql = "1";
    struct Value {
        int param = 0;
        bool number = false;
        std::string text;
        double num = 0;
    };
    std::vector<Value> values;
    void bind(store::Statement& s) const;
};
// The condition of the viewer's view; "0" (no lead) when the view is not theirs or no longer exists.
ListViewCondition listViewCondition(store::Db& db, Id viewer, Id viewId, int firstParam);

}  // namespace prm::app
