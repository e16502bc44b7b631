// The Outbox (Sales and Setup): every e-mail the org "sent" (When, To, Subject, Kind) and a reader
// pane with the whole message. In the sandbox nothing leaves the machine, so login details are here.
#include <algorithm>
#include <string>

#include "app/data/eml.h"
#include "app/queries_core.h"
#include "imgui.h"
#include "ui/org/email_kind_label.h"
#include "ui/strings.h"
#include "ui/table_helpers.h"
#include "ui/ui_helpers.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {
const ImU32 kOutboxGrey = IM_COL32(90, 96, 110, 255);
struct OutboxPage {
    Id selected = 0;
    std::string emlError;  // a .eml that could not be made, for the mail `emlErrorFor`
    Id emlErrorFor = 0;
    std::string copied;  // what the last Copy put on the clipboard, for the mail `copiedFor`
    Id copiedFor = 0;
};

// A "Copy" button that puts `value` on the clipboard and says so next to it until the next copy.
void copyButton(OutboxPage& s, const char* id, const std::string& what, const std::string& value) {
    ImGui::PushID(id);
    if (ImGui::SmallButton(tr("Copy"))) {
        ImGui::SetClipboardText(value.c_str());
        s.copied = what;
        s.copiedFor = s.selected;
    }
    ImGui::PopID();
    if (s.copiedFor == s.selected && s.copied == what) {
        ImGui::SameLine();
        textColored(kOutboxGrey, tr("Copied"));
    }
}
}  // namespace

void drawOutboxView(UiContext& ui) {
    OutboxPage& s = ui.page<OutboxPage>();
    Id& selected = s.selected;
    heading(tr("Outbox"));
    hint(tr("E-mails the org sent: welcome e-mails with passwords, password resets and lead notifications. In the "
            "sandbox they stay here."));
    auto& db = ui.sandbox.db();
    app::OutboxFilter f;
    f.limit = 500;
    const auto mails = app::listOutbox(db, f);
    if (mails.empty()) {
        emptyHint(tr("No e-mails yet. Enabling a partner user sends a welcome e-mail with the login details."));
        return;
    }
    bool found = false;
    for (const auto& m : mails) found |= m.id == selected;
    if (!found) selected = mails.front().id;  // newest first

    const float avail = ImGui::GetContentRegionAvail().x;
    const float listWidth = std::max(420.0f, avail * 0.5f);
    ImGui::BeginChild("outboxlist", ImVec2(listWidth, 0), false);
    if (beginListTable("outbox", 4, ImGuiTableFlags_ScrollY, ImVec2(0, ImGui::GetContentRegionAvail().y))) {
        fixedColumn(tr("When"), "2026-12-31 23:59");
        stretchColumn(tr("To"), 1.6f);
        stretchColumn(tr("Subject"), 2.0f);
        stretchColumn(tr("Kind"), 0.9f);
        listHeaders();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(mails.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const auto& m = mails[static_cast<std::size_t>(i)];
                ImGui::PushID(static_cast<int>(m.id));
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                const std::string when = formatTime(m.sentAt);
                if (ImGui::Selectable(when.c_str(), selected == m.id, ImGuiSelectableFlags_SpanAllColumns))
                    selected = m.id;
                ImGui::TableNextColumn();
                text(m.toName.empty() ? m.toAddress : m.toName);
                ImGui::TableNextColumn();
                text(m.subject);
                ImGui::TableNextColumn();
                text(emailKindLabel(m.kind));
                ImGui::PopID();
            }
        }
        endListTable();
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("outboxreader", ImVec2(0, 0), true);
    if (const auto m = app::outboxDetail(db, selected)) {
        ImGui::SetWindowFontScale(1.15f);
        text(m->subject);
        ImGui::SetWindowFontScale(1.0f);
        // The message as a file mail programs open (RFC 5322, CRLF).
        std::string& emlError = s.emlError;
        Id& emlErrorFor = s.emlErrorFor;
        ImGui::BeginDisabled(!ui.platform.download);
        if (ImGui::Button(tr("Download .eml"))) {
            auto f = app::eml::outboxEmail(db, selected);
            if (f) {
                emlError.clear();
                ui.platform.download(f.value().filename, "message/rfc822", f.value().content);  // notr: MIME type
            } else {
                emlError = f.message();
                emlErrorFor = selected;
            }
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button(tr("Copy message"))) {
            ImGui::SetClipboardText(m->body.c_str());
            s.copied = "message";
            s.copiedFor = selected;
        }
        if (s.copiedFor == selected && s.copied == "message") {
            ImGui::SameLine();
            textColored(kOutboxGrey, tr("Copied"));
        }
        if (!emlError.empty() && emlErrorFor == selected) errorText(emlError);
        ImGui::Separator();
        if (beginFields("mailfields", 60.0f)) {
            fieldRow(N_("To"), m->toName.empty() ? m->toAddress : m->toName + " <" + m->toAddress + ">");
            fieldRow(N_("Sent"), formatTime(m->sentAt));
            fieldRow(N_("Kind"), emailKindLabel(m->kind));
            if (!m->templateName.empty()) fieldRow(N_("Template"), m->templateName);
            endFields();
        }
        // Login details one click from the clipboard: a welcome password is long and easy to mistype.
        const auto details = app::loginDetails(m->body);
        if (!details.empty()) {
            ImGui::Spacing();
            text(tr("Login details"));
            if (ImGui::BeginTable("logindetails", 3, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit)) {
                ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, 110.0f);
                ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
                ImGui::TableSetupColumn("copy", ImGuiTableColumnFlags_WidthFixed);
                for (const auto& d : details) {
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    textColored(kOutboxGrey, tr(d.label.c_str()));
                    ImGui::TableNextColumn();
                    cellText(d.value);
                    ImGui::TableNextColumn();
                    copyButton(s, d.label.c_str(), d.label, d.value);
                }
                ImGui::EndTable();
            }
        }
        ImGui::Spacing();
        ImGui::PushTextWrapPos(0.0f);
        text(m->body);
        ImGui::PopTextWrapPos();
    } else {
        hint(tr("Pick an e-mail on the left to read it."));
    }
    ImGui::EndChild();
}

}  // namespace prm::ui
