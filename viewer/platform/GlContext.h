#pragma once

#include "engine/core/Error.h"
#include "engine/render/GpuCaps.h"

#include <memory>
#include <string>

struct SDL_Window;

namespace cloudtour::viewer {

/// How to open the window: a visible, resizable one for the viewer, or a hidden one on SDL's
/// offscreen (EGL) driver that needs no X server, for `render` and the [gl] tests.
struct WindowSpec {
    std::string title = "CloudTour";
    int width = 1280;
    int height = 720;
    bool offscreen = false;
    bool fullscreen = false;
};

/// An SDL window with an OpenGL 3.3 core context, current on the calling thread, with glad loaded.
/// Owns SDL's video subsystem for its lifetime.
class GlContext {
public:
    static core::Result<std::unique_ptr<GlContext>> create(const WindowSpec& spec);
    ~GlContext();
    GlContext(const GlContext&) = delete;
    GlContext& operator=(const GlContext&) = delete;

    [[nodiscard]] SDL_Window* window() const { return mWindow; }
    [[nodiscard]] void* glContext() const { return mContext; }
    [[nodiscard]] const render::GpuCaps& caps() const { return mCaps; }
    /// The name of the SDL video driver in use ("x11", "wayland", "offscreen", ...).
    [[nodiscard]] std::string driver() const;

    void swap() const;
    /// Size in pixels of the drawable area (differs from window size on HiDPI screens).
    void drawableSize(int& width, int& height) const;

private:
    GlContext() = default;

    SDL_Window* mWindow = nullptr;
    void* mContext = nullptr;
    render::GpuCaps mCaps;
};

} // namespace cloudtour::viewer
