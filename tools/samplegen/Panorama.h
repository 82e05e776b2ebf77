// Equirectangular rendering with the viewer's conventions: column u in [0,1) is yaw = (u - 0.5) * 360 degrees,
// positive to the right (clockwise seen from above); row v in [0,1) is pitch = (0.5 - v) * 180 degrees,
// positive up. Yaw 0 looks along the camera's compass heading.
#pragma once

#include "Layout.h"
#include "Lighting.h"
#include "Scene.h"

#include <cstdint>
#include <vector>

namespace cloudtour::samplegen {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgb;
};

Vec3 viewDirection(double yawDeg, double pitchDeg, double headingDeg);
// Inverse of viewDirection: yaw in (-180, 180], pitch in [-90, 90].
Vec2 yawPitchOf(const Vec3& dir, double headingDeg);

// samplesPerAxis: n gives n x n stratified samples per pixel.
Image renderPanorama(const Scene& scene, const Lighting& lighting, const layout::CameraSpot& spot, int width,
                     int samplesPerAxis);

} // namespace cloudtour::samplegen
