// Radiance seen along a camera ray: baked light on indoor surfaces, analytic daylight outdoors, sky beyond.
#pragma once

#include "Lighting.h"
#include "Scene.h"

namespace cloudtour::samplegen {

Vec3 radiance(const Scene& scene, const Lighting& lighting, const Ray& ray, double fillScale = 1.0);

} // namespace cloudtour::samplegen
