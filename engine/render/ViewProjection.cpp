#include "engine/render/ViewProjection.h"

#include <glm/mat3x3.hpp>
#include <glm/matrix.hpp>

#include <cmath>

namespace cloudtour::render {

glm::mat4 viewProjection(const math::View& view) {
    constexpr double kNear = 1e-3;
    constexpr double kFar = 4.0; // the cube's corners are sqrt(3) away
    // World to camera: the transpose of the camera-to-world rotation.
    const glm::dmat4 worldToCamera(glm::transpose(view.rotation()));
    glm::dmat4 projection(0.0);
    projection[0][0] = 1.0 / std::tan(0.5 * view.hfov());
    projection[1][1] = 1.0 / std::tan(0.5 * view.vfov());
    projection[2][2] = (kFar + kNear) / (kNear - kFar);
    projection[2][3] = -1.0; // w = -z: the distance in front of the eye
    projection[3][2] = 2.0 * kFar * kNear / (kNear - kFar);
    return glm::mat4(projection * worldToCamera);
}

} // namespace cloudtour::render
