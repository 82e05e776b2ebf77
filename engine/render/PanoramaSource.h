#pragma once

#include "engine/core/Error.h"
#include "engine/image/DecodeLimits.h"
#include "engine/render/PanoramaImages.h"

#include <array>
#include <string>
#include <variant>

namespace cloudtour::render {

/// One equirectangular image file and where it sits on the sphere.
struct EquirectFile {
    std::string path;
    EquirectGeometry geometry;
};

/// Six cube face files in CubeFace order (front, right, back, left, up, down).
struct CubeFiles {
    std::array<std::string, kCubeFaceCount> paths;
};

/// Where a panorama's pixels come from. (Tile pyramids join in the speed issue.)
using PanoramaSource = std::variant<EquirectFile, CubeFiles>;

/// A short name for messages and titles: the file, or the front face of a cube.
std::string describeSource(const PanoramaSource& source);

/// Reads and decodes every file of a source, cube faces in parallel. Any failure names the file.
core::Result<PanoramaImages> loadPanoramaImages(const PanoramaSource& source, const image::DecodeLimits& limits);

} // namespace cloudtour::render
