// Looking straight up and straight down, where every column of an equirect meets in one point: the
// orientation of the content around the pole (yaw sign, which way up the screen is) and the
// filtering of the rows that shrink into it.

#include "engine/render/PanoramaImages.h"
#include "tests/gl/Tolerances.h"
#include "tests/support/GlTestContext.h"
#include "tests/support/ImageExpectations.h"
#include "tests/support/ReferenceRenderer.h"
#include "tests/support/TestImages.h"
#include "tests/support/TestViews.h"

#include <catch2/catch.hpp>

namespace cloudtour::test {

TEST_CASE("equirect: the poles match the CPU reference", "[gl]") {
    // A colour wheel around each cap (a different one at each pole): turned, mirrored or swapped
    // poles all show. Magnified at these views, as in EquirectViewTests.
    const render::EquirectImage panorama{seamAndPolePattern(512, 256), {}};
    const auto renderer = createRendererOrThrow(panorama, "poles.equirect");
    for (const ViewSpec& view :
         {ViewSpec{0.0, 90.0, 0.0, 90.0, 320, 240}, ViewSpec{0.0, -90.0, 0.0, 90.0, 320, 240},
          ViewSpec{40.0, 90.0, 25.0, 80.0, 240, 320}, ViewSpec{-120.0, -90.0, 0.0, 90.0, 320, 240}}) {
        expectImagesMatch(renderView(*renderer, makeView(view)), referenceEquirect(panorama, view), kSameTexture,
                          describe(view));
    }
}

TEST_CASE("equirect: the poles of a smooth panorama show the field it was sampled from", "[gl]") {
    // Near a pole a pixel spans many texels of a row; whatever mip level the GPU picks there, a
    // smooth field barely changes across them, so the analytic value is the right answer.
    const render::EquirectImage panorama{sampleEquirect(smoothField, 512, 256), {}};
    const auto renderer = createRendererOrThrow(panorama, "smooth.equirect");
    for (const ViewSpec& view : {ViewSpec{0.0, 90.0, 0.0, 90.0, 320, 240}, ViewSpec{0.0, -90.0, 0.0, 90.0, 320, 240}}) {
        expectImagesMatch(renderView(*renderer, makeView(view)), referenceField(smoothField, view), kAnalytic,
                          describe(view));
    }
}

} // namespace cloudtour::test
