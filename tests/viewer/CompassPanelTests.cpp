// The compass's arithmetic: the bearing faced is the scene's north offset plus the yaw, and the
// "face north" action turns to the yaw that makes it zero.
#include "engine/math/Angles.h"
#include "viewer/ui/Bearings.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace cloudtour;
using namespace cloudtour::viewer;
using math::degToRad;
using math::radToDeg;

namespace {

tour::Scene sceneWithNorth(double northDeg) {
    tour::Scene scene;
    scene.northOffset = degToRad(northDeg);
    scene.mapPosition = tour::MapPosition{0.0, 0.0, degToRad(northDeg)}; // a plan drawn with north up
    return scene;
}

} // namespace

TEST_CASE("compass: the bearing faced is the north offset plus the yaw, from 0 to 360 degrees", "[viewer][ui]") {
    const tour::Scene scene = sceneWithNorth(270.0); // the sample's: yaw 0 faces west
    CHECK(radToDeg(compassBearing(scene, 0.0)) == Approx(270.0));
    CHECK(radToDeg(compassBearing(scene, degToRad(90.0))) == Approx(0.0).margin(1e-9));
    CHECK(radToDeg(compassBearing(scene, degToRad(100.0))) == Approx(10.0));
    CHECK(radToDeg(compassBearing(scene, degToRad(-100.0))) == Approx(170.0));
    for (double yaw = -720.0; yaw <= 720.0; yaw += 37.0) {
        const double bearing = compassBearing(scene, degToRad(yaw));
        CHECK(bearing >= 0.0);
        CHECK(bearing < math::kTwoPi);
    }
}

TEST_CASE("compass: facing north turns to the yaw whose bearing is zero, the short way round", "[viewer][ui]") {
    for (const double north : {0.0, 45.0, 180.0, 270.0, -30.0}) {
        const tour::Scene scene = sceneWithNorth(north);
        const double yaw = yawFacingNorth(scene);
        INFO("north offset " << north);
        CHECK(std::abs(yaw) <= math::kPi);
        CHECK(std::sin(compassBearing(scene, yaw)) == Approx(0.0).margin(1e-9));
        CHECK(std::cos(compassBearing(scene, yaw)) == Approx(1.0));
    }
}

TEST_CASE("compass: on a plan drawn north up, the map and the compass agree for every yaw", "[viewer][ui]") {
    const tour::Scene scene = sceneWithNorth(270.0);
    for (double yaw = -180.0; yaw <= 180.0; yaw += 15.0) {
        const double onMap = mapBearing(*scene.mapPosition, degToRad(yaw));
        CHECK(std::remainder(onMap - compassBearing(scene, degToRad(yaw)), math::kTwoPi) == Approx(0.0).margin(1e-9));
    }
}
