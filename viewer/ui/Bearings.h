#pragma once

#include "engine/tour/TourDocument.h"

#include <imgui.h>

#include <vector>

namespace cloudtour::viewer {

// Bearings are radians clockwise from up: from north on the compass, from the top of the picture
// on the tour map. Yaw is positive to the right, that is clockwise seen from above, so a bearing
// and a yaw add.

/// Compass bearing of the view's centre, in [0, 2pi): the scene's north offset plus the yaw.
double compassBearing(const tour::Scene& scene, double yaw);

/// The yaw at which a scene faces north.
double yawFacingNorth(const tour::Scene& scene);

/// Bearing on the map of the view's centre: the heading of the scene's yaw 0 plus the yaw.
double mapBearing(const tour::MapPosition& position, double yaw);

/// Unit vector on screen (y down) pointing along a bearing.
ImVec2 bearingDirection(double bearing);

/// Outline of a field of view seen from above: the apex, then an arc of `radius` from
/// bearing - hfov/2 to bearing + hfov/2, clockwise. Convex for any hfov under 180 degrees (wider
/// ones are drawn as 179), so ImGui can fill it.
std::vector<ImVec2> viewWedge(ImVec2 apex, double bearing, double hfov, float radius, int arcPoints = 16);

} // namespace cloudtour::viewer
