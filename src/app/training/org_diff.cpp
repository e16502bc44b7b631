#include "app/training/org_diff.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/messages.h"
#include "app/training/training.h"
#include "store/schema.h"

namespace prm::app {
namespace {

struct ObjectSpec {
    const char* table;
    const char* object;
    const char* label;  // SQL expression over the row ("" = "#" || key)
};
const std::vector<ObjectSpec>& objectSpecs() {
    static const std::vector<ObjectSpec> o = {
        {"profiles", T_("Profiles"), "name"},
        {"roles", T_("Roles"), "name"},
        {"users", T_("Users"), "trim(first_name || ' ' || last_name)"},
        {"accounts", T_("Accounts"), "name"},
        {"contacts", T_("Contacts"), "trim(first_name || ' ' || last_name)"},
        {"communities", T_("Communities"), "name"},
        {"community_profiles", T_("Community member profiles"),
         "(SELECT name FROM communities WHERE id = community_id) || ': ' || (SELECT name FROM profiles WHERE id = profile_id)"},
        {"public_groups", T_("Public groups"), "name"},
        {"public_group_members", T_("Public group members"), "(SELECT name FROM public_groups WHERE id = group_id) || ' #' || id"},
        {"folders", T_("Folders"), "name"},
        {"sharing_rules", T_("Sharing rules"), "name"},
        {"queues", T_("Queues"), "name"},
        {"queue_members", T_("Queue members"), "(SELECT name FROM queues WHERE id = queue_id) || ' #' || id"},
        {"email_templates", T_("E-mail templates"), "name"},
        {"leads", T_("Leads"), "number || ' (' || company || ')'"},
        {"opportunities", T_("Opportunities"), "name"},
        {"activities", T_("Activities"), "subject"},
        {"assignment_rules", T_("Lead assignment rules"), "name"},
        {"assignment_rule_entries", T_("Assignment rule entries"),
         "(SELECT name FROM assignment_rules WHERE id = rule_id) || ', entry ' || sort_order"},
        {"assignment_rule_criteria", T_("Assignment rule criteria"), "'entry #' || entry_id || ', criterion ' || idx"},
        {"round_robins", T_("Round robins"), "name"},
        {"round_robin_members", T_("Round robin members"), "(SELECT name FROM round_robins WHERE id = round_robin_id) || ' #' || id"},
        {"lead_manual_shares", T_("Manual lead shares"), "'lead #' || lead_id || ' to user #' || user_id"},
        // Channel programs and tiers (issue #20)
        {"channel_programs", T_("Channel programs"), "name"},
        {"channel_program_levels", T_("Channel program levels"),
         "(SELECT name FROM channel_programs WHERE id = program_id) || ': ' || name"},
        {"channel_program_members", T_("Channel program members"),
         "(SELECT name FROM channel_programs WHERE id = program_id) || ': ' || (SELECT name FROM accounts WHERE id = account_id)"},
        {"outbox", T_("E-mails (Outbox)"), "kind || ': ' || subject"},
    };
    return o;
}

// Columns whose values say nothing to a trainee (or must not be shown).
bool hiddenColumn(const std::string& c) { return c == "modified_at" || c == "assignment_trace" || c == "password_hash"; }

std::string pretty(const std::string& column) {
    std::string s = column;
    std::replace(s.begin(), s.end(), '_', ' ');
    return s;
}

// A column's value as a person reads it: the referenced record's name, Off/On, a time, text.
class Resolver {
public:
    Resolver(store::Db& before, store::Db& after) : m_before(before), m_after(after) {}

    DiffValue value(const std::string& table, const std::string& column, const std::string& quoted) {
        DiffValue v;
        if (quoted == "NULL" || quoted.empty()) return v;
        if (quoted.size() >= 2 && quoted.front() == '\'') {
            v.kind = DiffValue::Kind::Text;
            for (size_t i = 1; i + 1 < quoted.size(); ++i) {
                v.text += quoted[i];
                if (quoted[i] == '\'' && quoted[i + 1] == '\'') ++i;
            }
            return v;
        }
        if (isFlag(column) && (quoted == "0" || quoted == "1")) {
            v.kind = DiffValue::Kind::Flag;
            v.on = quoted == "1";
            return v;
        }
        if (column.size() > 3 && column.compare(column.size() - 3, 3, "_at") == 0) {
            v.kind = DiffValue::Kind::Time;
            v.text = quoted;
            return v;
        }
        const std::string target = referencedTable(table, column);
        if (!target.empty() && quoted.find_first_not_of("0123456789") == std::string::npos) {
            v.kind = DiffValue::Kind::Record;
            v.text = nameOf(target, std::stoll(quoted));
            return v;
        }
        v.kind = DiffValue::Kind::Number;
        v.text = quoted;
        return v;
    }

private:
    static bool isFlag(const std::string& c) {
        static const std::set<std::string> flags = {"prm_enabled", "grant_access_using_hierarchies", "must_change_password",
                                                    "send_email_to_members", "do_not_reassign"};
        return c.rfind("is_", 0) == 0 || flags.count(c) > 0;
    }
    std::string referencedTable(const std::string& table, const std::string& column) {
        auto [it, fresh] = m_refs.try_emplace(table);
        if (fresh) {
            auto st = m_after.prepare("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)");
            st.bind(1, table);
            while (st.step()) it->second[st.getText(0)] = st.getText(1);
        }
        auto c = it->second.find(column);
        return c == it->second.end() ? std::string() : c->second;
    }
    // The record's name now, or in the copy when it was removed since.
    std::string nameOf(const std::string& table, std::int64_t id) {
        std::string label;
        for (const auto& spec : objectSpecs())
            if (table == spec.table) label = spec.label;
        if (label.empty()) return "#" + std::to_string(id);
        for (store::Db* db : {&m_after, &m_before}) {
            auto st = db->prepare("SELECT coalesce(" + label + ", '?') FROM " + table + " WHERE id = ?");
            st.bind(1, id);
            if (st.step()) return st.getText(0);
        }
        return "#" + std::to_string(id);
    }
    store::Db& m_before;
    store::Db& m_after;
    std::map<std::string, std::map<std::string, std::string>> m_refs;
};

// Columns that together say one thing (a lead's owner is a user or a queue): shown as one field.
struct EitherColumns {
    const char* table;
    const char* key;
    std::vector<std::string> columns;
};
const std::vector<EitherColumns>& eitherColumns() {
    static const std::vector<EitherColumns> e = {
        {"leads", "owner", {"owner_user_id", "owner_queue_id"}},
        {"assignment_rule_entries", "target", {"target_user_id", "target_queue_id", "target_round_robin_id"}},
        {"round_robin_members", "member", {"user_id", "queue_id"}},
    };
    return e;
}

struct TableShape {
    std::vector<std::string> columns;
    std::vector<std::string> keys;  // primary key columns, in order
};
TableShape shapeOf(store::Db& db, const std::string& table) {
    TableShape t;
    std::vector<std::pair<int, std::string>> pk;
    auto st = db.prepare("SELECT name, pk FROM pragma_table_info(?) ORDER BY cid");
    st.bind(1, table);
    while (st.step()) {
        t.columns.push_back(st.getText(0));
        if (st.getInt(1) > 0) pk.emplace_back(static_cast<int>(st.getInt(1)), st.getText(0));
    }
    std::sort(pk.begin(), pk.end());
    for (const auto& [i, name] : pk) t.keys.push_back(name);
    return t;
}

struct Row {
    std::vector<std::int64_t> key;
    std::string label;
    std::vector<std::string> values;
};

// Streams a table's rows in key order.
class Cursor {
public:
    Cursor(store::Db& db, const std::string& table, const TableShape& shape, const std::string& label) {
        std::string sql = "SELECT ";
        for (const auto& k : shape.keys) sql += k + ", ";
        sql += (label.empty() ? "'#' || " + shape.keys.front() : "coalesce(" + label + ", '?')");
        for (const auto& c : shape.columns) sql += ", quote(" + c + ")";
        sql += " FROM " + table + " ORDER BY ";
        for (size_t i = 0; i < shape.keys.size(); ++i) sql += (i ? ", " : "") + shape.keys[i];
        m_st = db.prepare(sql);
        m_keys = shape.keys.size();
        m_cols = shape.columns.size();
        advance();
    }
    bool done() const { return m_done; }
    const Row& row() const { return m_row; }
    void advance() {
        if (!m_st.step()) {
            m_done = true;
            return;
        }
        m_row.key.clear();
        for (size_t i = 0; i < m_keys; ++i) m_row.key.push_back(m_st.getInt(static_cast<int>(i)));
        m_row.label = m_st.getText(static_cast<int>(m_keys));
        m_row.values.resize(m_cols);
        for (size_t i = 0; i < m_cols; ++i) m_row.values[i] = m_st.getText(static_cast<int>(m_keys + 1 + i));
    }

private:
    store::Statement m_st;
    size_t m_keys = 0, m_cols = 0;
    bool m_done = false;
    Row m_row;
};

bool tableExists(store::Db& db, const std::string& t) {
    auto st = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    st.bind(1, t);
    return st.step();
}

RecordChange changeOf(const std::string& table, const TableShape& shape, const Row& a, const Row& b, Resolver& names) {
    RecordChange rc{b.label, {}, b.key.empty() ? 0 : b.key.front()};
    const EitherColumns* either = nullptr;
    for (const auto& e : eitherColumns())
        if (table == e.table) either = &e;
    bool eitherDone = false;
    for (size_t i = 0; i < shape.columns.size(); ++i) {
        const std::string& column = shape.columns[i];
        if (a.values[i] == b.values[i]) continue;
        if (hiddenColumn(column)) {
            if (column == "password_hash") {
                FieldChange f{"password", "(set)", "(changed)", table, "password", {}, {}};
                f.from = {DiffValue::Kind::Text, "(set)", false};
                f.to = {DiffValue::Kind::Text, "(changed)", false};
                rc.fields.push_back(std::move(f));
            }
            continue;
        }
        if (either && std::find(either->columns.begin(), either->columns.end(), column) != either->columns.end()) {
            if (eitherDone) continue;
            eitherDone = true;
            // The side that is set, before and after.
            FieldChange f{pretty(either->key), "NULL", "NULL", table, either->key, {}, {}};
            for (size_t j = 0; j < shape.columns.size(); ++j) {
                const auto& c = shape.columns[j];
                if (std::find(either->columns.begin(), either->columns.end(), c) == either->columns.end()) continue;
                if (a.values[j] != "NULL") {
                    f.before = a.values[j];
                    f.from = names.value(table, c, a.values[j]);
                }
                if (b.values[j] != "NULL") {
                    f.after = b.values[j];
                    f.to = names.value(table, c, b.values[j]);
                }
            }
            rc.fields.push_back(std::move(f));
            continue;
        }
        FieldChange f{pretty(column), a.values[i], b.values[i], table, column, {}, {}};
        f.from = names.value(table, column, a.values[i]);
        f.to = names.value(table, column, b.values[i]);
        rc.fields.push_back(std::move(f));
    }
    return rc;
}

void diffTable(store::Db& before, store::Db& after, const ObjectSpec& spec, int maxExamples, Resolver& names,
               OrgDiff& out) {
    if (!tableExists(before, spec.table) || !tableExists(after, spec.table)) return;
    const TableShape shape = shapeOf(after, spec.table);
    if (shape.keys.empty()) return;
    Cursor a(before, spec.table, shape, spec.label), b(after, spec.table, shape, spec.label);
    ObjectDiff d;
    d.object = spec.object;
    const size_t max = static_cast<size_t>(maxExamples);
    while (!a.done() || !b.done()) {
        if (b.done() || (!a.done() && a.row().key < b.row().key)) {
            ++d.removed;
            if (d.removedExamples.size() < max) d.removedExamples.push_back({a.row().label, {}});
            a.advance();
        } else if (a.done() || b.row().key < a.row().key) {
            ++d.added;
            if (d.addedExamples.size() < max) d.addedExamples.push_back({b.row().label, {}});
            b.advance();
        } else {
            if (a.row().values != b.row().values) {
                const auto& va = a.row().values;
                const auto& vb = b.row().values;
                bool counted = false;
                for (size_t i = 0; i < shape.columns.size() && !counted; ++i)
                    counted = va[i] != vb[i] && (!hiddenColumn(shape.columns[i]) || shape.columns[i] == "password_hash");
                if (counted) {
                    ++d.changed;
                    if (d.changedExamples.size() < max)
                        d.changedExamples.push_back(changeOf(spec.table, shape, a.row(), b.row(), names));
                }
            }
            a.advance();
            b.advance();
        }
    }
    if (d.added || d.changed || d.removed) out.objects.push_back(std::move(d));
}

void diffSettings(store::Db& before, store::Db& after, Resolver& names, OrgDiff& out) {
    const TableShape shape = shapeOf(after, "org");
    auto read = [&](store::Db& db) {
        std::vector<std::string> v;
        std::string sql = "SELECT ";
        for (size_t i = 0; i < shape.columns.size(); ++i) sql += (i ? ", quote(" : "quote(") + shape.columns[i] + ")";
        auto st = db.prepare(sql + " FROM org WHERE id = 1");
        if (st.step())
            for (size_t i = 0; i < shape.columns.size(); ++i) v.push_back(st.getText(static_cast<int>(i)));
        return v;
    };
    const auto a = read(before), b = read(after);
    if (a.empty() || b.empty()) {
        if (a.empty() != b.empty()) {
            FieldChange f{"org", a.empty() ? "none" : "exists", b.empty() ? "none" : "exists", "org", "org", {}, {}};
            f.from = {DiffValue::Kind::Text, f.before, false};
            f.to = {DiffValue::Kind::Text, f.after, false};
            out.settings.push_back(std::move(f));
        }
        return;
    }
    for (size_t i = 0; i < shape.columns.size(); ++i)
        if (a[i] != b[i] && shape.columns[i] != "lead_number_next") {
            FieldChange f{pretty(shape.columns[i]), a[i], b[i], "org", shape.columns[i], {}, {}};
            f.from = names.value("org", shape.columns[i], a[i]);
            f.to = names.value("org", shape.columns[i], b[i]);
            out.settings.push_back(std::move(f));
        }
}

void diffShares(store::Db& before, store::Db& after, OrgDiff& out) {
    // Partner users of either org, with their names from the org that has them.
    std::map<Id, ShareDiff> users;
    for (store::Db* db : {&before, &after}) {
        auto st = db->prepare("SELECT u.id, trim(u.first_name || ' ' || u.last_name), coalesce(a.name, '') FROM users u "
                              "JOIN profiles p ON p.id = u.profile_id LEFT JOIN accounts a ON a.id = u.account_id "
                              "WHERE p.user_type = 'Partner'");
        while (st.step()) {
            ShareDiff& d = users[st.getInt(0)];
            d.userId = st.getInt(0);
            d.user = st.getText(1);
            d.account = st.getText(2);
        }
    }
    if (users.empty()) return;
    const char* sql = "SELECT s.user_id, s.lead_id, s.row_cause FROM lead_shares s JOIN users u ON u.id = s.user_id "
                      "JOIN profiles p ON p.id = u.profile_id WHERE p.user_type = 'Partner' "
                      "ORDER BY s.user_id, s.lead_id, s.row_cause";
    auto a = before.prepare(sql), b = after.prepare(sql);
    using Key = std::tuple<Id, Id, std::string>;
    auto next = [](store::Statement& st, std::optional<Key>& k) {
        if (st.step()) k = Key{st.getInt(0), st.getInt(1), st.getText(2)};
        else k.reset();
    };
    std::optional<Key> ka, kb;
    next(a, ka);
    next(b, kb);
    while (ka || kb) {
        if (!kb || (ka && *ka < *kb)) {
            ShareDiff& d = users[std::get<0>(*ka)];
            ++d.before;
            ++d.lost;
            next(a, ka);
        } else if (!ka || *kb < *ka) {
            ShareDiff& d = users[std::get<0>(*kb)];
            ++d.after;
            ++d.gained;
            next(b, kb);
        } else {
            ShareDiff& d = users[std::get<0>(*ka)];
            ++d.before;
            ++d.after;
            next(a, ka);
            next(b, kb);
        }
    }
    for (auto& [id, d] : users)
        if (d.gained || d.lost) out.partnerShares.push_back(d);
}

}  // namespace

OrgDiff diffOrgs(store::Db& before, store::Db& after, int maxExamples) {
    OrgDiff out;
    Resolver names(before, after);
    diffSettings(before, after, names, out);
    for (const auto& spec : objectSpecs()) diffTable(before, after, spec, maxExamples, names, out);
    diffShares(before, after, out);
    return out;
}

domain::Result<OrgDiff> diffWithSnapshot(Sandbox& sb, const std::string& snapshotName, int maxExamples) {
    auto bytes = training::snapshotBytes(sb, snapshotName);
    if (!bytes) return bytes.error();
    auto scratch = store::Db::open(":memory:");
    if (!scratch) return scratch.error();
    if (auto st = scratch.value()->deserialize(bytes.value()); !st)
        return domain::Error{T_f("the sandbox copy '{0}' cannot be read ({1})", {snapshotName, st.message()}), ""};
    if (auto st = store::migrate(*scratch.value()); !st) return st.error();
    return diffOrgs(*scratch.value(), sb.db(), maxExamples);
}

}  // namespace prm::app
