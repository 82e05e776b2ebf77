#include "Aging.h"

#include "Noise.h"
#include "Palette.h"

#include <cmath>

namespace cloudtour::samplegen {

Vec3 age(const Vec3& paint, Vec2 p, double height, std::uint32_t seed, const Wear& wear) {
    // Fading: pigment drifts toward the ground colour, unevenly.
    const double fade = wear.fade * (0.6 + 0.8 * fbm(p.x * 0.9, p.y * 0.9, 2, seed));
    Vec3 c = mix(paint, palette::plasterWarm, clamp01(fade));

    // Broad blotches of soot and water staining.
    c *= 0.86 + 0.22 * fbm(p.x * 0.6 + 3.1, p.y * 0.6, 3, seed + 1);

    // Dust settles on the lowest part of the wall.
    const double dust = wear.grime * (1.0 - smoothstep(0.0, 0.7, height)) * (0.5 + 0.5 * valueNoise(p.x * 4, 1, seed));
    c = mix(c, palette::earth * 1.15, clamp01(dust));

    // Flaking: islands where the painted plaster has fallen, with a pale broken rim.
    const double n = fbm(p.x * 3.0, p.y * 3.0, 4, seed + 2);
    const double threshold = 0.84 - 0.12 * wear.flaking - 0.05 * (1.0 - smoothstep(0.0, 1.0, height));
    if (n > threshold + 0.012) {
        const double grain = valueNoise(p.x * 60, p.y * 60, seed + 3);
        return palette::earth * (0.85 + 0.3 * grain);
    }
    if (n > threshold) {
        c = mix(c, palette::white, 0.55);
    }

    // Hairline cracks.
    if (wear.cracks > 0.0 && ridge(p.x * 1.3, p.y * 1.3, seed + 4) < 0.002 &&
        valueNoise(p.x * 0.8, p.y * 0.8, seed + 6) > 1.0 - 0.4 * wear.cracks) {
        c *= 0.62;
    }

    // Fine grain of the plaster surface.
    c *= 0.96 + 0.08 * valueNoise(p.x * 70, p.y * 70, seed + 5);
    return c;
}

} // namespace cloudtour::samplegen
