// LoadLimits: `--limit NAME=VALUE` reaches exactly the field it names, refuses what it cannot
// honour with a message naming the setting, and the defaults are the engine's own.
#include "viewer/app/LoadLimits.h"
#include "viewer/app/PanoramaOptions.h"

#include <CLI/CLI.hpp>
#include <catch2/catch.hpp>

#include <set>

using namespace cloudtour;
using cloudtour::viewer::applyLimitSetting;
using cloudtour::viewer::LoadLimits;

namespace {

LoadLimits applied(const std::string& setting) {
    LoadLimits limits;
    const auto result = applyLimitSetting(limits, setting);
    INFO(setting);
    REQUIRE(result.ok());
    return limits;
}

std::string refusal(const std::string& setting) {
    LoadLimits limits;
    const auto result = applyLimitSetting(limits, setting);
    INFO(setting);
    REQUIRE_FALSE(result.ok());
    return result.error().message;
}

} // namespace

TEST_CASE("each limit name sets its own field and no other", "[viewer][limits]") {
    const LoadLimits defaults;
    CHECK(applied("tour-bytes=1000").tour.maxFileBytes == 1000);
    CHECK(applied("json-depth=7").tour.maxDepth == 7);
    CHECK(applied("json-values=5000").tour.maxJsonValues == 5000);
    CHECK(applied("scenes=12").tour.maxScenes == 12);
    CHECK(applied("hotspots-per-scene=3").tour.maxHotspotsPerScene == 3);
    CHECK(applied("string-bytes=99").tour.maxStringBytes == 99);
    CHECK(applied("image-bytes=5000").image.maxFileBytes == 5000);
    CHECK(applied("image-dimension=4096").image.maxDimension == 4096);
    CHECK(applied("image-pixels=640000").image.maxPixels == 640000);
    // One setting leaves the other seven at their defaults.
    const LoadLimits one = applied("scenes=12");
    CHECK(one.tour.maxFileBytes == defaults.tour.maxFileBytes);
    CHECK(one.tour.maxHotspotsPerScene == defaults.tour.maxHotspotsPerScene);
    CHECK(one.image.maxPixels == defaults.image.maxPixels);
    CHECK(one.image.maxDimension == defaults.image.maxDimension);
}

TEST_CASE("the settings table reads back what it wrote and names nine distinct limits", "[viewer][limits]") {
    std::set<std::string> names;
    for (const auto& setting : viewer::limitSettings()) {
        names.insert(std::string(setting.name));
        LoadLimits limits;
        const std::uint64_t value = setting.min + (setting.max - setting.min) / 3;
        REQUIRE(applyLimitSetting(limits, std::string(setting.name) + "=" + std::to_string(value)).ok());
        CHECK(setting.get(limits) == value);
        CHECK(setting.get(LoadLimits{}) >= setting.min); // the defaults are inside the accepted range
        CHECK(setting.get(LoadLimits{}) <= setting.max);
    }
    CHECK(names.size() == 9);
}

TEST_CASE("byte limits take KiB MiB and GiB and nothing else does", "[viewer][limits]") {
    CHECK(applied("image-bytes=256MiB").image.maxFileBytes == 256ull << 20);
    CHECK(applied("tour-bytes=64KiB").tour.maxFileBytes == 64ull << 10);
    CHECK(applied("image-bytes=2GiB").image.maxFileBytes == 2ull << 30);
    CHECK(applied("string-bytes=4KiB").tour.maxStringBytes == 4096);
    CHECK_THAT(refusal("image-pixels=4MiB"), Catch::Contains("image-pixels takes a whole number from 1 to"));
    CHECK_THAT(refusal("image-bytes=4MB"), Catch::Contains("KiB, MiB and GiB may follow"));
    CHECK_THAT(refusal("image-bytes=4mib"), Catch::Contains("image-bytes takes a whole number"));
}

TEST_CASE("bad settings are refused with the setting named and the limits unchanged", "[viewer][limits]") {
    CHECK(refusal("image-pixels") == "image-pixels: expected NAME=VALUE, such as image-pixels=268435456");
    CHECK(refusal("pixels=5") == "pixels=5: no limit is called 'pixels' (the limits are tour-bytes, json-depth, "
                                 "json-values, scenes, hotspots-per-scene, string-bytes, image-bytes, "
                                 "image-dimension, image-pixels)");
    CHECK(refusal("scenes=0") == "scenes=0: scenes takes a whole number from 1 to 1000000");
    CHECK(refusal("json-depth=1001") == "json-depth=1001: json-depth takes a whole number from 1 to 1000");
    CHECK(refusal("image-dimension=65537") ==
          "image-dimension=65537: image-dimension takes a whole number from 1 to 65536");
    for (const char* bad : {"scenes=", "scenes=-1", "scenes= 5", "scenes=5 ", "scenes=1e3", "scenes=0x10",
                            "scenes=99999999999999999999", "image-bytes=99999999999GiB", "=5", "scenes=5=6"}) {
        INFO(bad);
        LoadLimits limits;
        CHECK_FALSE(applyLimitSetting(limits, bad).ok());
        CHECK(limits.tour.maxScenes == LoadLimits{}.tour.maxScenes);
        CHECK(limits.image.maxFileBytes == LoadLimits{}.image.maxFileBytes);
    }
}

TEST_CASE("the --limit option is repeatable on the command line and leaves the file argument alone",
          "[viewer][limits][cli]") {
    CLI::App app;
    viewer::PanoramaOptions options;
    viewer::addPanoramaOptions(app, options);
    app.parse("--limit scenes=3 --limit image-pixels=1000 tour.json", false);
    CHECK(options.file == "tour.json");
    CHECK(options.limits.tour.maxScenes == 3);
    CHECK(options.limits.image.maxPixels == 1000);

    CLI::App strict;
    viewer::PanoramaOptions unused;
    viewer::addPanoramaOptions(strict, unused);
    CHECK_THROWS_AS(strict.parse("--limit tour-bytes=lots tour.json", false), CLI::ValidationError);
}
