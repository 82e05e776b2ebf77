// From scene radiance to 8-bit sRGB: exposure, a filmic shoulder so the sunlit doorway rolls off instead of
// clipping, and the sRGB transfer curve.
#pragma once

#include "Vec3.h"

#include <array>
#include <cstdint>

namespace cloudtour::samplegen {

class ToneMapper {
public:
    explicit ToneMapper(double exposure);

    // Display-linear colour in [0,1]; samples are averaged in this space so bright/dark edges antialias well.
    Vec3 map(const Vec3& radiance) const;
    std::uint8_t encode(double displayLinear) const;

private:
    double exposure_;
    std::array<std::uint8_t, 8192> lut_{};
};

} // namespace cloudtour::samplegen
