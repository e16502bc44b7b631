#include "ui/ui_context.h"

#include "imgui.h"
#include "ui/widgets.h"

namespace prm::ui {

const CommandResult& UiContext::run(const json& command, const std::string& anchor) {
    CommandResult r = sandbox.execute(command);
    if (r.ok) {
        invalidate();
        noticeSessionChange();  // a login or logout drops the old session's results; this one stays
    }
    CommandResult& kept = m_results[anchor];
    kept = std::move(r);
    return kept;
}

void UiContext::dropTransientState() {
    ++m_transientGeneration;
    m_results.clear();  // refusals and confirmations were about the old org or the old session
    m_toast.clear();
    m_toastFrames = 0;
    m_dropPages = true;
}

void UiContext::noticeSessionChange() {
    const Id now = sandbox.currentUser();
    if (m_sessionUser != -1 && now != m_sessionUser) {
        ++m_generation;  // what the new user may see differs: caches refetch
        dropTransientState();
    }
    m_sessionUser = now;
}

void UiContext::orgReplaced() {
    ++m_generation;
    invalidate();
    dropTransientState();
    m_sessionUser = -1;  // the new org's session is the baseline, not a change
}

void UiContext::beginFrame() {
    noticeSessionChange();
    if (!m_dropPages) return;
    m_dropPages = false;
    for (auto it = m_states.begin(); it != m_states.end();) {
        if (it->second->acrossOrgs) ++it;
        else it = m_states.erase(it);
    }
}

void UiContext::feedback(const std::string& anchor) {
    auto it = m_results.find(anchor);
    if (it == m_results.end() || it->second.message.empty()) return;
    if (it->second.ok) okText(it->second.message);
    else errorText(it->second.message);
}

void UiContext::drawToast() {
    if (m_toastFrames <= 0) return;
    --m_toastFrames;
    okText(m_toast);
}

}  // namespace prm::ui
