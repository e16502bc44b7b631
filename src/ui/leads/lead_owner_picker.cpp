#include "ui/leads/lead_owner_picker.h"

#include <algorithm>

#include "imgui.h"
#include "ui/leads/lead_ui_helpers.h"
#include "imgui_stdlib.h"
#include "ui/strings.h"
#include "ui/ui_helpers.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {
const char* kTypeLabels[] = {N_("User"), N_("Queue"), N_("Partner User")};
const char* kTypeCommands[] = {"User", "Queue", "PartnerUser"};  // notr: the command's ownerType
}  // namespace

const char* OwnerPicker::ownerType() const { return kTypeCommands[type]; }

void drawOwnerPicker(UiContext& ui, OwnerPicker& p, const char* id, float listHeight) {
    ImGui::PushID(id);
    const std::string key = std::to_string(p.type) + "\x1f" + p.search;
    if (key != p.m_cacheKey || ui.dataVersion() != p.m_cacheVersion) {
        p.m_cache = app::ownerCandidates(ui.sandbox.db(), ui.sandbox.currentUser(), p.ownerType(), p.search);
        p.m_cacheKey = key;
        p.m_cacheVersion = ui.dataVersion();
        // A pick that the new list no longer offers is dropped, so Save never sends a hidden owner.
        bool still = false;
        for (const auto& c : p.m_cache.eligible) still |= c.id == p.picked;
        if (!still) {
            p.picked = 0;
            p.pickedName.clear();
        }
    }

    if (beginForm("ownerpickerform")) {
        formLabel(N_("Owner"));
        if (labelledCombo("##ownertype", tr(kTypeLabels[p.type]), tr("Owner"))) {
            for (int i = 0; i < 3; ++i)
                if (ImGui::Selectable(tr(kTypeLabels[i]), p.type == i) && p.type != i) {
                    p.type = i;
                    p.picked = 0;
                    p.pickedName.clear();
                    p.showHidden = false;
                }
            ImGui::EndCombo();
        }
        formLabel(N_("Search"));
        ImGui::InputTextWithHint((std::string(tr("Search")) + "###ownersearch").c_str(),
                                 p.type == 1 ? tr("Queue name") : tr("Name or account"), &p.search);
        endForm();
    }

    const auto& c = p.m_cache;
    if (c.eligible.empty()) {
        hint(p.search.empty() ? (p.type == 2 ? tr("No partner user can own leads yet: see below why.")
                                             : p.type == 1 ? tr("No queues yet: create one in Setup > Queues.")
                                                           : tr("No active users."))
                              : tr("Nobody matches the search; clear it to see every eligible owner."));
    } else {
        const float rowsHeight = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(c.eligible.size()) +
                                 ImGui::GetStyle().WindowPadding.y * 2;
        ImGui::BeginChild("eligible", ImVec2(570.0f, std::min(listHeight, std::max(rowsHeight, 60.0f))), true);
        for (const auto& e : c.eligible) {
            ImGui::PushID(static_cast<int>(e.id));
            const std::string label = e.account.empty() ? e.name : e.name + "  \u2014  " + e.account;
            if (ImGui::Selectable(label.c_str(), p.picked == e.id)) {
                p.picked = e.id;
                p.pickedName = e.name;
            }
            ImGui::PopID();
        }
        ImGui::EndChild();
    }

    if (!c.hidden.empty()) {
        const int n = static_cast<int>(c.hidden.size());
        std::string line;
        if (p.type == 2)
            line = i18n::format(trn("{0} partner user is not shown \u2014 why?", "{0} partner users are not shown \u2014 why?", n),
                                {fmtInt(n)});
        else
            line = i18n::format(trn("{0} user is not shown \u2014 why?", "{0} users are not shown \u2014 why?", n), {fmtInt(n)});
        if (link((line + "###whyhidden").c_str())) p.showHidden = !p.showHidden;
        if (p.showHidden) {
            ImGui::Indent();
            hint(p.type == 2 ? tr("A partner user can own leads only when their profile is a member of a published "
                                  "community, and they are active and have logged in at least once.")
                             : tr("Inactive users cannot own leads."));
            for (const auto& h : c.hidden) {
                std::string reasons;
                for (const auto& r : h.reasons) reasons += (reasons.empty() ? "" : "; ") + r;
                ImGui::Bullet();
                text(h.name + (h.account.empty() ? std::string() : " (" + h.account + ")") + ": " + reasons);
            }
            ImGui::Unindent();
        }
    }
    ImGui::PopID();
}

}  // namespace prm::ui
