#include "app/leads/mass_change_owner.h"

#include <algorithm>

#include "app/training/training.h"

namespace prm::app {

MassChangeOwnerJob::MassChangeOwnerJob(std::vector<Id> leadIds, domain::OwnerType ownerType, Id ownerId, bool sendNotificationEmail,
                                 std::size_t chunkSize)
    : MassChangeOwnerJob(std::move(leadIds), std::string(domain::toString(ownerType)), ownerId, sendNotificationEmail, chunkSize) {}

MassChangeOwnerJob::MassChangeOwnerJob(std::vector<Id> leadIds, std::string ownerType, Id ownerId, bool sendNotificationEmail,
                                 std::size_t chunkSize)
    : m_ids(std::move(leadIds)), m_ownerType(std::move(ownerType)), m_ownerId(ownerId), m_notify(sendNotificationEmail),
      m_chunk(std::max<std::size_t>(1, chunkSize)) {
    m_progress.total = m_ids.size();
    m_progress.finished = m_ids.empty();
}

MassChangeOwnerJob::Progress MassChangeOwnerJob::step(Sandbox& sandbox, std::size_t maxRows) {
    std::size_t budget = std::max<std::size_t>(1, maxRows);
    if (!m_undoLabel.empty() && !m_progress.undoPointId && !m_progress.finished && !m_progress.failed) {
        auto point = training::takeUndoPoint(sandbox, m_undoLabel);
        if (!point) {
            m_progress.failed = true;
            m_progress.message = point.message() + "; nothing was changed";
            return m_progress;
        }
        m_progress.undoPointId = point.value();
    }
    while (!m_progress.finished && !m_progress.failed && budget > 0) {
        const std::size_t n = std::min(m_chunk, m_ids.size() - m_progress.done);
        const bool last = m_progress.done + n == m_ids.size();
        json cmd = {{"cmd", "MassChangeOwner"},
                    {"leadIds", std::vector<Id>(m_ids.begin() + static_cast<std::ptrdiff_t>(m_progress.done),
                                                m_ids.begin() + static_cast<std::ptrdiff_t>(m_progress.done + n))},
                    {"ownerType", m_ownerType},
                    {"ownerId", m_ownerId},
                    {"sendNotificationEmail", m_notify && last}};
        cmd["jobTotal"] = m_ids.size();  // every chunk: "Why this owner?" reports the whole change
        CommandResult r = sandbox.execute(cmd);
        m_progress.message = r.message;
        if (!r.ok) {
            m_progress.failed = true;
            break;
        }
        m_progress.done += n;
        budget = n >= budget ? 0 : budget - n;
        m_progress.finished = m_progress.done == m_ids.size();
    }
    return m_progress;
}

}  // namespace prm::app
