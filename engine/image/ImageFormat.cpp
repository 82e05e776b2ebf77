#include "engine/image/ImageFormat.h"

#include <algorithm>
#include <array>

using namespace std::string_view_literals;

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
    if (startsWith(bytes, 0, "\xFF\xD8\xFF"sv)) {
        return ImageFormat::Jpeg;
    }
    if (startsWith(bytes, 0, "\x89PNG\r\n\x1A\n"sv)) {
        return ImageFormat::Png;
    }
    if (startsWith(bytes, 0, "GIF87a"sv) || startsWith(bytes, 0, "GIF89a"sv)) {
        return ImageFormat::Gif;
    }
    if (startsWith(bytes, 0, "BM"sv)) {
        return ImageFormat::Bmp;
    }
    if (startsWith(bytes, 0, "RIFF"sv) && startsWith(bytes, 8, "WEBP"sv)) {
        return ImageFormat::Webp;
    }
    if (startsWith(bytes, 0, "II*"sv) || startsWith(bytes, 0, "MM\0*"sv)) {
        return ImageFormat::Tiff;
    }
    if (startsWith(bytes, 4, "ftypavif"sv)) {
        return ImageFormat::Avif;
    }
    if (startsWith(bytes, 4, "ftypheic"sv) || startsWith(bytes, 4, "ftypmif1"sv)) {
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
