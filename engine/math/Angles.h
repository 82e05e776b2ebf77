#pragma once

#include <cmath>
#include <numbers>

namespace cloudtour::math {

inline constexpr double kPi = std::numbers::pi;
inline constexpr double kTwoPi = 2.0 * std::numbers::pi;
inline constexpr double kHalfPi = 0.5 * std::numbers::pi;

/// Degrees (files, UI) to radians (everything inside).
constexpr double degToRad(double degrees) {
    return degrees * (kPi / 180.0);
}
constexpr double radToDeg(double radians) {
    return radians * (180.0 / kPi);
}

/// Wraps an angle in radians to [-pi, pi). Non-finite input is returned unchanged so callers can
/// reject it rather than loop forever.
inline double wrapAngle(double radians) {
    if (!std::isfinite(radians)) {
        return radians;
    }
    double wrapped = std::fmod(radians + kPi, kTwoPi);
    if (wrapped < 0.0) {
        wrapped += kTwoPi;
    }
    wrapped -= kPi;
    // fmod can round a value just below pi up to exactly pi; keep the half-open range.
    return wrapped >= kPi ? -kPi : wrapped;
}

/// The signed smallest difference to - from, in (-pi, pi]: the short way round.
inline double angleDifference(double from, double to) {
    const double d = wrapAngle(to - from);
    return d == -kPi ? kPi : d;
}

} // namespace cloudtour::math
