// A cube map made from the smooth field, drawn by the GPU against the CPU reference (the same face
// images), against the field itself, and against the equirect renderer showing the same field:
// the face order, each face's orientation and where faces meet.

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

// Every face head on, both poles, a view into a cube corner (where three faces meet), rolled and
// portrait views across edges.
const std::vector<ViewSpec>& cubeViews() {
    static const std::vector<ViewSpec> views = {
        {0.0, 0.0, 0.0, 90.0, 320, 240},     {90.0, 0.0, 0.0, 90.0, 320, 240},       {180.0, 0.0, 0.0, 90.0, 320, 240},
        {-90.0, 0.0, 0.0, 90.0, 320, 240},   {0.0, 90.0, 0.0, 90.0, 320, 240},       {0.0, -90.0, 0.0, 90.0, 320, 240},
        {45.0, 35.26, 20.0, 90.0, 320, 240}, {-135.0, -40.0, -15.0, 80.0, 240, 320},
    };
    return views;
}

// 128-pixel faces: a texel spans 0.9 degrees at a face's centre and 0.42 at its corners, more than
// the widest pixel of these views (0.36 degrees; 0.48 in the portrait one, whose corners the GPU
// therefore minifies slightly, which a smooth field does not notice).
render::CubeImages smoothCube() {
    return sampleCube(smoothField, 128);
}

} // namespace

TEST_CASE("cube: faces in order and the right way up match the CPU reference", "[gl]") {
    // The reference clamps at each face's edge where the GPU filters across it (seamless cube
    // maps); within half a texel of an edge the smooth field differs by at most 2 levels from that,
    // so the bound is kSameTexture's plus one. A half-texel shift moves the mean by over a level.
    const render::CubeImages cube = smoothCube();
    const auto renderer = createRendererOrThrow(cube, "smooth.cube");
    for (const ViewSpec& view : cubeViews()) {
        expectImagesMatch(renderView(*renderer, makeView(view)), referenceCube(cube, view), Tolerance{0.5, 3},
                          describe(view));
    }
}

TEST_CASE("cube: a cube made from a field shows that field", "[gl]") {
    const render::CubeImages cube = smoothCube();
    const auto renderer = createRendererOrThrow(cube, "smooth.cube");
    for (const ViewSpec& view : cubeViews()) {
        expectImagesMatch(renderView(*renderer, makeView(view)), referenceField(smoothField, view), kAnalytic,
                          describe(view));
    }
}

TEST_CASE("cube and equirect renderers show the same field the same way", "[gl]") {
    // Two renderers, two projections of one field: each within kAnalytic of it, so of each other
    // within twice the rounding (a level each way, the 8-bit steps falling differently).
    const auto cube = createRendererOrThrow(smoothCube(), "smooth.cube");
    const auto equirect =
        createRendererOrThrow(render::EquirectImage{sampleEquirect(smoothField, 512, 256), {}}, "smooth.equirect");
    for (const ViewSpec& view : cubeViews()) {
        const math::View engineView = makeView(view);
        expectImagesMatch(renderView(*cube, engineView), renderView(*equirect, engineView), Tolerance{0.6, 3},
                          describe(view));
    }
}

TEST_CASE("cube and equirect: zoomed out, the coarse mip levels still show the field", "[gl]") {
    // A pixel here spans up to 2 tan(60 deg) / 40 rad = 5 degrees: levels 2 to 4 of the 128-pixel
    // faces and 3 to 4 of the 512x256 equirect, so this checks the mip chains, which the views
    // above (magnified, level 0) never reach. A box-filtered level of the broad field loses about
    // a level of contrast at these sizes (1% of its amplitude at 16 texels), hence {1.5, 5}.
    // Filtered without the neighbouring face (GL cube maps are not seamless by default), the half
    // of a coarse texel next to a face's edge is clamped instead: up to 9 levels at the corner view.
    const auto cube = createRendererOrThrow(sampleCube(broadField, 128), "broad.cube");
    const auto equirect =
        createRendererOrThrow(render::EquirectImage{sampleEquirect(broadField, 512, 256), {}}, "broad.equirect");
    for (const ViewSpec& view : {ViewSpec{0.0, 0.0, 0.0, 120.0, 40, 30}, ViewSpec{45.0, 35.26, 0.0, 120.0, 40, 30},
                                 ViewSpec{-30.0, -90.0, 0.0, 120.0, 40, 30}}) {
        const image::ImageData expected = referenceField(broadField, view);
        expectImagesMatch(renderView(*cube, makeView(view)), expected, Tolerance{1.5, 5}, "cube " + describe(view));
        expectImagesMatch(renderView(*equirect, makeView(view)), expected, Tolerance{1.5, 5},
                          "equirect " + describe(view));
    }
}

} // namespace cloudtour::test
