#include "Panorama.h"

#include "Parallel.h"
#include "Shading.h"
#include "Tonemap.h"

#include <cmath>

namespace cloudtour::samplegen {

Vec3 viewDirection(double yawDeg, double pitchDeg, double headingDeg) {
    return layout::directionFromBearing(headingDeg + yawDeg, pitchDeg);
}

Vec2 yawPitchOf(const Vec3& dir, double headingDeg) {
    const Vec3 d = normalize(dir);
    if (std::hypot(d.x, d.y) < 1e-9) {
        return {0.0, d.z > 0.0 ? 90.0 : -90.0}; // straight up or down: yaw is arbitrary, report 0
    }
    const double bearing = degrees(std::atan2(d.x, d.y));
    double yaw = std::fmod(bearing - headingDeg, 360.0);
    if (yaw <= -180.0) {
        yaw += 360.0;
    } else if (yaw > 180.0) {
        yaw -= 360.0;
    }
    return {yaw, degrees(std::asin(std::clamp(d.z, -1.0, 1.0)))};
}

Image renderPanorama(const Scene& scene, const Lighting& lighting, const layout::CameraSpot& spot, int width,
                     int samplesPerAxis) {
    Image img;
    img.width = width;
    img.height = width / 2;
    img.rgb.resize(static_cast<std::size_t>(img.width) * static_cast<std::size_t>(img.height) * 3);
    const ToneMapper tone(spot.exposure);
    const int n = std::max(1, samplesPerAxis);
    const double weight = 1.0 / (n * n);
    parallelFor(img.height, [&](int row) {
        std::uint8_t* out = img.rgb.data() + static_cast<std::size_t>(row) * static_cast<std::size_t>(img.width) * 3;
        for (int col = 0; col < img.width; ++col) {
            Vec3 sum;
            // Stratified grid inside the pixel; each sample has its own exact direction, so the poles are
            // rendered as finely as the horizon and nothing pinches there.
            for (int sy = 0; sy < n; ++sy) {
                for (int sx = 0; sx < n; ++sx) {
                    const double u = (col + (sx + 0.5) / n) / img.width;
                    const double v = (row + (sy + 0.5) / n) / img.height;
                    const Vec3 dir = viewDirection((u - 0.5) * 360.0, (0.5 - v) * 180.0, spot.heading);
                    sum += tone.map(radiance(scene, lighting, {spot.eye, dir}, spot.fill));
                }
            }
            sum *= weight;
            out[3 * col + 0] = tone.encode(sum.x);
            out[3 * col + 1] = tone.encode(sum.y);
            out[3 * col + 2] = tone.encode(sum.z);
        }
    });
    return img;
}

} // namespace cloudtour::samplegen
