#include "engine/image/ImageLoader.h"

#include "engine/core/FileIo.h"
#include "engine/image/JpegDecoder.h"
#include "engine/image/StbDecoder.h"

namespace cloudtour::image {

core::Result<ImageInfo> checkDecodeLimits(const ImageInfo& info, const std::string& name, const DecodeLimits& limits) {
    if (info.width <= 0 || info.height <= 0) {
        return core::fileError(name, "image has zero size (" + std::to_string(info.width) + "x" +
                                         std::to_string(info.height) + ")");
    }
    if (info.width > limits.maxDimension || info.height > limits.maxDimension) {
        return core::fileError(name, "image is " + std::to_string(info.width) + "x" + std::to_string(info.height) +
                                         ", over the limit of " + std::to_string(limits.maxDimension) +
                                         " pixels on a side");
    }
    const auto pixels = static_cast<std::uint64_t>(info.width) * static_cast<std::uint64_t>(info.height);
    if (pixels > limits.maxPixels) {
        return core::fileError(name, "image is " + std::to_string(info.width) + "x" + std::to_string(info.height) +
                                         " = " + std::to_string(pixels) + " pixels, over the limit of " +
                                         std::to_string(limits.maxPixels) + " pixels");
    }
    return info;
}

core::Result<ImageInfo> probeImage(std::span<const std::uint8_t> bytes, const std::string& name) {
    if (bytes.empty()) {
        return core::fileError(name, "file is empty");
    }
    const ImageFormat format = sniffImageFormat(bytes);
    switch (format) {
    case ImageFormat::Jpeg:
        return readJpegInfo(bytes, name);
    case ImageFormat::Png:
        return readPngInfo(bytes, name);
    case ImageFormat::Unknown:
        return core::fileError(name, "not an image CloudTour can read (expected JPEG or PNG)");
    default:
        return core::fileError(name, std::string(formatName(format)) +
                                         " images are not supported: convert the panorama to JPEG or PNG");
    }
}

core::Result<ImageData> decodeImage(std::span<const std::uint8_t> bytes, const std::string& name,
                                    const DecodeLimits& limits, int scaleDenominator) {
    auto info = probeImage(bytes, name);
    if (!info) {
        return info.error();
    }
    if (auto checked = checkDecodeLimits(*info, name, limits); !checked) {
        return checked.error();
    }
    if (info->format == ImageFormat::Jpeg) {
        return decodeJpeg(bytes, name, scaleDenominator);
    }
    return decodePng(bytes, name);
}

core::Result<ImageData> loadImageFile(const std::string& path, const DecodeLimits& limits, int scaleDenominator) {
    auto bytes = core::readFileBytes(path, limits.maxFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    return decodeImage(*bytes, path, limits, scaleDenominator);
}

} // namespace cloudtour::image
