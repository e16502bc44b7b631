// Fuzz target: the training scenario reader (app/scenario.h): strict parsing with JSON-path messages,
// then the setup command list. Every refusal must carry a message.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "app/training/scenario.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view in(reinterpret_cast<const char*>(data), size);
    auto s = prm::app::training::parseScenario(in);
    if (!s) {
        if (s.message().empty()) std::abort();
        return 0;
    }
    (void)prm::app::training::setupCommands(s.value());
    return 0;
}
