#include "engine/render/TilePyramid.h"

#include <algorithm>
#include <string_view>

namespace cloudtour::render {
namespace {

constexpr int kMaxLevels = 255;
constexpr long long kMaxTilesPerSide = 1LL << 24;

std::string levelName(std::size_t index) {
    return "level " + std::to_string(index + 1);
}

} // namespace

std::vector<PyramidLevel> pannellumLevels(int cubeResolution, int tileResolution, int maxLevel) {
    std::vector<PyramidLevel> levels;
    for (int level = 1; level <= maxLevel; ++level) {
        const int shift = std::min(maxLevel - level, 62);
        const long long divisor = 1LL << shift;
        const auto size = static_cast<int>((static_cast<long long>(cubeResolution) + divisor - 1) / divisor);
        levels.push_back({std::max(size, 1), tileResolution});
    }
    return levels;
}

core::Result<bool> validatePyramid(const TilePyramid& pyramid) {
    if (pyramid.levels.empty()) {
        return core::Error{"the pyramid has no levels"};
    }
    if (pyramid.levels.size() > kMaxLevels) {
        return core::Error{"the pyramid has " + std::to_string(pyramid.levels.size()) + " levels, more than " +
                           std::to_string(kMaxLevels)};
    }
    for (std::size_t i = 0; i < pyramid.levels.size(); ++i) {
        const PyramidLevel& level = pyramid.levels[i];
        if (level.faceSize < 1 || level.tileSize < 1) {
            return core::Error{levelName(i) + " of the pyramid has a face size of " + std::to_string(level.faceSize) +
                               " and a tile size of " + std::to_string(level.tileSize) + ": both must be positive"};
        }
        if (level.tilesPerSide() > kMaxTilesPerSide) {
            return core::Error{levelName(i) + " of the pyramid has more than 2^24 tiles a side"};
        }
        if (i > 0 && level.faceSize <= pyramid.levels[i - 1].faceSize) {
            return core::Error{levelName(i) + " of the pyramid (faces of " + std::to_string(level.faceSize) +
                               " pixels) is not larger than the level before it (" +
                               std::to_string(pyramid.levels[i - 1].faceSize) + ")"};
        }
    }
    return true;
}

std::string tilePath(const TilePyramid& pyramid, const TileId& id) {
    // One pass, as the tour importers check the files: a value that contains "%x" stays as it is.
    std::string path = pyramid.folder;
    const std::string& pattern = pyramid.pathTemplate;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        if (pattern[i] != '%' || std::string_view("lsxy").find(next) == std::string_view::npos) {
            path += pattern[i];
            continue;
        }
        switch (next) {
        case 'l':
            path += std::to_string(id.level + pyramid.firstLevelNumber);
            break;
        case 's':
            path += pyramid.faceLetters[static_cast<std::size_t>(id.face)];
            break;
        case 'y':
            path += std::to_string(id.row);
            break;
        default:
            path += std::to_string(id.column);
            break;
        }
        ++i;
    }
    return path;
}

TileSize tilePixelSize(const PyramidLevel& level, int row, int column) {
    const int x = column * level.tileSize;
    const int y = row * level.tileSize;
    return {std::min(level.tileSize, level.faceSize - x), std::min(level.tileSize, level.faceSize - y)};
}

FaceRect tileFaceRect(const PyramidLevel& level, int row, int column) {
    // Edges from integer pixel positions, divided the same way for every tile, so neighbouring
    // tiles share their edge exactly (no crack between them).
    const double size = level.faceSize;
    const auto edge = [&](int index) {
        return static_cast<double>(
                   std::min(static_cast<long long>(index) * level.tileSize, static_cast<long long>(level.faceSize))) /
               size;
    };
    return {edge(column), edge(row), edge(column + 1), edge(row + 1)};
}

std::vector<TileId> levelTiles(const TilePyramid& pyramid, int level) {
    std::vector<TileId> tiles;
    const int side = pyramid.levels.at(static_cast<std::size_t>(level)).tilesPerSide();
    for (int face = 0; face < 6; ++face) {
        for (int row = 0; row < side; ++row) {
            for (int column = 0; column < side; ++column) {
                tiles.push_back({level, face, row, column});
            }
        }
    }
    return tiles;
}

} // namespace cloudtour::render
