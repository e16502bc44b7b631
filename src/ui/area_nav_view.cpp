// The work areas' left navigation: one item table per area (add a row to extend an area), then one
// button per work area at the bottom of the pane, the current one highlighted.
#include <algorithm>
#include <string>

#include "imgui.h"
#include "ui/areas.h"
#include "ui/strings.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

const AreaNavItem kHome = {N_("Home"), Screen::Home, {Screen::Home, Screen::Home, Screen::Home, Screen::Home}};
const AreaNavItem kAccounts = {N_("Accounts"), Screen::Accounts,
                               {Screen::AccountDetail, Screen::NewAccount, Screen::Accounts, Screen::Accounts}};
const AreaNavItem kContacts = {N_("Contacts"), Screen::Contacts,
                               {Screen::ContactDetail, Screen::NewContact, Screen::NewPartnerUser, Screen::Contacts}};
const AreaNavItem kLeads = {N_("Leads"), Screen::Leads,
                            {Screen::LeadDetail, Screen::ChangeLeadOwner, Screen::NewLead, Screen::ConvertLead}};
const AreaNavItem kOpportunities = {N_("Opportunities"), Screen::Opportunities,
                                    {Screen::OpportunityDetail, Screen::Opportunities, Screen::Opportunities, Screen::Opportunities}};
const AreaNavItem kDeals = {N_("Deal Registrations"), Screen::DealRegistrations,
                            {Screen::DealDetail, Screen::RegisterDeal, Screen::DealRegistrations, Screen::DealRegistrations}};
const AreaNavItem kActivities = {N_("Activities"), Screen::Activities,
                                 {Screen::NewActivity, Screen::Activities, Screen::Activities, Screen::Activities}};
const AreaNavItem kQueues = {N_("Queues"), Screen::Queues, {Screen::Queues, Screen::Queues, Screen::Queues, Screen::Queues}};
const AreaNavItem kChannelPrograms = {N_("Channel Programs"), Screen::ChannelPrograms,
                                      {Screen::ChannelProgramDetail, Screen::ChannelPrograms, Screen::ChannelPrograms,
                                       Screen::ChannelPrograms}};
const AreaNavItem kOutbox = {N_("Outbox"), Screen::Outbox, {Screen::Outbox, Screen::Outbox, Screen::Outbox, Screen::Outbox}};

// Dynamics CRM's areas: My Workplace starts on the activity list (the document's "Completing an activity").
const AreaNavItem kSalesItems[] = {kHome, kAccounts, kContacts, kLeads, kOpportunities, kDeals,
                                   kActivities, kQueues, kOutbox, kChannelPrograms};
const AreaNavItem kMarketingItems[] = {kAccounts, kContacts, kLeads, kActivities};
const AreaNavItem kServiceItems[] = {kAccounts, kContacts, kActivities};
const AreaNavItem kWorkplaceItems[] = {kActivities, kHome, kAccounts, kContacts, kLeads, kOpportunities};

const AppArea kWorkAreas[] = {AppArea::Sales, AppArea::Marketing, AppArea::Service, AppArea::MyWorkplace};

}  // namespace

const char* areaName(AppArea a) {
    switch (a) {
        case AppArea::Sales: return tr("Sales");
        case AppArea::Marketing: return tr("Marketing");
        case AppArea::Service: return tr("Service");
        case AppArea::MyWorkplace: return tr("My Workplace");
        case AppArea::Setup: return tr("Setup");
        case AppArea::PartnerCommunity: return tr("Partner Community");
    }
    return "";
}

bool isWorkArea(AppArea a) { return std::find(std::begin(kWorkAreas), std::end(kWorkAreas), a) != std::end(kWorkAreas); }

const AppArea* workAreas(std::size_t* count) {
    *count = std::size(kWorkAreas);
    return kWorkAreas;
}

const AreaNavItem* areaNavItems(AppArea a, std::size_t* count) {
    switch (a) {
        case AppArea::Sales: *count = std::size(kSalesItems); return kSalesItems;
        case AppArea::Marketing: *count = std::size(kMarketingItems); return kMarketingItems;
        case AppArea::Service: *count = std::size(kServiceItems); return kServiceItems;
        case AppArea::MyWorkplace: *count = std::size(kWorkplaceItems); return kWorkplaceItems;
        case AppArea::Setup:
        case AppArea::PartnerCommunity: break;
    }
    *count = 0;
    return nullptr;
}

Screen areaStartScreen(AppArea a) {
    if (a == AppArea::Setup) return Screen::SetupHome;
    if (a == AppArea::PartnerCommunity) return Screen::PartnerHome;
    std::size_t n = 0;
    const AreaNavItem* items = areaNavItems(a, &n);
    return n ? items[0].screen : Screen::Home;
}

float areaNavWidth(UiContext& ui) {
    float widest = 0;
    std::size_t n = 0;
    const AreaNavItem* items = areaNavItems(ui.area, &n);
    for (std::size_t i = 0; i < n; ++i) widest = std::max(widest, ImGui::CalcTextSize(tr(items[i].label)).x);
    for (AppArea a : kWorkAreas) widest = std::max(widest, ImGui::CalcTextSize(areaName(a)).x);
    const ImGuiStyle& st = ImGui::GetStyle();
    return std::max(170.0f, widest + 2 * (st.WindowPadding.x + st.FramePadding.x + st.ItemSpacing.x) + 4.0f);
}

void switchArea(UiContext& ui, AppArea a) {
    ui.area = a;
    ui.nav.go(areaStartScreen(a));
}

void drawAreaNav(UiContext& ui) {
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
    std::size_t n = 0;
    const AreaNavItem* items = areaNavItems(ui.area, &n);
    for (std::size_t i = 0; i < n; ++i) {
        const AreaNavItem& it = items[i];
        bool current = ui.nav.screen == it.screen;
        for (Screen s : it.related) current |= ui.nav.screen == s;
        if (ImGui::Selectable(tr(it.label), current, 0, ImVec2(0, 30))) ui.nav.go(it.screen);
    }
    ImGui::PopStyleVar();

    // The area buttons sit at the bottom of the pane (below the items when the pane is short).
    std::size_t areaCount = 0;
    const AppArea* areas = workAreas(&areaCount);
    const ImGuiStyle& st = ImGui::GetStyle();
    const float buttonH = ImGui::GetFrameHeight() + 4.0f;
    // The separator and the gap below it, then the buttons with the spacing between them; a few pixels spare
    // so the pane never scrolls when the buttons fit.
    const float block = 2.0f * st.ItemSpacing.y + 3.0f + static_cast<float>(areaCount) * (buttonH + st.ItemSpacing.y) + 4.0f;
    const float bottom = ImGui::GetWindowHeight() - st.WindowPadding.y - block;
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY() + 12.0f, bottom));
    ImGui::Separator();
    ImGui::Dummy(ImVec2(0, 2.0f));
    for (std::size_t i = 0; i < areaCount; ++i) {
        const AppArea a = areas[i];
        const bool active = ui.area == a;
        ImGui::PushStyleColor(ImGuiCol_Button, active ? IM_COL32(1, 118, 211, 255) : IM_COL32(236, 240, 245, 255));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, active ? IM_COL32(1, 118, 211, 255) : IM_COL32(200, 220, 245, 255));
        ImGui::PushStyleColor(ImGuiCol_Text, active ? IM_COL32(255, 255, 255, 255) : IM_COL32(20, 20, 20, 255));
        ImGui::PushID(static_cast<int>(a));
        if (ImGui::Button(areaName(a), ImVec2(-1, buttonH)) && !active) switchArea(ui, a);
        ImGui::PopID();
        ImGui::PopStyleColor(3);
    }
}

}  // namespace prm::ui
