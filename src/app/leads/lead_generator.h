#pragma once
// Deterministic lead generator: N leads with Finnish and English names and companies, the same
// leads for the same seed on every platform (own PRNG, no std distributions). Inserts in batches
// through one reused multi-row statement; fast enough for 100k–1M leads.
#include <cstdint>
#include <vector>

#include "domain/result.h"
#include "domain/rules.h"
#include "domain/types.h"
#include "store/db.h"

namespace prm::app {

struct LeadGeneratorOptions {
    std::int64_t count = 1000;
    std::uint64_t seed = 1;
    std::int64_t firstIndex = 0;            // start at the seed's lead number firstIndex (0-based): a big batch in parts
    std::vector<domain::Id> ownerUserIds;   // owners, in turn (with the queues); both empty → ownerFallback
    std::vector<domain::Id> ownerQueueIds;
    domain::Id ownerFallback = 0;
    domain::TimeMs now = 0;
};

struct GeneratedLeads {
    domain::Id firstId = 0;
    domain::Id lastId = 0;
    std::int64_t count = 0;
};

// The i-th lead of a seed (pure): values indexed like domain::leadFields().
domain::LeadValues generatedLead(std::uint64_t seed, std::int64_t i);

// Inserts the leads (the caller holds the transaction), numbered from org.lead_number_next, which it
// advances. Share rows are not recalculated here.
domain::Result<GeneratedLeads> generateLeads(store::Db& db, const LeadGeneratorOptions& opts);

}  // namespace prm::app
