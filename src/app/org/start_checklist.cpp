#include "app/org/start_checklist.h"

#include <string>

#include "app/training/training.h"

namespace prm::app::org {
namespace {

bool exists(Sandbox& sb, const std::string& sql) { return sb.db().queryInt("SELECT EXISTS (" + sql + ")").value_or(0) != 0; }

}  // namespace

std::array<bool, kStartStepCount> startChecklist(Sandbox& sb) {
    std::array<bool, kStartStepCount> done{};
    if (!exists(sb, "SELECT 1 FROM org WHERE id = 1")) return done;
    auto set = [&](StartStep s, bool v) { done[static_cast<std::size_t>(s)] = v; };
    set(StartStep::SandboxCopy, !training::listSnapshots(sb).empty());
    set(StartStep::EnablePrm, exists(sb, "SELECT 1 FROM org WHERE id = 1 AND prm_enabled = 1"));
    set(StartStep::ConversionWizard, exists(sb, "SELECT 1 FROM org WHERE id = 1 AND wizard_state IN ('done', 'cancelled')"));
    set(StartStep::PartnerAccount, exists(sb, "SELECT 1 FROM accounts WHERE is_partner = 1"));
    set(StartStep::PartnerUser, exists(sb, "SELECT 1 FROM users u JOIN profiles p ON p.id = u.profile_id "
                                           "WHERE p.user_type = 'Partner' AND u.contact_id IS NOT NULL"));
    set(StartStep::PartnerCommunity,
        exists(sb, "SELECT 1 FROM communities c JOIN community_profiles cp ON cp.community_id = c.id "
                   "JOIN profiles p ON p.id = cp.profile_id WHERE c.status = 'Published' AND p.user_type = 'Partner'"));
    set(StartStep::LeadToPartner, exists(sb, "SELECT 1 FROM leads l JOIN users u ON u.id = l.owner_user_id "
                                             "JOIN profiles p ON p.id = u.profile_id WHERE p.user_type = 'Partner'"));
    set(StartStep::PartnerSeesLead,
        exists(sb, "SELECT 1 FROM leads l JOIN users u ON u.id = l.owner_user_id JOIN profiles p ON p.id = u.profile_id "
                   "WHERE p.user_type = 'Partner' AND u.last_login_at > l.modified_at"));
    return done;
}

}  // namespace prm::app::org
