// The tiled renderer on pyramids written by the test from a colour field (every level sampled at
// its own texel centres, cut into 64-pixel tiles: faces of 75, 150 and 300 pixels, so partial edge
// tiles of 11, 22 and 44 pixels), against the field itself, against the cube renderer showing the
// same texels, half loaded, and crossfading.

#include "engine/render/OffscreenTarget.h"
#include "engine/render/PanoramaSource.h"
#include "engine/render/TiledRenderer.h"
#include "engine/render/TiledRendererFactory.h"
#include "tests/gl/Tolerances.h"
#include "tests/support/GlTestContext.h"
#include "tests/support/ImageExpectations.h"
#include "tests/support/ReferenceRenderer.h"
#include "tests/support/TestImages.h"
#include "tests/support/TestPyramid.h"
#include "tests/support/TestViews.h"

#include <catch2/catch.hpp>

#include <glad/gl.h>

#include <filesystem>
#include <random>
#include <vector>

namespace cloudtour::test {
namespace {

constexpr int kCube = 300;
constexpr int kTile = 64;
constexpr int kLevels = 3;

std::string pyramidFolder(const std::string& name) {
    return std::string(CLOUDTOUR_TEST_OUTPUT) + "/tiled-pyramids/" + name;
}

// Faces head on, both poles, a cube corner, rolled and portrait views across face and tile edges.
const std::vector<ViewSpec>& tiledViews() {
    static const std::vector<ViewSpec> views = {
        {0.0, 0.0, 0.0, 90.0, 320, 240},     {90.0, 0.0, 0.0, 90.0, 320, 240},       {180.0, 0.0, 0.0, 90.0, 320, 240},
        {-90.0, 0.0, 0.0, 90.0, 320, 240},   {0.0, 90.0, 0.0, 90.0, 320, 240},       {0.0, -90.0, 0.0, 90.0, 320, 240},
        {45.0, 35.26, 20.0, 90.0, 320, 240}, {-135.0, -40.0, -15.0, 80.0, 240, 320},
    };
    return views;
}

struct Loaded {
    core::TaskPool pool{2}; // declared first: outlives the renderer
    std::unique_ptr<render::Renderer> renderer;
};

std::unique_ptr<Loaded> open(const render::TilePyramid& pyramid, render::TileSettings settings = {}) {
    auto loaded = std::make_unique<Loaded>();
    auto renderer = render::createTiledRenderer(pyramid, gpuCaps(), loaded->pool, settings);
    if (!renderer) {
        throw std::runtime_error(renderer.error().message);
    }
    loaded->renderer = std::move(*renderer);
    return loaded;
}

// Pixels the draw left at the clear colour (renderView clears to magenta), as "x,y" for messages.
std::vector<std::string> holes(const image::ImageData& image) {
    std::vector<std::string> found;
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            const std::uint8_t* p = image.row(y) + x * 3;
            if (p[0] == 255 && p[1] == 0 && p[2] == 255) {
                found.push_back(std::to_string(x) + "," + std::to_string(y));
            }
        }
    }
    return found;
}

void checkNoHoles(const image::ImageData& image, const std::string& label) {
    const auto found = holes(image);
    INFO(label << ": " << found.size() << " holes, the first at " << (found.empty() ? "-" : found.front()));
    CHECK(found.empty());
}

} // namespace

TEST_CASE("tiled: a pyramid made from a field shows that field", "[gl][tiles]") {
    const auto pyramid = writeFieldPyramid(smoothField, kCube, kTile, kLevels, pyramidFolder("smooth"));
    const auto loaded = open(pyramid);
    for (const ViewSpec& spec : tiledViews()) {
        const math::View view = makeView(spec);
        settleRenderer(*loaded->renderer, view);
        const image::ImageData actual = renderView(*loaded->renderer, view);
        checkNoHoles(actual, describe(spec));
        expectImagesMatch(actual, referenceField(smoothField, spec), Tolerance{0.5, 3}, describe(spec));
    }
}

TEST_CASE("tiled and cube renderers show the same texels in the same places", "[gl][tiles]") {
    // The detailed field changes by up to 62 levels a degree: a tile drawn a tenth of a texel
    // (0.04 degrees) off would move the mean by well over a level (measured: 0.21 to 0.32). Where
    // two tiles meet, each clamps to its own edge instead of blending with the other (the cube map
    // filters across): along those lines only, up to half a texel's change of the field (0.19
    // degrees at a face's centre, 12 levels) plus rounding, hence the larger maximum (measured 14).
    const auto pyramid = writeFieldPyramid(detailedField, kCube, kTile, kLevels, pyramidFolder("detailed"));
    const auto loaded = open(pyramid);
    const auto cube = createRendererOrThrow(sampleCube(detailedField, kCube), "detailed.cube");
    for (const ViewSpec& spec : tiledViews()) {
        const math::View view = makeView(spec);
        settleRenderer(*loaded->renderer, view);
        expectImagesMatch(renderView(*loaded->renderer, view), renderView(*cube, view), Tolerance{0.6, 16},
                          describe(spec));
    }
}

TEST_CASE("tiled: with only the smallest level loaded the view has no hole", "[gl][tiles]") {
    const auto pyramid = writeFieldPyramid(smoothField, kCube, kTile, kLevels, pyramidFolder("partial"));
    const auto loaded = open(pyramid);
    // Updated with a view that needs nothing finer (8 pixels wide): only the pinned level loads,
    // as when the scene is first shown.
    math::View tiny;
    tiny.setViewport(8, 8);
    settleRenderer(*loaded->renderer, tiny);
    REQUIRE(loaded->renderer->loadProgress() == 1.0f);
    const auto& tiled = dynamic_cast<const render::TiledRenderer&>(*loaded->renderer);
    REQUIRE(tiled.stats().resident == render::levelTiles(pyramid, 0).size()); // 2x2 tiles a face
    const auto full = open(pyramid);
    for (const ViewSpec& spec : tiledViews()) {
        const math::View view = makeView(spec);
        const image::ImageData partial = renderView(*loaded->renderer, view);
        checkNoHoles(partial, describe(spec));
        settleRenderer(*full->renderer, view);
        const image::ImageData detailed = renderView(*full->renderer, view);
        // Level 1 has 4 times fewer texels a side (1.2 degrees): the smooth field loses well under
        // a level on average (measured 0.28 to 0.34); along level 1's tile edges, clamped by half
        // of such a texel, up to 0.6 degrees of the field's 9 levels a degree (measured max 5). A
        // misplaced parent region would differ by tens of levels.
        expectImagesMatch(partial, detailed, Tolerance{1.0, 7}, describe(spec));
    }
}

TEST_CASE("tiled: a level whose tiles are missing falls back to the level below", "[gl][tiles]") {
    const auto pyramid = writeFieldPyramid(smoothField, kCube, kTile, kLevels, pyramidFolder("missing"));
    // Level 3 keeps only its first tile (so the level is not left out as absent): its other tiles
    // fail to load and level 2 stands in.
    for (const auto& id : render::levelTiles(pyramid, 2)) {
        if (!(id.face == 0 && id.row == 0 && id.column == 0)) {
            std::filesystem::remove(render::tilePath(pyramid, id));
        }
    }
    const auto loaded = open(pyramid);
    const ViewSpec spec{30.0, 10.0, 0.0, 90.0, 320, 240};
    settleRenderer(*loaded->renderer, makeView(spec));
    const image::ImageData actual = renderView(*loaded->renderer, makeView(spec));
    checkNoHoles(actual, describe(spec));
    expectImagesMatch(actual, referenceField(smoothField, spec), Tolerance{1.0, 4}, describe(spec));
    CHECK_THAT(loaded->renderer->loadNotice(),
               Catch::Contains("could not be read") && Catch::Contains("file not found"));
}

TEST_CASE("tiled: a pyramid whose smallest level is incomplete is refused, naming the tile", "[gl][tiles]") {
    // As the Manastirea export's scenes without their tile folders: nothing could be shown.
    const auto pyramid = writeFieldPyramid(smoothField, kCube, kTile, kLevels, pyramidFolder("no-base"));
    const std::string gone = render::tilePath(pyramid, {0, 3, 1, 0});
    std::filesystem::remove(gone);
    core::TaskPool pool(1);
    const auto made = render::createTiledRenderer(pyramid, gpuCaps(), pool, {});
    REQUIRE_FALSE(made);
    CHECK_THAT(made.error().message, Catch::StartsWith(gone + ": file not found"));
    render::TilePyramid tiny = pyramid;
    tiny.levels = render::pannellumLevels(300, 16, 3);
    const auto refused = render::createTiledRenderer(tiny, gpuCaps(), pool, {});
    REQUIRE_FALSE(refused);
    CHECK_THAT(refused.error().message, Catch::Contains("too small"));
}

TEST_CASE("tiled: levels without tiles are left out, with a notice", "[gl][tiles]") {
    // pannellum.org's library config says 6 levels and has 3: the missing ones are not asked for.
    auto pyramid = writeFieldPyramid(smoothField, kCube, kTile, kLevels, pyramidFolder("cut-short"));
    pyramid.levels = render::pannellumLevels(kCube * 4, kTile, kLevels + 2); // two more levels, absent
    REQUIRE(pyramid.levels[2].faceSize == kCube);
    const auto loaded = open(pyramid);
    CHECK(loaded->renderer->pixelsAround() == 4 * kCube);
    CHECK_THAT(loaded->renderer->loadNotice(), Catch::Contains("levels 4 to 5 are left out"));
    const ViewSpec spec{0.0, 0.0, 0.0, 30.0, 320, 240}; // would want level 5
    settleRenderer(*loaded->renderer, makeView(spec));
    const image::ImageData actual = renderView(*loaded->renderer, makeView(spec));
    checkNoHoles(actual, describe(spec));
    expectImagesMatch(actual, referenceField(smoothField, spec), Tolerance{0.5, 3}, describe(spec));
}

TEST_CASE("tiled: every pixel is drawn once, so a crossfade blends evenly", "[gl][tiles]") {
    // Drawn at half opacity over black: a pixel covered by two tiles would come out at 3/4.
    const auto pyramid = writeFieldPyramid(smoothField, kCube, kTile, kLevels, pyramidFolder("fade"));
    const auto loaded = open(pyramid);
    for (const ViewSpec& spec : tiledViews()) {
        const math::View view = makeView(spec);
        settleRenderer(*loaded->renderer, view);
        image::ImageData opaque = renderView(*loaded->renderer, view);
        auto target = render::OffscreenTarget::create(spec.width, spec.height);
        REQUIRE(target);
        target->bind();
        glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        loaded->renderer->draw(view, render::DrawOptions{0.5f});
        const image::ImageData faded = target->readPixels();
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glDisable(GL_BLEND);
        for (auto& value : opaque.pixels) {
            value = static_cast<std::uint8_t>((value + 1) / 2);
        }
        expectImagesMatch(faded, opaque, Tolerance{0.6, 1}, describe(spec));
    }
}

TEST_CASE("tiled: the real gallery pyramid matches its stitched level", "[gl][tiles]") {
    // pannellum.org's gallery (../shared/data): 1096-pixel faces at level 3 in 512-pixel tiles
    // with 72-pixel edge tiles. A 320x240 view at 60 degrees needs 554 texels a face: level 3.
    render::TilePyramid pyramid;
    pyramid.levels = render::pannellumLevels(4384, 512, 5);
    pyramid.folder = std::string(CLOUDTOUR_SHARED_DATA) + "/pannellum.org/static/images/multires/gallery";
    pyramid.pathTemplate = "/%l/%s%y_%x.jpg";
    pyramid.stitchLevel = 2;
    auto stitched = render::loadPanoramaImages(pyramid, {});
    REQUIRE(stitched);
    const auto cube = createRendererOrThrow(*stitched, "gallery level 3");
    const auto loaded = open(pyramid);
    const auto& tiled = dynamic_cast<const render::TiledRenderer&>(*loaded->renderer);
    for (const ViewSpec& spec : {ViewSpec{0.0, 0.0, 0.0, 60.0, 320, 240}, ViewSpec{100.0, 30.0, 0.0, 60.0, 320, 240},
                                 ViewSpec{-150.0, -50.0, 10.0, 60.0, 320, 240}}) {
        const math::View view = makeView(spec);
        settleRenderer(*loaded->renderer, view);
        CHECK(tiled.stats().level == 2);
        const image::ImageData actual = renderView(*loaded->renderer, view);
        checkNoHoles(actual, describe(spec));
        // Photographs have sharp edges: where tiles meet, clamping instead of the cube map's
        // filtering across shows at single pixels; over 5x5 pixels the two agree closely (measured:
        // mean 0.53, max 2; a tile a texel off gives a mean over 2).
        expectImagesMatch(boxBlur(actual, 2), boxBlur(renderView(*cube, view), 2), Tolerance{0.75, 4}, describe(spec));
    }
}

TEST_CASE("tiled: the tiles just around the view are loaded before it turns", "[gl][tiles]") {
    // Loaded for one view, then drawn turned by a tenth of its field of view without an update: it
    // must already be the full-detail picture (the loader fetched a quarter of a width around).
    const auto pyramid = writeFieldPyramid(detailedField, kCube, kTile, kLevels, pyramidFolder("around"));
    const auto loaded = open(pyramid);
    for (const ViewSpec& spec :
         {ViewSpec{10.0, 0.0, 0.0, 90.0, 320, 240}, ViewSpec{-100.0, 40.0, 0.0, 90.0, 320, 240}}) {
        settleRenderer(*loaded->renderer, makeView(spec));
        const ViewSpec turned{spec.yaw + 9.0, spec.pitch - 6.0, 0.0, spec.hfov, spec.width, spec.height};
        const image::ImageData before = renderView(*loaded->renderer, makeView(turned));
        settleRenderer(*loaded->renderer, makeView(turned));
        expectImagesMatch(before, renderView(*loaded->renderer, makeView(turned)), Tolerance{0.0, 0}, describe(turned));
    }
}

TEST_CASE("tiled: views all around the real pyramids have no hole, loaded or not", "[gl][tiles]") {
    // Random views (fixed seed), rolled and pitched towards the cube's edges and corners, where
    // faces meet in opposite directions: every pixel is drawn, first with only the smallest level
    // (as the scene is first shown), then with the view's own level. pannellum.org's gallery
    // and 6th-floor (partial edge tiles of 480, 448, 384 px) and a Marzipano scene of the
    // Manastirea export (its own layout).
    const std::string data = CLOUDTOUR_SHARED_DATA;
    render::TilePyramid gallery;
    gallery.levels = render::pannellumLevels(4384, 512, 5);
    gallery.folder = data + "/pannellum.org/static/images/multires/gallery";
    gallery.pathTemplate = "/%l/%s%y_%x.jpg";
    render::TilePyramid sixthFloor = gallery;
    sixthFloor.levels = render::pannellumLevels(3968, 512, 4);
    sixthFloor.folder = data + "/pannellum.org/static/images/multires/6th-floor";
    render::TilePyramid marzipano;
    marzipano.levels = render::pannellumLevels(2048, 512, 3);
    marzipano.folder = data + "/Manastirea/app-files/tiles/1-statia-2";
    marzipano.pathTemplate = "/%l/%s/%y/%x.jpg";
    std::mt19937 random(20261123);
    std::uniform_real_distribution<double> yaw(-180.0, 180.0), pitch(-90.0, 90.0), roll(-30.0, 30.0), hfov(30.0, 120.0);
    for (const auto& pyramid : {gallery, sixthFloor, marzipano}) {
        const auto loaded = open(pyramid);
        math::View tiny;
        tiny.setViewport(8, 8);
        settleRenderer(*loaded->renderer, tiny);
        for (int i = 0; i < 16; ++i) {
            const ViewSpec spec{yaw(random), pitch(random), roll(random), hfov(random), 200, 150};
            const math::View view = makeView(spec);
            checkNoHoles(renderView(*loaded->renderer, view), pyramid.folder + " before loading, " + describe(spec));
            settleRenderer(*loaded->renderer, view);
            checkNoHoles(renderView(*loaded->renderer, view), pyramid.folder + " loaded, " + describe(spec));
        }
    }
}

} // namespace cloudtour::test
