#include "ui/ui_context.h"

#include "imgui.h"
#include "ui/widgets.h"

namespace prm::ui {

CommandResult UiContext::run(const json& command, const std::string& anchor) {
    CommandResult r = sandbox.execute(command);
    m_results[anchor] = r;
    if (r.ok) ++revision;
    return r;
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
