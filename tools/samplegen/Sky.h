// Daylight outside the cave: sun, sky dome, distant hills, and the analytic shading of outdoor surfaces.
// Radiometric units are arbitrary but consistent: the warm fill inside has irradiance about 1.
#pragma once

#include "Primitive.h"
#include "Vec3.h"

namespace cloudtour::samplegen {

class Scene;

namespace light {
inline constexpr Vec3 kSunIrradiance{140.0, 132.0, 120.0}; // on a surface facing the sun
inline constexpr Vec3 kFill{0.46, 0.36, 0.26};             // warm ambient inside, times ambient occlusion
inline constexpr double kSky = 2.5;                        // scale applied to the sky values in Sky.cpp
inline constexpr double kSunAngularRadius = 0.0075;        // a little wider than the real sun: softer edges
} // namespace light

// withSun = false leaves out the sun's disk (its light is accounted for separately as direct sun).
Vec3 skyRadiance(const Vec3& dir, bool withSun = true);
Vec3 shadeOutdoor(const Hit& hit, const Vec3& albedo);
// Direct sun on an indoor point. The only things between an indoor point and the low eastern sun are the
// mouth and the inner door of the straight passage, so the shadow is computed exactly from those two
// apertures, with a penumbra as wide as the sun's disk makes it.
Vec3 indoorSun(const Vec3& p, const Vec3& n);
// Radiance arriving at `origin` from direction `dir` out of the cave mouth: outdoor surfaces or sky.
Vec3 outsideRadiance(const Scene& scene, const Vec3& origin, const Vec3& dir, bool withSun = true);

} // namespace cloudtour::samplegen
