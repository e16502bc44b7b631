#pragma once
// Small read models the header and the shell need on every frame.
#include <string>

#include "app/sandbox.h"

namespace prm::app {

struct SessionInfo {
    Id userId = 0;
    std::string name;          // "Maija Virtanen"
    bool isAdmin = false;
    bool isPartner = false;
    // Logged in with a temporary password: until ChangePassword, the model refuses everything but
    // ChangePassword and LogOut (Sandbox::run), so the UI shows only "Change Your Password".
    bool passwordChangeRequired = false;
    bool orgExists = false;
    std::string orgName;
    std::string edition;
    bool prmEnabled = false;
    std::string wizardState;   // none / open / done / cancelled
};

SessionInfo sessionInfo(Sandbox& sb);

// The org name stored in a database (a file about to replace the org, say), or "" when it has none.
std::string orgNameIn(store::Db& db);

}  // namespace prm::app
