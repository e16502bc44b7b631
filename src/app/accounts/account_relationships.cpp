// Account relationships (issue #20): CreateAccountRelationship, DeleteAccountRelationship,
// CreateAccountRelationshipShareRule, DeleteAccountRelationshipShareRule. Setup changes, for administrators,
// allowed once Enable Account Relationships is on. Each recalculates the lead and opportunity share tables.
#include <string>
#include <vector>

#include "app/accounts/partner_access.h"
#include "app/core_common.h"
#include "app/refusals.h"
#include "app/sharing.h"
#include "domain/sales.h"

namespace prm::app::accounts {
namespace {

const char* kSection = "Account Relationships";

std::optional<CommandResult> refuseUnlessEnabled(store::Db& db, const char* field) {
    if (accountRelationshipsEnabled(db)) return std::nullopt;
    return CommandResult::refuse(T_f("Account Relationships are not enabled; turn on Enable Account Relationships in "
                                     "Setup → Digital Experiences → Settings first (it cannot be undone: try it in a "
                                     "sandbox copy)"),
                                 field);
}

std::optional<std::string> accountName(store::Db& db, Id id) {
    return db.queryText("SELECT name FROM accounts WHERE id = ?", id);
}

CommandResult createAccountRelationship(CommandContext& ctx, const CreateAccountRelationship& cmd) {
    auto& db = ctx.db();
    if (auto r = refuseUnlessEnabled(db, "accountFromId")) return *r;
    const auto from = accountName(db, cmd.accountFromId);
    if (!from) return refuseMissing(RecordKind::Account, cmd.accountFromId, "accountFromId");
    const auto to = accountName(db, cmd.accountToId);
    if (!to) return refuseMissing(RecordKind::Account, cmd.accountToId, "accountToId");
    if (cmd.accountFromId == cmd.accountToId)
        return CommandResult::refuse(T_f("an account cannot be related to itself; choose another Account To"), "accountToId");
    const std::string type = domain::trimText(cmd.type);
    if (type.empty()) return CommandResult::refuse(T_f("give the relationship a type, such as Distributor"), "type");
    if (type.size() > 80) return CommandResult::refuse(T_f("the type is longer than 80 characters"), "type");
    if (db.queryInt("SELECT 1 FROM account_relationships WHERE account_from_id = ? AND account_to_id = ? AND type = ? "
                    "COLLATE NOCASE",
                    cmd.accountFromId, cmd.accountToId, type))
        return CommandResult::refuse(T_f("{0} already has a {1} relationship to {2}", {*from, type, *to}), "type");
    auto st = db.prepare("INSERT INTO account_relationships(account_from_id, account_to_id, type, created_at) "
                         "VALUES (?, ?, ?, ?)");
    if (!st.bindAll(cmd.accountFromId, cmd.accountToId, type, ctx.now()).run())
        return ctx.dbError(T_f("creating the account relationship"));
    const Id id = db.lastInsertId();
    ctx.audit(kSection, "Created account relationship " + *from + " → " + *to + " (" + type + ")");
    if (auto r = core::rebuildRolesAndShares(ctx, "creating the account relationship", false)) return *r;
    return CommandResult::success(T_f("{0} is now related to {1} as {2}: the account relationship data sharing rules "
                                      "for {2} give {0}'s partner users access to {1}'s records",
                                      {*from, *to, type}),
                                  {{"relationshipId", id}});
}

CommandResult deleteAccountRelationship(CommandContext& ctx, const DeleteAccountRelationship& cmd) {
    auto& db = ctx.db();
    auto s = db.prepare("SELECT f.name, t.name, ar.type FROM account_relationships ar JOIN accounts f ON f.id = "
                        "ar.account_from_id JOIN accounts t ON t.id = ar.account_to_id WHERE ar.id = ?");
    s.bind(1, cmd.relationshipId);
    if (!s.step())
        return CommandResult::refuse(T_f("there is no account relationship with id {0}", {std::to_string(cmd.relationshipId)}),
                                     "relationshipId");
    const std::string from = s.getText(0), to = s.getText(1), type = s.getText(2);
    auto del = db.prepare("DELETE FROM account_relationships WHERE id = ?");
    if (!del.bind(1, cmd.relationshipId).run()) return ctx.dbError(T_f("deleting the account relationship"));
    ctx.audit(kSection, "Deleted account relationship " + from + " → " + to + " (" + type + ")");
    if (auto r = core::rebuildRolesAndShares(ctx, "deleting the account relationship", false)) return *r;
    return CommandResult::success(T_f("{0} is no longer related to {1} as {2}", {from, to, type}));
}

CommandResult createShareRule(CommandContext& ctx, const CreateAccountRelationshipShareRule& cmd) {
    auto& db = ctx.db();
    if (auto r = refuseUnlessEnabled(db, "object")) return *r;
    const std::string name = domain::trimText(cmd.name);
    if (name.empty()) return CommandResult::refuse(T_f("give the rule a name"), "name");
    if (cmd.object != "Lead" && cmd.object != "Opportunity")
        return CommandResult::refuse(T_f("the object is Lead or Opportunity"), "object");
    const std::string type = domain::trimText(cmd.relationshipType);
    if (type.empty()) return CommandResult::refuse(T_f("name the relationship type the rule shares over, such as Distributor"),
                                                   "relationshipType");
    const std::string field = cmd.accountField.value_or("PartnerAccount");
    if (field != "PartnerAccount" && field != "Account")
        return CommandResult::refuse(T_f("the account field is PartnerAccount or Account"), "accountField");
    if (field == "Account" && cmd.object == "Lead")
        return CommandResult::refuse(T_f("leads name their account only by Partner Account; use PartnerAccount"), "accountField");
    const std::string access = cmd.access.value_or("Read");
    if (access != "Read" && access != "Edit") return CommandResult::refuse(T_f("the access is Read or Edit"), "access");
    // The rule matches relationships by their type as written on them.
    const auto stored = db.queryText("SELECT type FROM account_relationships WHERE type = ? COLLATE NOCASE LIMIT 1", type);
    auto st = db.prepare("INSERT INTO account_relationship_share_rules(name, object, relationship_type, account_field, access, "
                         "created_at) VALUES (?, ?, ?, ?, ?, ?)");
    if (!st.bindAll(name, cmd.object, stored.value_or(type), field, access, ctx.now()).run())
        return ctx.dbError(T_f("creating the account relationship data sharing rule"));
    const Id id = db.lastInsertId();
    ctx.audit(kSection, "Created account relationship data sharing rule " + name, "",
              cmd.object + ", " + stored.value_or(type) + ", " + field + ", " + access);
    if (auto r = core::rebuildRolesAndShares(ctx, "creating the rule", false)) return *r;
    const auto related = db.queryInt("SELECT count(*) FROM account_relationships WHERE type = ? COLLATE NOCASE", stored.value_or(type)).value_or(0);
    return CommandResult::success(
        TN_f(TN_("Rule {0} created; it applies to {1} account relationship of type {2}",
                 "Rule {0} created; it applies to {1} account relationships of type {2}"),
             related, {name, std::to_string(related), stored.value_or(type)}),
        {{"ruleId", id}});
}

CommandResult deleteShareRule(CommandContext& ctx, const DeleteAccountRelationshipShareRule& cmd) {
    auto& db = ctx.db();
    const auto name = db.queryText("SELECT name FROM account_relationship_share_rules WHERE id = ?", cmd.ruleId);
    if (!name)
        return CommandResult::refuse(T_f("there is no account relationship data sharing rule with id {0}", {std::to_string(cmd.ruleId)}),
                                     "ruleId");
    auto del = db.prepare("DELETE FROM account_relationship_share_rules WHERE id = ?");
    if (!del.bind(1, cmd.ruleId).run()) return ctx.dbError(T_f("deleting the rule"));
    ctx.audit(kSection, "Deleted account relationship data sharing rule " + *name);
    if (auto r = core::rebuildRolesAndShares(ctx, "deleting the rule", false)) return *r;
    return CommandResult::success(T_f("Rule {0} deleted", {*name}));
}

}  // namespace

std::vector<AccountRelationshipRow> accountRelationships(store::Db& db, Id accountId) {
    std::vector<AccountRelationshipRow> out;
    auto s = db.prepare("SELECT ar.id, ar.account_from_id, ar.account_to_id, f.name, t.name, ar.type FROM account_relationships ar "
                        "JOIN accounts f ON f.id = ar.account_from_id JOIN accounts t ON t.id = ar.account_to_id "
                        "WHERE ?1 = 0 OR ar.account_from_id = ?1 OR ar.account_to_id = ?1 ORDER BY ar.id DESC");
    s.bind(1, accountId);
    while (s.step())
        out.push_back({s.getInt(0), s.getInt(1), s.getInt(2), s.getText(3), s.getText(4), s.getText(5)});
    return out;
}

std::vector<AccountRelationshipRuleRow> accountRelationshipRules(store::Db& db) {
    std::vector<AccountRelationshipRuleRow> out;
    auto s = db.prepare("SELECT id, name, object, relationship_type, account_field, access FROM account_relationship_share_rules "
                        "ORDER BY id");
    while (s.step()) out.push_back({s.getInt(0), s.getText(1), s.getText(2), s.getText(3), s.getText(4), s.getText(5)});
    return out;
}

void registerAccountRelationshipCommands(CommandRegistry& r) {
    r.add("CreateAccountRelationship", CommandKind::Setup, createAccountRelationship,
          "Relates Account From to Account To with a type (needs Enable Account Relationships): the account relationship "
          "data sharing rules of that type give Account From's partner users access to Account To's records.");
    r.add("DeleteAccountRelationship", CommandKind::Setup, deleteAccountRelationship, "Deletes an account relationship.");
    r.add("CreateAccountRelationshipShareRule", CommandKind::Setup, createShareRule,
          "An account relationship data sharing rule: for an object (Lead or Opportunity), a relationship type, the "
          "field that names the account (PartnerAccount; on opportunities also Account) and the access (Read or Edit).");
    r.add("DeleteAccountRelationshipShareRule", CommandKind::Setup, deleteShareRule,
          "Deletes an account relationship data sharing rule.");
}

}  // namespace prm::app::accounts
