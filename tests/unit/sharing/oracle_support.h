#pragma once
// What the randomized oracle tests share: a generator that gives the same sequence on every platform,
// the number of orgs from the environment, and a Status check.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>

#include "domain/result.h"

namespace prm::oracle {

struct Rng {
    std::uint64_t s;
    std::uint64_t next() {  // splitmix64
        std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }
};

// PRM_ORACLE_ORGS and PRM_ORACLE_SEED (see the tests).
inline int envInt(const char* name, int fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::atoi(v) : fallback;
}

inline void check(const domain::Status& st, const char* what) { ASSERT_TRUE(st.ok()) << what << ": " << st.message(); }

}  // namespace prm::oracle
