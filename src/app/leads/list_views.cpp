// Lead list views: CreateListView, UpdateListView, DeleteListView, the read model and the SQL filter.
#include "app/leads/list_views.h"

#include <cctype>

#include "app/sharing.h"

namespace prm::app::leads {
namespace {

const char* kSection = "List Views";

std::string trim(const std::string& s) {
    size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

// The built-in views of the lead list: a view of your own may not take their names.
bool builtinName(const std::string& name) {
    const std::string f = domain::foldCase(name);
    return f == "all leads" || f == "my leads" || f == "my unread leads" || f == "recently viewed leads";
}

std::optional<CommandResult> checkName(store::Db& db, Id owner, const std::string& name, Id exceptView) {
    if (name.empty()) return CommandResult::refuse(T_f("$.name: give the view a name, such as \"Finnish leads\""), "name");
    if (name.size() > kMaxListViewNameLength)
        return CommandResult::refuse(T_f("$.name: a view name has at most {0} characters; this one has {1}",
                                         {std::to_string(kMaxListViewNameLength), std::to_string(name.size())}),
                                     "name");
    if (builtinName(name))
        return CommandResult::refuse(T_f("$.name: \"{0}\" is the name of a built-in view; choose another name", {name}), "name");
    auto s = db.prepare("SELECT 1 FROM lead_list_views WHERE owner_user_id = ? AND name = ? COLLATE NOCASE AND id <> ?");
    s.bind(1, owner).bind(2, name).bind(3, exceptView);
    if (s.step()) return CommandResult::refuse(T_f("$.name: you already have a view named \"{0}\"; choose another name", {name}), "name");
    return std::nullopt;
}

std::optional<CommandResult> checkFilters(const std::vector<ListViewFilter>& filters) {
    if (filters.size() > static_cast<size_t>(kMaxListViewFilters))
        return CommandResult::refuse(T_f("$.filters: a view has at most {0} filters; this one has {1}",
                                         {std::to_string(kMaxListViewFilters), std::to_string(filters.size())}),
                                     "filters");
    for (size_t i = 0; i < filters.size(); ++i) {
        const auto& f = filters[i];
        const std::string what = "filter";
        auto c = domain::compileCriterion({f.field, domain::toString(f.op), f.value.text}, what);
        if (!c) {
            std::string msg = c.message();
            if (msg.rfind(what + ": ", 0) == 0) msg = msg.substr(what.size() + 2);
            const std::string path = "$.filters[" + std::to_string(i) + "]" + (c.error().field.empty() ? "" : "." + c.error().field);
            return CommandResult::refuse(path + ": " + msg, "filters");
        }
    }
    return std::nullopt;
}

std::optional<CommandResult> checkLogic(const std::string& logic, size_t filterCount) {
    if (trim(logic).empty()) return std::nullopt;
    if (filterCount == 0) return CommandResult::refuse(T_f("$.filterLogic: there are no filters to combine; leave the logic blank"), "filterLogic");
    auto l = domain::Logic::parse(logic, static_cast<int>(filterCount));
    if (!l) return CommandResult::refuse("$.filterLogic: " + l.message(), "filterLogic");
    return std::nullopt;
}

domain::Status writeFilters(store::Db& db, Id viewId, const std::vector<ListViewFilter>& filters) {
    auto del = db.prepare("DELETE FROM lead_list_view_filters WHERE view_id = ?");
    del.bind(1, viewId);
    if (auto st = del.run(); !st) return st;
    auto ins = db.prepare("INSERT INTO lead_list_view_filters(view_id, idx, field, op, value) VALUES (?, ?, ?, ?, ?)");
    for (size_t i = 0; i < filters.size(); ++i) {
        const auto& f = filters[i];
        const int fi = domain::leadFieldIndex(f.field);
        ins.bind(1, viewId).bind(2, static_cast<std::int64_t>(i + 1)).bind(3, std::string(domain::leadFields()[static_cast<size_t>(fi)].apiName))
            .bind(4, domain::toString(f.op)).bind(5, f.value.text);
        if (auto st = ins.run(); !st) return st;
        ins.reset();
    }
    return domain::okStatus();
}

std::string describeFilters(const std::vector<ListViewFilter>& filters, const std::string& logic) {
    std::string out;
    for (size_t i = 0; i < filters.size(); ++i)
        out += (out.empty() ? "" : "; ") + std::to_string(i + 1) + ". " + filters[i].field + " " + domain::toString(filters[i].op) +
               " '" + filters[i].value.text + "'";
    if (!trim(logic).empty()) out += " (" + trim(logic) + ")";
    return out.empty() ? "no filters" : out;
}

CommandResult noSuchView(Id id) {
    return CommandResult::refuse(T_f("$.viewId: you have no list view with id {0}; pick one of your own views from the View list",
                                     {std::to_string(id)}),
                                 "viewId");
}

CommandResult createListView(CommandContext& ctx, const CreateListView& cmd) {
    auto& db = ctx.db();
    const std::string name = trim(cmd.name);
    const std::string logic = trim(cmd.filterLogic.value_or(""));
    if (auto r = checkName(db, ctx.actor(), name, 0)) return *r;
    if (auto r = checkFilters(cmd.filters)) return *r;
    if (auto r = checkLogic(logic, cmd.filters.size())) return *r;
    auto ins = db.prepare("INSERT INTO lead_list_views(owner_user_id, name, filter_logic, created_at, modified_at) VALUES (?, ?, ?, ?, ?)");
    ins.bind(1, ctx.actor()).bind(2, name).bind(3, logic).bind(4, ctx.now()).bind(5, ctx.now());
    if (!ins.run()) return ctx.dbError(T_f("saving the list view"));
    const Id id = db.lastInsertId();
    if (!writeFilters(db, id, cmd.filters)) return ctx.dbError(T_f("saving the list view's filters"));
    ctx.audit(kSection, "Created lead list view " + name, "", describeFilters(cmd.filters, logic));
    return CommandResult::success(T_f("List view \"{0}\" created", {name}), {{"viewId", id}});
}

CommandResult updateListView(CommandContext& ctx, const UpdateListView& cmd) {
    auto& db = ctx.db();
    auto view = listViewOf(db, ctx.actor(), cmd.viewId);
    if (!view) return noSuchView(cmd.viewId);
    if (!cmd.name && !cmd.filters && !cmd.filterLogic.present)
        return CommandResult::refuse(T_f("give at least one of name, filters and filterLogic to change"), "");
    const std::string name = cmd.name ? trim(*cmd.name) : view->name;
    if (cmd.name)
        if (auto r = checkName(db, ctx.actor(), name, cmd.viewId)) return *r;
    std::vector<ListViewFilter> filters;
    if (cmd.filters) {
        filters = *cmd.filters;
        if (auto r = checkFilters(filters)) return *r;
    } else {
        for (const auto& f : view->filters) {
            ListViewFilter lf;
            lf.field = f.field;
            lf.op = domain::opFrom(f.op).value_or(domain::Op::Equals);
            lf.value.text = f.value;
            filters.push_back(lf);
        }
    }
    std::string logic = view->logic;
    if (cmd.filterLogic.present) logic = cmd.filterLogic.null ? std::string() : trim(cmd.filterLogic.value);
    if (auto r = checkLogic(logic, filters.size())) return *r;
    auto up = db.prepare("UPDATE lead_list_views SET name = ?, filter_logic = ?, modified_at = ? WHERE id = ?");
    up.bind(1, name).bind(2, logic).bind(3, ctx.now()).bind(4, cmd.viewId);
    if (!up.run()) return ctx.dbError(T_f("saving the list view"));
    if (cmd.filters && !writeFilters(db, cmd.viewId, filters)) return ctx.dbError(T_f("saving the list view's filters"));
    std::vector<ListViewFilter> old;
    for (const auto& f : view->filters) old.push_back({f.field, domain::opFrom(f.op).value_or(domain::Op::Equals), {f.value}});
    ctx.audit(kSection, "Changed lead list view " + name, view->name + ": " + describeFilters(old, view->logic),
              name + ": " + describeFilters(filters, logic));
    return CommandResult::success(T_f("List view \"{0}\" saved", {name}), {{"viewId", cmd.viewId}});
}

CommandResult deleteListView(CommandContext& ctx, const DeleteListView& cmd) {
    auto& db = ctx.db();
    auto view = listViewOf(db, ctx.actor(), cmd.viewId);
    if (!view) return noSuchView(cmd.viewId);
    auto del = db.prepare("DELETE FROM lead_list_views WHERE id = ? AND owner_user_id = ?");
    del.bind(1, cmd.viewId).bind(2, ctx.actor());
    if (!del.run()) return ctx.dbError(T_f("deleting the list view"));
    ctx.audit(kSection, "Deleted lead list view " + view->name);
    return CommandResult::success(T_f("List view \"{0}\" deleted", {view->name}), {{"viewId", cmd.viewId}});
}

}  // namespace

void registerListViewCommands(CommandRegistry& r) {
    r.add("CreateListView", CommandKind::User, createListView,
          "Saves a lead list view of your own: a name and up to 10 filters on lead fields, combined with AND or custom logic.");
    r.add("UpdateListView", CommandKind::User, updateListView,
          "Changes the name, filters or filter logic of one of your own lead list views.");
    r.add("DeleteListView", CommandKind::User, deleteListView, "Deletes one of your own lead list views.");
}

}  // namespace prm::app::leads

namespace prm::app {
namespace {

std::vector<ListViewInfo> readViews(store::Db& db, Id userId, std::optional<Id> onlyId) {
    std::vector<ListViewInfo> out;
    auto s = db.prepare(std::string("SELECT id, name, filter_logic FROM lead_list_views WHERE owner_user_id = ?1") +
                        (onlyId ? " AND id = ?2" : "") + " ORDER BY name COLLATE NOCASE, id");
    s.bind(1, userId);
    if (onlyId) s.bind(2, *onlyId);
    while (s.step()) out.push_back({s.getInt(0), s.getText(1), s.getText(2), {}});
    auto f = db.prepare("SELECT field, op, value FROM lead_list_view_filters WHERE view_id = ? ORDER BY idx");
    for (auto& v : out) {
        f.bind(1, v.id);
        while (f.step()) v.filters.push_back({f.getText(0), f.getText(1), f.getText(2)});
        f.reset();
    }
    return out;
}

// One compiled filter as SQL over leads aliased l; its values appended to `values` from ?next on.
std::string criterionSql(const domain::CompiledCriterion& c, int& next, std::vector<ListViewCondition::Value>& values) {
    using domain::Op;
    const std::string col = std::string("l.") + domain::leadFields()[static_cast<size_t>(c.field)].column;
    auto param = [&](bool number, const std::string& text, double num) {
        ListViewCondition::Value v;
        v.param = next++;
        v.number = number;
        v.text = text;
        v.num = num;
        values.push_back(v);
        return "?" + std::to_string(v.param);
    };
    auto list = [&](bool number) {
        std::string out;
        if (number)
            for (double n : c.numbers) out += (out.empty() ? "" : ", ") + param(true, {}, n);
        else
            for (const auto& a : c.folded) out += (out.empty() ? "" : ", ") + param(false, a, 0);
        return out;
    };
    auto cmp = [](Op op) {
        switch (op) {
            case Op::LessThan: return " < ";
            case Op::GreaterThan: return " > ";
            case Op::LessOrEqual: return " <= ";
            default: return " >= ";
        }
    };
    if (c.type == domain::FieldType::Number) {
        switch (c.op) {
            case Op::Equals: return col + " IN (" + list(true) + ")";
            case Op::NotEqual: return "(" + col + " IS NULL OR " + col + " NOT IN (" + list(true) + "))";
            default:
                if (c.numbers.empty()) return "0";
                return "(" + col + " IS NOT NULL AND " + col + cmp(c.op) + param(true, {}, c.numbers.front()) + ")";
        }
    }
    const std::string v = "prm_fold(" + col + ")";
    auto anyOf = [&](const std::string& pattern) {  // pattern with @ for the parameter
        std::string out;
        for (const auto& a : c.folded) {
            const std::string p = param(false, a, 0);
            std::string one = pattern;
            for (size_t at; (at = one.find('@')) != std::string::npos;) one.replace(at, 1, p);
            out += (out.empty() ? "" : " OR ") + one;
        }
        return out.empty() ? std::string("0") : "(" + out + ")";
    };
    switch (c.op) {
        case Op::Equals: return v + " IN (" + list(false) + ")";
        case Op::NotEqual: return v + " NOT IN (" + list(false) + ")";
        case Op::Contains: return anyOf("instr(" + v + ", @) > 0");
        case Op::NotContain: return "NOT " + anyOf("instr(" + v + ", @) > 0");
        case Op::StartsWith: return anyOf("substr(" + v + ", 1, length(@)) = @");
        default:
            if (c.folded.empty()) return "0";
            return v + cmp(c.op) + param(false, c.folded.front(), 0);
    }
}

// Custom logic ("1 AND (2 OR NOT 3)", validated by domain::Logic::parse) with each number replaced by its
// condition. Only fixed SQL words and the conditions reach the text.
std::string logicSql(const std::string& logic, const std::vector<std::string>& conds) {
    std::string out;
    for (size_t i = 0; i < logic.size();) {
        const char ch = logic[i];
        if (std::isspace(static_cast<unsigned char>(ch))) {
            ++i;
        } else if (ch == '(' || ch == ')') {
            out += ch;
            ++i;
        } else if (std::isdigit(static_cast<unsigned char>(ch))) {
            size_t j = i;
            while (j < logic.size() && std::isdigit(static_cast<unsigned char>(logic[j]))) ++j;
            const size_t n = std::stoul(logic.substr(i, std::min<size_t>(j - i, 6)));
            if (n < 1 || n > conds.size()) return "0";
            out += "(" + conds[n - 1] + ")";
            i = j;
        } else if (std::isalpha(static_cast<unsigned char>(ch))) {
            size_t j = i;
            while (j < logic.size() && std::isalpha(static_cast<unsigned char>(logic[j]))) ++j;
            const std::string w = domain::foldCase(logic.substr(i, j - i));
            if (w == "and") out += " AND ";
            else if (w == "or") out += " OR ";
            else if (w == "not") out += " NOT ";
            else return "0";
            i = j;
        } else {
            return "0";
        }
    }
    return out;
}

}  // namespace

std::vector<ListViewInfo> listViewsOf(store::Db& db, Id userId) { return readViews(db, userId, std::nullopt); }

std::optional<ListViewInfo> listViewOf(store::Db& db, Id userId, Id viewId) {
    auto v = readViews(db, userId, viewId);
    if (v.empty()) return std::nullopt;
    return v.front();
}

void ListViewCondition::bind(store::Statement& s) const {
    for (const auto& v : values) {
        if (v.number) s.bind(v.param, v.num);
        else s.bind(v.param, v.text);
    }
}

ListViewCondition listViewCondition(store::Db& db, Id viewer, Id viewId, int firstParam) {
    ListViewCondition out;
    auto view = listViewOf(db, viewer, viewId);
    if (!view) {
        out.sql = "0";
        return out;
    }
    int next = firstParam;
    std::vector<std::string> conds;
    for (const auto& f : view->filters) {
        auto c = domain::compileCriterion({f.field, f.op, f.value});
        if (!c) {  // saved views were validated; a damaged one shows nothing rather than everything
            out.sql = "0";
            out.values.clear();
            return out;
        }
        conds.push_back(criterionSql(c.value(), next, out.values));
    }
    if (conds.empty()) return out;
    if (view->logic.empty() || domain::foldCase(view->logic) == "and" || domain::foldCase(view->logic) == "or") {
        const std::string joiner = domain::foldCase(view->logic) == "or" ? " OR " : " AND ";
        std::string s;
        for (const auto& c : conds) s += (s.empty() ? "" : joiner) + "(" + c + ")";
        out.sql = s;
    } else {
        out.sql = logicSql(view->logic, conds);
    }
    return out;
}

}  // namespace prm::app
