// Compiled into the ImGui library itself (see cmake/third_party.cmake).
#include <cstdio>
#include <string>

namespace {
int g_count = 0;
std::string g_last;
}  // namespace

void prmImguiAssertFailed(const char* expr, const char* file, int line) {
    ++g_count;
    g_last = std::string(file) + ":" + std::to_string(line) + ": " + expr;
    if (g_count <= 20) std::fprintf(stderr, "ImGui assertion failed: %s\n", g_last.c_str());
}
int prmImguiAssertCount() { return g_count; }
const char* prmImguiLastAssert() { return g_last.c_str(); }
