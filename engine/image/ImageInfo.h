#pragma once

#include "engine/image/ImageFormat.h"

namespace cloudtour::image {

/// What an image's header says, read without decoding pixels.
struct ImageInfo {
    int width = 0;
    int height = 0;
    ImageFormat format = ImageFormat::Unknown;
};

} // namespace cloudtour::image
