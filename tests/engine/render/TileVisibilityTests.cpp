// Visible tiles against brute force: the tile under every pixel of the view (found with the
// test's own cube mapping, tests/support/SphereMapping.h, not the engine's) must be listed, and
// the list must not hold much more than those.

#include "engine/math/Angles.h"
#include "engine/render/TileVisibility.h"
#include "tests/support/SphereMapping.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <set>

using namespace cloudtour;
using namespace cloudtour::render;

namespace {

struct ViewCase {
    double yaw, pitch, roll, hfov;
    int width, height;
};

math::View makeView(const ViewCase& c) {
    math::View v;
    v.setViewport(c.width, c.height);
    v.set(math::degToRad(c.yaw), math::degToRad(c.pitch), math::degToRad(c.hfov));
    v.setRoll(math::degToRad(c.roll));
    return v;
}

// The tile of `level` a direction falls on.
std::uint64_t tileUnder(const PyramidLevel& level, int levelIndex, const glm::dvec3& direction) {
    const test::CubeFacePoint point = test::cubeFacePoint(direction);
    const int last = level.tilesPerSide() - 1;
    const int column = std::clamp(static_cast<int>(point.s * level.faceSize) / level.tileSize, 0, last);
    const int row = std::clamp(static_cast<int>(point.t * level.faceSize) / level.tileSize, 0, last);
    return tileKey({levelIndex, point.face, row, column});
}

// Every pixel corner and centre of the view, edges included.
std::set<std::uint64_t> tilesSeen(const PyramidLevel& level, int levelIndex, const math::View& v) {
    std::set<std::uint64_t> seen;
    for (double y = 0.0; y <= v.height(); y += 0.5) {
        for (double x = 0.0; x <= v.width(); x += 0.5) {
            seen.insert(tileUnder(level, levelIndex, v.screenToDirection({x, y})));
        }
    }
    return seen;
}

const std::vector<ViewCase>& viewCases() {
    static const std::vector<ViewCase> cases = {
        {0, 0, 0, 90, 160, 90},      {30, 10, 0, 100, 160, 90}, {45, 35.26, 0, 90, 120, 120},
        {180, -60, 20, 75, 90, 160}, {0, 90, 0, 100, 160, 90},  {-120, -90, 0, 60, 160, 90},
        {77, 3, -35, 150, 200, 100}, {10, 20, 0, 8, 160, 90},   {-179, 0, 0, 120, 160, 90},
    };
    return cases;
}

} // namespace

TEST_CASE("visible tiles include every tile a pixel of the view shows", "[tiles]") {
    TilePyramid pyramid;
    pyramid.levels = pannellumLevels(4384, 512, 5); // 1, 2, 3, 5 and 9 tiles a side, partial edges
    for (const ViewCase& c : viewCases()) {
        const math::View v = makeView(c);
        for (int level = 0; level < 5; ++level) {
            INFO("yaw " << c.yaw << " pitch " << c.pitch << " roll " << c.roll << " hfov " << c.hfov << " level "
                        << level);
            const auto listed = visibleTiles(pyramid, level, v);
            std::set<std::uint64_t> keys;
            for (const auto& id : listed) {
                keys.insert(tileKey(id));
            }
            CHECK(keys.size() == listed.size()); // no tile twice
            const auto seen = tilesSeen(pyramid.levels[static_cast<std::size_t>(level)], level, v);
            for (const auto key : seen) {
                const TileId id = tileFromKey(key);
                INFO("missing face " << id.face << " row " << id.row << " column " << id.column);
                CHECK(keys.count(key) == 1);
            }
            // Conservative, not careless: extra tiles only just past the view's corners.
            CHECK(listed.size() <= seen.size() + seen.size() / 3 + 4);
        }
    }
}

TEST_CASE("tiles behind the view are not visible", "[tiles]") {
    TilePyramid pyramid;
    pyramid.levels = pannellumLevels(2048, 512, 3);
    math::View v;
    v.setViewport(160, 90);
    v.set(0.0, 0.0, math::degToRad(90.0));
    for (const auto& id : visibleTiles(pyramid, 2, v)) {
        CHECK(id.face != 2); // the back face
    }
    const auto front = visibleTiles(pyramid, 0, v);
    REQUIRE(front.size() >= 1);
    CHECK(std::count_if(front.begin(), front.end(), [](const TileId& id) { return id.face == 0; }) == 1);
}

TEST_CASE("a tile's centre direction lies on its face", "[tiles]") {
    TilePyramid pyramid;
    pyramid.levels = pannellumLevels(1096, 512, 3);
    for (const auto& id : levelTiles(pyramid, 2)) {
        const glm::dvec3 direction = tileCentreDirection(pyramid, id);
        CHECK(glm::length(direction) == Approx(1.0));
        const test::CubeFacePoint point = test::cubeFacePoint(direction);
        CHECK(point.face == id.face);
        CHECK(static_cast<int>(point.s * 1096) / 512 == id.column);
        CHECK(static_cast<int>(point.t * 1096) / 512 == id.row);
    }
}
