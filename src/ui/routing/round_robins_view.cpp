// Setup > Build > Customize > Leads > Round Robin: round robins over users or queues with weights, who is
// next, and members that are skipped (and why). "New Round Robin" and editing a round robin's members.
#include <algorithm>
#include <string>
#include <vector>

#include "app/queries_core.h"
#include "app/leads/queries_leads.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/keyboard.h"
#include "ui/leads/lead_ui_helpers.h"
#include "ui/leads/lead_views.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {

struct RrDraft {
    bool open = false;
    Id editing = 0;  // 0: new
    std::string name;
    int kind = 0;  // 0 Users, 1 Queues
    std::vector<std::pair<Id, int>> members;  // id, weight
};

struct RoundRobinsPage {
    DataVersion version;
    std::vector<app::RoundRobinView> rrs;
    std::vector<std::pair<Id, std::string>> users, queues;
    RrDraft d;
    FitPanel panel;
};

}  // namespace

void drawRoundRobinsView(UiContext& ui) {
    RoundRobinsPage& s = ui.page<RoundRobinsPage>();
    const std::vector<app::RoundRobinView>& rrs = s.rrs;
    std::vector<std::pair<Id, std::string>>& users = s.users;
    std::vector<std::pair<Id, std::string>>& queues = s.queues;
    RrDraft& d = s.d;
    if (ui.refreshDue(s.version)) {
        s.rrs = app::listRoundRobins(ui.sandbox.db());
        users.clear();
        queues.clear();
        for (const auto& u : app::listUsers(ui.sandbox.db()))
            users.emplace_back(u.id, u.partner ? u.name + " (" + u.accountName + ")" : u.name);
        for (const auto& q : app::listQueues(ui.sandbox.db())) queues.emplace_back(q.id, q.name);
    }
    heading(tr("Round Robin"));
    hint(tr("Routes leads evenly over users or queues, in turn, by weight (weight 2 gets two leads per round). Members "
            "who cannot own leads (inactive, or partner users who cannot yet) are skipped, not given leads. Use a round "
            "robin as the target of a lead assignment rule entry."));
    if (ImGui::Button(tr("New Round Robin"))) {
        d = RrDraft{};
        d.open = true;
        ui.clearFeedback("rr");
    }
    feedbackBeside(ui, "rrlist");

    if (d.open) {
        beginPanel("rredit", s.panel);
        text(d.editing ? tr("Edit Round Robin") : tr("New Round Robin"));
        if (beginForm("rrform")) {
            formInput(N_("Name"), &d.name);
            formLabel(N_("Members Are"));
            ImGui::BeginDisabled(d.editing != 0);
            if (ImGui::RadioButton(tr("Users"), d.kind == 0) && d.kind != 0) {
                d.kind = 0;
                d.members.clear();
            }
            ImGui::SameLine();
            if (ImGui::RadioButton(tr("Queues"), d.kind == 1) && d.kind != 1) {
                d.kind = 1;
                d.members.clear();
            }
            ImGui::EndDisabled();
            endForm();
        }
        const auto& pool = d.kind == 0 ? users : queues;
        for (std::size_t i = 0; i < d.members.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::SetNextItemWidth(300);
            idCombo("##member", &d.members[i].first, pool, N_("--Choose--"));
            ImGui::SameLine();
            text(tr("Weight"));
            ImGui::SameLine();
            ImGui::SetNextItemWidth(110);
            ImGui::InputInt("##weight", &d.members[i].second);
            d.members[i].second = std::clamp(d.members[i].second, 1, 100);
            ImGui::SameLine();
            if (link(tr("Remove"))) {
                d.members.erase(d.members.begin() + static_cast<long>(i));
                ImGui::PopID();
                break;
            }
            ImGui::PopID();
        }
        if (ImGui::SmallButton(tr("Add Member"))) d.members.emplace_back(0, 1);
        if (primaryButton(tr("Save"))) {
            app::json members = app::json::array();
            for (const auto& [id, w] : d.members) members.push_back({{d.kind == 0 ? "userId" : "queueId", id}, {"weight", w}});
            app::json cmd = {{"name", d.name}, {"members", members}};
            if (d.editing) {
                cmd["cmd"] = "UpdateRoundRobin";
                cmd["roundRobinId"] = d.editing;
            } else {
                cmd["cmd"] = "CreateRoundRobin";
                cmd["kind"] = d.kind == 0 ? "Users" : "Queues";  // notr: command values
            }
            auto r = ui.run(cmd, "rr");
            if (r.ok) {
                ui.toast(r.message);
                d.open = false;
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Cancel"))) d.open = false;
        feedbackBeside(ui, "rr");
        endPanel(s.panel);
    }

    if (rrs.empty()) {
        emptyHint(tr("No round robins yet. Click \"New Round Robin\" and add the partner users or queues that share leads."));
        return;
    }
    if (!beginListTable("rrs", 5)) return;
    keyColumn(tr("Name"));
    stretchColumn(tr("Over"), 0.5f);
    stretchColumn(tr("Members (weight)"), 2.6f);
    stretchColumn(tr("Next Up"), 1.0f);
    keyColumn("");
    listHeaders();
    for (const auto& rr : rrs) {
        ImGui::PushID(static_cast<int>(rr.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        text(rr.name);
        ImGui::TableNextColumn();
        text(tr(rr.kind.c_str()));
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        for (const auto& m : rr.members) {
            if (m.problem.empty()) text(m.name + "  \u00D7" + fmtInt(m.weight));  // notr: name ×weight
            else errorText(trf("{0} \u00D7{1}: skipped, {2}", {m.name, fmtInt(m.weight), m.problem}));
        }
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        if (rr.nextUp.empty()) errorText(tr("nobody can take leads"));
        else text(rr.nextUp);
        ImGui::TableNextColumn();
        if (link(tr("Edit"))) {
            d = RrDraft{true, rr.id, rr.name, rr.kind == "Queues" ? 1 : 0, {}};  // notr: stored value
            for (const auto& m : rr.members) d.members.emplace_back(m.id, m.weight);
            ui.clearFeedback("rr");
        }
        ImGui::PopID();
    }
    endListTable();
}

}  // namespace prm::ui
