// The Sales area's left navigation: Home, Accounts, Contacts, Leads, Queues, Outbox.
#include "imgui.h"
#include "ui/strings.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

struct NavItem {
    const char* label;
    Screen screen;
    Screen related[3];  // record pages that belong to this item (highlighted with it)
};
const NavItem kItems[] = {
    {N_("Home"), Screen::Home, {Screen::Home, Screen::Home, Screen::Home}},
    {N_("Accounts"), Screen::Accounts, {Screen::AccountDetail, Screen::NewAccount, Screen::Accounts}},
    {N_("Contacts"), Screen::Contacts, {Screen::ContactDetail, Screen::NewContact, Screen::NewPartnerUser}},
    {N_("Leads"), Screen::Leads, {Screen::LeadDetail, Screen::ChangeLeadOwner, Screen::NewLead}},
    {N_("Queues"), Screen::Queues, {Screen::Queues, Screen::Queues, Screen::Queues}},
    {N_("Outbox"), Screen::Outbox, {Screen::Outbox, Screen::Outbox, Screen::Outbox}},
};

}  // namespace

void drawSalesNav(UiContext& ui) {
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
    for (const NavItem& it : kItems) {
        bool current = ui.nav.screen == it.screen;
        for (Screen s : it.related) current |= ui.nav.screen == s;
        if (ImGui::Selectable(tr(it.label), current, 0, ImVec2(0, 30))) ui.nav.go(it.screen);
    }
    ImGui::PopStyleVar();
}

}  // namespace prm::ui
