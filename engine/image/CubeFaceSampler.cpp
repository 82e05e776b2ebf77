#include "engine/image/CubeFaceSampler.h"

#include "engine/image/ParallelFor.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>

namespace cloudtour::image {
namespace {

constexpr double kPi = std::numbers::pi;

// Each face's centre axis, and the world directions of its columns (left to right) and rows (top
// to bottom); see Geometry.h's CubeFace.
struct FaceAxes {
    FaceDirection forward, right, down;
};

constexpr std::array<FaceAxes, 6> kFaceAxes = {{
    {{0, 0, -1}, {1, 0, 0}, {0, -1, 0}},  // front, yaw 0
    {{1, 0, 0}, {0, 0, 1}, {0, -1, 0}},   // right, yaw 90
    {{0, 0, 1}, {-1, 0, 0}, {0, -1, 0}},  // back
    {{-1, 0, 0}, {0, 0, -1}, {0, -1, 0}}, // left
    {{0, 1, 0}, {1, 0, 0}, {0, 0, -1}},   // up: its bottom row meets the front face
    {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}},   // down: its top row meets the front face
}};

// Bilinear lookups in a full equirect whose texel (x, y) is centred on yaw (x + 0.5) / W * 2pi - pi
// and pitch pi/2 - (y + 0.5) / H * pi: wraps across the +-180 degree seam, clamps at the poles.
class EquirectLookup {
public:
    explicit EquirectLookup(const ImageData& image)
        : mImage(image), mColumnsPerRadian(image.width / (2.0 * kPi)), mRowsPerRadian(image.height / kPi) {}

    // Adds the bilinear value at yaw, pitch (radians) to sum.
    void addBilinear(double yaw, double pitch, std::array<double, 3>& sum) const {
        const double u = (yaw + kPi) * mColumnsPerRadian - 0.5;
        const double v = (0.5 * kPi - pitch) * mRowsPerRadian - 0.5;
        const double x0f = std::floor(u);
        const double y0f = std::floor(v);
        const auto fx = static_cast<float>(u - x0f);
        const auto fy = static_cast<float>(v - y0f);
        const int width = mImage.width;
        int x0 = static_cast<int>(x0f);
        if (x0 < 0 || x0 >= width) { // across the seam (a division only there)
            x0 %= width;
            x0 += x0 < 0 ? width : 0;
        }
        const int x1 = x0 + 1 == width ? 0 : x0 + 1;
        const int y0 = std::clamp(static_cast<int>(y0f), 0, mImage.height - 1);
        const int y1 = std::clamp(static_cast<int>(y0f) + 1, 0, mImage.height - 1);
        const std::uint8_t* top = mImage.row(y0);
        const std::uint8_t* bottom = mImage.row(y1);
        for (int c = 0; c < 3; ++c) {
            const float upper = top[x0 * 3 + c] + fx * static_cast<float>(top[x1 * 3 + c] - top[x0 * 3 + c]);
            const float lower = bottom[x0 * 3 + c] + fx * static_cast<float>(bottom[x1 * 3 + c] - bottom[x0 * 3 + c]);
            sum[static_cast<std::size_t>(c)] += upper + fy * (lower - upper);
        }
    }

    // The mean over a texel of `angle` radians at yaw, pitch. Along yaw the texel spans
    // angle / cos(pitch) radians of the equirect (its rows shrink towards the poles), along pitch
    // `angle`: one bilinear tap per equirect texel covered (rounded, at least one), so the taps
    // are about a texel apart and their mean is the area's. No cap: evenly spaced taps further
    // apart than a texel alias with regular patterns. The count stays small in total: near a pole
    // the footprint grows as 1 / distance while the ring of face texels shrinks as distance (a
    // 32768-wide equirect adds about 3 million taps in all).
    void sample(double yaw, double pitch, double cosPitch, double angle, std::uint8_t* out) const {
        const double yawSpan = std::min(2.0 * kPi, angle / std::max(cosPitch, 1e-12));
        // Both spans are at most the image's size, so adding a half and truncating rounds them.
        const int tapsU = std::max(1, static_cast<int>(yawSpan * mColumnsPerRadian + 0.5));
        const int tapsV = std::clamp(static_cast<int>(angle * mRowsPerRadian + 0.5), 1, mImage.height);
        std::array<double, 3> sum{};
        if (tapsU == 1 && tapsV == 1) { // most texels: one tap, no spreading arithmetic
            addBilinear(yaw, pitch, sum);
            for (std::size_t c = 0; c < 3; ++c) {
                out[c] = static_cast<std::uint8_t>(std::clamp(sum[c] + 0.5, 0.0, 255.0));
            }
            return;
        }
        for (int j = 0; j < tapsV; ++j) {
            const double tapPitch = pitch + angle * ((j + 0.5) / tapsV - 0.5);
            for (int i = 0; i < tapsU; ++i) {
                addBilinear(yaw + yawSpan * ((i + 0.5) / tapsU - 0.5), tapPitch, sum);
            }
        }
        const double scale = 1.0 / (static_cast<double>(tapsU) * tapsV);
        for (std::size_t c = 0; c < 3; ++c) {
            out[c] = static_cast<std::uint8_t>(std::clamp(sum[c] * scale + 0.5, 0.0, 255.0));
        }
    }

private:
    const ImageData& mImage;
    double mColumnsPerRadian;
    double mRowsPerRadian;
};

} // namespace

FaceDirection cubeFaceDirection(int face, double s, double t) {
    const FaceAxes& axes = kFaceAxes[static_cast<std::size_t>(face)];
    const double a = 2.0 * s - 1.0;
    const double b = 2.0 * t - 1.0;
    return {axes.forward.x + a * axes.right.x + b * axes.down.x, axes.forward.y + a * axes.right.y + b * axes.down.y,
            axes.forward.z + a * axes.right.z + b * axes.down.z};
}

void sampleCubeFaceRows(const ImageData& equirect, int face, ImageData& out, int rowBegin, int rowEnd) {
    const EquirectLookup lookup(equirect);
    const int size = out.width;
    // A face texel spans 2 / size on the unit-distance face plane, which subtends about
    // (2 / size) / |d| radians at distance |d| (exact at the centre, generous by up to sqrt 3 at
    // the corners, where it errs towards one more tap).
    const double texelPlane = 2.0 / size;
    // On the four side faces each column lies on one meridian: its yaw and its distance from the
    // vertical axis hold down the whole column, so they are computed once a column, which saves
    // one atan2 of two a texel there.
    const bool side = kFaceAxes[static_cast<std::size_t>(face)].forward.y == 0.0;
    std::vector<double> yaws, horizontals;
    if (side) {
        yaws.resize(static_cast<std::size_t>(size));
        horizontals.resize(static_cast<std::size_t>(size));
        for (int i = 0; i < size; ++i) {
            const FaceDirection d = cubeFaceDirection(face, (i + 0.5) / size, 0.5);
            yaws[static_cast<std::size_t>(i)] = std::atan2(d.x, -d.z);
            horizontals[static_cast<std::size_t>(i)] = std::sqrt(d.x * d.x + d.z * d.z);
        }
    }
    for (int j = rowBegin; j < rowEnd; ++j) {
        std::uint8_t* row = out.row(j);
        const double t = (j + 0.5) / size;
        for (int i = 0; i < size; ++i) {
            const FaceDirection d = cubeFaceDirection(face, (i + 0.5) / size, t);
            const auto column = static_cast<std::size_t>(i);
            const double horizontal = side ? horizontals[column] : std::sqrt(d.x * d.x + d.z * d.z);
            const double yaw = side ? yaws[column] : std::atan2(d.x, -d.z);
            const double length = std::sqrt(horizontal * horizontal + d.y * d.y);
            lookup.sample(yaw, std::atan2(d.y, horizontal), horizontal / length, texelPlane / length, row + i * 3);
        }
    }
}

ImageData sampleCubeFace(const ImageData& equirect, int face, int size, unsigned threads) {
    ImageData out = ImageData::allocate(size, size, 3);
    parallelFor(size, threads, [&](int row) {
        sampleCubeFaceRows(equirect, face, out, row, row + 1);
        return true;
    });
    return out;
}

} // namespace cloudtour::image
