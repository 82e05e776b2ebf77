#pragma once

#include "engine/core/Error.h"
#include "engine/image/DecodeLimits.h"
#include "engine/math/View.h"
#include "engine/render/GpuCaps.h"
#include "engine/render/PanoramaSource.h"
#include "engine/render/Renderer.h"
#include "viewer/app/PanoramaOptions.h"

#include <memory>
#include <string>

namespace cloudtour::viewer {

/// A panorama ready to draw: its renderer and the name to show.
struct PanoramaScene {
    std::unique_ptr<render::Renderer> renderer;
    std::string title;
};

/// Decodes and uploads a panorama (main thread: it touches GL).
core::Result<PanoramaScene> openPanorama(const render::PanoramaSource& source, const render::GpuCaps& caps,
                                         const image::DecodeLimits& limits = {});

/// Sets a view to the options' initial yaw, pitch, roll and fov within the scene's limits.
void applyInitialView(math::View& view, const PanoramaOptions& options, const render::Renderer* renderer);

} // namespace cloudtour::viewer
