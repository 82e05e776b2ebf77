#pragma once

#include "engine/render/TileCover.h"

#include <span>
#include <vector>

namespace cloudtour::render {

/// A vertex of a tile quad: its point on the cube (world space) and its texture coordinates.
struct TileVertex {
    float x, y, z;
    float u, v;
};

/// Consecutive triangles drawn with one tile texture.
struct TileBatch {
    TileTexture texture = 0;
    int first = 0; ///< first vertex
    int count = 0; ///< vertices, three a triangle
};

struct TileMesh {
    std::vector<TileVertex> vertices;
    std::vector<TileBatch> batches;
};

/// Triangles for the regions of one level (coverTiles' output), watertight across cube edges.
/// Where two faces meet in opposite directions (the back face's bottom edge runs along the down
/// face's bottom edge the other way, for instance), a face whose size is not a multiple of the
/// tile size has its tile corners at different points on each side: a T-junction, which the
/// rasterizer's snapping opens into a crack of stray pixels. So every region is cut along its
/// level's tile edges and their mirror images (faceSize - k tileSize), giving both sides the same
/// points, and each point is computed from pixel coordinates as (2 p - faceSize) / faceSize, which
/// is exactly the negation of what the other side computes: the shared vertices are bit-identical.
TileMesh buildTileMesh(std::span<const TileDraw> draws, const PyramidLevel& level);

/// The cuts along one side: the level's tile edges and their mirror images, sorted, 0 and
/// faceSize included (pixels).
std::vector<double> symmetricTileEdges(const PyramidLevel& level);

} // namespace cloudtour::render
