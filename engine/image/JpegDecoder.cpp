#include "engine/image/JpegDecoder.h"

#include "engine/image/JpegStrips.h"
#include "engine/image/ParallelFor.h"

#include <turbojpeg.h>

#include <memory>

namespace cloudtour::image {
namespace {

using core::Error;
using core::fileError;

struct HandleDeleter {
    void operator()(void* handle) const { tjDestroy(handle); }
};
using TjHandle = std::unique_ptr<void, HandleDeleter>;

std::string tjMessage(void* handle) {
    return tjGetErrorStr2(handle);
}

} // namespace

core::Result<ImageInfo> readJpegInfo(std::span<const std::uint8_t> bytes, const std::string& name) {
    TjHandle handle(tjInitDecompress());
    if (!handle) {
        return fileError(name, "cannot start the JPEG decoder");
    }
    int width = 0, height = 0, subsampling = 0, colorspace = 0;
    if (tjDecompressHeader3(handle.get(), bytes.data(), static_cast<unsigned long>(bytes.size()), &width, &height,
                            &subsampling, &colorspace) != 0) {
        return fileError(name, "not a readable JPEG header: " + tjMessage(handle.get()));
    }
    if (width <= 0 || height <= 0) {
        return fileError(name, "not a readable JPEG header: no frame header with the image size");
    }
    if (colorspace == TJCS_CMYK || colorspace == TJCS_YCCK) {
        return fileError(name, "CMYK JPEGs are not supported: save the panorama as RGB (sRGB) JPEG");
    }
    return ImageInfo{width, height, ImageFormat::Jpeg};
}

core::Result<ImageData> decodeJpeg(std::span<const std::uint8_t> bytes, const std::string& name, int scaleDenominator,
                                   unsigned threads) {
    if (scaleDenominator != 1 && scaleDenominator != 2 && scaleDenominator != 4 && scaleDenominator != 8) {
        return fileError(name, "JPEG scale must be 1/1, 1/2, 1/4 or 1/8");
    }
    auto info = readJpegInfo(bytes, name);
    if (!info) {
        return info.error();
    }
    if (auto strips = decodeJpegStrips(bytes, scaleDenominator, threadCountFor(threads))) {
        return std::move(*strips);
    }
    TjHandle handle(tjInitDecompress());
    const tjscalingfactor factor{1, scaleDenominator};
    const int width = TJSCALED(info->width, factor);
    const int height = TJSCALED(info->height, factor);
    auto image = ImageData::allocate(width, height, 3);
    // LIMITSCANS stops progressive scan bombs; STOPONWARNING turns corrupt data into an error
    // instead of a half-grey picture that looks like a rendering bug.
    const int flags = TJFLAG_LIMITSCANS | TJFLAG_STOPONWARNING;
    if (tjDecompress2(handle.get(), bytes.data(), static_cast<unsigned long>(bytes.size()), image.pixels.data(), width,
                      static_cast<int>(image.rowBytes()), height, TJPF_RGB, flags) != 0) {
        return fileError(name, "JPEG decoding failed: " + tjMessage(handle.get()));
    }
    return image;
}

} // namespace cloudtour::image
