# cmake -DOUTPUT=file.cpp -DINPUTS="a.json|b.json" -P embed_scenarios.cmake
# Writes a C++ source with one NUL-terminated byte array per scenario file and a table
# `prm_scenario_assets[]` of {name (the file name without .json), text}, sorted by name.
string(REPLACE "|" ";" INPUTS "${INPUTS}")
set(decls "")
set(rows "")
set(i 0)
list(SORT INPUTS)
foreach(f IN LISTS INPUTS)
  get_filename_component(name "${f}" NAME_WE)
  file(READ "${f}" hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
  string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" body "${body}")
  string(APPEND decls "static const unsigned char s_scenario_${i}[] = {\n${body}0x00};\n")
  string(APPEND rows "    {\"${name}\", reinterpret_cast<const char*>(s_scenario_${i})},\n")
  math(EXPR i "${i} + 1")
endforeach()
if(i EQUAL 0)
  set(rows "    {\"\", \"\"},\n")
endif()
file(WRITE "${OUTPUT}.tmp" "// Generated from assets/scenarios/*.json by cmake/embed_scenarios.cmake; do not edit.
#include <cstddef>
struct PrmScenarioAsset {
    const char* name;
    const char* text;
};
${decls}
extern const PrmScenarioAsset prm_scenario_assets[] = {
${rows}};
extern const std::size_t prm_scenario_asset_count = ${i};
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
