#include "engine/tour/Importers.h"
#include "engine/math/Angles.h"
#include <catch2/catch.hpp>
#include <iostream>
using namespace cloudtour::tour;
static void dump(const std::string& path) {
    auto r = loadTour(path);
    std::cout << "=== " << path << "\n";
    for (auto& d : r.diagnostics.items) std::cout << formatDiagnostic(d) << "\n";
    if (!r.tour) { std::cout << "NO TOUR\n"; return; }
    auto& t = *r.tour;
    std::cout << "scenes " << t.scenes.size() << " first " << t.firstScene << " dur " << t.transition.duration << "\n";
    size_t hs = 0;
    for (auto& s : t.scenes) hs += s.hotspots.size();
    std::cout << "hotspots " << hs << "\n";
    for (size_t i = 0; i < t.scenes.size() && i < 4; ++i) {
        auto& s = t.scenes[i];
        std::cout << " scene " << s.id << " '" << s.title.resolve("en","en") << "' kind " << int(s.panorama.kind) << " view " << cloudtour::math::radToDeg(s.view.yaw) << "," << cloudtour::math::radToDeg(s.view.pitch) << "," << cloudtour::math::radToDeg(s.view.hfov) << " north " << cloudtour::math::radToDeg(s.northOffset) << "\n";
        if (s.panorama.kind == PanoramaKind::Multires) std::cout << "  mr " << s.panorama.multires.basePath << " " << s.panorama.multires.pathTemplate << " " << s.panorama.multires.maxLevel << " " << s.panorama.multires.cubeResolution << "\n";
        for (auto& h : s.hotspots) std::cout << "  hs " << h.id << " k" << int(h.kind) << " " << cloudtour::math::radToDeg(h.yaw) << "," << cloudtour::math::radToDeg(h.pitch) << " '" << h.title.resolve("en","en") << "' ->" << h.targetScene << " url " << h.url << " arr " << int(h.arrival.mode) << "\n";
    }
}
TEST_CASE("scratch", "[scratch]") {
    const std::string d = CLOUDTOUR_SHARED_DATA;
    for (auto p : {"/pannellum/examples/example-tour.json", "/pannellum/examples/example-cube.json", "/pannellum/examples/example-multires.json", "/pannellum.org/static/configs/tour.json", "/pannellum.org/static/configs/hot-spots.json", "/pannellum.org/static/configs/DERIVED-peabody-library-tour.json", "/pannellum.org/static/configs/multiresolution.json", "/pannellum.org/static/configs/cube-map.json", "/pannellum-pull2-gellert/examples/exampletour.json", "/marzipano/demos/sample-tour/data.js", "/marzipano/demos/touch-gestures/data.js", "/Manastirea/app-files/data.js"}) dump(d + p);
}
#include "viewer/tour/TourBinder.h"
#include "engine/render/PanoramaSource.h"
#include <cstdlib>
static double diffRows(const cloudtour::image::ImageData& a, int ay, bool aRow, const cloudtour::image::ImageData& b, int by, bool bRow, bool reverse=false) {
    double sum = 0; int n = a.width;
    for (int i = 0; i < n; ++i) {
        int j = reverse ? n - 1 - i : i;
        const uint8_t* pa = aRow ? a.row(ay) + i * 3 : a.row(i) + ay * 3;
        const uint8_t* pb = bRow ? b.row(by) + j * 3 : b.row(j) + by * 3;
        for (int c = 0; c < 3; ++c) sum += std::abs(int(pa[c]) - int(pb[c]));
    }
    return sum / (n * 3);
}
TEST_CASE("scratch faces", "[scratch]") {
    auto r = loadTour(std::string(CLOUDTOUR_SHARED_DATA) + "/Manastirea/app-files/data.js");
    for (int s = 0; s < 2; ++s) {
    auto src = cloudtour::viewer::panoramaSource(r.tour->scenes[s], cloudtour::render::GpuCaps{}, 512);
    REQUIRE(src);
    auto imgs = cloudtour::render::loadPanoramaImages(*src, {});
    REQUIRE(imgs);
    auto& f = std::get<cloudtour::render::CubeImages>(*imgs).faces;
    // order front right back left up down
    int N = f[0].width;
    std::cout << "size " << N << "\n";
    std::cout << "F top vs U bottom " << diffRows(f[0], 0, true, f[4], N-1, true) << " vs U top " << diffRows(f[0], 0, true, f[4], 0, true) << "\n";
    std::cout << "F bottom vs D top " << diffRows(f[0], N-1, true, f[5], 0, true) << " vs D bottom " << diffRows(f[0], N-1, true, f[5], N-1, true) << "\n";
    std::cout << "F right vs R left " << diffRows(f[0], N-1, false, f[1], 0, false) << " vs R right " << diffRows(f[0], N-1, false, f[1], N-1, false) << "\n";
    std::cout << "F left vs L right " << diffRows(f[0], 0, false, f[3], N-1, false) << "\n";
    std::cout << "R right vs B left " << diffRows(f[1], N-1, false, f[2], 0, false) << "\n";
    std::cout << "U right col vs R top (rev?) " << diffRows(f[4], N-1, false, f[1], 0, true, true) << " fwd " << diffRows(f[4], N-1, false, f[1], 0, true) << "\n";
    std::cout << "U top vs B top rev " << diffRows(f[4], 0, true, f[2], 0, true, true) << "\n";
    std::cout << "D bottom vs B bottom rev " << diffRows(f[5], N-1, true, f[2], N-1, true, true) << "\n";
    }
}
TEST_CASE("scratch write", "[scratch]") {
    for (auto p : {"/pannellum.org/static/configs/DERIVED-peabody-library-tour.json", "/Manastirea/app-files/data.js", "/pannellum/examples/example-tour.json"}) {
    auto r = loadTour(std::string(CLOUDTOUR_SHARED_DATA) + p);
    const std::string out = "/tmp/scratch";
    auto text = writeTourJson(*r.tour, out);
    std::cout << text.substr(0, 3000) << "\n";
    auto back = parseTour(text, out + "/tour.json");
    for (auto& d : back.diagnostics.items) if (d.severity != Severity::Note) std::cout << formatDiagnostic(d) << "\n";
    }
}
