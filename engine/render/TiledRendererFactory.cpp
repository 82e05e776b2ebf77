#include "engine/render/TiledRendererFactory.h"

#include "engine/render/TiledRenderer.h"

#include <algorithm>
#include <filesystem>

namespace cloudtour::render {
namespace {

constexpr int kMinTileSize = 64;
constexpr int kMaxPinnedTilesPerSide = 16;

bool isFile(const std::string& path) {
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec);
}

// The smallest level must be complete: it is what shows wherever nothing finer is loaded.
core::Result<bool> checkSmallestLevel(const TilePyramid& pyramid) {
    for (const TileId& id : levelTiles(pyramid, 0)) {
        if (const std::string path = tilePath(pyramid, id); !isFile(path)) {
            return core::fileError(path, "file not found (a tile of the pyramid's smallest level, which must be "
                                         "complete)");
        }
    }
    return true;
}

// Drops the levels from the first one whose first tile is missing; says so in `notice`.
TilePyramid withoutMissingLevels(TilePyramid pyramid, std::string& notice) {
    for (std::size_t level = 1; level < pyramid.levels.size(); ++level) {
        const std::string first = tilePath(pyramid, {static_cast<int>(level), 0, 0, 0});
        if (!isFile(first)) {
            const int number = static_cast<int>(level) + pyramid.firstLevelNumber;
            const int last = static_cast<int>(pyramid.levels.size()) - 1 + pyramid.firstLevelNumber;
            notice = first + ": file not found, so levels " + std::to_string(number) + " to " + std::to_string(last) +
                     " are left out (shown up to level " + std::to_string(number - 1) + ")";
            pyramid.levels.resize(level);
            break;
        }
    }
    return pyramid;
}

} // namespace

core::Result<std::unique_ptr<Renderer>> createTiledRenderer(const TilePyramid& pyramid, const GpuCaps& caps,
                                                            core::TaskPool& pool, const TileSettings& settings) {
    const std::string name = pyramid.folder + pyramid.pathTemplate;
    if (auto valid = validatePyramid(pyramid); !valid) {
        return core::fileError(name, valid.error().message);
    }
    const auto largest = std::max_element(pyramid.levels.begin(), pyramid.levels.end(),
                                          [](const auto& a, const auto& b) { return a.tileSize < b.tileSize; });
    if (caps.maxTextureSize > 0 && largest->tileSize > caps.maxTextureSize) {
        return core::fileError(name, "tiles of " + std::to_string(largest->tileSize) +
                                         " pixels are larger than this GPU's texture limit of " +
                                         std::to_string(caps.maxTextureSize));
    }
    // Tiny tiles would make a view thousands of draws, and a smallest level of many tiles could
    // not stay loaded: real pyramids have tiles of 256 to 1024 pixels and one to a few a face.
    const auto smallest = std::min_element(pyramid.levels.begin(), pyramid.levels.end(),
                                           [](const auto& a, const auto& b) { return a.tileSize < b.tileSize; });
    if (smallest->tileSize < kMinTileSize) {
        return core::fileError(name, "tiles of " + std::to_string(smallest->tileSize) +
                                         " pixels are too small to show (at least " + std::to_string(kMinTileSize) +
                                         ")");
    }
    if (pyramid.levels[0].tilesPerSide() > kMaxPinnedTilesPerSide) {
        return core::fileError(name, "the smallest level has " + std::to_string(pyramid.levels[0].tilesPerSide()) +
                                         " tiles a side; at most " + std::to_string(kMaxPinnedTilesPerSide) +
                                         " can stay loaded");
    }
    if (auto complete = checkSmallestLevel(pyramid); !complete) {
        return complete.error();
    }
    std::string notice;
    TilePyramid usable = withoutMissingLevels(pyramid, notice);
    auto program = ShaderProgram::build("tile.vert", "tile.frag");
    if (!program) {
        return program.error();
    }
    return std::unique_ptr<Renderer>(std::make_unique<TiledRenderer>(std::move(usable), std::move(*program), caps, pool,
                                                                     settings, std::move(notice)));
}

} // namespace cloudtour::render
