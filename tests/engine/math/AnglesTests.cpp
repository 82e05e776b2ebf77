#include "engine/math/Angles.h"
#include "engine/math/Fov.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace cloudtour::math;

TEST_CASE("wrapAngle maps every angle to -pi inclusive up to pi exclusive", "[math]") {
    struct Case {
        double in;
        double out;
    };
    const Case cases[] = {
        {0.0, 0.0},
        {kPi, -kPi},
        {-kPi, -kPi},
        {kPi / 2, kPi / 2},
        {3 * kPi, -kPi},
        {-3 * kPi, -kPi},
        {kTwoPi + 0.25, 0.25},
        {-kTwoPi - 0.25, -0.25},
        {7.5 * kPi, -kPi / 2},
        {1e6 * kTwoPi + 1.0, 1.0},
        {degToRad(190.0), degToRad(-170.0)},
        {degToRad(-190.0), degToRad(170.0)},
    };
    for (const auto& c : cases) {
        INFO("input " << c.in);
        const double wrapped = wrapAngle(c.in);
        CHECK(wrapped >= -kPi);
        CHECK(wrapped < kPi);
        CHECK(wrapped == Approx(c.out).margin(1e-6));
    }
}

TEST_CASE("wrapAngle passes non-finite values through instead of looping", "[math]") {
    CHECK(std::isnan(wrapAngle(std::numeric_limits<double>::quiet_NaN())));
    CHECK(std::isinf(wrapAngle(std::numeric_limits<double>::infinity())));
}

TEST_CASE("angleDifference takes the short way round", "[math]") {
    CHECK(angleDifference(degToRad(170), degToRad(-170)) == Approx(degToRad(20)));
    CHECK(angleDifference(degToRad(-170), degToRad(170)) == Approx(degToRad(-20)));
    CHECK(angleDifference(0.0, kPi) == Approx(kPi));
    CHECK(angleDifference(1.0, 1.0) == Approx(0.0));
}

TEST_CASE("degrees and radians convert both ways", "[math]") {
    for (double degrees : {-720.0, -180.0, -90.0, -1.5, 0.0, 30.0, 90.0, 180.0, 360.0}) {
        CHECK(radToDeg(degToRad(degrees)) == Approx(degrees));
    }
    CHECK(degToRad(180.0) == Approx(kPi));
}

TEST_CASE("vertical and horizontal fov follow the pinhole model", "[math]") {
    struct Case {
        double hfovDeg;
        double aspect;
        double vfovDeg;
    };
    // tan(v/2) = tan(h/2) / aspect, computed by hand for these rows.
    const Case cases[] = {
        {90.0, 1.0, 90.0},
        {90.0, 2.0, 2.0 * radToDeg(std::atan(0.5))},
        {90.0, 16.0 / 9.0, 2.0 * radToDeg(std::atan(9.0 / 16.0))},
        {120.0, 0.5, 2.0 * radToDeg(std::atan(std::tan(degToRad(60.0)) * 2.0))},
        {30.0, 4.0 / 3.0, 2.0 * radToDeg(std::atan(std::tan(degToRad(15.0)) * 0.75))},
    };
    for (const auto& c : cases) {
        INFO("hfov " << c.hfovDeg << " aspect " << c.aspect);
        const double vfov = verticalFov(degToRad(c.hfovDeg), c.aspect);
        CHECK(radToDeg(vfov) == Approx(c.vfovDeg).epsilon(1e-12));
        CHECK(radToDeg(horizontalFov(vfov, c.aspect)) == Approx(c.hfovDeg).epsilon(1e-12));
    }
}
