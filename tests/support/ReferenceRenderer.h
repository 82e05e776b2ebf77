#pragma once

#include "engine/image/ImageData.h"
#include "engine/render/Geometry.h"
#include "engine/render/PanoramaImages.h"
#include "tests/support/TestImages.h"
#include "tests/support/TestViews.h"

#include <glm/vec3.hpp>

namespace cloudtour::test {

// A CPU renderer in double precision, written from the documented conventions and independent of
// the engine's View matrices and shaders: the rays come from yaw, pitch, roll and hfov directly.

/// Unit world direction through a screen point (pixels, origin top-left, y down; the centre of
/// pixel (i, j) is (i + 0.5, j + 0.5)).
glm::dvec3 referenceRay(const ViewSpec& view, double screenX, double screenY);

/// Whether a direction falls inside the part of the sphere an equirect covers.
bool insideEquirect(const glm::dvec3& direction, const render::EquirectGeometry& geometry);

/// Bilinear sampling of an equirect (level 0, texel centres at half-integers): wraps across the
/// seam for a full panorama, clamps at the poles and at a partial panorama's edges, and shows the
/// background (0-1 RGB) outside a partial one.
image::ImageData referenceEquirect(const render::EquirectImage& panorama, const ViewSpec& view,
                                   const glm::dvec3& background = {});

/// Bilinear sampling of the face each ray passes through, clamped at the face's edges.
image::ImageData referenceCube(const render::CubeImages& cube, const ViewSpec& view);

/// The field itself along each ray: what an ideal renderer of a panorama made from it would show.
image::ImageData referenceField(const ColourField& field, const ViewSpec& view);

} // namespace cloudtour::test
