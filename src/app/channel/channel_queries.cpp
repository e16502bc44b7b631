#include "app/channel/channel_queries.h"

namespace prm::app::channel {

namespace {
const char* kProgramSelect =
    "SELECT p.id, p.name, p.description, p.is_active, p.created_at, "
    "(SELECT count(*) FROM channel_program_levels l WHERE l.program_id = p.id), "
    "(SELECT count(*) FROM channel_program_members m WHERE m.program_id = p.id) FROM channel_programs p ";
ProgramRow readProgram(store::Statement& s) {
    ProgramRow r;
    r.id = s.getInt(0);
    r.name = s.getText(1);
    r.description = s.getText(2);
    r.active = s.getInt(3) != 0;
    r.createdAt = s.getInt(4);
    r.levelCount = static_cast<int>(s.getInt(5));
    r.memberCount = static_cast<int>(s.getInt(6));
    return r;
}
}  // namespace

std::vector<ProgramRow> listPrograms(store::Db& db) {
    std::vector<ProgramRow> out;
    auto s = db.prepare(std::string(kProgramSelect) + "ORDER BY p.name");
    while (s.step()) out.push_back(readProgram(s));
    return out;
}

std::optional<ProgramRow> loadProgramRow(store::Db& db, Id programId) {
    auto s = db.prepare(std::string(kProgramSelect) + "WHERE p.id = ?");
    s.bind(1, programId);
    if (!s.step()) return std::nullopt;
    return readProgram(s);
}

std::vector<LevelRow> listLevels(store::Db& db, Id programId) {
    std::vector<LevelRow> out;
    auto s = db.prepare("SELECT l.id, l.name, l.benefits, l.rank, (SELECT count(*) FROM channel_program_members m WHERE "
                        "m.level_id = l.id) FROM channel_program_levels l WHERE l.program_id = ? ORDER BY l.rank");
    s.bind(1, programId);
    while (s.step())
        out.push_back({s.getInt(0), s.getText(1), s.getText(2), static_cast<int>(s.getInt(3)), static_cast<int>(s.getInt(4))});
    return out;
}

std::vector<MemberRow> listMembers(store::Db& db, Id programId) {
    std::vector<MemberRow> out;
    auto s = db.prepare(
        "SELECT m.id, m.account_id, a.name, m.level_id, l.name, l.rank, m.joined_at, "
        "l.rank = (SELECT max(rank) FROM channel_program_levels WHERE program_id = m.program_id), "
        "l.rank = (SELECT min(rank) FROM channel_program_levels WHERE program_id = m.program_id) "
        "FROM channel_program_members m JOIN accounts a ON a.id = m.account_id JOIN channel_program_levels l ON l.id = m.level_id "
        "WHERE m.program_id = ? ORDER BY a.name COLLATE NOCASE, m.id");
    s.bind(1, programId);
    while (s.step()) {
        MemberRow r;
        r.id = s.getInt(0);
        r.accountId = s.getInt(1);
        r.accountName = s.getText(2);
        r.levelId = s.getInt(3);
        r.levelName = s.getText(4);
        r.rank = static_cast<int>(s.getInt(5));
        r.joinedAt = s.getInt(6);
        r.top = s.getInt(7) != 0;
        r.bottom = s.getInt(8) != 0;
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<AccountMembership> accountMemberships(store::Db& db, Id accountId) {
    std::vector<AccountMembership> out;
    auto s = db.prepare("SELECT p.id, p.name, l.name, p.is_active, m.joined_at FROM channel_program_members m "
                        "JOIN channel_programs p ON p.id = m.program_id JOIN channel_program_levels l ON l.id = m.level_id "
                        "WHERE m.account_id = ? ORDER BY p.name");
    s.bind(1, accountId);
    while (s.step()) out.push_back({s.getInt(0), s.getText(1), s.getText(2), s.getInt(3) != 0, s.getInt(4)});
    return out;
}

std::vector<std::pair<Id, std::string>> levelChoices(store::Db& db) {
    std::vector<std::pair<Id, std::string>> out;
    auto s = db.prepare("SELECT l.id, l.name || ' (' || p.name || ')' FROM channel_program_levels l JOIN channel_programs p "
                        "ON p.id = l.program_id ORDER BY p.name, l.rank");
    while (s.step()) out.emplace_back(s.getInt(0), s.getText(1));
    return out;
}

}  // namespace prm::app::channel
