#include "app/session_queries.h"

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
        auto u = db.prepare("SELECT trim(u.first_name || ' ' || u.last_name), p.is_admin, p.user_type "
                            "FROM users u JOIN profiles p ON p.id = u.profile_id WHERE u.id = ?");
        u.bind(1, info.userId);
        if (u.step()) {
            info.name = u.getText(0);
            info.isAdmin = u.getInt(1) != 0;
            info.isPartner = u.getText(2) == "Partner";
        }
    }
    return info;
}

std::string orgNameIn(store::Db& db) { return db.queryText("SELECT name FROM org WHERE id = 1").value_or(""); }

}  // namespace prm::app
