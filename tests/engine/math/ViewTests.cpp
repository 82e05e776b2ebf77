#include "engine/math/Angles.h"
#include "engine/math/Fov.h"
#include "engine/math/View.h"

#include <catch2/catch.hpp>

using namespace cloudtour::math;

namespace {

View makeView(int width, int height, double yawDeg, double pitchDeg, double rollDeg, double hfovDeg) {
    View view;
    view.setViewport(width, height);
    view.setRoll(degToRad(rollDeg));
    view.set(degToRad(yawDeg), degToRad(pitchDeg), degToRad(hfovDeg));
    return view;
}

} // namespace

TEST_CASE("screenToDirection and directionToScreen are exact inverses", "[math][view]") {
    struct Viewport {
        int width;
        int height;
    };
    const Viewport viewports[] = {{1920, 1080}, {1080, 1920}, {800, 800}, {300, 200}, {5, 3}};
    const double yaws[] = {-180.0, -135.0, -1.0, 0.0, 47.0, 179.99};
    const double pitches[] = {-90.0, -60.0, 0.0, 33.0, 89.0, 90.0};
    const double rolls[] = {0.0, 15.0, -90.0};
    const double hfovs[] = {30.0, 75.0, 120.0};
    int checked = 0;
    for (const auto& vp : viewports) {
        for (double yaw : yaws) {
            for (double pitch : pitches) {
                for (double roll : rolls) {
                    for (double hfov : hfovs) {
                        const View view = makeView(vp.width, vp.height, yaw, pitch, roll, hfov);
                        for (double fx : {0.0, 0.13, 0.5, 0.77, 1.0}) {
                            for (double fy : {0.0, 0.31, 0.5, 1.0}) {
                                const glm::dvec2 screen(fx * vp.width, fy * vp.height);
                                const auto back = view.directionToScreen(view.screenToDirection(screen));
                                INFO(vp.width << "x" << vp.height << " yaw " << yaw << " pitch " << pitch << " roll "
                                              << roll << " hfov " << hfov << " at " << fx << "," << fy);
                                REQUIRE(back.has_value());
                                CHECK(back->x == Approx(screen.x).margin(1e-7));
                                CHECK(back->y == Approx(screen.y).margin(1e-7));
                                ++checked;
                            }
                        }
                    }
                }
            }
        }
    }
    CHECK(checked == 5 * 6 * 6 * 3 * 3 * 20);
}

TEST_CASE("the centre of the screen looks along yaw and pitch", "[math][view]") {
    for (double yaw : {-170.0, -45.0, 0.0, 90.0, 135.0}) {
        for (double pitch : {-80.0, 0.0, 25.0}) {
            const View view = makeView(640, 480, yaw, pitch, 0.0, 90.0);
            const auto yp = yawPitchFromDirection(view.screenToDirection({320.0, 240.0}));
            CHECK(radToDeg(yp.yaw) == Approx(yaw).margin(1e-9));
            CHECK(radToDeg(yp.pitch) == Approx(pitch).margin(1e-9));
        }
    }
}

TEST_CASE("the screen edges are half the field of view away from the centre", "[math][view]") {
    const View view = makeView(1600, 900, 0.0, 0.0, 0.0, 90.0);
    CHECK(radToDeg(yawPitchFromDirection(view.screenToDirection({1600.0, 450.0})).yaw) == Approx(45.0));
    CHECK(radToDeg(yawPitchFromDirection(view.screenToDirection({0.0, 450.0})).yaw) == Approx(-45.0));
    const double halfV = radToDeg(0.5 * verticalFov(degToRad(90.0), 1600.0 / 900.0));
    CHECK(radToDeg(yawPitchFromDirection(view.screenToDirection({800.0, 0.0})).pitch) == Approx(halfV));
    CHECK(radToDeg(view.vfov()) == Approx(2.0 * halfV));
}

TEST_CASE("positive roll turns the camera clockwise", "[math][view]") {
    // With the camera rolled clockwise, the world's horizon rises on the left of the screen.
    const View view = makeView(800, 800, 0.0, 0.0, 20.0, 90.0);
    const auto leftEdge = yawPitchFromDirection(view.screenToDirection({0.0, 400.0}));
    CHECK(leftEdge.pitch > 0.0);
}

TEST_CASE("directions behind the camera have no screen position", "[math][view]") {
    const View view = makeView(800, 600, 30.0, 10.0, 0.0, 100.0);
    CHECK_FALSE(view.directionToScreen(-view.screenToDirection({400.0, 300.0})).has_value());
    // 100 degrees to the side is behind the image plane even though it is not straight behind.
    CHECK_FALSE(view.directionToScreen(directionFromYawPitch(degToRad(30.0 + 100.0), 0.0)).has_value());
}

TEST_CASE("the default limits keep fov within 30-120 degrees and pitch within the poles", "[math][view]") {
    View view = makeView(800, 600, 0.0, 0.0, 0.0, 200.0);
    CHECK(radToDeg(view.hfov()) == Approx(120.0));
    view.setHfov(degToRad(5.0));
    CHECK(radToDeg(view.hfov()) == Approx(30.0));
    view.setPitch(degToRad(120.0));
    CHECK(radToDeg(view.pitch()) == Approx(90.0));
    view.setPitch(degToRad(-95.0));
    CHECK(radToDeg(view.pitch()) == Approx(-90.0));
    view.setYaw(degToRad(370.0));
    CHECK(radToDeg(view.yaw()) == Approx(10.0));
}

TEST_CASE("a partial panorama keeps the view's edges inside the image", "[math][view]") {
    View view;
    view.setViewport(1000, 500);
    ViewLimits limits;
    limits.minYaw = degToRad(-75.0);
    limits.maxYaw = degToRad(75.0);
    limits.minPitch = degToRad(-25.0);
    limits.maxPitch = degToRad(30.0);
    view.setLimits(limits);
    view.set(degToRad(80.0), degToRad(40.0), degToRad(60.0));
    // hfov 60 at aspect 2 gives vfov ~32.2: the top edge must stop at 30 degrees.
    CHECK(radToDeg(view.pitch() + 0.5 * view.vfov()) == Approx(30.0));
    CHECK(radToDeg(view.yaw() + 0.5 * view.hfov()) == Approx(75.0));
    // A fov wider than the image's vertical extent is narrowed to fit it.
    view.setHfov(degToRad(120.0));
    CHECK(radToDeg(view.vfov()) <= Approx(55.0));
}

TEST_CASE("non-finite angles are ignored", "[math][view]") {
    View view = makeView(800, 600, 10.0, 5.0, 0.0, 90.0);
    view.set(std::nan(""), 0.0, degToRad(60.0));
    view.setYaw(std::numeric_limits<double>::infinity());
    CHECK(radToDeg(view.yaw()) == Approx(10.0));
    CHECK(radToDeg(view.hfov()) == Approx(90.0));
}

TEST_CASE("turnToShow puts a direction under a screen point", "[math][view]") {
    const glm::dvec2 points[] = {{10.0, 10.0}, {400.0, 300.0}, {790.0, 590.0}, {123.0, 456.0}};
    for (double roll : {0.0, 12.0}) {
        for (double yaw : {-179.0, 0.0, 100.0}) {
            for (double pitch : {-50.0, 0.0, 40.0}) {
                View view = makeView(800, 600, yaw, pitch, roll, 90.0);
                const glm::dvec3 target = directionFromYawPitch(degToRad(yaw + 17.0), degToRad(pitch * 0.5 + 5.0));
                for (const auto& point : points) {
                    INFO("yaw " << yaw << " pitch " << pitch << " roll " << roll << " point " << point.x << ","
                                << point.y);
                    REQUIRE(view.turnToShow(target, point));
                    const auto shown = view.directionToScreen(target);
                    REQUIRE(shown.has_value());
                    CHECK(shown->x == Approx(point.x).margin(1e-6));
                    CHECK(shown->y == Approx(point.y).margin(1e-6));
                }
            }
        }
    }
}

TEST_CASE("turnToShow reports when a pole makes the point unreachable", "[math][view]") {
    View view = makeView(800, 600, 0.0, 0.0, 0.0, 60.0);
    // The zenith cannot appear at the bottom edge of a 60-degree view: pitch would pass 90.
    CHECK_FALSE(view.turnToShow(glm::dvec3(0.0, 1.0, 0.0), {400.0, 599.0}));
    CHECK(radToDeg(view.pitch()) <= 90.0 + 1e-9);
}
