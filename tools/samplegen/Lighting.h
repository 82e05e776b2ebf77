// Baked lighting of every indoor surface. Indoors the light is static and shared by the three camera
// positions, so it is computed once per texel instead of once per pixel: direct sun and sky through the cave
// mouth, two bounces of interreflection, and ambient occlusion for the warm fill.
#pragma once

#include "Lightmap.h"
#include "Scene.h"

#include <vector>

namespace cloudtour::samplegen {

class Lighting {
public:
    static Lighting bake(const Scene& scene);

    // Irradiance at an indoor hit; fillScale scales the warm fill (see CameraSpot::fill).
    Vec3 irradiance(const Hit& hit, double fillScale = 1.0) const;

private:
    struct Maps {
        Lightmap direct;   // daylight from the sky and terrace through the mouth
        Lightmap sun;      // direct sun, only for the bounces: the renderer evaluates it exactly
        Lightmap ao;       // ambient occlusion in x (y, z unused)
        Lightmap albedo;   // point-sampled paint colour, for the bounces
        Lightmap exitance; // albedo * irradiance: what a bounce ray picks up
        Lightmap indirect; // coarser grid: light reflected by other surfaces
    };

    void allocate(const Scene& scene);
    void bakeDirect(const Scene& scene);
    void updateExitance(bool withIndirect);
    void gatherIndirect(const Scene& scene);

    std::vector<Maps> maps_;
};

} // namespace cloudtour::samplegen
