#include "tests/support/GlTestContext.h"

#include "engine/render/OffscreenTarget.h"
#include "engine/render/RendererFactory.h"
#include "viewer/platform/GlContext.h"

#include <SDL.h>
#include <glad/gl.h>

#include <sstream>
#include <stdexcept>

namespace cloudtour::test {
namespace {

viewer::GlContext& context() {
    // A function-local static: made once, on first use, destroyed after the tests at exit. If the
    // creation throws, the next call tries again and reports the same reason.
    static const std::unique_ptr<viewer::GlContext> instance = [] {
        auto created = viewer::GlContext::create(viewer::WindowSpec{"tests", 64, 64, /*offscreen*/ true, false});
        if (!created) {
            throw std::runtime_error("cannot create the offscreen GL context: " + created.error().message);
        }
        return std::move(*created);
    }();
    // Other tests in this process may open (and close) contexts of their own: make ours current.
    SDL_GL_MakeCurrent(instance->window(), instance->glContext());
    return *instance;
}

std::string glErrorText(GLenum error) {
    std::ostringstream text;
    text << "GL error 0x" << std::hex << error;
    return text.str();
}

void drainGlErrors() {
    while (glGetError() != GL_NO_ERROR) {
    }
}

} // namespace

const render::GpuCaps& gpuCaps() {
    return context().caps();
}

std::unique_ptr<render::Renderer> createRendererOrThrow(const render::PanoramaImages& images, const std::string& name) {
    auto renderer = render::createRenderer(images, gpuCaps(), name);
    if (!renderer) {
        throw std::runtime_error("createRenderer(" + name + ") failed: " + renderer.error().message);
    }
    return std::move(*renderer);
}

image::ImageData renderView(const render::Renderer& renderer, const math::View& view) {
    context();
    drainGlErrors();
    auto target = render::OffscreenTarget::create(view.width(), view.height());
    if (!target) {
        throw std::runtime_error(target.error().message);
    }
    // A fresh framebuffer per render and the state a draw depends on set here, so nothing one test
    // leaves behind reaches the next.
    target->bind();
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glClearColor(1.0f, 0.0f, 1.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    renderer.draw(view, render::DrawOptions{});
    const GLenum error = glGetError();
    if (error != GL_NO_ERROR) {
        throw std::runtime_error(glErrorText(error) + " while drawing");
    }
    image::ImageData pixels = target->readPixels();
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return pixels;
}

} // namespace cloudtour::test
