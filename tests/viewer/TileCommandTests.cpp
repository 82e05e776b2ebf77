// `cloudtour tile`: which output folders it accepts, and the scene entry it prints, read back by
// the tour parser with file checks on.

#include "engine/image/PyramidWriter.h"
#include "engine/tour/TourLoader.h"
#include "tests/support/ScratchFolder.h"
#include "tests/support/TestImages.h"
#include "viewer/commands/TileCommand.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace cloudtour;
using viewer::checkTileOutput;

namespace {

namespace fs = std::filesystem;

fs::path freshFolder(const std::string& name) {
    return test::freshScratchFolder("tile-command", name);
}

void touch(const fs::path& path) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << "x";
}

} // namespace

TEST_CASE("tile writes into a new or empty folder and replaces only a pyramid with --force", "[viewer][tile]") {
    const fs::path root = freshFolder("outputs");
    CHECK(checkTileOutput((root / "new").string(), false));
    fs::create_directories(root / "empty");
    CHECK(checkTileOutput((root / "empty").string(), false));
    CHECK(checkTileOutput((root / "empty/").string(), false));

    touch(root / "pyramid/config.json");
    touch(root / "pyramid/1/f0_0.jpg");
    touch(root / "pyramid/fallback/f.jpg");
    const auto refused = checkTileOutput((root / "pyramid").string(), false);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("--force") != std::string::npos);
    CHECK(checkTileOutput((root / "pyramid").string(), true));

    // Anything this command does not write is never deleted, --force or not.
    touch(root / "photos/holiday.jpg");
    const auto foreign = checkTileOutput((root / "photos").string(), true);
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().message.find("holiday.jpg") != std::string::npos);
    touch(root / "mixed/config.json");
    touch(root / "mixed/notes.txt");
    CHECK_FALSE(checkTileOutput((root / "mixed").string(), true));

    touch(root / "file");
    const auto notFolder = checkTileOutput((root / "file").string(), true);
    REQUIRE_FALSE(notFolder);
    CHECK(notFolder.error().message.find("not a folder") != std::string::npos);
}

TEST_CASE("the printed scene entry is a valid multires scene of a tour in --tour-dir", "[viewer][tile]") {
    const fs::path root = freshFolder("entry");
    const fs::path pyramid = root / "tiles" / "cave 61";
    fs::create_directories(pyramid);
    image::PyramidOptions options;
    options.tileSize = 64;
    options.threads = 2;
    const auto layout =
        image::writePyramid(test::sampleEquirect(test::smoothField, 512, 256), pyramid.string(), options);
    REQUIRE(layout);

    const std::string entry = viewer::tileSceneEntry(*layout, pyramid.string(), root.string(), "cave-61");
    INFO(entry);
    CHECK(entry.find("\"basePath\": \"tiles/cave 61\"") != std::string::npos);
    const std::string tourFile = (root / "tour.json").string();
    const tour::TourLoadResult result = tour::parseTour("{\"scenes\": [" + entry + "]}", tourFile);
    REQUIRE(result.tour);
    CHECK(result.diagnostics.items.empty()); // the files are checked: the first tile is found
    const tour::Scene& scene = result.tour->scenes.at(0);
    CHECK(scene.id == "cave-61");
    REQUIRE(scene.panorama.kind == tour::PanoramaKind::Multires);
    const tour::MultiresSpec& spec = scene.panorama.multires;
    CHECK(fs::equivalent(spec.basePath, pyramid));
    CHECK(spec.tileResolution == 64);
    CHECK(spec.maxLevel == layout->levels);
    CHECK(spec.cubeResolution == layout->cubeSize);
    CHECK(spec.fallbackPath == "/fallback/%s");

    // A tour beside the pyramid's folder leaves basePath out; one elsewhere climbs with "..".
    CHECK(viewer::tileSceneEntry(*layout, pyramid.string(), pyramid.string(), "x").find("basePath") ==
          std::string::npos);
    const std::string above = viewer::tileSceneEntry(*layout, pyramid.string(), (root / "tours").string(), "x");
    CHECK(above.find("\"basePath\": \"../tiles/cave 61\"") != std::string::npos);
}
