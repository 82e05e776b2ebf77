#include "engine/render/PanoramaSource.h"

#include "engine/image/ImageLoader.h"

#include <algorithm>
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
        pending.push_back(
            std::async(std::launch::async, [&path, &limits] { return image::loadImageFile(path, limits); }));
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

// Copies a decoded tile into its place on a face; edge tiles may be smaller than tileSize.
core::Result<bool> placeTile(const image::ImageData& tile, const TileFile& file, int tileSize, image::ImageData& face) {
    const int x0 = file.column * tileSize;
    const int y0 = file.row * tileSize;
    if (x0 + tile.width > face.width || y0 + tile.height > face.height) {
        return core::fileError(file.path, "tile is " + std::to_string(tile.width) + "x" + std::to_string(tile.height) +
                                              ", too large for its place in a " + std::to_string(face.width) +
                                              "-pixel face");
    }
    for (int y = 0; y < tile.height; ++y) {
        std::copy_n(tile.row(y), tile.rowBytes(), face.row(y0 + y) + static_cast<std::size_t>(x0) * 3);
    }
    return true;
}

core::Result<PanoramaImages> load(const TiledCubeFiles& files, const image::DecodeLimits& limits) {
    CubeImages cube;
    for (std::size_t f = 0; f < files.tiles.size(); ++f) {
        cube.faces[f] = image::ImageData::allocate(files.faceSize, files.faceSize, 3);
        std::vector<std::future<core::Result<image::ImageData>>> pending;
        for (const auto& tile : files.tiles[f]) {
            pending.push_back(
                std::async(std::launch::async, [&tile, &limits] { return image::loadImageFile(tile.path, limits); }));
        }
        for (std::size_t t = 0; t < pending.size(); ++t) {
            auto decoded = pending[t].get();
            if (!decoded) {
                return decoded.error();
            }
            if (auto placed = placeTile(*decoded, files.tiles[f][t], files.tileSize, cube.faces[f]); !placed) {
                return placed.error();
            }
        }
    }
    return PanoramaImages(std::move(cube));
}

core::Result<PanoramaImages> load(const TilePyramid& pyramid, const image::DecodeLimits& limits) {
    if (auto valid = validatePyramid(pyramid); !valid) {
        return core::fileError(pyramid.folder + pyramid.pathTemplate, valid.error().message);
    }
    const int last = static_cast<int>(pyramid.levels.size()) - 1;
    return load(levelFiles(pyramid, std::clamp(pyramid.stitchLevel, 0, last)), limits);
}

} // namespace

TiledCubeFiles levelFiles(const TilePyramid& pyramid, int level) {
    const PyramidLevel& geometry = pyramid.levels.at(static_cast<std::size_t>(level));
    TiledCubeFiles files;
    files.faceSize = geometry.faceSize;
    files.tileSize = geometry.tileSize;
    for (const TileId& id : levelTiles(pyramid, level)) {
        files.tiles[static_cast<std::size_t>(id.face)].push_back({tilePath(pyramid, id), id.column, id.row});
    }
    return files;
}

std::string describeSource(const PanoramaSource& source) {
    if (const auto* file = std::get_if<EquirectFile>(&source)) {
        return file->path;
    }
    if (const auto* pyramid = std::get_if<TilePyramid>(&source)) {
        return pyramid->folder + pyramid->pathTemplate + " (pyramid)";
    }
    if (const auto* tiled = std::get_if<TiledCubeFiles>(&source)) {
        return tiled->tiles[0].empty() ? std::string("(empty pyramid)") : tiled->tiles[0][0].path + " (pyramid)";
    }
    return std::get<CubeFiles>(source).paths[0] + " (cube)";
}

core::Result<PanoramaImages> loadPanoramaImages(const PanoramaSource& source, const image::DecodeLimits& limits) {
    return std::visit([&](const auto& alternative) { return load(alternative, limits); }, source);
}

} // namespace cloudtour::render
