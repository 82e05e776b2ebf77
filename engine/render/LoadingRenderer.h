#pragma once

#include "engine/core/Error.h"
#include "engine/core/TaskPool.h"
#include "engine/image/PyramidCache.h"
#include "engine/render/GpuCaps.h"
#include "engine/render/PanoramaSource.h"
#include "engine/render/Renderer.h"
#include "engine/render/StreamedPanorama.h"
#include "engine/render/TileSettings.h"

#include <memory>

namespace cloudtour::render {

/// How a scene's renderer loads: the image files' settings, and the tile settings for pyramids.
struct LoadingSettings {
    StreamSettings stream;
    TileSettings tiles;
    /// Where a full-sphere JPEG over the GPU's texture limit is tiled at load time; an empty folder
    /// (the default, so tests never touch a user's cache) shows it smaller instead.
    image::PyramidCacheSettings pyramids;
};

/// The renderer for a source that loads itself on the pool (main thread; it is drawable once its
/// loadProgress() reaches 1): a StreamedPanorama for image files (a TilingPanorama for an
/// equirectangular file when settings.pyramids has a folder), the tiled renderer for pyramids.
/// Fails at once only for what is known without reading pixels (a pyramid without its tiles).
core::Result<std::unique_ptr<Renderer>> createLoadingRenderer(const PanoramaSource& source, const GpuCaps& caps,
                                                              core::TaskPool& pool, const LoadingSettings& settings);

/// Asks a renderer made with previewOnly for its full resolution (no-op for other renderers).
void requestDetail(Renderer& renderer);

} // namespace cloudtour::render
