#include "engine/image/MipChain.h"

#include <catch2/catch.hpp>

using namespace cloudtour::image;

namespace {

ImageData gradient(int width, int height) {
    ImageData image = ImageData::allocate(width, height, 3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            std::uint8_t* p = image.row(y) + x * 3;
            p[0] = static_cast<std::uint8_t>(x * 10);
            p[1] = static_cast<std::uint8_t>(y * 10);
            p[2] = 200;
        }
    }
    return image;
}

} // namespace

TEST_CASE("halveImage averages each 2x2 block", "[image]") {
    const ImageData half = halveImage(gradient(4, 2));
    REQUIRE(half.width == 2);
    REQUIRE(half.height == 1);
    // Columns 0,1 -> red (0+10)/2 = 5; columns 2,3 -> (20+30)/2 = 25; rows 0,1 -> green 5.
    CHECK(int(half.row(0)[0]) == 5);
    CHECK(int(half.row(0)[3]) == 25);
    CHECK(int(half.row(0)[1]) == 5);
    CHECK(int(half.row(0)[2]) == 200);
}

TEST_CASE("halveImage folds the odd last column and row into the last texel", "[image]") {
    const ImageData half = halveImage(gradient(5, 3));
    REQUIRE(half.width == 2);
    REQUIRE(half.height == 1);
    // The last output column covers source columns 2, 3 and 4: red (20+30+40)/3 = 30.
    CHECK(int(half.row(0)[3]) == 30);
    // The only output row covers source rows 0, 1 and 2: green (0+10+20)/3 = 10.
    CHECK(int(half.row(0)[4]) == 10);
}

TEST_CASE("buildMipChain follows GL level sizes down to 1x1", "[image]") {
    const auto levels = buildMipChain(gradient(13, 6));
    REQUIRE(levels.size() == 3);
    CHECK(levels[0].width == 6);
    CHECK(levels[0].height == 3);
    CHECK(levels[1].width == 3);
    CHECK(levels[1].height == 1);
    CHECK(levels[2].width == 1);
    CHECK(levels[2].height == 1);
    CHECK(int(levels[2].row(0)[2]) == 200);
}
