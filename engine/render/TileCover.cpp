#include "engine/render/TileCover.h"

#include <algorithm>
#include <cmath>

namespace cloudtour::render {
namespace {

// Tile indices [first, last] of a level whose span overlaps [a, b] (face units) by more than a
// texel of that level. Pannellum's rounded-up sizes shift a fine level against a coarse one by less
// than a coarse texel over a whole face, so that much is a rounding difference, not an overlap.
struct IndexRange {
    int first;
    int last;
};

IndexRange overlapping(const PyramidLevel& level, double a, double b) {
    const double slack = 1.0 / level.faceSize;
    const double tile = static_cast<double>(level.tileSize) / level.faceSize;
    const int maxIndex = level.tilesPerSide() - 1;
    int first = std::clamp(static_cast<int>(std::floor((a + slack) / tile)), 0, maxIndex);
    int last = std::clamp(static_cast<int>(std::floor((b - slack) / tile)), 0, maxIndex);
    if (last < first) {
        // The region is thinner than the slack: one tile, the one around its middle.
        first = last = std::clamp(static_cast<int>(std::floor(0.5 * (a + b) / tile)), 0, maxIndex);
    }
    return {first, last};
}

FaceRect scaled(const FaceRect& rect, double factor) {
    return {rect.s0 * factor, rect.t0 * factor, rect.s1 * factor, rect.t1 * factor};
}

// Texture coordinates of `region` within the tile that spans `tile` on the face (same units).
FaceRect texCoordsWithin(const FaceRect& region, const FaceRect& tile) {
    const double width = tile.s1 - tile.s0;
    const double height = tile.t1 - tile.t0;
    return {(region.s0 - tile.s0) / width, (region.t0 - tile.t0) / height, (region.s1 - tile.s0) / width,
            (region.t1 - tile.t0) / height};
}

// Draws `region` (pixels of `level`) of `face` from the finest level at or below `level` whose
// tiles over it are all resident. Returns false when not even level 0 covers it.
bool coverRegion(const TilePyramid& pyramid, const TileStore& store, int face, const FaceRect& region, int level,
                 std::vector<TileDraw>& out) {
    const double levelSize = pyramid.levels[static_cast<std::size_t>(level)].faceSize;
    const FaceRect unit = scaled(region, 1.0 / levelSize);
    for (int l = level; l >= 0; --l) {
        const PyramidLevel& geometry = pyramid.levels[static_cast<std::size_t>(l)];
        const IndexRange columns = overlapping(geometry, unit.s0, unit.s1);
        const IndexRange rows = overlapping(geometry, unit.t0, unit.t1);
        bool allResident = true;
        for (int row = rows.first; row <= rows.last && allResident; ++row) {
            for (int column = columns.first; column <= columns.last && allResident; ++column) {
                allResident = store.contains({l, face, row, column});
            }
        }
        if (!allResident) {
            continue;
        }
        // That level's tiles, in pixels of the level drawn.
        const double toLevel = levelSize / geometry.faceSize;
        for (int row = rows.first; row <= rows.last; ++row) {
            for (int column = columns.first; column <= columns.last; ++column) {
                const TileId id{l, face, row, column};
                const FaceRect tileRect = scaled(tilePixelRect(geometry, row, column), toLevel);
                // Pieces meet along the coarse tiles' edges; the outer ones reach the region's own
                // edges (past an ignored sliver), so the region stays whole and its edges stay
                // those of its neighbours.
                const FaceRect piece{
                    column == columns.first ? region.s0 : tileRect.s0, row == rows.first ? region.t0 : tileRect.t0,
                    column == columns.last ? region.s1 : tileRect.s1, row == rows.last ? region.t1 : tileRect.t1};
                out.push_back({face, piece, id, store.find(id)->texture, texCoordsWithin(piece, tileRect)});
            }
        }
        return true;
    }
    return false;
}

} // namespace

FaceRect tilePixelRect(const PyramidLevel& level, int row, int column) {
    const auto edge = [&](int index) {
        return static_cast<double>(
            std::min(static_cast<long long>(index) * level.tileSize, static_cast<long long>(level.faceSize)));
    };
    return {edge(column), edge(row), edge(column + 1), edge(row + 1)};
}

std::vector<TileDraw> coverTiles(const TilePyramid& pyramid, const TileStore& store, std::span<const TileId> tiles) {
    std::vector<TileDraw> draws;
    draws.reserve(tiles.size());
    for (const TileId& tile : tiles) {
        const FaceRect region =
            tilePixelRect(pyramid.levels[static_cast<std::size_t>(tile.level)], tile.row, tile.column);
        if (!coverRegion(pyramid, store, tile.face, region, tile.level, draws)) {
            draws.push_back({tile.face, region, tile, 0, {0.0, 0.0, 1.0, 1.0}});
        }
    }
    return draws;
}

} // namespace cloudtour::render
