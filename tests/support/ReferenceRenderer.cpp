#include "tests/support/ReferenceRenderer.h"

#include "tests/support/SphereMapping.h"

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>

namespace cloudtour::test {
namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kDegree = kPi / 180.0;

// The camera's axes in world space and the half-extent of its image plane at distance 1.
struct Camera {
    glm::dvec3 forward;
    glm::dvec3 right;
    glm::dvec3 up;
    double tanHalfWidth;
    double tanHalfHeight;
};

Camera cameraOf(const ViewSpec& view) {
    const double yaw = view.yaw * kDegree;
    const double pitch = view.pitch * kDegree;
    const double roll = view.roll * kDegree;
    // Before roll the camera's right axis is level (on the horizon, a quarter turn right of the
    // yaw) and its up axis is the forward direction tipped a quarter turn further up.
    const glm::dvec3 levelRight = sphereDirection(yaw + 0.5 * kPi, 0.0);
    const glm::dvec3 levelUp = sphereDirection(yaw, pitch + 0.5 * kPi);
    // Positive roll turns the camera clockwise, so its right side goes down.
    Camera camera;
    camera.forward = sphereDirection(yaw, pitch);
    camera.right = std::cos(roll) * levelRight - std::sin(roll) * levelUp;
    camera.up = std::sin(roll) * levelRight + std::cos(roll) * levelUp;
    // Square pixels: the vertical extent follows from the horizontal one and the aspect ratio.
    camera.tanHalfWidth = std::tan(0.5 * view.hfov * kDegree);
    camera.tanHalfHeight = camera.tanHalfWidth * view.height / view.width;
    return camera;
}

glm::dvec3 rayOf(const Camera& camera, const ViewSpec& view, double screenX, double screenY) {
    const double x = (2.0 * screenX / view.width - 1.0) * camera.tanHalfWidth;
    const double y = (1.0 - 2.0 * screenY / view.height) * camera.tanHalfHeight;
    return glm::normalize(camera.forward + x * camera.right + y * camera.up);
}

glm::dvec3 texel(const image::ImageData& image, int x, int y) {
    const std::uint8_t* pixel = image.row(y) + static_cast<std::size_t>(image.channels) * x;
    return glm::dvec3(pixel[0], pixel[1], pixel[2]) / 255.0;
}

// Bilinear filtering at a point in texel units (texel i covers [i, i + 1]; its centre is i + 0.5).
glm::dvec3 bilinear(const image::ImageData& image, double x, double y, bool wrapX) {
    const double fx = x - 0.5;
    const double fy = y - 0.5;
    const double x0 = std::floor(fx);
    const double y0 = std::floor(fy);
    const double wx = fx - x0;
    const double wy = fy - y0;
    const auto column = [&](double i) {
        const int n = static_cast<int>(i);
        return wrapX ? ((n % image.width) + image.width) % image.width : std::clamp(n, 0, image.width - 1);
    };
    const auto row = [&](double j) { return std::clamp(static_cast<int>(j), 0, image.height - 1); };
    const glm::dvec3 top = (1.0 - wx) * texel(image, column(x0), row(y0)) + wx * texel(image, column(x0 + 1), row(y0));
    const glm::dvec3 bottom =
        (1.0 - wx) * texel(image, column(x0), row(y0 + 1)) + wx * texel(image, column(x0 + 1), row(y0 + 1));
    return (1.0 - wy) * top + wy * bottom;
}

// Position in the equirect's unit square: u across (0 at its left edge), v down (0 at its top).
glm::dvec2 equirectUv(const glm::dvec3& direction, const render::EquirectGeometry& geometry) {
    return {0.5 + yawOf(direction) / geometry.haov, 0.5 - (pitchOf(direction) - geometry.vOffset) / geometry.vaov};
}

image::ImageData renderRays(const ViewSpec& view, const std::function<glm::dvec3(const glm::dvec3&)>& shade) {
    const Camera camera = cameraOf(view);
    auto output = image::ImageData::allocate(view.width, view.height, 3);
    for (int j = 0; j < view.height; ++j) {
        for (int i = 0; i < view.width; ++i) {
            const glm::dvec3 colour = shade(rayOf(camera, view, i + 0.5, j + 0.5));
            std::uint8_t* pixel = output.row(j) + 3 * i;
            for (int c = 0; c < 3; ++c) {
                pixel[c] = toByte(colour[c]);
            }
        }
    }
    return output;
}

} // namespace

glm::dvec3 referenceRay(const ViewSpec& view, double screenX, double screenY) {
    return rayOf(cameraOf(view), view, screenX, screenY);
}

bool insideEquirect(const glm::dvec3& direction, const render::EquirectGeometry& geometry) {
    const glm::dvec2 uv = equirectUv(direction, geometry);
    const bool insideU = geometry.wrapsAround() || (uv.x >= 0.0 && uv.x <= 1.0);
    return insideU && uv.y >= 0.0 && uv.y <= 1.0;
}

image::ImageData referenceEquirect(const render::EquirectImage& panorama, const ViewSpec& view,
                                   const glm::dvec3& background) {
    const image::ImageData& image = panorama.image;
    const render::EquirectGeometry& geometry = panorama.geometry;
    return renderRays(view, [&](const glm::dvec3& ray) {
        if (!insideEquirect(ray, geometry)) {
            return background;
        }
        const glm::dvec2 uv = equirectUv(ray, geometry);
        return bilinear(image, uv.x * image.width, uv.y * image.height, geometry.wrapsAround());
    });
}

image::ImageData referenceCube(const render::CubeImages& cube, const ViewSpec& view) {
    return renderRays(view, [&](const glm::dvec3& ray) {
        const CubeFacePoint point = cubeFacePoint(ray);
        const image::ImageData& face = cube.faces[static_cast<std::size_t>(point.face)];
        return bilinear(face, point.s * face.width, point.t * face.height, false);
    });
}

image::ImageData referenceField(const ColourField& field, const ViewSpec& view) {
    return renderRays(view, field);
}

} // namespace cloudtour::test
