#include "engine/image/AreaResize.h"

#include "engine/image/ParallelFor.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace cloudtour::image {
namespace {

// For each output texel of one axis: the first source texel it covers and the weights of the
// source texels from there (summing to 1).
struct AxisWeights {
    std::vector<int> first;
    std::vector<int> count;
    std::vector<float> weights; // `stride` per output texel
    int stride = 0;
};

AxisWeights axisWeights(int sourceSize, int outputSize) {
    const double scale = static_cast<double>(sourceSize) / outputSize;
    AxisWeights axis;
    axis.stride = static_cast<int>(std::ceil(scale)) + 1;
    axis.first.resize(static_cast<std::size_t>(outputSize));
    axis.count.resize(static_cast<std::size_t>(outputSize));
    axis.weights.assign(static_cast<std::size_t>(outputSize) * static_cast<std::size_t>(axis.stride), 0.0f);
    for (int i = 0; i < outputSize; ++i) {
        const double lo = i * scale;
        const double hi = std::min<double>(sourceSize, (i + 1) * scale);
        const int first = std::min(static_cast<int>(std::floor(lo)), sourceSize - 1);
        const int last = std::clamp(static_cast<int>(std::ceil(hi)) - 1, first, sourceSize - 1);
        const double covered = std::max(hi - lo, 1e-12);
        axis.first[static_cast<std::size_t>(i)] = first;
        axis.count[static_cast<std::size_t>(i)] = last - first + 1;
        for (int k = first; k <= last; ++k) {
            const double part = std::max(0.0, std::min<double>(hi, k + 1) - std::max<double>(lo, k));
            // A source texel narrower than the output one (enlarging) is covered whole.
            axis.weights[static_cast<std::size_t>(i * axis.stride + k - first)] =
                static_cast<float>(scale < 1.0 ? 1.0 / (last - first + 1) : part / covered);
        }
    }
    return axis;
}

// Output rows [begin, end): columns of the covered source rows summed with their vertical weights
// into `sums`, then each output texel from its horizontal weights.
void resizeRows(const ImageData& source, ImageData& out, const AxisWeights& across, const AxisWeights& down, int begin,
                int end) {
    std::vector<float> sums(static_cast<std::size_t>(source.width) * 3);
    for (int y = begin; y < end; ++y) {
        std::fill(sums.begin(), sums.end(), 0.0f);
        const auto yi = static_cast<std::size_t>(y);
        for (int k = 0; k < down.count[yi]; ++k) {
            const float weight = down.weights[yi * static_cast<std::size_t>(down.stride) + static_cast<std::size_t>(k)];
            const std::uint8_t* row = source.row(down.first[yi] + k);
            for (std::size_t i = 0; i < sums.size(); ++i) {
                sums[i] += weight * row[i];
            }
        }
        std::uint8_t* target = out.row(y);
        for (int x = 0; x < out.width; ++x) {
            const auto xi = static_cast<std::size_t>(x);
            const float* weights = &across.weights[xi * static_cast<std::size_t>(across.stride)];
            const float* column = &sums[static_cast<std::size_t>(across.first[xi]) * 3];
            float r = 0.0f, g = 0.0f, b = 0.0f;
            for (int k = 0; k < across.count[xi]; ++k) {
                r += weights[k] * column[k * 3];
                g += weights[k] * column[k * 3 + 1];
                b += weights[k] * column[k * 3 + 2];
            }
            target[x * 3] = static_cast<std::uint8_t>(std::clamp(r + 0.5f, 0.0f, 255.0f));
            target[x * 3 + 1] = static_cast<std::uint8_t>(std::clamp(g + 0.5f, 0.0f, 255.0f));
            target[x * 3 + 2] = static_cast<std::uint8_t>(std::clamp(b + 0.5f, 0.0f, 255.0f));
        }
    }
}

} // namespace

ImageData resizeArea(const ImageData& source, int width, int height, unsigned threads) {
    ImageData out = ImageData::allocate(width, height, 3);
    const AxisWeights across = axisWeights(source.width, width);
    const AxisWeights down = axisWeights(source.height, height);
    constexpr int kRowsPerItem = 32;
    parallelFor((height + kRowsPerItem - 1) / kRowsPerItem, threads, [&](int item) {
        resizeRows(source, out, across, down, item * kRowsPerItem, std::min(height, (item + 1) * kRowsPerItem));
        return true;
    });
    return out;
}

ImageData halveByArea(const ImageData& source, unsigned threads) {
    return resizeArea(source, (source.width + 1) / 2, (source.height + 1) / 2, threads);
}

} // namespace cloudtour::image
