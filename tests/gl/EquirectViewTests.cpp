// A full equirectangular panorama drawn by the GPU against the CPU reference, over views that turn,
// tilt, roll and change aspect. Both sample the same 8-bit texture; the views are sized so the GPU
// magnifies it everywhere and samples level 0 bilinearly, exactly what the reference does, so the
// two may differ only by rounding.

#include "engine/render/PanoramaImages.h"
#include "tests/gl/Tolerances.h"
#include "tests/support/GlTestContext.h"
#include "tests/support/ImageExpectations.h"
#include "tests/support/ReferenceRenderer.h"
#include "tests/support/TestImages.h"
#include "tests/support/TestViews.h"

#include <catch2/catch.hpp>

#include <vector>

namespace cloudtour::test {
namespace {

// 512x256: a texel spans 0.70 degrees, more than a pixel anywhere in these views (the widest pixel,
// at the centre, spans 2 tan(hfov/2) / width radians: 0.36 degrees at 90 degrees over 320 pixels,
// 0.48 over 240), so the GPU's mip level is below 0 and it uses the bilinear magnification filter.
render::EquirectImage detailedPanorama() {
    return {sampleEquirect(detailedField, 512, 256), {}};
}

} // namespace

TEST_CASE("equirect: the centre view matches the CPU reference", "[gl]") {
    const render::EquirectImage panorama = detailedPanorama();
    const auto renderer = createRendererOrThrow(panorama, "detailed.equirect");
    const ViewSpec view{0.0, 0.0, 0.0, 90.0, 320, 240};
    expectImagesMatch(renderView(*renderer, makeView(view)), referenceEquirect(panorama, view), kSameTexture,
                      describe(view));
}

TEST_CASE("equirect: turned, tilted and rolled views of several aspects match the CPU reference", "[gl]") {
    const render::EquirectImage panorama = detailedPanorama();
    const auto renderer = createRendererOrThrow(panorama, "detailed.equirect");
    const std::vector<ViewSpec> views = {
        {30.0, 20.0, 0.0, 90.0, 320, 240},     {-75.0, -35.0, 0.0, 80.0, 320, 240}, {120.0, 10.0, 15.0, 90.0, 240, 320},
        {-150.0, 50.0, -30.0, 70.0, 400, 200}, {60.0, -70.0, 45.0, 90.0, 320, 240}, {-20.0, 75.0, 90.0, 60.0, 240, 320},
    };
    for (const ViewSpec& view : views) {
        expectImagesMatch(renderView(*renderer, makeView(view)), referenceEquirect(panorama, view), kSameTexture,
                          describe(view));
    }
}

TEST_CASE("equirect: a smooth panorama shows the field it was sampled from", "[gl]") {
    // Against the analytic field instead of a resampling of the texture: this would catch an error
    // the reference shared with the engine (a convention misread in both).
    const render::EquirectImage panorama{sampleEquirect(smoothField, 512, 256), {}};
    const auto renderer = createRendererOrThrow(panorama, "smooth.equirect");
    for (const ViewSpec& view :
         {ViewSpec{0.0, 0.0, 0.0, 90.0, 320, 240}, ViewSpec{135.0, -40.0, 20.0, 90.0, 320, 240}}) {
        expectImagesMatch(renderView(*renderer, makeView(view)), referenceField(smoothField, view), kAnalytic,
                          describe(view));
    }
}

} // namespace cloudtour::test
