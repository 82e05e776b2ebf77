#pragma once

#include "engine/math/View.h"

#include <glm/mat4x4.hpp>

namespace cloudtour::render {

/// The clip-space matrix of a view, for drawing geometry (tiles on the cube) rather than rays:
/// a point's normalised device position is exactly View::directionToScreen's, measured from the
/// bottom-left as GL does. Depth is not used; the near plane (at 1/1000) clips only what lies
/// behind the eye, for any field of view below 179.8 degrees.
glm::mat4 viewProjection(const math::View& view);

} // namespace cloudtour::render
