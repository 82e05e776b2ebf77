// Dimensions of the cave and the three camera positions. World axes: x = east, y = north, z = up, metres,
// floor at z = 0. Like the Mogao caves, the cave is cut into a cliff facing east: the entrance passage runs
// west from the cliff face into the main chamber, and the Buddha niche is in the west wall.
#pragma once

#include "Vec3.h"

#include <array>

namespace cloudtour::samplegen::layout {

inline constexpr double kHalf = 3.8;     // main chamber: x, y in [-kHalf, kHalf]
inline constexpr double kWallTop = 3.0;  // where the vertical walls meet the ceiling slopes
inline constexpr double kWellHalf = 1.2; // caisson well: x, y in [-kWellHalf, kWellHalf]
inline constexpr double kSlopeTop = 4.4; // top of the ceiling slopes = bottom of the well
inline constexpr double kWellTop = 4.75; // the lotus panel

inline constexpr double kDoorHalf = 0.9; // passage: y in [-kDoorHalf, kDoorHalf]
inline constexpr double kDoorTop = 2.4;  // passage ceiling
inline constexpr double kMouthX = 7.4;   // the cliff face, where the passage opens to daylight

inline constexpr double kNicheFrontHalf = 1.5; // niche opening: y in [-1.5, 1.5] on the west wall
inline constexpr double kNicheBackHalf = 1.1;  // the niche narrows toward its back wall
inline constexpr double kNicheBackX = -5.3;
inline constexpr double kNicheSill = 0.55; // niche floor (the statue platform)
inline constexpr double kNicheTop = 2.75;

inline constexpr double kBuddhaX = -4.62; // axis of the seated Buddha
inline constexpr double kBuddhaHeadZ = 2.33;
inline constexpr double kBuddhaHeadRx = 0.15;
inline constexpr double kDiscipleX = -4.32;
inline constexpr double kDiscipleY = 0.93;

inline constexpr double kEyeHeight = 1.6;

// Morning sun from the east-south-east, low enough to throw a patch of light down the passage.
inline constexpr double kSunBearing = 105.0;
inline constexpr double kSunElevation = 22.0;

inline Vec3 directionFromBearing(double bearingDeg, double elevationDeg) {
    const double b = radians(bearingDeg);
    const double e = radians(elevationDeg);
    return {std::sin(b) * std::cos(e), std::cos(b) * std::cos(e), std::sin(e)};
}

inline Vec3 toSun() {
    return directionFromBearing(kSunBearing, kSunElevation);
}

struct CameraSpot {
    const char* id;
    const char* title;
    Vec3 eye;
    double heading; // compass bearing of yaw 0, degrees clockwise from north
    double exposure;
    // Scale of the warm fill light. Looking in from the sunlit passage the chamber would be a black hole at any
    // exposure that keeps the passage readable; a photographer would set up lamps, and so do we.
    double fill;
};

inline std::array<CameraSpot, 3> cameraSpots() {
    return {{
        {"entrance", "Entrance passage", {5.2, 0.0, kEyeHeight}, 270.0, 0.26, 3.4},
        {"chamber", "Main chamber", {0.0, 0.0, kEyeHeight}, 270.0, 1.0, 1.0},
        {"niche", "Before the Buddha niche", {-2.3, 0.0, kEyeHeight}, 270.0, 1.0, 1.0},
    }};
}

} // namespace cloudtour::samplegen::layout
