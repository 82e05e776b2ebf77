#include "JpegWriter.h"

#include <turbojpeg.h>

#include <fstream>
#include <stdexcept>

namespace cloudtour::samplegen {

std::size_t writeJpeg(const std::string& path, const Image& image, int quality) {
    tjhandle handle = tjInitCompress();
    if (handle == nullptr) {
        throw std::runtime_error("tjInitCompress failed");
    }
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    // TurboJPEG 2.1 offers no restart-interval setting in tjCompress2, so the file has no restart markers.
    const int rc = tjCompress2(handle, image.rgb.data(), image.width, 0, image.height, TJPF_RGB, &buffer, &size,
                               TJSAMP_420, quality, TJFLAG_ACCURATEDCT);
    if (rc != 0) {
        const std::string message = tjGetErrorStr2(handle);
        tjDestroy(handle);
        throw std::runtime_error("tjCompress2 failed: " + message);
    }
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(buffer), static_cast<std::streamsize>(size));
    tjFree(buffer);
    tjDestroy(handle);
    if (!out) {
        throw std::runtime_error("cannot write " + path);
    }
    return size;
}

} // namespace cloudtour::samplegen
