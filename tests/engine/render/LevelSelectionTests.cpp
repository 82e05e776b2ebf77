#include "engine/math/Angles.h"
#include "engine/render/LevelSelection.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace cloudtour;
using namespace cloudtour::render;

namespace {

math::View view(int width, int height, double hfovDegrees) {
    math::View v;
    v.setViewport(width, height);
    v.setHfov(math::degToRad(hfovDegrees));
    return v;
}

// The angle one screen pixel spans at the view's centre, measured from the view's own rays.
double centrePixelAngle(const math::View& v) {
    const glm::dvec2 centre(0.5 * v.width(), 0.5 * v.height());
    const glm::dvec3 a = v.screenToDirection(centre - glm::dvec2(0.5, 0.0));
    const glm::dvec3 b = v.screenToDirection(centre + glm::dvec2(0.5, 0.0));
    return std::acos(glm::dot(a, b));
}

// The angle one texel spans at a face's centre, measured on the cube: the texel's edges are at
// tangents -1/faceSize and +1/faceSize.
double faceCentreTexelAngle(int faceSize) {
    return 2.0 * std::atan(1.0 / faceSize);
}

} // namespace

TEST_CASE("the screen's density at the view centre is measured from its rays", "[tiles]") {
    for (const auto& v :
         {view(1920, 1080, 90.0), view(1920, 1080, 100.0), view(640, 480, 30.0), view(300, 800, 120.0)}) {
        CHECK(centrePixelsPerRadian(v) == Approx(1.0 / centrePixelAngle(v)).epsilon(1e-4));
    }
    for (const int size : {274, 2192, 4384}) {
        CHECK(levelTexelsPerRadian({size, 512}) == Approx(1.0 / faceCentreTexelAngle(size)).epsilon(1e-4));
    }
}

TEST_CASE("the level chosen is the coarsest at least as dense as the screen", "[tiles]") {
    const std::vector<PyramidLevel> gallery = {{274, 512}, {548, 512}, {1096, 512}, {2192, 512}, {4384, 512}};
    for (const int width : {320, 800, 1280, 1920, 3840}) {
        for (double hfov = 10.0; hfov <= 120.0; hfov += 5.0) {
            const math::View v = view(width, width * 9 / 16, hfov);
            const int level = selectLevel(gallery, centrePixelsPerRadian(v));
            INFO(width << " pixels at hfov " << hfov << ": level " << level);
            REQUIRE(level >= 0);
            REQUIRE(level < 5);
            // Texels no larger than pixels at the centre, unless the finest level is still coarser.
            const double pixel = centrePixelAngle(v);
            const double texel = faceCentreTexelAngle(gallery[static_cast<std::size_t>(level)].faceSize);
            CHECK((texel <= pixel * (1.0 + 1e-9) || level == 4));
            // And the level below would be too coarse: nothing finer than needed is loaded.
            if (level > 0) {
                CHECK(faceCentreTexelAngle(gallery[static_cast<std::size_t>(level - 1)].faceSize) > pixel);
            }
        }
    }
}

TEST_CASE("level selection at the ends of the range", "[tiles]") {
    const std::vector<PyramidLevel> levels = {{512, 512}, {1024, 512}, {2048, 512}};
    CHECK(selectLevel(levels, 1.0) == 0);
    CHECK(selectLevel(levels, 256.0) == 0);   // exactly as dense
    CHECK(selectLevel(levels, 256.001) == 1); // a hair denser
    CHECK(selectLevel(levels, 1e6) == 2);     // capped at the finest
    // 1920 pixels over a 90-degree view: 960 pixels a radian, so the 2048 faces (1024 a radian).
    CHECK(selectLevel(levels, centrePixelsPerRadian(view(1920, 1080, 90.0))) == 2);
}
