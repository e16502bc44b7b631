// prm: the sandbox on the command line, without the UI (links prm_app only).
// Every command that changes an org works on a private in-memory copy and writes the file back
// only when everything succeeded: on any failure the file is untouched.
// Exit codes: 0 ok, 1 refused or invalid input, 2 usage, 3 imported with rejected rows (--partial).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "app/command_reference.h"
#include "app/training/bootstrap.h"
#include "app/data/csv.h"
#include "app/data/data_export.h"
#include "app/data/data_import.h"
#include "app/data/eml.h"
#include "app/data/org_json.h"
#include "app/sandbox.h"
#include "app/data/sqlite_file.h"
#include "app/training/training.h"

namespace {

using namespace prm;
using app::json;
using app::Sandbox;
using domain::Id;

constexpr int kOk = 0, kRefused = 1, kUsage = 2, kPartial = 3;

const char* kUsageText =
    R"(prm - PRM Sandbox on the command line (no UI)

Usage:
  prm new ORG.sqlite [--scenario NAME|FILE.json]
      Create a new file with the demo org, or with a training scenario's org (built-in name or file).
  prm import ORG.sqlite --object Lead|Account|Contact FILE.csv [options]
      Import a Data Loader CSV (API field names in the header). All or none by default.
        --assign          leads: assign with the active assignment rule
        --partial         import the good rows even when some are rejected (exit 3)
        --dry-run         check every row, write nothing
        --errors OUT.csv  where to write rejected rows (default: FILE-errors.csv)
        --as USERNAME     act as this user (default: the logged-in user, else the first administrator)
  prm export ORG.sqlite --object Lead|Account|Contact|User [--as USERNAME] [--out FILE.csv] [--bom] [--raw]
      Write the records USERNAME may see as CSV (stdout unless --out). Text beginning with = + - @
      gets a leading ' so spreadsheets do not run it as a formula (import takes it off); --raw: as it is.
  prm apply ORG.sqlite COMMANDS.jsonl
      Apply JSON commands, one per line (or one JSON array); all or none.
  prm export-org ORG.sqlite [--out ORG.json]
  prm import-org ORG.sqlite ORG.json
      The whole org as JSON (docs/ORG_JSON.md); import replaces the org in ORG.sqlite.
  prm eml ORG.sqlite EMAIL_ID [--out FILE.eml]
      An outbox e-mail as an .eml file.
  prm check ORG.sqlite [--scenario NAME|FILE.json] [--exercise ID]
      Run a scenario's exercise checks against the org (default: the scenario the org was built from);
      exit 0 when every check passes, 1 when one fails.

  prm commands
      The command reference: every JSON command, who may run it, its fields (docs/COMMANDS.md).
  prm schema
      The JSON Schema of training scenario files (assets/scenario.schema.json), for editors.

Output files (--out, --errors) are never the org file itself, nor any other SQLite file unless --force.

Exit codes: 0 ok; 1 refused or invalid input (ORG.sqlite is unchanged); 2 usage error;
3 imported with some rows rejected (--partial).
)";

int usage(const std::string& problem) {
    std::cerr << "prm: " << problem << "\n\n" << kUsageText;
    return kUsage;
}

int refuse(const std::string& message) {
    std::cerr << "prm: " << message << "\n";
    return kRefused;
}

struct Args {
    std::string command;
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;  // "--as" → value; flags → ""
};

// Options that take a value; every other --name is a flag.
bool takesValue(const std::string& o) {
    return o == "--scenario" || o == "--object" || o == "--as" || o == "--out" || o == "--errors" || o == "--exercise";
}

bool parseArgs(int argc, char** argv, Args& out, std::string& problem) {
    if (argc < 2) {
        problem = "no command given";
        return false;
    }
    out.command = argv[1];
    for (int i = 2; i < argc; ++i) {
        std::string a = argv[i];
        if (a.rfind("--", 0) == 0 && a.size() > 2) {
            if (takesValue(a)) {
                if (i + 1 >= argc) {
                    problem = a + " needs a value";
                    return false;
                }
                out.options[a] = argv[++i];
            } else {
                out.options[a] = "";
            }
        } else {
            out.positional.push_back(a);
        }
    }
    return true;
}

bool onlyOptions(const Args& a, const std::vector<std::string>& allowed, std::string& problem) {
    for (const auto& [name, value] : a.options) {
        bool ok = false;
        for (const auto& al : allowed) ok = ok || al == name;
        if (!ok) {
            problem = "'" + a.command + "' does not take " + name;
            return false;
        }
    }
    return true;
}

app::SandboxOptions sandboxOptions() {
    app::SandboxOptions o;
    o.seed = 0;
    return o;
}

// The org file, loaded into a private in-memory sandbox (validated and migrated).
domain::Result<std::unique_ptr<Sandbox>> openCopy(const std::string& path) {
    auto bytes = app::sqlite_file::readFile(path, app::sqlite_file::FileKind::Org);
    if (!bytes) return bytes.error();
    // A WAL-mode file is read as what has been checkpointed into it; changes still in PATH-wal are not.
    if (auto p = app::sqlite_file::pendingWal(path); !p.empty()) return domain::Error{p, ""};
    const std::string& b = bytes.value();
    auto checked = app::sqlite_file::openValidated(std::vector<unsigned char>(b.begin(), b.end()));
    if (!checked) return domain::Error{path + ": " + checked.message(), ""};
    auto sb = Sandbox::open(":memory:", sandboxOptions());
    if (!sb) return sb.error();
    if (auto st = sb.value()->db().deserialize(checked.value()->serialize()); !st) return domain::Error{st.message(), ""};
    return std::move(sb).value();
}

// Writes the copy back over the file (SQLite's backup API: the file is replaced in one transaction).
int save(Sandbox& sb, const std::string& path) {
    if (auto st = sb.db().backupTo(path); !st) return refuse("could not write " + path + ": " + st.message());
    return kOk;
}

// The user to act as: --as USERNAME, else the logged-in user, else the first active administrator.
domain::Result<Id> actingUser(Sandbox& sb, const Args& a) {
    auto& db = sb.db();
    if (auto it = a.options.find("--as"); it != a.options.end()) {
        auto st = db.prepare("SELECT id, is_active FROM users WHERE username = ? COLLATE NOCASE");
        st.bind(1, it->second);
        if (!st.step()) return domain::Error{"there is no user '" + it->second + "' in this org; see `prm export ORG --object User`", ""};
        if (st.getInt(1) == 0) return domain::Error{"the user '" + it->second + "' is inactive; pick an active user", ""};
        return st.getInt(0);
    }
    if (Id current = sb.currentUser()) return current;
    auto admin = db.queryInt("SELECT u.id FROM users u JOIN profiles p ON p.id = u.profile_id "
                             "WHERE p.is_admin = 1 AND u.is_active = 1 ORDER BY u.id LIMIT 1");
    if (!admin) return domain::Error{"the org has no active administrator to act as; give --as USERNAME", ""};
    return *admin;
}

// Acts as `user` for the length of an operation; the file's own session is put back before saving.
class ActAs {
public:
    ActAs(Sandbox& sb, Id user) : m_sb(sb), m_previous(sb.currentUser()) { setSession(user); }
    void restore() { setSession(m_previous); }

private:
    // The session lives in the in-memory copy the command works on: a failure here shows up as the
    // command's own refusal (nobody logged in), and the org file is not written.
    void setSession(Id user) {
        if (user) {
            auto st = m_sb.db().prepare("INSERT OR REPLACE INTO session(id, user_id) VALUES (1, ?)");
            (void)st.bind(1, user).run();
        } else {
            (void)m_sb.db().exec("DELETE FROM session");
        }
    }
    Sandbox& m_sb;
    Id m_previous;
};

bool writeOut(const std::string& path, const std::string& content, std::string& problem) {
    auto st = app::sqlite_file::writeFile(path, content);
    if (!st) problem = st.message();
    return static_cast<bool>(st);
}

bool fileExists(const std::string& path) { return static_cast<bool>(std::ifstream(path)); }

// An output option (--out, --errors) must never overwrite the org: refused when OUT is the org file
// (the same file, whatever the path: same device and inode), a directory, or, unless --force, any
// existing SQLite database (another org). Empty when OUT may be written.
std::string outputProblem(const std::string& out, const std::string& orgPath, bool force) {
    struct stat o {};
    if (::stat(out.c_str(), &o) != 0) return {};  // a new file
    struct stat g {};
    if (::stat(orgPath.c_str(), &g) == 0 && o.st_dev == g.st_dev && o.st_ino == g.st_ino)
        return "'" + out + "' is the org file " + orgPath + "; give another file name for the output (nothing was written)";
    if (S_ISDIR(o.st_mode)) return "'" + out + "' is a directory; give the name of a file to write (nothing was written)";
    if (!S_ISREG(o.st_mode) || force) return {};
    char head[16] = {};
    std::ifstream in(out, std::ios::binary);
    if (in.read(head, sizeof head) && std::string(head, sizeof head) == std::string("SQLite format 3\0", 16))
        return "'" + out + "' is a SQLite database (perhaps an org); give another file name, or add --force to overwrite it "
               "(nothing was written)";
    return {};
}

// ---- commands ---------------------------------------------------------------------------------
// A scenario argument: a file when it names one (or ends in .json), else a built-in scenario's name.
domain::Result<std::string> scenarioText(const std::string& nameOrFile) {
    const bool isFile = fileExists(nameOrFile) || (nameOrFile.size() > 5 && nameOrFile.substr(nameOrFile.size() - 5) == ".json");
    if (isFile) return app::sqlite_file::readFile(nameOrFile);
    if (const auto* b = app::training::findBuiltinScenario(nameOrFile)) return b->text;
    std::string names;
    for (const auto& s : app::training::builtinScenarios()) names += (names.empty() ? "" : ", ") + s.name;
    return domain::Error{"there is no built-in scenario '" + nameOrFile + "'; choose one of " + names + ", or give a .json file", ""};
}

int cmdNew(const Args& a) {
    std::string problem;
    if (!onlyOptions(a, {"--scenario"}, problem)) return usage(problem);
    if (a.positional.size() != 1) return usage("'new' takes one file name: prm new ORG.sqlite");
    const std::string& path = a.positional[0];
    if (fileExists(path)) return refuse(path + " already exists; remove it or pick another name");
    auto sb = Sandbox::open(":memory:", sandboxOptions());
    if (!sb) return refuse(sb.message());
    if (auto sc = a.options.find("--scenario"); sc != a.options.end()) {
        auto text = scenarioText(sc->second);
        if (!text) return refuse(text.message());
        auto r = app::training::loadScenario(*sb.value(), text.value(), "file");
        if (!r.ok) return refuse(r.message);
    } else {
        auto r = app::ensureOrg(*sb.value());
        if (!r.ok) return refuse("could not create the demo org: " + r.message);
    }
    if (int rc = save(*sb.value(), path)) return rc;
    std::cout << "Created " << path << " with the org '"
              << sb.value()->db().queryText("SELECT name FROM org WHERE id = 1").value_or("?") << "'\n";
    return kOk;
}

int cmdImport(const Args& a) {
    std::string problem;
    if (!onlyOptions(a, {"--object", "--assign", "--partial", "--dry-run", "--errors", "--as", "--force"}, problem)) return usage(problem);
    if (a.positional.size() != 2) return usage("'import' takes the org file and the CSV file: prm import ORG.sqlite --object Lead leads.csv");
    auto obj = a.options.find("--object");
    if (obj == a.options.end()) return usage("give the object to import: --object Lead, Account or Contact");
    auto object = app::data_import::objectFrom(obj->second);
    if (!object) return usage("'" + obj->second + "' cannot be imported; use --object Lead, Account or Contact");
    const std::string& orgPath = a.positional[0];
    const std::string& csvPath = a.positional[1];
    std::string errorsPath = csvPath;
    if (auto e = a.options.find("--errors"); e != a.options.end()) errorsPath = e->second;
    else errorsPath = (errorsPath.size() > 4 && errorsPath.substr(errorsPath.size() - 4) == ".csv"
                           ? errorsPath.substr(0, errorsPath.size() - 4)
                           : errorsPath) + "-errors.csv";
    // Checked before anything is done: the error file may be needed at the end.
    if (auto p = outputProblem(errorsPath, orgPath, a.options.count("--force") > 0); !p.empty())
        return refuse("--errors: " + p + "; " + orgPath + " is unchanged");

    auto text = app::sqlite_file::readFile(csvPath);
    if (!text) return refuse(text.message());
    auto plan = app::data_import::load(*object, text.value());
    if (!plan) return refuse(csvPath + ": " + plan.message());
    if (auto problems = app::data_import::mappingProblems(plan.value()); !problems.empty()) {
        for (const auto& p : problems) std::cerr << "prm: " << csvPath << ": " << p << "\n";
        return refuse("nothing was imported; fix the header row (Data Loader API names, see docs/DATA.md)");
    }
    auto sb = openCopy(orgPath);
    if (!sb) return refuse(sb.message());
    auto user = actingUser(*sb.value(), a);
    if (!user) return refuse(user.message());
    ActAs as(*sb.value(), user.value());

    app::data_import::Options opts;
    opts.useAssignmentRules = a.options.count("--assign") > 0;
    opts.allOrNone = a.options.count("--partial") == 0;
    const bool dryRun = a.options.count("--dry-run") > 0;
    auto out = dryRun ? app::data_import::preview(*sb.value(), plan.value(), opts)
                      : app::data_import::run(*sb.value(), plan.value(), opts);
    if (!out) return refuse(out.message());
    const auto& outcome = out.value();
    if (outcome.failed > 0) {
        int shown = 0;
        for (const auto& r : outcome.rows)
            if (!r.ok && shown++ < 10) std::cerr << "prm: " << r.error << "\n";
        if (outcome.failed > 10) std::cerr << "prm: ... and " << (outcome.failed - 10) << " more\n";
        std::string werr;
        if (writeOut(errorsPath, app::data_import::errorCsv(plan.value(), outcome), werr))
            std::cerr << "prm: the rejected rows and their reasons are in " << errorsPath << "\n";
        else
            std::cerr << "prm: " << werr << "\n";
    }
    if (dryRun) {
        std::cout << outcome.message << "\n";
        return outcome.failed ? kRefused : kOk;
    }
    if (!outcome.applied) return refuse(outcome.message + "; " + orgPath + " is unchanged");
    as.restore();
    if (int rc = save(*sb.value(), orgPath)) return rc;
    std::cout << outcome.message << "\n";
    return outcome.failed ? kPartial : kOk;
}

int cmdExport(const Args& a) {
    std::string problem;
    if (!onlyOptions(a, {"--object", "--as", "--out", "--bom", "--raw", "--force"}, problem)) return usage(problem);
    if (a.positional.size() != 1) return usage("'export' takes the org file: prm export ORG.sqlite --object Lead");
    auto obj = a.options.find("--object");
    if (obj == a.options.end()) return usage("give the list to export: --object Lead, Account, Contact or User");
    if (auto o = a.options.find("--out"); o != a.options.end())
        if (auto p = outputProblem(o->second, a.positional[0], a.options.count("--force") > 0); !p.empty()) return refuse("--out: " + p);
    auto sb = openCopy(a.positional[0]);
    if (!sb) return refuse(sb.message());
    auto user = actingUser(*sb.value(), a);
    if (!user) return refuse(user.message());
    app::data_export::Options opts;
    opts.utf8Bom = a.options.count("--bom") > 0;
    opts.neutraliseFormulas = a.options.count("--raw") == 0;
    auto out = app::data_export::exportList(sb.value()->db(), obj->second, user.value(), opts);
    if (!out) return out.error().field == "object" ? usage(out.message()) : refuse(out.message());
    if (auto o = a.options.find("--out"); o != a.options.end()) {
        if (!writeOut(o->second, out.value().content, problem)) return refuse(problem);
        std::cerr << "prm: " << out.value().rows << " rows written to " << o->second << "\n";
    } else {
        std::cout << out.value().content;
    }
    return kOk;
}

int cmdApply(const Args& a) {
    std::string problem;
    if (!onlyOptions(a, {}, problem)) return usage(problem);
    if (a.positional.size() != 2) return usage("'apply' takes the org file and a commands file: prm apply ORG.sqlite commands.jsonl");
    auto text = app::sqlite_file::readFile(a.positional[1]);
    if (!text) return refuse(text.message());
    std::vector<json> commands;
    std::vector<int> lines;
    const std::string& t = text.value();
    const auto first = t.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first != std::string::npos && t[first] == '[') {
        auto parsed = app::fields::parseJson(std::string_view(t).substr(first));  // depth-limited
        if (parsed.tooDeep) return refuse(a.positional[1] + ": " + parsed.error + "; nothing was applied");
        json all = std::move(parsed.value);
        if (all.is_discarded() || !all.is_array()) return refuse(a.positional[1] + ": not a valid JSON array of commands");
        for (std::size_t i = 0; i < all.size(); ++i) {
            commands.push_back(all[i]);
            lines.push_back(static_cast<int>(i) + 1);
        }
    } else {
        std::size_t pos = 0;
        int line = 0;
        while (pos <= t.size()) {
            std::size_t end = t.find('\n', pos);
            if (end == std::string::npos) end = t.size();
            std::string l = t.substr(pos, end - pos);
            ++line;
            pos = end + 1;
            if (line == 1 && l.rfind("\xEF\xBB\xBF", 0) == 0) l.erase(0, 3);
            if (l.find_first_not_of(" \t\r") == std::string::npos) {
                if (end == t.size()) break;
                continue;
            }
            auto parsed = app::fields::parseJson(l);  // depth-limited
            if (parsed.tooDeep) return refuse(a.positional[1] + ", line " + std::to_string(line) + ": " + parsed.error + "; nothing was applied");
            json j = std::move(parsed.value);
            if (j.is_discarded()) return refuse(a.positional[1] + ", line " + std::to_string(line) + ": not valid JSON; nothing was applied");
            commands.push_back(std::move(j));
            lines.push_back(line);
            if (end == t.size()) break;
        }
    }
    if (commands.empty()) return refuse(a.positional[1] + ": no commands in the file");
    auto sb = openCopy(a.positional[0]);
    if (!sb) return refuse(sb.message());
    for (std::size_t i = 0; i < commands.size(); ++i) {
        auto r = sb.value()->execute(commands[i]);
        if (!r.ok)
            return refuse(a.positional[1] + ", line " + std::to_string(lines[i]) + ": " + r.message + "; nothing was applied, " +
                          a.positional[0] + " is unchanged");
    }
    if (int rc = save(*sb.value(), a.positional[0])) return rc;
    std::cout << "Applied " << commands.size() << (commands.size() == 1 ? " command" : " commands") << "\n";
    return kOk;
}

int cmdExportOrg(const Args& a) {
    std::string problem;
    if (!onlyOptions(a, {"--out", "--force"}, problem)) return usage(problem);
    if (a.positional.size() != 1) return usage("'export-org' takes the org file: prm export-org ORG.sqlite");
    if (auto o = a.options.find("--out"); o != a.options.end())
        if (auto p = outputProblem(o->second, a.positional[0], a.options.count("--force") > 0); !p.empty()) return refuse("--out: " + p);
    auto sb = openCopy(a.positional[0]);
    if (!sb) return refuse(sb.message());
    const std::string text = app::org_json::exportOrgText(sb.value()->db());
    if (auto p = app::csv::jsonExportSizeProblem(text.size()); !p.empty()) return refuse(p);
    if (auto o = a.options.find("--out"); o != a.options.end()) {
        if (!writeOut(o->second, text, problem)) return refuse(problem);
    } else {
        std::cout << text;
    }
    return kOk;
}

int cmdImportOrg(const Args& a) {
    std::string problem;
    if (!onlyOptions(a, {}, problem)) return usage(problem);
    if (a.positional.size() != 2) return usage("'import-org' takes the org file and a JSON file: prm import-org ORG.sqlite ORG.json");
    auto text = app::sqlite_file::readFile(a.positional[1]);
    if (!text) return refuse(text.message());
    auto built = app::org_json::buildFromText(text.value());
    if (!built) return refuse(a.positional[1] + ": " + built.message());
    // The target must be an org file already (a typo must not create a stray file).
    if (auto existing = openCopy(a.positional[0]); !existing) return refuse(existing.message());
    if (auto st = built.value()->backupTo(a.positional[0]); !st)
        return refuse("could not write " + a.positional[0] + ": " + st.message());
    std::cout << "Replaced the org in " << a.positional[0] << " with the one in " << a.positional[1] << "\n";
    return kOk;
}

int cmdEml(const Args& a) {
    std::string problem;
    if (!onlyOptions(a, {"--out", "--force"}, problem)) return usage(problem);
    if (a.positional.size() != 2) return usage("'eml' takes the org file and an outbox e-mail id: prm eml ORG.sqlite 12");
    if (auto o = a.options.find("--out"); o != a.options.end())
        if (auto p = outputProblem(o->second, a.positional[0], a.options.count("--force") > 0); !p.empty()) return refuse("--out: " + p);
    Id id = 0;
    try {
        std::size_t used = 0;
        id = std::stoll(a.positional[1], &used);
        if (used != a.positional[1].size()) throw std::invalid_argument("id");
    } catch (const std::exception&) {
        return usage("'" + a.positional[1] + "' is not an e-mail id (a whole number)");
    }
    auto sb = openCopy(a.positional[0]);
    if (!sb) return refuse(sb.message());
    auto f = app::eml::outboxEmail(sb.value()->db(), id);
    if (!f) return refuse(f.message());
    if (auto o = a.options.find("--out"); o != a.options.end()) {
        if (!writeOut(o->second, f.value().content, problem)) return refuse(problem);
    } else {
        std::cout << f.value().content;
    }
    return kOk;
}

int cmdCheck(const Args& a) {
    std::string problem;
    if (!onlyOptions(a, {"--scenario", "--exercise"}, problem)) return usage(problem);
    if (a.positional.size() != 1) return usage("'check' takes the org file: prm check ORG.sqlite --scenario NAME");
    auto sb = openCopy(a.positional[0]);
    if (!sb) return refuse(sb.message());
    Sandbox& s = *sb.value();
    if (auto st = app::training::ensureStore(s); !st) return refuse(st.message());
    app::training::Scenario scenario;
    if (auto sc = a.options.find("--scenario"); sc != a.options.end()) {
        auto text = scenarioText(sc->second);
        if (!text) return refuse(text.message());
        auto parsed = app::training::parseScenario(text.value());
        if (!parsed) return refuse(sc->second + ": " + parsed.message());
        scenario = std::move(parsed).value();
    } else if (auto cur = app::training::currentScenario(s)) {
        scenario = cur->scenario;
    } else {
        return usage("this org was not built from a scenario; give --scenario NAME or FILE.json");
    }
    const auto only = a.options.find("--exercise");
    int checked = 0, failed = 0;
    for (const auto& e : scenario.exercises) {
        if (only != a.options.end() && e.id != only->second) continue;
        ++checked;
        const auto report = app::training::evaluateExercise(s, e);
        std::cout << (report.passed ? "PASS " : "FAIL ") << e.id << ": " << e.title.en << "\n";
        if (report.passed) continue;
        ++failed;
        for (const auto& c : report.checks)
            if (!c.passed) std::cout << "     - " << c.description << (c.diagnosis.empty() ? "" : ": " + c.diagnosis) << "\n";
    }
    if (checked == 0)
        return only != a.options.end() ? refuse("the scenario '" + scenario.name + "' has no exercise '" + only->second + "'")
                                       : refuse("the scenario '" + scenario.name + "' has no exercises");
    std::cout << (checked - failed) << " of " << checked << " exercises pass\n";
    return failed ? kRefused : kOk;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        Args a;
        std::string problem;
        if (!parseArgs(argc, argv, a, problem)) return usage(problem);
        if (a.command == "help" || a.command == "--help" || a.command == "-h") {
            std::cout << kUsageText;
            return kOk;
        }
        if (a.command == "new") return cmdNew(a);
        if (a.command == "import") return cmdImport(a);
        if (a.command == "export") return cmdExport(a);
        if (a.command == "apply") return cmdApply(a);
        if (a.command == "export-org") return cmdExportOrg(a);
        if (a.command == "import-org") return cmdImportOrg(a);
        if (a.command == "eml") return cmdEml(a);
        if (a.command == "check") return cmdCheck(a);
        if (a.command == "commands" || a.command == "schema") {
            if (!a.positional.empty() || !a.options.empty()) return usage("prm " + a.command + " takes no arguments");
            if (a.command == "commands") std::cout << app::commandReferenceMarkdown();
            else std::cout << app::scenarioSchema().dump(2) << "\n";
            return kOk;
        }
        return usage("unknown command '" + a.command + "'");
    } catch (const std::exception& e) {
        return refuse(std::string("unexpected error: ") + e.what() + "; nothing was changed");
    }
}
