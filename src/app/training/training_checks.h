#pragma once
// Exercise checks: declarative predicates over the org ({"type": "leadOwner", "lead": {"company":
// "Kivi Oy"}, "ownerType": "PartnerUser", "account": "Nordic Partners Oy"}). Each evaluates to pass or
// fail; a failure carries a diagnosis that names the records and the difference
// ("lead L-00042 (Kivi Oy) is owned by queue 'Partners FI', expected a partner user of 'Nordic Partners Oy'").
// The check types and their fields are listed in docs/SCENARIOS.md.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/db.h"

namespace prm::app::training {

using json = nlohmann::json;

// "" when the check is valid; else "<path>: what is wrong" (unknown type or field, wrong type, a lead
// field that does not exist, an org setting that does not exist).
std::string checkProblem(const json& check, const std::string& path);

// The names of all check types, for documentation and error messages.
const std::vector<std::string>& checkTypes();

// JSON Schema (draft-07) of one check object, derived from the same table checkProblem() validates with:
// "type" is one of checkTypes(), and per type its fields, the required ones, and no others ("type" and
// "description" are always allowed). A lead selector may also be a "$placeholder(...)" string.
json checkSchema();

struct CheckOutcome {
    bool passed = false;
    std::string description;  // what the check wants, in words ("PRM is enabled")
    std::string diagnosis;    // when failed: the records and the difference
};

// What checks may need beyond the org: the number of saved snapshots (they live outside the org).
struct CheckEnv {
    long long snapshotCount = 0;
};

// Whether the training store (snapshots) is attached to this connection as schema "training".
bool trainingStoreAttached(store::Db& db);

// The environment for the org on this connection: sandbox copies taken since the scenario was loaded
// (all of them for an org not from a scenario), read from the attached training store if any.
CheckEnv checkEnvironment(store::Db& db);

// Evaluates a valid check (checkProblem() == "") against the org. Never changes the database.
CheckOutcome evaluateCheck(store::Db& db, const json& check, const CheckEnv& env);
// The check's description without evaluating it ("Lead 'Kivi Oy' is owned by a partner user of ...").
std::string describeCheck(const json& check);

}  // namespace prm::app::training
