// JPEG tiles: a rectangle cut from a larger image by its row pitch, baseline 4:2:0, read back by
// the project's own loader.

#include "engine/image/ImageLoader.h"
#include "engine/image/JpegEncoder.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace cloudtour::image;

namespace {

ImageData gradient(int width, int height) {
    ImageData image = ImageData::allocate(width, height, 3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            std::uint8_t* p = image.row(y) + x * 3;
            p[0] = static_cast<std::uint8_t>(x * 3);
            p[1] = static_cast<std::uint8_t>(y * 4);
            p[2] = static_cast<std::uint8_t>(128 + (x - y));
        }
    }
    return image;
}

// The frame header's component sampling factors: 0x22 for Y and 0x11 for Cb, Cr is 4:2:0.
// Returns the first component's factor byte, or -1 when there is no baseline frame header.
int baselineLumaSampling(std::span<const std::uint8_t> jpeg) {
    for (std::size_t i = 2; i + 12 < jpeg.size(); ++i) {
        if (jpeg[i] == 0xFF && jpeg[i + 1] == 0xC0) {
            return jpeg[i + 11]; // FFC0, length (2), precision, height (2), width (2), count, id, factors
        }
    }
    return -1;
}

} // namespace

TEST_CASE("a rectangle of a larger image encodes through its row pitch", "[image][pyramid]") {
    const ImageData source = gradient(64, 48);
    JpegEncoder encoder;
    // 37 x 21 from (20, 9): neither a multiple of the 16-pixel MCU, as edge tiles are.
    const std::uint8_t* origin = source.row(9) + 20 * 3;
    const auto bytes = encoder.encode(origin, 37, 21, source.rowBytes(), 95, "tile");
    REQUIRE(bytes);
    CHECK(baselineLumaSampling(*bytes) == 0x22);
    const auto decoded = decodeImage(*bytes, "tile");
    REQUIRE(decoded);
    REQUIRE(decoded->width == 37);
    REQUIRE(decoded->height == 21);
    double total = 0.0;
    for (int y = 0; y < 21; ++y) {
        for (int x = 0; x < 37; ++x) {
            for (int c = 0; c < 3; ++c) {
                total += std::abs(
                    decoded->row(y)[x * 3 + c] -
                    origin[static_cast<std::size_t>(y) * source.rowBytes() + static_cast<std::size_t>(x) * 3 + c]);
            }
        }
    }
    // A smooth gradient at quality 95: about one level on average. The wrong pitch or origin
    // would shear or shift the gradient by tens of levels.
    CHECK(total / (37.0 * 21.0 * 3.0) < 2.0);
}

TEST_CASE("one encoder serves tiles of different sizes in turn", "[image][pyramid]") {
    const ImageData source = gradient(300, 200);
    JpegEncoder encoder;
    for (const auto& [w, h] : {std::pair{8, 8}, {300, 200}, {1, 1}, {129, 77}}) {
        const auto bytes = encoder.encode(source.pixels.data(), w, h, source.rowBytes(), 85, "tile");
        REQUIRE(bytes);
        const auto info = probeImage(*bytes, "tile");
        REQUIRE(info);
        CHECK(info->width == w);
        CHECK(info->height == h);
    }
}

TEST_CASE("bad tile requests and unwritable files are errors naming the file", "[image][pyramid]") {
    const ImageData source = gradient(16, 16);
    JpegEncoder encoder;
    CHECK_FALSE(encoder.encode(source.pixels.data(), 0, 16, source.rowBytes(), 85, "tile"));
    CHECK_FALSE(encoder.encode(source.pixels.data(), 16, 16, source.rowBytes(), 101, "tile"));
    const auto written = writeJpeg("/nonexistent-folder/tile.jpg", source, 85);
    REQUIRE_FALSE(written);
    CHECK(written.error().message.find("/nonexistent-folder/tile.jpg") != std::string::npos);
}
