// validate's look at the panoramas' headers: the image limits, and the shape of equirectangular
// images, reported at the scene's panorama in the tour file.
#include "engine/image/ImageWriter.h"
#include "engine/math/Angles.h"
#include "engine/tour/TourLoader.h"
#include "viewer/commands/ImageChecks.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace cloudtour;

TEST_CASE("validate checks the panoramas' headers against the image limits", "[viewer][limits]") {
    const std::string sample = std::string(CLOUDTOUR_SOURCE_DIR) + "/assets/sample/tour.json";
    auto loaded = tour::loadTour(sample);
    REQUIRE(loaded.tour);
    tour::Diagnostics within;
    viewer::checkPanoramaHeaders(*loaded.tour, "tour.json", image::DecodeLimits{}, within);
    CHECK(within.items.empty());

    image::DecodeLimits small;
    small.maxPixels = 4096ull * 2048ull - 1;
    tour::Diagnostics over;
    viewer::checkPanoramaHeaders(*loaded.tour, "tour.json", small, over);
    REQUIRE(over.items.size() == loaded.tour->scenes.size());
    const auto& first = over.items.front();
    CHECK(first.severity == tour::Severity::Error);
    CHECK(first.file == "tour.json");
    CHECK(first.line == loaded.tour->scenes[0].panorama.span.line);
    CHECK(first.line > 0);
    CHECK(first.pointer == "/scenes/0/panorama");
    CHECK(first.message == loaded.tour->scenes[0].panorama.equirectPath +
                               ": image is 4096x2048 = 8388608 pixels, over the limit of 8388607 pixels");
}

TEST_CASE("validate warns of an equirectangular image whose shape does not match its angles", "[viewer][limits]") {
    const std::string folder = std::string(CLOUDTOUR_TEST_OUTPUT) + "/image-checks";
    std::filesystem::create_directories(folder);
    const std::string path = folder + "/three-to-two.png";
    REQUIRE(image::writePng(path, image::ImageData::allocate(96, 64, 3)).ok());

    tour::Tour tour;
    tour::Scene scene;
    scene.id = "s";
    scene.panorama.equirectPath = path;
    scene.panorama.span.line = 7;
    scene.panorama.span.column = 19;
    scene.panorama.span.pointer = "/scenes/0/panorama";
    tour.scenes.push_back(scene);
    tour::Diagnostics full;
    viewer::checkPanoramaHeaders(tour, "tour.json", image::DecodeLimits{}, full);
    REQUIRE(full.items.size() == 1);
    CHECK(full.items[0].severity == tour::Severity::Warning);
    CHECK(full.items[0].line == 7);
    CHECK(full.items[0].message == path + ": image is 96x64 (1.50:1) but spans 360x180 degrees (2.00:1): it is "
                                          "shown stretched; for a partial panorama give 'haov' and 'vaov'");

    // The same image as a partial panorama of 150x100 degrees has the shape its angles call for.
    tour.scenes[0].panorama.haov = math::degToRad(150.0);
    tour.scenes[0].panorama.vaov = math::degToRad(100.0);
    tour::Diagnostics partial;
    viewer::checkPanoramaHeaders(tour, "tour.json", image::DecodeLimits{}, partial);
    CHECK(partial.items.empty());
}
