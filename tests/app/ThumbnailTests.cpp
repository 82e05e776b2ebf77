// The GL side of the navigation panels on SDL's offscreen driver: scene thumbnails rendered by the
// engine from reduced decodes (equirect, cube faces, a pyramid's smallest level, a flat preview),
// made one per update and never retried after a failure; panel pictures (the tour map) loaded once
// and reduced to fit. Every GL object they make goes when they go.
#include "engine/image/ImageLoader.h"
#include "engine/math/Angles.h"
#include "engine/render/GlObjects.h"
#include "engine/render/OffscreenTarget.h"
#include "engine/render/RendererFactory.h"
#include "engine/tour/TourLoader.h"
#include "viewer/platform/GlContext.h"
#include "viewer/ui/ImageResize.h"
#include "viewer/ui/ImageTextures.h"
#include "viewer/ui/ThumbnailCache.h"

#include <catch2/catch.hpp>

#include <glad/gl.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>

using namespace cloudtour;
using namespace cloudtour::viewer;

namespace {

const std::string kExamples = std::string(CLOUDTOUR_SHARED_DATA) + "/pannellum/examples/";
constexpr int kKinds = static_cast<int>(render::GlObjectKind::Count);

std::array<int, kKinds> liveCounts() {
    std::array<int, kKinds> counts{};
    for (int kind = 0; kind < kKinds; ++kind) {
        counts[static_cast<std::size_t>(kind)] = render::liveGlObjects(static_cast<render::GlObjectKind>(kind));
    }
    return counts;
}

std::unique_ptr<GlContext> makeContext() {
    auto context = GlContext::create(WindowSpec{"tests", 64, 64, true, false});
    REQUIRE(context.ok());
    return std::move(*context);
}

tour::Scene scene(const std::string& id, double yawDeg, double pitchDeg, double hfovDeg) {
    tour::Scene s;
    s.id = id;
    s.view.yaw = math::degToRad(yawDeg);
    s.view.pitch = math::degToRad(pitchDeg);
    s.view.hfov = math::degToRad(hfovDeg);
    return s;
}

tour::Scene equirectScene(const std::string& path, double yawDeg = 20.0) {
    tour::Scene s = scene("equirect", yawDeg, 10.0, 90.0);
    s.panorama.kind = tour::PanoramaKind::Equirect;
    s.panorama.equirectPath = path;
    return s;
}

tour::Scene cubeScene() { // Jordan Pond again, as six faces
    tour::Scene s = scene("cube", 20.0, 10.0, 90.0);
    s.panorama.kind = tour::PanoramaKind::Cube;
    for (std::size_t face = 0; face < 6; ++face) {
        s.panorama.cubePaths[face] = kExamples + "examplepanocube" + std::to_string(face) + ".jpg";
    }
    return s;
}

tour::Tour tourOf(std::vector<tour::Scene> scenes) {
    tour::Tour tour;
    tour.file = "/tests/thumbnails.json";
    tour.scenes = std::move(scenes);
    return tour;
}

image::ImageData readTexture(const UiImage& image) {
    auto rgb = image::ImageData::allocate(image.width, image.height, 3);
    glBindTexture(GL_TEXTURE_2D, image.texture);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glGetTexImage(GL_TEXTURE_2D, 0, GL_RGB, GL_UNSIGNED_BYTE, rgb.pixels.data());
    glBindTexture(GL_TEXTURE_2D, 0);
    return rgb;
}

// The scene's initial view drawn from its full-resolution panorama, as the viewer shows it.
image::ImageData referenceView(const render::GpuCaps& caps, const tour::Scene& s, int width, int height) {
    auto decoded = image::loadImageFile(s.panorama.equirectPath);
    REQUIRE(decoded.ok());
    auto renderer = render::createRenderer(render::EquirectImage{std::move(*decoded), {}}, caps, "reference");
    REQUIRE(renderer.ok());
    auto target = render::OffscreenTarget::create(width, height);
    REQUIRE(target.ok());
    math::View view;
    view.setViewport(width, height);
    view.set(s.view.yaw, s.view.pitch, s.view.hfov);
    target->bind();
    (*renderer)->draw(view, {});
    auto pixels = target->readPixels();
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return pixels;
}

double meanDifference(const image::ImageData& a, const image::ImageData& b) {
    REQUIRE(a.pixels.size() == b.pixels.size());
    double sum = 0.0;
    for (std::size_t i = 0; i < a.pixels.size(); ++i) {
        sum += std::abs(static_cast<int>(a.pixels[i]) - static_cast<int>(b.pixels[i]));
    }
    return sum / static_cast<double>(a.pixels.size());
}

// Makes the thumbnail of the one scene of `tour` and reads it back.
image::ImageData thumbnailOf(ThumbnailCache& cache, const tour::Tour& tour) {
    REQUIRE(cache.update(tour, {0}));
    INFO(cache.failure(0));
    REQUIRE(cache.status(0) == ThumbnailStatus::Ready);
    return readTexture(*cache.image(0));
}

} // namespace

TEST_CASE("thumbnails: one per update, only for the scenes asked, failures kept, and no GL object left", "[gl]") {
    auto context = makeContext();
    const auto baseline = liveCounts();
    auto loaded = tour::loadTour(CLOUDTOUR_SOURCE_DIR "/assets/sample/tour.json");
    REQUIRE(loaded.tour.has_value());
    tour::Tour tour = std::move(*loaded.tour);
    tour.scenes.push_back(equirectScene("/nonexistent/missing.jpg"));
    {
        ThumbnailCache cache(context->caps());
        CHECK_FALSE(cache.update(tour, {}));
        CHECK(cache.update(tour, {3, 0, 1}));
        CHECK(cache.status(3) == ThumbnailStatus::Failed);
        CHECK(cache.failure(3).find("/nonexistent/missing.jpg") != std::string::npos);
        CHECK(cache.image(3) == nullptr);
        CHECK(cache.status(0) == ThumbnailStatus::Missing); // one per update: the next frame's
        CHECK(cache.update(tour, {3, 0, 1}));
        REQUIRE(cache.status(0) == ThumbnailStatus::Ready);
        CHECK(cache.image(0)->texture != 0);
        CHECK(cache.image(0)->width == 256);
        CHECK(cache.image(0)->height == 144);
        CHECK(cache.update(tour, {3, 0, 1}));
        CHECK_FALSE(cache.update(tour, {3, 0, 1})); // all made or given up on: nothing more to do
        CHECK(cache.status(2) == ThumbnailStatus::Missing);
        CHECK(render::liveGlObjects(render::GlObjectKind::Texture) ==
              baseline[static_cast<std::size_t>(render::GlObjectKind::Texture)] + 2);

        tour::Tour other = tour;
        other.file = "/elsewhere/tour.json";
        CHECK_FALSE(cache.update(other, {})); // another tour: every thumbnail dropped
        CHECK(cache.status(0) == ThumbnailStatus::Missing);
        CHECK(render::liveGlObjects(render::GlObjectKind::Texture) ==
              baseline[static_cast<std::size_t>(render::GlObjectKind::Texture)]);
        CHECK(cache.update(other, {0}));
    }
    CHECK(liveCounts() == baseline);
}

TEST_CASE("thumbnails: a thumbnail shows the scene's initial view, from an equirect decoded at 1/4", "[gl]") {
    auto context = makeContext();
    const tour::Scene pond = equirectScene(kExamples + "examplepano.jpg");
    ThumbnailCache cache(context->caps());
    const auto thumbnail = thumbnailOf(cache, tourOf({pond}));
    const auto reference = referenceView(context->caps(), pond, 256, 144);
    CHECK(meanDifference(thumbnail, reference) < 3.0);
    // The comparison can tell views apart: 15 degrees off is far off.
    const auto turned = referenceView(context->caps(), equirectScene(pond.panorama.equirectPath, 35.0), 256, 144);
    CHECK(meanDifference(thumbnail, turned) > 15.0);
}

TEST_CASE("thumbnails: cube faces, a pyramid's smallest level and a flat preview make thumbnails too", "[gl]") {
    auto context = makeContext();
    const auto baseline = liveCounts();
    {
        ThumbnailCache cache(context->caps());
        const auto fromFaces = thumbnailOf(cache, tourOf({cubeScene()}));
        // The faces are the same photograph as examplepano.jpg: the same view looks the same.
        const auto reference = referenceView(context->caps(), equirectScene(kExamples + "examplepano.jpg"), 256, 144);
        CHECK(meanDifference(fromFaces, reference) < 5.0);

        tour::Scene pyramid = scene("pyramid", 0.0, 0.0, 85.0);
        pyramid.panorama.kind = tour::PanoramaKind::Multires;
        tour::MultiresSpec& levels = pyramid.panorama.multires;
        levels.basePath = kExamples + "multires";
        levels.pathTemplate = "/%l/%s%x%y";
        levels.extension = "png";
        levels.tileResolution = 256;
        levels.maxLevel = 4;
        levels.cubeResolution = 2048;
        thumbnailOf(cache, tourOf({pyramid}));

        // A preview that is no panorama (480x390) is cropped to the thumbnail's shape, not rendered.
        tour::Scene previewed = cubeScene();
        previewed.panorama.previewPath = kExamples + "examplepano-preview.jpg";
        const auto fromPreview = thumbnailOf(cache, tourOf({previewed}));
        auto preview = image::loadImageFile(previewed.panorama.previewPath);
        REQUIRE(preview.ok());
        CHECK(meanDifference(fromPreview, cropToFill(*preview, 256, 144)) < 1.0);
        CHECK(meanDifference(fromPreview, fromFaces) > 10.0);
    }
    CHECK(liveCounts() == baseline);
}

TEST_CASE("panel pictures: loaded once and reduced to fit; a failure is reported once and not retried", "[gl]") {
    auto context = makeContext();
    const auto baseline = liveCounts();
    const std::string plan = CLOUDTOUR_SOURCE_DIR "/assets/sample/plan.png";
    {
        ImageTextures pictures(context->caps());
        const UiImage* full = pictures.get(plan);
        REQUIRE(full != nullptr);
        CHECK(full->width == 1024);
        CHECK(full->height == 768);
        CHECK(pictures.get(plan) == full);

        CHECK(pictures.get("/nonexistent/plan.png") == nullptr);
        CHECK(pictures.get("/nonexistent/plan.png") == nullptr);
        const auto messages = pictures.takeMessages();
        REQUIRE(messages.size() == 1);
        CHECK(messages[0].find("/nonexistent/plan.png") != std::string::npos);
        CHECK(pictures.takeMessages().empty());

        ImageTextures small(context->caps(), 256); // a PNG is averaged down; a JPEG decodes small
        REQUIRE(small.get(plan) != nullptr);
        CHECK(small.get(plan)->width == 256);
        CHECK(small.get(plan)->height == 192);
        const UiImage* photo = small.get(kExamples + "examplepano.jpg");
        REQUIRE(photo != nullptr);
        CHECK(photo->width == 256);
        CHECK(photo->height == 128);
        CHECK(render::liveGlObjects(render::GlObjectKind::Texture) ==
              baseline[static_cast<std::size_t>(render::GlObjectKind::Texture)] + 3);
        small.clear();
        CHECK(small.size() == 0);
    }
    CHECK(liveCounts() == baseline);
}

TEST_CASE("thumbnails: the decode scale keeps a pixel per thumbnail pixel; crops keep the centre", "[viewer]") {
    // A 256-pixel thumbnail of a 90-degree view needs 1024 pixels round the full circle.
    CHECK(thumbnailScale(16384.0, 1024.0) == 8);
    CHECK(thumbnailScale(4096.0, 1024.0) == 4);
    CHECK(thumbnailScale(4000.0, 1024.0) == 2);
    CHECK(thumbnailScale(1500.0, 1024.0) == 1); // a small image is never shrunk below what is needed

    auto picture = image::ImageData::allocate(8, 4, 3);
    for (int x = 0; x < 8; ++x) {
        for (int y = 0; y < 4; ++y) {
            std::fill_n(picture.row(y) + 3 * x, 3, static_cast<std::uint8_t>(10 * x));
        }
    }
    const auto square = cropToFill(picture, 2, 2); // the centre 4x4: columns 2-3 and 4-5
    CHECK(square.row(0)[0] == 25);
    CHECK(square.row(1)[3] == 45);
}
