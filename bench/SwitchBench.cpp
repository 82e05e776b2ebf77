// Scene switch latency through viewer::TourController on the bundled sample tour, with the
// linked scene prepared in the background (the default) and without (prepareBudgetBytes = 0), and
// the GPU bytes and peak memory of one panorama or tour opened as the viewer opens it.
// Also a pan at 1920x1080 over any panorama or pyramid as the viewer shows it (tiles loading as
// they come into view included), for the 16384x8192 image and the 32768x16384 pyramid.
// Usage: cloudtour_switch_bench switch [--runs N]     (JSON lines on stdout)
//        cloudtour_switch_bench memory FILE           (one process per file, so peak RSS is its own)
//        cloudtour_switch_bench pan FILE [--frames N]
// Needs SDL_VIDEODRIVER=offscreen (or a display).

#include "engine/core/Clock.h"
#include "engine/core/TaskPool.h"
#include "engine/math/Angles.h"
#include "engine/render/OffscreenTarget.h"
#include "engine/tour/TourLoader.h"
#include "viewer/app/OpenTarget.h"
#include "viewer/input/CameraController.h"
#include "viewer/platform/GlContext.h"
#include "viewer/tour/TourController.h"

#include <glad/gl.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

using namespace cloudtour;
using Clock = std::chrono::steady_clock;

constexpr int kWidth = 1920;
constexpr int kHeight = 1080;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
    if (values.empty()) {
        return -1.0;
    }
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// What the viewer's loop holds: a view, a camera, the worker pool and the controller.
struct Viewer {
    math::View view;
    core::SteadyClock clock;
    viewer::CameraController camera{view, clock};
    core::TaskPool pool;
    viewer::TourController controller;

    Viewer(const render::GpuCaps& caps, viewer::SceneLoading loading)
        : controller(view, camera, clock, caps, pool, std::move(loading)) {
        view.setViewport(kWidth, kHeight);
    }

    // One frame as the viewer draws it, finished so the next starts on an idle GPU.
    void frame(const render::OffscreenTarget& target) {
        controller.update();
        target.bind();
        glClear(GL_COLOR_BUFFER_BIT);
        controller.draw();
        glFinish();
    }
};

struct SwitchTimes {
    double shownMs = -1.0;
    double fullMs = -1.0;
    int framesToShow = 0;
};

SwitchTimes switchOnce(const render::GpuCaps& caps, const render::OffscreenTarget& target, bool prepare) {
    viewer::SceneLoading loading;
    if (!prepare) {
        loading.prepareBudgetBytes = 0;
    }
    Viewer rig(caps, loading);
    auto loaded = tour::loadTour(std::string(CLOUDTOUR_SOURCE_DIR) + "/assets/sample/tour.json");
    if (!loaded.tour) {
        std::fprintf(stderr, "cannot load the sample tour\n");
        std::exit(1);
    }
    rig.controller.open(std::move(*loaded.tour));
    rig.controller.finishLoading();
    // Let the background preparation finish, as a visitor looking at the entrance would.
    const auto settle = Clock::now();
    while (msSince(settle) < 1500.0 && (prepare ? rig.controller.preparedBytes() == 0 : msSince(settle) < 300.0)) {
        rig.frame(target);
    }
    SwitchTimes times;
    const auto start = Clock::now();
    rig.controller.jumpTo("chamber");
    while (msSince(start) < 30000.0) {
        if (times.shownMs < 0 && rig.controller.currentScene()->id == "chamber") {
            times.shownMs = msSince(start);
        }
        if (times.shownMs >= 0 && !rig.controller.loading()) {
            times.fullMs = msSince(start);
            break;
        }
        rig.frame(target);
        times.framesToShow += times.shownMs < 0 ? 1 : 0;
    }
    return times;
}

int runSwitch(const render::GpuCaps& caps, const render::OffscreenTarget& target, int runs) {
    for (const bool prepare : {true, false}) {
        std::vector<double> shown;
        std::vector<double> full;
        std::vector<double> frames;
        for (int i = 0; i < runs; ++i) {
            const auto times = switchOnce(caps, target, prepare);
            shown.push_back(times.shownMs);
            full.push_back(times.fullMs);
            frames.push_back(times.framesToShow);
        }
        std::printf("{\"bench\":\"switch\",\"preloading\":%s,\"runs\":%d,\"to_shown_ms\":%.2f,"
                    "\"to_full_resolution_ms\":%.2f,\"frames_before_shown\":%.0f}\n",
                    prepare ? "true" : "false", runs, median(shown), median(full), median(frames));
        std::fflush(stdout);
    }
    return 0;
}

// Opens FILE into `rig` as `cloudtour view` opens it and draws frames until it is loaded at full
// resolution or `timeoutMs` passed. False when the file cannot be opened as a tour.
bool openAndLoad(Viewer& rig, const render::OffscreenTarget& target, const std::string& file, double timeoutMs) {
    viewer::PanoramaOptions options;
    options.file = file;
    auto opened = viewer::openTarget(options);
    if (!opened.tour) {
        std::fprintf(stderr, "cannot open %s\n", file.c_str());
        return false;
    }
    const auto start = Clock::now();
    rig.controller.open(std::move(*opened.tour));
    while (rig.controller.loading() && msSince(start) < timeoutMs) {
        rig.frame(target);
    }
    rig.frame(target);
    return true;
}

int runMemory(const render::GpuCaps& caps, const render::OffscreenTarget& target, const std::string& file) {
    Viewer rig(caps, viewer::SceneLoading{});
    const auto start = Clock::now();
    if (!openAndLoad(rig, target, file, 120000.0)) {
        return 1;
    }
    const double loadMs = msSince(start);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"bench\":\"memory\",\"file\":\"%s\",\"loaded\":%s,\"load_ms\":%.1f,\"gpu_bytes\":%llu,"
                "\"prepared_bytes\":%llu,\"peak_rss_kb\":%ld}\n",
                file.c_str(), rig.controller.loading() ? "false" : "true", loadMs,
                static_cast<unsigned long long>(rig.controller.gpuBytes()),
                static_cast<unsigned long long>(rig.controller.preparedBytes()), usage.ru_maxrss);
    return rig.controller.loading() ? 1 : 0;
}

// Opens FILE, waits for its full resolution, then pans 0.6 degrees a frame (36 a second at 60 fps,
// as the peers' harness pans) at a 100 degree view, a full turn and more, timing each frame from
// update to glFinish: tile loads, uploads and drawing, as a visitor's frame.
int runPan(const render::GpuCaps& caps, const render::OffscreenTarget& target, const std::string& file, int frames) {
    Viewer rig(caps, viewer::SceneLoading{});
    if (!openAndLoad(rig, target, file, 300000.0)) {
        return 1;
    }
    std::vector<double> times;
    double yaw = 0.0;
    for (int i = 0; i < frames; ++i) {
        yaw += 0.6;
        rig.view.set(math::degToRad(yaw), 0.0, math::degToRad(100.0));
        const auto frameStart = Clock::now();
        rig.frame(target);
        times.push_back(msSince(frameStart));
    }
    std::sort(times.begin(), times.end());
    const double p99 =
        times[std::min(times.size() - 1, static_cast<std::size_t>(0.99 * static_cast<double>(times.size())))];
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"bench\":\"pan\",\"file\":\"%s\",\"frames\":%d,\"median_ms\":%.2f,\"p99_ms\":%.2f,"
                "\"fps_median\":%.2f,\"gpu_bytes\":%llu,\"pixels_around\":%d,\"peak_rss_kb\":%ld}\n",
                file.c_str(), frames, median(times), p99, 1000.0 / median(times),
                static_cast<unsigned long long>(rig.controller.gpuBytes()), rig.controller.pixelsAround(),
                usage.ru_maxrss);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc >= 3 && std::strcmp(argv[1], "pan") == 0) {
        auto context = viewer::GlContext::create(viewer::WindowSpec{"bench", kWidth, kHeight, true, false});
        auto target = render::OffscreenTarget::create(kWidth, kHeight);
        if (!context || !target) {
            std::fprintf(stderr, "cannot set up GL\n");
            return 1;
        }
        const int frames = argc >= 5 && std::strcmp(argv[3], "--frames") == 0 ? std::max(10, std::atoi(argv[4])) : 900;
        return runPan((*context)->caps(), *target, argv[2], frames);
    }
    if (argc < 2 || (std::strcmp(argv[1], "switch") != 0 && std::strcmp(argv[1], "memory") != 0) ||
        (std::strcmp(argv[1], "memory") == 0 && argc != 3)) {
        std::fprintf(stderr, "usage: cloudtour_switch_bench switch [--runs N] | memory FILE | pan FILE [--frames N]\n");
        return 2;
    }
    auto context = viewer::GlContext::create(viewer::WindowSpec{"bench", kWidth, kHeight, true, false});
    if (!context) {
        std::fprintf(stderr, "%s\n", context.error().message.c_str());
        return 1;
    }
    auto target = render::OffscreenTarget::create(kWidth, kHeight);
    if (!target) {
        std::fprintf(stderr, "%s\n", target.error().message.c_str());
        return 1;
    }
    const render::GpuCaps& caps = (*context)->caps();
    if (std::strcmp(argv[1], "memory") == 0) {
        return runMemory(caps, *target, argv[2]);
    }
    const int runs = (argc >= 4 && std::strcmp(argv[2], "--runs") == 0) ? std::max(1, std::atoi(argv[3])) : 5;
    return runSwitch(caps, *target, runs);
}
