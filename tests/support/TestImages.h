#pragma once

#include "engine/image/ImageData.h"
#include "engine/render/Geometry.h"
#include "engine/render/PanoramaImages.h"

#include <glm/vec3.hpp>

#include <cstdint>
#include <functional>

namespace cloudtour::test {

/// A colour (RGB, 0 to 1) for every direction on the sphere: the ground truth of a synthetic
/// panorama, known exactly for any view ray. Directions need not be unit length.
using ColourField = std::function<glm::dvec3(const glm::dvec3& direction)>;

/// Low frequency (no feature narrower than 72 degrees, about 9 levels per degree): a texture
/// sampled from it, filtered at any mip level, stays within a level or so of the analytic value.
glm::dvec3 smoothField(const glm::dvec3& direction);

/// Very low frequency (period 180 degrees at the shortest, under 4 levels a degree): even coarse
/// mip levels (a texel of several degrees) keep it within a level of the analytic value.
glm::dvec3 broadField(const glm::dvec3& direction);

/// Mid frequency (period 9 degrees at the shortest, up to 62 levels per degree): a sampling
/// position off by a fraction of a texel shows as a colour error of several levels.
glm::dvec3 detailedField(const glm::dvec3& direction);

/// 0-1 to 0-255, rounded, clamped.
std::uint8_t toByte(double value);

/// An RGB equirectangular image sampled from a field at its texel centres, over the part of the
/// sphere the geometry covers (the full sphere by default; a partial panorama otherwise).
image::ImageData sampleEquirect(const ColourField& field, int width, int height,
                                const render::EquirectGeometry& geometry = {});

/// Six square RGB faces in CubeFace order, sampled from a field at their texel centres.
render::CubeImages sampleCube(const ColourField& field, int faceSize);

/// A full equirect whose content is not a smooth field: an 8-texel band of different colours on
/// each side of the +-180 degree seam (the columns that meet there, one of them marked by a bright
/// line), a colour wheel by yaw over each polar cap (a different wheel at each pole, so a mirrored
/// or rotated pole shows), and a checkerboard with a vertical ramp elsewhere.
image::ImageData seamAndPolePattern(int width, int height);

} // namespace cloudtour::test
