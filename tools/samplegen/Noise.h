// Deterministic hash-based noise. Everything random in the generator goes through here with fixed seeds,
// so two runs produce byte-identical images.
#pragma once

#include "Vec3.h"

#include <cstdint>

namespace cloudtour::samplegen {

std::uint32_t hash32(std::uint32_t a, std::uint32_t b = 0, std::uint32_t c = 0);
// Uniform in [0, 1) for an integer lattice point.
double hash01(int x, int y, std::uint32_t seed);
// Smooth value noise in [0, 1].
double valueNoise(double x, double y, std::uint32_t seed);
// Fractal sum of value noise, normalised to [0, 1].
double fbm(double x, double y, int octaves, std::uint32_t seed);
// Ridged variant: near 0 along thin wandering lines; used for cracks.
double ridge(double x, double y, std::uint32_t seed);

// Small counter-based generator for Monte Carlo sampling in the light baker.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull) {}
    double next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        return static_cast<double>(z >> 11) * (1.0 / 9007199254740992.0);
    }

private:
    std::uint64_t state_;
};

} // namespace cloudtour::samplegen
