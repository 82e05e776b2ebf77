#pragma once

#include "engine/image/ImageData.h"

#include <vector>

namespace cloudtour::image {

/// The next mip level of an image as OpenGL sizes it (each side halved, rounded down, at least 1),
/// each texel the mean of the 2x2 (or, at odd edges, up to 3x3) source texels it covers. Done on a
/// worker thread so the main thread never pays for glGenerateMipmap (~125-300 ms for 8192x4096 on
/// llvmpipe, all in one frame).
ImageData halveImage(const ImageData& image);

/// Every level below `base` down to 1x1, in order (level 1 first).
std::vector<ImageData> buildMipChain(const ImageData& base);

} // namespace cloudtour::image
