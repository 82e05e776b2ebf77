#include "tests/support/TestImages.h"

#include "tests/support/SphereMapping.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace cloudtour::test {
namespace {

constexpr double kPi = std::numbers::pi;

// Each channel is a plane wave sin(k a.d + phase) along its own tilted axis a. Along any great
// circle a.d changes by at most one per radian, so the angular period is 2pi/k or longer everywhere:
// k alone bounds how fast the field can change, including at the poles and across the seam.
glm::dvec3 planeWaves(const glm::dvec3& direction, double k, double amplitude) {
    static const std::array<glm::dvec3, 3> axes = {glm::normalize(glm::dvec3(0.8, 0.3, -0.5)),
                                                   glm::normalize(glm::dvec3(-0.2, 0.9, 0.4)),
                                                   glm::normalize(glm::dvec3(0.5, -0.4, 0.77))};
    static const std::array<double, 3> phases = {0.3, 1.7, 4.1};
    const glm::dvec3 d = glm::normalize(direction);
    glm::dvec3 colour;
    for (int c = 0; c < 3; ++c) {
        colour[c] = 0.5 + amplitude * std::sin(k * glm::dot(axes[c], d) + phases[c]);
    }
    return colour;
}

void setPixel(image::ImageData& image, int x, int y, const glm::dvec3& colour) {
    std::uint8_t* pixel = image.row(y) + 3 * x;
    for (int c = 0; c < 3; ++c) {
        pixel[c] = toByte(colour[c]);
    }
}

// A colour wheel: one turn of hue per turn of yaw, continuous across the seam.
glm::dvec3 wheel(double yaw, double phase) {
    return {0.5 + 0.45 * std::cos(yaw + phase), 0.5 + 0.45 * std::cos(yaw + phase - 2.0 * kPi / 3.0),
            0.5 + 0.45 * std::cos(yaw + phase + 2.0 * kPi / 3.0)};
}

glm::dvec3 patternTexel(int x, int y, int width, int height) {
    const double yaw = ((x + 0.5) / width - 0.5) * 2.0 * kPi;
    const double pitch = (0.5 - (y + 0.5) / height) * kPi;
    const double ramp = static_cast<double>(y) / (height - 1);
    if (pitch > 70.0 * kPi / 180.0) {
        return wheel(yaw, 0.0);
    }
    if (pitch < -70.0 * kPi / 180.0) {
        return 0.6 * wheel(-2.0 * yaw, 1.0);
    }
    if (x == 0) {
        return {1.0, 1.0, 0.2}; // the first column, which the last one meets across the seam
    }
    if (x < 8) {
        return {0.1, ramp, 0.9};
    }
    if (x >= width - 8) {
        return {0.9, 1.0 - ramp, 0.1};
    }
    const bool light = ((x / 16) + (y / 16)) % 2 == 0;
    return {light ? 0.7 : 0.3, 0.2 + 0.6 * ramp, light ? 0.3 : 0.6};
}

} // namespace

glm::dvec3 smoothField(const glm::dvec3& direction) {
    return planeWaves(direction, 5.0, 0.4);
}

glm::dvec3 broadField(const glm::dvec3& direction) {
    return planeWaves(direction, 2.0, 0.4);
}

glm::dvec3 detailedField(const glm::dvec3& direction) {
    return planeWaves(direction, 40.0, 0.35);
}

std::uint8_t toByte(double value) {
    return static_cast<std::uint8_t>(std::lround(std::clamp(value, 0.0, 1.0) * 255.0));
}

image::ImageData sampleEquirect(const ColourField& field, int width, int height,
                                const render::EquirectGeometry& geometry) {
    auto image = image::ImageData::allocate(width, height, 3);
    for (int y = 0; y < height; ++y) {
        const double pitch = geometry.vOffset + (0.5 - (y + 0.5) / height) * geometry.vaov;
        for (int x = 0; x < width; ++x) {
            const double yaw = ((x + 0.5) / width - 0.5) * geometry.haov;
            setPixel(image, x, y, field(sphereDirection(yaw, pitch)));
        }
    }
    return image;
}

render::CubeImages sampleCube(const ColourField& field, int faceSize) {
    render::CubeImages cube;
    for (int face = 0; face < render::kCubeFaceCount; ++face) {
        auto& image = cube.faces[static_cast<std::size_t>(face)];
        image = image::ImageData::allocate(faceSize, faceSize, 3);
        for (int y = 0; y < faceSize; ++y) {
            for (int x = 0; x < faceSize; ++x) {
                const double s = (x + 0.5) / faceSize;
                const double t = (y + 0.5) / faceSize;
                setPixel(image, x, y, field(cubeFaceDirection(face, s, t)));
            }
        }
    }
    return cube;
}

image::ImageData seamAndPolePattern(int width, int height) {
    auto image = image::ImageData::allocate(width, height, 3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            setPixel(image, x, y, patternTexel(x, y, width, height));
        }
    }
    return image;
}

} // namespace cloudtour::test
