// One test per kind of problem in a value's shape: wrong types, missing and unknown keys, numbers
// out of range, malformed polygons and addresses. Each checks the exact message and its place.

#include "engine/math/Angles.h"
#include "tests/engine/tour/TourTestSupport.h"

#include <catch2/catch.hpp>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;

namespace {

// One scene "hall" (80 characters on line 1), then `members` from line 2, column 1.
std::string sceneWith(const std::string& members) {
    return R"({"scenes": [{"id": "hall", "panorama": {"type": "equirect", "image": "hall.jpg"})"
           ",\n" +
           members + "\n}]}";
}

// The scene "hall" with `hotspots` (one per line) from line 2, column 1.
std::string hotspotsWith(const std::string& hotspots) {
    return sceneWith("\"hotspots\": [\n" + hotspots + "\n]");
}

} // namespace

TEST_CASE("a value of the wrong type names what was expected and what was found", "[tour]") {
    const auto result = parseText(hotspotsWith(R"({"type": "info", "title": "Door", "yaw": "90", "pitch": 0})"));
    checkOnly(result, Severity::Error, 3, 42, "/scenes/0/hotspots/0/yaw",
              "'yaw' must be a number from -360 to 360 (degrees), found the string \"90\"");
    REQUIRE(result.tour);
    CHECK(result.tour->scenes.at(0).hotspots.empty()); // a hotspot without a position is skipped
}

TEST_CASE("a missing required key is reported at the object that lacks it", "[tour]") {
    const auto result = parseText(R"({"scenes": [{"id": "hall", "title": "Hall"}]})");
    checkOnly(result, Severity::Error, 1, 13, "/scenes/0",
              "missing required key 'panorama': expected an object such as {\"type\": \"equirect\", \"image\": "
              "\"pano.jpg\"}");
    REQUIRE(result.tour); // the top level is readable: the tour is returned, without the scene
    CHECK(result.tour->scenes.empty());
}

TEST_CASE("an unknown key is a warning at the key with the closest allowed key", "[tour]") {
    const auto result = parseText(sceneWith(R"("hotpsots": [], "titel": "Hall", "sound": "x.mp3")"));
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 3);
    checkDiagnostic(result.diagnostics.items[0], Severity::Warning, 2, 1, "/scenes/0/hotpsots",
                    "unknown key 'hotpsots' in a scene: did you mean 'hotspots'?");
    checkDiagnostic(result.diagnostics.items[1], Severity::Warning, 2, 17, "/scenes/0/titel",
                    "unknown key 'titel' in a scene: did you mean 'title'?");
    checkDiagnostic(result.diagnostics.items[2], Severity::Warning, 2, 34, "/scenes/0/sound",
                    "unknown key 'sound' in a scene: it is ignored");
    REQUIRE(result.tour);
    CHECK(result.tour->scenes.size() == 1);
}

TEST_CASE("keys from Pannellum and krpano and keys of other hotspot types are pointed to ours", "[tour]") {
    const auto result = parseText(hotspotsWith(
        R"({"type": "scene", "yaw": 0, "pitch": 0, "target": "hall", "sceneId": "hall", "targetYaw": 90},)"
        "\n"
        R"({"type": "info", "ath": 10, "yaw": 0, "pitch": 0, "title": "Gate", "url": "https://example.org"})"));
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 4);
    checkDiagnostic(result.diagnostics.items[0], Severity::Warning, 3, 59, "/scenes/0/hotspots/0/sceneId",
                    "unknown key 'sceneId' in a scene hotspot: did you mean 'target'?");
    checkDiagnostic(result.diagnostics.items[1], Severity::Warning, 3, 78, "/scenes/0/hotspots/0/targetYaw",
                    "unknown key 'targetYaw' in a scene hotspot: did you mean 'arrival'?");
    checkDiagnostic(result.diagnostics.items[2], Severity::Warning, 4, 18, "/scenes/0/hotspots/1/ath",
                    "unknown key 'ath' in an info hotspot: did you mean 'yaw'?");
    checkDiagnostic(result.diagnostics.items[3], Severity::Warning, 4, 68, "/scenes/0/hotspots/1/url",
                    "unknown key 'url' in an info hotspot: it is only used by 'url' hotspots");
}

TEST_CASE("a pitch outside -90 to 90 is an error and its hotspot is skipped", "[tour]") {
    const auto result = parseText(hotspotsWith(R"({"type": "info", "title": "Sky", "yaw": 0, "pitch": 120})"));
    checkOnly(result, Severity::Error, 3, 53, "/scenes/0/hotspots/0/pitch",
              "'pitch' must be a number from -90 to 90 (degrees), found 120");
    CHECK(result.tour->scenes.at(0).hotspots.empty());
}

TEST_CASE("an hfov outside 1 to 179 is an error and the default is kept", "[tour]") {
    const auto result = parseText(sceneWith(R"("view": {"yaw": 30, "hfov": 0.5})"));
    checkOnly(result, Severity::Error, 2, 29, "/scenes/0/view/hfov",
              "'hfov' must be a number from 1 to 179 (degrees), found 0.5");
    const SceneView& view = result.tour->scenes.at(0).view;
    CHECK(view.yaw == Approx(cloudtour::math::degToRad(30)));
    CHECK(view.hfov == Approx(cloudtour::math::degToRad(100)));
}

TEST_CASE("haov and vaov and vOffset must describe a panorama between the poles", "[tour]") {
    const auto single = [](const std::string& panorama) {
        return parseText(R"({"scenes": [{"id": "hall", "panorama":)"
                         "\n" +
                         panorama + "\n}]}");
    };
    const auto ranges = single(R"({"type": "equirect", "image": "a.jpg", "haov": 400, "vaov": 0})");
    INFO(listed(ranges.diagnostics));
    REQUIRE(ranges.diagnostics.items.size() == 2);
    checkDiagnostic(ranges.diagnostics.items[0], Severity::Error, 2, 48, "/scenes/0/panorama/haov",
                    "'haov' must be a number above 0 and at most 360 (degrees), found 400");
    checkDiagnostic(ranges.diagnostics.items[1], Severity::Error, 2, 61, "/scenes/0/panorama/vaov",
                    "'vaov' must be a number above 0 and at most 180 (degrees), found 0");
    checkOnly(single(R"({"type": "equirect", "image": "a.jpg", "vaov": 120, "vOffset": 40})"), Severity::Error, 2, 64,
              "/scenes/0/panorama/vOffset",
              "'vOffset' must keep the panorama between the poles: vaov / 2 + |vOffset| is 100 degrees, at most 90");
}

TEST_CASE("a view limit pair the wrong way round is dropped whole", "[tour]") {
    const auto result = parseText(sceneWith(R"("view": {"minPitch": 10, "maxPitch": -10})"));
    checkOnly(result, Severity::Error, 2, 22, "/scenes/0/view/minPitch",
              "'minPitch' (10) must not be more than 'maxPitch' (-10)");
    CHECK_FALSE(result.tour->scenes.at(0).view.minPitch);
    CHECK_FALSE(result.tour->scenes.at(0).view.maxPitch);
}

TEST_CASE("a polygon needs at least 3 points of two numbers each", "[tour]") {
    const auto result = parseText(hotspotsWith(R"({"type": "area", "polygon": [[0, 0], [10, 0]]},)"
                                               "\n"
                                               R"({"type": "area", "polygon": [[0, 0], [10, 0], [10]]},)"
                                               "\n"
                                               R"({"type": "area", "polygon": [[0, 0], [10, 0], [10, 95]]})"));
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 3);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 3, 29, "/scenes/0/hotspots/0/polygon",
                    "'polygon' must have at least 3 points, found 2");
    checkDiagnostic(result.diagnostics.items[1], Severity::Error, 4, 47, "/scenes/0/hotspots/1/polygon/2",
                    "each point must be [yaw, pitch] in degrees, found an array");
    checkDiagnostic(result.diagnostics.items[2], Severity::Error, 5, 52, "/scenes/0/hotspots/2/polygon/2/1",
                    "the point's pitch must be a number from -90 to 90 (degrees), found 95");
    CHECK(result.tour->scenes.at(0).hotspots.empty());
}

TEST_CASE("links may only be web addresses", "[tour]") {
    const auto result =
        parseText(sceneWith(R"("licenseUrl": "ftp://example.org/license", "hotspots": [)"
                            "\n"
                            R"json({"type": "url", "yaw": 0, "pitch": 0, "url": "javascript:alert(1)"}])json"));
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 2);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 2, 15, "/scenes/0/licenseUrl",
                    "'licenseUrl' must be an http:// or https:// address, found the string "
                    "\"ftp://example.org/license\"");
    checkDiagnostic(result.diagnostics.items[1], Severity::Error, 3, 46, "/scenes/0/hotspots/0/url",
                    "'url' must be an http:// or https:// address, found the string \"javascript:alert(1)\"");
    CHECK(result.tour->scenes.at(0).licenseUrl.empty());
    CHECK(result.tour->scenes.at(0).hotspots.empty());
}

TEST_CASE("unknown type names get the closest name or ours for a peer's", "[tour]") {
    const auto result = parseText(
        R"({"scenes": [{"id": "hall", "panorama": {"type": "equirectangular", "image": "a.jpg"}, "hotspots": [)"
        "\n"
        R"({"type": "link", "yaw": 0, "pitch": 0}, {"type": "inf", "yaw": 0, "pitch": 0}]}]})");
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 3);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 1, 49, "/scenes/0/panorama/type",
                    "'type' must be one of \"equirect\", \"cube\" or \"multires\", found the string "
                    "\"equirectangular\": did you mean 'equirect'?");
    checkDiagnostic(
        result.diagnostics.items[1], Severity::Error, 2, 10, "/scenes/0/hotspots/0/type",
        "'type' must be one of \"scene\", \"info\", \"url\" or \"area\", found the string \"link\": did you "
        "mean 'scene'?");
    checkDiagnostic(result.diagnostics.items[2], Severity::Error, 2, 50, "/scenes/0/hotspots/1/type",
                    "'type' must be one of \"scene\", \"info\", \"url\" or \"area\", found the string \"inf\": did you "
                    "mean 'info'?");
    CHECK(result.tour->scenes.empty());
}

TEST_CASE("an arrival is a known word or a view object", "[tour]") {
    const auto result = parseText(
        hotspotsWith(R"({"type": "scene", "yaw": 0, "pitch": 0, "target": "hall", "arrival": "sameAzimut"})"));
    checkOnly(result, Severity::Error, 3, 70, "/scenes/0/hotspots/0/arrival",
              "'arrival' must be \"default\", \"same\", \"sameAzimuth\" or an object {\"yaw\", \"pitch\", \"hfov\"} in "
              "degrees, found the string \"sameAzimut\": did you mean 'sameAzimuth'?");
    const Hotspot& link = result.tour->scenes.at(0).hotspots.at(0); // kept, arriving at the default view
    CHECK(link.arrival.mode == ArrivalMode::SceneDefault);
}

TEST_CASE("an area either links or informs but not both", "[tour]") {
    const auto result = parseText(
        hotspotsWith(R"({"type": "area", "polygon": [[0, 0], [10, 0], [10, 10]], "target": "hall", "text": "Altar"})"));
    checkOnly(result, Severity::Error, 3, 58, "/scenes/0/hotspots/0/target",
              "an area either leads to a scene ('target') or shows information ('text', 'image'), not both");
    CHECK(result.tour->scenes.at(0).hotspots.empty());
}

TEST_CASE("cube faces must be six and multires templates must name every coordinate", "[tour]") {
    const auto cube = parseText(R"({"scenes": [{"id": "hall", "panorama": {"type": "cube", "faces": ["f", "r", )"
                                R"("b", "l", "u"]}}]})");
    checkOnly(cube, Severity::Error, 1, 66, "/scenes/0/panorama/faces",
              "'faces' must be an array of 6 image paths in the order front, right, back, left, up, down, found an "
              "array");
    const auto multires =
        parseText(R"({"scenes": [{"id": "hall", "panorama": {"type": "multires", "path": "/%l/%s%y", )"
                  R"("tileResolution": 512, "maxLevel": 3, "cubeResolution": 2048}}]})");
    checkOnly(multires, Severity::Error, 1, 69, "/scenes/0/panorama/path",
              "'path' must be a path template relative to 'basePath' containing %l, %s, %y and %x, without '..', "
              "found the string \"/%l/%s%y\"");
    CHECK(multires.tour->scenes.empty());
}

TEST_CASE("an empty scene id and an unsupported version are errors", "[tour]") {
    const auto result =
        parseText(R"({"version": 2, "scenes": [{"id": "", "panorama": {"type": "equirect", "image": "a.jpg"}}]})");
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 2);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 1, 13, "/version",
                    "'version' must be 1 (the only version of the format so far), found 2");
    checkDiagnostic(result.diagnostics.items[1], Severity::Error, 1, 34, "/scenes/0/id",
                    "'id' must be a non-empty scene id, found the string \"\"");
}
