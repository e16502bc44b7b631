#pragma once
// What every view gets: the sandbox (to read through app queries and to run commands), navigation,
// platform services, and the last result of each control so refusals show next to what caused them.
#include <cassert>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <typeindex>
#include <typeinfo>
#include <unordered_map>
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
    Opportunities,
    OpportunityDetail,
    Activities,   // My Workplace → Activities
    NewActivity,  // opened by openNewActivity() (ui/sales/sales_views.h)
    ConvertLead,  // nav.record: the lead
    ExperienceSettings,  // Setup > Digital Experiences > Settings
    // Deal registration (ui/leads/deal_registration_view.cpp)
    DealRegistrations,
    RegisterDeal,  // nav.record: 0 new, else the deal to edit
    DealDetail,    // nav.record: the deal
    // Channel programs and tiers (ui/channel/channel_views.h)
    ChannelPrograms,
    ChannelProgramDetail,  // nav.record: the program
    AccountMembers,  // Partner Community → Account Management → Members (delegated admins)
};

// The apps of the app menu. Sales, Marketing, Service and My Workplace are work areas (Dynamics style):
// each has its own left navigation (ui/areas.h) with the area buttons at its bottom.
enum class AppArea { Sales, Marketing, Service, MyWorkplace, Setup, PartnerCommunity };

// A form's draft and the visit it was started on: `if (ui.nav.entered(f.seen)) f.draft = Draft{};`
template <class Draft>
struct FormState {
    Draft draft;
    std::uint64_t seen = ~0ull;
};

// Services only the platform can give (file download/upload, persistence); empty functions when absent.
struct PlatformServices {
    std::function<void(const std::string& filename, const std::string& mime, const std::string& bytes)> download;
    // Opens the file picker; `done` gets the file's name, its bytes and its size. A file over 1024 MB
    // arrives without its bytes (empty) and with its real size, so the view can say what the limit is.
    std::function<void(const std::string& accept,
                       std::function<void(std::string name, std::string bytes, std::size_t size)> done)>
        upload;
    std::function<std::string()> persistenceStatus;  // e.g. "Saved in this browser"
    std::function<void()> resetStorage;              // wipe what the platform keeps (IndexedDB)
    std::function<void(const std::string& code)> rememberLanguage;  // "en"/"fi", kept in the browser
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

// Which state of the org a cache was filled from. `generation` changes when the org behind the UI is
// swapped (scenario load, restore, reset, an uploaded file), `revision` after every committed change.
struct DataVersion {
    std::uint64_t generation = ~0ull;
    std::uint64_t revision = ~0ull;
    bool operator==(const DataVersion& o) const { return generation == o.generation && revision == o.revision; }
    bool operator!=(const DataVersion& o) const { return !(*this == o); }
};

class UiContext {
public:
    UiContext(app::Sandbox& sb, PlatformServices ps) : sandbox(sb), platform(std::move(ps)) {}
    app::Sandbox& sandbox;
    PlatformServices platform;
    Nav nav;
    AppArea area = AppArea::Sales;

    // Runs a command; the result is kept under `anchor` so the view can show it beside the control.
    // A committed command invalidates every cache.
    // Runs a command; its result is kept under `anchor` (feedback() shows it there), so callers may ignore it.
    const CommandResult& run(const json& command, const std::string& anchor);
    // Draws the kept refusal (red) or confirmation (green) for `anchor`, if any.
    void feedback(const std::string& anchor);
    void clearFeedback(const std::string& anchor) { m_results.erase(anchor); }
    // Keeps a result got another way (app::training::executeWithUndo) under `anchor`, as run() would.
    void keepResult(const std::string& anchor, const CommandResult& r) { m_results[anchor] = r; }
    // The kept result for `anchor`, or null.
    const CommandResult* result(const std::string& anchor) const {
        auto it = m_results.find(anchor);
        return it == m_results.end() ? nullptr : &it->second;
    }
    // A toast for the whole window (top of the page).
    void toast(const std::string& text) { m_toast = text; m_toastFrames = 240; }
    void drawToast();
    bool hasToast() const { return m_toastFrames > 0; }

    // ---- caches ---------------------------------------------------------------------------------
    // The org changed other than through run() (a job stepped by the view, training bookkeeping, a
    // command from the platform): every cache refetches.
    void invalidate() { ++m_revision; }
    // The org behind the UI was swapped: no cache, draft or selection of the old org may show again.
    // Page state (page<T>()) is dropped at the start of the next frame, so a view that is still drawing
    // keeps valid references until then.
    void orgReplaced();
    // Bumps on every org swap and every change of the logged-in user (login, logout, from any path):
    // transient state (page<T>() structs: selections, progress, drafts; kept results; the toast) belongs
    // to the generation it was made in and is dropped when it changes. See beginFrame().
    std::uint64_t transientGeneration() const { return m_transientGeneration; }
    DataVersion dataVersion() const { return {m_generation, m_revision}; }
    // True when the org changed since `seen` (a cache's own mark), which is then brought up to date:
    // `if (ui.refreshDue(c.version)) c.rows = app::listQueues(...);`
    bool refreshDue(DataVersion& seen) const {
        if (seen == dataVersion()) return false;
        seen = dataVersion();
        return true;
    }

    // ---- view state -----------------------------------------------------------------------------
    // The state of one page (filters, drafts, selections, caches): one T per UiContext, so per AppUi,
    // default-constructed on first use. T is declared beside its view. Dropped on an org swap.
    template <class T>
    T& page() {
        return slot<T>(false);
    }
    // State that outlives an org swap because it reports on the swap or sits beside every page (the
    // training panel, the Sandbox File page's "replaced" message); its caches still obey dataVersion().
    template <class T>
    T& pageAcrossOrgs() {
        return slot<T>(true);
    }
    // AppUi::frame() calls this before drawing: notices a change of the logged-in user made by any path
    // (a command from the platform, a scenario script) and applies a pending drop of transient state.
    void beginFrame();

private:
    // Starts a new transient generation: kept results and the toast go now, page state at the next
    // beginFrame() (a view that is still drawing keeps valid references until then).
    void dropTransientState();
    // Compares the logged-in user with the one last seen; a change drops transient state.
    void noticeSessionChange();

    struct StateBase {
        virtual ~StateBase() = default;
        bool acrossOrgs = false;
    };
    template <class T>
    struct State : StateBase {
        T value{};
    };
    template <class T>
    T& slot(bool acrossOrgs) {
        std::unique_ptr<StateBase>& s = m_states[std::type_index(typeid(T))];
        if (!s) {
            s = std::make_unique<State<T>>();
            s->acrossOrgs = acrossOrgs;
        }
        assert(s->acrossOrgs == acrossOrgs && "a state type is either page<T>() or pageAcrossOrgs<T>(), not both");  // notr: a compile-time check
        return static_cast<State<T>*>(s.get())->value;
    }

    std::map<std::string, CommandResult> m_results;
    std::string m_toast;
    int m_toastFrames = 0;
    std::uint64_t m_generation = 0;
    std::uint64_t m_revision = 0;
    bool m_dropPages = false;  // an org swap or a session change happened: drop page state at the next beginFrame()
    std::uint64_t m_transientGeneration = 0;
    Id m_sessionUser = -1;  // the logged-in user last seen (-1: not read yet)
    std::unordered_map<std::type_index, std::unique_ptr<StateBase>> m_states;
};

}  // namespace prm::ui
