#include "ui/widget_map.h"

#include <cstdarg>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "imgui_internal.h"

namespace prm::ui {
namespace {

struct Item {
    ImGuiID id = 0;
    std::string window;
    std::string label;
    ImRect rect;
    bool enabled = true;
    bool visible = true;
    bool checkable = false;
    bool checked = false;
    bool text = false;
    bool clipped = false;
    bool key = false;
};

// The map of one ImGui context, kept in its test-engine slot (ImGuiContext::TestEngine): created in
// the first frame that records an item, deleted by the context's shutdown hook.
struct Frames {
    std::vector<Item> building;
    std::unordered_map<ImGuiID, size_t> index;  // id -> position in building
    std::vector<Item> done;
    int frame = 0;
    std::unordered_map<ImGuiID, unsigned long long> keyColumns;  // table id -> key-column mask
};
Frames* existingFrames(ImGuiContext* ctx) { return ctx ? static_cast<Frames*>(ctx->TestEngine) : nullptr; }
Frames& frames(ImGuiContext* ctx) {
    if (!ctx->TestEngine) ctx->TestEngine = IM_NEW(Frames)();
    return *static_cast<Frames*>(ctx->TestEngine);
}
void deleteFrames(ImGuiContext* ctx, ImGuiContextHook*) {
    IM_DELETE(existingFrames(ctx));
    ctx->TestEngine = nullptr;
}

// "Save##lead" shows "Save": tests use what the person sees.
std::string visibleLabel(const char* label) {
    if (!label) return {};
    const char* end = ImGui::FindRenderedTextEnd(label);
    return std::string(label, end);
}

// Whether the item at `rect`, drawn in the current table cell, runs past the column, and whether the
// column is a key column. Items outside a table cell (popups opened from one too) are neither.
void noteCell(ImGuiContext& g, Item& it) {
    ImGuiTable* t = g.CurrentTable;
    if (!t || g.CurrentWindow != t->InnerWindow || t->CurrentColumn < 0) return;
    const ImGuiTableColumn& c = t->Columns[t->CurrentColumn];
    it.clipped = it.rect.Max.x > c.MaxX + 0.5f;
    auto found = frames(&g).keyColumns.find(t->ID);
    it.key = found != frames(&g).keyColumns.end() && ((found->second >> t->CurrentColumn) & 1ULL) != 0;
}

}  // namespace

void widgetMapSetKeyColumns(unsigned int tableId, unsigned long long mask) {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (!ctx->TestEngineHookItems) return;
    frames(ctx).keyColumns[tableId] = mask;
}

void enableWidgetMap() {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (ctx->TestEngineHookItems) return;
    ctx->TestEngineHookItems = true;
    ImGuiContextHook hook;
    hook.Type = ImGuiContextHookType_Shutdown;
    hook.Callback = deleteFrames;
    ImGui::AddContextHook(ctx, &hook);
}

void widgetMapBeginFrame() {
    Frames* fp = existingFrames(ImGui::GetCurrentContext());
    if (!fp) return;  // nothing recorded yet
    Frames& f = *fp;
    f.done.swap(f.building);
    f.building.clear();
    f.index.clear();
    ++f.frame;
}

void widgetMapNoteText(const char* text) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!g.TestEngineHookItems || !g.CurrentWindow || g.CurrentWindow->SkipItems) return;
    Item it;
    it.window = g.CurrentWindow->Name;
    it.label = text ? text : "";
    it.rect = g.LastItemData.Rect;
    it.visible = g.CurrentWindow->ClipRect.Overlaps(it.rect);
    it.text = true;
    noteCell(g, it);
    frames(&g).building.push_back(std::move(it));
}

std::string widgetMapJson() {
    using nlohmann::json;
    const Frames* f = existingFrames(ImGui::GetCurrentContext());
    json items = json::array();
    if (!f) return json{{"frame", 0}, {"items", items}}.dump();
    for (const Item& it : f->done) {
        if (it.label.empty()) continue;
        items.push_back({{"id", it.id},
                         {"window", it.window},
                         {"label", it.label},
                         {"x", it.rect.Min.x},
                         {"y", it.rect.Min.y},
                         {"w", it.rect.GetWidth()},
                         {"h", it.rect.GetHeight()},
                         {"enabled", it.enabled},
                         {"visible", it.visible},
                         {"checkable", it.checkable},
                         {"checked", it.checked},
                         {"kind", it.text ? "text" : "item"},
                         {"clipped", it.clipped},
                         {"key", it.key}});
    }
    return json{{"frame", f->frame}, {"items", items}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace prm::ui

// ---- ImGui test-engine hooks (declared in imgui_internal.h) ----------------------------------
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    if (id == 0 || !ctx->CurrentWindow) return;
    auto& f = prm::ui::frames(ctx);
    auto found = f.index.find(id);
    prm::ui::Item* it;
    if (found != f.index.end()) {
        it = &f.building[found->second];
    } else {
        f.index[id] = f.building.size();
        f.building.emplace_back();
        it = &f.building.back();
    }
    it->id = id;
    it->window = ctx->CurrentWindow->Name;
    it->rect = bb;
    it->enabled = (ctx->LastItemData.InFlags & ImGuiItemFlags_Disabled) == 0;
    it->visible = ctx->CurrentWindow->ClipRect.Overlaps(bb) && !ctx->CurrentWindow->SkipItems;
    it->clipped = it->key = false;
    prm::ui::noteCell(*ctx, *it);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    auto* f = prm::ui::existingFrames(ctx);
    if (!f) return;
    auto found = f->index.find(id);
    if (found == f->index.end()) return;
    prm::ui::Item& it = f->building[found->second];
    it.label = prm::ui::visibleLabel(label);
    it.checkable = (flags & ImGuiItemStatusFlags_Checkable) != 0;
    it.checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext* ctx, ImGuiID id) {
    const auto* f = prm::ui::existingFrames(ctx);
    if (!f) return nullptr;
    auto found = f->index.find(id);
    return found == f->index.end() ? nullptr : f->building[found->second].label.c_str();
}
