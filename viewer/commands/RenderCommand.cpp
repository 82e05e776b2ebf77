#include "engine/image/ImageWriter.h"
#include "engine/math/Angles.h"
#include "engine/render/OffscreenTarget.h"
#include "engine/render/RendererFactory.h"
#include "engine/render/TiledRendererFactory.h"
#include "viewer/app/OpenTarget.h"
#include "viewer/app/ViewerApp.h"
#include "viewer/commands/Commands.h"
#include "viewer/platform/GlContext.h"
#include "viewer/tour/TourBinder.h"

#include <CLI/CLI.hpp>
#include <glad/gl.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <thread>

namespace cloudtour::viewer {

core::Result<std::pair<int, int>> parseSize(const std::string& text) {
    const auto bad = core::Error{"--size must look like 1920x1080 (each side 1 to 16384), got '" + text + "'"};
    const std::size_t cross = text.find('x');
    if (cross == std::string::npos) {
        return bad;
    }
    int width = 0, height = 0;
    const char* begin = text.data();
    const char* end = begin + text.size();
    const auto w = std::from_chars(begin, begin + cross, width);
    const auto h = std::from_chars(begin + cross + 1, end, height);
    if (w.ec != std::errc() || w.ptr != begin + cross || h.ec != std::errc() || h.ptr != end || width < 1 ||
        height < 1 || width > 16384 || height > 16384) {
        return bad;
    }
    return std::pair{width, height};
}

namespace {

int fail(const std::string& message) {
    std::fprintf(stderr, "cloudtour render: %s\n", message.c_str());
    return kExitFailure;
}

// The scene's own view unless the command line says otherwise.
void aim(math::View& view, const tour::Scene& scene, const PanoramaOptions& options) {
    view.setRoll(math::degToRad(orDefault(options.roll, 0.0)));
    view.set(std::isnan(options.yaw) ? scene.view.yaw : math::degToRad(options.yaw),
             std::isnan(options.pitch) ? scene.view.pitch : math::degToRad(options.pitch),
             std::isnan(options.hfov) ? scene.view.hfov : math::degToRad(options.hfov));
}

// The viewer itself, drawn offscreen on a hidden window of the output's size: the picture is
// exactly what a visitor sees, overlays included.
int renderWithOverlays(const RenderCommandOptions& options, const tour::Scene& scene, int width, int height) {
    auto context = GlContext::create(WindowSpec{"CloudTour render", width, height, true, false});
    if (!context) {
        return fail(context.error().message);
    }
    core::ManualClock clock; // no time passes: no transition, no animation
    ViewerApp app(**context, clock);
    app.open(options.panorama);
    if (!app.showScene(scene.id)) {
        return fail("cannot show scene '" + scene.id + "'");
    }
    const auto& p = options.panorama;
    app.aim(std::isnan(p.yaw) ? app.view().yaw() : math::degToRad(p.yaw),
            std::isnan(p.pitch) ? app.view().pitch() : math::degToRad(p.pitch),
            std::isnan(p.hfov) ? app.view().hfov() : math::degToRad(p.hfov));
    app.quitAfterFrames(3, options.output);
    return app.run();
}

// A pyramid is drawn by the tiled renderer, which loads as it is updated; anything else is
// decoded whole here.
core::Result<std::unique_ptr<render::Renderer>> makeRenderer(const render::PanoramaSource& source,
                                                             const render::GpuCaps& caps,
                                                             const image::DecodeLimits& limits, core::TaskPool& pool) {
    if (const auto* pyramid = std::get_if<render::TilePyramid>(&source)) {
        render::TileSettings settings;
        settings.limits = limits;
        return render::createTiledRenderer(*pyramid, caps, pool, settings);
    }
    auto images = render::loadPanoramaImages(source, limits);
    if (!images) {
        return images.error();
    }
    return render::createRenderer(*images, caps, render::describeSource(source));
}

// Updates the renderer until every tile the view needs is on the GPU (a minute at most), so the
// picture is the one the viewer shows once it has loaded: a pyramid at full detail.
core::Result<bool> settle(render::Renderer& renderer, const math::View& view) {
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    for (;;) {
        render::UploadBudget budget(1ull << 32); // no frame rate to keep: upload all that is ready
        const bool waiting = renderer.update(view, budget);
        if (auto error = renderer.loadError()) {
            return *error;
        }
        if (!waiting) {
            break;
        }
        if (Clock::now() > deadline) {
            std::fprintf(stderr, "cloudtour render: some tiles still loading after 60 s; drawn with what is in\n");
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (const std::string notice = renderer.loadNotice(); !notice.empty()) {
        std::fprintf(stderr, "cloudtour render: %s\n", notice.c_str());
    }
    return true;
}

} // namespace

void addRenderCommand(CLI::App& app, RenderCommandOptions& options) {
    auto* command = app.add_subcommand("render", "Render one view to a PNG without a window (no display needed)");
    addPanoramaOptions(*command, options.panorama);
    command->add_option("--scene", options.scene, "Scene id of a tour (default: its first scene)");
    command->add_option("--size", options.size, "Output size in pixels, WIDTHxHEIGHT")->capture_default_str();
    command->add_option("-o,--output", options.output, "PNG file to write")->required();
    command->add_flag("--overlays", options.overlays, "Draw the viewer's overlays too (hotspots, panels)");
}

int runRenderCommand(const RenderCommandOptions& options) {
    const auto size = parseSize(options.size);
    if (!size) {
        return fail(size.error().message);
    }
    auto opened = openTarget(options.panorama);
    for (const auto& message : opened.messages) {
        std::fprintf(stderr, "%s\n", message.c_str());
    }
    if (!opened.tour || opened.tour->scenes.empty()) {
        return fail("nothing to render");
    }
    const tour::Tour& tour = *opened.tour;
    const std::string sceneId =
        options.scene.empty() ? (tour.firstScene.empty() ? tour.scenes[0].id : tour.firstScene) : options.scene;
    const tour::Scene* scene = tour.findScene(sceneId);
    if (!scene) {
        return fail("the tour has no scene '" + sceneId + "'");
    }
    if (options.overlays) {
        return renderWithOverlays(options, *scene, size->first, size->second);
    }
    auto context = GlContext::create(WindowSpec{"CloudTour render", 64, 64, true, false});
    if (!context) {
        return fail(context.error().message);
    }
    auto target = render::OffscreenTarget::create(size->first, size->second);
    if (!target) {
        return fail(target.error().message);
    }
    auto source = panoramaSource(*scene, (*context)->caps());
    if (!source) {
        return fail(source.error().message);
    }
    core::TaskPool pool; // decodes a pyramid's tiles; declared first, so it outlives the renderer
    auto renderer = makeRenderer(*source, (*context)->caps(), options.panorama.limits.image, pool);
    if (!renderer) {
        return fail(renderer.error().message);
    }
    math::View view;
    view.setViewport(size->first, size->second);
    view.setLimits(sceneLimits(*scene, (*renderer)->viewLimits(math::ViewLimits{})));
    aim(view, *scene, options.panorama);
    if (auto settled = settle(**renderer, view); !settled) {
        return fail(settled.error().message);
    }
    target->bind();
    glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    (*renderer)->draw(view, {});
    const auto written = image::writePng(options.output, target->readPixels());
    if (!written) {
        return fail(written.error().message);
    }
    return kExitOk;
}

} // namespace cloudtour::viewer
