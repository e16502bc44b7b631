#pragma once
// What every view gets: the sandbox (to read through app queries and to run commands), navigation,
// platform services, and the last result of each control so refusals show next to what caused them.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "app/sandbox.h"

namespace prm::ui {

using app::CommandResult;
using app::json;
using domain::Id;

enum class Screen {
    Home,
    SetupHome,
    PartnerSettings,
    ExternalAccessWizard,
    OrgSettings,
    Users,
    UserDetail,
    Profiles,
    Roles,
    Communities,
    Queues,
    AssignmentRules,
    RoundRobins,
    SharingSettings,
    AuditTrail,
    Accounts,
    AccountDetail,
    Contacts,
    ContactDetail,
    NewPartnerUser,
    Leads,
    LeadDetail,
    ChangeLeadOwner,
    Outbox,
    Login,
    PartnerHome,
    PartnerInbox,
    CommunityDetail,
    NewAccount,
    NewContact,
    NewLead,
    SharingRules,
    PublicGroups,
    PartnerLeadDetail,
    DataImport,   // nav.record: 1 Lead, 2 Account, 3 Contact preselected (0: as left)
    SandboxFile,
};

enum class AppArea { Sales, Setup, PartnerCommunity };

// Services only the platform can give (file download/upload, persistence); empty functions when absent.
struct PlatformServices {
    std::function<void(const std::string& filename, const std::string& mime, const std::string& bytes)> download;
    // Opens the file picker; `done` gets the file's name, its bytes and its size. A file over 50 MB
    // arrives without its bytes (empty) and with its real size, so the view can say what the limit is.
    std::function<void(const std::string& accept,
                       std::function<void(std::string name, std::string bytes, std::size_t size)> done)>
        upload;
    std::function<std::string()> persistenceStatus;  // e.g. "Saved in this browser"
    std::function<void()> resetStorage;              // wipe what the platform keeps (IndexedDB)
};

struct Nav {
    Screen screen = Screen::Home;
    Id record = 0;
    std::vector<std::pair<Screen, Id>> back;
    std::uint64_t visit = 0;  // bumps on every navigation: forms reset their drafts when it changes
    void go(Screen s, Id id = 0) {
        back.emplace_back(screen, record);
        if (back.size() > 64) back.erase(back.begin());
        screen = s;
        record = id;
        ++visit;
    }
    void goBack() {
        if (back.empty()) return;
        screen = back.back().first;
        record = back.back().second;
        back.pop_back();
        ++visit;
    }
    // True once per visit of a screen: `seen` is the view's own marker.
    bool entered(std::uint64_t& seen) const {
        if (seen == visit) return false;
        seen = visit;
        return true;
    }
};

class UiContext {
public:
    UiContext(app::Sandbox& sb, PlatformServices ps) : sandbox(sb), platform(std::move(ps)) {}
    app::Sandbox& sandbox;
    PlatformServices platform;
    Nav nav;
    AppArea area = AppArea::Sales;
    std::uint64_t revision = 0;  // bumps after every committed command: views refresh cached queries on change

    // Runs a command; the result is kept under `anchor` so the view can show it beside the control.
    CommandResult run(const json& command, const std::string& anchor);
    // Draws the kept refusal (red) or confirmation (green) for `anchor`, if any.
    void feedback(const std::string& anchor);
    void clearFeedback(const std::string& anchor) { m_results.erase(anchor); }
    // A toast for the whole window (top of the page).
    void toast(const std::string& text) { m_toast = text; m_toastFrames = 240; }
    void drawToast();
    bool hasToast() const { return m_toastFrames > 0; }

private:
    std::map<std::string, CommandResult> m_results;
    std::string m_toast;
    int m_toastFrames = 0;
};

}  // namespace prm::ui
