// A single equirect JPEG over the GPU's texture limit, opened through the loading renderer: it is
// cut into a pyramid in the cache while its preview shows, then drawn tiled at full resolution,
// matching the same image drawn directly on a GPU that takes it whole; a second open reuses the
// pyramid; what cannot be tiled is shown smaller as before, with the reason. The GPU's limit is
// forced down to 1024 (llvmpipe's is 16384), and every cache is a temporary folder of the test's.

#include "engine/core/TaskPool.h"
#include "engine/image/ImageLoader.h"
#include "engine/image/JpegEncoder.h"
#include "engine/render/GlObjects.h"
#include "engine/render/LoadingRenderer.h"
#include "engine/render/TilingPanorama.h"
#include "tests/gl/Tolerances.h"
#include "tests/support/GlTestContext.h"
#include "tests/support/ImageExpectations.h"
#include "tests/support/ScratchFolder.h"
#include "tests/support/TestImages.h"
#include "tests/support/TestViews.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

namespace cloudtour::test {
namespace {

namespace fs = std::filesystem;

const std::string kChamber = std::string(CLOUDTOUR_SOURCE_DIR) + "/assets/sample/chamber.jpg";

fs::path freshFolder(const std::string& name) {
    return test::freshScratchFolder("tiling-panorama", name);
}

render::GpuCaps smallGpu() {
    render::GpuCaps caps = gpuCaps();
    caps.maxTextureSize = 1024; // as a GPU with a 1024 limit would report
    return caps;
}

// 128-pixel tiles at quality 95, as PyramidWriterViewTests measured its tolerance with.
render::LoadingSettings tilingSettings(const fs::path& cache) {
    render::LoadingSettings settings;
    settings.pyramids.folder = cache.string();
    settings.pyramids.options.tileSize = 128;
    settings.pyramids.options.quality = 95;
    settings.pyramids.options.threads = 2;
    return settings;
}

struct Opened {
    core::TaskPool pool{2}; // declared first: outlives the renderer
    std::unique_ptr<render::Renderer> renderer;
    render::TilingPanorama* tiling = nullptr;
    bool previewBeforeTiles = false; ///< drawable before the pyramid was ready
    std::vector<std::string> holes;  ///< frames with a pixel left at the clear colour, once drawable
};

bool hasHole(const image::ImageData& image) {
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            const std::uint8_t* p = image.row(y) + x * 3;
            if (p[0] == 255 && p[1] == 0 && p[2] == 255) {
                return true;
            }
        }
    }
    return false;
}

// Opens through the loading renderer and runs the main-thread side until the full resolution is
// on screen, drawing every frame once something is drawable, as the viewer's loop does.
std::unique_ptr<Opened> openAndFinish(const std::string& path, const render::GpuCaps& caps,
                                      const render::LoadingSettings& settings, const math::View& view) {
    auto opened = std::make_unique<Opened>();
    auto renderer = render::createLoadingRenderer(render::EquirectFile{path, {}}, caps, opened->pool, settings);
    REQUIRE(renderer);
    opened->renderer = std::move(*renderer);
    opened->tiling = dynamic_cast<render::TilingPanorama*>(opened->renderer.get());
    REQUIRE(opened->tiling != nullptr);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    int frame = 0;
    while (!opened->tiling->finished() && std::chrono::steady_clock::now() < deadline) {
        render::UploadBudget budget(16u << 20);
        opened->renderer->update(view, budget);
        if (opened->renderer->loadProgress() >= 1.0f) {
            opened->previewBeforeTiles = opened->previewBeforeTiles || !opened->tiling->tiled();
            if (hasHole(renderView(*opened->renderer, makeView({0.0, 0.0, 0.0, 90.0, 64, 48})))) {
                opened->holes.push_back("frame " + std::to_string(frame));
            }
        }
        ++frame;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return opened;
}

// Lets the tiled renderer load the tiles a view needs (it loads those of the views it is updated
// with), so the view is drawn at full resolution and not from coarser levels standing in.
image::ImageData renderSettled(render::Renderer& renderer, const math::View& view) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    render::UploadBudget first(16u << 20);
    renderer.update(view, first);
    while (renderer.detailProgress() < 1.0f && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        render::UploadBudget budget(16u << 20);
        renderer.update(view, budget);
    }
    return renderView(renderer, view);
}

std::vector<std::string> entries(const fs::path& folder) {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        names.push_back(it->path().filename().string());
    }
    return names;
}

const std::vector<ViewSpec>& comparedViews() {
    static const std::vector<ViewSpec> views = {
        {0.0, 0.0, 0.0, 60.0, 320, 240},  {180.0, 0.0, 0.0, 60.0, 320, 240},  {-45.0, 20.0, 0.0, 60.0, 320, 240},
        {0.0, 90.0, 0.0, 60.0, 320, 240}, {30.0, -90.0, 0.0, 60.0, 320, 240}, {45.0, 35.26, 0.0, 60.0, 320, 240},
    };
    return views;
}

} // namespace

TEST_CASE("tiling panorama: an equirect over the texture limit is tiled at load time at full resolution",
          "[gl][tiling]") {
    const fs::path folder = freshFolder("oversized");
    const fs::path cache = folder / "cache";
    const std::string path = (folder / "detailed.jpg").string();
    REQUIRE(image::writeJpeg(path, sampleEquirect(detailedField, 2048, 1024), 95));
    const math::View view = makeView(comparedViews().front());

    const auto first = openAndFinish(path, smallGpu(), tilingSettings(cache), view);
    REQUIRE(first->tiling->finished());
    REQUIRE_FALSE(first->renderer->loadError());
    CHECK(first->tiling->tiled());
    CHECK_FALSE(first->tiling->reusedPyramid());
    CHECK(first->previewBeforeTiles);
    INFO("frames with holes: " << first->holes.size() << (first->holes.empty() ? "" : ", " + first->holes.front()));
    CHECK(first->holes.empty());
    CHECK(first->renderer->loadNotice().empty());
    // Faces of 8 floor(2048 / pi / 8) = 648: 2592 pixels around, where one texture of the GPU's
    // 1024 would hold 1024.
    CHECK(first->renderer->pixelsAround() == 2592);
    const auto made = entries(cache);
    REQUIRE(made.size() == 1);
    CHECK(made.front().rfind("detailed-", 0) == 0);
    const fs::path config = cache / made.front() / "config.json";
    REQUIRE(fs::exists(config));

    // Against the same JPEG drawn whole on the real GPU. Both filter their own texture; the tiles
    // add a resampling and JPEG at quality 95, the tolerance PyramidWriterViewTests measured for
    // that. Measured here on llvmpipe: worst-channel means 1.02 to 1.33, largest difference 12.
    // Turned by a quarter of a degree (under two face texels) the comparison must fail (means 2.6
    // to 7.5); a view drawn from a coarser level standing in measures 6 to 18.
    constexpr Tolerance kPyramid{1.5, 16};
    auto decoded = image::loadImageFile(path);
    REQUIRE(decoded);
    const auto direct = createRendererOrThrow(render::EquirectImage{*decoded, {}}, path);
    for (const ViewSpec& spec : comparedViews()) {
        const image::ImageData tiled = renderSettled(*first->renderer, makeView(spec));
        expectImagesMatch(tiled, renderView(*direct, makeView(spec)), kPyramid, describe(spec));
        ViewSpec turned = spec;
        turned.yaw += 0.25;
        const ImageDifference wrong = difference(tiled, renderView(*direct, makeView(turned)));
        INFO(describe(spec) << " turned a quarter degree: " << wrong.describe());
        CHECK(wrong.worstMean() > kPyramid.mean);
    }

    // The next open finds the pyramid: nothing is written again, and it draws the same.
    const auto written = fs::last_write_time(config);
    const auto second = openAndFinish(path, smallGpu(), tilingSettings(cache), view);
    REQUIRE(second->tiling->finished());
    CHECK(second->tiling->tiled());
    CHECK(second->tiling->reusedPyramid());
    CHECK(entries(cache) == made);
    CHECK(fs::last_write_time(config) == written);
    expectImagesMatch(renderView(*second->renderer, view), renderView(*first->renderer, view), {0.0, 0}, "reused");
}

TEST_CASE("tiling panorama: a partial panorama over the limit is shown smaller and says why", "[gl][tiling]") {
    const fs::path folder = freshFolder("partial");
    const std::string path = (folder / "strip.jpg").string();
    REQUIRE(image::writeJpeg(path, sampleEquirect(smoothField, 2048, 512), 90));
    const auto opened = openAndFinish(path, smallGpu(), tilingSettings(folder / "cache"), makeView({}));
    REQUIRE(opened->tiling->finished());
    REQUIRE_FALSE(opened->renderer->loadError());
    CHECK_FALSE(opened->tiling->tiled());
    CHECK(opened->renderer->pixelsAround() == 1024);
    CHECK(opened->renderer->loadNotice() ==
          path +
              ": shown at 1/2 resolution (1024x256), the most this GPU takes in one texture; `cloudtour tile` "
              "keeps every pixel; " +
              path + ": not tiled at load time: a partial panorama (2048x512, not 2:1) cannot become cube tiles");
    CHECK(entries(folder / "cache").empty());
}

TEST_CASE("tiling panorama: a cache that cannot be written falls back to a smaller image naming the folder",
          "[gl][tiling]") {
    const fs::path folder = freshFolder("unwritable");
    const std::string path = (folder / "detailed.jpg").string();
    REQUIRE(image::writeJpeg(path, sampleEquirect(smoothField, 2048, 1024), 90));
    { std::ofstream(folder / "not-a-folder") << "x"; }
    const fs::path cache = folder / "not-a-folder" / "pyramids";
    const auto opened = openAndFinish(path, smallGpu(), tilingSettings(cache), makeView({}));
    REQUIRE(opened->tiling->finished());
    REQUIRE_FALSE(opened->renderer->loadError());
    CHECK_FALSE(opened->tiling->tiled());
    CHECK(opened->renderer->pixelsAround() == 1024);
    const std::string notice = opened->renderer->loadNotice();
    INFO(notice);
    CHECK(notice.find("shown at 1/2 resolution") != std::string::npos);
    CHECK(notice.find(path + ": could not be tiled into the pyramid cache " + cache.string()) != std::string::npos);
}

TEST_CASE("tiling panorama: dropped while tiling, it leaves no half pyramid and no GL object", "[gl][tiling]") {
    const fs::path cache = freshFolder("dropped") / "cache";
    const int textures = render::liveGlObjects(render::GlObjectKind::Texture);
    core::TaskPool pool(2);
    {
        auto renderer =
            render::createLoadingRenderer(render::EquirectFile{kChamber, {}}, smallGpu(), pool, tilingSettings(cache));
        REQUIRE(renderer);
        // Until the pyramid is being written (the bar past the preview's tenth), then dropped.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while ((*renderer)->detailProgress() <= 0.1f + 0.5f * 0.15f && std::chrono::steady_clock::now() < deadline) {
            render::UploadBudget budget(16u << 20);
            (*renderer)->update(makeView({}), budget);
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        REQUIRE((*renderer)->detailProgress() < 0.6f); // still writing
    }
    pool.waitIdle();
    CHECK(entries(cache).empty()); // neither the entry nor its temporary folder
    CHECK(render::liveGlObjects(render::GlObjectKind::Texture) == textures);
}

} // namespace cloudtour::test
