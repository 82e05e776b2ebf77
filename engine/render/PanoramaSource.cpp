#include "engine/render/PanoramaSource.h"

#include "engine/image/ImageLoader.h"

#include <future>
#include <vector>

namespace cloudtour::render {
namespace {

core::Result<PanoramaImages> load(const EquirectFile& file, const image::DecodeLimits& limits) {
    auto decoded = image::loadImageFile(file.path, limits);
    if (!decoded) {
        return decoded.error();
    }
    return PanoramaImages(EquirectImage{std::move(*decoded), file.geometry});
}

core::Result<PanoramaImages> load(const CubeFiles& files, const image::DecodeLimits& limits) {
    // Faces decode independently; both cores share the six.
    std::vector<std::future<core::Result<image::ImageData>>> pending;
    for (const auto& path : files.paths) {
        pending.push_back(std::async(std::launch::async, [&path, &limits] { return image::loadImageFile(path, limits); }));
    }
    CubeImages cube;
    for (std::size_t i = 0; i < pending.size(); ++i) {
        auto face = pending[i].get();
        if (!face) {
            return face.error();
        }
        cube.faces[i] = std::move(*face);
    }
    return PanoramaImages(std::move(cube));
}

} // namespace

std::string describeSource(const PanoramaSource& source) {
    if (const auto* file = std::get_if<EquirectFile>(&source)) {
        return file->path;
    }
    return std::get<CubeFiles>(source).paths[0] + " (cube)";
}

core::Result<PanoramaImages> loadPanoramaImages(const PanoramaSource& source, const image::DecodeLimits& limits) {
    return std::visit([&](const auto& alternative) { return load(alternative, limits); }, source);
}

} // namespace cloudtour::render
