// The valid three-language fixture (tests/data/tours/valid/tour.json) read into a Tour: every
// kind of panorama and hotspot, degrees turned into radians, paths made absolute, file order kept.

#include "engine/math/Angles.h"
#include "tests/engine/tour/TourTestSupport.h"

#include <catch2/catch.hpp>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;
using cloudtour::math::degToRad;

namespace {

const std::string kDir = toursDir() + "/valid";

const Tour& validTour() {
    static const TourLoadResult result = parseTour(readFile(kDir + "/tour.json"), kDir + "/tour.json");
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.empty()); // image files are checked too: they all exist
    REQUIRE(result.tour);
    return *result.tour;
}

void checkSpan(const SourceSpan& span, int line, int column, const std::string& pointer) {
    CHECK(span.line == line);
    CHECK(span.column == column);
    CHECK(span.pointer == pointer);
    CHECK(span.limit > span.start);
}

} // namespace

TEST_CASE("the valid tour's top level has languages and texts and transition and map", "[tour]") {
    const Tour& tour = validTour();
    CHECK(tour.file == kDir + "/tour.json");
    CHECK(tour.baseDir == kDir);
    CHECK(tour.languages == std::vector<std::string>{"en", "zh", "es"});
    CHECK(tour.defaultLanguage == "en");
    CHECK(tour.title.resolve("zh", tour.defaultLanguage) == "莫高窟第61窟");
    CHECK(tour.title.resolve("fr", tour.defaultLanguage) == "Cave 61, Mogao Grottoes");
    CHECK(tour.description.resolve("es", tour.defaultLanguage).starts_with("La cueva de Manjushri"));
    CHECK(tour.firstScene == "entrance");
    CHECK(tour.transition.duration == Approx(1.5));
    CHECK_FALSE(tour.transition.turnToHotspot);
    REQUIRE(tour.map);
    CHECK(tour.map->image == kDir + "/images/plan.png");
    CHECK(tour.map->title.resolve("zh", "en") == "平面图");
    checkSpan(tour.span, 1, 1, "");
    checkSpan(tour.map->span, 14, 10, "/map");
}

TEST_CASE("the valid tour's scenes and hotspots keep file order and their places", "[tour]") {
    const Tour& tour = validTour();
    REQUIRE(tour.scenes.size() == 3);
    CHECK(tour.scenes[0].id == "entrance");
    CHECK(tour.scenes[1].id == "chamber");
    CHECK(tour.scenes[2].id == "altar");
    checkSpan(tour.scenes[0].span, 16, 5, "/scenes/0");
    checkSpan(tour.scenes[1].span, 51, 5, "/scenes/1");
    checkSpan(tour.scenes[2].span, 72, 5, "/scenes/2");
    checkSpan(tour.scenes[0].panorama.span, 19, 19, "/scenes/0/panorama");
    checkSpan(tour.scenes[2].panorama.span, 75, 19, "/scenes/2/panorama");

    const auto& hotspots = tour.scenes[0].hotspots;
    REQUIRE(hotspots.size() == 3);
    CHECK(hotspots[0].id == "to-chamber");
    CHECK(hotspots[1].id == "inscription");
    CHECK(hotspots[2].id == "academy");
    checkSpan(hotspots[0].span, 29, 9, "/scenes/0/hotspots/0");
    checkSpan(hotspots[2].span, 48, 9, "/scenes/0/hotspots/2");
    CHECK(tour.scenes[1].hotspots.at(1).id == "back");
    checkSpan(tour.scenes[2].hotspots.at(1).span, 93, 9, "/scenes/2/hotspots/1");
}

TEST_CASE("an equirect scene: degrees become radians and paths become absolute", "[tour]") {
    const Scene& scene = validTour().scenes.at(0);
    CHECK(scene.title.resolve("es", "en") == "Entrada");
    CHECK(scene.panorama.kind == PanoramaKind::Equirect);
    CHECK(scene.panorama.equirectPath == kDir + "/images/entrance.png");
    CHECK(scene.panorama.previewPath == kDir + "/images/entrance-preview.png");
    CHECK(scene.panorama.haov == Approx(2 * cloudtour::math::kPi));
    CHECK(scene.panorama.vaov == Approx(cloudtour::math::kPi));
    CHECK(scene.panorama.vOffset == 0.0);
    CHECK(scene.view.yaw == Approx(cloudtour::math::kHalfPi));
    CHECK(scene.view.pitch == Approx(degToRad(-10)));
    CHECK(scene.view.hfov == Approx(degToRad(100)));
    CHECK(scene.view.minPitch.value() == Approx(degToRad(-80)));
    CHECK(scene.view.maxPitch.value() == Approx(degToRad(80)));
    CHECK(scene.view.minHfov.value() == Approx(degToRad(30)));
    CHECK(scene.view.maxHfov.value() == Approx(degToRad(120)));
    CHECK_FALSE(scene.view.minYaw);
    CHECK_FALSE(scene.view.maxYaw);
    CHECK(scene.northOffset == Approx(cloudtour::math::kPi));
    CHECK(scene.horizonPitch == Approx(degToRad(1.5)));
    CHECK(scene.horizonRoll == Approx(degToRad(-2)));
    CHECK(scene.credits.resolve("zh", "en") == "摄影：敦煌研究院");
    CHECK(scene.license == "CC BY-SA 4.0");
    CHECK(scene.licenseUrl == "https://creativecommons.org/licenses/by-sa/4.0/");
    REQUIRE(scene.mapPosition);
    CHECK(scene.mapPosition->x == 120.0);
    CHECK(scene.mapPosition->y == 340.0);
    CHECK(scene.mapPosition->heading == Approx(cloudtour::math::kPi / 4));
}

TEST_CASE("scene and info and url hotspots are read with their own keys", "[tour]") {
    const auto& hotspots = validTour().scenes.at(0).hotspots;
    const Hotspot& link = hotspots.at(0);
    CHECK(link.kind == HotspotKind::SceneLink);
    CHECK(link.yaw == 0.0);
    CHECK(link.pitch == Approx(degToRad(-5)));
    CHECK(link.icon == kDir + "/images/door.png");
    CHECK(link.targetScene == "chamber");
    CHECK(link.arrival.mode == ArrivalMode::SameAzimuth);
    CHECK(link.title.resolve("zh", "en") == "主室");
    const Hotspot& info = hotspots.at(1);
    CHECK(info.kind == HotspotKind::Info);
    CHECK(info.yaw == Approx(degToRad(45)));
    CHECK(info.text.resolve("es", "en") == "Donantes de la familia Cao.");
    CHECK(info.image == kDir + "/images/inscription.png");
    const Hotspot& url = hotspots.at(2);
    CHECK(url.kind == HotspotKind::Url);
    CHECK(url.url == "https://www.dha.ac.cn/");
    CHECK(url.title.isPlain());
    CHECK(url.title.resolve("zh", "en") == "Dunhuang Academy");
}

TEST_CASE("a cube scene and an area that links with an explicit arrival view", "[tour]") {
    const Scene& scene = validTour().scenes.at(1);
    CHECK(scene.panorama.kind == PanoramaKind::Cube);
    const char* faces[] = {"front", "right", "back", "left", "up", "down"};
    for (std::size_t i = 0; i < 6; ++i) {
        CHECK(scene.panorama.cubePaths[i] == kDir + "/images/cube/" + faces[i] + ".png");
    }
    const Hotspot& area = scene.hotspots.at(0);
    CHECK(area.kind == HotspotKind::Area);
    REQUIRE(area.polygon.size() == 4);
    CHECK(area.polygon[2].yaw == Approx(degToRad(20)));
    CHECK(area.polygon[2].pitch == Approx(degToRad(40)));
    CHECK(area.yaw == Approx(0.0).margin(1e-12)); // the label sits at the centroid
    CHECK(area.pitch == Approx(degToRad(25)));
    CHECK(area.targetScene == "altar");
    CHECK(area.arrival.mode == ArrivalMode::Explicit);
    CHECK(area.arrival.yaw.value() == Approx(cloudtour::math::kPi));
    CHECK(area.arrival.pitch.value() == 0.0);
    CHECK(area.arrival.hfov.value() == Approx(degToRad(90)));
    CHECK(scene.hotspots.at(1).arrival.mode == ArrivalMode::Same);
}

TEST_CASE("a multires scene and an area across the 180 degree seam labelled at its middle", "[tour]") {
    const Scene& scene = validTour().scenes.at(2);
    CHECK(scene.panorama.kind == PanoramaKind::Multires);
    const MultiresSpec& multires = scene.panorama.multires;
    CHECK(multires.basePath == kDir + "/tiles/altar");
    CHECK(multires.pathTemplate == "/%l/%s%y_%x");
    CHECK(multires.extension == "png");
    CHECK(multires.tileResolution == 256);
    CHECK(multires.maxLevel == 2);
    CHECK(multires.cubeResolution == 512);
    CHECK(multires.fallbackPath == "/fallback/%s");
    const Hotspot& area = scene.hotspots.at(0);
    CHECK(area.kind == HotspotKind::Area);
    CHECK(area.targetScene.empty());
    CHECK(area.text.resolve("zh", "en") == "骑狮。");
    CHECK(area.polygon.at(1).yaw == Approx(degToRad(-170)));
    CHECK(std::abs(area.yaw) == Approx(cloudtour::math::kPi)); // 180 degrees, not 0
    CHECK(area.pitch == Approx(degToRad(10)));
    CHECK(scene.hotspots.at(1).arrival.mode == ArrivalMode::SceneDefault);
}
