#pragma once

#include <SDL.h>

#include <string>
#include <vector>

namespace cloudtour::viewer {

/// Dear ImGui's context with its SDL2 and OpenGL3 backends, and the UI font. One per window.
class ImGuiLayer {
public:
    ImGuiLayer(SDL_Window* window, void* glContext, float pixelScale);
    ~ImGuiLayer();
    ImGuiLayer(const ImGuiLayer&) = delete;
    ImGuiLayer& operator=(const ImGuiLayer&) = delete;

    /// Rebuilds the font atlas so it has a glyph for every character of `texts` (a tour's strings).
    void rebuildFonts(const std::vector<std::string>& texts);
    /// Feeds an event to ImGui (always, before anyone else sees it).
    void processEvent(const SDL_Event& event);
    void beginFrame();
    void endFrame();

    [[nodiscard]] bool wantsMouse() const;
    [[nodiscard]] bool wantsKeyboard() const;
    [[nodiscard]] bool wantsTextInput() const;

private:
    bool mFirstFrame = true;
    bool mFontsLoaded = false; ///< building the CJK atlas takes a few hundred ms: once, not twice
    float mPixelScale = 1.0f;
};

} // namespace cloudtour::viewer
