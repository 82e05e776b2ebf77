// cloudtour_samplegen OUTDIR [--size 4096] [--samples N] [--quality Q] [--only ID]
// Renders the three sample panoramas of the procedural cave temple, its floor plan and manifest.json.
#include "JpegWriter.h"
#include "Layout.h"
#include "Lighting.h"
#include "Manifest.h"
#include "Panorama.h"
#include "Plan.h"
#include "Scene.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <string>

namespace {

using namespace cloudtour::samplegen;

struct Options {
    std::string outDir;
    int size = 4096;
    int samples = 2; // per axis: 2 means 2x2 stratified samples per pixel
    int quality = 88;
    std::string only;
};

int usage() {
    std::fprintf(stderr, "usage: cloudtour_samplegen OUTDIR [--size 4096] [--samples N] [--quality Q] [--only ID]\n"
                         "  --samples N  N x N stratified samples per pixel (default 2)\n");
    return 2;
}

bool parse(int argc, char** argv, Options& opt) {
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--size" && hasValue) {
            opt.size = std::atoi(argv[++i]);
        } else if (a == "--samples" && hasValue) {
            opt.samples = std::atoi(argv[++i]);
        } else if (a == "--quality" && hasValue) {
            opt.quality = std::atoi(argv[++i]);
        } else if (a == "--only" && hasValue) {
            opt.only = argv[++i];
        } else if (!a.empty() && a[0] != '-' && opt.outDir.empty()) {
            opt.outDir = a;
        } else {
            return false;
        }
    }
    return !opt.outDir.empty() && opt.size >= 64 && opt.size % 2 == 0 && opt.samples >= 1 && opt.quality >= 1 &&
           opt.quality <= 100;
}

double secondsSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int main(int argc, char** argv) {
    Options opt;
    if (!parse(argc, argv, opt)) {
        return usage();
    }
    try {
        const auto start = std::chrono::steady_clock::now();
        std::filesystem::create_directories(opt.outDir);
        const Scene scene = buildScene();
        const Lighting lighting = Lighting::bake(scene);
        std::printf("baked lighting for %d primitives in %.1f s\n", scene.size(), secondsSince(start));
        for (const layout::CameraSpot& spot : layout::cameraSpots()) {
            if (!opt.only.empty() && opt.only != spot.id) {
                continue;
            }
            const auto t0 = std::chrono::steady_clock::now();
            const Image image = renderPanorama(scene, lighting, spot, opt.size, opt.samples);
            const std::string path = opt.outDir + "/" + spot.id + ".jpg";
            const std::size_t bytes = writeJpeg(path, image, opt.quality);
            std::printf("%s: %dx%d, %zu bytes, %.1f s\n", path.c_str(), image.width, image.height, bytes,
                        secondsSince(t0));
        }
        if (!plan::write(opt.outDir + "/plan.png") || !writeManifest(opt.outDir + "/manifest.json", scene)) {
            std::fprintf(stderr, "cannot write plan.png or manifest.json in %s\n", opt.outDir.c_str());
            return 1;
        }
        std::printf("done in %.1f s\n", secondsSince(start));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cloudtour_samplegen: %s\n", e.what());
        return 1;
    }
    return 0;
}
