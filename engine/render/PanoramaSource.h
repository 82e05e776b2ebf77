#pragma once

#include "engine/core/Error.h"
#include "engine/image/DecodeLimits.h"
#include "engine/render/PanoramaImages.h"
#include "engine/render/TilePyramid.h"

#include <array>
#include <string>
#include <variant>
#include <vector>

namespace cloudtour::render {

/// One equirectangular image file and where it sits on the sphere.
struct EquirectFile {
    std::string path;
    EquirectGeometry geometry;
};

/// Six cube face files in CubeFace order (front, right, back, left, up, down).
struct CubeFiles {
    std::array<std::string, kCubeFaceCount> paths;
};

/// One tile of a cube face: its file and its position in tiles from the face's top-left.
struct TileFile {
    std::string path;
    int column = 0;
    int row = 0;
};

/// One level of a tile pyramid, stitched into six faces at load time (for whole-image renderers
/// and thumbnails; the tiled renderer reads a TilePyramid tile by tile).
struct TiledCubeFiles {
    int faceSize = 0;
    int tileSize = 0;
    std::array<std::vector<TileFile>, kCubeFaceCount> tiles;
};

/// The files of one level of a pyramid, to stitch.
TiledCubeFiles levelFiles(const TilePyramid& pyramid, int level);

/// Where a panorama's pixels come from. A TilePyramid is drawn by createTiledRenderer;
/// loadPanoramaImages stitches its stitchLevel.
using PanoramaSource = std::variant<EquirectFile, CubeFiles, TiledCubeFiles, TilePyramid>;

/// A short name for messages and titles: the file, or the front face of a cube.
std::string describeSource(const PanoramaSource& source);

/// Reads and decodes every file of a source, cube faces in parallel. Any failure names the file.
core::Result<PanoramaImages> loadPanoramaImages(const PanoramaSource& source, const image::DecodeLimits& limits);

} // namespace cloudtour::render
