#pragma once

#include "engine/image/ImageData.h"

namespace cloudtour::image {

/// Shrinks an RGB image by area averaging: each output texel is the mean of the source area it
/// covers, source texels cut by its borders counted by the part inside. Halving an even size is
/// exactly the 2x2 box filter; halving an odd size (7 to 4) keeps every output texel's footprint
/// where its centre is, instead of drifting by up to half a texel towards the far edge as a 2x2
/// box with a repeated last texel would. Rows are shared among `threads` threads (0: one per core).
/// Sizes larger than the source's repeat source texels (nearest).
ImageData resizeArea(const ImageData& source, int width, int height, unsigned threads = 0);

/// The next coarser pyramid level: ceil(width / 2) x ceil(height / 2), by resizeArea.
ImageData halveByArea(const ImageData& source, unsigned threads = 0);

} // namespace cloudtour::image
