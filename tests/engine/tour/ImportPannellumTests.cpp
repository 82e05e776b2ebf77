// The real Pannellum configurations of ../shared/data (see its MANIFEST.md) read through loadTour:
// the values below are the files' own, converted by hand (degrees to radians, yaw signs of the
// legacy format), so a wrong conversion fails here.

#include "engine/math/Angles.h"
#include "engine/render/GpuCaps.h"
#include "engine/tour/Importers.h"
#include "tests/engine/tour/TourTestSupport.h"
#include "viewer/tour/TourBinder.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;
using cloudtour::math::degToRad;

namespace {

const std::string kData = CLOUDTOUR_SHARED_DATA;

// The absolute path the importer gives for a file under ../shared/data.
std::string dataPath(const std::string& relative) {
    return std::filesystem::path(kData + "/" + relative).lexically_normal().string();
}

TourLoadResult load(const std::string& relative) {
    return loadTour(kData + "/" + relative);
}

void checkAngle(double radians, double degrees) {
    CHECK(radians == Approx(degToRad(degrees)).margin(1e-12));
}

void checkHotspot(const Hotspot& hotspot, HotspotKind kind, double yawDegrees, double pitchDegrees,
                  const std::string& title) {
    INFO("hotspot " << hotspot.id);
    CHECK(hotspot.kind == kind);
    checkAngle(hotspot.yaw, yawDegrees);
    checkAngle(hotspot.pitch, pitchDegrees);
    CHECK(hotspot.title.resolve("en", "en") == title);
}

// Every tile the viewer would stitch for the scene, by its own path rule, is on disk.
void checkViewerTilesExist(const Scene& scene, int maxFaceSize, int expectedFaceSize) {
    const auto source = cloudtour::viewer::panoramaSource(scene, cloudtour::render::GpuCaps{}, maxFaceSize);
    REQUIRE(source);
    const auto& pyramid = std::get<cloudtour::render::TilePyramid>(*source);
    const auto files = cloudtour::render::levelFiles(pyramid, pyramid.stitchLevel);
    CHECK(files.faceSize == expectedFaceSize);
    for (const auto& face : files.tiles) {
        REQUIRE_FALSE(face.empty());
        for (const auto& tile : face) {
            INFO(tile.path);
            CHECK(std::filesystem::is_regular_file(tile.path));
        }
    }
}

} // namespace

TEST_CASE("example-tour.json, with its byte-order mark, gives two scenes and four hotspots", "[import]") {
    const auto result = load("pannellum/examples/example-tour.json");
    INFO(listed(result.diagnostics));
    CHECK(result.diagnostics.items.empty()); // every image exists beside it
    REQUIRE(result.tour);
    const Tour& tour = *result.tour;
    CHECK(tour.file == dataPath("pannellum/examples/example-tour.json"));
    CHECK(tour.firstScene == "pond");
    CHECK(tour.transition.duration == Approx(2.0)); // sceneFadeDuration 2000 ms
    CHECK_FALSE(tour.transition.turnToHotspot);
    REQUIRE(tour.scenes.size() == 2);
    const Scene& cube = tour.scenes[0];
    CHECK(cube.id == "pondCube");
    CHECK(cube.title.resolve("en", "en") == "Jordan Pond (Cube)");
    CHECK(cube.credits.resolve("en", "en") == "Matthew Petroff"); // "author" of "default"
    CHECK(cube.span.line == 9);
    CHECK(cube.span.column == 21); // the byte-order mark of line 1 does not shift anything
    CHECK(cube.span.pointer == "/scenes/pondCube");
    REQUIRE(cube.panorama.kind == PanoramaKind::Cube);
    for (std::size_t i = 0; i < 6; ++i) { // Pannellum's cubeMap order is ours
        CHECK(cube.panorama.cubePaths[i] ==
              dataPath("pannellum/examples/examplepanocube" + std::to_string(i) + ".jpg"));
    }
    REQUIRE(cube.hotspots.size() == 3);
    checkHotspot(cube.hotspots[0], HotspotKind::Info, 170, -12,
                 "This is Jordan Pond, located in Acadia National Park.");
    checkHotspot(cube.hotspots[1], HotspotKind::Url, -50, -10, "This is a link.");
    CHECK(cube.hotspots[1].url == "https://github.com/mpetroff/pannellum");
    checkHotspot(cube.hotspots[2], HotspotKind::SceneLink, -60, 0, "Pond");
    CHECK(cube.hotspots[2].targetScene == "pond");
    CHECK(cube.hotspots[2].arrival.mode == ArrivalMode::SceneDefault);
    CHECK(cube.hotspots[2].id == "hotspot-2");
    CHECK(cube.hotspots[2].span.pointer == "/scenes/pondCube/hotSpots/2");
    const Scene& pond = tour.scenes[1];
    CHECK(pond.panorama.kind == PanoramaKind::Equirect); // Pannellum's default type
    CHECK(pond.panorama.equirectPath == dataPath("pannellum/examples/examplepano.jpg"));
    REQUIRE(pond.hotspots.size() == 1);
    checkHotspot(pond.hotspots[0], HotspotKind::SceneLink, 100, 0, "Pond (cube)");
    CHECK(pond.hotspots[0].targetScene == "pondCube");
}

TEST_CASE("example-cube.json, a single-scene configuration, becomes a one-scene tour", "[import]") {
    const auto result = load("pannellum/examples/example-cube.json");
    INFO(listed(result.diagnostics));
    CHECK(result.diagnostics.items.empty());
    REQUIRE(result.tour);
    REQUIRE(result.tour->scenes.size() == 1);
    const Scene& scene = result.tour->scenes[0];
    CHECK(scene.id == "example-cube"); // named after the file
    CHECK(result.tour->firstScene == "example-cube");
    CHECK(result.tour->title.resolve("en", "en") == "Jordan Pond");
    CHECK(scene.panorama.previewPath == dataPath("pannellum/examples/examplepano-preview.jpg"));
    CHECK(scene.panorama.cubePaths[4] == dataPath("pannellum/examples/examplepanocube4.jpg"));
    REQUIRE(scene.hotspots.size() == 2);
    checkHotspot(scene.hotspots[1], HotspotKind::Url, -50, -10, "This is a link.");
}

TEST_CASE("example-multires.json keeps Pannellum's tile layout, and the viewer finds its tiles", "[import]") {
    const auto result = load("pannellum/examples/example-multires.json");
    INFO(listed(result.diagnostics));
    CHECK(result.diagnostics.items.empty());
    REQUIRE(result.tour);
    const Scene& scene = result.tour->scenes.at(0);
    REQUIRE(scene.panorama.kind == PanoramaKind::Multires);
    const MultiresSpec& spec = scene.panorama.multires;
    CHECK(spec.basePath == dataPath("pannellum/examples/multires"));
    CHECK(spec.pathTemplate == "/%l/%s%x%y");
    CHECK(spec.fallbackPath == "/fallback/%s");
    CHECK(spec.extension == "png");
    CHECK(spec.tileResolution == 256);
    CHECK(spec.maxLevel == 4);
    CHECK(spec.cubeResolution == 2048);
    checkViewerTilesExist(scene, 2048, 2048);
    checkViewerTilesExist(scene, 600, 512);
}

TEST_CASE("pannellum.org's tour.json: views, scene links and an explicit arrival", "[import]") {
    const auto result = load("pannellum.org/static/configs/tour.json");
    INFO(listed(result.diagnostics));
    // Its images are in ../images: notes only (the tour parser's rule for paths leaving the folder).
    CHECK(result.diagnostics.count(Severity::Error) == 0);
    CHECK(result.diagnostics.count(Severity::Warning) == 0);
    REQUIRE(result.tour);
    const Tour& tour = *result.tour;
    CHECK(tour.firstScene == "circle");
    CHECK(tour.transition.duration == Approx(1.0));
    REQUIRE(tour.scenes.size() == 2);
    const Scene& circle = tour.scenes[0];
    CHECK(circle.panorama.equirectPath == dataPath("pannellum.org/static/images/from-tree.jpg"));
    checkAngle(circle.view.yaw, 117);
    checkAngle(circle.view.pitch, -3);
    checkAngle(circle.view.hfov, 110);
    REQUIRE(circle.hotspots.size() == 1);
    checkHotspot(circle.hotspots[0], HotspotKind::SceneLink, 132.9, -2.1, "Spring House or Dairy");
    CHECK(circle.hotspots[0].targetScene == "house");
    const Hotspot& back = tour.scenes[1].hotspots.at(0);
    checkHotspot(back, HotspotKind::SceneLink, 37.1, -0.6, "Mason Circle");
    CHECK(back.arrival.mode == ArrivalMode::Explicit);
    REQUIRE(back.arrival.yaw);
    REQUIRE(back.arrival.pitch);
    checkAngle(*back.arrival.yaw, -23);
    checkAngle(*back.arrival.pitch, 2);
    CHECK_FALSE(back.arrival.hfov);
}

TEST_CASE("pannellum.org's hot-spots.json: info hotspots, one with a web address", "[import]") {
    const auto result = load("pannellum.org/static/configs/hot-spots.json");
    INFO(listed(result.diagnostics));
    CHECK(result.diagnostics.count(Severity::Error) == 0);
    REQUIRE(result.tour);
    const Scene& scene = result.tour->scenes.at(0);
    CHECK(scene.id == "hot-spots");
    REQUIRE(scene.hotspots.size() == 3);
    checkHotspot(scene.hotspots[0], HotspotKind::Url, 1.5, 14.1, "Baltimore Museum of Art");
    CHECK(scene.hotspots[0].url == "https://artbma.org/");
    checkHotspot(scene.hotspots[1], HotspotKind::Info, 222.6, -9.4, "Art Museum Drive");
    checkHotspot(scene.hotspots[2], HotspotKind::Info, 144.4, -0.9, "North Charles Street");
}

TEST_CASE("the Peabody Library multires tour: north offsets, arrivals, and tiles the viewer finds", "[import]") {
    const auto result = load("pannellum.org/static/configs/DERIVED-peabody-library-tour.json");
    INFO(listed(result.diagnostics));
    CHECK(result.diagnostics.count(Severity::Error) == 0);
    CHECK(result.diagnostics.count(Severity::Warning) == 0); // "compass", "autoLoad" are known keys
    REQUIRE(result.tour);
    const Tour& tour = *result.tour;
    REQUIRE(tour.scenes.size() == 3);
    CHECK(tour.scenes[0].id == "library");
    CHECK(tour.scenes[1].id == "gallery");
    CHECK(tour.scenes[2].id == "6th-floor");
    CHECK(tour.scenes[0].hotspots.size() + tour.scenes[1].hotspots.size() + tour.scenes[2].hotspots.size() == 10);
    const Scene& library = tour.scenes[0];
    checkAngle(library.northOffset, 289);
    checkAngle(library.view.yaw, 50);
    checkAngle(library.view.pitch, 10);
    const MultiresSpec& spec = library.panorama.multires;
    CHECK(spec.basePath == dataPath("pannellum.org/static/images/multires/library"));
    CHECK(spec.pathTemplate == "/%l/%s%y_%x");
    CHECK(spec.maxLevel == 3);
    CHECK(spec.cubeResolution == 1054);
    CHECK(spec.tileResolution == 512);
    checkHotspot(library.hotspots[3], HotspotKind::Url, 115, -3,
                 "The JHU library catalog contains the Peabody Library\u2019s holdings.");
    checkHotspot(library.hotspots[5], HotspotKind::SceneLink, -135, 47, "6th Floor");
    CHECK(library.hotspots[5].targetScene == "6th-floor");
    checkAngle(tour.scenes[1].northOffset, 240);
    const Hotspot& toLibrary = tour.scenes[1].hotspots.at(0);
    CHECK(toLibrary.arrival.mode == ArrivalMode::Explicit);
    REQUIRE(toLibrary.arrival.yaw);
    checkAngle(*toLibrary.arrival.yaw, 240);
    checkHotspot(tour.scenes[2].hotspots.at(0), HotspotKind::SceneLink, -11, -47.5, "Main Floor");
    checkViewerTilesExist(library, 4096, 1054);
    checkViewerTilesExist(tour.scenes[1], 4096, 2192); // 4384 is over the limit: level 4
    checkViewerTilesExist(tour.scenes[2], 4096, 3968);
}

TEST_CASE("pannellum.org's multiresolution.json names the levels its pyramid lacks", "[import]") {
    const auto result = load("pannellum.org/static/configs/multiresolution.json");
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.count(Severity::Error) == 1);
    const Diagnostic& error = result.diagnostics.items.back();
    checkDiagnostic(error, Severity::Error, 5, 17, "/multiRes/path",
                    "tile files not found for levels 4, 5 and 6 of 1 to 6: " +
                        dataPath("pannellum.org/static/images/multires/library/4/f0_0.jpg"));
    REQUIRE(result.tour); // the scene stays: the viewer can show its lower levels
}

TEST_CASE("the legacy 2013 tour is read with its yaw signs turned to today's", "[import]") {
    const auto result = load("pannellum-pull2-gellert/examples/exampletour.json");
    INFO(listed(result.diagnostics));
    REQUIRE_FALSE(result.diagnostics.items.empty());
    checkDiagnostic(result.diagnostics.items[0], Severity::Note, 2, 2, "/global",
                    "legacy Pannellum tour of 2013 ('global' rather than 'default'): its yaw grows to the left, so "
                    "every yaw is negated");
    // Its "../examples/" paths expect Pannellum's own examples folder: only the Gellert images are here.
    CHECK(result.diagnostics.count(Severity::Error) == 9);
    for (const Diagnostic& diagnostic : result.diagnostics.items) {
        if (diagnostic.severity == Severity::Error) {
            CHECK_THAT(diagnostic.message, Catch::StartsWith("image file not found: "));
        }
    }
    REQUIRE(result.tour);
    const Tour& tour = *result.tour;
    CHECK(tour.firstScene == "pond"); // from "global"
    REQUIRE(tour.scenes.size() == 3);
    const Scene& cube = tour.scenes[0];
    REQUIRE(cube.hotspots.size() == 4);
    // The same hotspots as today's example-tour.json, where they sit at +170 and -50.
    checkHotspot(cube.hotspots[0], HotspotKind::Info, 170, -12,
                 "This is Jordan Pond, located in Acadia National Park.");
    checkHotspot(cube.hotspots[1], HotspotKind::Url, -50, -10, "This is a link."); // type "link"
    checkHotspot(cube.hotspots[2], HotspotKind::SceneLink, -80, 0, "Gellért Hill");
    checkHotspot(tour.scenes[1].hotspots.at(0), HotspotKind::SceneLink, 100, 0, "Pond (cube)");
    const Scene& gellert = tour.scenes[2];
    CHECK(gellert.credits.resolve("en", "en") == "András Molnár"); // the scene's own author wins
    CHECK(gellert.panorama.equirectPath == dataPath("pannellum-pull2-gellert/examples/gellert.jpg"));
    checkAngle(gellert.panorama.haov, 360);
    checkAngle(gellert.panorama.vaov, 36);
    std::size_t hotspots = 0;
    for (const Scene& scene : tour.scenes) {
        hotspots += scene.hotspots.size();
    }
    CHECK(hotspots == 8);
}

TEST_CASE("view limits, horizon, north offset and basePath of a Pannellum scene", "[import]") {
    const std::string file = kData + "/pannellum/examples/inline.json";
    const auto result = importPannellum(
        "{\"basePath\": \"../examples/\", \"panorama\": \"examplepano.jpg\", \"preview\": "
        "\"examplepano-preview.jpg\",\n"
        " \"yaw\": 30, \"minYaw\": -90, \"maxYaw\": 60, \"minPitch\": -45, \"maxPitch\": 45, \"minHfov\": 50,\n"
        " \"maxHfov\": 120, \"northOffset\": 15, \"horizonPitch\": 2, \"horizonRoll\": -1, \"autoRotate\": -2}",
        file);
    INFO(listed(result.diagnostics));
    CHECK(result.diagnostics.items.empty()); // "basePath" + path leads to the real files
    REQUIRE(result.tour);
    const Scene& scene = result.tour->scenes.at(0);
    CHECK(scene.id == "inline");
    CHECK(scene.panorama.equirectPath == dataPath("pannellum/examples/examplepano.jpg"));
    CHECK(scene.panorama.previewPath == dataPath("pannellum/examples/examplepano-preview.jpg"));
    checkAngle(scene.view.yaw, 30);
    checkAngle(scene.view.minYaw.value_or(0.0), -90);
    checkAngle(scene.view.maxYaw.value_or(0.0), 60);
    checkAngle(scene.view.minPitch.value_or(0.0), -45);
    checkAngle(scene.view.maxPitch.value_or(0.0), 45);
    checkAngle(scene.view.minHfov.value_or(0.0), 50);
    checkAngle(scene.view.maxHfov.value_or(0.0), 120);
    checkAngle(scene.northOffset, 15);
    checkAngle(scene.horizonPitch, 2);
    checkAngle(scene.horizonRoll, -1);
}

TEST_CASE("the legacy format mirrors the yaw limits along with the yaws", "[import]") {
    const auto result = importPannellum("{\"global\": {\"firstScene\": \"a\"}, \"scenes\": {\"a\": {\"panorama\": "
                                        "\"examplepano.jpg\", \"yaw\": 30, \"minYaw\": -90, \"maxYaw\": 60}}}",
                                        kData + "/pannellum/examples/inline.json");
    REQUIRE(result.tour);
    const SceneView& view = result.tour->scenes.at(0).view;
    checkAngle(view.yaw, -30);
    checkAngle(view.minYaw.value_or(0.0), -60);
    checkAngle(view.maxYaw.value_or(0.0), 90);
}

TEST_CASE("top-level keys of a Pannellum tour win over the scene's, which win over default's", "[import]") {
    const auto result = importPannellum("{\"hfov\": 80, \"default\": {\"firstScene\": \"a\", \"author\": \"D\", "
                                        "\"yaw\": 10, \"pitch\": 5}, \"scenes\": {\"a\": {\"panorama\": "
                                        "\"examplepano.jpg\", \"hfov\": 90, \"yaw\": 20}}}",
                                        kData + "/pannellum/examples/inline.json");
    REQUIRE(result.tour);
    const Scene& scene = result.tour->scenes.at(0);
    checkAngle(scene.view.hfov, 80); // Pannellum merges the top level last
    checkAngle(scene.view.yaw, 20);
    checkAngle(scene.view.pitch, 5);
    CHECK(scene.credits.resolve("en", "en") == "D");
}
