#pragma once

#include <cmath>

namespace cloudtour::math {

/// Vertical field of view (radians) of a rectilinear view with horizontal fov hfov and the given
/// aspect ratio (width / height). Exact for a pinhole camera: tan(v/2) = tan(h/2) / aspect.
inline double verticalFov(double hfov, double aspect) {
    return 2.0 * std::atan(std::tan(0.5 * hfov) / aspect);
}

/// Inverse of verticalFov.
inline double horizontalFov(double vfov, double aspect) {
    return 2.0 * std::atan(std::tan(0.5 * vfov) * aspect);
}

} // namespace cloudtour::math
