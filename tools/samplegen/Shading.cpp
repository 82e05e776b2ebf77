#include "Shading.h"

#include "Materials.h"
#include "Sky.h"

namespace cloudtour::samplegen {

Vec3 radiance(const Scene& scene, const Lighting& lighting, const Ray& ray, double fillScale) {
    Hit hit;
    if (!scene.trace(ray, 1e6, hit)) {
        return skyRadiance(ray.dir);
    }
    const Primitive& prim = scene.prim(hit.prim);
    const Vec3 a = albedo(prim, hit);
    if (prim.outdoor) {
        return shadeOutdoor(hit, a);
    }
    return a * lighting.irradiance(hit, fillScale) / kPi;
}

} // namespace cloudtour::samplegen
