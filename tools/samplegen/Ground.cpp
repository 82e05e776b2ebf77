// Floors and the outdoors: moulded lotus tiles in the chamber, packed earth and drifted sand in the passage,
// the sandy terrace and poplars outside.
#include "Aging.h"
#include "Layout.h"
#include "Materials.h"
#include "Noise.h"
#include "Paint2D.h"
#include "Palette.h"

#include <cmath>

namespace cloudtour::samplegen {

namespace {

using namespace palette;

const Vec3 kSand = srgb(206, 178, 134);
const Vec3 kTile = srgb(168, 150, 124);

// Sand blown in through the door piles against the walls and thins toward the middle of the room.
double sandCover(Vec2 p) {
    using namespace layout;
    const double wall = std::min({kHalf - std::abs(p.x), kHalf - std::abs(p.y)});
    const double nearWall = 1.0 - smoothstep(0.0, 0.45, wall);
    const double nearDoor = smoothstep(1.0, kHalf, p.x) * (1.0 - smoothstep(0.6, 1.6, std::abs(p.y)));
    const double patchy = fbm(p.x * 1.5, p.y * 1.5, 4, 201);
    return clamp01((0.55 * nearWall + 0.6 * nearDoor) * (0.4 + patchy) + (patchy - 0.62) * 1.5);
}

Vec3 tile(Vec2 p) {
    const double size = 0.38;
    const int ix = static_cast<int>(std::floor(p.x / size));
    const int iy = static_cast<int>(std::floor(p.y / size));
    const Vec2 q{(fract(p.x / size) - 0.5) * size, (fract(p.y / size) - 0.5) * size};
    const double grout = std::max(std::abs(q.x), std::abs(q.y));
    if (grout > 0.5 * size - 0.008) {
        return earth * 0.65;
    }
    if (hash01(ix, iy, 211) < 0.05) {
        return earth * (0.8 + 0.3 * valueNoise(p.x * 30, p.y * 30, 212)); // a lost tile
    }
    Vec3 c = kTile * (0.82 + 0.3 * hash01(ix, iy, 213));
    // Moulded lotus medallion: the raised edges catch dust and read as darker lines.
    const double r = length(q);
    const double a = std::atan2(q.y, q.x) / (2.0 * kPi) * 8.0;
    const double petalEdge = 0.12 * (1.0 - 0.3 * std::abs(2.0 * (fract(a) - 0.5)));
    if (std::abs(r - petalEdge) < 0.006 || std::abs(r - 0.045) < 0.005 || std::abs(r - 0.155) < 0.005) {
        c = c * 0.72;
    }
    if (std::abs(grout - (0.5 * size - 0.03)) < 0.004) {
        c = c * 0.8;
    }
    // Foot traffic has polished the middle of the floor.
    const double path = 1.0 - smoothstep(0.4, 1.4, std::abs(p.y));
    return c * (1.0 + 0.12 * path);
}

} // namespace

Vec3 paintFloorTiles(Vec2 p) {
    Vec3 c = tile(p);
    c *= 0.85 + 0.25 * fbm(p.x * 0.8, p.y * 0.8, 3, 214);
    return mix(c, kSand * (0.9 + 0.2 * valueNoise(p.x * 25, p.y * 25, 215)), sandCover(p));
}

Vec3 paintCorridorFloor(Vec2 p) {
    using namespace layout;
    const double x = p.x + kHalf; // world x
    const Vec3 packed = mix(earth, ochre, 0.25) * (0.8 + 0.35 * fbm(x * 2.0, p.y * 2.0, 4, 221));
    const double edge = 1.0 - smoothstep(0.0, 0.5, kDoorHalf - std::abs(p.y));
    const double drift =
        clamp01(0.25 + 0.5 * edge + 0.35 * (x - kHalf) / (kMouthX - kHalf) + (fbm(x * 1.2, p.y * 3.0, 3, 222) - 0.5));
    return mix(packed, kSand * (0.9 + 0.2 * valueNoise(x * 25, p.y * 25, 223)), drift);
}

Vec3 paintOutdoor(const Primitive& prim, const Hit& hit) {
    switch (prim.material) {
    case Material::PoplarCrown: {
        const Vec3 q = hit.local;
        // Clumps of leaves, darker toward the bottom of the crown where it shades itself.
        const auto seed = 231u + static_cast<unsigned>(prim.variant);
        const double leaves = 0.5 * valueNoise(q.x * 12 + q.y * 7, q.z * 20, seed) +
                              0.5 * valueNoise(q.y * 12 - q.x * 5, q.z * 16 + 3.0, seed + 1);
        return srgb(60, 92, 44) * ((0.45 + 0.9 * leaves) * (0.55 + 0.45 * (0.5 + 0.5 * q.z)));
    }
    case Material::PoplarTrunk:
        return srgb(70, 62, 54);
    default: {
        const double ripple = 0.5 + 0.5 * std::sin(hit.p.x * 9.0 + 3.0 * fbm(hit.p.x * 0.3, hit.p.y * 0.3, 3, 241));
        const double patches = fbm(hit.p.x * 0.15, hit.p.y * 0.15, 4, 242);
        const double pebbles = valueNoise(hit.p.x * 12, hit.p.y * 12, 243) > 0.85 ? 0.75 : 1.0;
        return kSand * ((0.8 + 0.08 * ripple + 0.3 * patches) * pebbles);
    }
    }
}

} // namespace cloudtour::samplegen
