#pragma once

#include "engine/core/Error.h"
#include "engine/image/ImageData.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace cloudtour::image {

/// Baseline JPEG encoding of RGB8 pixels through TurboJPEG (the 2.x API of Debian 12's
/// libjpeg-turbo 2.1), 4:2:0 chroma subsampling. One encoder per thread: it keeps its TurboJPEG
/// handle and output buffer between images, so tiles cost no allocation.
class JpegEncoder {
public:
    JpegEncoder();
    ~JpegEncoder();
    JpegEncoder(const JpegEncoder&) = delete;
    JpegEncoder& operator=(const JpegEncoder&) = delete;

    /// Encodes a width x height rectangle whose first row starts at `pixels`, rows `pitch` bytes
    /// apart (a tile cut out of a larger face, without copying). Quality 1 to 100. The bytes stay
    /// valid until the next call. `name` is used in messages.
    core::Result<std::span<const std::uint8_t>> encode(const std::uint8_t* pixels, int width, int height,
                                                       std::size_t pitch, int quality, const std::string& name);

    /// Encodes a rectangle and writes it to `path` (the folder must exist).
    core::Result<bool> write(const std::string& path, const std::uint8_t* pixels, int width, int height,
                             std::size_t pitch, int quality);

private:
    void* mHandle = nullptr;
    unsigned char* mBuffer = nullptr;
    unsigned long mCapacity = 0;
};

/// A whole RGB image to a JPEG file.
core::Result<bool> writeJpeg(const std::string& path, const ImageData& image, int quality);

} // namespace cloudtour::image
