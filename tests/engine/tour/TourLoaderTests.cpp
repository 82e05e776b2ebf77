// loadTour and detectTourFormat: a path (file or folder) to the right reader, chosen by content.

#include "tests/engine/tour/TourTestSupport.h"

#include <catch2/catch.hpp>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;

namespace {

const std::string kShared = CLOUDTOUR_SHARED_DATA;

TourFormat formatOf(const std::string& path) {
    return detectTourFormat(readFile(path));
}

} // namespace

TEST_CASE("the format is told by content for ours and Pannellum's and Marzipano's", "[tour]") {
    CHECK(formatOf(toursDir() + "/valid/tour.json") == TourFormat::CloudTour);
    CHECK(formatOf(toursDir() + "/schema/valid/minimal.json") == TourFormat::CloudTour);
    // A Pannellum tour with a byte-order mark, a single cube scene, and the site's tour.
    CHECK(formatOf(kShared + "/pannellum/examples/example-tour.json") == TourFormat::Pannellum);
    CHECK(formatOf(kShared + "/pannellum/examples/example-cube.json") == TourFormat::Pannellum);
    CHECK(formatOf(kShared + "/pannellum/examples/example-multires.json") == TourFormat::Pannellum);
    CHECK(formatOf(kShared + "/pannellum.org/static/configs/tour.json") == TourFormat::Pannellum);
    CHECK(formatOf(kShared + "/marzipano/demos/sample-tour/data.js") == TourFormat::Marzipano);
    CHECK(formatOf(kShared + "/Manastirea/app-files/data.js") == TourFormat::Marzipano);
}

TEST_CASE("text our parser can explain goes to it and other files are unknown", "[tour]") {
    CHECK(detectTourFormat("") == TourFormat::CloudTour);
    CHECK(detectTourFormat("{\"scenes\": [") == TourFormat::CloudTour);
    CHECK(detectTourFormat(std::string("\xFF\xFE{\0}\0", 6)) == TourFormat::CloudTour);
    CHECK(detectTourFormat("[1, 2]") == TourFormat::CloudTour);
    CHECK(detectTourFormat("\x89PNG\r\n\x1A\n") == TourFormat::Unknown);
    CHECK(detectTourFormat("hello") == TourFormat::Unknown);
}

TEST_CASE("a folder stands for its tour.json", "[tour]") {
    const auto result = loadTour(toursDir() + "/valid");
    INFO(listed(result.diagnostics));
    CHECK(result.diagnostics.items.empty());
    REQUIRE(result.tour);
    CHECK(result.tour->file == toursDir() + "/valid/tour.json");
    CHECK(result.tour->scenes.size() == 3);
}

TEST_CASE("loading reports a missing file and an empty folder and a foreign file and a large file", "[tour]") {
    const std::string missing = toursDir() + "/nowhere.json";
    checkOnly(loadTour(missing), Severity::Error, 0, 0, "", "file not found");
    CHECK(loadTour(missing).diagnostics.items.at(0).file == missing);
    checkOnly(loadTour(toursDir() + "/schema"), Severity::Error, 0, 0, "", "the folder holds no tour.json");
    checkOnly(loadTour(toursDir() + "/valid/images/plan.png"), Severity::Error, 0, 0, "",
              "not a tour file: expected a CloudTour tour.json, a Pannellum configuration or a Marzipano data.js");
    TourLoadOptions options;
    options.limits.maxFileBytes = 1000;
    const auto large = loadTour(toursDir() + "/valid/tour.json", options);
    REQUIRE(large.diagnostics.items.size() == 1);
    CHECK(large.diagnostics.items[0].message.ends_with("bytes, over the limit of 1000 bytes"));
    CHECK_FALSE(large.tour);
}

TEST_CASE("loading a tour file gives the same as parsing its text", "[tour]") {
    const std::string file = toursDir() + "/errors/many-errors.json";
    const auto loaded = loadTour(file, withoutFileChecks());
    const auto parsed = parseTour(readFile(file), file, withoutFileChecks());
    REQUIRE(loaded.diagnostics.items.size() == parsed.diagnostics.items.size());
    for (std::size_t i = 0; i < parsed.diagnostics.items.size(); ++i) {
        CHECK(formatDiagnostic(loaded.diagnostics.items[i]) == formatDiagnostic(parsed.diagnostics.items[i]));
    }
}
