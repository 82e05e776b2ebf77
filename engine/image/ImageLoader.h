#pragma once

#include "engine/core/Error.h"
#include "engine/image/DecodeLimits.h"
#include "engine/image/ImageData.h"
#include "engine/image/ImageInfo.h"

#include <span>
#include <string>

namespace cloudtour::image {

/// The one entry point for turning untrusted bytes into pixels: identifies the format from the
/// content, reads the header, checks the limits, and only then allocates and decodes.
/// `name` is used in messages (normally the file's path).
core::Result<ImageInfo> probeImage(std::span<const std::uint8_t> bytes, const std::string& name);
/// The header's size against the limits: zero sides, a side over maxDimension, or more pixels than
/// maxPixels are refused with the number found and the limit.
core::Result<ImageInfo> checkDecodeLimits(const ImageInfo& info, const std::string& name, const DecodeLimits& limits);
core::Result<ImageData> decodeImage(std::span<const std::uint8_t> bytes, const std::string& name,
                                    const DecodeLimits& limits = {}, int scaleDenominator = 1);
core::Result<ImageData> loadImageFile(const std::string& path, const DecodeLimits& limits = {},
                                      int scaleDenominator = 1);

} // namespace cloudtour::image
