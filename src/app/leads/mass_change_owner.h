#pragma once
// MassChangeOwnerJob: a mass owner change in chunks, so the UI can show a progress bar between frames.
// Each chunk is one MassChangeOwner command through Sandbox::execute (its own transaction, logged,
// replayable). The summary e-mail, when asked for, goes with the last chunk and counts all leads.
#include <cstddef>
#include <string>
#include <vector>

#include "app/sandbox.h"
#include "domain/types.h"

namespace prm::app {

class MassChangeOwnerJob {
public:
    struct Progress {
        std::size_t done = 0;
        std::size_t total = 0;
        bool finished = false;
        bool failed = false;
        std::string message;  // the refusal when failed; the last confirmation otherwise
        Id undoPointId = 0;   // the org as it was before the first chunk, when keepUndoPoint was asked
        float fraction() const { return total ? static_cast<float>(done) / static_cast<float>(total) : 1.0f; }
    };

    // chunkSize 250 mirrors the real product's batches.
    MassChangeOwnerJob(std::vector<Id> leadIds, domain::OwnerType ownerType, Id ownerId, bool sendNotificationEmail,
                    std::size_t chunkSize = 250);
    // The owner type by name, as the UI's picker gives it: "User", "PartnerUser" (or "Partner User"), "Queue".
    // Another name is sent as it is, and MassChangeOwner refuses it on the first step.
    MassChangeOwnerJob(std::vector<Id> leadIds, std::string ownerType, Id ownerId, bool sendNotificationEmail,
                    std::size_t chunkSize = 250);

    // Before the first chunk, copy the org as an undo point under `label` (training::takeUndoPoint); a
    // failed copy stops the job before anything changed.
    void keepUndoPoint(std::string label) { m_undoLabel = std::move(label); }
    // Runs chunks until at least maxRows more leads are done (or the job ends). Stops at a refusal:
    // chunks already applied stay applied.
    Progress step(Sandbox& sandbox, std::size_t maxRows);
    const Progress& progress() const { return m_progress; }

private:
    std::vector<Id> m_ids;
    std::string m_ownerType;
    Id m_ownerId;
    bool m_notify;
    std::size_t m_chunk;
    std::string m_undoLabel;
    Progress m_progress;
};

}  // namespace prm::app
