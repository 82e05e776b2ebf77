#pragma once

#include "engine/math/Angles.h"
#include "engine/math/ViewLimits.h"

#include <algorithm>

namespace cloudtour::render {

/// How an equirectangular image covers the sphere (radians): its horizontal and vertical angle of
/// view, and the pitch of its centre row. A full panorama is 2pi x pi with no offset; a partial one
/// (a strip, a cropped sphere) shows the background colour outside.
struct EquirectGeometry {
    double haov = math::kTwoPi;
    double vaov = math::kPi;
    double vOffset = 0.0;

    [[nodiscard]] bool wrapsAround() const { return haov >= math::kTwoPi - 1e-9; }

    /// The view limits that keep a view inside the image (Pannellum's rule for partial panoramas).
    [[nodiscard]] math::ViewLimits viewLimits(math::ViewLimits base = {}) const {
        if (!wrapsAround()) {
            base.minYaw = -0.5 * haov;
            base.maxYaw = 0.5 * haov;
        }
        base.minPitch = std::max(-math::kHalfPi, vOffset - 0.5 * vaov);
        base.maxPitch = std::min(math::kHalfPi, vOffset + 0.5 * vaov);
        return base;
    }
};

/// Cube faces in the order tour files list them (Pannellum's): front (yaw 0), right (yaw 90),
/// back, left, up, down. Each face image is seen from inside the cube with its top row up; the up
/// face's bottom edge meets the front face, and the down face's top edge meets the front face.
enum class CubeFace { Front, Right, Back, Left, Up, Down };
inline constexpr int kCubeFaceCount = 6;

} // namespace cloudtour::render
