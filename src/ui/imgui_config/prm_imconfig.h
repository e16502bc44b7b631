#pragma once
// ImGui user config for PRM Sandbox (IMGUI_USER_CONFIG). IM_ASSERT never aborts: it is counted and
// reported, so the headless UI test can fail on any assertion and the web page keeps running.
void prmImguiAssertFailed(const char* expr, const char* file, int line);
int prmImguiAssertCount();
const char* prmImguiLastAssert();
#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : prmImguiAssertFailed(#_EXPR, __FILE__, __LINE__))

// Text input holds whole Unicode code points, so an emoji typed or pasted into a field is stored as
// typed (the UI font draws it as '?', the data keeps it).
#define IMGUI_USE_WCHAR32
