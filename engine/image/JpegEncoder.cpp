#include "engine/image/JpegEncoder.h"

#include <turbojpeg.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace cloudtour::image {
namespace {

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

} // namespace

JpegEncoder::JpegEncoder() : mHandle(tjInitCompress()) {}

JpegEncoder::~JpegEncoder() {
    tjFree(mBuffer);
    if (mHandle != nullptr) {
        tjDestroy(mHandle);
    }
}

core::Result<std::span<const std::uint8_t>> JpegEncoder::encode(const std::uint8_t* pixels, int width, int height,
                                                                std::size_t pitch, int quality,
                                                                const std::string& name) {
    if (mHandle == nullptr) {
        return core::fileError(name, "cannot start the JPEG encoder");
    }
    if (width < 1 || height < 1 || quality < 1 || quality > 100) {
        return core::fileError(name, "cannot encode a " + std::to_string(width) + "x" + std::to_string(height) +
                                         " JPEG at quality " + std::to_string(quality));
    }
    // The worst case for this size, allocated once and grown only for a larger tile: with
    // TJFLAG_NOREALLOC TurboJPEG writes into it and never reallocates behind our back.
    const unsigned long needed = tjBufSize(width, height, TJSAMP_420);
    if (needed > mCapacity) {
        tjFree(mBuffer);
        mBuffer = tjAlloc(static_cast<int>(needed));
        mCapacity = mBuffer != nullptr ? needed : 0;
        if (mBuffer == nullptr) {
            return core::fileError(name, "out of memory for a " + std::to_string(needed) + "-byte JPEG buffer");
        }
    }
    unsigned long size = mCapacity;
    if (tjCompress2(mHandle, pixels, width, static_cast<int>(pitch), height, TJPF_RGB, &mBuffer, &size, TJSAMP_420,
                    quality, TJFLAG_NOREALLOC) != 0) {
        return core::fileError(name, std::string("JPEG encoding failed: ") + tjGetErrorStr2(mHandle));
    }
    return std::span<const std::uint8_t>(mBuffer, size);
}

core::Result<bool> JpegEncoder::write(const std::string& path, const std::uint8_t* pixels, int width, int height,
                                      std::size_t pitch, int quality) {
    auto bytes = encode(pixels, width, height, pitch, quality, path);
    if (!bytes) {
        return bytes.error();
    }
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "wb"));
    if (!file) {
        return core::fileError(path, std::string("cannot create: ") + std::strerror(errno));
    }
    if (std::fwrite(bytes->data(), 1, bytes->size(), file.get()) != bytes->size()) {
        return core::fileError(path, std::string("cannot write: ") + std::strerror(errno));
    }
    // fclose flushes: a full disk shows here, not as a silently short tile.
    if (std::fclose(file.release()) != 0) {
        return core::fileError(path, std::string("cannot write: ") + std::strerror(errno));
    }
    return true;
}

core::Result<bool> writeJpeg(const std::string& path, const ImageData& image, int quality) {
    if (image.empty() || image.channels != 3) {
        return core::fileError(path, "refusing to write an empty or non-RGB image as JPEG");
    }
    JpegEncoder encoder;
    return encoder.write(path, image.pixels.data(), image.width, image.height, image.rowBytes(), quality);
}

} // namespace cloudtour::image
