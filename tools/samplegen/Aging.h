// Twelve centuries on a painting: faded pigment, soot and dust, flaking plaster that shows the mud render
// underneath, hairline cracks. Applied to every painted surface after the design is drawn.
#pragma once

#include "Vec3.h"

#include <cstdint>

namespace cloudtour::samplegen {

struct Wear {
    double fade = 0.25;   // how far pigments have drifted toward the plaster colour
    double flaking = 0.5; // 0: intact, 1: heavily flaked
    double grime = 0.5;   // dust and soot near the floor
    double cracks = 1.0;  // 0 for modelled statues: a crack line would cross a face
};

// p: painting coordinates in metres; height: metres above the floor (for dust).
Vec3 age(const Vec3& paint, Vec2 p, double height, std::uint32_t seed, const Wear& wear = {});

} // namespace cloudtour::samplegen
