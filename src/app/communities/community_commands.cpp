// [SECTION] index
//  - CreateCommunity (needs PRM)
//  - AddCommunityMemberProfile / RemoveCommunityMemberProfile
//  - PublishCommunity, DeactivateCommunity, ActivateCommunity
//
// Status model (the product's): Preview → Published; Preview or Published → Inactive.
// ActivateCommunity takes an Inactive community back to Published (live), as "Activate" does in the
// product, not back to Preview. PublishCommunity works from Preview only; an Inactive one is activated.
#include <cctype>

#include "app/communities/community_commands.h"
#include "app/core_common.h"
#include "app/refusals.h"

namespace prm::app::communities {
namespace {

const char* kSection = "Communities";

struct CommunityFacts {
    bool exists = false;
    std::string name;
    std::string status;
};
CommunityFacts loadCommunity(store::Db& db, Id id) {
    CommunityFacts c;
    auto st = db.prepare("SELECT name, status FROM communities WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) return c;
    c.exists = true;
    c.name = st.getText(0);
    c.status = st.getText(1);
    return c;
}

std::optional<CommandResult> readCommunity(CommandContext& ctx, Id id, CommunityFacts& c) {
    c = loadCommunity(ctx.db(), id);
    if (!c.exists)
        return refuseMissing(RecordKind::Community, id, "communityId");
    return std::nullopt;
}

CommandResult createCommunity(CommandContext& ctx, const CreateCommunity& cmd) {
    auto& db = ctx.db();
    if (auto r = core::refuseUnlessOrg(ctx)) return *r;
    if (!core::loadOrg(db).prmEnabled)
        return CommandResult::refuse(T_f("partner communities need Partner Relationship Management; enable it first: "
                                     "Setup → Customize → Partners → Settings"));
    const std::string& name = cmd.name;
    if (name.empty()) return CommandResult::refuse(T_f("give the community a name, e.g. \"Partner Central\""), "name");
    const std::string url = cmd.urlPrefix.value_or("");
    for (unsigned char ch : url)
        if (!std::isalnum(ch) && ch != '-' && ch != '_')
            return CommandResult::refuse(T_f("the URL prefix '{0}' may contain only letters, digits, '-' and '_'", {url}),
                                         "urlPrefix");
    auto dup = db.prepare("SELECT 1 FROM communities WHERE name = ? COLLATE NOCASE");
    dup.bind(1, name);
    if (dup.step())
        return CommandResult::refuse(T_f("a community named '{0}' already exists; choose another name", {name}), "name");
    if (!url.empty()) {
        auto dupUrl = db.prepare("SELECT name FROM communities WHERE url_prefix = ? COLLATE NOCASE");
        dupUrl.bind(1, url);
        if (dupUrl.step())
            return CommandResult::refuse(T_f("the URL prefix '{0}' is already used by {1}; choose another", {url, dupUrl.getText(0)}),
                                         "urlPrefix");
    }
    auto st = db.prepare("INSERT INTO communities(name, url_prefix, status, created_at) VALUES (?, ?, 'Preview', ?)");
    if (!st.bindAll(name, url, ctx.now()).run()) return ctx.dbError(T_f("creating the community"));
    const Id id = db.lastInsertId();
    ctx.audit(kSection, "Created community " + name, "", "Preview");
    return CommandResult::success(T_f("Created community {0} (in Preview). Next: add member profiles and publish it", {name}),
                                  {{"communityId", id}});
}

CommandResult memberProfile(CommandContext& ctx, const CommunityMemberProfile& cmd, bool add) {
    auto& db = ctx.db();
    const Id id = cmd.communityId;
    CommunityFacts c;
    if (auto r = readCommunity(ctx, id, c)) return *r;
    const Id profileId = cmd.profileId;
    auto p = db.prepare("SELECT name FROM profiles WHERE id = ?");
    p.bind(1, profileId);
    if (!p.step()) return refuseMissing(RecordKind::Profile, profileId, "profileId");
    const std::string profile = p.getText(0);
    auto has = db.prepare("SELECT 1 FROM community_profiles WHERE community_id = ? AND profile_id = ?");
    has.bind(1, id).bind(2, profileId);
    const bool member = has.step();
    if (add && member)
        return CommandResult::refuse(profile + " is already a member profile of " + c.name, "profileId");
    if (!add && !member) return CommandResult::refuse(profile + " is not a member profile of " + c.name, "profileId");
    auto st = db.prepare(add ? "INSERT INTO community_profiles(community_id, profile_id) VALUES (?, ?)"
                             : "DELETE FROM community_profiles WHERE community_id = ? AND profile_id = ?");
    if (!st.bind(1, id).bind(2, profileId).run()) return ctx.dbError(T_f("changing the community members"));
    ctx.audit(kSection, (add ? "Added member profile to " : "Removed member profile from ") + c.name,
              add ? "" : profile, add ? profile : "");
    return CommandResult::success(add ? "Users with the " + profile + " profile are members of " + c.name
                                      : "Users with the " + profile + " profile are no longer members of " + c.name,
                                  {{"communityId", id}, {"profileId", profileId}});
}

enum class StatusChange { Publish, Deactivate, Activate };

CommandResult setStatus(CommandContext& ctx, const CommunityRef& cmd, StatusChange change) {
    auto& db = ctx.db();
    const Id id = cmd.communityId;
    CommunityFacts c;
    if (auto r = readCommunity(ctx, id, c)) return *r;
    const std::string target = change == StatusChange::Deactivate ? "Inactive" : "Published";
    if (change == StatusChange::Publish && c.status == "Inactive")
        return CommandResult::refuse(c.name + " is inactive; activate it to put it live again", "communityId");
    if (change == StatusChange::Activate && c.status != "Inactive")
        return CommandResult::refuse(c.name + " is not inactive (it is " + c.status + "); publish it instead",
                                     "communityId");
    if (c.status == target) return CommandResult::refuse(c.name + " is already " + target, "communityId");
    auto st = db.prepare("UPDATE communities SET status = ? WHERE id = ?");
    if (!st.bind(1, target).bind(2, id).run()) return ctx.dbError(T_f("changing the community status"));
    ctx.audit(kSection, "Changed status of community " + c.name, c.status, target);
    std::string msg = c.name + " is " + target;
    if (target == "Published") {
        const auto members = db.queryInt("SELECT count(*) FROM community_profiles WHERE community_id = ?", id);
        if (members.value_or(0) == 0) msg += "; it has no member profiles yet, so nobody can log in to it";
    } else {
        msg += "; its members cannot log in to it until it is activated again";
    }
    return CommandResult::success(msg, {{"communityId", id}, {"status", target}});
}

}  // namespace

void registerCommands(CommandRegistry& r) {
    r.add("CreateCommunity", CommandKind::Setup, createCommunity, "Creates a partner community, in Preview (needs PRM).");
    r.add("AddCommunityMemberProfile", CommandKind::Setup,
          +[](CommandContext& ctx, const CommunityMemberProfile& c) { return memberProfile(ctx, c, true); },
          "Makes users with the profile members of the community.");
    r.add("RemoveCommunityMemberProfile", CommandKind::Setup,
          +[](CommandContext& ctx, const CommunityMemberProfile& c) { return memberProfile(ctx, c, false); },
          "Takes the profile out of the community's members.");
    r.add("PublishCommunity", CommandKind::Setup,
          +[](CommandContext& ctx, const CommunityRef& c) { return setStatus(ctx, c, StatusChange::Publish); },
          "Puts a community in Preview live (Published).");
    r.add("DeactivateCommunity", CommandKind::Setup,
          +[](CommandContext& ctx, const CommunityRef& c) { return setStatus(ctx, c, StatusChange::Deactivate); },
          "Takes a community offline (Inactive); its members cannot log in to it.");
    r.add("ActivateCommunity", CommandKind::Setup,
          +[](CommandContext& ctx, const CommunityRef& c) { return setStatus(ctx, c, StatusChange::Activate); },
          "Puts an Inactive community live again (Published).");
}

}  // namespace prm::app::communities
