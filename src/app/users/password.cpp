#include "app/users/password.h"

#include <array>
#include <cctype>
#include <cstdint>
#include <vector>

#include <argon2.h>

namespace prm::app {
namespace {
constexpr std::uint32_t kTimeCost = 2;
constexpr std::uint32_t kMemoryKiB = 4096;
constexpr std::uint32_t kParallelism = 1;
constexpr std::size_t kSaltLen = 16;
constexpr std::size_t kHashLen = 32;
const char kLetters[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";  // no l, I, O: easier to read
const char kDigits[] = "23456789";                                          // no 0, 1
}  // namespace

std::string generatePassword(std::mt19937_64& rng) {
    const std::string letters = kLetters, digits = kDigits, all = letters + digits;
    std::uniform_int_distribution<std::size_t> pickAll(0, all.size() - 1);
    std::uniform_int_distribution<std::size_t> pickLetter(0, letters.size() - 1);
    std::uniform_int_distribution<std::size_t> pickDigit(0, digits.size() - 1);
    std::string pw;
    for (int i = 0; i < 12; ++i) pw += all[pickAll(rng)];
    // Guarantee one letter and one digit at random positions.
    std::uniform_int_distribution<std::size_t> pos(0, pw.size() - 1);
    std::size_t a = pos(rng), b = pos(rng);
    if (a == b) b = (a + 1) % pw.size();
    pw[a] = letters[pickLetter(rng)];
    pw[b] = digits[pickDigit(rng)];
    return pw;
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

domain::Result<std::string> hashPassword(const std::string& password, std::mt19937_64& rng) {
    std::array<unsigned char, kSaltLen> salt{};
    for (std::size_t i = 0; i < kSaltLen; i += 8) {
        std::uint64_t r = rng();
        for (std::size_t j = 0; j < 8 && i + j < kSaltLen; ++j) salt[i + j] = static_cast<unsigned char>(r >> (8 * j));
    }
    std::vector<char> encoded(argon2_encodedlen(kTimeCost, kMemoryKiB, kParallelism, kSaltLen, kHashLen, Argon2_id));
    int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kParallelism, password.data(), password.size(), salt.data(),
                                   salt.size(), kHashLen, encoded.data(), encoded.size());
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
