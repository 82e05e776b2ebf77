// The box filter between pyramid levels: exact 2x2 means for even sizes, area weights that keep
// each texel's footprint in place for odd ones.

#include "engine/image/AreaResize.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstdlib>

using cloudtour::image::halveByArea;
using cloudtour::image::ImageData;
using cloudtour::image::resizeArea;

namespace {

// Every channel of texel (x, y) from one function.
template <typename F>
ImageData makeImage(int width, int height, F value) {
    ImageData image = ImageData::allocate(width, height, 3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            for (int c = 0; c < 3; ++c) {
                image.row(y)[x * 3 + c] = static_cast<std::uint8_t>(value(x, y, c));
            }
        }
    }
    return image;
}

int at(const ImageData& image, int x, int y, int c = 0) {
    return image.row(y)[x * 3 + c];
}

double meanOf(const ImageData& image) {
    double sum = 0.0;
    for (const std::uint8_t value : image.pixels) {
        sum += value;
    }
    return sum / static_cast<double>(image.pixels.size());
}

} // namespace

TEST_CASE("halving an even size is the 2x2 box filter", "[image][pyramid]") {
    const ImageData source = makeImage(4, 2, [](int x, int y, int c) { return 10 * x + 100 * y + c; });
    const ImageData half = halveByArea(source, 1);
    REQUIRE(half.width == 2);
    REQUIRE(half.height == 1);
    // (0 + 10 + 100 + 110) / 4 and (20 + 30 + 120 + 130) / 4, each channel shifted by c.
    CHECK(at(half, 0, 0) == 55);
    CHECK(at(half, 1, 0) == 75);
    CHECK(at(half, 1, 0, 2) == 77);
}

TEST_CASE("halving an odd size weighs texels by the area each output texel covers", "[image][pyramid]") {
    // Three texels onto two: each output texel covers one and a half source texels.
    const ImageData source = makeImage(3, 1, [](int x, int, int) { return 90 * x; });
    const ImageData half = halveByArea(source, 1);
    REQUIRE(half.width == 2);
    REQUIRE(half.height == 1);
    CHECK(at(half, 0, 0) == 30);  // (0 + 90 / 2) / 1.5
    CHECK(at(half, 1, 0) == 150); // (90 / 2 + 180) / 1.5
}

TEST_CASE("odd sizes keep a ramp's values where the texel centres are", "[image][pyramid]") {
    // Output texel i covers source [i * 7/4, (i + 1) * 7/4): over a ramp its mean is within a level
    // of the ramp at its centre (the source's steps make it inexact). A 2x2 box repeating the last
    // column would give 45 and 60 for the last two texels instead of 38.75 and 56.25.
    const ImageData source = makeImage(7, 7, [](int x, int, int) { return 10 * x; });
    const ImageData half = halveByArea(source, 2);
    REQUIRE(half.width == 4);
    REQUIRE(half.height == 4);
    for (int i = 0; i < 4; ++i) {
        const double centre = (i + 0.5) * 7.0 / 4.0 - 0.5;
        INFO(i);
        CHECK(std::abs(at(half, i, 3) - 10.0 * centre) <= 1.0);
    }
}

TEST_CASE("a flat image stays flat and the mean is kept at every size", "[image][pyramid]") {
    for (int width = 1; width <= 9; ++width) {
        for (int height = 1; height <= 9; ++height) {
            INFO(width << "x" << height);
            const ImageData flat = makeImage(width, height, [](int, int, int c) { return 37 + c; });
            const ImageData half = halveByArea(flat, 2);
            CHECK(half.width == (width + 1) / 2);
            CHECK(half.height == (height + 1) / 2);
            for (int y = 0; y < half.height; ++y) {
                for (int x = 0; x < half.width; ++x) {
                    CHECK(at(half, x, y, 1) == 38);
                }
            }
            const ImageData varied =
                makeImage(width, height, [](int x, int y, int c) { return (x * 53 + y * 97 + c * 31) % 256; });
            CHECK(meanOf(halveByArea(varied, 2)) == Approx(meanOf(varied)).margin(0.5));
        }
    }
}

TEST_CASE("any reduction averages the covered area, and threads do not change the result", "[image][pyramid]") {
    const ImageData source = makeImage(300, 200, [](int x, int y, int c) { return (x * 7 + y * 13 + c * 50) % 256; });
    const ImageData one = resizeArea(source, 128, 100, 1);
    const ImageData two = resizeArea(source, 128, 100, 2);
    CHECK(one.pixels == two.pixels);
    CHECK(meanOf(one) == Approx(meanOf(source)).margin(0.5));
    // Reducing 300 to 100 columns by three: texel 5 is the mean of columns 15, 16 and 17.
    const ImageData third = resizeArea(source, 100, 200, 1);
    const int expected = (at(source, 15, 4) + at(source, 16, 4) + at(source, 17, 4) + 1) / 3;
    CHECK(std::abs(at(third, 5, 4) - expected) <= 1);
}
