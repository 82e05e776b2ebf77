#include "engine/image/StbDecoder.h"

#include <stb_image.h>

#include <climits>
#include <cstring>
#include <memory>

namespace cloudtour::image {
namespace {

std::string stbReason() {
    const char* reason = stbi_failure_reason();
    return reason ? reason : "unknown reason";
}

} // namespace

core::Result<ImageInfo> readPngInfo(std::span<const std::uint8_t> bytes, const std::string& name) {
    if (bytes.size() > INT_MAX) {
        return core::fileError(name, "PNG file too large for the decoder");
    }
    int width = 0, height = 0, components = 0;
    if (!stbi_info_from_memory(bytes.data(), static_cast<int>(bytes.size()), &width, &height, &components)) {
        return core::fileError(name, "not a readable PNG header: " + stbReason());
    }
    return ImageInfo{width, height, ImageFormat::Png};
}

core::Result<ImageData> decodePng(std::span<const std::uint8_t> bytes, const std::string& name) {
    if (bytes.size() > INT_MAX) {
        return core::fileError(name, "PNG file too large for the decoder");
    }
    int width = 0, height = 0, components = 0;
    std::unique_ptr<stbi_uc, decltype(&stbi_image_free)> pixels(
        stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &width, &height, &components, 3),
        &stbi_image_free);
    if (!pixels) {
        return core::fileError(name, "PNG decoding failed: " + stbReason());
    }
    auto image = ImageData::allocate(width, height, 3);
    std::memcpy(image.pixels.data(), pixels.get(), image.byteSize());
    return image;
}

} // namespace cloudtour::image
