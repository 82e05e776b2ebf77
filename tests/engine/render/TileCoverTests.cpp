#include "engine/render/TileCover.h"
#include "tests/engine/render/CountingTileGpu.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace cloudtour::render;
using cloudtour::render::test::CountingTileGpu;
using cloudtour::render::test::solidTile;

namespace {

// Faces of 100, 200 and 400 pixels in 100-pixel tiles: 1, 2x2 and 4x4 tiles a face.
TilePyramid smallPyramid() {
    TilePyramid pyramid;
    pyramid.levels = {{100, 100}, {200, 100}, {400, 100}};
    return pyramid;
}

void pinLevelZero(const TilePyramid& pyramid, TileStore& store) {
    for (const TileId& id : levelTiles(pyramid, 0)) {
        const TileSize size = tilePixelSize(pyramid.levels[0], id.row, id.column);
        REQUIRE(store.insert(id, solidTile(size.width, size.height), true));
    }
}

void checkRect(const FaceRect& rect, double s0, double t0, double s1, double t1) {
    CHECK(rect.s0 == Approx(s0));
    CHECK(rect.t0 == Approx(t0));
    CHECK(rect.s1 == Approx(s1));
    CHECK(rect.t1 == Approx(t1));
}

// The summed area of a face's draws over the face's: 1 when they cover it exactly, without gap or
// overlap (given that no draw leaves the face). Regions are in pixels of the level drawn.
double area(const std::vector<TileDraw>& draws, int face, int faceSize) {
    double sum = 0.0;
    for (const TileDraw& draw : draws) {
        if (draw.face == face) {
            CHECK(draw.region.s0 >= 0.0);
            CHECK(draw.region.t0 >= 0.0);
            CHECK(draw.region.s1 <= faceSize);
            CHECK(draw.region.t1 <= faceSize);
            sum += (draw.region.s1 - draw.region.s0) * (draw.region.t1 - draw.region.t0);
        }
    }
    return sum / (static_cast<double>(faceSize) * faceSize);
}

} // namespace

TEST_CASE("a resident tile draws itself whole", "[tiles]") {
    const TilePyramid pyramid = smallPyramid();
    CountingTileGpu gpu;
    TileStore store(gpu, 1ull << 30);
    pinLevelZero(pyramid, store);
    REQUIRE(store.insert({2, 0, 3, 1}, solidTile(100, 100), false));
    const TileId wanted{2, 0, 3, 1};
    const auto draws = coverTiles(pyramid, store, std::span(&wanted, 1));
    REQUIRE(draws.size() == 1);
    CHECK(draws[0].source == wanted);
    CHECK(draws[0].texture == store.find(wanted)->texture);
    checkRect(draws[0].region, 100, 300, 200, 400); // pixels of the 400-pixel level
    checkRect(draws[0].texCoords, 0.0, 0.0, 1.0, 1.0);
}

TEST_CASE("a missing tile falls back to its nearest loaded ancestor's matching part", "[tiles]") {
    const TilePyramid pyramid = smallPyramid();
    CountingTileGpu gpu;
    TileStore store(gpu, 1ull << 30);
    pinLevelZero(pyramid, store);
    const TileId wanted{2, 0, 3, 1}; // face 0, s 0.25-0.5, t 0.75-1
    SECTION("the parent when it is loaded") {
        REQUIRE(store.insert({1, 0, 1, 0}, solidTile(100, 100), false)); // s 0-0.5, t 0.5-1
        const auto draws = coverTiles(pyramid, store, std::span(&wanted, 1));
        REQUIRE(draws.size() == 1);
        CHECK(draws[0].source == TileId{1, 0, 1, 0});
        checkRect(draws[0].region, 100, 300, 200, 400);
        checkRect(draws[0].texCoords, 0.5, 0.5, 1.0, 1.0);
    }
    SECTION("the pinned level when the parent is not") {
        REQUIRE(store.insert({1, 0, 0, 0}, solidTile(100, 100), false)); // another part of the face
        const auto draws = coverTiles(pyramid, store, std::span(&wanted, 1));
        REQUIRE(draws.size() == 1);
        CHECK(draws[0].source == TileId{0, 0, 0, 0});
        checkRect(draws[0].region, 100, 300, 200, 400);
        checkRect(draws[0].texCoords, 0.25, 0.75, 0.5, 1.0);
    }
}

TEST_CASE("with only the pinned level, a view's tiles still cover every face exactly", "[tiles]") {
    // Pannellum rounds odd sizes up, so levels do not nest exactly: 751, 1501 and 3001 pixels.
    TilePyramid pyramid;
    pyramid.levels = pannellumLevels(3001, 256, 3);
    CountingTileGpu gpu;
    TileStore store(gpu, 1ull << 30);
    pinLevelZero(pyramid, store);
    const auto wanted = levelTiles(pyramid, 2);
    const auto draws = coverTiles(pyramid, store, wanted);
    CHECK(draws.size() == wanted.size()); // no slivers cut for the rounding
    for (int face = 0; face < 6; ++face) {
        CHECK(area(draws, face, 3001) == Approx(1.0).epsilon(1e-12));
    }
    for (const TileDraw& draw : draws) {
        CHECK(draw.source.level == 0);
        CHECK(draw.texture != 0);
        // Within the ancestor, but for less than a texel of it at its edge (clamped when drawn).
        const TileSize size = tilePixelSize(pyramid.levels[0], draw.source.row, draw.source.column);
        CHECK(draw.texCoords.s0 >= -1.0 / size.width);
        CHECK(draw.texCoords.s1 <= 1.0 + 1.0 / size.width);
        CHECK(draw.texCoords.t0 >= -1.0 / size.height);
        CHECK(draw.texCoords.t1 <= 1.0 + 1.0 / size.height);
    }
}

TEST_CASE("a region over several coarser tiles is cut along their edges", "[tiles]") {
    // Marzipano-like: the smaller level has smaller tiles, so one fine tile spans 4x4 of them.
    TilePyramid pyramid;
    pyramid.levels = {{512, 128}, {1024, 1024}};
    CountingTileGpu gpu;
    TileStore store(gpu, 1ull << 30);
    pinLevelZero(pyramid, store);
    const TileId wanted{1, 3, 0, 0};
    const auto draws = coverTiles(pyramid, store, std::span(&wanted, 1));
    REQUIRE(draws.size() == 16);
    CHECK(area(draws, 3, 1024) == Approx(1.0));
    for (const TileDraw& draw : draws) {
        CHECK(draw.source.level == 0);
        CHECK(draw.source.face == 3);
        checkRect(draw.texCoords, 0.0, 0.0, 1.0, 1.0);
        checkRect(draw.region, draw.source.column * 256, draw.source.row * 256, (draw.source.column + 1) * 256,
                  (draw.source.row + 1) * 256);
    }
}

TEST_CASE("a region nothing covers is drawn without a texture rather than left out", "[tiles]") {
    const TilePyramid pyramid = smallPyramid();
    CountingTileGpu gpu;
    TileStore store(gpu, 1ull << 30);
    const TileId wanted{1, 2, 0, 1};
    const auto draws = coverTiles(pyramid, store, std::span(&wanted, 1));
    REQUIRE(draws.size() == 1);
    CHECK(draws[0].texture == 0);
    checkRect(draws[0].region, 100, 0, 200, 100);
}
