#include "Sky.h"

#include "Layout.h"
#include "Materials.h"
#include "Noise.h"
#include "Scene.h"

#include <cmath>

namespace cloudtour::samplegen {

namespace {

// Elevation (radians) of the skyline of the Sanwei hills across the valley, as a function of bearing.
double hillElevation(double bearing) {
    const double a = bearing * 6.0;
    return radians(1.2 + 2.6 * fbm(a, 0.5, 4, 91) + 1.5 * fbm(a * 0.3, 2.5, 2, 93));
}

} // namespace

Vec3 skyRadiance(const Vec3& dir, bool withSun) {
    const double elevation = std::asin(std::clamp(dir.z, -1.0, 1.0));
    const double bearing = std::atan2(dir.x, dir.y);
    if (elevation < hillElevation(bearing)) {
        // Hazy, far-away hills: bluish-brown, lighter toward their foot.
        const double t = clamp01(elevation / radians(5.0));
        return mix(Vec3{5.0, 4.6, 4.4}, Vec3{3.3, 3.0, 3.1}, t) * light::kSky;
    }
    const double h = clamp01(elevation / radians(60.0));
    const Vec3 horizon{6.2, 6.6, 7.2};
    const Vec3 zenith{2.2, 3.6, 6.8};
    Vec3 sky = mix(horizon, zenith, std::sqrt(h));
    const double cosSun = dot(dir, layout::toSun());
    const double angle = std::acos(std::clamp(cosSun, -1.0, 1.0));
    if (withSun && angle < light::kSunAngularRadius) {
        return Vec3{2000.0, 1900.0, 1750.0};
    }
    // Soft glow around the sun, brightest in a dusty desert sky.
    sky += Vec3{3.0, 2.6, 2.0} * std::exp(-angle * 9.0);
    return sky * light::kSky;
}

Vec3 shadeOutdoor(const Hit& hit, const Vec3& albedo) {
    const double sunCos = std::max(0.0, dot(hit.n, layout::toSun()));
    const Vec3 skyAmbient = Vec3{14.0, 16.0, 20.0} * light::kSky;
    const Vec3 groundBounce = Vec3{9.0, 8.0, 6.5} * light::kSky;
    const double up = 0.5 + 0.5 * hit.n.z;
    const Vec3 irradiance = light::kSunIrradiance * sunCos + skyAmbient * up + groundBounce * (1.0 - up);
    return albedo * irradiance / kPi;
}

namespace {

// Fraction of the sun's disk seen from p through the rectangle y in [-kDoorHalf, kDoorHalf], z in [0, kDoorTop]
// of the plane x = planeX.
double apertureCoverage(const Vec3& p, const Vec3& sun, double planeX) {
    using namespace layout;
    if (p.x >= planeX) {
        return 1.0;
    }
    const double t = (planeX - p.x) / sun.x;
    const Vec3 q = p + sun * t;
    const double penumbra = std::max(1e-4, 2.0 * t * light::kSunAngularRadius);
    const double dy = kDoorHalf - std::abs(q.y);
    const double dz = std::min(q.z, kDoorTop - q.z);
    return clamp01(0.5 + dy / penumbra) * clamp01(0.5 + dz / penumbra);
}

} // namespace

Vec3 indoorSun(const Vec3& p, const Vec3& n) {
    const Vec3 sun = layout::toSun();
    const double cosine = dot(n, sun);
    if (cosine <= 0.0) {
        return {};
    }
    const double seen = apertureCoverage(p, sun, layout::kHalf) * apertureCoverage(p, sun, layout::kMouthX);
    return light::kSunIrradiance * (cosine * seen);
}

Vec3 outsideRadiance(const Scene& scene, const Vec3& origin, const Vec3& dir, bool withSun) {
    Hit hit;
    if (!scene.trace({origin, dir}, 1e6, hit)) {
        return skyRadiance(dir, withSun);
    }
    const Primitive& prim = scene.prim(hit.prim);
    if (!prim.outdoor) {
        return {};
    }
    return shadeOutdoor(hit, albedo(prim, hit));
}

} // namespace cloudtour::samplegen
