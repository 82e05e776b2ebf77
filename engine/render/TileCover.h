#pragma once

#include "engine/render/TilePyramid.h"
#include "engine/render/TileStore.h"

#include <span>
#include <vector>

namespace cloudtour::render {

/// One quad to draw: a region of a face and the part of a resident tile's texture that shows
/// there (texture coordinates, 0-1 across the tile; may reach a fraction of a texel past its edge,
/// where clamping to the edge repeats the last texel).
struct TileDraw {
    int face = 0;
    FaceRect region;
    TileId source;
    TileTexture texture = 0; ///< 0 when nothing covers the region (its pinned tile failed to load)
    FaceRect texCoords;
};

/// How to draw the wanted tiles of one level with what is resident: each tile itself, or else the
/// matching part of its nearest resident ancestor (the pinned level always has one), so the view
/// never shows a hole. Levels need not nest exactly (Pannellum rounds face sizes up, Marzipano's
/// tile sizes may differ by level): a region that several coarser tiles cover is cut along their
/// edges, each piece drawn from its own tile; overlaps thinner than a coarse texel are ignored (the
/// texture is clamped there), so no sliver is cut for a rounding difference.
std::vector<TileDraw> coverTiles(const TilePyramid& pyramid, const TileStore& store, std::span<const TileId> tiles);

} // namespace cloudtour::render
