// Where an equirect's rows land at high resolution. At 4096x2048 a texel spans 0.088 degrees, so a
// pitch computed with an error of a few hundredths of a degree moves every horizontal edge by a
// visible fraction of a texel (and by a whole texel at 16384x8192, the largest texture allowed).
// Mesa's GLSL asin() is a polynomial good to only 4e-4 rad (0.022 degrees, a quarter of a texel
// here, worst near 70 degrees of pitch); atan(y, length(xz)) is good to 3e-6 rad.

#include "engine/render/PanoramaImages.h"
#include "tests/gl/Tolerances.h"
#include "tests/support/GlTestContext.h"
#include "tests/support/ImageExpectations.h"
#include "tests/support/ReferenceRenderer.h"
#include "tests/support/TestImages.h"
#include "tests/support/TestViews.h"

#include <catch2/catch.hpp>

namespace cloudtour::test {

TEST_CASE("equirect: rows land at their pitch to a small fraction of a texel at 4096x2048", "[gl]") {
    // The checkerboard's horizontal edges (16 texels apart) and the polar cap's edge at 70 degrees,
    // seen through narrow views: a pixel spans at most 2 tan(15 deg) / 480 rad = 0.064 degrees (30 degrees is the
    // narrowest view allowed), under a texel, so the GPU magnifies level 0 like the reference. An edge of contrast 100
    // moved by a tenth of a texel changes pixels by 10 levels, far over kSameTexture's 2.
    const render::EquirectImage panorama{seamAndPolePattern(4096, 2048), {}};
    const auto renderer = createRendererOrThrow(panorama, "pattern-4096.equirect");
    for (const ViewSpec& view : {ViewSpec{30.0, 68.0, 0.0, 30.0, 480, 360}, ViewSpec{-100.0, 45.0, 0.0, 30.0, 480, 360},
                                 ViewSpec{150.0, -69.0, 0.0, 30.0, 480, 360}}) {
        expectImagesMatch(renderView(*renderer, makeView(view)), referenceEquirect(panorama, view), kSameTexture,
                          describe(view));
    }
}

} // namespace cloudtour::test
