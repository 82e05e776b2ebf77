#include "viewer/ui/ImageTextures.h"

#include "engine/core/FileIo.h"
#include "engine/image/ImageLoader.h"
#include "engine/render/TextureUpload.h"
#include "viewer/ui/ImageResize.h"

#include <algorithm>
#include <utility>

namespace cloudtour::viewer {
namespace {

// JPEG shrinks for free while decoding; any other format is decoded whole and averaged down after.
core::Result<image::ImageData> loadFitting(const std::string& path, int maxSide) {
    auto bytes = core::readFileBytes(path, ImageTextures::kLimits.maxFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    auto info = image::probeImage(*bytes, path);
    if (!info) {
        return info.error();
    }
    int scale = 1;
    while (scale < 8 && std::max(info->width, info->height) / scale > maxSide) {
        scale *= 2;
    }
    auto decoded = image::decodeImage(*bytes, path, ImageTextures::kLimits, scale);
    if (!decoded || std::max(decoded->width, decoded->height) <= maxSide) {
        return decoded;
    }
    const double shrink = static_cast<double>(maxSide) / std::max(decoded->width, decoded->height);
    return cropToFill(*decoded, std::max(1, static_cast<int>(decoded->width * shrink)),
                      std::max(1, static_cast<int>(decoded->height * shrink)));
}

} // namespace

ImageTextures::ImageTextures(const render::GpuCaps& caps, int maxSide)
    : mCaps(caps), mMaxSide(std::max(1, caps.maxTextureSize > 0 ? std::min(maxSide, caps.maxTextureSize) : maxSide)) {}

const UiImage* ImageTextures::get(const std::string& path) {
    if (const auto found = mEntries.find(path); found != mEntries.end()) {
        return found->second.texture ? &found->second.image : nullptr;
    }
    Entry& entry = mEntries[path];
    auto decoded = loadFitting(path, mMaxSide);
    auto texture = decoded ? render::uploadTexture2D(*decoded, mCaps, path, false)
                           : core::Result<render::GlTexture>(decoded.error());
    if (!texture) {
        mMessages.push_back(texture.error().message);
        return nullptr;
    }
    entry.texture = std::move(*texture);
    entry.image = UiImage{entry.texture.name(), decoded->width, decoded->height};
    return &entry.image;
}

std::vector<std::string> ImageTextures::takeMessages() {
    return std::exchange(mMessages, {});
}

void ImageTextures::clear() {
    mEntries.clear();
    mMessages.clear();
}

} // namespace cloudtour::viewer
