// The real Marzipano data.js files of ../shared/data (see its MANIFEST.md) read through loadTour.
// Expected angles are the files' radians converted by hand: yaw kept, pitch negated (Marzipano's
// pitch grows downwards), vertical fov turned into a horizontal one for a 16:9 viewport.

#include "engine/math/Angles.h"
#include "engine/render/GpuCaps.h"
#include "engine/render/PanoramaSource.h"
#include "engine/tour/Importers.h"
#include "tests/engine/tour/TourTestSupport.h"
#include "viewer/tour/TourBinder.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;
namespace render = cloudtour::render;

namespace {

const std::string kData = CLOUDTOUR_SHARED_DATA;

std::string dataPath(const std::string& relative) {
    return std::filesystem::path(kData + "/" + relative).lexically_normal().string();
}

double hfovOf(double verticalFov) {
    return 2.0 * std::atan(16.0 / 9.0 * std::tan(verticalFov / 2.0));
}

void checkLink(const Hotspot& hotspot, double yaw, double filePitch, const std::string& target) {
    INFO("hotspot " << hotspot.id);
    CHECK(hotspot.kind == HotspotKind::SceneLink);
    CHECK(hotspot.yaw == Approx(yaw).margin(1e-12));
    CHECK(hotspot.pitch == Approx(-filePitch).margin(1e-12));
    CHECK(hotspot.targetScene == target);
    CHECK(hotspot.arrival.mode == ArrivalMode::SceneDefault); // Marzipano shows the target's initial view
}

std::size_t hotspotCount(const Tour& tour) {
    std::size_t count = 0;
    for (const Scene& scene : tour.scenes) {
        count += scene.hotspots.size();
    }
    return count;
}

// Each scene without tiles is reported once, at its id, and nothing else is an error.
void checkOnlyMissingTileFolders(const TourLoadResult& result, const std::string& dataJs, std::size_t expected) {
    INFO(listed(result.diagnostics));
    CHECK(result.diagnostics.count(Severity::Error) == expected);
    const std::string folder = dataPath(std::filesystem::path(dataJs).parent_path().string()) + "/tiles/";
    for (const Diagnostic& diagnostic : result.diagnostics.items) {
        if (diagnostic.severity == Severity::Error) {
            CHECK_THAT(diagnostic.message, Catch::StartsWith("tile folder not found: " + folder));
            CHECK_THAT(diagnostic.pointer, Catch::EndsWith("/id"));
        }
    }
}

// Mean absolute difference of two lines of pixels: a row (y) or a column (x) of each face.
double edgeDifference(const cloudtour::image::ImageData& a, bool aRow, int aAt, const cloudtour::image::ImageData& b,
                      bool bRow, int bAt) {
    double sum = 0.0;
    for (int i = 0; i < a.width; ++i) {
        const std::uint8_t* pa = aRow ? a.row(aAt) + i * 3 : a.row(i) + aAt * 3;
        const std::uint8_t* pb = bRow ? b.row(bAt) + i * 3 : b.row(i) + bAt * 3;
        for (int c = 0; c < 3; ++c) {
            sum += std::abs(int(pa[c]) - int(pb[c]));
        }
    }
    return sum / (a.width * 3.0);
}

} // namespace

TEST_CASE("Marzipano's sample tour: three scenes, links and info hotspots, no tiles", "[import]") {
    const std::string file = "marzipano/demos/sample-tour/data.js";
    const auto result = loadTour(kData + "/" + file);
    checkOnlyMissingTileFolders(result, file, 3);
    REQUIRE(result.diagnostics.items.size() == 3);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 19, 13, "/scenes/0/id",
                    "tile folder not found: " + dataPath("marzipano/demos/sample-tour/tiles/oriente-station"));
    REQUIRE(result.tour);
    const Tour& tour = *result.tour;
    CHECK(tour.title.resolve("en", "en") == "Sample Tour");
    CHECK(tour.firstScene == "oriente-station");
    CHECK(tour.transition.duration == Approx(1.0));
    REQUIRE(tour.scenes.size() == 3);
    CHECK(tour.scenes[2].id == "jeronimos");
    CHECK(tour.scenes[2].title.resolve("en", "en") == "Jerónimos Monastery");
    CHECK(hotspotCount(tour) == 6);
    const Scene& oriente = tour.scenes[0];
    CHECK(oriente.view.hfov == Approx(hfovOf(1.5707963267948966)));
    CHECK(oriente.view.hfov == Approx(cloudtour::math::degToRad(121.284)).margin(1e-5));
    REQUIRE(oriente.hotspots.size() == 2);
    checkLink(oriente.hotspots[0], 3.12678386676067, -0.0076340532339251865, "electricity-museum");
    const Hotspot& info = oriente.hotspots[1];
    CHECK(info.id == "info-0");
    CHECK(info.kind == HotspotKind::Info);
    CHECK(info.yaw == Approx(-0.00038049728702915786).margin(1e-12));
    CHECK(info.pitch == Approx(-0.014985751462495145).margin(1e-12));
    CHECK(info.title.resolve("en", "en") == "Oriente Station");
    CHECK_THAT(info.text.resolve("en", "en"), Catch::StartsWith("The Oriente Station is one of the most important"));
    checkLink(tour.scenes[1].hotspots.at(0), -2.3152585099587224, 0.045251205931975846, "jeronimos");
    const MultiresSpec& spec = oriente.panorama.multires;
    CHECK(oriente.panorama.kind == PanoramaKind::Multires);
    CHECK(spec.basePath == dataPath("marzipano/demos/sample-tour/tiles/oriente-station"));
    CHECK(spec.pathTemplate == "/%l/%s/%y/%x");
    CHECK(spec.extension == "jpg");
    CHECK(spec.tileResolution == 512);
    CHECK(spec.maxLevel == 4); // z = 1..4 are the 512..4096 levels; z = 0 is the preview strip
    CHECK(spec.cubeResolution == 4096);
}

TEST_CASE("Marzipano's touch-gestures demo: the older hotspots list and its views", "[import]") {
    const std::string file = "marzipano/demos/touch-gestures/data.js";
    const auto result = loadTour(kData + "/" + file);
    checkOnlyMissingTileFolders(result, file, 3);
    REQUIRE(result.tour);
    const Tour& tour = *result.tour;
    REQUIRE(tour.scenes.size() == 3);
    CHECK(hotspotCount(tour) == 3);
    CHECK(tour.scenes[1].view.hfov == Approx(hfovOf(0.9)));
    const Scene& museum = tour.scenes[2];
    CHECK(museum.id == "electricity-museum");
    CHECK(museum.title.resolve("en", "en") == "Eletricity Museum"); // sic
    CHECK(museum.view.yaw == Approx(0.9));
    CHECK(museum.view.pitch == Approx(0.6)); // -0.6 in the file: looking up
    CHECK(museum.view.hfov == Approx(hfovOf(1.0)));
    REQUIRE(museum.hotspots.size() == 1);
    CHECK(museum.hotspots[0].id == "hotspot-0");
    checkLink(museum.hotspots[0], 1.6, 0.0, "jeronimos");
    CHECK(museum.panorama.multires.maxLevel == 3);
    CHECK(museum.panorama.multires.cubeResolution == 2048);
}

TEST_CASE("the Manastirea export: 72 scenes, 133 links, tiles for the first two", "[import]") {
    const std::string file = "Manastirea/app-files/data.js";
    const auto result = loadTour(kData + "/" + file);
    checkOnlyMissingTileFolders(result, file, 70);
    // Twelve of its scenes have no link leading to them: the export's own state.
    CHECK(result.diagnostics.count(Severity::Warning) == 12);
    REQUIRE(result.tour);
    const Tour& tour = *result.tour;
    CHECK(tour.title.resolve("en", "en") == "Biserica Sfintii Dumitru si Nestor");
    REQUIRE(tour.scenes.size() == 72);
    CHECK(hotspotCount(tour) == 133);
    CHECK(tour.firstScene == "0-statia-1");
    const Scene& first = tour.scenes[0];
    CHECK(first.view.yaw == Approx(2.931574015971501));
    CHECK(first.view.pitch == Approx(0.06740273241885575));
    CHECK(first.view.hfov == Approx(hfovOf(1.3848081938437478)));
    REQUIRE(first.hotspots.size() == 1);
    checkLink(first.hotspots[0], 2.9681058469561847, 0.4785786306888653, "1-statia-2");
    const Scene& second = tour.scenes[1];
    REQUIRE(second.hotspots.size() == 6);
    checkLink(second.hotspots[2], -1.6578549755013583, 0.28768727603238275, "0-statia-1");
    CHECK(second.hotspots[2].id == "link-2");
    const MultiresSpec& spec = second.panorama.multires;
    CHECK(spec.basePath == dataPath("Manastirea/app-files/tiles/1-statia-2"));
    CHECK(spec.maxLevel == 3);
    CHECK(spec.cubeResolution == 2048);
}

TEST_CASE("the viewer's tile paths reach the Manastirea tiles at every level", "[import]") {
    const auto result = loadTour(kData + "/Manastirea/app-files/data.js");
    REQUIRE(result.tour);
    for (std::size_t index : {0u, 1u}) {
        const Scene& scene = result.tour->scenes[index];
        for (const int faceSize : {512, 1024, 2048}) {
            INFO(scene.id << " at " << faceSize);
            const auto source = cloudtour::viewer::panoramaSource(scene, render::GpuCaps{}, faceSize);
            REQUIRE(source);
            const auto& pyramid = std::get<render::TilePyramid>(*source);
            const auto files = render::levelFiles(pyramid, pyramid.stitchLevel);
            CHECK(files.faceSize == faceSize);
            const std::size_t tiles =
                static_cast<std::size_t>(faceSize / 512) * static_cast<std::size_t>(faceSize / 512);
            for (const auto& face : files.tiles) {
                CHECK(face.size() == tiles);
                for (const auto& tile : face) {
                    INFO(tile.path);
                    CHECK(std::filesystem::is_regular_file(tile.path));
                }
            }
        }
    }
}

TEST_CASE("Marzipano's face letters stitch into the viewer's cube with matching edges", "[import]") {
    // Faces in the viewer's order (front right back left up down) from Marzipano's f r b l u d
    // folders: where two faces meet, their edge pixels agree; the wrong edge does not.
    const auto result = loadTour(kData + "/Manastirea/app-files/data.js");
    REQUIRE(result.tour);
    const auto source = cloudtour::viewer::panoramaSource(result.tour->scenes.at(1), render::GpuCaps{}, 512);
    REQUIRE(source);
    const auto images = render::loadPanoramaImages(*source, {});
    REQUIRE(images);
    const auto& faces = std::get<render::CubeImages>(*images).faces;
    const auto& front = faces[0];
    const int last = front.width - 1;
    const double frontUp = edgeDifference(front, true, 0, faces[4], true, last);
    const double frontDown = edgeDifference(front, true, last, faces[5], true, 0);
    const double frontRight = edgeDifference(front, false, last, faces[1], false, 0);
    const double frontLeft = edgeDifference(front, false, 0, faces[3], false, last);
    CHECK(frontUp < 8.0);
    CHECK(frontDown < 16.0);
    CHECK(frontRight < 8.0);
    CHECK(frontLeft < 10.0);
    CHECK(frontUp * 4 < edgeDifference(front, true, 0, faces[4], true, 0));
    CHECK(frontDown * 2 < edgeDifference(front, true, last, faces[5], true, last));
    CHECK(frontRight * 4 < edgeDifference(front, false, last, faces[1], false, last));
}
