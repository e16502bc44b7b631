#include "app/users/delegated_admin.h"

#include "app/people.h"
#include "app/refusals.h"

namespace prm::app::users {

bool isDelegatedAdmin(store::Db& db, Id userId) {
    return db.queryInt("SELECT 1 FROM users u JOIN profiles p ON p.id = u.profile_id "
                       "JOIN accounts a ON a.id = u.account_id AND a.is_partner = 1 "
                       "WHERE u.id = ? AND u.is_delegated_admin = 1 AND u.is_active = 1 AND p.user_type = 'Partner'",
                       userId)
        .has_value();
}

std::optional<DelegatedAdmin> delegatedActor(CommandContext& ctx) {
    auto& db = ctx.db();
    const Id actor = ctx.actor();
    if (!isDelegatedAdmin(db, actor)) return std::nullopt;
    if (db.queryInt("SELECT p.is_admin FROM users u JOIN profiles p ON p.id = u.profile_id WHERE u.id = ?", actor)
            .value_or(0) != 0)
        return std::nullopt;
    auto st = db.prepare("SELECT u.account_id, a.name, coalesce(r.partner_level, 1) FROM users u "
                         "JOIN accounts a ON a.id = u.account_id LEFT JOIN roles r ON r.id = u.role_id WHERE u.id = ?");
    st.bind(1, actor);
    if (!st.step()) return std::nullopt;
    DelegatedAdmin d;
    d.userId = actor;
    d.accountId = st.getInt(0);
    d.accountName = st.getText(1);
    d.level = static_cast<int>(st.getInt(2));
    return d;
}

namespace {
CommandResult outsideAccount(const DelegatedAdmin& d, const char* field) {
    return CommandResult::refuse(T_f("as a delegated administrator you manage only the partner users of {0}; ask an "
                                     "administrator for anything else",
                                     {d.accountName}),
                                 field);
}
}  // namespace

std::optional<CommandResult> refuseUnlessMayManageUser(CommandContext& ctx, Id userId, bool self) {
    auto d = delegatedActor(ctx);
    if (!d) return std::nullopt;  // an administrator: the setup check let them through
    const User u = loadUser(ctx.db(), userId);
    if (!u.exists || !u.partner || !u.accountId || *u.accountId != d->accountId) return outsideAccount(*d, "userId");
    if (!self && userId == d->userId)
        return CommandResult::refuse(T_f("you cannot do this to yourself; ask an administrator or another delegated "
                                         "administrator of {0}",
                                         {d->accountName}),
                                     "userId");
    return std::nullopt;
}

std::optional<CommandResult> refuseUnlessMayManageAccount(CommandContext& ctx, std::optional<Id> accountId,
                                                          const char* field) {
    auto d = delegatedActor(ctx);
    if (!d) return std::nullopt;
    if (!accountId || *accountId != d->accountId) return outsideAccount(*d, field);
    return std::nullopt;
}

std::optional<CommandResult> refuseLevelAboveOwn(CommandContext& ctx, int level, const char* field) {
    auto d = delegatedActor(ctx);
    if (!d || level <= d->level) return std::nullopt;
    return CommandResult::refuse(T_f("you can give roles only up to your own level ({0}); ask an administrator for a "
                                     "higher one",
                                     {std::to_string(d->level)}),
                                 field);
}

std::optional<CommandResult> refuseForDelegated(CommandContext& ctx, const std::string& message, const char* field) {
    if (!delegatedActor(ctx)) return std::nullopt;
    return CommandResult::refuse(message, field);
}

}  // namespace prm::app::users
