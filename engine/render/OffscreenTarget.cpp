#include "engine/render/OffscreenTarget.h"

#include <cstring>
#include <string>

namespace cloudtour::render {

core::Result<OffscreenTarget> OffscreenTarget::create(int width, int height) {
    GLint maxSize = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
    if (width <= 0 || height <= 0 || width > maxSize || height > maxSize) {
        return core::Error{"image size " + std::to_string(width) + "x" + std::to_string(height) +
                           " is outside what this GPU can render (1 to " + std::to_string(maxSize) + " a side)"};
    }
    GlFramebuffer framebuffer = createFramebuffer();
    GlRenderbuffer colour = createRenderbuffer();
    glBindRenderbuffer(GL_RENDERBUFFER, colour.name());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer.name());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour.name());
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (status != GL_FRAMEBUFFER_COMPLETE) {
        return core::Error{"cannot create an offscreen framebuffer (status " + std::to_string(status) + ")"};
    }
    return OffscreenTarget(std::move(framebuffer), std::move(colour), width, height);
}

void OffscreenTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, mFramebuffer.name());
    glViewport(0, 0, mWidth, mHeight);
}

image::ImageData OffscreenTarget::readPixels() const {
    glBindFramebuffer(GL_FRAMEBUFFER, mFramebuffer.name());
    auto rgba = image::ImageData::allocate(mWidth, mHeight, 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, mWidth, mHeight, GL_RGBA, GL_UNSIGNED_BYTE, rgba.pixels.data());
    auto rgb = image::ImageData::allocate(mWidth, mHeight, 3);
    for (int y = 0; y < mHeight; ++y) {
        const std::uint8_t* source = rgba.row(mHeight - 1 - y);
        std::uint8_t* target = rgb.row(y);
        for (int x = 0; x < mWidth; ++x) {
            std::memcpy(target + 3 * x, source + 4 * x, 3);
        }
    }
    return rgb;
}

} // namespace cloudtour::render
