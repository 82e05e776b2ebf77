#include "engine/image/ImageFormat.h"

#include <algorithm>
#include <array>

namespace cloudtour::image {
namespace {

bool startsWith(std::span<const std::uint8_t> bytes, std::size_t offset, std::string_view magic) {
    if (bytes.size() < offset + magic.size()) {
        return false;
    }
    return std::equal(magic.begin(), magic.end(), bytes.begin() + static_cast<std::ptrdiff_t>(offset),
                      [](char a, std::uint8_t b) { return static_cast<std::uint8_t>(a) == b; });
}

} // namespace

ImageFormat sniffImageFormat(std::span<const std::uint8_t> bytes) {
    if (startsWith(bytes, 0, "\xFF\xD8\xFF")) {
        return ImageFormat::Jpeg;
    }
    if (startsWith(bytes, 0, "\x89PNG\r\n\x1A\n")) {
        return ImageFormat::Png;
    }
    if (startsWith(bytes, 0, "GIF87a") || startsWith(bytes, 0, "GIF89a")) {
        return ImageFormat::Gif;
    }
    if (startsWith(bytes, 0, "BM")) {
        return ImageFormat::Bmp;
    }
    if (startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WEBP")) {
        return ImageFormat::Webp;
    }
    if (startsWith(bytes, 0, "II*") || startsWith(bytes, 0, "MM\0*")) {
        return ImageFormat::Tiff;
    }
    if (startsWith(bytes, 4, "ftypavif")) {
        return ImageFormat::Avif;
    }
    if (startsWith(bytes, 4, "ftypheic") || startsWith(bytes, 4, "ftypmif1")) {
        return ImageFormat::Heic;
    }
    return ImageFormat::Unknown;
}

std::string_view formatName(ImageFormat format) {
    switch (format) {
    case ImageFormat::Jpeg:
        return "JPEG";
    case ImageFormat::Png:
        return "PNG";
    case ImageFormat::Gif:
        return "GIF";
    case ImageFormat::Bmp:
        return "BMP";
    case ImageFormat::Webp:
        return "WebP";
    case ImageFormat::Tiff:
        return "TIFF";
    case ImageFormat::Avif:
        return "AVIF";
    case ImageFormat::Heic:
        return "HEIC";
    case ImageFormat::Unknown:
        break;
    }
    return "unknown";
}

} // namespace cloudtour::image
