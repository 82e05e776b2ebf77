// Pyramid arithmetic against the real pyramids' figures in ../shared/data/MANIFEST.md (measured
// there with ImageMagick from the tile files, not computed by this code).

#include "engine/render/TilePyramid.h"

#include <catch2/catch.hpp>

#include <set>

using namespace cloudtour::render;

namespace {

std::vector<int> faceSizes(const std::vector<PyramidLevel>& levels) {
    std::vector<int> sizes;
    for (const auto& level : levels) {
        sizes.push_back(level.faceSize);
    }
    return sizes;
}

} // namespace

TEST_CASE("Pannellum levels round face sizes up, as the real pyramids are cut", "[tiles]") {
    // gallery: cubeResolution 4384, maxLevel 5; 6th-floor: 3968, maxLevel 4 (MANIFEST.md).
    CHECK(faceSizes(pannellumLevels(4384, 512, 5)) == std::vector<int>{274, 548, 1096, 2192, 4384});
    CHECK(faceSizes(pannellumLevels(3968, 512, 4)) == std::vector<int>{496, 992, 1984, 3968});
    // An odd size rounds up at every halving.
    CHECK(faceSizes(pannellumLevels(3001, 256, 3)) == std::vector<int>{751, 1501, 3001});
}

TEST_CASE("edge tiles are as narrow as the face leaves them", "[tiles]") {
    // gallery's partial edge tiles are 36, 72, 144 and 288 pixels wide at levels 2 to 5.
    const auto levels = pannellumLevels(4384, 512, 5);
    const std::vector<int> expected = {274, 36, 72, 144, 288};
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const int last = levels[i].tilesPerSide() - 1;
        INFO("level " << i + 1);
        CHECK(tilePixelSize(levels[i], last, last).width == expected[i]);
        CHECK(tilePixelSize(levels[i], last, last).height == expected[i]);
        CHECK(tilePixelSize(levels[i], 0, last).height == std::min(512, levels[i].faceSize));
    }
}

TEST_CASE("tile rectangles cover a face edge to edge with shared edges", "[tiles]") {
    const PyramidLevel level{1096, 512};
    REQUIRE(level.tilesPerSide() == 3);
    double s = 0.0;
    for (int column = 0; column < 3; ++column) {
        const FaceRect rect = tileFaceRect(level, 0, column);
        CHECK(rect.s0 == s); // exactly: neighbours compute the same edge
        CHECK(rect.s1 > rect.s0);
        s = rect.s1;
    }
    CHECK(s == 1.0);
    CHECK(tileFaceRect(level, 2, 0).t1 == 1.0);
    CHECK(tileFaceRect(level, 1, 0).t0 == Approx(512.0 / 1096.0));
}

TEST_CASE("tile paths follow Pannellum's and Marzipano's templates", "[tiles]") {
    TilePyramid pyramid;
    pyramid.levels = pannellumLevels(4384, 512, 5);
    pyramid.folder = "/data/gallery";
    pyramid.pathTemplate = "/%l/%s%y_%x.jpg";
    CHECK(tilePath(pyramid, {2, 3, 1, 2}) == "/data/gallery/3/l1_2.jpg");
    CHECK(tilePath(pyramid, {0, 4, 0, 0}) == "/data/gallery/1/u0_0.jpg");
    pyramid.pathTemplate = "/%l/%s/%y/%x.jpg"; // Marzipano's {z}/{f}/{y}/{x} as the importer writes it
    CHECK(tilePath(pyramid, {1, 5, 1, 0}) == "/data/gallery/2/d/1/0.jpg");
    // The folder is never substituted; %x before %y is honoured.
    pyramid.folder = "/data/100%l";
    pyramid.pathTemplate = "/%l/%s%x%y.png";
    CHECK(tilePath(pyramid, {3, 0, 2, 1}) == "/data/100%l/4/f12.png");
}

TEST_CASE("levelTiles lists every tile of a level once", "[tiles]") {
    TilePyramid pyramid;
    pyramid.levels = pannellumLevels(1096, 512, 3);
    const auto tiles = levelTiles(pyramid, 2);
    CHECK(tiles.size() == 6u * 9u);
    std::set<std::uint64_t> keys;
    for (const auto& id : tiles) {
        keys.insert(tileKey(id));
        CHECK(tileFromKey(tileKey(id)) == id);
    }
    CHECK(keys.size() == tiles.size());
}

TEST_CASE("validatePyramid names what is wrong", "[tiles]") {
    TilePyramid pyramid;
    CHECK_FALSE(validatePyramid(pyramid));
    pyramid.levels = {{256, 256}, {256, 256}};
    const auto same = validatePyramid(pyramid);
    REQUIRE_FALSE(same);
    CHECK_THAT(same.error().message, Catch::Contains("level 2") && Catch::Contains("not larger"));
    pyramid.levels = {{256, 0}};
    CHECK_FALSE(validatePyramid(pyramid));
    pyramid.levels = pannellumLevels(4384, 512, 5);
    CHECK(validatePyramid(pyramid));
}
