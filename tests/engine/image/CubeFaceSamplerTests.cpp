// Cube faces resampled from an equirect, checked against the conventions as the tests' own
// SphereMapping.h writes them out (not the engine's table): each face's direction, orientation and
// texel centres, and the averaging near the poles.

#include "engine/image/CubeFaceSampler.h"
#include "tests/support/SphereMapping.h"
#include "tests/support/TestImages.h"

#include <catch2/catch.hpp>

#include <glm/geometric.hpp>

#include <cmath>
#include <cstdlib>

using namespace cloudtour;
using image::ImageData;

namespace {

glm::dvec3 engineDirection(int face, double s, double t) {
    const image::FaceDirection d = image::cubeFaceDirection(face, s, t);
    return {d.x, d.y, d.z};
}

// The worst channel difference and the mean difference between two images of one size.
struct Gap {
    int worst = 0;
    double mean = 0.0;
};

Gap gapBetween(const ImageData& a, const ImageData& b) {
    REQUIRE(a.width == b.width);
    REQUIRE(a.height == b.height);
    Gap gap;
    for (std::size_t i = 0; i < a.pixels.size(); ++i) {
        const int d = std::abs(int(a.pixels[i]) - int(b.pixels[i]));
        gap.worst = std::max(gap.worst, d);
        gap.mean += d;
    }
    gap.mean /= static_cast<double>(a.pixels.size());
    return gap;
}

} // namespace

TEST_CASE("face directions follow the documented cube orientation", "[image][pyramid]") {
    for (int face = 0; face < 6; ++face) {
        for (const double s : {0.0, 0.13, 0.5, 0.9, 1.0}) {
            for (const double t : {0.0, 0.27, 0.5, 0.77, 1.0}) {
                INFO("face " << face << " s " << s << " t " << t);
                const glm::dvec3 expected = test::cubeFaceDirection(face, s, t);
                CHECK(glm::length(engineDirection(face, s, t) - expected) < 1e-12);
            }
        }
    }
    // Spelled out: the front looks at yaw 0, the right face at yaw 90 degrees, up is the zenith.
    CHECK(test::yawOf(engineDirection(0, 0.5, 0.5)) == Approx(0.0).margin(1e-12));
    CHECK(test::yawOf(engineDirection(1, 0.5, 0.5)) == Approx(M_PI / 2));
    CHECK(test::pitchOf(engineDirection(4, 0.5, 0.5)) == Approx(M_PI / 2));
    CHECK(test::pitchOf(engineDirection(5, 0.5, 0.5)) == Approx(-M_PI / 2));
    // The right edge of the front face is the left edge of the right face.
    CHECK(glm::length(engineDirection(0, 1.0, 0.3) - engineDirection(1, 0.0, 0.3)) < 1e-12);
}

TEST_CASE("faces resampled from an equirect show the field the equirect was made from", "[image][pyramid]") {
    // The equirect's texel (about 0.35 degrees) is finer than the faces' (1.4 to 0.8 degrees), so
    // the only differences are a bilinear interpolation (and averaging) of a smooth field and 8-bit
    // rounding: measured worst 1 level, means 0.044 to 0.052 on the six faces. A face mirrored,
    // rotated by 90 degrees or shifted by a texel differs by tens of levels.
    const ImageData equirect = test::sampleEquirect(test::smoothField, 1024, 512);
    const render::CubeImages expected = test::sampleCube(test::smoothField, 64);
    for (int face = 0; face < 6; ++face) {
        INFO("face " << face);
        const ImageData sampled = image::sampleCubeFace(equirect, face, 64, 2);
        const Gap gap = gapBetween(sampled, expected.faces[static_cast<std::size_t>(face)]);
        INFO("worst " << gap.worst << " mean " << gap.mean);
        CHECK(gap.worst <= 2);
        CHECK(gap.mean <= 0.2);
    }
}

TEST_CASE("a face half a texel off would not pass such a comparison", "[image][pyramid]") {
    // The detailed field (period 9 degrees) against itself sampled half a face texel to the side:
    // the shift costs many times the resampling's own error (measured mean 3.1 against 0.15), so
    // a comparison like the one above catches a texel-centre mistake. (256-pixel faces from a 2048-wide equirect: both
    // texels small against the field's period, so the face's averaging does not blur it.)
    const ImageData equirect = test::sampleEquirect(test::detailedField, 2048, 1024);
    const ImageData sampled = image::sampleCubeFace(equirect, 0, 256, 2);
    const render::CubeImages right = test::sampleCube(test::detailedField, 256);
    const render::CubeImages shifted = test::sampleCube(
        [](const glm::dvec3& d) { return test::detailedField(d + glm::dvec3(1.0 / 256.0, 0, 0)); }, 256);
    const Gap same = gapBetween(sampled, right.faces[0]);
    const Gap off = gapBetween(sampled, shifted.faces[0]);
    INFO("same: worst " << same.worst << " mean " << same.mean << "; shifted: worst " << off.worst << " mean "
                        << off.mean);
    CHECK(same.mean < 0.5);
    CHECK(off.mean > 5.0 * same.mean);
}

TEST_CASE("near the poles a face texel averages the equirect columns it covers", "[image][pyramid]") {
    // Columns alternating black and white: every row is an even grey once averaged over more than
    // a few columns. Near the zenith a face texel spans dozens of columns; a single bilinear tap
    // would return black or white (aliasing), the taps spread over the footprint return grey.
    ImageData stripes = ImageData::allocate(512, 256, 3);
    for (int y = 0; y < stripes.height; ++y) {
        for (int x = 0; x < stripes.width; ++x) {
            std::fill_n(stripes.row(y) + x * 3, 3, static_cast<std::uint8_t>(x % 2 == 0 ? 0 : 255));
        }
    }
    const ImageData up = image::sampleCubeFace(stripes, 4, 32, 1);
    for (int y = 12; y < 20; ++y) {
        for (int x = 12; x < 20; ++x) {
            INFO(x << ", " << y);
            CHECK(std::abs(up.row(y)[x * 3] - 128) <= 24);
        }
    }
}
