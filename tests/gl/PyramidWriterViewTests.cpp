// Pyramids written by `cloudtour tile` (image::writePyramid), opened the way a tour opens them
// (config.json through the tour loader, the scene's tiles stitched by the viewer's multires path)
// and drawn by the cube renderer, against the equirect renderer drawing the source image: the same
// view must show the same picture, across face seams and at both poles, at the finest level and
// at a coarser one.

#include "engine/image/ImageLoader.h"
#include "engine/image/PyramidWriter.h"
#include "engine/render/PanoramaSource.h"
#include "engine/tour/TourLoader.h"
#include "tests/support/GlTestContext.h"
#include "tests/support/ImageCompare.h"
#include "tests/support/ImageExpectations.h"
#include "tests/support/ReferenceRenderer.h"
#include "tests/support/ScratchFolder.h"
#include "tests/support/TestImages.h"
#include "tests/support/TestViews.h"
#include "viewer/tour/TourBinder.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <vector>

namespace cloudtour::test {
namespace {

namespace fs = std::filesystem;

fs::path writeTestPyramid(const std::string& name, const image::ImageData& equirect, int tileSize) {
    const fs::path folder = freshScratchFolder("pyramid-view", name);
    image::PyramidOptions options;
    options.tileSize = tileSize;
    options.quality = 95;
    options.threads = 2;
    const auto layout = image::writePyramid(equirect, folder.string(), options);
    if (!layout) {
        FAIL(layout.error().message);
    }
    return folder;
}

// The scene a tour makes of the pyramid's config.json, loaded at the finest level whose faces fit
// maxFaceSize, as the viewer does.
std::unique_ptr<render::Renderer> openPyramid(const fs::path& folder, int maxFaceSize) {
    const tour::TourLoadResult result = tour::loadTour((folder / "config.json").string());
    REQUIRE(result.tour);
    REQUIRE(result.diagnostics.count(tour::Severity::Error) == 0);
    const auto source = viewer::panoramaSource(result.tour->scenes.at(0), gpuCaps(), maxFaceSize);
    if (!source) {
        FAIL(source.error().message);
    }
    const auto images = render::loadPanoramaImages(*source, {});
    if (!images) {
        FAIL(images.error().message);
    }
    return createRendererOrThrow(*images, folder.string());
}

// Each face head on, every kind of seam (side faces meeting, the front meeting the zenith face,
// a side meeting the nadir face, the equirect's own +-180 degree seam in the back face), both
// poles, and two cube corners where three faces meet.
const std::vector<ViewSpec>& seamViews() {
    static const std::vector<ViewSpec> views = {
        {0.0, 0.0, 0.0, 60.0, 320, 240},       {45.0, 0.0, 0.0, 60.0, 320, 240},   {180.0, 0.0, 0.0, 60.0, 320, 240},
        {-45.0, 20.0, 0.0, 60.0, 320, 240},    {0.0, 45.0, 0.0, 60.0, 320, 240},   {90.0, -45.0, 0.0, 60.0, 320, 240},
        {0.0, 90.0, 0.0, 60.0, 320, 240},      {30.0, -90.0, 0.0, 60.0, 320, 240}, {45.0, 35.26, 0.0, 60.0, 320, 240},
        {-135.0, -35.26, 0.0, 60.0, 320, 240},
    };
    return views;
}

} // namespace

TEST_CASE("pyramid: the finest level shows what the source equirect shows", "[gl][pyramid]") {
    // The detailed field (period 9 degrees, up to 62 levels a degree) on a 2048x1024 equirect,
    // tiled in 128-pixel tiles: faces of 648 pixels, 6 tiles a side with 8-pixel edge tiles, so
    // tile edges, partial tiles and face seams are all in view. Both renders filter their own
    // texture (bilinear, mipmapped); the pyramid adds a resampling and JPEG at quality 95.
    // Measured on llvmpipe: worst-channel means 0.85 to 1.06, largest difference 10 (the blue
    // channel, where 4:2:0 chroma meets the field's steepest colour slopes). The same view turned
    // by a quarter of a degree (under two face texels) measures worst-channel means of 2.5 to 8.3.
    constexpr Tolerance kPyramid{1.5, 16};
    const image::ImageData equirect = sampleEquirect(detailedField, 2048, 1024);
    const fs::path folder = writeTestPyramid("detailed", equirect, 128);
    const auto pyramid = openPyramid(folder, 4096);
    const auto source = createRendererOrThrow(render::EquirectImage{equirect, {}}, "detailed.equirect");
    for (const ViewSpec& view : seamViews()) {
        const image::ImageData fromPyramid = renderView(*pyramid, makeView(view));
        expectImagesMatch(fromPyramid, renderView(*source, makeView(view)), kPyramid, describe(view));
        ViewSpec turned = view;
        turned.yaw += 0.25;
        const ImageDifference wrong = difference(fromPyramid, renderView(*source, makeView(turned)));
        INFO(describe(view) << " turned a quarter degree: " << wrong.describe());
        CHECK(wrong.worstMean() > kPyramid.mean);
    }
}

TEST_CASE("pyramid: a coarser level shows the same field", "[gl][pyramid]") {
    // A 1024x512 smooth-field equirect in 64-pixel tiles: levels of 320, 160, 80 and 40 pixels.
    // Opened with faces of at most 100 pixels the viewer shows level 2 (80 pixels, made by two
    // area halvings), which must still show the field: features of the smooth field span 72
    // degrees or more, so 1.1-degree texels keep them. Measured: worst-channel means 0.99 to 1.33,
    // largest difference 10 (4:2:0 chroma: colour at 2.2-degree resolution where the field's colour
    // changes fastest). A view turned by 2 degrees (under two texels) measures 2.7 to 9.1.
    constexpr Tolerance kCoarse{1.6, 14};
    const fs::path folder = writeTestPyramid("coarse", sampleEquirect(smoothField, 1024, 512), 64);
    const auto pyramid = openPyramid(folder, 100);
    for (const ViewSpec& view : seamViews()) {
        const image::ImageData fromPyramid = renderView(*pyramid, makeView(view));
        expectImagesMatch(fromPyramid, referenceField(smoothField, view), kCoarse, describe(view));
        ViewSpec turned = view;
        turned.yaw += 2.0;
        const ImageDifference wrong = difference(fromPyramid, referenceField(smoothField, turned));
        INFO(describe(view) << " turned 2 degrees: " << wrong.describe());
        CHECK(wrong.worstMean() > kCoarse.mean);
    }
}

TEST_CASE("pyramid: a photograph tiled and shown again matches the photograph", "[gl][pyramid]") {
    // Pannellum's Jordan Pond photo (4096x2048): faces of 1296 pixels in 512-pixel tiles at the
    // default quality 85. Real texture never agrees pixel for pixel after a resampling, so, as in
    // PhotoEquirectCubeTests, the check is over 9x9-pixel local means. Measured: worst-channel
    // means 0.2 (sky) to 7.4 (the rock at the nadir, all fine grain, which the equirect renderer
    // draws from sharper rows near the pole), local maxima 1 to 6. A view turned by one degree
    // gives local maxima of 49 to 99, except in the empty sky (pitch 45 and up), where it is not
    // checked.
    const std::string photo = CLOUDTOUR_SHARED_DATA "/pannellum/examples/examplepano.jpg";
    if (!fs::exists(photo)) {
        FAIL("test photograph missing (see ../shared/data/MANIFEST.md): " << photo);
    }
    auto equirect = image::loadImageFile(photo);
    REQUIRE(equirect);
    const fs::path folder = writeTestPyramid("photo", *equirect, 512);
    const auto pyramid = openPyramid(folder, 4096);
    const auto source = createRendererOrThrow(render::EquirectImage{*equirect, {}}, photo);
    constexpr double kMeanBound = 10.0;
    constexpr int kLocalBound = 10;
    for (const ViewSpec& view : seamViews()) {
        const image::ImageData fromPyramid = renderView(*pyramid, makeView(view));
        const image::ImageData fromSource = renderView(*source, makeView(view));
        const double mean = difference(fromPyramid, fromSource).worstMean();
        const int local = difference(boxBlur(fromPyramid, 4), boxBlur(fromSource, 4)).worstMax();
        ViewSpec turned = view;
        turned.yaw += 1.0;
        const image::ImageData fromTurned = renderView(*source, makeView(turned));
        const int turnedLocal = difference(boxBlur(fromPyramid, 4), boxBlur(fromTurned, 4)).worstMax();
        INFO(describe(view) << ": mean " << mean << ", local max " << local << "; turned one degree: local max "
                            << turnedLocal);
        CHECK(mean <= kMeanBound);
        CHECK(local <= kLocalBound);
        if (view.pitch < 40.0) {
            CHECK(turnedLocal > kLocalBound);
        }
    }
}

} // namespace cloudtour::test
