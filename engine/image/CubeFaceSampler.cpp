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
        : mPixels(image.pixels.data()), mRowBytes(image.rowBytes()), mWidth(image.width), mHeight(image.height),
          mColumnsPerRadian(image.width / (2.0 * kPi)), mRowsPerRadian(image.height / kPi) {}

    // The bilinear value at yaw, pitch (radians), added to sum.
    void addBilinear(double yaw, double pitch, std::array<float, 3>& sum) const {
        const double u = (yaw + kPi) * mColumnsPerRadian - 0.5;
        const double v = (0.5 * kPi - pitch) * mRowsPerRadian - 0.5;
        const double x0f = std::floor(u);
        const double y0f = std::floor(v);
        const auto fx = static_cast<float>(u - x0f);
        const auto fy = static_cast<float>(v - y0f);
        int x0 = static_cast<int>(x0f);
        if (x0 < 0 || x0 >= mWidth) { // across the seam (a division only there)
            x0 %= mWidth;
            x0 += x0 < 0 ? mWidth : 0;
        }
        const int x1 = x0 + 1 == mWidth ? 0 : x0 + 1;
        const int y0 = std::clamp(static_cast<int>(y0f), 0, mHeight - 1);
        const int y1 = std::min(y0 + 1, mHeight - 1);
        const std::uint8_t* top = mPixels + static_cast<std::size_t>(y0) * mRowBytes;
        const std::uint8_t* bottom = mPixels + static_cast<std::size_t>(y1) * mRowBytes;
        const std::size_t left = static_cast<std::size_t>(x0) * 3;
        const std::size_t right = static_cast<std::size_t>(x1) * 3;
        for (std::size_t c = 0; c < 3; ++c) {
            const float upper = top[left + c] + fx * static_cast<float>(top[right + c] - top[left + c]);
            const float lower = bottom[left + c] + fx * static_cast<float>(bottom[right + c] - bottom[left + c]);
            sum[c] += upper + fy * (lower - upper);
        }
    }

    // The mean over a texel of `angle` radians at yaw, pitch. Along yaw the texel spans
    // angle / cos(pitch) radians of the equirect (its rows shrink towards the poles), along pitch
    // `angle`: one bilinear tap per equirect texel covered (rounded, at least one), so the taps
    // are about a texel apart and their mean is the area's. No cap: evenly spaced taps further
    // apart than a texel alias with regular patterns. At the default face size the side faces
    // never need a second tap; the up and down faces need 0.74 extra taps a texel on average
    // (the footprint grows as 1 / distance from the pole while the ring of texels shrinks as
    // the distance, so even the pole itself adds little).
    [[nodiscard]] std::array<float, 3> sample(double yaw, double pitch, double cosPitch, double angle) const {
        const double yawSpan = std::min(2.0 * kPi, angle / std::max(cosPitch, 1e-12));
        // Both spans are at most the image's size, so adding a half and truncating rounds them.
        const int tapsU = std::max(1, static_cast<int>(yawSpan * mColumnsPerRadian + 0.5));
        const int tapsV = std::clamp(static_cast<int>(angle * mRowsPerRadian + 0.5), 1, mHeight);
        std::array<float, 3> sum{};
        if (tapsU == 1 && tapsV == 1) { // most texels: one tap, no spreading arithmetic
            addBilinear(yaw, pitch, sum);
            return sum;
        }
        // Row by row in float (a row is at most one image width of taps), rows summed in double.
        std::array<double, 3> total{};
        for (int j = 0; j < tapsV; ++j) {
            const double tapPitch = pitch + angle * ((j + 0.5) / tapsV - 0.5);
            std::array<float, 3> row{};
            for (int i = 0; i < tapsU; ++i) {
                addBilinear(yaw + yawSpan * ((i + 0.5) / tapsU - 0.5), tapPitch, row);
            }
            for (std::size_t c = 0; c < 3; ++c) {
                total[c] += row[c];
            }
        }
        const double scale = 1.0 / (static_cast<double>(tapsU) * tapsV);
        for (std::size_t c = 0; c < 3; ++c) {
            sum[c] = static_cast<float>(total[c] * scale);
        }
        return sum;
    }

private:
    const std::uint8_t* mPixels;
    std::size_t mRowBytes;
    int mWidth;
    int mHeight;
    double mColumnsPerRadian;
    double mRowsPerRadian;
};

void store(const std::array<float, 3>& colour, std::uint8_t* out) {
    for (std::size_t c = 0; c < 3; ++c) {
        out[c] = static_cast<std::uint8_t>(std::clamp(colour[c] + 0.5f, 0.0f, 255.0f));
    }
}

// Inline in the sampling loop (the public cubeFaceDirection is a call away).
inline FaceDirection directionOnFace(const FaceAxes& axes, double s, double t) {
    const double a = 2.0 * s - 1.0;
    const double b = 2.0 * t - 1.0;
    return {axes.forward.x + a * axes.right.x + b * axes.down.x, axes.forward.y + a * axes.right.y + b * axes.down.y,
            axes.forward.z + a * axes.right.z + b * axes.down.z};
}

} // namespace

FaceDirection cubeFaceDirection(int face, double s, double t) {
    return directionOnFace(kFaceAxes[static_cast<std::size_t>(face)], s, t);
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
    const FaceAxes& axes = kFaceAxes[static_cast<std::size_t>(face)];
    const bool side = axes.forward.y == 0.0;
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
            const FaceDirection d = directionOnFace(axes, (i + 0.5) / size, t);
            const auto column = static_cast<std::size_t>(i);
            const double horizontal = side ? horizontals[column] : std::sqrt(d.x * d.x + d.z * d.z);
            const double yaw = side ? yaws[column] : std::atan2(d.x, -d.z);
            const double length = std::sqrt(horizontal * horizontal + d.y * d.y);
            store(lookup.sample(yaw, std::atan2(d.y, horizontal), horizontal / length, texelPlane / length),
                  row + i * 3);
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
