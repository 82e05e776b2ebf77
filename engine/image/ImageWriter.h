#pragma once

#include "engine/core/Error.h"
#include "engine/image/ImageData.h"

#include <string>

namespace cloudtour::image {

/// Writes a PNG (RGB or RGBA), through a temporary file renamed into place so a reader never sees
/// half a file.
core::Result<bool> writePng(const std::string& path, const ImageData& image);

} // namespace cloudtour::image
