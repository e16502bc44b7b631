#pragma once
// The owner picker shared by the Change Lead Owner page and the lead list's mass "Change Owner":
// an "Owner" type combo (User / Queue / Partner User), a search box, the eligible owners (selectable),
// and "N partner users are not shown — why?" that lists each hidden user with the rules hiding them.
#include <cstdint>
#include <string>

#include "app/leads/queries_leads.h"
#include "ui/ui_context.h"

namespace prm::ui {

struct OwnerPicker {
    int type = 0;  // 0 User, 1 Queue, 2 Partner User (the combo's order)
    std::string search;
    Id picked = 0;
    std::string pickedName;
    bool showHidden = false;

    // The command's ownerType for the current type.
    const char* ownerType() const;
    void reset() { *this = OwnerPicker{}; }

    // Candidates cached on (type, search, the org's data version): the query runs when one of them
    // changes, not per frame.
    app::OwnerCandidates m_cache;
    std::string m_cacheKey;
    DataVersion m_cacheVersion;
};

// Draws the picker; `id` keeps two pickers apart. listHeight: height of the eligible list.
void drawOwnerPicker(UiContext& ui, OwnerPicker& p, const char* id, float listHeight = 180.0f);

}  // namespace prm::ui
