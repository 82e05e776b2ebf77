#include "viewer/platform/GlContext.h"

#include <SDL.h>
#include <glad/gl.h>

namespace cloudtour::viewer {
namespace {

std::string sdlError(const std::string& what) {
    return what + ": " + SDL_GetError();
}

void requestCoreProfile() {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
}

} // namespace

core::Result<std::unique_ptr<GlContext>> GlContext::create(const WindowSpec& spec) {
    if (spec.offscreen) {
        // SDL's offscreen driver renders through EGL into a hidden surface: no X server needed.
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    }
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        return core::Error{sdlError("cannot start SDL video")};
    }
    std::unique_ptr<GlContext> context(new GlContext());
    requestCoreProfile();
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI;
    flags |= spec.offscreen ? SDL_WINDOW_HIDDEN : SDL_WINDOW_RESIZABLE;
    if (spec.fullscreen) {
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    }
    context->mWindow = SDL_CreateWindow(spec.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, spec.width,
                                        spec.height, flags);
    if (!context->mWindow) {
        return core::Error{sdlError("cannot open a window")};
    }
    context->mContext = SDL_GL_CreateContext(context->mWindow);
    if (!context->mContext) {
        return core::Error{sdlError("cannot create an OpenGL 3.3 core context")};
    }
    SDL_GL_MakeCurrent(context->mWindow, context->mContext);
    const int version = gladLoadGL(reinterpret_cast<GLADloadfunc>(SDL_GL_GetProcAddress));
    if (version == 0) {
        return core::Error{"cannot load the OpenGL functions (glad)"};
    }
    if (GLAD_VERSION_MAJOR(version) < 3 || (GLAD_VERSION_MAJOR(version) == 3 && GLAD_VERSION_MINOR(version) < 3)) {
        return core::Error{"OpenGL 3.3 is needed; the driver offers " + std::to_string(GLAD_VERSION_MAJOR(version)) +
                           "." + std::to_string(GLAD_VERSION_MINOR(version))};
    }
    // Vsync where there is a screen; the offscreen driver ignores it and the loop paces itself.
    SDL_GL_SetSwapInterval(1);
    context->mCaps = render::GpuCaps::query();
    return context;
}

GlContext::~GlContext() {
    if (mContext) {
        SDL_GL_DeleteContext(mContext);
    }
    if (mWindow) {
        SDL_DestroyWindow(mWindow);
    }
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
}

std::string GlContext::driver() const {
    const char* name = SDL_GetCurrentVideoDriver();
    return name ? name : "";
}

void GlContext::swap() const {
    SDL_GL_SwapWindow(mWindow);
}

void GlContext::drawableSize(int& width, int& height) const {
    SDL_GL_GetDrawableSize(mWindow, &width, &height);
}

} // namespace cloudtour::viewer
