#pragma once

#include "engine/core/Error.h"
#include "engine/render/TileId.h"

#include <array>
#include <string>
#include <vector>

namespace cloudtour::render {

/// One level of a cube pyramid: the size of its square faces and of its full tiles (pixels). Tiles
/// are cut from each face's top-left corner; the last column and row are narrower when faceSize is
/// not a multiple of tileSize (Pannellum's "partial edge tiles").
struct PyramidLevel {
    int faceSize = 0;
    int tileSize = 0;

    [[nodiscard]] int tilesPerSide() const { return (faceSize + tileSize - 1) / tileSize; }
};

/// A rectangle of a cube face in face units: s across (0 left edge, 1 right edge), t down (0 top
/// edge, 1 bottom edge), as the face image is seen from inside the cube.
struct FaceRect {
    double s0 = 0.0;
    double t0 = 0.0;
    double s1 = 1.0;
    double t1 = 1.0;
};

/// A multi-resolution cube pyramid on disk, read tile by tile. Every level covers all six faces;
/// level 0 (the smallest) is the one a viewer keeps whole so that nothing is ever a hole.
struct TilePyramid {
    std::vector<PyramidLevel> levels; ///< smallest first
    /// Prefix of every tile's path (Pannellum's basePath, absolute); taken as is, never substituted.
    std::string folder;
    /// The rest of the path, with %l (level number), %s (face letter), %y (row) and %x (column)
    /// replaced once each, left to right; the extension included ("/%l/%s%y_%x.jpg").
    std::string pathTemplate;
    std::array<char, 6> faceLetters = {'f', 'r', 'b', 'l', 'u', 'd'}; ///< CubeFace order
    int firstLevelNumber = 1; ///< what %l says for levels[0] (Pannellum and Marzipano both count from 1)
    /// The level loadPanoramaImages stitches into whole faces for callers that want one image
    /// (thumbnails, renderers without tiles); the tiled renderer ignores it.
    int stitchLevel = 0;
};

/// Pannellum's levels 1 to maxLevel: level l's faces are ceil(cubeResolution / 2^(maxLevel - l))
/// pixels, all with the same tile size.
std::vector<PyramidLevel> pannellumLevels(int cubeResolution, int tileResolution, int maxLevel);

/// Checks what the tiled renderer relies on: at least one level, sizes growing from level to level,
/// positive tile sizes, at most 255 levels and 2^24 tiles a side. The error names the level.
core::Result<bool> validatePyramid(const TilePyramid& pyramid);

/// The file of a tile.
std::string tilePath(const TilePyramid& pyramid, const TileId& id);

/// Pixel size of a tile (edge tiles may be narrower or shorter than the level's tile size).
struct TileSize {
    int width = 0;
    int height = 0;
};
TileSize tilePixelSize(const PyramidLevel& level, int row, int column);

/// Where a tile lies on its face, in face units.
FaceRect tileFaceRect(const PyramidLevel& level, int row, int column);

/// Every tile of one level, face by face, row by row.
std::vector<TileId> levelTiles(const TilePyramid& pyramid, int level);

} // namespace cloudtour::render
