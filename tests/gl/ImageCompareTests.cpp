// The image comparison the [gl] tests rely on (no GL needed): it must measure what it says, fail
// when it should, and leave the images a person needs to see why.

#include "tests/support/ImageCompare.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <string>

namespace cloudtour::test {
namespace {

image::ImageData grey(int width, int height, std::uint8_t level) {
    auto image = image::ImageData::allocate(width, height, 3);
    std::fill(image.pixels.begin(), image.pixels.end(), level);
    return image;
}

bool mentionsExistingFile(const std::string& message, const std::string& suffix) {
    const std::size_t end = message.find(suffix);
    if (end == std::string::npos) {
        return false;
    }
    const std::size_t start = message.rfind(' ', end) + 1;
    return std::filesystem::exists(message.substr(start, end + suffix.size() - start));
}

} // namespace

TEST_CASE("image compare: measures per channel and passes within the tolerance", "[gl]") {
    const image::ImageData expected = grey(10, 10, 100);
    image::ImageData actual = expected;
    actual.row(3)[3 * 4 + 1] = 110; // one green value 10 levels off
    const Comparison comparison = compareImages(actual, expected, Tolerance{0.2, 10}, "compare-pass");
    INFO(comparison.message);
    CHECK(comparison.passed);
    CHECK(comparison.measured.max[0] == 0);
    CHECK(comparison.measured.max[1] == 10);
    CHECK(comparison.measured.mean[1] == Approx(0.1));
    CHECK_FALSE(compareImages(actual, expected, Tolerance{0.2, 9}, "compare-max").passed);
    CHECK_FALSE(compareImages(actual, expected, Tolerance{0.05, 10}, "compare-mean").passed);
}

TEST_CASE("image compare: a failure writes actual, expected and diff images and names them", "[gl]") {
    const Comparison comparison = compareImages(grey(8, 8, 50), grey(8, 8, 60), Tolerance{1.0, 2}, "compare fail");
    INFO(comparison.message);
    CHECK_FALSE(comparison.passed);
    CHECK(mentionsExistingFile(comparison.message, "compare_fail.actual.png"));
    CHECK(mentionsExistingFile(comparison.message, "compare_fail.expected.png"));
    CHECK(mentionsExistingFile(comparison.message, "compare_fail.diff.png"));
}

TEST_CASE("image compare: a missing or mismatched expected image fails", "[gl]") {
    const Comparison missing =
        compareImages(grey(8, 8, 50), image::ImageData{}, Tolerance{255.0, 255}, "compare missing");
    INFO(missing.message);
    CHECK_FALSE(missing.passed);
    CHECK(mentionsExistingFile(missing.message, "compare_missing.actual.png"));
    CHECK_FALSE(compareImages(grey(8, 8, 50), grey(8, 9, 50), Tolerance{255.0, 255}, "compare size").passed);
}

} // namespace cloudtour::test
