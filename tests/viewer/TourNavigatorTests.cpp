#include "engine/math/Angles.h"
#include "viewer/tour/TourNavigator.h"

#include <catch2/catch.hpp>

using namespace cloudtour;
using namespace cloudtour::viewer;
using math::degToRad;
using math::radToDeg;

namespace {

tour::Scene scene(const std::string& id, double yawDeg, double northDeg) {
    tour::Scene s;
    s.id = id;
    s.view.yaw = degToRad(yawDeg);
    s.view.pitch = degToRad(-5.0);
    s.view.hfov = degToRad(90.0);
    s.northOffset = degToRad(northDeg);
    return s;
}

tour::Hotspot link(const std::string& target, tour::ArrivalMode mode) {
    tour::Hotspot h;
    h.kind = tour::HotspotKind::SceneLink;
    h.targetScene = target;
    h.arrival.mode = mode;
    return h;
}

tour::Tour threeScenes() {
    tour::Tour t;
    t.scenes = {scene("entrance", 10.0, 0.0), scene("chamber", -20.0, 90.0), scene("niche", 45.0, -30.0)};
    return t;
}

ViewAim aimDeg(double yaw, double pitch, double hfov) {
    return {degToRad(yaw), degToRad(pitch), degToRad(hfov)};
}

void checkAim(const ViewAim& actual, double yaw, double pitch, double hfov) {
    CHECK(radToDeg(actual.yaw) == Approx(yaw).margin(1e-9));
    CHECK(radToDeg(actual.pitch) == Approx(pitch).margin(1e-9));
    CHECK(radToDeg(actual.hfov) == Approx(hfov).margin(1e-9));
}

} // namespace

TEST_CASE("a tour starts at its first scene with the initial view", "[viewer][tour]") {
    auto tour = threeScenes();
    tour.firstScene = "chamber";
    TourNavigator navigator(tour);
    const auto start = navigator.start();
    CHECK(start.scene == 1);
    checkAim(start.aim, -20.0, -5.0, 90.0);
    CHECK_FALSE(navigator.canGoBack());
    CHECK(navigator.visited(1));
    CHECK(navigator.visitedCount() == 1);
}

TEST_CASE("arrival views follow the link's mode", "[viewer][tour]") {
    auto tour = threeScenes();
    TourNavigator navigator(tour);
    navigator.start();
    const ViewAim looking = aimDeg(30.0, 12.0, 70.0);

    SECTION("the scene's default") {
        checkAim(navigator.follow(link("chamber", tour::ArrivalMode::SceneDefault), looking)->aim, -20.0, -5.0, 90.0);
    }
    SECTION("the same view") {
        checkAim(navigator.follow(link("chamber", tour::ArrivalMode::Same), looking)->aim, 30.0, 12.0, 70.0);
    }
    SECTION("the same compass heading through both north offsets") {
        // Bearing 30 + 0 = 30 degrees; the chamber's yaw 0 faces bearing 90 (east): yaw -60 faces 30.
        const auto arrival = navigator.follow(link("chamber", tour::ArrivalMode::SameAzimuth), looking);
        checkAim(arrival->aim, -60.0, -5.0, 90.0);
    }
    SECTION("explicit values override the mode") {
        auto hotspot = link("niche", tour::ArrivalMode::Same);
        hotspot.arrival.yaw = degToRad(-100.0);
        checkAim(navigator.follow(hotspot, looking)->aim, -100.0, 12.0, 70.0);
    }
    SECTION("a link to a missing scene goes nowhere") {
        CHECK_FALSE(navigator.follow(link("crypt", tour::ArrivalMode::SceneDefault), looking).has_value());
        CHECK(navigator.currentIndex() == 0);
        CHECK_FALSE(navigator.canGoBack());
    }
}

TEST_CASE("back and forward walk the history and restore the views the visitor left", "[viewer][tour]") {
    auto tour = threeScenes();
    TourNavigator navigator(tour);
    navigator.start();
    const auto inChamber = navigator.follow(link("chamber", tour::ArrivalMode::SceneDefault), aimDeg(5.0, 1.0, 80.0));
    REQUIRE(inChamber);
    const auto inNiche = navigator.follow(link("niche", tour::ArrivalMode::SceneDefault), aimDeg(-60.0, 2.0, 60.0));
    REQUIRE(inNiche);
    CHECK(navigator.currentIndex() == 2);
    CHECK(navigator.visitedCount() == 3);

    const auto backToChamber = navigator.back(aimDeg(44.0, 0.0, 100.0));
    REQUIRE(backToChamber);
    CHECK(backToChamber->scene == 1);
    checkAim(backToChamber->aim, -60.0, 2.0, 60.0);
    const auto backToEntrance = navigator.back(aimDeg(0.0, 0.0, 90.0));
    REQUIRE(backToEntrance);
    CHECK(backToEntrance->scene == 0);
    checkAim(backToEntrance->aim, 5.0, 1.0, 80.0);
    CHECK_FALSE(navigator.canGoBack());
    CHECK_FALSE(navigator.back(aimDeg(0.0, 0.0, 90.0)).has_value());

    const auto forwardToChamber = navigator.forward(aimDeg(7.0, 0.0, 90.0));
    REQUIRE(forwardToChamber);
    CHECK(forwardToChamber->scene == 1);
    checkAim(forwardToChamber->aim, 0.0, 0.0, 90.0);
    CHECK(navigator.canGoForward());

    // A new move clears the forward history, as in a browser.
    navigator.jumpTo("entrance", aimDeg(0.0, 0.0, 90.0));
    CHECK_FALSE(navigator.canGoForward());
    CHECK(navigator.canGoBack());
}
