#pragma once

#include "engine/core/TaskPool.h"
#include "engine/render/GpuCaps.h"
#include "engine/render/PanoramaSource.h"
#include "engine/render/Renderer.h"
#include "engine/render/StreamedPanorama.h"

#include <memory>

namespace cloudtour::render {

/// The renderer for a source that loads itself on the pool (main thread; it is drawable once its
/// loadProgress() reaches 1): a StreamedPanorama for image files, the tiled renderer for pyramids.
std::unique_ptr<Renderer> createLoadingRenderer(const PanoramaSource& source, const GpuCaps& caps, core::TaskPool& pool,
                                                const StreamSettings& settings);

/// Asks a renderer made with previewOnly for its full resolution (no-op for other renderers).
void requestDetail(Renderer& renderer);

} // namespace cloudtour::render
