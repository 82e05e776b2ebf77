#include "engine/image/ImageWriter.h"

#include <stb_image_write.h>

#include <filesystem>

namespace cloudtour::image {

core::Result<bool> writePng(const std::string& path, const ImageData& image) {
    if (image.empty()) {
        return core::fileError(path, "refusing to write an empty image");
    }
    const std::string temporary = path + ".partial";
    if (!stbi_write_png(temporary.c_str(), image.width, image.height, image.channels, image.pixels.data(),
                        static_cast<int>(image.rowBytes()))) {
        return core::fileError(path, "cannot write the PNG (is the folder writable?)");
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        std::filesystem::remove(temporary, ec);
        return core::fileError(path, "cannot move the written PNG into place");
    }
    return true;
}

} // namespace cloudtour::image
