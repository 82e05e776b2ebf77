// Baseline JPEG output through libjpeg-turbo's TurboJPEG API, 4:2:0 chroma subsampling.
#pragma once

#include "Panorama.h"

#include <string>

namespace cloudtour::samplegen {

// Returns the file size in bytes; throws std::runtime_error on failure.
std::size_t writeJpeg(const std::string& path, const Image& image, int quality);

} // namespace cloudtour::samplegen
