// Setup > Administer > Manage Users > Queues (and Sales > Queues): the queue list with members and lead
// counts; "New Queue" (Name, Queue Email, Send email to members, members: users, partner users, roles,
// public groups); a queue's members can be added and removed; "Delete".
#include <string>
#include <vector>

#include "app/queries_core.h"
#include "app/leads/queries_lead_ui.h"
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

// A member to add: kind 0 User, 1 Partner User, 2 Role, 3 Public Group.
struct MemberChoice {
    int kind = 0;
    Id id = 0;
};
const char* kKinds[] = {N_("User"), N_("Partner User"), N_("Role"), N_("Public Group")};

struct Choices {
    DataVersion version;
    std::vector<std::pair<Id, std::string>> byKind[4];
};

struct QueueDraft {
    bool open = false;
    std::string name, email;
    bool send = false;
    std::vector<MemberChoice> members;
    MemberChoice adding;
};

struct QueuesPage {
    Choices choices;  // what "Add Member" offers, shared by the new-queue panel and the queue editor
    QueueDraft d;     // "New Queue"
    FitPanel panel;
    Id selected = 0;
    MemberChoice editAdd;
    DataVersion version;
    std::vector<app::QueueView> queues;
    // The selected queue's settings being edited.
    Id editing = 0;
    std::string name, email;
    bool send = false;
};

const Choices& choices(UiContext& ui) {
    Choices& c = ui.page<QueuesPage>().choices;
    if (!ui.refreshDue(c.version)) return c;
    for (auto& v : c.byKind) v.clear();
    app::UserFilter f;
    f.active = true;
    for (const auto& u : app::listUsers(ui.sandbox.db(), f))
        c.byKind[u.partner ? 1 : 0].emplace_back(u.id, u.partner ? u.name + " (" + u.accountName + ")" : u.name);
    for (const auto& r : app::roleTree(ui.sandbox.db())) c.byKind[2].emplace_back(r.id, std::string(static_cast<std::size_t>(r.depth) * 2, ' ') + r.name);
    c.byKind[3] = app::publicGroupChoices(ui.sandbox.db());
    return c;
}

app::json memberJson(const MemberChoice& m) {
    if (m.kind <= 1) return {{"userId", m.id}};
    if (m.kind == 2) return {{"roleId", m.id}};
    return {{"groupId", m.id}};
}

// Kind combo + record combo; true when "Add" was clicked with a record picked.
bool memberAdder(UiContext& ui, MemberChoice& m, const char* id) {
    ImGui::PushID(id);
    const Choices& c = choices(ui);
    ImGui::SetNextItemWidth(150);
    if (ImGui::BeginCombo("##kind", tr(kKinds[m.kind]))) {
        for (int k = 0; k < 4; ++k)
            if (ImGui::Selectable(tr(kKinds[k]), m.kind == k)) {
                m.kind = k;
                m.id = 0;
            }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(260);
    idCombo("##member", &m.id, c.byKind[m.kind], N_("--Choose--"));
    ImGui::SameLine();
    ImGui::BeginDisabled(m.id == 0);
    const bool add = ImGui::Button(tr("Add Member"));
    ImGui::EndDisabled();
    ImGui::PopID();
    return add && m.id != 0;
}

std::string choiceName(UiContext& ui, const MemberChoice& m) {
    for (const auto& [id, name] : choices(ui).byKind[m.kind])
        if (id == m.id) return trf("{0}: {1}", {tr(kKinds[m.kind]), name});
    return "?";
}

}  // namespace

void drawQueuesView(UiContext& ui) {
    QueuesPage& s = ui.page<QueuesPage>();
    QueueDraft& d = s.d;
    Id& selected = s.selected;
    MemberChoice& editAdd = s.editAdd;
    const std::vector<app::QueueView>& queues = s.queues;
    if (ui.refreshDue(s.version)) s.queues = app::listQueues(ui.sandbox.db());

    heading(tr("Queues"));
    hint(tr("A queue holds leads until a member takes them. Members may be users, partner users, roles or public "
            "groups; members (and users above them in the role hierarchy) can take ownership. \"Send email to "
            "members\" notifies them of new leads."));
    if (ImGui::Button(tr("New Queue"))) {
        d = QueueDraft{};
        d.open = true;
        ui.clearFeedback("newqueue");
    }
    ui.feedback("queues");

    if (d.open) {
        beginPanel("newqueue", s.panel);
        text(tr("New Queue"));
        if (beginForm("newqueueform")) {
            formInput(N_("Queue Name"), &d.name);
            formInput(N_("Queue Email"), &d.email);
            formLabel("");
            ImGui::Checkbox(tr("Send email to members"), &d.send);
            endForm();
        }
        text(tr("Members"));
        for (std::size_t i = 0; i < d.members.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::Bullet();
            text(choiceName(ui, d.members[i]));
            ImGui::SameLine();
            if (link(tr("Remove"))) {
                d.members.erase(d.members.begin() + static_cast<long>(i));
                ImGui::PopID();
                break;
            }
            ImGui::PopID();
        }
        if (memberAdder(ui, d.adding, "newmember")) {
            d.members.push_back(d.adding);
            d.adding.id = 0;
        }
        if (primaryButton(tr("Save"))) {
            app::json members = app::json::array();
            for (const auto& m : d.members) members.push_back(memberJson(m));
            auto r = ui.run({{"cmd", "CreateQueue"}, {"name", d.name}, {"email", d.email}, {"sendEmailToMembers", d.send},
                             {"members", members}},
                            "newqueue");
            if (r.ok) {
                ui.toast(r.message);
                selected = r.data.value("queueId", Id{0});
                d.open = false;
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Cancel"))) d.open = false;
        feedbackBeside(ui, "newqueue");
        endPanel(s.panel);
    }

    if (queues.empty()) {
        emptyHint(tr("No queues yet. Click \"New Queue\", e.g. \"Nordic Partner Leads\" with the partner users as members."));
        return;
    }
    if (beginListTable("queues", 6)) {
        keyColumn(tr("Queue Name"));
        stretchColumn(tr("Queue Email"), 1.5f);
        stretchColumn(tr("Email Members"), 0.7f);
        stretchColumn(tr("Members"), 2.2f);
        stretchColumn(tr("Leads"), 0.5f);
        keyColumn("");
        listHeaders();
        for (const auto& q : queues) {
            ImGui::PushID(static_cast<int>(q.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable(q.name.c_str(), selected == q.id)) selected = selected == q.id ? 0 : q.id;
            ImGui::TableNextColumn();
            text(q.email);
            ImGui::TableNextColumn();
            text(q.sendEmailToMembers ? "\u2713" : "");
            ImGui::TableNextColumn();
            std::string members;
            for (const auto& m : q.members) members += (members.empty() ? "" : ", ") + m.name;
            ImGui::PushTextWrapPos(0.0f);
            text(members.empty() ? std::string(tr("(no members)")) : members);
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            text(fmtInt(q.leadCount));
            ImGui::TableNextColumn();
            if (link(tr("Edit"))) selected = q.id;
            ImGui::SameLine();
            if (link(tr("Delete"))) ui.run({{"cmd", "DeleteQueue"}, {"queueId", q.id}}, "queues");
            ImGui::PopID();
        }
        endListTable();
    }

    // The selected queue: its settings and members, changed one command at a time.
    for (const auto& q : queues) {
        if (q.id != selected) continue;
        Id& editing = s.editing;
        std::string& name = s.name;
        std::string& email = s.email;
        bool& send = s.send;
        if (editing != q.id) {
            editing = q.id;
            name = q.name;
            email = q.email;
            send = q.sendEmailToMembers;
            ui.clearFeedback("editqueue");
        }
        ImGui::Spacing();
        ImGui::SetWindowFontScale(1.1f);
        text(std::string(tr("Queue")) + ": " + q.name);
        ImGui::SetWindowFontScale(1.0f);
        if (beginForm("editqueueform")) {
            formInput(N_("Queue Name"), &name);
            formInput(N_("Queue Email"), &email);
            formLabel("");
            ImGui::Checkbox(tr("Send email to members"), &send);
            endForm();
        }
        if (primaryButton(tr("Save Queue"))) {
            auto r = ui.run({{"cmd", "UpdateQueue"}, {"queueId", q.id}, {"name", name}, {"email", email}, {"sendEmailToMembers", send}},
                            "editqueue");
            if (r.ok) editing = 0;
        }
        feedbackBeside(ui, "editqueue");
        text(tr("Members"));
        if (q.members.empty()) emptyHint(tr("No members: nobody can take this queue's leads yet."));
        for (const auto& m : q.members) {
            ImGui::PushID(static_cast<int>(m.memberId));
            ImGui::Bullet();
            text(std::string(tr(m.kind.c_str())) + ": " + m.name);
            ImGui::SameLine();
            if (link(tr("Remove"))) ui.run({{"cmd", "RemoveQueueMember"}, {"queueId", q.id}, {"memberId", m.memberId}}, "editqueue");
            ImGui::PopID();
        }
        if (memberAdder(ui, editAdd, "editmember")) {
            app::json cmd = memberJson(editAdd);
            cmd["cmd"] = "AddQueueMember";
            cmd["queueId"] = q.id;
            if (ui.run(cmd, "editqueue").ok) editAdd.id = 0;
        }
    }
}

}  // namespace prm::ui
