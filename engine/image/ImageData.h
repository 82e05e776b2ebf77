#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cloudtour::image {

/// A decoded image in CPU memory: rows top to bottom, tightly packed, 8 bits per channel.
/// Panoramas are RGB (3 channels); read-backs from the GPU are RGBA (4).
struct ImageData {
    int width = 0;
    int height = 0;
    int channels = 3;
    std::vector<std::uint8_t> pixels;

    [[nodiscard]] bool empty() const { return width <= 0 || height <= 0; }
    [[nodiscard]] std::size_t rowBytes() const { return static_cast<std::size_t>(width) * channels; }
    [[nodiscard]] std::size_t byteSize() const { return rowBytes() * static_cast<std::size_t>(height); }
    [[nodiscard]] std::uint8_t* row(int y) { return pixels.data() + rowBytes() * static_cast<std::size_t>(y); }
    [[nodiscard]] const std::uint8_t* row(int y) const {
        return pixels.data() + rowBytes() * static_cast<std::size_t>(y);
    }

    static ImageData allocate(int width, int height, int channels) {
        ImageData image{width, height, channels, {}};
        image.pixels.resize(image.byteSize());
        return image;
    }
};

} // namespace cloudtour::image
