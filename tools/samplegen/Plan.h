// The archaeological floor plan (plan.png) and the mapping from world metres to its pixels, which the
// manifest uses for the camera positions. North is up on the plan; east is to the right.
#pragma once

#include "Vec3.h"

#include <string>

namespace cloudtour::samplegen::plan {

inline constexpr int kWidth = 1024;
inline constexpr int kHeight = 768;
inline constexpr double kPixelsPerMetre = 50.0;
inline constexpr Vec2 kOriginPixel{400.0, 375.0}; // world (0, 0): centre of the main chamber

inline Vec2 toPixel(const Vec3& world) {
    return {kOriginPixel.x + world.x * kPixelsPerMetre, kOriginPixel.y - world.y * kPixelsPerMetre};
}

bool write(const std::string& path);

} // namespace cloudtour::samplegen::plan
