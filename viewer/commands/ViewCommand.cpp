#include "viewer/app/ViewerApp.h"
#include "viewer/commands/Commands.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace cloudtour::viewer {
namespace {

// SDL quietly falls back to its offscreen driver when there is no display; a viewer window there
// would be invisible, so say so instead of sitting in an invisible loop.
bool haveDisplay() {
    const char* forced = std::getenv("SDL_VIDEODRIVER");
    if (forced && *forced) {
        return true;
    }
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 && *x11) || (wayland && *wayland);
}

} // namespace

void addViewCommand(CLI::App& app, ViewCommandOptions& options) {
    auto* command = app.add_subcommand("view", "Open a tour or a panorama in a window (the default command)");
    addPanoramaOptions(*command, options.panorama);
    command->add_flag("--fullscreen", options.fullscreen, "Start in full screen");
    command->add_option("--size", options.size, "Window size in points, WIDTHxHEIGHT")->capture_default_str();
    command->add_option("--frames", options.frames, "Draw this many frames, then quit (smoke tests, benchmarks)")
        ->check(CLI::PositiveNumber);
    command->add_option("--screenshot", options.screenshot, "With --frames: save the last frame to this PNG");
    command->add_flag("--timing", options.timing,
                      "Print when the first panorama and the full resolution reach the screen, as "
                      "'cloudtour-timing EVENT SECONDS' on the monotonic clock (bench/)");
}

int runViewCommand(const ViewCommandOptions& options) {
    if (!haveDisplay()) {
        std::fprintf(stderr, "cloudtour: no display (DISPLAY and WAYLAND_DISPLAY are unset); to render without a "
                             "window use: cloudtour render FILE -o view.png\n");
        return kExitNoDisplay;
    }
    const auto size = parseSize(options.size);
    if (!size) {
        std::fprintf(stderr, "cloudtour: %s\n", size.error().message.c_str());
        return kExitFailure;
    }
    auto context = GlContext::create(WindowSpec{"CloudTour", size->first, size->second, false, options.fullscreen});
    if (!context) {
        std::fprintf(stderr, "cloudtour: %s\n", context.error().message.c_str());
        return kExitFailure;
    }
    core::SteadyClock clock;
    ViewerApp app(**context, clock);
    if (options.timing) {
        app.onMilestone([](const char* event) {
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
            std::printf("cloudtour-timing %s %.6f\n", event, seconds);
            std::fflush(stdout);
        });
    }
    app.open(options.panorama);
    if (options.frames > 0) {
        app.quitAfterFrames(options.frames, options.screenshot);
    }
    return app.run();
}

} // namespace cloudtour::viewer
