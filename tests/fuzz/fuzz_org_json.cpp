// Fuzz target: the org JSON reader (app/org_json.h): parse, validate with JSON paths, build into a
// private in-memory database and check it. Every refusal must carry a message.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "app/data/org_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view in(reinterpret_cast<const char*>(data), size);
    auto db = prm::app::org_json::buildFromText(in);
    if (!db && db.message().empty()) std::abort();
    if (db) {
        // A document that builds exports again, and the export builds too.
        auto again = prm::app::org_json::buildFromText(prm::app::org_json::exportOrgText(*db.value()));
        if (!again) std::abort();
    }
    return 0;
}
