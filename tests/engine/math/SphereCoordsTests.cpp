#include "engine/math/Angles.h"
#include "engine/math/SphereCoords.h"

#include <catch2/catch.hpp>

using namespace cloudtour::math;

TEST_CASE("yaw and pitch name the documented axes", "[math]") {
    auto check = [](double yawDeg, double pitchDeg, glm::dvec3 expected) {
        const glm::dvec3 d = directionFromYawPitch(degToRad(yawDeg), degToRad(pitchDeg));
        INFO("yaw " << yawDeg << " pitch " << pitchDeg);
        CHECK(d.x == Approx(expected.x).margin(1e-12));
        CHECK(d.y == Approx(expected.y).margin(1e-12));
        CHECK(d.z == Approx(expected.z).margin(1e-12));
    };
    check(0, 0, {0, 0, -1}); // straight ahead is -z
    check(90, 0, {1, 0, 0}); // yaw is positive to the right
    check(-90, 0, {-1, 0, 0});
    check(180, 0, {0, 0, 1});
    check(0, 90, {0, 1, 0}); // pitch is positive up
    check(0, -90, {0, -1, 0});
}

TEST_CASE("directions and yaw/pitch round-trip over the whole sphere", "[math]") {
    for (double yawDeg = -179.0; yawDeg < 180.0; yawDeg += 7.0) {
        for (double pitchDeg = -89.0; pitchDeg <= 89.0; pitchDeg += 11.0) {
            const auto back = yawPitchFromDirection(directionFromYawPitch(degToRad(yawDeg), degToRad(pitchDeg)));
            INFO("yaw " << yawDeg << " pitch " << pitchDeg);
            CHECK(radToDeg(back.yaw) == Approx(yawDeg).margin(1e-9));
            CHECK(radToDeg(back.pitch) == Approx(pitchDeg).margin(1e-9));
        }
    }
}

TEST_CASE("yawPitchFromDirection accepts vectors of any length", "[math]") {
    const auto yp = yawPitchFromDirection(glm::dvec3(3.0, 3.0 * std::sqrt(2.0), -3.0));
    CHECK(radToDeg(yp.yaw) == Approx(45.0));
    CHECK(radToDeg(yp.pitch) == Approx(45.0));
}
