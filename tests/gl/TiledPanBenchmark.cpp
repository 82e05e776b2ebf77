// Not a test: frame times of the tiled renderer panning a real pyramid at 1920x1080, for the
// performance notes. Hidden from the default run; `cloudtour_gl_tests "[.tilebench]" -s` in the
// release build prints the figures. It still fails if a frame shows a hole.

#include "engine/render/OffscreenTarget.h"
#include "engine/render/PanoramaSource.h"
#include "engine/render/TiledRenderer.h"
#include "engine/render/TiledRendererFactory.h"
#include "tests/support/GlTestContext.h"
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

struct Figures {
    double median = 0.0;
    double p99 = 0.0;
    double worst = 0.0;
};

Figures figures(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * ms.size()))]; };
    return {at(0.5), at(0.99), ms.back()};
}

render::TilePyramid gallery() {
    render::TilePyramid pyramid;
    pyramid.levels = render::pannellumLevels(4384, 512, 5);
    pyramid.folder = std::string(CLOUDTOUR_SHARED_DATA) + "/pannellum.org/static/images/multires/gallery";
    pyramid.pathTemplate = "/%l/%s%y_%x.jpg";
    return pyramid;
}

double gUpdateMs = 0.0; // summed over the frames, for the share of update() in them

// One frame as the viewer's loop has it: update within the default budget, draw, wait for the GPU.
double frame(render::Renderer& renderer, const math::View& view) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    render::UploadBudget budget(render::UploadBudget::kDefaultBytes);
    renderer.update(view, budget);
    gUpdateMs += std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    renderer.draw(view, {});
    glFinish();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

bool anyBackground(const image::ImageData& image) {
    for (std::size_t i = 0; i + 2 < image.pixels.size(); i += 3) {
        if (image.pixels[i] == 255 && image.pixels[i + 1] == 0 && image.pixels[i + 2] == 255) {
            return true;
        }
    }
    return false;
}

void print(const char* what, const Figures& f) {
    std::printf("%-44s median %6.2f ms  p99 %6.2f ms  max %6.2f ms\n", what, f.median, f.p99, f.worst);
}

} // namespace

TEST_CASE("tiled: frame times panning the gallery pyramid at 1920x1080", "[.tilebench]") {
    gpuCaps(); // makes the context current
    auto target = render::OffscreenTarget::create(1920, 1080);
    REQUIRE(target);
    target->bind();
    core::TaskPool pool(2);
    auto made = render::createTiledRenderer(gallery(), gpuCaps(), pool, {});
    REQUIRE(made);
    auto& renderer = dynamic_cast<render::TiledRenderer&>(**made);
    const math::View start = makeView({0.0, 0.0, 0.0, 100.0, 1920, 1080});
    const auto loadStart = std::chrono::steady_clock::now();
    settleRenderer(renderer, start);
    const double loadMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - loadStart).count();
    std::vector<double> idle;
    gUpdateMs = 0.0;
    for (int i = 0; i < 100; ++i) {
        idle.push_back(frame(renderer, start));
    }
    const double idleUpdateMs = gUpdateMs / 100.0;
    // A full turn in 240 frames (90 degrees a second at 60 frames a second), pitch swaying.
    std::vector<double> panning;
    int holes = 0;
    gUpdateMs = 0.0;
    for (int i = 0; i < 240; ++i) {
        const double yaw = 1.5 * i;
        const math::View view =
            makeView({yaw > 180.0 ? yaw - 360.0 : yaw, 20.0 * std::sin(i / 20.0), 0.0, 100.0, 1920, 1080});
        glClearColor(1.0f, 0.0f, 1.0f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        panning.push_back(frame(renderer, view));
        if (i % 16 == 0 && anyBackground(target->readPixels())) {
            ++holes;
        }
    }
    const double panUpdateMs = gUpdateMs / 240.0;
    const render::TileStats stats = renderer.stats();
    // The same view drawn by the cube renderer from the level's stitched faces (the previous way).
    render::TilePyramid stitched = gallery();
    stitched.stitchLevel = stats.level;
    auto images = render::loadPanoramaImages(stitched, {});
    REQUIRE(images);
    const auto cube = createRendererOrThrow(*images, "gallery cube");
    target->bind();
    std::vector<double> cubeFrames;
    for (int i = 0; i < 100; ++i) {
        cubeFrames.push_back(frame(*cube, start));
    }
    std::printf("gallery pyramid (4384-pixel faces, 5 levels), 1920x1080, hfov 100, llvmpipe\n");
    std::printf("first view fully loaded in %.0f ms\n", loadMs);
    print("tiled, idle (update + draw + glFinish)", figures(idle));
    print("tiled, panning a full turn in 240 frames", figures(panning));
    print("cube map of the same level, idle", figures(cubeFrames));
    std::printf("update() takes %.2f ms a frame idle, %.2f ms panning (uploads included)\n", idleUpdateMs, panUpdateMs);
    std::printf("level %d, %zu tiles visible, %zu resident (%zu pinned), %.1f MiB on the GPU\n", stats.level + 1,
                stats.visible, stats.resident, stats.pinned, static_cast<double>(stats.gpuBytes) / (1 << 20));
    CHECK(holes == 0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

} // namespace cloudtour::test
