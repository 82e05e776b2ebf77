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

#include <cmath>
#include <numbers>

namespace cloudtour::test {
namespace {

// Screen column where the seam crosses the middle row: where the reference rays' yaw jumps from +pi
// to -pi between neighbouring pixels.
int seamColumn(const ViewSpec& view) {
    const double y = 0.5 * view.height;
    for (int x = 1; x < view.width; ++x) {
        const double left = yawOf(referenceRay(view, x - 0.5, y));
        const double right = yawOf(referenceRay(view, x + 0.5, y));
        if (left - right > std::numbers::pi) {
            return x;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("equirect: no line at the +-180 degree seam", "[gl]") {
    // 512x256 is magnified at these views (see EquirectViewTests), so the reference's bilinear
    // filter is what the GPU must do, and the bands of different colours either side of the seam
    // make any mistake there show.
    const render::EquirectImage panorama{seamAndPolePattern(512, 256), {}};
    const auto renderer = createRendererOrThrow(panorama, "seam.equirect");
    for (const ViewSpec& view : {ViewSpec{180.0, 0.0, 0.0, 90.0, 320, 240}, ViewSpec{179.9, 0.0, 0.0, 90.0, 320, 240},
                                 ViewSpec{-179.9, 20.0, 0.0, 60.0, 240, 320}}) {
        const image::ImageData actual = renderView(*renderer, makeView(view));
        const image::ImageData expected = referenceEquirect(panorama, view);
        expectImagesMatch(actual, expected, kSameTexture, describe(view));

        const int seam = seamColumn(view);
        INFO("seam at column " << seam << " for " << describe(view));
        REQUIRE(seam > 8);
        REQUIRE(seam < view.width - 8);
        // The test means something only if the two sides differ: the last columns (left of the seam,
        // yaw just under +180) are red, the first (right of it) blue.
        const std::uint8_t* middle = expected.row(view.height / 2);
        CHECK(middle[3 * (seam - 4)] > middle[3 * (seam - 4) + 2] + 100);
        CHECK(middle[3 * (seam + 3) + 2] > middle[3 * (seam + 3)] + 100);
        // The eight columns around the seam on their own, so a one-pixel line there cannot hide in a
        // whole-image mean.
        const int x = seam - 4;
        expectImagesMatch(crop(actual, x, 0, 8, view.height), crop(expected, x, 0, 8, view.height), kSameTexture,
                          describe(view) + " seam band");
    }
}

} // namespace cloudtour::test
