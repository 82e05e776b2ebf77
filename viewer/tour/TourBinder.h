#pragma once

#include "engine/core/Error.h"
#include "engine/math/ViewLimits.h"
#include "engine/render/GpuCaps.h"
#include "engine/render/PanoramaSource.h"
#include "engine/tour/TourDocument.h"
#include "viewer/app/PanoramaOptions.h"

namespace cloudtour::viewer {

/// Turns a tour scene's panorama into the engine's source. A multires scene becomes a
/// render::TilePyramid (drawn tile by tile by createTiledRenderer); its stitchLevel, what
/// loadPanoramaImages stitches for whole-image callers, is the finest level whose faces fit
/// `maxFaceSize` and the GPU's cube map limit (level 1 at least).
core::Result<render::PanoramaSource> panoramaSource(const tour::Scene& scene, const render::GpuCaps& caps,
                                                    int maxFaceSize = 4096);

/// The scene's view limits from its file, on top of what the geometry allows.
math::ViewLimits sceneLimits(const tour::Scene& scene, const math::ViewLimits& geometryLimits);

/// A one-scene tour for a bare panorama given on the command line, so single images and tours
/// take the same path through the viewer.
tour::Tour tourFromPanorama(const PanoramaOptions& options);

} // namespace cloudtour::viewer
