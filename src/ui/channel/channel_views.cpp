// Sales → Channel Programs (issue #20): the program list with New, and a program's page: details,
// Activate / Deactivate, its Levels (rank, name, benefits; add a level) and its Members (partner account,
// level, joined; add one with a partner-account picker and a level combo; Promote / Demote / Remove per row).
// The account page's "Channel Programs" section is drawAccountChannelPrograms.
#include <cstdlib>
#include <string>
#include <vector>

#include "app/channel/channel_queries.h"
#include "app/queries_core.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/channel/channel_views.h"
#include "ui/keyboard.h"
#include "ui/leads/lead_ui_helpers.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace channel = app::channel;
namespace {

// A combo over (id, name) that the widget map knows by `mapLabel` (tests click it by that).
void pickCombo(const char* id, const char* mapLabel, Id* current, const std::vector<std::pair<Id, std::string>>& choices) {
    std::string preview = tr("--Choose--");
    for (const auto& [i, n] : choices)
        if (i == *current) preview = n;
    if (!labelledCombo(id, preview.c_str(), mapLabel)) return;
    for (const auto& [i, n] : choices) {
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(n.c_str(), i == *current)) *current = i;
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

const char* activeText(bool active) { return active ? tr("Active") : tr("Inactive"); }

}  // namespace

void drawChannelProgramsView(UiContext& ui) {
    struct Page {
        DataVersion version;
        std::vector<channel::ProgramRow> rows;
        bool open = false;
        std::string name, description;
        FitPanel panel;
    };
    Page& s = ui.page<Page>();
    if (ui.refreshDue(s.version)) s.rows = channel::listPrograms(ui.sandbox.db());
    heading(tr("Channel Programs"));
    hint(tr("A channel program ranks your partner accounts in levels (tiers), e.g. Bronze, Silver and Gold. A public group "
            "can take a level as a member, so sharing rules and queues follow every promotion."));
    if (ImGui::Button(tr("New"))) {
        s.open = true;
        s.name.clear();
        s.description.clear();
        ui.clearFeedback("newprogram");
    }
    if (s.open) {
        beginPanel("newprogram", s.panel);
        text(tr("New Channel Program"));
        if (beginForm("programform")) {
            formRequiredInput(N_("Program Name"), &s.name);
            formInput(N_("Description"), &s.description);
            endForm();
        }
        if (primaryButton(tr("Save"))) {
            auto r = ui.run({{"cmd", "CreateChannelProgram"}, {"name", s.name}, {"description", s.description}}, "newprogram");
            if (r.ok) {
                ui.toast(r.message);
                s.open = false;
                ui.nav.go(Screen::ChannelProgramDetail, r.data.value("programId", Id{0}));
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Cancel"))) s.open = false;
        feedbackBeside(ui, "newprogram");
        endPanel(s.panel);
    }
    if (s.rows.empty()) {
        emptyHint(tr("No channel programs yet. Click \"New\", e.g. \"Partner Program\" with Bronze, Silver and Gold levels."));
        return;
    }
    if (!beginListTable("programs", 4)) return;
    keyColumn(tr("Program Name"));
    stretchColumn(tr("Active"), 0.5f);
    stretchColumn(tr("Levels"), 0.4f);
    stretchColumn(tr("Members"), 0.4f);
    listHeaders();
    for (const auto& r : s.rows) {
        ImGui::PushID(static_cast<int>(r.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        recordLink(ui, r.name, Screen::ChannelProgramDetail, r.id);
        ImGui::TableNextColumn();
        text(activeText(r.active));
        ImGui::TableNextColumn();
        text(fmtInt(r.levelCount));
        ImGui::TableNextColumn();
        text(fmtInt(r.memberCount));
        ImGui::PopID();
    }
    endListTable();
}

void drawChannelProgramDetailView(UiContext& ui) {
    struct Page {
        Id record = 0;
        DataVersion version;
        std::optional<channel::ProgramRow> program;
        std::vector<channel::LevelRow> levels;
        std::vector<channel::MemberRow> members;
        std::vector<std::pair<Id, std::string>> partners, levelChoices;
        std::string levelName, levelRank, levelBenefits;
        Id accountId = 0, levelId = 0;
    };
    Page& p = ui.page<Page>();
    if (link(tr("< Channel Programs"))) ui.nav.go(Screen::ChannelPrograms);
    if (p.record != ui.nav.record || ui.refreshDue(p.version)) {
        if (p.record != ui.nav.record) {
            p.levelName.clear();
            p.levelRank.clear();
            p.levelBenefits.clear();
            p.accountId = p.levelId = 0;
        }
        p.record = ui.nav.record;
        auto& db = ui.sandbox.db();
        p.program = channel::loadProgramRow(db, p.record);
        p.levels = channel::listLevels(db, p.record);
        p.members = channel::listMembers(db, p.record);
        p.partners.clear();
        app::AccountFilter f;
        f.partner = true;
        for (const auto& a : app::listAccounts(db, f)) p.partners.emplace_back(a.id, a.name);
        p.levelChoices.clear();
        for (const auto& l : p.levels) p.levelChoices.emplace_back(l.id, l.name);
    }
    if (!p.program) {
        heading(tr("Channel Program"));
        hint(tr("This channel program does not exist. Pick one from the list."));
        return;
    }
    const channel::ProgramRow& pr = *p.program;
    heading(trf("Channel Program: {0}", {pr.name}));
    if (beginFields("programfields")) {
        fieldRow(N_("Program Name"), pr.name);
        fieldRow(N_("Description"), pr.description);
        fieldRow(N_("Active"), activeText(pr.active));
        endFields();
    }
    if (pr.active ? ImGui::Button(tr("Deactivate")) : primaryButton(tr("Activate")))
        ui.run({{"cmd", pr.active ? "DeactivateChannelProgram" : "ActivateChannelProgram"}, {"programId", pr.id}}, "programpage");
    feedbackBeside(ui, "programpage");
    if (!pr.active) hint(tr("Inactive: public groups with one of its levels as a member do not reach its partners yet."));

    ImGui::Spacing();
    ImGui::SetWindowFontScale(1.1f);
    text(trf("Levels ({0})", {fmtInt(static_cast<long long>(p.levels.size()))}));
    ImGui::SetWindowFontScale(1.0f);
    if (p.levels.empty()) emptyHint(tr("No levels yet. Add the lowest first, e.g. Bronze with rank 1."));
    else if (beginListTable("levels", 4)) {
        keyColumn(tr("Rank"), "0000");  // notr: width sample
        stretchColumn(tr("Level Name"), 0.8f);
        stretchColumn(tr("Benefits"), 2.0f);
        stretchColumn(tr("Members"), 0.4f);
        listHeaders();
        for (const auto& l : p.levels) {
            ImGui::PushID(static_cast<int>(l.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text(fmtInt(l.rank));
            ImGui::TableNextColumn();
            text(l.name);
            ImGui::TableNextColumn();
            cellText(l.benefits);
            ImGui::TableNextColumn();
            text(fmtInt(l.memberCount));
            ImGui::PopID();
        }
        endListTable();
    }
    if (beginForm("levelform")) {
        formRequiredInput(N_("Level Name"), &p.levelName);
        formRequiredInput(N_("Rank"), &p.levelRank, ImGuiInputTextFlags_CharsDecimal);
        formInput(N_("Benefits"), &p.levelBenefits);
        endForm();
    }
    if (ImGui::Button(tr("Add Level"))) {
        const int rank = p.levelRank.empty() ? 0 : std::atoi(p.levelRank.c_str());
        auto r = ui.run({{"cmd", "AddChannelLevel"}, {"programId", pr.id}, {"name", p.levelName}, {"rank", rank},
                         {"benefits", p.levelBenefits}},
                        "addlevel");
        if (r.ok) {
            ui.toast(r.message);
            p.levelName.clear();
            p.levelRank.clear();
            p.levelBenefits.clear();
        }
    }
    feedbackBeside(ui, "addlevel");

    ImGui::Spacing();
    ImGui::SetWindowFontScale(1.1f);
    text(trf("Members ({0})", {fmtInt(static_cast<long long>(p.members.size()))}));
    ImGui::SetWindowFontScale(1.0f);
    if (p.members.empty()) emptyHint(tr("No members yet. Pick a partner account and its level below."));
    else if (beginListTable("members", 4)) {
        keyColumn(tr("Account Name"));
        stretchColumn(tr("Level"), 0.6f);
        dateColumn(tr("Joined"));
        actionsColumn(tr("Actions"), {tr("Promote")}, {tr("Promote"), tr("Demote"), tr("Remove")});
        listHeaders();
        for (const auto& m : p.members) {
            ImGui::PushID(static_cast<int>(m.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            recordLink(ui, m.accountName, Screen::AccountDetail, m.accountId);
            ImGui::TableNextColumn();
            text(m.levelName);
            ImGui::TableNextColumn();
            text(formatTime(m.joinedAt));
            ImGui::TableNextColumn();
            ImGui::BeginDisabled(m.top);
            if (ImGui::SmallButton(tr("Promote")))
                ui.run({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", m.id}, {"step", "Promote"}}, "members");  // notr: step key
            ImGui::EndDisabled();
            ImGui::SameLine();
            ImGui::BeginDisabled(m.bottom);
            if (ImGui::SmallButton(tr("Demote")))
                ui.run({{"cmd", "ChangeChannelMemberLevel"}, {"memberId", m.id}, {"step", "Demote"}}, "members");  // notr: step key
            ImGui::EndDisabled();
            ImGui::SameLine();
            if (ImGui::SmallButton(tr("Remove")))
                ui.run({{"cmd", "RemoveChannelProgramMember"}, {"memberId", m.id}}, "members");
            ImGui::PopID();
        }
        endListTable();
    }
    ui.feedback("members");
    if (beginForm("memberform")) {
        formRequiredLabel(N_("Partner Account"));
        pickCombo("##partner", tr("Partner Account"), &p.accountId, p.partners);
        formRequiredLabel(N_("Level"));
        pickCombo("##level", tr("Level"), &p.levelId, p.levelChoices);
        endForm();
    }
    if (ImGui::Button(tr("Add Member"))) {
        auto r = ui.run({{"cmd", "AddChannelProgramMember"}, {"programId", pr.id}, {"accountId", p.accountId},
                         {"levelId", p.levelId}},
                        "addmember");
        if (r.ok) {
            ui.toast(r.message);
            p.accountId = 0;
        }
    }
    feedbackBeside(ui, "addmember");
}

void drawAccountChannelPrograms(UiContext& ui, Id accountId) {
    const auto rows = channel::accountMemberships(ui.sandbox.db(), accountId);
    ImGui::Spacing();
    ImGui::SetWindowFontScale(1.1f);
    text(trf("Channel Programs ({0})", {fmtInt(static_cast<long long>(rows.size()))}));
    ImGui::SetWindowFontScale(1.0f);
    if (rows.empty()) {
        emptyHint(tr("Not a member of any channel program."));
        return;
    }
    if (!beginListTable("accprograms", 3)) return;
    keyColumn(tr("Program Name"));
    stretchColumn(tr("Level"), 0.6f);
    stretchColumn(tr("Active"), 0.4f);
    listHeaders();
    for (const auto& r : rows) {
        ImGui::PushID(static_cast<int>(r.programId));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        recordLink(ui, r.programName, Screen::ChannelProgramDetail, r.programId);
        ImGui::TableNextColumn();
        text(r.levelName);
        ImGui::TableNextColumn();
        text(activeText(r.programActive));
        ImGui::PopID();
    }
    endListTable();
}

}  // namespace prm::ui
