#pragma once

#include "engine/render/Geometry.h"

#include <glm/vec3.hpp>

#include <array>
#include <cstddef>

namespace cloudtour::render {

/// A cube face seen from inside the cube: the world direction through its centre, and the world
/// directions of its image's columns (left to right) and rows (top to bottom). These are the
/// orientations CubeRenderer gets from GL's cube map rules with its flipped z (see cube.frag):
/// the up face's bottom row and the down face's top row touch the front face.
struct CubeFaceAxes {
    glm::dvec3 forward;
    glm::dvec3 right;
    glm::dvec3 down;
};

inline const std::array<CubeFaceAxes, kCubeFaceCount> kCubeFaceAxes = {{
    {{0, 0, -1}, {1, 0, 0}, {0, -1, 0}},  // front (yaw 0)
    {{1, 0, 0}, {0, 0, 1}, {0, -1, 0}},   // right (yaw 90)
    {{0, 0, 1}, {-1, 0, 0}, {0, -1, 0}},  // back
    {{-1, 0, 0}, {0, 0, -1}, {0, -1, 0}}, // left
    {{0, 1, 0}, {1, 0, 0}, {0, 0, -1}},   // up
    {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}},   // down
}};

/// The point of the cube (not unit length) at face coordinates s (across) and t (down), 0 to 1.
inline glm::dvec3 cubeFacePoint(int face, double s, double t) {
    const CubeFaceAxes& axes = kCubeFaceAxes[static_cast<std::size_t>(face)];
    return axes.forward + (2.0 * s - 1.0) * axes.right + (2.0 * t - 1.0) * axes.down;
}

} // namespace cloudtour::render
