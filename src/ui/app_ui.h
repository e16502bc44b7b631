#pragma once
// The whole sandbox UI: header (app menu top-right, sandbox banner, who is logged in), the area's
// navigation and the current screen. Platform code calls frame() between NewFrame() and Render().
#include <memory>

#include "app/sandbox.h"
#include "ui/ui_context.h"

namespace prm::ui {

class AppUi {
public:
    AppUi(app::Sandbox& sandbox, PlatformServices platform);
    // Draws one frame covering the whole display.
    void frame();
    UiContext& context() { return m_ui; }

private:
    void drawHeader();
    void drawBody();
    UiContext m_ui;
};

// Fonts and style for a display scale (devicePixelRatio on the web). Call before the first frame.
void setupFontsAndStyle(float scale);

}  // namespace prm::ui
