// [SECTION] index
//  - CreateEmailTemplate (the templates lead assignment rule entries send to the new owner)
#include "app/routing/routing_commands.h"

namespace prm::app::routing {
namespace {

const char* kTemplates = "Email Templates";

CommandResult createEmailTemplate(CommandContext& ctx, const CreateEmailTemplate& cmd) {
    auto& db = ctx.db();
    if (cmd.name.empty()) return CommandResult::refuse(T_f("give the template a name"), "name");
    if (cmd.subject.empty()) return CommandResult::refuse(T_f("give the template a subject"), "subject");
    auto dup = db.prepare("SELECT 1 FROM email_templates WHERE name = ?");
    dup.bind(1, cmd.name);
    if (dup.step()) return CommandResult::refuse(T_f("a template named '{0}' already exists", {cmd.name}), "name");
    auto ins = db.prepare("INSERT INTO email_templates(name, subject, body) VALUES (?,?,?)");
    if (!ins.bindAll(cmd.name, cmd.subject, cmd.body).run()) return ctx.dbError(T_f("saving the template"));
    const Id id = db.lastInsertId();
    ctx.audit(kTemplates, "Created email template " + cmd.name);
    return CommandResult::success(T_f("Template {0} created", {cmd.name}), {{"templateId", id}});
}

}  // namespace

void registerEmailTemplateCommands(CommandRegistry& r) {
    r.add("CreateEmailTemplate", CommandKind::Setup, createEmailTemplate,
          "Creates an e-mail template with merge fields such as {!Lead.Company}, for assignment rule entries to send.");
}

}  // namespace prm::app::routing
