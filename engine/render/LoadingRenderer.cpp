#include "engine/render/LoadingRenderer.h"

#include "engine/render/TiledRendererFactory.h"
#include "engine/render/TilingPanorama.h"

namespace cloudtour::render {

core::Result<std::unique_ptr<Renderer>> createLoadingRenderer(const PanoramaSource& source, const GpuCaps& caps,
                                                              core::TaskPool& pool, const LoadingSettings& settings) {
    if (const auto* pyramid = std::get_if<TilePyramid>(&source)) {
        TileSettings tiles = settings.tiles;
        tiles.taskPriority = settings.stream.priority;
        tiles.wake = settings.stream.wake;
        tiles.limits = settings.stream.limits;
        return createTiledRenderer(*pyramid, caps, pool, tiles);
    }
    if (const auto* file = std::get_if<EquirectFile>(&source); file && !settings.pyramids.folder.empty()) {
        return std::unique_ptr<Renderer>(
            std::make_unique<TilingPanorama>(*file, caps, pool, settings.stream, settings.tiles, settings.pyramids));
    }
    return std::unique_ptr<Renderer>(std::make_unique<StreamedPanorama>(source, caps, pool, settings.stream));
}

void requestDetail(Renderer& renderer) {
    if (auto* streamed = dynamic_cast<StreamedPanorama*>(&renderer)) {
        streamed->requestDetail();
    } else if (auto* tiling = dynamic_cast<TilingPanorama*>(&renderer)) {
        tiling->requestDetail();
    }
}

} // namespace cloudtour::render
