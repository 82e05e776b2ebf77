// Pyramid arithmetic against Pannellum's generate.py and the real pyramids of ../shared/data: level
// counts, face sizes that are not powers of two, partial edge tiles, file names.

#include "engine/image/PyramidLayout.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace cloudtour::image;

namespace {

PyramidLayout layoutOf(int cubeSize, int tileSize) {
    auto layout = makePyramidLayout(0, tileSize, cubeSize);
    REQUIRE(layout);
    return *layout;
}

} // namespace

TEST_CASE("the default face size is 8 floor(width / pi / 8) as generate.py computes it", "[image][pyramid]") {
    CHECK(defaultCubeSize(4096) == 1296);   // 4096 / pi = 1303.8
    CHECK(defaultCubeSize(8192) == 2600);   // 2607.6
    CHECK(defaultCubeSize(16384) == 5208);  // 5215.2
    CHECK(defaultCubeSize(32768) == 10424); // 10430.4
    for (int width = 64; width <= 70000; width += 997) {
        INFO(width);
        CHECK(defaultCubeSize(width) == 8 * static_cast<int>(width / 3.14159265 / 8));
    }
}

TEST_CASE("level counts match the real Pannellum pyramids", "[image][pyramid]") {
    // pannellum.org's library (8432, 512, 6 levels), gallery (4384, 512, 5), 6th-floor (3968, 512, 4)
    // and Pannellum's own examples/multires (2048, 256, 4).
    CHECK(pyramidLevelCount(8432, 512) == 6);
    CHECK(pyramidLevelCount(4384, 512) == 5);
    CHECK(pyramidLevelCount(3968, 512) == 4);
    CHECK(pyramidLevelCount(2048, 256) == 4);
    // Exact powers of two do not get an extra level from rounding in a logarithm.
    CHECK(pyramidLevelCount(4096, 512) == 4);
    CHECK(pyramidLevelCount(4097, 512) == 5);
    CHECK(pyramidLevelCount(512, 512) == 1);
    CHECK(pyramidLevelCount(100, 512) == 1);
    for (int cube = 8; cube < 20000; cube += 61) {
        for (const int tile : {64, 256, 512, 1000}) {
            INFO(cube << " " << tile);
            const int expected = cube <= tile ? 1 : static_cast<int>(std::ceil(std::log2(double(cube) / tile))) + 1;
            CHECK(pyramidLevelCount(cube, tile) == expected);
        }
    }
}

TEST_CASE("level 1 fits one tile and each level is the next one halved, rounded up", "[image][pyramid]") {
    for (const int cube : {999, 1000, 1296, 1304, 2600, 4384, 5208, 8432, 10424}) {
        for (const int tile : {100, 256, 512}) {
            const PyramidLayout layout = layoutOf(cube, tile);
            INFO(cube << " " << tile);
            CHECK(layout.faceSize(layout.levels) == cube);
            CHECK(layout.tilesPerSide(1) == 1);
            CHECK(layout.faceSize(1) <= layout.tileSize);
            // The viewer's reader (TourBinder) walks down the levels by (size + 1) / 2.
            int size = cube;
            for (int level = layout.levels; level >= 1; --level) {
                CHECK(layout.faceSize(level) == size);
                size = (size + 1) / 2;
            }
            if (layout.levels > 1) {
                CHECK(layout.tilesPerSide(2) > 1);
            }
        }
    }
}

TEST_CASE("odd face sizes down the levels of a 999-pixel cube", "[image][pyramid]") {
    const PyramidLayout layout = layoutOf(999, 100);
    REQUIRE(layout.levels == 5);
    CHECK(layout.faceSize(5) == 999);
    CHECK(layout.faceSize(4) == 500);
    CHECK(layout.faceSize(3) == 250);
    CHECK(layout.faceSize(2) == 125);
    CHECK(layout.faceSize(1) == 63);
    CHECK(layout.tilesPerSide(5) == 10);
    CHECK(layout.tilesPerSide(2) == 2);
    CHECK(layout.tileCount() == 6 * (100 + 25 + 9 + 4 + 1));
}

TEST_CASE("edge tiles are cut short at the right and bottom", "[image][pyramid]") {
    const PyramidLayout layout = layoutOf(999, 100);
    const TileRect inner = layout.tile(5, 3, 4);
    CHECK(inner.x == 400);
    CHECK(inner.y == 300);
    CHECK(inner.width == 100);
    CHECK(inner.height == 100);
    const TileRect right = layout.tile(5, 0, 9);
    CHECK(right.x == 900);
    CHECK(right.width == 99);
    CHECK(right.height == 100);
    const TileRect corner = layout.tile(2, 1, 1);
    CHECK(corner.x == 100);
    CHECK(corner.y == 100);
    CHECK(corner.width == 25);
    CHECK(corner.height == 25);
    CHECK(layout.tile(1, 0, 0).width == 63);
}

TEST_CASE("tiles are named level/face row_column as in Pannellum's %l/%s%y_%x", "[image][pyramid]") {
    CHECK(PyramidLayout::tilePath(3, 0, 0, 2) == "3/f0_2.jpg");
    CHECK(PyramidLayout::tilePath(1, 4, 0, 0) == "1/u0_0.jpg");
    CHECK(PyramidLayout::tilePath(12, 5, 7, 11) == "12/d7_11.jpg");
    CHECK(PyramidLayout::tilePath(2, 1, 1, 0) == "2/r1_0.jpg");
    CHECK(PyramidLayout::tilePath(2, 2, 1, 0) == "2/b1_0.jpg");
    CHECK(PyramidLayout::tilePath(2, 3, 1, 0) == "2/l1_0.jpg");
    CHECK(PyramidLayout::fallbackPath(3) == "fallback/l.jpg");
}

TEST_CASE("tiles larger than the face shrink to it and too many levels are refused", "[image][pyramid]") {
    const PyramidLayout small = layoutOf(200, 512);
    CHECK(small.tileSize == 200);
    CHECK(small.levels == 1);
    CHECK_FALSE(makePyramidLayout(0, 0, 1000));
    CHECK_FALSE(makePyramidLayout(20, 512)); // faces of 0 pixels
    CHECK_FALSE(makePyramidLayout(0, 1, 1 << 20));
    const auto message = makePyramidLayout(20, 512).error().message;
    CHECK(message.find("too small") != std::string::npos);
}

TEST_CASE("fallback faces come from the smallest level not smaller than them", "[image][pyramid]") {
    auto layout = makePyramidLayout(0, 512, 4384, 1024);
    REQUIRE(layout);
    // Levels 4384, 2192, 1096, 548, 274: 1096 is reduced to 1024.
    CHECK(layout->fallbackSize == 1024);
    CHECK(layout->fallbackSourceLevel() == 3);
    auto small = makePyramidLayout(0, 128, 640, 1024);
    REQUIRE(small);
    CHECK(small->fallbackSize == 640); // never enlarged
    CHECK(small->fallbackSourceLevel() == small->levels);
}

TEST_CASE("config.json holds what Pannellum's multires reader needs", "[image][pyramid]") {
    auto layout = makePyramidLayout(0, 512, 4384, 1024);
    REQUIRE(layout);
    const std::string text = pannellumConfigJson(*layout);
    for (const char* expected :
         {"\"type\": \"multires\"", "\"multiRes\": {", "\"basePath\": \".\"", "\"path\": \"/%l/%s%y_%x\"",
          "\"fallbackPath\": \"/fallback/%s\"", "\"extension\": \"jpg\"", "\"tileResolution\": 512", "\"maxLevel\": 5",
          "\"cubeResolution\": 4384"}) {
        INFO(expected);
        CHECK(text.find(expected) != std::string::npos);
    }
    layout->fallbackSize = 0;
    CHECK(pannellumConfigJson(*layout).find("fallbackPath") == std::string::npos);
}
