#pragma once

#include "engine/math/Angles.h"

namespace cloudtour::math {

/// What part of the sphere a view may show and how far it may zoom, in radians. A full panorama
/// uses the defaults; a partial panorama narrows the yaw and pitch ranges to the image's extent and
/// the view then keeps its edges inside them (Pannellum's behaviour), not just its centre.
struct ViewLimits {
    double minYaw = -kPi;
    double maxYaw = kPi;
    double minPitch = -kHalfPi;
    double maxPitch = kHalfPi;
    double minHfov = degToRad(30.0);
    double maxHfov = degToRad(120.0);

    [[nodiscard]] bool yawIsFull() const { return maxYaw - minYaw >= kTwoPi - 1e-9; }
    [[nodiscard]] bool pitchIsFull() const { return minPitch <= -kHalfPi + 1e-9 && maxPitch >= kHalfPi - 1e-9; }
};

} // namespace cloudtour::math
