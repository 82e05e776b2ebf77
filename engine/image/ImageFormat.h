#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace cloudtour::image {

enum class ImageFormat { Unknown, Jpeg, Png, Gif, Bmp, Webp, Tiff, Avif, Heic };

/// Identifies a format from the file's first bytes, never from its name: a ".jpg" that is really a
/// PNG still decodes, and a renamed text file is named for what it is.
ImageFormat sniffImageFormat(std::span<const std::uint8_t> bytes);

std::string_view formatName(ImageFormat format);

} // namespace cloudtour::image
