#include "app/users/password.h"

#include <array>
#include <cctype>
#include <vector>

#include <argon2.h>
#include <unistd.h>  // getentropy (glibc; Emscripten maps it to crypto.getRandomValues)

namespace prm::app {
namespace {
constexpr std::size_t kSaltLen = 16;
constexpr std::size_t kHashLen = 32;
constexpr std::size_t kPasswordLen = 12;
constexpr std::size_t kMaxEntropyCall = 256;  // getentropy's limit per call
const std::string kLetters = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";  // no l, I, O: easier to read
const std::string kDigits = "23456789";                                          // no 0, 1
constexpr char kNoRandom[] = "the browser or system gave no secure random numbers; try again in an up-to-date browser";
}  // namespace

bool secureRandomBytes(unsigned char* buf, std::size_t n) {
    while (n > 0) {
        const std::size_t chunk = n < kMaxEntropyCall ? n : kMaxEntropyCall;
        if (getentropy(buf, chunk) != 0) return false;
        buf += chunk;
        n -= chunk;
    }
    return true;
}

std::optional<std::uint32_t> secureRandomBelow(std::uint32_t bound) {
    if (bound == 0) return std::nullopt;
    // Accept only values below the largest multiple of bound that fits, so every result is equally likely.
    const std::uint64_t range = std::uint64_t{1} << 32;
    const std::uint64_t limit = range - range % bound;
    for (;;) {
        unsigned char b[4];
        if (!secureRandomBytes(b, sizeof b)) return std::nullopt;
        const std::uint64_t v = std::uint64_t{b[0]} | std::uint64_t{b[1]} << 8 | std::uint64_t{b[2]} << 16 |
                                std::uint64_t{b[3]} << 24;
        if (v < limit) return static_cast<std::uint32_t>(v % bound);
    }
}

domain::Result<std::string> generatePassword() {
    const std::string all = kLetters + kDigits;
    // Draw whole passwords until one has a letter and a digit: uniform over the passwords that pass the rule.
    for (;;) {
        std::string pw;
        bool letter = false, digit = false;
        for (std::size_t i = 0; i < kPasswordLen; ++i) {
            auto k = secureRandomBelow(static_cast<std::uint32_t>(all.size()));
            if (!k) return domain::Result<std::string>::fail(kNoRandom);
            pw += all[*k];
            (*k < kLetters.size() ? letter : digit) = true;
        }
        if (letter && digit) return pw;
    }
}

std::optional<std::string> passwordProblem(const std::string& password) {
    bool letter = false, digit = false;
    for (unsigned char c : password) {
        if (std::isalpha(c) || c >= 0x80) letter = true;  // UTF-8 letters (ä, ö) count as letters
        if (std::isdigit(c)) digit = true;
    }
    if (password.size() < 8)
        return "the password is too short: use at least 8 characters, with a letter and a digit";
    if (!letter || !digit) return "the password needs at least one letter and one digit";
    return std::nullopt;
}

domain::Result<std::string> hashPassword(const std::string& password, const PasswordCost& cost) {
    std::array<unsigned char, kSaltLen> salt{};
    if (!secureRandomBytes(salt.data(), salt.size())) return domain::Result<std::string>::fail(kNoRandom);
    std::vector<char> encoded(argon2_encodedlen(cost.timeCost, cost.memoryKiB, cost.parallelism, kSaltLen, kHashLen,
                                                Argon2_id));
    int rc = argon2id_hash_encoded(cost.timeCost, cost.memoryKiB, cost.parallelism, password.data(), password.size(),
                                   salt.data(), salt.size(), kHashLen, encoded.data(), encoded.size());
    if (rc != ARGON2_OK)
        return domain::Result<std::string>::fail(std::string("the password could not be hashed (") +
                                                 argon2_error_message(rc) + "); try again");
    return std::string(encoded.data());
}

bool verifyPassword(const std::string& encodedHash, const std::string& password) {
    if (encodedHash.rfind("$argon2id$", 0) != 0) return false;
    return argon2id_verify(encodedHash.c_str(), password.data(), password.size()) == ARGON2_OK;
}

}  // namespace prm::app
