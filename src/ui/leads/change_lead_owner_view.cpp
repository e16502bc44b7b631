// "Change Lead Owner" (the seed's §1.4): the "Owner" drop-down (User / Queue / Partner User), a search,
// the eligible owners, "N partner users are not shown — why?", "Send Notification Email" with the
// editable Subject and Body (prefilled from leadNotificationDraft), "Save" and "Cancel".
#include <string>

#include "app/leads/queries_leads.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/keyboard.h"
#include "ui/leads/lead_owner_picker.h"
#include "ui/leads/lead_views.h"
#include "ui/strings.h"
#include "ui/ui_helpers.h"
#include "ui/widgets.h"

namespace prm::ui {
namespace {
struct ChangeOwnerDraft {
    OwnerPicker picker;
    bool notify = false;
    std::string subject, body;
    std::string problem;  // a local hint (no owner picked); refusals come from the command
};
struct ChangeLeadOwnerPage {
    ChangeOwnerDraft d;
    std::uint64_t seen = ~0ull;
    std::optional<app::LeadDetail> lead;
    DataVersion leadVersion;
};
}  // namespace

void drawChangeLeadOwnerView(UiContext& ui) {
    ChangeLeadOwnerPage& s = ui.page<ChangeLeadOwnerPage>();
    ChangeOwnerDraft& d = s.d;
    std::optional<app::LeadDetail>& lead = s.lead;
    const Id leadId = ui.nav.record;
    if (ui.nav.entered(s.seen)) {
        d = ChangeOwnerDraft{};
        ui.clearFeedback("changeowner");
        const auto draft = app::leadNotificationDraft(ui.sandbox.db(), leadId, ui.sandbox.currentUser());
        d.subject = draft.subject;
        d.body = draft.body;
        s.leadVersion = DataVersion{};  // another lead, or the same one anew: fetch it
    }
    if (ui.refreshDue(s.leadVersion)) lead = app::leadDetail(ui.sandbox.db(), ui.sandbox.currentUser(), leadId);
    auto backToLead = [&] {
        if (!ui.nav.back.empty() && ui.nav.back.back() == std::make_pair(Screen::LeadDetail, leadId)) ui.nav.goBack();
        else ui.nav.go(Screen::LeadDetail, leadId);
    };

    heading(tr("Change Lead Owner"));
    if (!lead) {
        hint(tr("This lead does not exist or you cannot see it. Pick one from the lead list."));
        if (link(tr("< Leads"))) ui.nav.go(Screen::Leads);
        return;
    }
    hint(tr("Transfer this lead to another user, a queue or a partner user. The new owner gets access to the lead; "
            "tick Send Notification Email to tell them."));
    if (beginFields("changeownerlead")) {
        fieldRow(N_("Lead"), lead->row.number + "  " + lead->row.name + ", " + lead->row.company);
        fieldRow(N_("Current Owner"), lead->row.ownerIsQueue ? trf("Queue: {0}", {lead->row.ownerName}) : lead->row.ownerName);
        endFields();
    }
    ImGui::Spacing();
    drawOwnerPicker(ui, d.picker, "changeownerpicker");
    if (d.picker.picked) textColored(IM_COL32(20, 90, 160, 255), trf("New owner: {0}", {d.picker.pickedName}));

    ImGui::Spacing();
    ImGui::Checkbox(tr("Send Notification Email"), &d.notify);
    if (d.notify) {
        hint(tr("The new owner gets this e-mail; edit it as you like."));
        if (beginForm("notifyform")) {
            formInput(N_("Subject"), &d.subject);
            formLabel(N_("Body"));
            ImGui::InputTextMultiline((std::string(tr("Body")) + "###body").c_str(), &d.body, ImVec2(-1, 150));
            endForm();
        }
    }

    ImGui::Spacing();
    if (primaryButton(tr("Save"))) {
        d.problem.clear();
        ui.clearFeedback("changeowner");
        if (!d.picker.picked) {
            d.problem = tr("Choose the new owner in the list above, then Save.");
        } else {
            app::json cmd = {{"cmd", "ChangeLeadOwner"},
                             {"leadId", leadId},
                             {"ownerType", d.picker.ownerType()},
                             {"ownerId", d.picker.picked},
                             {"sendNotificationEmail", d.notify}};
            if (d.notify) cmd["email"] = {{"subject", d.subject}, {"body", d.body}};
            auto r = ui.run(cmd, "changeowner");
            if (r.ok) {
                ui.toast(r.message);
                backToLead();
                return;
            }
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) {
        backToLead();
        return;
    }
    ImGui::SameLine();
    if (!d.problem.empty()) errorText(d.problem);
    ui.feedback("changeowner");
}

}  // namespace prm::ui
