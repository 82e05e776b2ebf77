#pragma once

#include <SDL.h>

namespace cloudtour::viewer {

/// Dear ImGui's context with its SDL2 and OpenGL3 backends, and the UI font. One per window.
class ImGuiLayer {
public:
    ImGuiLayer(SDL_Window* window, void* glContext, float pixelScale);
    ~ImGuiLayer();
    ImGuiLayer(const ImGuiLayer&) = delete;
    ImGuiLayer& operator=(const ImGuiLayer&) = delete;

    /// Feeds an event to ImGui (always, before anyone else sees it).
    void processEvent(const SDL_Event& event);
    void beginFrame();
    void endFrame();

    [[nodiscard]] bool wantsMouse() const;
    [[nodiscard]] bool wantsKeyboard() const;

private:
    bool mFirstFrame = true;
};

} // namespace cloudtour::viewer
