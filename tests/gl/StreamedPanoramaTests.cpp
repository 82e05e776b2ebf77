// A panorama that loads itself: a quick 1/8 preview first, then the full resolution streamed to
// the GPU within each frame's upload budget, drawing the same as a texture uploaded in one go.

#include "engine/core/TaskPool.h"
#include "engine/image/ImageLoader.h"
#include "engine/render/GlObjects.h"
#include "engine/render/RendererFactory.h"
#include "engine/render/StreamedPanorama.h"
#include "tests/gl/Tolerances.h"
#include "tests/support/GlTestContext.h"
#include "tests/support/ImageExpectations.h"
#include "tests/support/TestViews.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <thread>

namespace cloudtour::test {
namespace {

const std::string kChamber = std::string(CLOUDTOUR_SOURCE_DIR) + "/assets/sample/chamber.jpg";

struct Pumped {
    int updates = 0;
    int updatesShown = -1; ///< first update after which something was drawable
    bool previewFirst = false;
};

// Runs the main-thread side until the panorama has finished (or failed), as the viewer's loop does.
Pumped pump(render::StreamedPanorama& panorama, std::uint64_t budgetBytes, const math::View& view) {
    Pumped result;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!panorama.finished() && std::chrono::steady_clock::now() < deadline) {
        render::UploadBudget budget(budgetBytes);
        panorama.update(view, budget);
        ++result.updates;
        if (result.updatesShown < 0 && panorama.loadProgress() >= 1.0f) {
            result.updatesShown = result.updates;
            result.previewFirst = !panorama.finished();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return result;
}

} // namespace

TEST_CASE("streamed panorama: a preview shows first and the final frame matches a one-shot upload", "[gl]") {
    // 21 screen pixels a degree against the texture's 11.4: magnified, so level 0 alone is sampled.
    const math::View view = makeView({30.0, 10.0, 0.0, 30.0, 640, 360});
    core::TaskPool pool(2);
    render::StreamedPanorama panorama(render::EquirectFile{kChamber, {}}, gpuCaps(), pool, {});
    CHECK(panorama.loadProgress() == 0.0f);

    // 1 MiB a frame: the 4096x2048 texture and its mips (32 MiB of RGB) take many frames.
    const Pumped pumped = pump(panorama, 1u << 20, view);
    REQUIRE(panorama.finished());
    REQUIRE_FALSE(panorama.loadError());
    CHECK(pumped.previewFirst);
    CHECK(pumped.updates - pumped.updatesShown >= 24);
    CHECK(panorama.detailProgress() == 1.0f);
    CHECK(panorama.pixelsAround() == 4096);

    auto decoded = image::loadImageFile(kChamber);
    REQUIRE(decoded.ok());
    const auto oneShot = createRendererOrThrow(render::EquirectImage{*decoded, {}}, "chamber.jpg");
    // Same texels at level 0.
    expectImagesMatch(renderView(panorama, view), renderView(*oneShot, view), kSameTexture, "magnified-equal");
    // Minified, the CPU's box-filtered mips stand in for glGenerateMipmap's: both average 2x2 texels
    // but round differently (measured mean 0.7, max 2). A mip level shifted by a texel or a level
    // built from the wrong face gives tens of levels.
    const math::View wide = makeView({-120.0, -30.0, 0.0, 120.0, 320, 240});
    expectImagesMatch(renderView(panorama, wide), renderView(*oneShot, wide), {1.0, 3}, "minified-mips");
}

TEST_CASE("streamed panorama: the preview is the same scene, only softer", "[gl]") {
    const math::View view = makeView({0.0, 0.0, 0.0, 100.0, 320, 240});
    core::TaskPool pool(2);
    render::StreamedPanorama panorama(render::EquirectFile{kChamber, {}}, gpuCaps(), pool, {{}, true, 0, {}});
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (panorama.loadProgress() < 1.0f && std::chrono::steady_clock::now() < deadline) {
        render::UploadBudget budget(1u << 20);
        panorama.update(view, budget);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    REQUIRE(panorama.loadProgress() == 1.0f);
    pool.waitIdle();
    render::UploadBudget budget(64u << 20);
    panorama.update(view, budget);
    CHECK_FALSE(panorama.finished()); // preview only: the full decode was never asked for
    CHECK(panorama.pixelsAround() == 512);
    const auto preview = renderView(panorama, view);

    panorama.requestDetail();
    pump(panorama, 64u << 20, view);
    REQUIRE(panorama.finished());
    const auto full = renderView(panorama, view);
    // Blurred to the preview's resolution, both show the same picture in the same place.
    expectImagesMatch(boxBlur(preview, 3), boxBlur(full, 3), {4.0, 40}, "preview-vs-full");
}

TEST_CASE("streamed panorama: cube faces stream into a cube map", "[gl]") {
    const std::string dir = std::string(CLOUDTOUR_SOURCE_DIR) + "/tests/data/tours/valid/images/cube/";
    render::CubeFiles files;
    const std::array<const char*, 6> names = {"front", "right", "back", "left", "up", "down"};
    for (std::size_t i = 0; i < 6; ++i) {
        files.paths[i] = dir + names[i] + ".png";
    }
    const math::View view = makeView({45.0, 20.0, 0.0, 90.0, 200, 150});
    core::TaskPool pool(2);
    render::StreamedPanorama panorama(files, gpuCaps(), pool, {});
    pump(panorama, 4096, view);
    REQUIRE(panorama.finished());
    REQUIRE_FALSE(panorama.loadError());
    auto images = render::loadPanoramaImages(files, {});
    REQUIRE(images.ok());
    const auto oneShot = createRendererOrThrow(*images, "cube");
    expectImagesMatch(renderView(panorama, view), renderView(*oneShot, view), kSameTexture, "cube");
}

TEST_CASE("streamed panorama: a missing file is an error naming it, and nothing is shown", "[gl]") {
    core::TaskPool pool(2);
    render::StreamedPanorama panorama(render::EquirectFile{"/nonexistent/pano.jpg", {}}, gpuCaps(), pool, {});
    pump(panorama, 1u << 20, makeView({}));
    REQUIRE(panorama.loadError());
    CHECK(panorama.loadError()->message == "/nonexistent/pano.jpg: file not found");
    CHECK(panorama.loadProgress() == 0.0f);
}

TEST_CASE("streamed panorama: an image over the GPU limit is decoded smaller and says so", "[gl]") {
    render::GpuCaps small = gpuCaps();
    small.maxTextureSize = 1024; // as a GPU with a 1024 limit would report
    core::TaskPool pool(2);
    render::StreamedPanorama panorama(render::EquirectFile{kChamber, {}}, small, pool, {});
    pump(panorama, 64u << 20, makeView({}));
    REQUIRE(panorama.finished());
    REQUIRE_FALSE(panorama.loadError());
    CHECK(panorama.pixelsAround() == 1024);
    CHECK(panorama.loadNotice() == kChamber + ": shown at 1/4 resolution (1024x512), the most this GPU takes in one "
                                              "texture; `cloudtour tile` keeps every pixel");
}

TEST_CASE("streamed panorama: dropped while loading, it leaves no GL object behind", "[gl]") {
    const int textures = render::liveGlObjects(render::GlObjectKind::Texture);
    const int programs = render::liveGlObjects(render::GlObjectKind::Program);
    core::TaskPool pool(2);
    for (int round = 0; round < 6; ++round) {
        render::StreamedPanorama panorama(render::EquirectFile{kChamber, {}}, gpuCaps(), pool, {});
        // Cut at different points: before anything arrived, after the preview, mid-stream.
        for (int i = 0; i < round * 40; ++i) {
            render::UploadBudget budget(256u << 10);
            panorama.update(makeView({}), budget);
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }
    pool.waitIdle();
    CHECK(render::liveGlObjects(render::GlObjectKind::Texture) == textures);
    CHECK(render::liveGlObjects(render::GlObjectKind::Program) == programs);
}

} // namespace cloudtour::test
