#pragma once
// Command fields: a small reflection helper over nlohmann/json. A command is a plain struct whose
// fields are declared once, next to it, with PRM_FIELDS; from that one list come
//   - the reader: JSON in, typed struct out, or a refusal naming the JSON path
//     ($.ownerType: expected one of User, PartnerUser, Queue, got "Usr"); unknown fields are refused;
//   - the command reference (`prm commands`, docs/COMMANDS.md) and the scenario JSON Schema.
// Nothing here throws: every json access checks the type first.
//
// [SECTION] index
//  - ReadOptions, ReadError
//  - Patch<T> (absent / null / a value, for Update commands)
//  - PRM_FIELDS, PRM_FIELDS_EXTEND, PRM_NO_FIELDS, PRM_ENUM
//  - Codec<T>: text, integers, numbers, true/false, enums, lists, std::optional, Patch, structs, raw JSON,
//    TextOrNumber
//  - readStruct, structSchema, fieldDocs
//  - Depth limit: checkDepth, textDepthProblem, parseJson
//
// Which fields may be left out: std::optional<T> and Patch<T> (absent = none / unchanged), lists
// (absent = empty) and true/false (absent = the struct's initial value). Every other field is required.
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/messages.h"

namespace prm::app::fields {

using json = nlohmann::json;

struct ReadOptions {
    // Scenario files: a "$placeholder(...)" string may stand where an id, a number or a list is expected;
    // the scenario reader checks and resolves placeholders itself. Never set for a command being applied.
    bool placeholders = false;
};

struct ReadError {
    std::string path;     // "$.leads[3].email"
    std::string message;  // "expected text, got 42"
    std::string text() const { return path + ": " + message; }
    // The top-level field the error is about ("leads" for "$.leads[3].email"); "" for the whole command.
    std::string field() const;
};
using ReadResult = std::optional<ReadError>;  // nullopt: read

// For Update commands: a field left out (unchanged), given as null (cleared) or given a value.
template <class T>
struct Patch {
    bool present = false;
    bool null = false;
    T value{};
    bool hasValue() const { return present && !null; }
};

// One declared field: its JSON key and the member it fills.
template <class C, class T>
struct Field {
    const char* name;
    T C::*member;
};
template <class C, class T>
constexpr Field<C, T> field(const char* name, T C::*member) {
    return {name, member};
}

template <class E>
struct EnumName {
    E value;
    const char* name;  // the first name of a value is its canonical spelling; later ones are accepted aliases
};

// What the reader says a JSON value is: "42", "\"Usr\"", "an object", "a list", "null".
std::string describeValue(const json& v);
// "did you mean \"ownerType\"? " when `key` is a near miss of one of `names`, else "".
std::string suggest(const std::string& key, const std::vector<std::string>& names);
// Appends ".key" (or ["key"] when the key is not a plain name) to a path.
std::string childPath(const std::string& path, const std::string& key);

// ---- [SECTION] Depth limit -------------------------------------------------------------------------
// No command, scenario or file needs more than a few levels of objects and lists. Anything nested deeper
// than kMaxJsonDepth is refused before it is walked, copied or printed (those recurse and a deep enough
// value would overflow the stack). Both checks below are iterative, so they are safe on any depth.
inline constexpr std::size_t kMaxJsonDepth = 64;

// Refuses a value nested deeper than kMaxJsonDepth objects / lists (the outermost counts as 1), naming the
// path of the first one too deep: "$.a[0].b: nested deeper than 64 levels; ...". nullopt when it is fine.
ReadResult checkDepth(const json& j, const std::string& path = "$");

// The same check on JSON text, before it is parsed: nullopt for text within the limit (valid JSON or not);
// otherwise "$.a[0].b: nested deeper than 64 levels; ...".
std::optional<std::string> textDepthProblem(std::string_view text);

// Parses JSON text with the depth limit. ok: value holds it. Not valid JSON: value is discarded
// (is_discarded()), error is "not valid JSON". Too deep: value is discarded, tooDeep is set and error names
// the path; the deep value is never built.
struct ParsedJson {
    json value;
    std::string error;
    bool tooDeep = false;
    bool ok() const { return error.empty(); }
};
ParsedJson parseJson(std::string_view text);
bool isPlaceholder(const json& v, const ReadOptions& o);
// A placeholder alternative for the schema of a value a scenario may give as "$name(...)".
json placeholderSchema();

struct SchemaOptions {
    bool placeholders = false;  // scenario files: ids, numbers and lists may be placeholders
};

// ---- [SECTION] the macros -------------------------------------------------------------------------
#define PRM_FIELDS_EXPAND_(x) x
#define PRM_FIELDS_GET_(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, _17, _18, _19, _20, \
                        _21, _22, _23, _24, _25, _26, _27, _28, _29, _30, NAME, ...)                                \
    NAME
#define PRM_F1_(m) ::prm::app::fields::field(#m, &PrmSelf::m)
#define PRM_F2_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F1_(__VA_ARGS__))
#define PRM_F3_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F2_(__VA_ARGS__))
#define PRM_F4_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F3_(__VA_ARGS__))
#define PRM_F5_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F4_(__VA_ARGS__))
#define PRM_F6_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F5_(__VA_ARGS__))
#define PRM_F7_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F6_(__VA_ARGS__))
#define PRM_F8_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F7_(__VA_ARGS__))
#define PRM_F9_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F8_(__VA_ARGS__))
#define PRM_F10_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F9_(__VA_ARGS__))
#define PRM_F11_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F10_(__VA_ARGS__))
#define PRM_F12_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F11_(__VA_ARGS__))
#define PRM_F13_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F12_(__VA_ARGS__))
#define PRM_F14_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F13_(__VA_ARGS__))
#define PRM_F15_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F14_(__VA_ARGS__))
#define PRM_F16_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F15_(__VA_ARGS__))
#define PRM_F17_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F16_(__VA_ARGS__))
#define PRM_F18_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F17_(__VA_ARGS__))
#define PRM_F19_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F18_(__VA_ARGS__))
#define PRM_F20_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F19_(__VA_ARGS__))
#define PRM_F21_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F20_(__VA_ARGS__))
#define PRM_F22_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F21_(__VA_ARGS__))
#define PRM_F23_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F22_(__VA_ARGS__))
#define PRM_F24_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F23_(__VA_ARGS__))
#define PRM_F25_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F24_(__VA_ARGS__))
#define PRM_F26_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F25_(__VA_ARGS__))
#define PRM_F27_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F26_(__VA_ARGS__))
#define PRM_F28_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F27_(__VA_ARGS__))
#define PRM_F29_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F28_(__VA_ARGS__))
#define PRM_F30_(m, ...) PRM_F1_(m), PRM_FIELDS_EXPAND_(PRM_F29_(__VA_ARGS__))
#define PRM_FIELD_LIST_(...)                                                                                     \
    PRM_FIELDS_EXPAND_(PRM_FIELDS_GET_(__VA_ARGS__, PRM_F30_, PRM_F29_, PRM_F28_, PRM_F27_, PRM_F26_, PRM_F25_,  \
                                       PRM_F24_, PRM_F23_, PRM_F22_, PRM_F21_, PRM_F20_, PRM_F19_, PRM_F18_,     \
                                       PRM_F17_, PRM_F16_, PRM_F15_, PRM_F14_, PRM_F13_, PRM_F12_, PRM_F11_,     \
                                       PRM_F10_, PRM_F9_, PRM_F8_, PRM_F7_, PRM_F6_, PRM_F5_, PRM_F4_, PRM_F3_,  \
                                       PRM_F2_, PRM_F1_)(__VA_ARGS__))

// Declares a struct's fields, in the order the reference lists them. Use in the struct's namespace.
#define PRM_FIELDS(Type, ...)                                 \
    inline auto prmFieldList(const Type*) {                   \
        using PrmSelf = Type;                                 \
        return std::make_tuple(PRM_FIELD_LIST_(__VA_ARGS__)); \
    }
// A struct that adds fields to a base struct's (both sets are read from the same JSON object).
#define PRM_FIELDS_EXTEND(Type, Base, ...)                                              \
    inline auto prmFieldList(const Type*) {                                             \
        using PrmSelf = Type;                                                           \
        return std::tuple_cat(prmFieldList(static_cast<const Base*>(nullptr)),          \
                              std::make_tuple(PRM_FIELD_LIST_(__VA_ARGS__)));           \
    }
// A command with no fields (EnablePrm): any field given is refused.
#define PRM_NO_FIELDS(Type) \
    inline std::tuple<> prmFieldList(const Type*) { return {}; }
// An enum read by name: PRM_ENUM(OwnerType, {OwnerType::User, "User"}, ...). Use in the enum's namespace.
#define PRM_ENUM(E, ...)                                                                      \
    inline const std::vector<::prm::app::fields::EnumName<E>>& prmEnumNames(const E*) {       \
        static const std::vector<::prm::app::fields::EnumName<E>> names = {__VA_ARGS__};      \
        return names;                                                                         \
    }

// ---- [SECTION] codecs -----------------------------------------------------------------------------
template <class T, class = void>
struct IsStruct : std::false_type {};
template <class T>
struct IsStruct<T, std::void_t<decltype(prmFieldList(static_cast<const T*>(nullptr)))>> : std::true_type {};
template <class T, class = void>
struct IsEnum : std::false_type {};
template <class T>
struct IsEnum<T, std::void_t<decltype(prmEnumNames(static_cast<const T*>(nullptr)))>> : std::true_type {};

template <class T, class = void>
struct Codec;

template <class T>
ReadResult readStruct(const json& j, const std::string& path, T& out, const ReadOptions& o, const char* skipKey = nullptr);
template <class T>
json structSchema(const SchemaOptions& o, bool withDefaults = true);

inline ReadError expected(const std::string& path, const std::string& what, const json& v) {
    return ReadError{path, T_f("expected {0}, got {1}", {what, describeValue(v)})};
}

template <>
struct Codec<std::string> {
    static constexpr bool optional = false;
    static ReadResult read(const json& v, const std::string& path, std::string& out, const ReadOptions&) {
        if (!v.is_string()) return expected(path, say(T_("text")), v);
        out = v.get<std::string>();
        return std::nullopt;
    }
    static std::string typeName() { return "text"; }
    static json schema(const SchemaOptions&) { return {{"type", "string"}}; }
    static json toJson(const std::string& v) { return v; }
};

template <>
struct Codec<bool> {
    static constexpr bool optional = true;
    static ReadResult read(const json& v, const std::string& path, bool& out, const ReadOptions& o) {
        if (isPlaceholder(v, o)) return std::nullopt;
        if (!v.is_boolean()) return expected(path, say(T_("true or false")), v);
        out = v.get<bool>();
        return std::nullopt;
    }
    static std::string typeName() { return "true/false"; }
    static json schema(const SchemaOptions&) { return {{"type", "boolean"}}; }
    static json toJson(bool v) { return v; }
};

template <class T>
struct Codec<T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>>> {
    static constexpr bool optional = false;
    static ReadResult read(const json& v, const std::string& path, T& out, const ReadOptions& o) {
        if (isPlaceholder(v, o)) return std::nullopt;
        if (v.is_number_unsigned()) {
            const auto u = v.get<std::uint64_t>();
            if (u > static_cast<std::uint64_t>(std::numeric_limits<T>::max()))
                return ReadError{path, T_f("expected a whole number up to {0}, got {1}",
                                           {std::to_string(std::numeric_limits<T>::max()), describeValue(v)})};
            out = static_cast<T>(u);
            return std::nullopt;
        }
        if (v.is_number_integer()) {
            const auto i = v.get<std::int64_t>();
            bool fits = true;
            if constexpr (std::is_unsigned_v<T>) {
                fits = i >= 0 && static_cast<std::uint64_t>(i) <= static_cast<std::uint64_t>(std::numeric_limits<T>::max());
            } else {
                fits = i >= static_cast<std::int64_t>(std::numeric_limits<T>::min()) &&
                       i <= static_cast<std::int64_t>(std::numeric_limits<T>::max());
            }
            if (!fits)
                return ReadError{path, T_f("expected a whole number from {0} to {1}, got {2}",
                                           {std::to_string(std::numeric_limits<T>::min()),
                                            std::to_string(std::numeric_limits<T>::max()), describeValue(v)})};
            out = static_cast<T>(i);
            return std::nullopt;
        }
        return expected(path, say(T_("a whole number")), v);
    }
    static std::string typeName() { return "integer"; }
    static json schema(const SchemaOptions& o) {
        json s = {{"type", "integer"}};
        return o.placeholders ? json{{"anyOf", json::array({s, placeholderSchema()})}} : s;
    }
    static json toJson(T v) { return v; }
};

template <>
struct Codec<double> {
    static constexpr bool optional = false;
    static ReadResult read(const json& v, const std::string& path, double& out, const ReadOptions& o) {
        if (isPlaceholder(v, o)) return std::nullopt;
        if (!v.is_number()) return expected(path, say(T_("a number")), v);
        out = v.get<double>();
        if (!std::isfinite(out)) return expected(path, say(T_("a finite number")), v);
        return std::nullopt;
    }
    static std::string typeName() { return "number"; }
    static json schema(const SchemaOptions& o) {
        json s = {{"type", "number"}};
        return o.placeholders ? json{{"anyOf", json::array({s, placeholderSchema()})}} : s;
    }
    static json toJson(double v) { return v; }
};

// Raw JSON: only where a command really takes free-form data. Prefer a typed field.
template <>
struct Codec<json> {
    static constexpr bool optional = false;
    static ReadResult read(const json& v, const std::string&, json& out, const ReadOptions&) {
        out = v;
        return std::nullopt;
    }
    static std::string typeName() { return "any JSON"; }
    static json schema(const SchemaOptions&) { return json::object(); }
    static json toJson(const json& v) { return v; }
};

template <class E>
struct Codec<E, std::enable_if_t<IsEnum<E>::value>> {
    static constexpr bool optional = false;
    static const std::vector<EnumName<E>>& names() { return prmEnumNames(static_cast<const E*>(nullptr)); }
    static std::string canonicalList() {
        std::string out;
        std::vector<E> seen;
        for (const auto& n : names()) {
            bool dup = false;
            for (E s : seen) dup = dup || s == n.value;
            if (dup) continue;
            seen.push_back(n.value);
            out += (out.empty() ? "" : ", ") + std::string(n.name);
        }
        return out;
    }
    static ReadResult read(const json& v, const std::string& path, E& out, const ReadOptions&) {
        if (v.is_string()) {
            const auto s = v.get<std::string>();
            for (const auto& n : names())
                if (s == n.name) {
                    out = n.value;
                    return std::nullopt;
                }
        }
        return expected(path, T_f("one of {0}", {canonicalList()}), v);
    }
    static const char* nameOf(E e) {
        for (const auto& n : names())
            if (n.value == e) return n.name;
        return "?";
    }
    static std::string typeName() { return "one of " + canonicalList(); }
    static json schema(const SchemaOptions&) {
        json list = json::array();
        for (const auto& n : names()) list.push_back(n.name);
        return {{"enum", list}};
    }
    static json toJson(E v) { return nameOf(v); }
};

template <class T>
struct Codec<std::optional<T>> {
    static constexpr bool optional = true;
    static ReadResult read(const json& v, const std::string& path, std::optional<T>& out, const ReadOptions& o) {
        if (v.is_null()) {
            out.reset();
            return std::nullopt;
        }
        T value{};
        if (auto e = Codec<T>::read(v, path, value, o)) return e;
        out = std::move(value);
        return std::nullopt;
    }
    static std::string typeName() { return Codec<T>::typeName(); }
    static json schema(const SchemaOptions& o) { return Codec<T>::schema(o); }
    static json toJson(const std::optional<T>& v) { return v ? Codec<T>::toJson(*v) : json(); }
};

template <class T>
struct Codec<Patch<T>> {
    static constexpr bool optional = true;
    static ReadResult read(const json& v, const std::string& path, Patch<T>& out, const ReadOptions& o) {
        out.present = true;
        out.null = v.is_null();
        if (out.null) return std::nullopt;
        return Codec<T>::read(v, path, out.value, o);
    }
    static std::string typeName() { return Codec<T>::typeName() + " or null (clears it)"; }
    static json schema(const SchemaOptions& o) { return {{"anyOf", json::array({Codec<T>::schema(o), {{"type", "null"}}})}}; }
    static json toJson(const Patch<T>& v) { return v.hasValue() ? Codec<T>::toJson(v.value) : json(); }
};

template <class T>
struct Codec<std::vector<T>> {
    static constexpr bool optional = true;
    static ReadResult read(const json& v, const std::string& path, std::vector<T>& out, const ReadOptions& o) {
        if (isPlaceholder(v, o)) return std::nullopt;
        if (v.is_null()) {
            out.clear();
            return std::nullopt;
        }
        if (!v.is_array()) return expected(path, T_f("a list of {0}", {Codec<T>::typeName()}), v);
        out.clear();
        out.reserve(v.size());
        for (size_t i = 0; i < v.size(); ++i) {
            T item{};
            if (auto e = Codec<T>::read(v[i], path + "[" + std::to_string(i) + "]", item, o)) return e;
            out.push_back(std::move(item));
        }
        return std::nullopt;
    }
    static std::string typeName() { return "list of " + Codec<T>::typeName(); }
    static json schema(const SchemaOptions& o) {
        json s = {{"type", "array"}, {"items", Codec<T>::schema(o)}};
        return o.placeholders ? json{{"anyOf", json::array({s, placeholderSchema()})}} : s;
    }
    static json toJson(const std::vector<T>& v) {
        json a = json::array();
        for (const auto& x : v) a.push_back(Codec<T>::toJson(x));
        return a;
    }
};

template <class T>
struct Codec<T, std::enable_if_t<IsStruct<T>::value>> {
    static constexpr bool optional = false;
    static ReadResult read(const json& v, const std::string& path, T& out, const ReadOptions& o) {
        return readStruct(v, path, out, o);
    }
    static std::string typeName() {
        std::string names;
        std::apply([&](const auto&... f) { ((names += (names.empty() ? "" : ", ") + std::string(f.name)), ...); },
                   prmFieldList(static_cast<const T*>(nullptr)));
        return "{" + names + "}";
    }
    static json schema(const SchemaOptions& o) { return structSchema<T>(o, false); }
    static json toJson(const T& v) {
        json out = json::object();
        std::apply(
            [&](const auto&... f) {
                ((out[f.name] = Codec<std::decay_t<decltype(v.*(f.member))>>::toJson(v.*(f.member))), ...);
            },
            prmFieldList(static_cast<const T*>(nullptr)));
        return out;
    }
};

// A criterion's value: text, or a number kept as its JSON text ("1000000"), as assignment and sharing
// rule criteria compare either.
struct TextOrNumber {
    std::string text;
};
template <>
struct Codec<TextOrNumber> {
    static constexpr bool optional = false;
    static ReadResult read(const json& v, const std::string& path, TextOrNumber& out, const ReadOptions&) {
        if (v.is_string()) out.text = v.get<std::string>();
        else if (v.is_number()) out.text = v.dump();
        else return expected(path, say(T_("text or a number")), v);
        return std::nullopt;
    }
    static std::string typeName() { return "text or number"; }
    static json schema(const SchemaOptions&) { return {{"type", json::array({"string", "number"})}}; }
    static json toJson(const TextOrNumber& v) { return v.text; }
};

// ---- [SECTION] structs ----------------------------------------------------------------------------
template <class T>
std::vector<std::string> fieldNames() {
    std::vector<std::string> names;
    std::apply([&](const auto&... f) { (names.emplace_back(f.name), ...); }, prmFieldList(static_cast<const T*>(nullptr)));
    return names;
}

// Reads a JSON object into `out` (which keeps its initial values for fields left out). `skipKey` is a key
// the caller has read already ("cmd"). Refuses a field that is not declared, naming it and its near miss.
template <class T>
ReadResult readStruct(const json& j, const std::string& path, T& out, const ReadOptions& o, const char* skipKey) {
    if (!j.is_object()) return expected(path, T_f("an object {{0}}", {[] {
        std::string s;
        for (const auto& n : fieldNames<T>()) s += (s.empty() ? "" : ", ") + n;
        return s;
    }()}), j);
    const auto names = fieldNames<T>();
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (skipKey && it.key() == skipKey) continue;
        bool known = false;
        for (const auto& n : names) known = known || n == it.key();
        if (known) continue;
        std::string list;
        for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
        return ReadError{childPath(path, it.key()),
                         names.empty() ? T_f("unknown field; {0}this takes no fields", {suggest(it.key(), names)})
                                       : T_f("unknown field; {0}the fields are {1}", {suggest(it.key(), names), list})};
    }
    ReadResult err;
    auto readOne = [&](const auto& f) {
        if (err) return;
        using F = std::decay_t<decltype(out.*(f.member))>;
        auto it = j.find(f.name);
        if (it == j.end()) {
            if (!Codec<F>::optional)
                err = ReadError{childPath(path, f.name), T_f("missing; add it ({0})", {Codec<F>::typeName()})};
            return;
        }
        err = Codec<F>::read(*it, childPath(path, f.name), out.*(f.member), o);
    };
    std::apply([&](const auto&... f) { (readOne(f), ...); }, prmFieldList(static_cast<const T*>(nullptr)));
    return err;
}

// JSON Schema (draft-07) of a struct: its properties, which are required, no others allowed.
template <class T>
json structSchema(const SchemaOptions& o, bool withDefaults) {
    json props = json::object();
    json required = json::array();
    const T defaults{};
    auto one = [&](const auto& f) {
        using F = std::decay_t<decltype(defaults.*(f.member))>;
        json s = Codec<F>::schema(o);
        if (withDefaults && Codec<F>::optional) {
            json d = Codec<F>::toJson(defaults.*(f.member));
            if (!d.is_null()) s["default"] = d;
        }
        props[f.name] = s;
        if (!Codec<F>::optional) required.push_back(f.name);
    };
    std::apply([&](const auto&... f) { (one(f), ...); }, prmFieldList(static_cast<const T*>(nullptr)));
    json out = {{"type", "object"}, {"properties", props}, {"additionalProperties", false}};
    if (!required.empty()) out["required"] = required;
    return out;
}

// One row of the command reference.
struct FieldDoc {
    std::string name;
    std::string type;
    bool required = false;
    std::string defaultValue;  // JSON text of the initial value of a field that may be left out; "" when none
};
template <class T>
std::vector<FieldDoc> fieldDocs() {
    std::vector<FieldDoc> out;
    const T defaults{};
    auto one = [&](const auto& f) {
        using F = std::decay_t<decltype(defaults.*(f.member))>;
        FieldDoc d{f.name, Codec<F>::typeName(), !Codec<F>::optional, {}};
        if (Codec<F>::optional) {
            json v = Codec<F>::toJson(defaults.*(f.member));
            if (!v.is_null()) d.defaultValue = v.dump();
        }
        out.push_back(std::move(d));
    };
    std::apply([&](const auto&... f) { (one(f), ...); }, prmFieldList(static_cast<const T*>(nullptr)));
    return out;
}

// The canonical name of an enum value ("PartnerUser").
template <class E>
const char* enumName(E e) {
    return Codec<E>::nameOf(e);
}

}  // namespace prm::app::fields
