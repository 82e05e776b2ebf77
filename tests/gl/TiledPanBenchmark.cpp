// Not a test: frame times of the tiled renderer panning a real pyramid at 1920x1080, for the
// performance notes. Hidden from the default run; `cloudtour_gl_tests "[.tilebench]"` in the
// release build prints the figures. It still fails if a frame shows a hole.
//
// Three renderers take turns frame by frame, so a busy machine slows them alike: the tiled
// renderer on pannellum.org's gallery pyramid, the cube renderer on that level stitched into a
// cube map (how pyramids were shown before), and one full-screen textured quad (a one-tile pyramid
// seen head on: the floor for any renderer on this machine).

#include "engine/render/OffscreenTarget.h"
#include "engine/render/PanoramaSource.h"
#include "engine/render/TiledRenderer.h"
#include "engine/render/TiledRendererFactory.h"
#include "tests/support/GlTestContext.h"
#include "tests/support/TestImages.h"
#include "tests/support/TestPyramid.h"
#include "tests/support/TestViews.h"

#include <catch2/catch.hpp>

#include <glad/gl.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

namespace cloudtour::test {
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Timings {
    std::vector<double> frames;
    double updateMs = 0.0; ///< summed

    void print(const char* what) const {
        std::vector<double> sorted = frames;
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&](double q) {
            return sorted[std::min(sorted.size() - 1, static_cast<std::size_t>(q * sorted.size()))];
        };
        std::printf("%-46s median %6.2f ms  p99 %6.2f ms  (update %.2f ms a frame)\n", what, at(0.5), at(0.99),
                    updateMs / static_cast<double>(frames.size()));
    }
};

render::TilePyramid gallery() {
    render::TilePyramid pyramid;
    pyramid.levels = render::pannellumLevels(4384, 512, 5);
    pyramid.folder = std::string(CLOUDTOUR_SHARED_DATA) + "/pannellum.org/static/images/multires/gallery";
    pyramid.pathTemplate = "/%l/%s%y_%x.jpg";
    return pyramid;
}

// One frame as the viewer's loop has it: update within the default budget, draw, wait for the GPU.
void frame(render::Renderer& renderer, const math::View& view, Timings& timings) {
    const auto start = Clock::now();
    render::UploadBudget budget(render::UploadBudget::kDefaultBytes);
    renderer.update(view, budget);
    timings.updateMs += msSince(start);
    renderer.draw(view, {});
    glFinish();
    timings.frames.push_back(msSince(start));
}

bool anyBackground(const image::ImageData& image) {
    for (std::size_t i = 0; i + 2 < image.pixels.size(); i += 3) {
        if (image.pixels[i] == 255 && image.pixels[i + 1] == 0 && image.pixels[i + 2] == 255) {
            return true;
        }
    }
    return false;
}

std::unique_ptr<render::Renderer> tiledOrThrow(const render::TilePyramid& pyramid, core::TaskPool& pool) {
    auto made = render::createTiledRenderer(pyramid, gpuCaps(), pool, {});
    if (!made) {
        throw std::runtime_error(made.error().message);
    }
    return std::move(*made);
}

} // namespace

TEST_CASE("tiled: frame times panning the gallery pyramid at 1920x1080", "[.tilebench]") {
    gpuCaps(); // makes the context current
    core::TaskPool pool(2);
    // The floor: one 2048-pixel tile a face, the front face filling a 90-degree view.
    const auto quadPyramid = writeFieldPyramid(smoothField, 2048, 2048, 1,
                                               std::string(CLOUDTOUR_TEST_OUTPUT) + "/tiled-pyramids/bench-quad");
    const auto quad = tiledOrThrow(quadPyramid, pool);
    const math::View quadView = makeView({0.0, 0.0, 0.0, 90.0, 1920, 1080});
    settleRenderer(*quad, quadView);
    auto tiledRenderer = tiledOrThrow(gallery(), pool);
    auto& tiled = dynamic_cast<render::TiledRenderer&>(*tiledRenderer);
    const math::View start = makeView({0.0, 0.0, 0.0, 100.0, 1920, 1080});
    const auto loadStart = Clock::now();
    settleRenderer(tiled, start);
    const double loadMs = msSince(loadStart);
    render::TilePyramid stitched = gallery();
    stitched.stitchLevel = tiled.stats().level;
    auto images = render::loadPanoramaImages(stitched, {});
    REQUIRE(images);
    const auto cube = createRendererOrThrow(*images, "gallery cube");

    auto target = render::OffscreenTarget::create(1920, 1080);
    REQUIRE(target);
    target->bind();
    Timings quadFrames, idle, cubeIdle, panning, cubePanning;
    for (int i = 0; i < 60; ++i) {
        frame(*quad, quadView, quadFrames);
        frame(tiled, start, idle);
        frame(*cube, start, cubeIdle);
    }
    // A full turn in 240 frames (90 degrees a second at 60 frames a second), pitch swaying.
    int holes = 0;
    std::size_t mostResident = 0;
    for (int i = 0; i < 240; ++i) {
        const double yaw = 1.5 * i;
        const math::View view =
            makeView({yaw > 180.0 ? yaw - 360.0 : yaw, 20.0 * std::sin(i / 20.0), 0.0, 100.0, 1920, 1080});
        glClearColor(1.0f, 0.0f, 1.0f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        frame(tiled, view, panning);
        if (i % 16 == 0 && anyBackground(target->readPixels())) {
            ++holes;
        }
        mostResident = std::max(mostResident, tiled.stats().resident);
        frame(*cube, view, cubePanning);
    }
    const render::TileStats stats = tiled.stats();
    std::printf("gallery pyramid (4384-pixel faces, 5 levels, 512-pixel tiles), 1920x1080, hfov 100\n");
    std::printf("first view fully loaded (pinned level and %zu tiles) in %.0f ms\n", stats.visible, loadMs);
    quadFrames.print("one full-screen textured quad (the floor)");
    idle.print("tiled, still");
    cubeIdle.print("cube map of the same level, still");
    panning.print("tiled, panning a full turn in 240 frames");
    cubePanning.print("cube map, the same pan");
    std::printf("level %d, %zu tiles in view, %zu resident after the turn (at most %zu), %.1f MiB on the GPU\n",
                stats.level + 1, stats.visible, stats.resident, mostResident,
                static_cast<double>(stats.gpuBytes) / (1 << 20));
    CHECK(holes == 0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

} // namespace cloudtour::test
