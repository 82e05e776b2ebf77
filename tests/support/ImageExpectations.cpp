#include "tests/support/ImageExpectations.h"

#include <catch2/catch.hpp>

namespace cloudtour::test {

ImageDifference expectImagesMatch(const image::ImageData& actual, const image::ImageData& expected, Tolerance tolerance,
                                  const std::string& label) {
    const std::string name = Catch::getResultCapture().getCurrentTestName() + " - " + label;
    const Comparison comparison = compareImages(actual, expected, tolerance, name);
    INFO(comparison.message);
    CHECK(comparison.passed);
    return comparison.measured;
}

} // namespace cloudtour::test
