#include "engine/render/PyramidConversion.h"

#include "engine/core/FileIo.h"
#include "engine/image/ImageLoader.h"
#include "engine/image/PyramidWriter.h"

#include <fstream>
#include <optional>
#include <vector>

namespace cloudtour::render {
namespace {

// A JPEG's size is in its frame header, after the APP segments (EXIF, ICC: up to 64 KiB each), so
// the first megabyte nearly always holds it and the whole file need not be read to decide.
constexpr std::size_t kHeadBytes = 1u << 20;
// Decoding is one TurboJPEG call without progress; this is its share of the bar (measured: 7 of
// 63 s for a 32768x16384 image, more in a Debug build).
constexpr double kDecodeShare = 0.15;

std::optional<image::ImageInfo> probeHead(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    std::vector<std::uint8_t> head(kHeadBytes);
    file.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(file.gcount()));
    auto info = image::probeImage(head, path);
    return info ? std::optional(*info) : std::nullopt;
}

bool cancelled(const ConversionCallbacks& callbacks) {
    return callbacks.cancel != nullptr && callbacks.cancel->load();
}

Conversion failed(const ConversionRequest& request, const std::string& why) {
    return {Conversion::Outcome::Failed,
            {},
            false,
            request.path + ": could not be tiled into the pyramid cache " + request.cache.folder + " (" + why + ")"};
}

core::Result<image::ImageData> decodeWhole(const ConversionRequest& request) {
    auto bytes = core::readFileBytes(request.path, request.limits.maxFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    return image::decodeImage(*bytes, request.path, request.limits);
}

core::Result<bool> writeInto(const std::string& folder, const image::ImageData& equirect,
                             const ConversionRequest& request, const ConversionCallbacks& callbacks) {
    image::PyramidCallbacks writer;
    writer.cancel = callbacks.cancel;
    writer.progress = [&callbacks](const image::PyramidProgress& at) {
        if (callbacks.progress) {
            callbacks.progress(kDecodeShare + (1.0 - kDecodeShare) * at.fraction);
        }
    };
    auto layout = image::writePyramid(equirect, folder, request.cache.options, writer);
    if (!layout) {
        return layout.error();
    }
    return true;
}

// Decodes the whole image (3 bytes a pixel) and writes its pyramid under `key`.
Conversion build(const ConversionRequest& request, const image::PyramidCache& cache, const std::string& key,
                 const image::PyramidLayout& layout, const ConversionCallbacks& callbacks) {
    auto equirect = decodeWhole(request);
    if (!equirect) {
        return failed(request, equirect.error().message);
    }
    if (auto full = image::checkFullEquirect(*equirect, request.path); !full) {
        return failed(request, full.error().message);
    }
    if (cancelled(callbacks)) {
        return failed(request, "cancelled");
    }
    if (callbacks.progress) {
        callbacks.progress(kDecodeShare);
    }
    auto folder =
        cache.build(key, [&](const std::string& working) { return writeInto(working, *equirect, request, callbacks); });
    if (!folder) {
        return failed(request, folder.error().message);
    }
    return {Conversion::Outcome::Tiled, tilePyramidOf(layout, *folder), false, {}};
}

} // namespace

std::string reasonNotToTile(const image::ImageInfo& info, bool fullSphere, int maxTextureSize) {
    if (info.width <= maxTextureSize && info.height <= maxTextureSize) {
        return {};
    }
    const std::string size = std::to_string(info.width) + "x" + std::to_string(info.height);
    if (info.format != image::ImageFormat::Jpeg) {
        return "only JPEG panoramas are tiled at load time";
    }
    if (!fullSphere || info.width != 2 * info.height) {
        return "not tiled at load time: a partial panorama (" + size +
               (fullSphere ? ", not 2:1" : ", less than 360x180 degrees") + ") cannot become cube tiles";
    }
    return {};
}

TilePyramid tilePyramidOf(const image::PyramidLayout& layout, const std::string& folder) {
    TilePyramid pyramid;
    pyramid.levels = pannellumLevels(layout.cubeSize, layout.tileSize, layout.levels);
    pyramid.folder = folder;
    pyramid.pathTemplate = "/%l/%s%y_%x.jpg";
    pyramid.firstLevelNumber = 1;
    return pyramid;
}

Conversion convertOversized(const ConversionRequest& request, const ConversionCallbacks& callbacks) {
    const auto info = probeHead(request.path);
    if (!info || info->width <= 0 || info->height <= 0) {
        return {}; // unreadable: the single-texture path reports it in its own words
    }
    const std::string reason = reasonNotToTile(*info, request.fullSphere, request.maxTextureSize);
    if (!reason.empty() || (info->width <= request.maxTextureSize && info->height <= request.maxTextureSize)) {
        return {Conversion::Outcome::Direct, {}, false, reason};
    }
    const auto& options = request.cache.options;
    auto layout = image::makePyramidLayout(info->width, options.tileSize, options.cubeSize, options.fallbackSize);
    auto key = image::pyramidKey(request.path, options);
    if (!layout || !key) {
        return failed(request, layout ? key.error().message : layout.error().message);
    }
    const image::PyramidCache cache(request.cache.folder, request.cache.budgetBytes);
    if (auto found = cache.find(*key)) {
        return {Conversion::Outcome::Tiled, tilePyramidOf(*layout, *found), true, {}};
    }
    return build(request, cache, *key, *layout, callbacks);
}

} // namespace cloudtour::render
