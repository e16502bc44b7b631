#pragma once
// The Home page's "Start here": the how-to document's section 1 procedures in order, each with
// whether it is done in this org. Read-only: the answer comes from the org's own rows (and, for the
// sandbox copy, from the training store beside it), never from what the UI remembers.
#include <array>
#include <cstddef>

#include "app/sandbox.h"

namespace prm::app::org {

enum class StartStep {
    SandboxCopy,        // a sandbox copy (snapshot) exists
    EnablePrm,          // PRM is enabled
    ConversionWizard,   // the External User Access Conversion wizard was finished or cancelled
    PartnerAccount,     // an account is enabled as a partner
    PartnerUser,        // a contact is enabled as a partner user
    PartnerCommunity,   // a published community has a partner profile as a member
    LeadToPartner,      // a lead is owned by a partner user
    PartnerSeesLead,    // a partner user logged in after they got a lead they own
};
constexpr std::size_t kStartStepCount = 8;

// done[i] is true when step i (in StartStep order) is done in this org. All false without an org.
std::array<bool, kStartStepCount> startChecklist(Sandbox& sb);

}  // namespace prm::app::org
