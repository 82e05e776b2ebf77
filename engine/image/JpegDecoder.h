#pragma once

#include "engine/core/Error.h"
#include "engine/image/ImageData.h"
#include "engine/image/ImageInfo.h"

#include <span>
#include <string>

namespace cloudtour::image {

/// JPEG through libjpeg-turbo's TurboJPEG API (2-3x faster than stb_image on this machine).
core::Result<ImageInfo> readJpegInfo(std::span<const std::uint8_t> bytes, const std::string& name);

/// Decodes to RGB8. scaleDenominator 1, 2, 4 or 8 decodes at that reduced size, which TurboJPEG does
/// in the IDCT and is much cheaper than decoding in full and resampling. A baseline JPEG with
/// restart markers is decoded as strips on `threads` threads (0: one per core; 1: whole, on this
/// thread), see JpegStrips.h; the pixels are the same either way.
core::Result<ImageData> decodeJpeg(std::span<const std::uint8_t> bytes, const std::string& name,
                                   int scaleDenominator = 1, unsigned threads = 0);

} // namespace cloudtour::image
