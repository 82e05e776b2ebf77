// The geometry of the map panel: where a scene's view points on the plan, and the wedge that shows
// its field of view. Bearings are clockwise from the top of the plan; screen y grows downwards.
#include "engine/math/Angles.h"
#include "viewer/ui/Bearings.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace cloudtour;
using namespace cloudtour::viewer;
using math::degToRad;

namespace {

// The sample tour's entrance: at (660, 375) on the plan, its yaw 0 facing west (left on the plan).
const tour::MapPosition kEntrance{660.0, 375.0, degToRad(270.0)};
const tour::MapPosition kChamber{400.0, 375.0, degToRad(270.0)};

float cross(ImVec2 o, ImVec2 a, ImVec2 b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

} // namespace

TEST_CASE("map: a view's bearing on the plan is the scene's heading turned by the yaw", "[viewer][ui]") {
    // Looking ahead from the entrance points at the chamber, to the left on the plan.
    const ImVec2 ahead = bearingDirection(mapBearing(kEntrance, 0.0));
    const double toChamber = (kChamber.x - kEntrance.x) / std::abs(kChamber.x - kEntrance.x);
    CHECK(ahead.x == Approx(toChamber).margin(1e-6));
    CHECK(ahead.y == Approx(0.0).margin(1e-6));
    // Turning right (positive yaw) turns clockwise on the plan: from west to north, the plan's up.
    const ImVec2 right = bearingDirection(mapBearing(kEntrance, degToRad(90.0)));
    CHECK(right.x == Approx(0.0).margin(1e-6));
    CHECK(right.y == Approx(-1.0).margin(1e-6));
    CHECK(mapBearing(kEntrance, degToRad(180.0)) == Approx(degToRad(90.0))); // back to the terrace, east
}

TEST_CASE("map: the view wedge spans the field of view either side of the bearing", "[viewer][ui]") {
    const ImVec2 apex(100.0f, 50.0f);
    const auto wedge = viewWedge(apex, 0.0, degToRad(90.0), 40.0f, 9);
    REQUIRE(wedge.size() == 10);
    CHECK(wedge.front().x == apex.x);
    CHECK(wedge.front().y == apex.y);
    const float edge = 40.0f / std::sqrt(2.0f); // 45 degrees either side of straight up
    CHECK(wedge[1].x == Approx(apex.x - edge));
    CHECK(wedge[1].y == Approx(apex.y - edge));
    CHECK(wedge.back().x == Approx(apex.x + edge));
    CHECK(wedge.back().y == Approx(apex.y - edge));
    CHECK(wedge[5].x == Approx(apex.x)); // the middle of the arc is on the bearing
    CHECK(wedge[5].y == Approx(apex.y - 40.0f));
}

TEST_CASE("map: the wedge stays convex (ImGui can only fill convex shapes), even for a very wide view",
          "[viewer][ui]") {
    for (const double hfov : {10.0, 100.0, 179.0, 250.0}) {
        const auto wedge = viewWedge(ImVec2(0.0f, 0.0f), degToRad(33.0), degToRad(hfov), 50.0f);
        INFO("hfov " << hfov);
        for (std::size_t i = 0; i < wedge.size(); ++i) {
            const ImVec2& a = wedge[i];
            const ImVec2& b = wedge[(i + 1) % wedge.size()];
            const ImVec2& c = wedge[(i + 2) % wedge.size()];
            CHECK(cross(a, b, c) >= -1e-3f); // every corner turns the same way (clockwise on screen)
        }
    }
}
