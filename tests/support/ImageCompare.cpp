#include "tests/support/ImageCompare.h"

#include "engine/image/ImageWriter.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace cloudtour::test {
namespace {

void requireComparable(const image::ImageData& a, const image::ImageData& b) {
    if (a.width != b.width || a.height != b.height || a.channels != 3 || b.channels != 3) {
        throw std::invalid_argument("images to compare must be RGB of one size (" + std::to_string(a.width) + "x" +
                                    std::to_string(a.height) + " vs " + std::to_string(b.width) + "x" +
                                    std::to_string(b.height) + ")");
    }
}

// File names from test names: anything but letters, digits, '-' and '.' becomes '_'.
std::string fileStem(const std::string& name) {
    std::string stem = name;
    std::replace_if(
        stem.begin(), stem.end(),
        [](char c) { return !std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.'; }, '_');
    return stem;
}

// Writes one failure image; returns its path, or why it could not be written.
std::string writeFailureImage(const std::string& stem, const char* suffix, const image::ImageData& image) {
    const std::filesystem::path folder(CLOUDTOUR_TEST_OUTPUT);
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    const std::string path = (folder / (stem + suffix)).string();
    auto written = image::writePng(path, image);
    return written ? path : "(not written: " + written.error().message + ")";
}

} // namespace

double ImageDifference::worstMean() const {
    return *std::max_element(mean.begin(), mean.end());
}

int ImageDifference::worstMax() const {
    return *std::max_element(max.begin(), max.end());
}

std::string ImageDifference::describe() const {
    std::ostringstream text;
    text.precision(3);
    text << "mean abs diff R/G/B " << mean[0] << "/" << mean[1] << "/" << mean[2] << ", max " << max[0] << "/" << max[1]
         << "/" << max[2];
    return text.str();
}

ImageDifference difference(const image::ImageData& a, const image::ImageData& b) {
    requireComparable(a, b);
    std::array<double, 3> sums{};
    ImageDifference result;
    for (std::size_t i = 0; i < a.pixels.size(); ++i) {
        const int d = std::abs(int{a.pixels[i]} - int{b.pixels[i]});
        sums[i % 3] += d;
        result.max[i % 3] = std::max(result.max[i % 3], d);
    }
    const double count = static_cast<double>(a.width) * a.height;
    for (int c = 0; c < 3; ++c) {
        result.mean[c] = count > 0 ? sums[c] / count : 0.0;
    }
    return result;
}

image::ImageData crop(const image::ImageData& image, int x, int y, int width, int height) {
    const int x0 = std::clamp(x, 0, image.width);
    const int y0 = std::clamp(y, 0, image.height);
    const int x1 = std::clamp(x + width, x0, image.width);
    const int y1 = std::clamp(y + height, y0, image.height);
    auto result = image::ImageData::allocate(x1 - x0, y1 - y0, image.channels);
    for (int row = y0; row < y1; ++row) {
        std::copy_n(image.row(row) + static_cast<std::size_t>(x0) * image.channels, result.rowBytes(),
                    result.row(row - y0));
    }
    return result;
}

image::ImageData boxBlur(const image::ImageData& image, int radius) {
    // A summed-area table per channel makes every window sum four lookups.
    const int w = image.width;
    const int h = image.height;
    const int n = image.channels;
    std::vector<std::int64_t> table(static_cast<std::size_t>((w + 1) * (h + 1) * n), 0);
    const auto at = [&](int x, int y, int c) -> std::int64_t& {
        return table[static_cast<std::size_t>((y * (w + 1) + x) * n + c)];
    };
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            for (int c = 0; c < n; ++c) {
                at(x + 1, y + 1, c) = image.row(y)[x * n + c] + at(x, y + 1, c) + at(x + 1, y, c) - at(x, y, c);
            }
        }
    }
    auto result = image::ImageData::allocate(w, h, n);
    for (int y = 0; y < h; ++y) {
        const int y0 = std::max(0, y - radius);
        const int y1 = std::min(h, y + radius + 1);
        for (int x = 0; x < w; ++x) {
            const int x0 = std::max(0, x - radius);
            const int x1 = std::min(w, x + radius + 1);
            const double area = static_cast<double>((x1 - x0) * (y1 - y0));
            for (int c = 0; c < n; ++c) {
                const std::int64_t sum = at(x1, y1, c) - at(x0, y1, c) - at(x1, y0, c) + at(x0, y0, c);
                result.row(y)[x * n + c] = static_cast<std::uint8_t>(std::lround(static_cast<double>(sum) / area));
            }
        }
    }
    return result;
}

image::ImageData amplifiedDifference(const image::ImageData& a, const image::ImageData& b, int gain) {
    requireComparable(a, b);
    auto result = image::ImageData::allocate(a.width, a.height, 3);
    for (std::size_t i = 0; i < a.pixels.size(); ++i) {
        const int d = std::abs(int{a.pixels[i]} - int{b.pixels[i]}) * gain;
        result.pixels[i] = static_cast<std::uint8_t>(std::min(d, 255));
    }
    return result;
}

Comparison compareImages(const image::ImageData& actual, const image::ImageData& expected, Tolerance tolerance,
                         const std::string& name) {
    const std::string stem = fileStem(name);
    Comparison result;
    if (expected.empty() || expected.width != actual.width || expected.height != actual.height) {
        result.message = name + ": the expected image is missing or of another size (" +
                         std::to_string(expected.width) + "x" + std::to_string(expected.height) + " for an actual " +
                         std::to_string(actual.width) + "x" + std::to_string(actual.height) +
                         "); actual: " + writeFailureImage(stem, ".actual.png", actual);
        return result;
    }
    result.measured = difference(actual, expected);
    result.passed = result.measured.worstMean() <= tolerance.mean && result.measured.worstMax() <= tolerance.max;
    std::ostringstream text;
    text << name << ": " << result.measured.describe() << " (allowed mean " << tolerance.mean << ", max "
         << tolerance.max << ")";
    if (!result.passed) {
        text << "\n  actual:   " << writeFailureImage(stem, ".actual.png", actual)
             << "\n  expected: " << writeFailureImage(stem, ".expected.png", expected)
             << "\n  diff x8:  " << writeFailureImage(stem, ".diff.png", amplifiedDifference(actual, expected, 8));
    }
    result.message = text.str();
    return result;
}

} // namespace cloudtour::test
