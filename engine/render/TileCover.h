#pragma once

#include "engine/render/TilePyramid.h"
#include "engine/render/TileStore.h"

#include <span>
#include <vector>

namespace cloudtour::render {

/// One region to draw: a rectangle of a face, in pixels of the level being drawn (s0/s1 across,
/// t0/t1 down), and the part of a resident tile's texture that shows there (texture coordinates,
/// 0-1 across the tile; may reach up to a texel past its edge, where clamping repeats the last).
struct TileDraw {
    int face = 0;
    FaceRect region;
    TileId source;
    TileTexture texture = 0; ///< 0 when nothing covers the region (its pinned tile failed to load)
    FaceRect texCoords;
};

/// How to draw tiles of one level with what is resident: each tile itself, or else the matching
/// part of its nearest resident ancestor (the pinned level always has one), so the view never
/// shows a hole. Levels need not nest exactly (Pannellum rounds face sizes up, Marzipano's tile
/// sizes may differ by level): a region that several coarser tiles cover is cut along their
/// edges, each piece drawn from its own tile; overlaps thinner than a coarse texel are ignored
/// (the texture is clamped there), so no sliver is cut for a rounding difference.
std::vector<TileDraw> coverTiles(const TilePyramid& pyramid, const TileStore& store, std::span<const TileId> tiles);

/// A tile's rectangle in pixels of its level.
FaceRect tilePixelRect(const PyramidLevel& level, int row, int column);

} // namespace cloudtour::render
