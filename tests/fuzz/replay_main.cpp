// Replays fuzz inputs without libFuzzer (any compiler): replay FILE_OR_DIR... runs
// LLVMFuzzerTestOneInput on every file, so the committed corpus is a normal ctest test.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fs = std::filesystem;

static bool runFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "replay: cannot read %s\n", p.string().c_str());
        return false;
    }
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    return true;
}

int main(int argc, char** argv) {
    int files = 0;
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg(argv[i]);
        std::error_code ec;
        if (fs::is_directory(arg, ec)) {
            std::vector<fs::path> all;
            for (const auto& e : fs::directory_iterator(arg))
                if (e.is_regular_file()) all.push_back(e.path());
            std::sort(all.begin(), all.end());
            for (const auto& p : all) ok = runFile(p) && ok, ++files;
        } else {
            ok = runFile(arg) && ok;
            ++files;
        }
    }
    std::printf("replayed %d inputs%s\n", files, ok ? "" : " (some could not be read)");
    return ok && files > 0 ? 0 : 1;
}
