#pragma once

#include "engine/image/ImageData.h"

#include <array>
#include <string>

namespace cloudtour::test {

/// Per-channel absolute differences between two RGB images of one size, in 0-255 levels.
struct ImageDifference {
    std::array<double, 3> mean{};
    std::array<int, 3> max{};

    /// The worst channel's mean and the worst channel's maximum.
    [[nodiscard]] double worstMean() const;
    [[nodiscard]] int worstMax() const;
    [[nodiscard]] std::string describe() const;
};

/// Differences; both images must be RGB of the same size (throws otherwise).
ImageDifference difference(const image::ImageData& a, const image::ImageData& b);

/// A rectangle of an image (clamped to it).
image::ImageData crop(const image::ImageData& image, int x, int y, int width, int height);

/// Each pixel replaced by the mean of the (2 radius + 1)^2 square around it (clamped at the border):
/// comparing blurred images measures what differs over an area, not pixel-sized resampling noise.
image::ImageData boxBlur(const image::ImageData& image, int radius);

/// |a - b| per channel, multiplied by `gain` and clamped, so small differences become visible.
image::ImageData amplifiedDifference(const image::ImageData& a, const image::ImageData& b, int gain);

/// Bounds on ImageDifference::worstMean and worstMax.
struct Tolerance {
    double mean = 0.0;
    int max = 0;
};

struct Comparison {
    bool passed = false;
    ImageDifference measured;
    /// The measured values; on failure also why and where the images were written.
    std::string message;
};

/// Compares an actual image with the expected one. A missing (empty) expected image or one of
/// another size fails. On failure writes <CLOUDTOUR_TEST_OUTPUT>/<name>.actual.png, .expected.png
/// and .diff.png (x8) and names them in the message.
Comparison compareImages(const image::ImageData& actual, const image::ImageData& expected, Tolerance tolerance,
                         const std::string& name);

} // namespace cloudtour::test
