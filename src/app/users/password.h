#pragma once
// Passwords: generation, the strength rule, and Argon2id hashing. Only the encoded hash is ever stored;
// the plain password exists once, in the e-mail that tells the user (Welcome / PasswordReset).
//
// Secrets (generated passwords, salts, any token) come only from the platform's cryptographic source
// (secureRandomBytes); nothing here takes a seed or a seeded generator, so a known seed or one known
// password never predicts another.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "domain/result.h"

namespace prm::app {

// Argon2id cost. The product always uses kPasswordCost, OWASP's recommended minimum (19 MiB, 2 passes,
// 1 lane: about 60-150 ms a hash). Only test fixtures pass a cheaper one, through SandboxOptions, so the
// unit suite (hundreds of users, and a sanitizer build where Argon2 is ~5x slower) stays fast; the cost
// is written into each hash, so any hash verifies whatever the current setting.
struct PasswordCost {
    std::uint32_t memoryKiB;
    std::uint32_t timeCost;
    std::uint32_t parallelism;
};
inline constexpr PasswordCost kPasswordCost{19456, 2, 1};

// Fills buf with n bytes from the platform's cryptographic source: getentropy(), which is the OS's
// generator natively and crypto.getRandomValues() in the browser build. False when none is available.
bool secureRandomBytes(unsigned char* buf, std::size_t n);

// A uniform number in [0, bound) from secureRandomBytes, by rejection sampling (no modulo bias).
// nullopt when the random source failed or bound is 0.
std::optional<std::uint32_t> secureRandomBelow(std::uint32_t bound);

// 12 characters, letters and digits, at least one of each (so it passes passwordProblem()), every
// character drawn uniformly from secureRandomBytes. Fails only when the platform has no random source.
domain::Result<std::string> generatePassword();

// Why a password is too weak, in words a user can act on; nullopt when it is acceptable
// (at least 8 characters, with a letter and a digit).
std::optional<std::string> passwordProblem(const std::string& password);

// "$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>" with a 16-byte salt from secureRandomBytes.
domain::Result<std::string> hashPassword(const std::string& password, const PasswordCost& cost = kPasswordCost);

// True when `password` matches an encoded Argon2id hash; false for an empty or malformed hash.
// The cost is read from the hash itself, so hashes made with earlier parameters still verify.
bool verifyPassword(const std::string& encodedHash, const std::string& password);

}  // namespace prm::app
