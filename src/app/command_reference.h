#pragma once
// The command reference and the scenario JSON Schema, both generated from the registered command
// structs (app/command_fields.h), so the docs and editors never drift from the code.
// `prm commands` prints the first (committed as docs/COMMANDS.md), `prm schema` the second
// (committed as assets/scenario.schema.json); tests check both files equal their output.
#include <string>

#include <nlohmann/json.hpp>

namespace prm::app {

// Markdown: every command, who may run it, what it does, and its fields (type, required, default).
std::string commandReferenceMarkdown();

// JSON Schema (draft-07) of a training scenario file: the envelope, the exercises' checks and every
// command of `setup` and `solution` with its own fields ("$placeholder(...)" strings allowed for ids).
nlohmann::json scenarioSchema();

}  // namespace prm::app
