#pragma once
#include <string>

namespace prm::domain {

// The one e-mail check of the product (users, leads, queues, contacts): local@domain.tld, ASCII, no
// spaces, no double dots, each domain label 1-63 letters, digits or '-' (not at either end), and a
// top-level domain of at least two letters. a@x.c and a@-x.com are refused.
bool isValidEmail(const std::string& s);

}  // namespace prm::domain
