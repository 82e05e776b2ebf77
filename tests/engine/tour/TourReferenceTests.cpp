// One test per kind of problem that spans the tour: repeated ids, links to missing scenes, scenes
// no one reaches, texts missing in a declared language.

#include "tests/engine/tour/TourTestSupport.h"

#include <catch2/catch.hpp>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;

namespace {

// A scene line: {"id": ID, "panorama": {...}, "hotspots": [HOTSPOTS]}; the id's value is at column 8.
std::string scene(const std::string& id, const std::string& hotspots = "") {
    return R"({"id": ")" + id + R"(", "panorama": {"type": "equirect", "image": "a.jpg"}, "hotspots": [)" + hotspots +
           "]}";
}

std::string link(const std::string& target) {
    return R"({"type": "scene", "yaw": 0, "pitch": 0, "target": ")" + target + R"("})";
}

// Scenes one per line from line 2, column 1.
std::string tourOf(const std::string& scenes, const std::string& head = "") {
    return "{" + head + "\"scenes\": [\n" + scenes + "\n]}";
}

} // namespace

TEST_CASE("a repeated scene id is an error at the second and the first scene is kept", "[tour]") {
    const auto result = parseText(tourOf(scene("hall", link("hall")) + ",\n" + scene("hall")));
    checkOnly(result, Severity::Error, 3, 8, "/scenes/1/id",
              "duplicate scene id 'hall', first at line 2, column 8 (the scene is skipped)");
    REQUIRE(result.tour->scenes.size() == 1);
    CHECK(result.tour->scenes[0].hotspots.size() == 1);
}

TEST_CASE("a repeated hotspot id within a scene is an error at the second", "[tour]") {
    const std::string door = R"({"id": "door", "type": "info", "yaw": 0, "pitch": 0, "title": "Door"})";
    const auto result = parseText(tourOf(scene("hall", door + ",\n" + door)));
    checkOnly(result, Severity::Error, 3, 8, "/scenes/0/hotspots/1/id",
              "duplicate hotspot id 'door' in this scene, first at line 2, column 88 (the hotspot is skipped)");
    CHECK(result.tour->scenes.at(0).hotspots.size() == 1);
}

TEST_CASE("a link to a missing scene names the closest scene id and is skipped", "[tour]") {
    const auto result = parseText(tourOf(scene("hall", link("galery")) + ",\n" + scene("gallery", link("hall"))));
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 2);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 2, 131, "/scenes/0/hotspots/0/target",
                    "'target' is 'galery', which is not a scene id (the hotspot is skipped): did you mean 'gallery'?");
    checkDiagnostic(result.diagnostics.items[1], Severity::Warning, 3, 1, "/scenes/1",
                    "scene 'gallery' cannot be reached from the first scene 'hall' by following hotspots");
    CHECK(result.tour->scenes.at(0).hotspots.empty());
}

TEST_CASE("a link to a scene skipped for its own errors says so", "[tour]") {
    const auto result =
        parseText(tourOf(scene("hall", link("crypt")) + ",\n" + R"({"id": "crypt", "panorama": {"type": "cube"}})"));
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 2);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 2, 131, "/scenes/0/hotspots/0/target",
                    "'target' is 'crypt', a scene skipped because of its errors (the hotspot is skipped)");
    checkDiagnostic(result.diagnostics.items[1], Severity::Error, 3, 29, "/scenes/1/panorama",
                    "missing required key 'faces': expected an array of 6 image paths in the order front, right, "
                    "back, left, up, down");
}

TEST_CASE("an unknown firstScene is an error and the tour starts at the first scene", "[tour]") {
    const auto result = parseText(tourOf(scene("hall"), R"("firstScene": "Hall", )"));
    checkOnly(result, Severity::Error, 1, 16, "/firstScene",
              "'firstScene' is 'Hall', which is not a scene id (the tour starts at 'hall'): did you mean 'hall'?");
    CHECK(result.tour->firstScene == "hall");
}

TEST_CASE("scenes that cannot be reached from the first scene are warnings", "[tour]") {
    const auto result = parseText(tourOf(scene("hall", link("nave")) + ",\n" + scene("nave", link("hall")) + ",\n" +
                                         scene("crypt", link("hall")) + ",\n" + scene("attic")));
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 2);
    checkDiagnostic(result.diagnostics.items[0], Severity::Warning, 4, 1, "/scenes/2",
                    "scene 'crypt' cannot be reached from the first scene 'hall' by following hotspots");
    checkDiagnostic(result.diagnostics.items[1], Severity::Warning, 5, 1, "/scenes/3",
                    "scene 'attic' cannot be reached from the first scene 'hall' by following hotspots");
    CHECK(result.tour->firstScene == "hall");
}

TEST_CASE("a text missing a declared language is a warning naming the languages", "[tour]") {
    const auto result = parseText(R"({"languages": ["en", "zh", "es"],
"title": {"en": "Hall", "fr": "Salle"},
"description": "Same in every language",
"scenes": [{"id": "hall", "title": {"en": "Hall", "zh": "大厅", "es": "Sala"},
            "panorama": {"type": "equirect", "image": "a.jpg"}}]})");
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 2);
    checkDiagnostic(result.diagnostics.items[0], Severity::Warning, 2, 10, "/title",
                    "no text in zh, es (declared in 'languages')");
    checkDiagnostic(result.diagnostics.items[1], Severity::Warning, 2, 25, "/title/fr",
                    "language 'fr' is not declared in 'languages'");
    CHECK(result.tour->title.resolve("fr", "en") == "Salle");
    CHECK(result.tour->description.isPlain());
}

TEST_CASE("language tags are checked where they are declared and used", "[tour]") {
    const auto result = parseText(R"({"languages": ["en", "English", "en"], "defaultLanguage": "zh",
"title": {"en": "Hall", "EN-": "Hall"},
"scenes": [{"id": "hall", "panorama": {"type": "equirect", "image": "a.jpg"}}]})");
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 4);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 1, 22, "/languages/1",
                    "each language must be a language tag such as \"en\", \"zh\" or \"zh-Hant\", found the string "
                    "\"English\"");
    checkDiagnostic(result.diagnostics.items[1], Severity::Warning, 1, 33, "/languages/2",
                    "language 'en' is listed twice");
    checkDiagnostic(result.diagnostics.items[2], Severity::Error, 1, 59, "/defaultLanguage",
                    "'defaultLanguage' must be a language tag declared in 'languages': en, found the string \"zh\"");
    checkDiagnostic(result.diagnostics.items[3], Severity::Error, 2, 25, "/title/EN-",
                    "'EN-' is not a language tag: expected a tag such as \"en\", \"zh\" or \"zh-Hant\"");
    CHECK(result.tour->languages == std::vector<std::string>{"en"});
    CHECK(result.tour->defaultLanguage == "en");
}

TEST_CASE("a map position without a tour map is a warning", "[tour]") {
    const auto result = parseText(
        R"({"scenes": [{"id": "hall", "map": {"x": 10, "y": 20}, "panorama": {"type": "equirect", "image": "a"}}]})");
    checkOnly(result, Severity::Warning, 1, 35, "/scenes/0/map",
              "the scene has a map position but the tour has no 'map': it is not shown");
}
