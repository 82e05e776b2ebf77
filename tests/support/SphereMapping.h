#pragma once

#include <glm/geometric.hpp>
#include <glm/vec3.hpp>

#include <array>
#include <cmath>
#include <cstddef>

namespace cloudtour::test {

// The project's conventions, written out again from their documentation (math/SphereCoords.h,
// render/Geometry.h) rather than taken from the engine, so a test built on them checks the engine
// instead of repeating it. Header-only: the unit test binary uses it without any other support file.

/// World direction of a yaw and pitch (radians): x right of yaw 0, y up, -z at yaw 0.
inline glm::dvec3 sphereDirection(double yaw, double pitch) {
    return {std::cos(pitch) * std::sin(yaw), std::sin(pitch), -std::cos(pitch) * std::cos(yaw)};
}

inline double yawOf(const glm::dvec3& d) {
    return std::atan2(d.x, -d.z);
}
inline double pitchOf(const glm::dvec3& d) {
    return std::atan2(d.y, std::hypot(d.x, d.z));
}

/// A cube face as seen from inside the cube: the axis through its centre and the world directions
/// of its image's columns (left to right) and rows (top to bottom).
struct CubeFaceAxes {
    glm::dvec3 forward;
    glm::dvec3 right;
    glm::dvec3 down;
};

/// In CubeFace order: front (yaw 0), right (yaw 90), back, left, up, down. The up face's bottom row
/// and the down face's top row touch the front face, so both have +x to their right.
inline const std::array<CubeFaceAxes, 6>& cubeFaceAxes() {
    static const std::array<CubeFaceAxes, 6> axes = {{
        {{0, 0, -1}, {1, 0, 0}, {0, -1, 0}},
        {{1, 0, 0}, {0, 0, 1}, {0, -1, 0}},
        {{0, 0, 1}, {-1, 0, 0}, {0, -1, 0}},
        {{-1, 0, 0}, {0, 0, -1}, {0, -1, 0}},
        {{0, 1, 0}, {1, 0, 0}, {0, 0, -1}},
        {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}},
    }};
    return axes;
}

/// A point on a face image: s across (0 left edge, 1 right edge), t down (0 top edge, 1 bottom edge).
struct CubeFacePoint {
    int face = 0;
    double s = 0.0;
    double t = 0.0;
};

/// Direction (not unit length) through a point of a face; s and t may lie outside [0, 1].
inline glm::dvec3 cubeFaceDirection(int face, double s, double t) {
    const CubeFaceAxes& axes = cubeFaceAxes()[static_cast<std::size_t>(face)];
    return axes.forward + (2.0 * s - 1.0) * axes.right + (2.0 * t - 1.0) * axes.down;
}

/// The face a direction passes through (the one whose axis it is closest to) and where.
inline CubeFacePoint cubeFacePoint(const glm::dvec3& d) {
    int best = 0;
    double bestDot = -1e300;
    for (int face = 0; face < 6; ++face) {
        const double along = glm::dot(d, cubeFaceAxes()[static_cast<std::size_t>(face)].forward);
        if (along > bestDot) {
            bestDot = along;
            best = face;
        }
    }
    const CubeFaceAxes& axes = cubeFaceAxes()[static_cast<std::size_t>(best)];
    return {best, 0.5 + 0.5 * glm::dot(d, axes.right) / bestDot, 0.5 + 0.5 * glm::dot(d, axes.down) / bestDot};
}

} // namespace cloudtour::test
