// Fuzz target: the RFC 4180 reader (app/csv.h) and the import's header mapping (app/data_import.h).
// Properties checked beyond "no crash": a file that parses writes back (csv::Writer) and parses
// again to the same fields; mapping never fails on a parsed table.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "app/data/csv.h"
#include "app/data/data_import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace prm::app;
    const std::string_view in(reinterpret_cast<const char*>(data), size);
    auto recs = csv::parseRecords(in);
    if (!recs) {
        if (recs.message().empty()) std::abort();  // every refusal says why
        return 0;
    }
    if (recs.value().empty()) return 0;  // only blank lines: nothing to write back
    csv::Writer w(false);
    for (const auto& r : recs.value()) w.row(r.fields);
    auto again = csv::parseRecords(w.str());
    if (!again || again.value().size() != recs.value().size()) std::abort();
    for (std::size_t i = 0; i < recs.value().size(); ++i)
        if (again.value()[i].fields != recs.value()[i].fields) std::abort();
    for (auto object : {data_import::Object::Lead, data_import::Object::Account, data_import::Object::Contact}) {
        auto plan = data_import::load(object, in);
        if (!plan) continue;
        (void)data_import::mappingProblems(plan.value());
        (void)data_import::command(plan.value(), {}, true);
        (void)data_import::mappedRows(plan.value(), 5);
    }
    return 0;
}
