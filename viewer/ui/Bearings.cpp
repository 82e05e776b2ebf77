#include "viewer/ui/Bearings.h"

#include "engine/math/Angles.h"

#include <algorithm>
#include <cmath>

namespace cloudtour::viewer {

double compassBearing(const tour::Scene& scene, double yaw) {
    const double bearing = math::wrapAngle(scene.northOffset + yaw);
    return bearing < 0.0 ? bearing + math::kTwoPi : bearing;
}

double yawFacingNorth(const tour::Scene& scene) {
    return math::wrapAngle(-scene.northOffset);
}

double mapBearing(const tour::MapPosition& position, double yaw) {
    return math::wrapAngle(position.heading + yaw);
}

ImVec2 bearingDirection(double bearing) {
    return ImVec2(static_cast<float>(std::sin(bearing)), static_cast<float>(-std::cos(bearing)));
}

std::vector<ImVec2> viewWedge(ImVec2 apex, double bearing, double hfov, float radius, int arcPoints) {
    const double half = 0.5 * std::clamp(hfov, 0.0, math::degToRad(179.0));
    const int points = std::max(arcPoints, 2);
    std::vector<ImVec2> outline{apex};
    for (int i = 0; i < points; ++i) {
        const double along = bearing - half + 2.0 * half * i / (points - 1);
        const ImVec2 direction = bearingDirection(along);
        outline.emplace_back(apex.x + radius * direction.x, apex.y + radius * direction.y);
    }
    return outline;
}

} // namespace cloudtour::viewer
