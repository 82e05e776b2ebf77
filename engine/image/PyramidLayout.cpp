#include "engine/image/PyramidLayout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cloudtour::image {
namespace {

int ceilDiv(long long value, long long divisor) {
    return static_cast<int>((value + divisor - 1) / divisor);
}

// The tour format reads maxLevel up to 20; a 2^20-pixel face is far beyond any image.
constexpr int kMaxLevels = 20;

} // namespace

int PyramidLayout::faceSize(int level) const {
    return ceilDiv(cubeSize, 1LL << (levels - level));
}

int PyramidLayout::tilesPerSide(int level) const {
    return ceilDiv(faceSize(level), tileSize);
}

TileRect PyramidLayout::tile(int level, int row, int column) const {
    const int size = faceSize(level);
    const int x = column * tileSize;
    const int y = row * tileSize;
    return {x, y, std::min(tileSize, size - x), std::min(tileSize, size - y)};
}

long long PyramidLayout::tileCount() const {
    long long count = 0;
    for (int level = 1; level <= levels; ++level) {
        count += 6LL * tilesPerSide(level) * tilesPerSide(level);
    }
    return count;
}

int PyramidLayout::fallbackSourceLevel() const {
    int level = levels;
    while (level > 1 && faceSize(level - 1) >= fallbackSize) {
        --level;
    }
    return level;
}

std::string PyramidLayout::tilePath(int level, int face, int row, int column) {
    return std::to_string(level) + "/" + kPyramidFaceLetters[static_cast<std::size_t>(face)] + std::to_string(row) +
           "_" + std::to_string(column) + ".jpg";
}

std::string PyramidLayout::fallbackPath(int face) {
    return std::string("fallback/") + kPyramidFaceLetters[static_cast<std::size_t>(face)] + ".jpg";
}

int defaultCubeSize(int equirectWidth) {
    return 8 * static_cast<int>(std::floor(equirectWidth / std::numbers::pi / 8.0));
}

int pyramidLevelCount(int cubeSize, int tileSize) {
    int levels = 1;
    while (ceilDiv(cubeSize, 1LL << (levels - 1)) > tileSize) {
        ++levels;
    }
    return levels;
}

core::Result<PyramidLayout> makePyramidLayout(int equirectWidth, int tileSize, int cubeSize, int fallbackSize) {
    if (tileSize < 1) {
        return core::Error{"the tile size must be at least 1 pixel, got " + std::to_string(tileSize)};
    }
    if (cubeSize < 0 || fallbackSize < 0) {
        return core::Error{"the cube and fallback sizes cannot be negative"};
    }
    PyramidLayout layout;
    layout.cubeSize = cubeSize > 0 ? cubeSize : defaultCubeSize(equirectWidth);
    if (layout.cubeSize < 8) {
        return core::Error{"a " + std::to_string(equirectWidth) +
                           "-pixel-wide panorama is too small to tile (cube faces of " +
                           std::to_string(layout.cubeSize) + " pixels)"};
    }
    layout.tileSize = std::min(tileSize, layout.cubeSize);
    layout.levels = pyramidLevelCount(layout.cubeSize, layout.tileSize);
    if (layout.levels > kMaxLevels) {
        return core::Error{"tiles of " + std::to_string(tileSize) + " pixels on " + std::to_string(layout.cubeSize) +
                           "-pixel faces make " + std::to_string(layout.levels) + " levels, more than " +
                           std::to_string(kMaxLevels) + ": use larger tiles"};
    }
    layout.fallbackSize = std::min(fallbackSize, layout.cubeSize);
    return layout;
}

std::string pannellumConfigJson(const PyramidLayout& layout) {
    // basePath "." keeps the tiles relative to this file's folder in both viewers.
    std::string text = "{\n"
                       "    \"type\": \"multires\",\n"
                       "    \"multiRes\": {\n"
                       "        \"basePath\": \".\",\n"
                       "        \"path\": \"/%l/%s%y_%x\",\n";
    if (layout.fallbackSize > 0) {
        text += "        \"fallbackPath\": \"/fallback/%s\",\n";
    }
    text += "        \"extension\": \"jpg\",\n"
            "        \"tileResolution\": " +
            std::to_string(layout.tileSize) +
            ",\n"
            "        \"maxLevel\": " +
            std::to_string(layout.levels) +
            ",\n"
            "        \"cubeResolution\": " +
            std::to_string(layout.cubeSize) +
            "\n"
            "    }\n"
            "}\n";
    return text;
}

} // namespace cloudtour::image
