#include "app/session_queries.h"

#include "app/people.h"

namespace prm::app {

SessionInfo sessionInfo(Sandbox& sb) {
    SessionInfo info;
    auto& db = sb.db();
    auto org = db.prepare("SELECT name, edition, prm_enabled, wizard_state FROM org WHERE id = 1");
    if (org.step()) {
        info.orgExists = true;
        info.orgName = org.getText(0);
        info.edition = org.getText(1);
        info.prmEnabled = org.getInt(2) != 0;
        info.wizardState = org.getText(3);
    }
    info.userId = sb.currentUser();
    if (info.userId) {
        if (const User u = loadUser(db, info.userId); u.exists) {
            info.name = u.name;
            info.isAdmin = u.admin;
            info.isPartner = u.partner;
            info.passwordChangeRequired =
                db.queryInt("SELECT must_change_password FROM users WHERE id = ?", info.userId).value_or(0) == 2;
        }
    }
    return info;
}

std::string orgNameIn(store::Db& db) { return db.queryText("SELECT name FROM org WHERE id = 1").value_or(""); }

}  // namespace prm::app
