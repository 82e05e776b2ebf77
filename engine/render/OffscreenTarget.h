#pragma once

#include "engine/core/Error.h"
#include "engine/image/ImageData.h"
#include "engine/render/GlObjects.h"

namespace cloudtour::render {

/// An RGBA8 framebuffer of a fixed size for rendering without a window (`cloudtour render`, tests).
class OffscreenTarget {
public:
    static core::Result<OffscreenTarget> create(int width, int height);

    /// Binds the framebuffer and sets the viewport to cover it.
    void bind() const;
    /// Reads the pixels back as RGB, top row first (GL's rows start at the bottom).
    [[nodiscard]] image::ImageData readPixels() const;

    [[nodiscard]] int width() const { return mWidth; }
    [[nodiscard]] int height() const { return mHeight; }

private:
    OffscreenTarget(GlFramebuffer framebuffer, GlRenderbuffer colour, int width, int height)
        : mFramebuffer(std::move(framebuffer)), mColour(std::move(colour)), mWidth(width), mHeight(height) {}

    GlFramebuffer mFramebuffer;
    GlRenderbuffer mColour;
    int mWidth;
    int mHeight;
};

} // namespace cloudtour::render
