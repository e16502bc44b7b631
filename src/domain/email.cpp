#include "domain/email.h"

#include <cctype>

namespace prm::domain {

bool isValidEmail(const std::string& s) {
    if (s.size() > 254) return false;
    auto at = s.find('@');
    if (at == std::string::npos || at == 0 || s.find('@', at + 1) != std::string::npos) return false;
    const std::string local = s.substr(0, at), domain = s.substr(at + 1);
    if (local.size() > 64 || local.front() == '.' || local.back() == '.' || local.find("..") != std::string::npos)
        return false;
    static const std::string localSpecials = "!#$%&'*+/=?^_`{|}~.-";
    for (unsigned char c : local)
        if (!std::isalnum(c) && localSpecials.find(static_cast<char>(c)) == std::string::npos) return false;
    if (domain.empty() || domain.find('.') == std::string::npos) return false;
    std::size_t start = 0;
    std::string label;
    while (start <= domain.size()) {
        auto dot = domain.find('.', start);
        label = domain.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
        for (unsigned char c : label)
            if (!std::isalnum(c) && c != '-') return false;
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    // The top-level domain: at least two letters.
    if (label.size() < 2) return false;
    for (unsigned char c : label)
        if (!std::isalpha(c)) return false;
    return true;
}

}  // namespace prm::domain
