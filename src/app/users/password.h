#pragma once
// Passwords: generation, the strength rule, and Argon2id hashing. Only the encoded hash is ever stored;
// the plain password exists once, in the e-mail that tells the user (Welcome / PasswordReset).
#include <optional>
#include <random>
#include <string>

#include "domain/result.h"

namespace prm::app {

// 12 characters, letters and digits, at least one of each (so it passes passwordProblem()).
// The rng is the sandbox's: repeatable in tests, seeded from std::random_device otherwise.
std::string generatePassword(std::mt19937_64& rng);

// Why a password is too weak, in words a user can act on; nullopt when it is acceptable
// (at least 8 characters, with a letter and a digit).
std::optional<std::string> passwordProblem(const std::string& password);

// "$argon2id$v=19$m=4096,t=2,p=1$<salt>$<hash>" with a random 16-byte salt from rng.
// Parameters are kept small (t=2, m=4 MiB, p=1) so a login stays fast in the browser build.
domain::Result<std::string> hashPassword(const std::string& password, std::mt19937_64& rng);

// True when `password` matches an encoded Argon2id hash; false for an empty or malformed hash.
bool verifyPassword(const std::string& encodedHash, const std::string& password);

}  // namespace prm::app
