#include "ui/ui_context.h"

#include "imgui.h"
#include "ui/widgets.h"

namespace prm::ui {

const CommandResult& UiContext::run(const json& command, const std::string& anchor) {
    CommandResult& r = m_results[anchor];
    r = sandbox.execute(command);
    if (r.ok) invalidate();
    return r;
}

void UiContext::orgReplaced() {
    ++m_generation;
    invalidate();
    m_dropPages = true;
}

void UiContext::beginFrame() {
    if (!m_dropPages) return;
    m_dropPages = false;
    m_results.clear();  // refusals and confirmations were about the old org's records
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
