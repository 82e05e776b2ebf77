#include "viewer/tour/TourBinder.h"

#include "engine/math/Angles.h"

#include <algorithm>
#include <filesystem>

namespace cloudtour::viewer {
namespace {

constexpr std::array<char, 6> kFaceLetters = {'f', 'r', 'b', 'l', 'u', 'd'};

std::string replaceAll(std::string text, const std::string& token, const std::string& value) {
    for (std::size_t at = text.find(token); at != std::string::npos; at = text.find(token, at + value.size())) {
        text.replace(at, token.size(), value);
    }
    return text;
}

// Pannellum's tile naming: %l level (1-based), %s face letter, %y row, %x column.
std::string tilePath(const tour::MultiresSpec& spec, int level, int face, int row, int column) {
    std::string path = spec.pathTemplate;
    path = replaceAll(path, "%l", std::to_string(level));
    path = replaceAll(path, "%s", std::string(1, kFaceLetters[static_cast<std::size_t>(face)]));
    path = replaceAll(path, "%y", std::to_string(row));
    path = replaceAll(path, "%x", std::to_string(column));
    return (std::filesystem::path(spec.basePath) / std::filesystem::path(path).relative_path()).string() + "." +
           spec.extension;
}

core::Result<render::PanoramaSource> tiledSource(const tour::MultiresSpec& spec, int maxFaceSize) {
    if (spec.maxLevel < 1 || spec.cubeResolution < 1 || spec.tileResolution < 1) {
        return core::Error{"multires scene has no usable levels (maxLevel, cubeResolution, tileResolution)"};
    }
    // Level l has faces of cubeResolution / 2^(maxLevel - l) pixels: take the finest that fits.
    int level = spec.maxLevel;
    int faceSize = spec.cubeResolution;
    while (level > 1 && faceSize > maxFaceSize) {
        --level;
        faceSize = (faceSize + 1) / 2;
    }
    render::TiledCubeFiles files;
    files.faceSize = faceSize;
    files.tileSize = spec.tileResolution;
    const int tilesPerSide = (faceSize + spec.tileResolution - 1) / spec.tileResolution;
    for (int face = 0; face < 6; ++face) {
        for (int row = 0; row < tilesPerSide; ++row) {
            for (int column = 0; column < tilesPerSide; ++column) {
                files.tiles[static_cast<std::size_t>(face)].push_back(
                    {tilePath(spec, level, face, row, column), column, row});
            }
        }
    }
    return render::PanoramaSource(std::move(files));
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
        return tiledSource(spec.multires,
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
