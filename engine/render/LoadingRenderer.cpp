#include "engine/render/LoadingRenderer.h"

namespace cloudtour::render {

std::unique_ptr<Renderer> createLoadingRenderer(const PanoramaSource& source, const GpuCaps& caps, core::TaskPool& pool,
                                                const StreamSettings& settings) {
    return std::make_unique<StreamedPanorama>(source, caps, pool, settings);
}

void requestDetail(Renderer& renderer) {
    if (auto* streamed = dynamic_cast<StreamedPanorama*>(&renderer)) {
        streamed->requestDetail();
    }
}

} // namespace cloudtour::render
