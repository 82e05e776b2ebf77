#include "viewer/app/PanoramaScene.h"

#include "engine/render/RendererFactory.h"

#include <filesystem>

namespace cloudtour::viewer {

core::Result<PanoramaScene> openPanorama(const render::PanoramaSource& source, const render::GpuCaps& caps,
                                         const image::DecodeLimits& limits) {
    const std::string name = render::describeSource(source);
    auto images = render::loadPanoramaImages(source, limits);
    if (!images) {
        return images.error();
    }
    auto renderer = render::createRenderer(*images, caps, name);
    if (!renderer) {
        return renderer.error();
    }
    return PanoramaScene{std::move(*renderer), std::filesystem::path(name).filename().string()};
}

void applyInitialView(math::View& view, const PanoramaOptions& options, const render::Renderer* renderer) {
    if (renderer) {
        view.setLimits(renderer->viewLimits(math::ViewLimits{}));
    }
    view.setRoll(math::degToRad(options.roll));
    view.set(math::degToRad(options.yaw), math::degToRad(options.pitch), math::degToRad(options.hfov));
}

} // namespace cloudtour::viewer
