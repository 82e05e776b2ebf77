#pragma once

#include "engine/image/ImageData.h"

namespace cloudtour::viewer {

/// Crops an RGB picture round its centre to the shape of `width` x `height` and resizes it to that,
/// each target pixel the mean of the source pixels under it (so a large picture does not alias).
/// For a thumbnail of a preview image, or a panel picture too large for its texture.
image::ImageData cropToFill(const image::ImageData& picture, int width, int height);

} // namespace cloudtour::viewer
