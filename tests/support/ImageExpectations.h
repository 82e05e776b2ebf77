#pragma once

#include "engine/image/ImageData.h"
#include "tests/support/ImageCompare.h"

#include <string>

namespace cloudtour::test {

/// Catch check that two images match within a tolerance. The label tells apart several comparisons
/// in one test; files written on failure are named after the running test and the label. The
/// message with the measured values shows on failure, and for passing checks with `-s`.
ImageDifference expectImagesMatch(const image::ImageData& actual, const image::ImageData& expected, Tolerance tolerance,
                                  const std::string& label);

} // namespace cloudtour::test
