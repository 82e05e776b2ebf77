#pragma once

#include "engine/core/Error.h"
#include "engine/image/ImageData.h"
#include "engine/image/ImageInfo.h"

#include <span>
#include <string>

namespace cloudtour::image {

/// PNG through stb_image. Only called for bytes already identified as PNG: stb_image's other
/// decoders are not offered untrusted input.
core::Result<ImageInfo> readPngInfo(std::span<const std::uint8_t> bytes, const std::string& name);
core::Result<ImageData> decodePng(std::span<const std::uint8_t> bytes, const std::string& name);

} // namespace cloudtour::image
