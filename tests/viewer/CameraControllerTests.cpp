#include "engine/core/Clock.h"
#include "engine/math/Angles.h"
#include "viewer/input/CameraController.h"

#include <catch2/catch.hpp>

using namespace cloudtour;
using namespace cloudtour::viewer;
using math::degToRad;
using math::radToDeg;

namespace {

struct Rig {
    core::ManualClock clock;
    math::View view;
    CameraController camera{view, clock};

    Rig() {
        view.setViewport(800, 600);
        view.set(0.0, 0.0, degToRad(90.0));
    }

    // Runs the controller at 60 frames per second for the given time.
    void run(double seconds) {
        for (double t = 0.0; t < seconds; t += 1.0 / 60.0) {
            clock.advance(1.0 / 60.0);
            camera.update();
        }
    }

    // A drag from a to b in steps, one every 1/60 s.
    void drag(glm::dvec2 a, glm::dvec2 b, int steps, bool release = true) {
        camera.handle(PointerPressed{a});
        for (int i = 1; i <= steps; ++i) {
            clock.advance(1.0 / 60.0);
            camera.handle(PointerMoved{a + (b - a) * (static_cast<double>(i) / steps)});
        }
        if (release) {
            camera.handle(PointerReleased{b});
        }
    }
};

} // namespace

TEST_CASE("dragging keeps the grabbed point under the pointer", "[viewer][camera]") {
    Rig rig;
    const glm::dvec2 start(200.0, 150.0);
    const glm::dvec3 grabbed = rig.view.screenToDirection(start);
    rig.drag(start, {620.0, 410.0}, 20, false);
    const auto shown = rig.view.directionToScreen(grabbed);
    REQUIRE(shown.has_value());
    CHECK(shown->x == Approx(620.0).margin(1e-6));
    CHECK(shown->y == Approx(410.0).margin(1e-6));
}

TEST_CASE("dragging to the right turns the view to the left", "[viewer][camera]") {
    Rig rig;
    rig.drag({300.0, 300.0}, {500.0, 300.0}, 10, false);
    CHECK(rig.view.yaw() < 0.0);
    CHECK(rig.view.pitch() == Approx(0.0).margin(1e-9));
}

TEST_CASE("a released drag glides on and comes to rest", "[viewer][camera]") {
    Rig rig;
    rig.drag({300.0, 300.0}, {500.0, 300.0}, 10);
    const double atRelease = rig.view.yaw();
    rig.clock.advance(1.0 / 60.0);
    CHECK(rig.camera.update());
    const double afterOneFrame = rig.view.yaw();
    CHECK(afterOneFrame < atRelease); // keeps turning the same way
    rig.run(5.0);
    CHECK_FALSE(rig.camera.update());
    const double glide = math::angleDifference(atRelease, rig.view.yaw());
    CHECK(glide < 0.0);
    // The glide is bounded: speed decays exponentially with time constant 0.35 s.
    const double releaseSpeed = math::angleDifference(atRelease, afterOneFrame) * 60.0;
    CHECK(std::abs(glide) <= std::abs(releaseSpeed) * 0.35 * 1.05);
}

TEST_CASE("a drag held still before release does not glide", "[viewer][camera]") {
    Rig rig;
    rig.drag({300.0, 300.0}, {500.0, 300.0}, 10, false);
    rig.clock.advance(0.2);
    rig.camera.handle(PointerReleased{{500.0, 300.0}});
    const double yaw = rig.view.yaw();
    rig.run(1.0);
    CHECK(rig.view.yaw() == Approx(yaw));
}

TEST_CASE("held arrow keys accelerate smoothly and decelerate after release", "[viewer][camera]") {
    Rig rig;
    rig.camera.handle(CameraKeyChanged{CameraKey::Right, true});
    double previousStep = 0.0;
    double previousYaw = rig.view.yaw();
    for (int frame = 0; frame < 30; ++frame) {
        rig.run(1.0 / 60.0);
        const double step = rig.view.yaw() - previousYaw;
        CHECK(step > 0.0);
        CHECK(step >= previousStep - 1e-12); // speed only grows while the key is held
        previousStep = step;
        previousYaw = rig.view.yaw();
    }
    rig.camera.handle(CameraKeyChanged{CameraKey::Right, false});
    rig.run(1.0 / 60.0);
    const double firstStepAfter = rig.view.yaw() - previousYaw;
    CHECK(firstStepAfter > 0.0);          // no sudden stop
    CHECK(firstStepAfter < previousStep); // but slowing down
    rig.run(5.0);
    CHECK_FALSE(rig.camera.update());
}

TEST_CASE("the up key raises the pitch and the zoom keys change the fov", "[viewer][camera]") {
    Rig rig;
    rig.camera.handle(CameraKeyChanged{CameraKey::Up, true});
    rig.run(0.5);
    CHECK(rig.view.pitch() > 0.0);
    rig.camera.handle(CameraKeyChanged{CameraKey::Up, false});
    rig.camera.handle(CameraKeyChanged{CameraKey::ZoomIn, true});
    rig.run(0.5);
    CHECK(radToDeg(rig.view.hfov()) < 90.0);
    rig.camera.handle(CameraKeyChanged{CameraKey::ZoomIn, false});
    rig.run(3.0);
    const double zoomed = rig.view.hfov();
    rig.camera.handle(CameraKeyChanged{CameraKey::ZoomOut, true});
    rig.run(0.5);
    CHECK(rig.view.hfov() > zoomed);
}

TEST_CASE("the wheel zooms towards the pointer", "[viewer][camera]") {
    Rig rig;
    const glm::dvec2 pointer(650.0, 180.0);
    const glm::dvec3 under = rig.view.screenToDirection(pointer);
    rig.camera.handle(WheelScrolled{3.0, pointer});
    rig.run(2.0);
    CHECK(radToDeg(rig.view.hfov()) == Approx(90.0 * std::exp(-0.12 * 3.0)).epsilon(1e-6));
    const auto shown = rig.view.directionToScreen(under);
    REQUIRE(shown.has_value());
    CHECK(shown->x == Approx(pointer.x).margin(1e-3));
    CHECK(shown->y == Approx(pointer.y).margin(1e-3));
}

TEST_CASE("zoom stops at the fov limits", "[viewer][camera]") {
    Rig rig;
    rig.camera.handle(WheelScrolled{-50.0, {400.0, 300.0}});
    rig.run(2.0);
    CHECK(radToDeg(rig.view.hfov()) == Approx(120.0));
    rig.camera.handle(WheelScrolled{50.0, {400.0, 300.0}});
    rig.run(2.0);
    CHECK(radToDeg(rig.view.hfov()) == Approx(30.0));
}

TEST_CASE("a double-click zooms in on the clicked point", "[viewer][camera]") {
    Rig rig;
    const glm::dvec2 point(600.0, 200.0);
    const glm::dvec3 under = rig.view.screenToDirection(point);
    rig.camera.handle(PointerPressed{point, PointerButton::Left, 1});
    rig.camera.handle(PointerReleased{point});
    rig.camera.handle(PointerPressed{point, PointerButton::Left, 2});
    rig.camera.handle(PointerReleased{point});
    rig.run(2.0);
    CHECK(radToDeg(rig.view.hfov()) == Approx(45.0));
    const auto shown = rig.view.directionToScreen(under);
    REQUIRE(shown.has_value());
    CHECK(shown->x == Approx(point.x).margin(1e-3));
}

TEST_CASE("stop ends every motion at once", "[viewer][camera]") {
    Rig rig;
    rig.drag({300.0, 300.0}, {500.0, 300.0}, 10);
    rig.camera.handle(CameraKeyChanged{CameraKey::Left, true});
    rig.camera.stop();
    CHECK_FALSE(rig.camera.update());
}

TEST_CASE("animateTo turns the short way round and ends exactly on the aim", "[viewer][camera]") {
    Rig rig;
    rig.view.set(degToRad(170.0), 0.0, degToRad(90.0));
    rig.camera.animateTo(degToRad(-170.0), degToRad(10.0), degToRad(60.0), 0.5);
    rig.run(0.25);
    CHECK(rig.camera.animating());
    // Half way in time the eased motion is half way: 180 degrees, not back through 0.
    CHECK(std::abs(radToDeg(rig.view.yaw())) == Approx(180.0).margin(2.0));
    rig.run(0.3);
    CHECK_FALSE(rig.camera.animating());
    CHECK(radToDeg(rig.view.yaw()) == Approx(-170.0).margin(1e-6));
    CHECK(radToDeg(rig.view.pitch()) == Approx(10.0).margin(1e-6));
    CHECK(radToDeg(rig.view.hfov()) == Approx(60.0).margin(1e-6));
}

TEST_CASE("input cancels an animation", "[viewer][camera]") {
    Rig rig;
    rig.camera.animateTo(degToRad(90.0), 0.0, degToRad(90.0), 1.0);
    rig.run(0.1);
    rig.camera.handle(PointerPressed{{100.0, 100.0}});
    CHECK_FALSE(rig.camera.animating());
}
