// What the importers say about broken Pannellum and Marzipano files: every problem with its line,
// column and JSON pointer in the file as written, and the import goes on with what can be read.

#include "engine/math/Angles.h"
#include "engine/tour/Importers.h"
#include "tests/engine/tour/TourTestSupport.h"

#include <catch2/catch.hpp>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;
using cloudtour::math::degToRad;

namespace {

// Beside the real example files, so image paths resolve even when checked.
const std::string kConfig = std::string(CLOUDTOUR_SHARED_DATA) + "/pannellum/examples/inline.json";
const std::string kDataJs = std::string(CLOUDTOUR_SHARED_DATA) + "/marzipano/demos/inline/data.js";

TourLoadResult pannellum(std::string_view text) {
    return importPannellum(text, kConfig, withoutFileChecks());
}
TourLoadResult marzipano(std::string_view text) {
    return importMarzipano(text, kDataJs, withoutFileChecks());
}

// A two-scene Pannellum tour; `hotspot` is the one hotspot of scene "hall".
std::string twoScenes(std::string_view hotspot, std::string_view firstScene = "hall") {
    return std::string("{\n") +                                                        // line 1
           "  \"default\": {\"firstScene\": \"" + std::string(firstScene) + "\"},\n" + // line 2
           "  \"scenes\": {\n" +                                                       // line 3
           "    \"hall\": {\"panorama\": \"examplepano.jpg\", \"hotSpots\": [\n" +     // line 4
           "      " + std::string(hotspot) + "\n" +                                    // line 5
           "    ]},\n" +                                                               // line 6
           "    \"garden\": {\"panorama\": \"examplepano.jpg\"}\n" +                   // line 7
           "  }\n}\n";
}

} // namespace

TEST_CASE("a Pannellum file that is not JSON is reported at the faulty character", "[import]") {
    const auto result = pannellum("{\"type\": \"equirectangular\",\n \"panorama\": \"examplepano.jpg\",\n}\n");
    INFO(listed(result.diagnostics));
    CHECK_FALSE(result.tour);
    REQUIRE(result.diagnostics.hasErrors());
    const Diagnostic& first = result.diagnostics.items.front();
    CHECK(first.file == kConfig);
    CHECK(first.line == 3); // JsonCpp stops at the '}' after the comma
    CHECK(first.column == 1);
    CHECK_THAT(first.message, Catch::Contains("trailing commas are not allowed"));
}

TEST_CASE("wrong types in a Pannellum scene are reported at their values and the defaults used", "[import]") {
    const auto result =
        pannellum("{\"panorama\": \"examplepano.jpg\",\n"
                  " \"hfov\": \"110\",\n"
                  " \"hotSpots\": [{\"type\": \"info\", \"yaw\": \"90\", \"pitch\": 0, \"text\": \"a\"},\n"
                  "              {\"type\": \"info\", \"yaw\": 10, \"pitch\": 0, \"text\": \"b\"}]}\n");
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 2);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 2, 10, "/hfov",
                    "'hfov' must be a number from 1 to 179 (degrees), found the string \"110\"");
    checkDiagnostic(result.diagnostics.items[1], Severity::Error, 3, 39, "/hotSpots/0/yaw",
                    "'yaw' must be a number from -360 to 360 (degrees), found the string \"90\"");
    REQUIRE(result.tour);
    const Scene& scene = result.tour->scenes.at(0);
    CHECK(scene.view.hfov == Approx(degToRad(100.0)));
    REQUIRE(scene.hotspots.size() == 1); // the broken one is skipped, the other kept with its own id
    CHECK(scene.hotspots[0].id == "hotspot-1");
}

TEST_CASE("a cube map must list six faces, and a null face is named", "[import]") {
    const auto five = pannellum("{\"type\": \"cubemap\", \"cubeMap\": [\"a.jpg\", \"b.jpg\", \"c.jpg\", \"d.jpg\", "
                                "\"e.jpg\"]}");
    checkOnly(five, Severity::Error, 1, 32, "/cubeMap",
              "'cubeMap' must be an array of 6 image paths in the order front, right, back, left, up, down, found an "
              "array");
    CHECK_FALSE(five.tour);
    const auto withNull = pannellum("{\"type\": \"cubemap\", \"cubeMap\": [\"a.jpg\", \"b.jpg\", \"c.jpg\", \"d.jpg\", "
                                    "null, \"f.jpg\"]}");
    INFO(listed(withNull.diagnostics));
    REQUIRE_FALSE(withNull.diagnostics.items.empty());
    checkDiagnostic(withNull.diagnostics.items[0], Severity::Error, 1, 69, "/cubeMap/4",
                    "the up face is null: every face needs an image");
}

TEST_CASE("a hotspot to a missing scene is dropped with the closest scene id", "[import]") {
    const auto result = pannellum(twoScenes("{\"type\": \"scene\", \"yaw\": 0, \"pitch\": 0, \"sceneId\": \"gardn\"}"));
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 2);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 5, 58, "/scenes/hall/hotSpots/0/sceneId",
                    "'sceneId' is 'gardn', which is not a scene id (the hotspot is skipped): did you mean 'garden'?");
    // With its only link gone, the second scene cannot be reached any more: the validator says so.
    checkDiagnostic(result.diagnostics.items[1], Severity::Warning, 7, 15, "/scenes/garden",
                    "scene 'garden' cannot be reached from the first scene 'hall' by following hotspots");
    REQUIRE(result.tour);
    CHECK(result.tour->scenes.at(0).hotspots.empty());
}

TEST_CASE("an unknown firstScene is an error at its value and the tour starts at the first scene", "[import]") {
    const auto result =
        pannellum(twoScenes("{\"type\": \"scene\", \"yaw\": 0, \"pitch\": 0, \"sceneId\": \"garden\"}", "gardenn"));
    checkOnly(result, Severity::Error, 2, 29, "/default/firstScene",
              "'firstScene' is 'gardenn', which is not a scene id (the tour starts at 'hall'): did you mean 'garden'?");
    REQUIRE(result.tour);
    CHECK(result.tour->firstScene == "hall");
}

TEST_CASE("unknown keys and types get the closest Pannellum name", "[import]") {
    const auto key = pannellum("{\"panorama\": \"examplepano.jpg\", \"hotspots\": []}");
    checkOnly(key, Severity::Warning, 1, 33, "/hotspots",
              "unknown key 'hotspots' in the Pannellum configuration: did "
              "you mean 'hotSpots'?");
    const auto type = pannellum("{\"type\": \"equirect\", \"panorama\": \"examplepano.jpg\"}");
    checkOnly(type, Severity::Error, 1, 10, "/type",
              "'type' must be one of \"equirectangular\", \"cubemap\" or \"multires\", found the string \"equirect\": "
              "did you mean 'equirectangular'?");
    CHECK_FALSE(type.tour);
}

TEST_CASE("targetYaw, targetPitch and targetHfov become the arrival", "[import]") {
    const auto arrivalOf = [](std::string_view targets) {
        const auto result = pannellum(twoScenes(
            "{\"type\": \"scene\", \"yaw\": 0, \"pitch\": 0, \"sceneId\": \"garden\"" + std::string(targets) + "}"));
        REQUIRE(result.tour);
        REQUIRE(result.tour->scenes.at(0).hotspots.size() == 1);
        return std::pair(result.tour->scenes[0].hotspots[0].arrival, result.diagnostics);
    };
    const auto [none, noneDiagnostics] = arrivalOf("");
    CHECK(none.mode == ArrivalMode::SceneDefault);
    CHECK(noneDiagnostics.items.empty());
    const auto [explicitView, explicitDiagnostics] = arrivalOf(", \"targetYaw\": -23, \"targetPitch\": 2");
    CHECK(explicitView.mode == ArrivalMode::Explicit);
    CHECK(explicitView.yaw == Approx(degToRad(-23.0)));
    CHECK(explicitView.pitch == Approx(degToRad(2.0)));
    CHECK_FALSE(explicitView.hfov);
    CHECK(explicitDiagnostics.items.empty());
    const auto [azimuth, azimuthDiagnostics] = arrivalOf(", \"targetYaw\": \"sameAzimuth\"");
    CHECK(azimuth.mode == ArrivalMode::SameAzimuth);
    CHECK(azimuthDiagnostics.items.empty());
    const auto [same, sameDiagnostics] =
        arrivalOf(", \"targetYaw\": \"same\", \"targetPitch\": \"same\", \"targetHfov\": \"same\"");
    CHECK(same.mode == ArrivalMode::Same);
    CHECK(sameDiagnostics.items.empty());
    // A mix CloudTour cannot say is read as the closest arrival, with a warning.
    const auto [mixed, mixedDiagnostics] = arrivalOf(", \"targetYaw\": \"same\", \"targetPitch\": 5");
    CHECK(mixed.mode == ArrivalMode::Same);
    INFO(listed(mixedDiagnostics));
    REQUIRE(mixedDiagnostics.items.size() == 1);
    checkDiagnostic(mixedDiagnostics.items[0], Severity::Warning, 5, 81, "/scenes/hall/hotSpots/0/targetYaw",
                    "'targetYaw' \"same\" is read as keeping the pitch and field of view as well: CloudTour keeps all "
                    "three or sets each");
}

TEST_CASE("a misspelt sameAzimuth is an error with the right spelling", "[import]") {
    const auto result = pannellum(twoScenes(
        "{\"type\": \"scene\", \"yaw\": 0, \"pitch\": 0, \"sceneId\": \"garden\", \"targetYaw\": \"sameAzimut\"}"));
    checkOnly(result, Severity::Error, 5, 81, "/scenes/hall/hotSpots/0/targetYaw",
              "'targetYaw' must be a number from -360 to 360 (degrees), \"same\" or \"sameAzimuth\", found the string "
              "\"sameAzimut\": did you mean 'sameAzimuth'?");
}

TEST_CASE("a data.js that is no assignment is reported where the script starts", "[import]") {
    const auto result = marzipano("/* header */\n\nAPP_DATA({\"scenes\": []});\n");
    checkOnly(result, Severity::Error, 3, 1, "", "expected a Marzipano data.js, `var APP_DATA = { ... };`");
    CHECK_FALSE(result.tour);
}

TEST_CASE("broken JSON in a data.js is placed in data.js itself", "[import]") {
    // A comment with non-ASCII text before the object: lines and columns still count from the file.
    const auto result =
        marzipano("/* Ménagerie — ☃ */ var APP_DATA = {\n  \"scenes\": [\n    {\"id\": \"a\",}\n  ]\n};\n");
    INFO(listed(result.diagnostics));
    REQUIRE_FALSE(result.diagnostics.items.empty());
    const Diagnostic& first = result.diagnostics.items.front();
    CHECK(first.line == 3);
    CHECK(first.column == 16);
    CHECK_THAT(first.message, Catch::Contains("trailing comma"));
}

TEST_CASE("columns in data.js count characters of the file, comments included", "[import]") {
    const auto result = marzipano("/* Ménagerie — ☃ */ var APP_DATA = {\"scnes\": []};");
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 2);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 1, 36, "",
                    "missing required key 'scenes': expected an array of scenes");
    checkDiagnostic(result.diagnostics.items[1], Severity::Warning, 1, 37, "/scnes",
                    "unknown key 'scnes' in the Marzipano data: did you mean 'scenes'?");
}

namespace {

// A one-scene data.js around `scene` (a JSON object), with a byte-order mark, comments and a `;`.
std::string oneSceneScript(std::string_view scene) {
    return "\xEF\xBB\xBF// exported\nvar APP_DATA = {\n  \"scenes\": [\n    " + std::string(scene) +
           "\n  ],\n  \"name\": \"Inline\"\n}; // end\n";
}

constexpr std::string_view kLevels =
    "\"levels\": [{\"tileSize\": 256, \"size\": 256, \"fallbackOnly\": true}, {\"tileSize\": 512, \"size\": 512}]";

} // namespace

TEST_CASE("a Marzipano link to a missing scene is dropped with the closest scene id", "[import]") {
    const auto result =
        marzipano(oneSceneScript("{\"id\": \"hall\", " + std::string(kLevels) +
                                 ", \"linkHotspots\": [{\"yaw\": 0, \"pitch\": 0, \"target\": \"hal\"}]}"));
    checkOnly(result, Severity::Error, 4, 168, "/scenes/0/linkHotspots/0/target",
              "'target' is 'hal', which is not a scene id (the hotspot is skipped): did you mean 'hall'?");
    REQUIRE(result.tour);
    CHECK(result.tour->title.resolve("en", "en") == "Inline");
    CHECK(result.tour->scenes.at(0).hotspots.empty());
}

TEST_CASE("wrong types in a data.js are reported at their values", "[import]") {
    const auto result =
        marzipano(oneSceneScript("{\"id\": \"hall\", " + std::string(kLevels) +
                                 ", \"infoHotspots\": [{\"yaw\": \"1\", \"pitch\": 0, \"title\": 3}]}"));
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 2);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 4, 143, "/scenes/0/infoHotspots/0/yaw",
                    "'yaw' must be a number from -6.283185307179586 to 6.283185307179586 (radians), found the string "
                    "\"1\"");
    checkDiagnostic(result.diagnostics.items[1], Severity::Error, 4, 169, "/scenes/0/infoHotspots/0/title",
                    "'title' must be a string, found 3");
}

TEST_CASE("Marzipano levels that Pannellum's layout cannot number are reported", "[import]") {
    const auto single =
        marzipano(oneSceneScript("{\"id\": \"hall\", \"levels\": [{\"tileSize\": 512, \"size\": 512}]}"));
    checkOnly(single, Severity::Error, 4, 30, "/scenes/0/levels",
              "'levels' must be at least 2 levels: the viewer numbers tile levels from 1, and Marzipano's first level "
              "is 0, found an array");
    CHECK_FALSE(single.tour);
    const auto uneven = marzipano(oneSceneScript("{\"id\": \"hall\", \"levels\": [{\"tileSize\": 256, \"size\": 256}, "
                                                 "{\"tileSize\": 512, \"size\": 512}, {\"tileSize\": 512, \"size\": "
                                                 "1536}, {\"tileSize\": 512, \"size\": 3072}]}"));
    checkOnly(uneven, Severity::Warning, 4, 63, "/scenes/0/levels/1",
              "level 1 (size 512, tile size 512) is not half of the next with the same tile size: the viewer can "
              "only show levels 2 to 3");
    REQUIRE(uneven.tour);
    const MultiresSpec& spec = uneven.tour->scenes.at(0).panorama.multires;
    CHECK(spec.maxLevel == 3);
    CHECK(spec.cubeResolution == 3072);
    CHECK(spec.tileResolution == 512);
}
