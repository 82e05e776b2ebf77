#include "Tonemap.h"

#include <cmath>

namespace cloudtour::samplegen {

namespace {

// Narkowicz's fit of the ACES filmic curve.
double filmic(double x) {
    const double a = 2.51, b = 0.03, c = 2.43, d = 0.59, e = 0.14;
    return clamp01((x * (a * x + b)) / (x * (c * x + d) + e));
}

} // namespace

ToneMapper::ToneMapper(double exposure) : exposure_(exposure) {
    for (std::size_t i = 0; i < lut_.size(); ++i) {
        const double l = (static_cast<double>(i) + 0.5) / static_cast<double>(lut_.size());
        const double s = l <= 0.0031308 ? 12.92 * l : 1.055 * std::pow(l, 1.0 / 2.4) - 0.055;
        lut_[i] = static_cast<std::uint8_t>(std::lround(clamp01(s) * 255.0));
    }
}

Vec3 ToneMapper::map(const Vec3& radiance) const {
    const Vec3 x = radiance * exposure_;
    const Vec3 perChannel{filmic(x.x), filmic(x.y), filmic(x.z)};
    const double l = luminance(x);
    if (l <= 1.0) {
        return perChannel;
    }
    // Far above white the curve is applied to luminance and the colour scaled with it, so the sky seen through
    // the mouth stays blue instead of clipping channel by channel; the brightest surfaces fade toward white
    // as they would on film.
    const double fl = filmic(l);
    Vec3 hue = x * (fl / l);
    hue = {std::min(hue.x, 1.0), std::min(hue.y, 1.0), std::min(hue.z, 1.0)};
    hue = mix(hue, Vec3{fl, fl, fl}, 0.6 * smoothstep(2.0, 12.0, l));
    return mix(perChannel, hue, smoothstep(1.0, 3.0, l));
}

std::uint8_t ToneMapper::encode(double displayLinear) const {
    const auto i = static_cast<std::size_t>(clamp01(displayLinear) * static_cast<double>(lut_.size() - 1));
    return lut_[i];
}

} // namespace cloudtour::samplegen
