#pragma once

#include "engine/core/Error.h"
#include "engine/core/TaskPool.h"
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
};

/// The renderer for a source that loads itself on the pool (main thread; it is drawable once its
/// loadProgress() reaches 1): a StreamedPanorama for image files, the tiled renderer for pyramids.
/// Fails at once only for what is known without reading pixels (a pyramid without its tiles).
core::Result<std::unique_ptr<Renderer>> createLoadingRenderer(const PanoramaSource& source, const GpuCaps& caps,
                                                              core::TaskPool& pool, const LoadingSettings& settings);

/// Asks a renderer made with previewOnly for its full resolution (no-op for other renderers).
void requestDetail(Renderer& renderer);

} // namespace cloudtour::render
