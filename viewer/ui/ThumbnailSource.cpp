#include "viewer/ui/ThumbnailSource.h"

#include "engine/core/FileIo.h"
#include "engine/image/ImageLoader.h"
#include "engine/math/Angles.h"
#include "engine/render/PanoramaSource.h"
#include "viewer/tour/TourBinder.h"
#include "viewer/ui/ImageResize.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cloudtour::viewer {
namespace {

// Thumbnails come from files the tour names, so they get the same budgets as the panoramas.
const image::DecodeLimits kLimits{};

// Reads a file's header first so the scale can follow its size: `scaleFor` gets width and height.
template <typename ScaleFor>
core::Result<image::ImageData> loadScaled(const std::string& path, ScaleFor scaleFor) {
    auto bytes = core::readFileBytes(path, kLimits.maxFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    auto info = image::probeImage(*bytes, path);
    if (!info) {
        return info.error();
    }
    return image::decodeImage(*bytes, path, kLimits, scaleFor(info->width, info->height));
}

double viewHfov(const tour::Scene& scene) {
    return std::clamp(scene.view.hfov, math::degToRad(10.0), math::degToRad(170.0));
}

core::Result<ThumbnailPicture> loadEquirect(const tour::Scene& scene, int width) {
    const tour::PanoramaSpec& spec = scene.panorama;
    const double needed = width * spec.haov / viewHfov(scene); // thumbnail pixels across the image's width
    auto decoded = loadScaled(spec.equirectPath, [&](int w, int) { return thumbnailScale(w, needed); });
    if (!decoded) {
        return decoded.error();
    }
    render::EquirectImage equirect{std::move(*decoded), render::EquirectGeometry{spec.haov, spec.vaov, spec.vOffset}};
    return ThumbnailPicture{render::PanoramaImages(std::move(equirect)), spec.equirectPath};
}

core::Result<ThumbnailPicture> loadCubeFaces(const tour::Scene& scene, int width) {
    const double needed = width * math::kHalfPi / viewHfov(scene); // thumbnail pixels across one face
    render::CubeImages cube;
    for (std::size_t face = 0; face < cube.faces.size(); ++face) {
        auto decoded =
            loadScaled(scene.panorama.cubePaths[face], [&](int w, int) { return thumbnailScale(w, needed); });
        if (!decoded) {
            return decoded.error();
        }
        cube.faces[face] = std::move(*decoded);
    }
    return ThumbnailPicture{render::PanoramaImages(std::move(cube)), scene.panorama.cubePaths[0]};
}

core::Result<ThumbnailPicture> loadSmallestLevel(const tour::Scene& scene) {
    auto source = panoramaSource(scene, render::GpuCaps{}, 1); // a face size of 1 selects level 1
    if (!source) {
        return source.error();
    }
    auto images = render::loadPanoramaImages(*source, kLimits);
    if (!images) {
        return images.error();
    }
    return ThumbnailPicture{std::move(*images), render::describeSource(*source)};
}

// A preview is any picture; one of 2:1 is taken for a small equirect and rendered like the
// panorama, so its thumbnail matches the others. Any other is cropped flat.
bool looksPanoramic(int width, int height) {
    return std::abs(static_cast<double>(width) / height - 2.0) < 0.02;
}

core::Result<ThumbnailPicture> loadPreview(const tour::Scene& scene, int width, int height) {
    const std::string& path = scene.panorama.previewPath;
    auto decoded = loadScaled(path, [&](int w, int h) {
        return looksPanoramic(w, h) ? thumbnailScale(w, width * math::kTwoPi / viewHfov(scene))
                                    : std::min(thumbnailScale(w, width), thumbnailScale(h, height));
    });
    if (!decoded) {
        return decoded.error();
    }
    if (looksPanoramic(decoded->width, decoded->height)) {
        return ThumbnailPicture{render::PanoramaImages(render::EquirectImage{std::move(*decoded), {}}), path};
    }
    return ThumbnailPicture{cropToFill(*decoded, width, height), path};
}

} // namespace

int thumbnailScale(double sourceSize, double targetSize) {
    for (const int denominator : std::array{8, 4, 2}) {
        if (sourceSize / denominator >= targetSize) {
            return denominator;
        }
    }
    return 1;
}

core::Result<ThumbnailPicture> loadThumbnailPicture(const tour::Scene& scene, int width, int height) {
    const bool hasPreview = !scene.panorama.previewPath.empty();
    if (scene.panorama.kind == tour::PanoramaKind::Equirect) {
        auto picture = loadEquirect(scene, width);
        if (picture || !hasPreview) {
            return picture;
        }
        return loadPreview(scene, width, height);
    }
    if (hasPreview) {
        if (auto preview = loadPreview(scene, width, height)) {
            return preview;
        }
    }
    return scene.panorama.kind == tour::PanoramaKind::Cube ? loadCubeFaces(scene, width) : loadSmallestLevel(scene);
}

} // namespace cloudtour::viewer
