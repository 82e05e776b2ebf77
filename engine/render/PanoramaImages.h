#pragma once

#include "engine/image/ImageData.h"
#include "engine/render/Geometry.h"

#include <array>
#include <variant>

namespace cloudtour::render {

/// A decoded equirectangular panorama with the geometry that places it on the sphere.
struct EquirectImage {
    image::ImageData image;
    EquirectGeometry geometry;
};

/// Six decoded square faces of one size, in CubeFace order.
struct CubeImages {
    std::array<image::ImageData, kCubeFaceCount> faces;
};

/// Everything a renderer can be made from. A new geometry kind is a new alternative here and a new
/// entry in RendererFactory, not a new branch in an existing renderer.
using PanoramaImages = std::variant<EquirectImage, CubeImages>;

} // namespace cloudtour::render
