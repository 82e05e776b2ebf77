// Looking across the +-180 degree seam of a full equirect, where the texture's last column meets
// its first: the GPU must filter across it (GL_REPEAT) and choose the mip level from the continuous
// angle, not from u, which jumps by 1 there (a wrong level draws a one-pixel line of the image's
// average colour down the seam).

#include "engine/render/PanoramaImages.h"
#include "tests/gl/Tolerances.h"
#include "tests/support/GlTestContext.h"
#include "tests/support/ImageExpectations.h"
#include "tests/support/ReferenceRenderer.h"
#include "tests/support/SphereMapping.h"
#include "tests/support/TestImages.h"
#include "tests/support/TestViews.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace cloudtour::test {
namespace {

constexpr int kBandHalfWidth = 4;

// Screen column where the seam crosses a row: where the reference rays' yaw jumps from +pi to -pi
// between neighbouring pixels (the first pixel right of the seam), or -1.
int seamColumn(const ViewSpec& view, int row) {
    for (int x = 1; x < view.width; ++x) {
        const double left = yawOf(referenceRay(view, x - 0.5, row + 0.5));
        const double right = yawOf(referenceRay(view, x + 0.5, row + 0.5));
        if (left - right > std::numbers::pi) {
            return x;
        }
    }
    return -1;
}

// The pixels around the seam, row by row (the seam may slant), as an image of their own: a line
// one pixel wide there cannot then hide in a whole-image mean.
image::ImageData seamBand(const image::ImageData& image, const std::vector<int>& seamColumns) {
    auto band = image::ImageData::allocate(2 * kBandHalfWidth, image.height, 3);
    for (int y = 0; y < image.height; ++y) {
        const int x = seamColumns[static_cast<std::size_t>(y)] - kBandHalfWidth;
        std::copy_n(image.row(y) + 3 * x, band.rowBytes(), band.row(y));
    }
    return band;
}

} // namespace

TEST_CASE("equirect: no line at the +-180 degree seam", "[gl]") {
    // 512x256 is magnified at these views (see EquirectViewTests), so the reference's bilinear
    // filter is what the GPU must do, and the bands of different colours either side of the seam
    // make any mistake there show. GPUs choose the mip level per 2x2 pixel block: the seam falls
    // between blocks at yaw 180 and inside them at 179.64 (column 161) and in the rolled view.
    const render::EquirectImage panorama{seamAndPolePattern(512, 256), {}};
    const auto renderer = createRendererOrThrow(panorama, "seam.equirect");
    for (const ViewSpec& view : {ViewSpec{180.0, 0.0, 0.0, 90.0, 320, 240}, ViewSpec{179.64, 0.0, 0.0, 90.0, 320, 240},
                                 ViewSpec{-179.9, 20.0, 15.0, 60.0, 240, 320}}) {
        const image::ImageData actual = renderView(*renderer, makeView(view));
        const image::ImageData expected = referenceEquirect(panorama, view);
        expectImagesMatch(actual, expected, kSameTexture, describe(view));

        std::vector<int> seam;
        for (int y = 0; y < view.height; ++y) {
            seam.push_back(seamColumn(view, y));
        }
        INFO("seam from column " << seam.front() << " (top row) to " << seam.back() << " (bottom row)");
        REQUIRE(*std::min_element(seam.begin(), seam.end()) >= kBandHalfWidth);
        REQUIRE(*std::max_element(seam.begin(), seam.end()) <= view.width - kBandHalfWidth);
        // The test means something only if the two sides differ: the last columns (left of the seam,
        // yaw just under +180) are red, the first (right of it) blue.
        const int middle = view.height / 2;
        const std::uint8_t* row = expected.row(middle);
        const int left = seam[static_cast<std::size_t>(middle)] - kBandHalfWidth;
        const int right = seam[static_cast<std::size_t>(middle)] + kBandHalfWidth - 1;
        CHECK(row[3 * left] > row[3 * left + 2] + 100);
        CHECK(row[3 * right + 2] > row[3 * right] + 100);
        expectImagesMatch(seamBand(actual, seam), seamBand(expected, seam), kSameTexture,
                          describe(view) + " seam band");
    }
}

} // namespace cloudtour::test
