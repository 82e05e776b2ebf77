// `cloudtour import FILE -o tour.json` (viewer/commands/ImportCommand): what it writes, the copy
// of the previous file it keeps, and its exit codes.

#include "engine/tour/TourLoader.h"
#include "tests/engine/tour/TourTestSupport.h"
#include "viewer/commands/ImportCommand.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;
using cloudtour::viewer::ImportCommandOptions;
using cloudtour::viewer::runImportCommand;
namespace fs = std::filesystem;

namespace {

const std::string kData = CLOUDTOUR_SHARED_DATA;

// A fresh, empty folder under the build's test output.
fs::path emptyFolder(const std::string& name) {
    const fs::path folder = fs::path(CLOUDTOUR_TEST_OUTPUT) / "import-command" / name;
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

std::size_t filesIn(const fs::path& folder) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

} // namespace

TEST_CASE("import writes a tour.json that loads as the same tour, keeping the previous one", "[import]") {
    const fs::path folder = emptyFolder("pannellum");
    const std::string output = (folder / "tour.json").string();
    const ImportCommandOptions options{kData + "/pannellum/examples/example-tour.json", output};
    CHECK(runImportCommand(options) == 0);
    const auto written = loadTour(output);
    INFO(listed(written.diagnostics));
    CHECK_FALSE(written.diagnostics.hasErrors());
    REQUIRE(written.tour);
    CHECK(written.tour->scenes.size() == 2);
    CHECK(written.tour->scenes[1].panorama.equirectPath ==
          fs::path(kData + "/pannellum/examples/examplepano.jpg").lexically_normal().string());
    CHECK(filesIn(folder) == 1); // no temporary file left behind

    const std::string first = readFile(output);
    CHECK(runImportCommand({kData + "/pannellum/examples/example-cube.json", output}) == 0);
    CHECK(readFile(output + ".bak") == first);
    CHECK(readFile(output) != first);
    CHECK(filesIn(folder) == 2);
}

TEST_CASE("import fails with exit code 1 and writes nothing when no tour can be read", "[import]") {
    const fs::path folder = emptyFolder("nothing");
    const std::string output = (folder / "tour.json").string();
    CHECK(runImportCommand({kData + "/pannellum/examples/examplepano.jpg", output}) == 1);
    CHECK(runImportCommand({kData + "/no/such/config.json", output}) == 1);
    CHECK(filesIn(folder) == 0);
    CHECK(runImportCommand({kData + "/pannellum/examples/example-tour.json", folder.string()}) == 1); // a folder
}

TEST_CASE("import writes a tour with errors in some scenes, and says so by its exit code", "[import]") {
    const fs::path folder = emptyFolder("marzipano");
    const std::string output = (folder / "tour.json").string();
    // A folder holding a data.js stands for it; 70 of its 72 scenes have no tiles here.
    CHECK(runImportCommand({kData + "/Manastirea/app-files", output}) == 1);
    const auto written = parseTour(readFile(output), output, withoutFileChecks());
    CHECK_FALSE(written.diagnostics.hasErrors());
    REQUIRE(written.tour);
    CHECK(written.tour->scenes.size() == 72);
}
