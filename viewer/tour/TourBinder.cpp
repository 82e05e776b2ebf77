#include "viewer/tour/TourBinder.h"

#include "engine/math/Angles.h"

#include <algorithm>
#include <filesystem>

namespace cloudtour::viewer {
namespace {

// A Pannellum pyramid (Marzipano's arrive converted to it): levels 1 to maxLevel of
// cubeResolution / 2^(maxLevel - l) pixels, tiles at basePath + path (%l %s %y %x) + extension.
// `maxFaceSize` picks the level that whole-image callers (thumbnails) stitch.
core::Result<render::PanoramaSource> pyramidSource(const tour::MultiresSpec& spec, int maxFaceSize) {
    if (spec.maxLevel < 1 || spec.cubeResolution < 1 || spec.tileResolution < 1) {
        return core::Error{"multires scene has no usable levels (maxLevel, cubeResolution, tileResolution)"};
    }
    render::TilePyramid pyramid;
    pyramid.levels = render::pannellumLevels(spec.cubeResolution, spec.tileResolution, spec.maxLevel);
    pyramid.folder = spec.basePath;
    pyramid.pathTemplate = spec.pathTemplate + "." + spec.extension;
    pyramid.firstLevelNumber = 1;
    while (pyramid.stitchLevel + 1 < static_cast<int>(pyramid.levels.size()) &&
           pyramid.levels[static_cast<std::size_t>(pyramid.stitchLevel + 1)].faceSize <= maxFaceSize) {
        ++pyramid.stitchLevel;
    }
    return render::PanoramaSource(std::move(pyramid));
}

} // namespace

core::Result<render::PanoramaSource> panoramaSource(const tour::Scene& scene, const render::GpuCaps& caps,
                                                    int maxFaceSize) {
    const tour::PanoramaSpec& spec = scene.panorama;
    switch (spec.kind) {
    case tour::PanoramaKind::Equirect:
        return render::PanoramaSource(
            render::EquirectFile{spec.equirectPath, render::EquirectGeometry{spec.haov, spec.vaov, spec.vOffset}});
    case tour::PanoramaKind::Cube: {
        render::CubeFiles files;
        files.paths = spec.cubePaths;
        return render::PanoramaSource(files);
    }
    case tour::PanoramaKind::Multires:
        return pyramidSource(spec.multires,
                             std::min(maxFaceSize, caps.maxCubeMapSize > 0 ? caps.maxCubeMapSize : maxFaceSize));
    }
    return core::Error{"unknown panorama kind"};
}

math::ViewLimits sceneLimits(const tour::Scene& scene, const math::ViewLimits& geometryLimits) {
    math::ViewLimits limits = geometryLimits;
    const tour::SceneView& v = scene.view;
    limits.minYaw = std::max(limits.minYaw, v.minYaw.value_or(limits.minYaw));
    limits.maxYaw = std::min(limits.maxYaw, v.maxYaw.value_or(limits.maxYaw));
    limits.minPitch = std::max(limits.minPitch, v.minPitch.value_or(limits.minPitch));
    limits.maxPitch = std::min(limits.maxPitch, v.maxPitch.value_or(limits.maxPitch));
    limits.minHfov = v.minHfov.value_or(limits.minHfov);
    limits.maxHfov = v.maxHfov.value_or(limits.maxHfov);
    return limits;
}

tour::Tour tourFromPanorama(const PanoramaOptions& options) {
    tour::Scene scene;
    const std::string shown = options.cube.empty() ? options.file : options.cube.front();
    scene.id = "panorama";
    scene.title = tour::LocalizedText::plain(std::filesystem::path(shown).filename().string());
    if (options.cube.empty()) {
        scene.panorama.kind = tour::PanoramaKind::Equirect;
        scene.panorama.equirectPath = options.file;
        scene.panorama.haov = math::degToRad(options.haov);
        scene.panorama.vaov = math::degToRad(options.vaov);
        scene.panorama.vOffset = math::degToRad(options.vOffset);
    } else {
        scene.panorama.kind = tour::PanoramaKind::Cube;
        std::copy_n(options.cube.begin(), std::min<std::size_t>(6, options.cube.size()),
                    scene.panorama.cubePaths.begin());
    }
    scene.view.yaw = math::degToRad(orDefault(options.yaw, 0.0));
    scene.view.pitch = math::degToRad(orDefault(options.pitch, 0.0));
    scene.view.hfov = math::degToRad(orDefault(options.hfov, 100.0));
    tour::Tour tour;
    tour.title = scene.title;
    tour.scenes.push_back(std::move(scene));
    return tour;
}

} // namespace cloudtour::viewer
