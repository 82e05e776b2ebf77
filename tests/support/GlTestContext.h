#pragma once

#include "engine/image/ImageData.h"
#include "engine/math/View.h"
#include "engine/render/GpuCaps.h"
#include "engine/render/PanoramaImages.h"
#include "engine/render/Renderer.h"

#include <memory>
#include <string>

namespace cloudtour::test {

// One offscreen GL 3.3 core context (SDL's offscreen EGL driver, no X server) for the whole test
// process: made on first use, current on the main thread, kept until exit. Every helper here makes
// it current first, so a test needs no setup. Failures throw std::runtime_error with the reason,
// which Catch reports as a failed test.

/// What the context's driver allows (texture size limits).
const render::GpuCaps& gpuCaps();

/// render::createRenderer, or a thrown error with its message.
std::unique_ptr<render::Renderer> createRendererOrThrow(const render::PanoramaImages& images, const std::string& name);

/// Draws a renderer at a view into a fresh offscreen framebuffer of the view's size (viewport set,
/// cleared to magenta so a pixel the draw misses shows) and reads it back as RGB, top row first.
/// Also fails on any GL error raised by the draw.
image::ImageData renderView(const render::Renderer& renderer, const math::View& view);

} // namespace cloudtour::test
