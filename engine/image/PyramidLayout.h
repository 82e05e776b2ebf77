#pragma once

#include "engine/core/Error.h"

#include <array>
#include <string>

namespace cloudtour::image {

/// Face letters of a Pannellum pyramid in CubeFace order (front, right, back, left, up, down).
inline constexpr std::array<char, 6> kPyramidFaceLetters = {'f', 'r', 'b', 'l', 'u', 'd'};

/// A pixel rectangle of a face.
struct TileRect {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
};

/// The arithmetic of a cube pyramid in Pannellum's multires layout (utils/multires/generate.py):
/// levels 1 (smallest, one tile per face or less) to `levels` (full size, `cubeSize` pixels a
/// face); level l's faces are ceil(cubeSize / 2^(levels - l)) pixels, cut into tileSize squares
/// from the top left, the last column and row of tiles narrower when the size is not a multiple.
/// The tile of level l, face s, row y, column x is the file "l/sy_x.jpg".
struct PyramidLayout {
    int cubeSize = 0;
    int tileSize = 0;
    int levels = 0;
    int fallbackSize = 0; ///< size of the whole-face fallback images, 0 for none

    [[nodiscard]] int faceSize(int level) const;
    [[nodiscard]] int tilesPerSide(int level) const;
    [[nodiscard]] TileRect tile(int level, int row, int column) const;
    /// Tiles of all six faces at every level.
    [[nodiscard]] long long tileCount() const;
    /// The level whose faces the fallback images are reduced from: the smallest not smaller than
    /// them, so the reduction is by less than half.
    [[nodiscard]] int fallbackSourceLevel() const;
    /// "3/f0_2.jpg": relative to the pyramid's folder.
    [[nodiscard]] static std::string tilePath(int level, int face, int row, int column);
    /// "fallback/f.jpg".
    [[nodiscard]] static std::string fallbackPath(int face);
};

/// Pannellum's default face size for an equirect `width` pixels wide: 8 * floor(width / pi / 8),
/// about the equirect's own resolution at the face centre.
int defaultCubeSize(int equirectWidth);

/// Number of levels: the smallest count whose level 1 fits in one tile (ceil(log2(cube / tile)) + 1
/// as generate.py says, in integers, so exact powers of two do not depend on rounding).
int pyramidLevelCount(int cubeSize, int tileSize);

/// The layout for a full equirect of the given width. `cubeSize` 0 means defaultCubeSize; a tile
/// larger than the face shrinks to it (as generate.py does). Errors say which value is wrong.
core::Result<PyramidLayout> makePyramidLayout(int equirectWidth, int tileSize, int cubeSize = 0,
                                              int fallbackSize = 1024);

/// The config.json Pannellum reads for the pyramid in its own folder (type multires).
std::string pannellumConfigJson(const PyramidLayout& layout);

} // namespace cloudtour::image
