#include "viewer/ui/ImageResize.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace cloudtour::viewer {
namespace {

// Mean of the pixels in [x0, x1) x [y0, y1) of a 3-channel image, written to `out`.
void averageInto(const image::ImageData& picture, int x0, int x1, int y0, int y1, std::uint8_t* out) {
    std::array<unsigned, 3> sum{};
    for (int y = y0; y < y1; ++y) {
        const std::uint8_t* row = picture.row(y);
        for (int x = x0; x < x1; ++x) {
            for (std::size_t c = 0; c < 3; ++c) {
                sum[c] += row[3 * x + static_cast<int>(c)];
            }
        }
    }
    const unsigned count = static_cast<unsigned>((x1 - x0) * (y1 - y0));
    for (std::size_t c = 0; c < 3; ++c) {
        out[c] = static_cast<std::uint8_t>((sum[c] + count / 2) / count);
    }
}

} // namespace

image::ImageData cropToFill(const image::ImageData& picture, int width, int height) {
    // The largest centred crop with the target's aspect ratio.
    const double scale =
        std::min(static_cast<double>(picture.width) / width, static_cast<double>(picture.height) / height);
    const int cropWidth = std::clamp(static_cast<int>(width * scale), 1, picture.width);
    const int cropHeight = std::clamp(static_cast<int>(height * scale), 1, picture.height);
    const int left = (picture.width - cropWidth) / 2;
    const int top = (picture.height - cropHeight) / 2;
    auto thumbnail = image::ImageData::allocate(width, height, 3);
    for (int y = 0; y < height; ++y) {
        const int y0 = top + y * cropHeight / height;
        const int y1 = std::max(y0 + 1, top + (y + 1) * cropHeight / height);
        for (int x = 0; x < width; ++x) {
            const int x0 = left + x * cropWidth / width;
            const int x1 = std::max(x0 + 1, left + (x + 1) * cropWidth / width);
            averageInto(picture, x0, x1, y0, y1, thumbnail.row(y) + 3 * x);
        }
    }
    return thumbnail;
}

} // namespace cloudtour::viewer
