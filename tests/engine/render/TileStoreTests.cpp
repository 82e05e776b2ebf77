#include "engine/render/TileStore.h"
#include "tests/engine/render/CountingTileGpu.h"

#include <catch2/catch.hpp>

using namespace cloudtour::render;
using cloudtour::render::test::CountingTileGpu;
using cloudtour::render::test::solidTile;

namespace {

const std::uint64_t kTileBytes = tileTextureBytes(64, 64);

TileId tile(int column) {
    return {2, 0, 0, column};
}

} // namespace

TEST_CASE("the store evicts the least recently used tiles to stay under its budget", "[tiles]") {
    CountingTileGpu gpu;
    TileStore store(gpu, 4 * kTileBytes);
    for (int column = 0; column < 4; ++column) {
        store.beginFrame();
        REQUIRE(store.insert(tile(column), solidTile(64, 64), false));
    }
    store.beginFrame();
    store.touch(tile(0)); // 0 is now the most recently used; 1 the least
    store.beginFrame();
    REQUIRE(store.insert(tile(4), solidTile(64, 64), false));
    REQUIRE(store.insert(tile(5), solidTile(64, 64), false));
    CHECK(store.bytes() == 6 * kTileBytes);
    CHECK(store.evictToBudget() == 2);
    CHECK(store.bytes() <= store.budget());
    CHECK_FALSE(store.contains(tile(1)));
    CHECK_FALSE(store.contains(tile(2)));
    CHECK(store.contains(tile(0)));
    CHECK(store.contains(tile(3)));
    CHECK(store.contains(tile(4)));
    CHECK(store.contains(tile(5)));
    CHECK(gpu.live.size() == 4);
    CHECK(gpu.releases == 2);
}

TEST_CASE("pinned tiles are never evicted, even over budget", "[tiles]") {
    CountingTileGpu gpu;
    TileStore store(gpu, kTileBytes); // less than the pinned level alone
    for (int face = 0; face < 6; ++face) {
        REQUIRE(store.insert({0, face, 0, 0}, solidTile(64, 64), true));
    }
    store.beginFrame();
    REQUIRE(store.insert(tile(0), solidTile(64, 64), false));
    store.beginFrame();
    store.beginFrame();
    CHECK(store.evictToBudget() == 1);
    CHECK(store.pinnedCount() == 6);
    CHECK(store.size() == 6);
    for (int face = 0; face < 6; ++face) {
        CHECK(store.contains({0, face, 0, 0}));
    }
    CHECK(store.bytes() == 6 * kTileBytes);
}

TEST_CASE("tiles used by the current frame stay although the budget is exceeded", "[tiles]") {
    CountingTileGpu gpu;
    TileStore store(gpu, 2 * kTileBytes);
    store.beginFrame();
    for (int column = 0; column < 3; ++column) {
        REQUIRE(store.insert(tile(column), solidTile(64, 64), false));
    }
    CHECK(store.evictToBudget() == 0); // all three are this frame's
    store.beginFrame();
    store.touch(tile(2));
    store.touch(tile(0));
    CHECK(store.evictToBudget() == 1);
    CHECK_FALSE(store.contains(tile(1)));
}

TEST_CASE("the store counts bytes by tile size and releases everything on clear", "[tiles]") {
    CountingTileGpu gpu;
    {
        TileStore store(gpu, 1ull << 30);
        REQUIRE(store.insert(tile(0), solidTile(512, 512), false));
        REQUIRE(store.insert(tile(1), solidTile(36, 512), false)); // a partial edge tile
        REQUIRE(store.insert({0, 1, 0, 0}, solidTile(274, 274), true));
        CHECK(store.bytes() == tileTextureBytes(512, 512) + tileTextureBytes(36, 512) + tileTextureBytes(274, 274));
        // A tile inserted again replaces the old texture.
        REQUIRE(store.insert(tile(0), solidTile(512, 512), false));
        CHECK(store.size() == 3);
        CHECK(gpu.live.size() == 3);
        store.clear();
        CHECK(store.size() == 0);
        CHECK(store.bytes() == 0);
        CHECK(gpu.live.empty());
        REQUIRE(store.insert(tile(0), solidTile(8, 8), false));
    }
    CHECK(gpu.live.empty()); // the destructor releases too
}

TEST_CASE("a tile the GPU refuses is not stored", "[tiles]") {
    CountingTileGpu gpu;
    TileStore store(gpu, 1ull << 30);
    gpu.refuse = true;
    CHECK_FALSE(store.insert(tile(0), solidTile(64, 64), false));
    CHECK_FALSE(store.contains(tile(0)));
    CHECK(store.bytes() == 0);
}
