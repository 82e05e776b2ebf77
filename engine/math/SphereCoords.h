#pragma once

#include <glm/vec3.hpp>

#include <cmath>

namespace cloudtour::math {

/// Yaw and pitch in radians. Yaw is positive to the right (clockwise seen from above), 0 at the centre
/// of an equirectangular image; pitch is positive up, +pi/2 at the zenith.
struct YawPitch {
    double yaw = 0.0;
    double pitch = 0.0;
};

/// World axes: x to the right of yaw 0, y up, -z towards yaw 0 (OpenGL's camera convention).
inline glm::dvec3 directionFromYawPitch(double yaw, double pitch) {
    const double c = std::cos(pitch);
    return {c * std::sin(yaw), std::sin(pitch), -c * std::cos(yaw)};
}

/// Inverse of directionFromYawPitch for any non-zero vector (it need not be unit length).
inline YawPitch yawPitchFromDirection(const glm::dvec3& d) {
    const double horizontal = std::sqrt(d.x * d.x + d.z * d.z);
    return {std::atan2(d.x, -d.z), std::atan2(d.y, horizontal)};
}

} // namespace cloudtour::math
