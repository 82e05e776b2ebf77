#include "Noise.h"

#include <cmath>

namespace cloudtour::samplegen {

std::uint32_t hash32(std::uint32_t a, std::uint32_t b, std::uint32_t c) {
    // Murmur3-style finaliser over a simple mix: cheap and well distributed for lattice coordinates.
    std::uint32_t h = a * 0x8DA6B343u ^ b * 0xD8163841u ^ c * 0xCB1AB31Fu;
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
}

double hash01(int x, int y, std::uint32_t seed) {
    return static_cast<double>(hash32(static_cast<std::uint32_t>(x), static_cast<std::uint32_t>(y), seed)) *
           (1.0 / 4294967296.0);
}

double valueNoise(double x, double y, std::uint32_t seed) {
    const double fx = std::floor(x);
    const double fy = std::floor(y);
    const int ix = static_cast<int>(fx);
    const int iy = static_cast<int>(fy);
    const double tx = x - fx;
    const double ty = y - fy;
    // Quintic fade avoids visible grid creases in the fbm.
    const double sx = tx * tx * tx * (tx * (tx * 6.0 - 15.0) + 10.0);
    const double sy = ty * ty * ty * (ty * (ty * 6.0 - 15.0) + 10.0);
    const double a = hash01(ix, iy, seed);
    const double b = hash01(ix + 1, iy, seed);
    const double c = hash01(ix, iy + 1, seed);
    const double d = hash01(ix + 1, iy + 1, seed);
    return (a + (b - a) * sx) + ((c + (d - c) * sx) - (a + (b - a) * sx)) * sy;
}

double fbm(double x, double y, int octaves, std::uint32_t seed) {
    double sum = 0.0;
    double amp = 0.5;
    double norm = 0.0;
    for (int i = 0; i < octaves; ++i) {
        sum += amp * valueNoise(x, y, seed + static_cast<std::uint32_t>(i) * 1013u);
        norm += amp;
        // Rotate-ish offset between octaves so lattice lines do not align.
        const double nx = x * 1.93 + y * 0.37 + 17.1;
        const double ny = y * 1.93 - x * 0.37 + 5.3;
        x = nx;
        y = ny;
        amp *= 0.5;
    }
    return sum / norm;
}

double ridge(double x, double y, std::uint32_t seed) {
    return std::abs(fbm(x, y, 3, seed) - 0.5);
}

} // namespace cloudtour::samplegen
