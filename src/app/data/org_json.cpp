// [SECTION] index
//  - Sections: JSON key ↔ table, columns from the schema itself
//  - Export
//  - Import: parse, validate (JSON paths), build into a private database, check references
#include "app/data/org_json.h"
#include "app/messages.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "app/data/csv.h"
#include "app/sharing.h"
#include "domain/rules.h"
#include "store/schema.h"

namespace prm::app::org_json {

using domain::Error;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

// ---- Sections ---------------------------------------------------------------------------------
enum class Kind { Integer, Boolean, Real, Text };

struct Column {
    std::string name;  // SQL column
    std::string key;   // JSON key (camelCase)
    Kind kind = Kind::Text;
    bool nullable = true;
    bool required = false;
};

struct Section {
    std::string key;    // JSON key: "leads"
    std::string table;  // SQL table: "leads"
    bool single = false;  // one row (org, session): a JSON object, its id is always 1
    std::vector<Column> columns;
    bool hasId = false;  // an `id INTEGER PRIMARY KEY`: rows are numbered by it
};

std::string camel(const std::string& snake) {
    std::string out;
    bool up = false;
    for (char c : snake) {
        if (c == '_') {
            up = true;
            continue;
        }
        out.push_back(up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
        up = false;
    }
    return out;
}

bool isBooleanColumn(const std::string& c) {
    static const std::set<std::string> named = {"prm_enabled", "must_change_password", "send_email_to_members",
                                                "do_not_reassign", "grant_access_using_hierarchies"};
    return c.rfind("is_", 0) == 0 || named.count(c) > 0;
}

// Derived tables, rebuilt on import, and the command history: not part of the document.
bool excludedTable(const std::string& t) { return t == "lead_shares" || t == "opportunity_shares" || t == "role_ancestors" || t == "command_log"; }

const std::vector<Section>& sections() {
    static const std::vector<Section> all = [] {
        // Readable order first; any table of a later schema not listed here is added after, so an
        // export never silently drops data.
        const std::vector<std::string> order = {
            "org", "profiles", "roles", "users", "accounts", "contacts", "communities", "community_profiles",
            "public_groups", "public_group_members", "folders", "sharing_rules", "queues", "queue_members",
            "email_templates", "leads", "opportunities", "activities", "assignment_rules", "assignment_rule_entries", "assignment_rule_criteria",
            "round_robins", "round_robin_members", "lead_manual_shares", "outbox", "setup_audit", "session"};
        std::vector<Section> out;
        auto db = store::Db::open(":memory:");
        if (!db || !store::migrate(*db.value())) return out;
        store::Db& d = *db.value();
        std::vector<std::string> tables;
        auto t = d.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        while (t.step()) tables.push_back(t.getText(0));
        std::vector<std::string> ordered;
        for (const auto& name : order)
            if (std::find(tables.begin(), tables.end(), name) != tables.end()) ordered.push_back(name);
        for (const auto& name : tables)
            if (!excludedTable(name) && std::find(ordered.begin(), ordered.end(), name) == ordered.end())
                ordered.push_back(name);
        for (const auto& name : ordered) {
            Section s;
            s.table = name;
            s.key = camel(name);
            s.single = name == "org" || name == "session";
            auto c = d.prepare("SELECT name, upper(type), \"notnull\", dflt_value IS NOT NULL, pk FROM pragma_table_info(?) ORDER BY cid");
            c.bind(1, name);
            while (c.step()) {
                Column col;
                col.name = c.getText(0);
                col.key = camel(col.name);
                const std::string type = c.getText(1);
                const bool pk = c.getInt(4) != 0;
                if (isBooleanColumn(col.name)) col.kind = Kind::Boolean;
                else if (type.find("INT") != std::string::npos) col.kind = Kind::Integer;
                else if (type.find("REAL") != std::string::npos) col.kind = Kind::Real;
                else col.kind = Kind::Text;
                col.nullable = c.getInt(2) == 0 && !pk;
                col.required = pk || (c.getInt(2) != 0 && c.getInt(3) == 0);
                if (pk && col.name == "id" && col.kind == Kind::Integer) s.hasId = true;
                if (s.single && col.name == "id") continue;  // always 1
                s.columns.push_back(col);
            }
            out.push_back(std::move(s));
        }
        return out;
    }();
    return all;
}

// ---- Export -------------------------------------------------------------------------------------
ordered_json readRow(store::Statement& st, const Section& s) {
    ordered_json row = ordered_json::object();
    for (std::size_t i = 0; i < s.columns.size(); ++i) {
        const Column& c = s.columns[i];
        const int col = static_cast<int>(i);
        if (st.isNull(col)) {
            row[c.key] = nullptr;
            continue;
        }
        switch (c.kind) {
            case Kind::Integer: row[c.key] = st.getInt(col); break;
            case Kind::Boolean: row[c.key] = st.getInt(col) != 0; break;
            case Kind::Real: {
                const double d = st.getDouble(col);
                if (std::floor(d) == d && std::fabs(d) < 9e15) row[c.key] = static_cast<std::int64_t>(d);
                else row[c.key] = d;
                break;
            }
            case Kind::Text: row[c.key] = st.getText(col); break;
        }
    }
    return row;
}

std::string selectSql(const Section& s) {
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < s.columns.size(); ++i) sql += (i ? ", \"" : "\"") + s.columns[i].name + "\"";
    sql += " FROM \"" + s.table + "\"";
    if (s.single) sql += " WHERE id = 1";
    else if (s.hasId) sql += " ORDER BY id";
    else {
        sql += " ORDER BY ";
        for (std::size_t i = 0; i < s.columns.size(); ++i) sql += (i ? ", \"" : "\"") + s.columns[i].name + "\"";
    }
    return sql;
}

// ---- Import: messages -----------------------------------------------------------------------------
std::string describe(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::boolean: return v.get<bool>() ? "true" : "false";
        case json::value_t::object: return T_f("an object");
        case json::value_t::array: return T_f("a list");
        case json::value_t::string: {
            std::string s = v.get<std::string>();
            if (s.size() > 40) s = s.substr(0, 37) + "...";
            return json(s).dump(-1, ' ', false, json::error_handler_t::replace);
        }
        default: return v.dump();
    }
}

const char* expected(Kind k) {
    switch (k) {
        case Kind::Integer: return T_("a whole number");
        case Kind::Boolean: return T_("true or false");
        case Kind::Real: return T_("a number");
        case Kind::Text: return T_("text");
    }
    return "";
}

bool fits(Kind k, const json& v) {
    switch (k) {
        case Kind::Integer: return v.is_number_integer();
        case Kind::Boolean: return v.is_boolean();
        case Kind::Real: return v.is_number() && std::isfinite(v.get<double>());
        case Kind::Text: return v.is_string();
    }
    return false;
}

std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string suggestion(const std::string& key, const std::vector<std::string>& known) {
    std::string best;
    std::size_t bestD = 3;
    for (const auto& k : known) {
        const std::size_t d = editDistance(domain::foldCase(key), domain::foldCase(k));
        if (d < bestD) bestD = d, best = k;
    }
    return best.empty() ? std::string() : T_f("; did you mean {0}?", {best});
}

std::string knownList(const std::vector<std::string>& known) {
    std::string out;
    for (std::size_t i = 0; i < known.size(); ++i) out += (i ? ", " : "") + known[i];
    return out;
}

Error at(const std::string& path, const std::string& what) { return Error{path + ": " + what, path}; }

// ---- Import: one row --------------------------------------------------------------------------------
std::optional<Error> validateRow(const Section& s, const json& row, const std::string& path) {
    if (!row.is_object()) return at(path, T_f("expected an object, got {0}", {describe(row)}));
    std::vector<std::string> keys;
    for (const auto& c : s.columns) keys.push_back(c.key);
    for (auto it = row.begin(); it != row.end(); ++it) {
        const auto col = std::find_if(s.columns.begin(), s.columns.end(), [&](const Column& c) { return c.key == it.key(); });
        const std::string p = path + "." + it.key();
        if (col == s.columns.end()) {
            if (s.single && it.key() == "id") {
                if (!(it->is_number_integer() && it->get<std::int64_t>() == 1)) return at(p, T_f("expected {0}, got {1}", {"1", describe(*it)}));
                continue;
            }
            return at(p, T_f("unknown field{0} (fields of {1}: {2})", {suggestion(it.key(), keys), s.key, knownList(keys)}));
        }
        if (it->is_null()) {
            if (!col->nullable) return at(p, T_f("expected {0}, got {1}", {say(expected(col->kind)), "null"}));
            continue;
        }
        if (!fits(col->kind, *it)) return at(p, T_f("expected {0}, got {1}", {say(expected(col->kind)), describe(*it)}));
        if (col->kind == Kind::Text && it->get_ref<const std::string&>().size() > 1000000)
            return at(p, T_f("the text is longer than 1,000,000 characters"));
    }
    for (const auto& c : s.columns)
        if (c.required && !row.contains(c.key)) return at(path + "." + c.key, T_f("required field is missing ({0})", {say(expected(c.kind))}));
    return std::nullopt;
}

domain::Status bindAndInsert(store::Db& db, const Section& s, const json& row, std::map<std::string, store::Statement>& cache) {
    std::string sig;
    std::vector<const Column*> present;
    for (const auto& c : s.columns)
        if (row.contains(c.key)) {
            present.push_back(&c);
            sig += c.name + ",";
        }
    auto it = cache.find(sig);
    if (it == cache.end()) {
        std::string sql = "INSERT INTO \"" + s.table + "\"(";
        std::string vals;
        if (s.single) {
            sql += "id";
            vals += "1";
        }
        for (std::size_t i = 0; i < present.size(); ++i) {
            const bool first = i == 0 && !s.single;
            sql += (first ? "\"" : ", \"") + present[i]->name + "\"";
            vals += first ? "?" : ", ?";
        }
        if (present.empty() && !s.single) return domain::Status::fail(T_f("a row has no fields"));
        sql += ") VALUES (" + vals + ")";
        it = cache.emplace(sig, db.prepare(sql)).first;
    }
    store::Statement& st = it->second;
    st.reset();
    for (std::size_t i = 0; i < present.size(); ++i) {
        const json& v = row[present[i]->key];
        const int p = static_cast<int>(i) + 1;
        if (v.is_null()) st.bindNull(p);
        else if (present[i]->kind == Kind::Text) st.bind(p, v.get_ref<const std::string&>());
        else if (present[i]->kind == Kind::Boolean) st.bind(p, std::int64_t{v.get<bool>() ? 1 : 0});
        else if (present[i]->kind == Kind::Real) st.bind(p, v.get<double>());
        else st.bind(p, v.get<std::int64_t>());
    }
    return st.run();
}

// Deeper nesting than any org file needs is refused before parsing (keeps memory and time bounded).
constexpr int kMaxDepth = 32;
std::optional<std::size_t> tooDeep(std::string_view text) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') ++i;
            else if (c == '"') inString = false;
            continue;
        }
        if (c == '"') inString = true;
        else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth) return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}

// Line and column of a byte offset, for syntax errors.
std::string lineColumn(std::string_view text, std::size_t offset) {
    int line = 1, col = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') ++line, col = 1;
        else ++col;
    }
    return T_f("line {0}, column {1}", {std::to_string(line), std::to_string(col)});
}

}  // namespace

// ---- Export ---------------------------------------------------------------------------------------
ordered_json exportOrg(store::Db& db) {
    ordered_json doc = ordered_json::object();
    doc["format"] = kFormat;
    doc["version"] = kVersion;
    doc["schemaVersion"] = store::schemaVersion(db);
    for (const Section& s : sections()) {
        auto st = db.prepare(selectSql(s));
        if (s.single) {
            if (st.step()) doc[s.key] = readRow(st, s);
            continue;
        }
        ordered_json rows = ordered_json::array();
        while (st.step()) rows.push_back(readRow(st, s));
        doc[s.key] = std::move(rows);
    }
    return doc;
}

std::string exportOrgText(store::Db& db) {
    return exportOrg(db).dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

// ---- Import ---------------------------------------------------------------------------------------
domain::Result<std::unique_ptr<store::Db>> build(const json& doc) {
    if (!doc.is_object()) return at("$", T_f("expected an object with \"format\": \"prm-sandbox-org\", got {0}", {describe(doc)}));
    {
        auto f = doc.find("format");
        if (f == doc.end()) return at("$.format", T_f("required field is missing; an org file starts with \"format\": \"prm-sandbox-org\""));
        if (!f->is_string() || f->get<std::string>() != kFormat)
            return at("$.format", T_f("expected {0}, got {1}", {std::string("\"") + kFormat + "\"", describe(*f)}));
        auto v = doc.find("version");
        if (v == doc.end()) return at("$.version", T_f("required field is missing (a whole number, 1)"));
        if (!v->is_number_integer()) return at("$.version", T_f("expected {0}, got {1}", {say(T_("a whole number")), describe(*v)}));
        if (v->get<std::int64_t>() > kVersion)
            return at("$.version", T_f("this file is format version {0}; this build reads up to version {1}: use a newer build",
                                       {std::to_string(v->get<std::int64_t>()), std::to_string(kVersion)}));
        if (v->get<std::int64_t>() < 1) return at("$.version", T_f("expected {0}, got {1}", {"1", describe(*v)}));
        auto sv = doc.find("schemaVersion");
        if (sv != doc.end()) {
            if (!sv->is_number_integer()) return at("$.schemaVersion", T_f("expected {0}, got {1}", {say(T_("a whole number")), describe(*sv)}));
            if (sv->get<std::int64_t>() > store::kSchemaVersion)
                return at("$.schemaVersion", T_f("this org comes from a newer build (schema {0}); open it with a newer build",
                                                 {std::to_string(sv->get<std::int64_t>())}));
        }
    }
    const auto& secs = sections();
    if (secs.empty()) return Error{T_f("internal error: the org schema could not be read"), ""};
    std::vector<std::string> known = {"format", "version", "schemaVersion"};
    for (const auto& s : secs) known.push_back(s.key);
    for (auto it = doc.begin(); it != doc.end(); ++it)
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            return at("$." + it.key(), T_f("unknown field{0} (known: {1})", {suggestion(it.key(), known), knownList(known)}));
    if (!doc.contains("org")) return at("$.org", T_f("required field is missing (an object with the org's name and settings)"));

    // Validate everything before building anything.
    std::map<std::string, std::map<std::int64_t, std::size_t>> indexById;  // table → id → array index
    for (const Section& s : secs) {
        auto it = doc.find(s.key);
        if (it == doc.end()) continue;
        const std::string path = "$." + s.key;
        if (s.single) {
            if (auto e = validateRow(s, *it, path)) return *e;
            continue;
        }
        if (!it->is_array()) return at(path, T_f("expected a list, got {0}", {describe(*it)}));
        auto& ids = indexById[s.table];
        for (std::size_t i = 0; i < it->size(); ++i) {
            const std::string p = path + "[" + std::to_string(i) + "]";
            if (auto e = validateRow(s, (*it)[i], p)) return *e;
            if (s.hasId) {
                const auto id = (*it)[i]["id"].get<std::int64_t>();
                if (id < 1) return at(p + ".id", T_f("expected a positive whole number, got {0}", {std::to_string(id)}));
                auto [pos, fresh] = ids.emplace(id, i);
                if (!fresh)
                    return at(p + ".id", T_f("{0} is already the id of {1}; ids must be unique",
                                             {std::to_string(id), path + "[" + std::to_string(pos->second) + "]"}));
            }
        }
    }

    auto opened = store::Db::open(":memory:");
    if (!opened) return opened.error();
    std::unique_ptr<store::Db> db = std::move(opened).value();
    if (auto st = store::migrate(*db); !st) return Error{st.message(), ""};
    // Rows may refer to each other in any order (roles ↔ accounts ↔ users): references are checked after.
    if (auto st = db->exec("PRAGMA foreign_keys=OFF"); !st) return Error{st.message(), ""};
    {
        store::Transaction tx(*db);
        if (!tx.active()) return Error{T_f("cannot build the org: {0}", {db->errorMessage()}), ""};
        for (const Section& s : secs) {
            auto it = doc.find(s.key);
            if (it == doc.end()) continue;
            std::map<std::string, store::Statement> cache;
            const std::string path = "$." + s.key;
            if (s.single) {
                if (auto st = bindAndInsert(*db, s, *it, cache); !st) return at(path, st.message());
                continue;
            }
            for (std::size_t i = 0; i < it->size(); ++i)
                if (auto st = bindAndInsert(*db, s, (*it)[i], cache); !st)
                    return at(path + "[" + std::to_string(i) + "]", T_f("{0}; correct the value", {st.message()}));
        }
        if (auto st = tx.commit(); !st) return Error{T_f("cannot build the org: {0}", {st.message()}), ""};
    }
    if (auto st = db->exec("PRAGMA foreign_keys=ON"); !st) return Error{st.message(), ""};
    {
        auto fk = db->prepare("PRAGMA foreign_key_check");
        if (fk.step()) {
            const std::string table = fk.getText(0);
            const std::string parent = fk.getText(2);
            const auto sec = std::find_if(secs.begin(), secs.end(), [&](const Section& s) { return s.table == table; });
            const auto psec = std::find_if(secs.begin(), secs.end(), [&](const Section& s) { return s.table == parent; });
            const std::string secKey = sec != secs.end() ? sec->key : table;
            const std::string parentKey = psec != secs.end() ? psec->key : parent;
            std::string column;
            auto fl = db->prepare("SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE id = ?");
            fl.bind(1, table).bind(2, fk.getInt(3));
            if (fl.step()) column = fl.getText(0);
            std::string path = "$." + secKey;
            std::string value;
            if (!fk.isNull(1) && !column.empty()) {
                const auto rowid = fk.getInt(1);
                auto& ids = indexById[table];
                if (sec != secs.end() && sec->single) {
                    // "$.org"
                } else if (auto p = ids.find(rowid); p != ids.end()) {
                    path += "[" + std::to_string(p->second) + "]";
                }
                auto v = db->prepare("SELECT \"" + column + "\" FROM \"" + table + "\" WHERE rowid = ?");
                v.bind(1, rowid);
                if (v.step()) value = v.getText(0);
            }
            if (!column.empty()) path += "." + camel(column);
            return at(path, value.empty() ? T_f("refers to {0}, which is not in the file; add it to $.{0} or correct the reference", {parentKey})
                                          : T_f("refers to {0} id {1}, which is not in the file; add it to $.{0} or correct the reference",
                                                {parentKey, value}));
        }
    }
    {
        store::Transaction tx(*db);
        if (auto st = rebuildRoleAncestors(*db); !st) return Error{"$.roles: " + st.message(), "$.roles"};
        if (auto st = recalcAllShares(*db); !st) return Error{"$.leads: " + T_f("cannot share the leads: {0}", {st.message()}), "$.leads"};
        if (auto st = tx.commit(); !st) return Error{T_f("cannot build the org: {0}", {st.message()}), ""};
    }
    if (auto st = sqlite_file::checkOrgDatabase(*db); !st) return Error{st.message(), ""};
    return db;
}

domain::Result<std::unique_ptr<store::Db>> buildFromText(std::string_view text) {
    if (auto p = csv::sizeProblem(text.size()); !p.empty()) return Error{p, "file"};
    if (text.empty()) return Error{T_f("the file is empty; an org file is JSON that starts with {\"format\": \"prm-sandbox-org\""), "file"};
    if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF && static_cast<unsigned char>(text[1]) == 0xBB &&
        static_cast<unsigned char>(text[2]) == 0xBF)
        text.remove_prefix(3);
    if (auto deep = tooDeep(text))
        return Error{T_f("the file is nested more than {0} levels deep ({1}); an org file is an object of arrays of flat records",
                         {std::to_string(kMaxDepth), lineColumn(text, *deep)}),
                     "file"};
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..." → the part after the position.
        auto colon = what.find(": ", what.find("parse error"));
        std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
        return Error{T_f("the file is not valid JSON ({0}): {1}", {lineColumn(text, e.byte ? e.byte - 1 : 0), detail}), "file"};
    } catch (const std::exception& e) {
        // e.g. out_of_range 406 "number overflow parsing '1e999'": no position, but the number.
        std::string what = e.what();
        if (auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
        return Error{T_f("the file is not valid JSON: {0}", {what}), "file"};
    }
    return build(doc);
}

domain::Result<sqlite_file::Replaced> importOrg(Sandbox& sb, std::string_view text, SnapshotStore* snapshots) {
    auto db = buildFromText(text);
    if (!db) return db.error();
    return sqlite_file::install(sb, *db.value(), snapshots);
}

}  // namespace prm::app::org_json
