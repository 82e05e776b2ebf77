// TourLimits: each budget, when exceeded, is reported with the number found and the limit, and
// the reader keeps what fits.

#include "tests/engine/tour/TourTestSupport.h"

#include <catch2/catch.hpp>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;

namespace {

std::string scenes(int count) {
    std::string text = R"({"scenes": [)";
    for (int i = 0; i < count; ++i) {
        text += (i == 0 ? "" : ",\n") + std::string(R"({"id": "s)") + std::to_string(i) +
                R"(", "panorama": {"type": "equirect", "image": "a.jpg"}})";
    }
    return text + "]}";
}

} // namespace

TEST_CASE("a file over the size limit is refused before it is parsed", "[tour]") {
    TourLoadOptions options = withoutFileChecks();
    options.limits.maxFileBytes = 100;
    const std::string text = scenes(2);
    const auto result = parseText(text, options);
    checkOnly(result, Severity::Error, 0, 0, "",
              "the file is " + std::to_string(text.size()) + " bytes, over the limit of 100 bytes");
    CHECK(result.diagnostics.items[0].file == inlineFile());
    CHECK_FALSE(result.tour);
}

TEST_CASE("scenes over the limit are reported and only the first ones are read", "[tour]") {
    TourLoadOptions options = withoutFileChecks();
    options.limits.maxScenes = 2;
    const auto result = parseText(scenes(3), options);
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 2);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 1, 12, "/scenes",
                    "3 scenes, over the limit of 2: only the first 2 are read");
    // No hotspots link the scenes in this file; the third scene is not read, so not reported.
    CHECK(result.diagnostics.items[1].message == "scene 's1' cannot be reached from the first scene 's0' by following "
                                                 "hotspots");
    REQUIRE(result.tour->scenes.size() == 2);
    CHECK(result.tour->scenes[1].id == "s1");
}

TEST_CASE("hotspots over the limit are reported and only the first ones are read", "[tour]") {
    TourLoadOptions options = withoutFileChecks();
    options.limits.maxHotspotsPerScene = 1;
    const auto result = parseText(R"({"scenes": [{"id": "hall", "panorama": {"type": "equirect", "image": "a.jpg"},
"hotspots": [{"type": "info", "yaw": 0, "pitch": 0, "title": "A"}, {"type": "info", "title": "B"}]}]})",
                                  options);
    checkOnly(result, Severity::Error, 2, 13, "/scenes/0/hotspots",
              "2 hotspots, over the limit of 1: only the first 1 are read");
    REQUIRE(result.tour->scenes.at(0).hotspots.size() == 1);
    CHECK(result.tour->scenes[0].hotspots[0].title.resolve("en", "en") == "A");
}

TEST_CASE("a string over the length limit is reported with its length", "[tour]") {
    TourLoadOptions options = withoutFileChecks();
    options.limits.maxStringBytes = 8;
    const auto result = parseText(
        R"({"title": "A long title", "scenes": [{"id": "hall", "panorama": {"type": "equirect", "image": "a.jpg"}}]})",
        options);
    checkOnly(result, Severity::Error, 1, 11, "/title", "'title' is 12 bytes long, over the limit of 8 bytes");
    CHECK(result.tour->title.empty());
}
