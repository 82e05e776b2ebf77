// A hotspot's marker must be drawn where the View projects its yaw and pitch: within 1 pixel, at
// several views, aspects, rolls and window sizes. The marker is found in the rendered frame (its
// white ring on a plain grey panorama), not taken from the code that placed it.
#include "engine/core/Clock.h"
#include "engine/image/ImageWriter.h"
#include "engine/math/Angles.h"
#include "engine/math/SphereCoords.h"
#include "viewer/app/ViewerApp.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace cloudtour;
using namespace cloudtour::viewer;
using math::degToRad;

namespace {

const std::string kDir = std::string(CLOUDTOUR_TEST_OUTPUT) + "/hotspot-placement";

// A plain grey panorama and a tour with one info hotspot at (yawDeg, pitchDeg).
std::string writeFixture(double yawDeg, double pitchDeg) {
    std::filesystem::create_directories(kDir);
    auto grey = image::ImageData::allocate(512, 256, 3);
    std::fill(grey.pixels.begin(), grey.pixels.end(), std::uint8_t{110});
    REQUIRE(image::writePng(kDir + "/grey.png", grey).ok());
    std::ofstream(kDir + "/tour.json")
        << R"({"version": 1, "title": "placement", "scenes": [{"id": "s", "title": "s",)"
        << R"("panorama": {"type": "equirect", "image": "grey.png"}, "hotspots": [{"id": "h", "type": "info",)"
        << R"("yaw": )" << yawDeg << R"(, "pitch": )" << pitchDeg << R"(, "title": "", "text": "t"}]}]})";
    return kDir + "/tour.json";
}

// The centre of the marker's ring: the box of bright pixels near where it should be, halved.
std::optional<glm::dvec2> findMarker(const image::ImageData& frame, glm::dvec2 near) {
    int minX = frame.width, minY = frame.height, maxX = -1, maxY = -1;
    const int radius = 40;
    for (int y = std::max(0, int(near.y) - radius); y < std::min(frame.height, int(near.y) + radius); ++y) {
        for (int x = std::max(0, int(near.x) - radius); x < std::min(frame.width, int(near.x) + radius); ++x) {
            const std::uint8_t* p = frame.row(y) + 3 * x;
            if (p[0] > 200 && p[1] > 200 && p[2] > 200) {
                minX = std::min(minX, x);
                maxX = std::max(maxX, x);
                minY = std::min(minY, y);
                maxY = std::max(maxY, y);
            }
        }
    }
    if (maxX < 0) {
        return std::nullopt;
    }
    // Pixel centres are at +0.5.
    return glm::dvec2(0.5 * (minX + maxX) + 0.5, 0.5 * (minY + maxY) + 0.5);
}

} // namespace

TEST_CASE("hotspot markers land within 1 pixel of their projected position", "[gl][viewer][tour]") {
    struct Case {
        int width, height;
        double hotspotYaw, hotspotPitch, yaw, pitch, hfov;
    };
    const Case cases[] = {
        {640, 360, 0.0, 0.0, 0.0, 0.0, 90.0},        {640, 360, 20.0, 10.0, 0.0, 0.0, 90.0},
        {640, 360, -35.0, -20.0, -10.0, 5.0, 100.0}, {480, 640, 170.0, 30.0, -175.0, 20.0, 70.0},
        {800, 400, 10.0, 75.0, 0.0, 60.0, 110.0},    {640, 480, 3.3, -1.7, 1.1, 0.4, 31.0},
    };
    for (const auto& c : cases) {
        INFO(c.width << "x" << c.height << " hotspot " << c.hotspotYaw << "," << c.hotspotPitch << " view " << c.yaw
                     << "," << c.pitch << " hfov " << c.hfov);
        auto window = GlContext::create(WindowSpec{"tests", c.width, c.height, true, false});
        REQUIRE(window.ok());
        core::ManualClock clock;
        ViewerApp app(**window, clock);
        PanoramaOptions options;
        options.file = writeFixture(c.hotspotYaw, c.hotspotPitch);
        app.open(options);
        REQUIRE(app.tour().messages.empty());
        app.aim(degToRad(c.yaw), degToRad(c.pitch), degToRad(c.hfov));
        app.captureFrame();
        const auto frame = app.captureFrame();
        const auto expected =
            app.view().directionToScreen(math::directionFromYawPitch(degToRad(c.hotspotYaw), degToRad(c.hotspotPitch)));
        REQUIRE(expected.has_value());
        const auto found = findMarker(frame, *expected);
        REQUIRE(found.has_value());
        CHECK(std::abs(found->x - expected->x) <= 1.0);
        CHECK(std::abs(found->y - expected->y) <= 1.0);
    }
}

TEST_CASE("a hotspot with its own icon shows that icon at its marker", "[gl][viewer][tour]") {
    const std::string dir = kDir + "/icon";
    std::filesystem::create_directories(dir);
    auto grey = image::ImageData::allocate(512, 256, 3);
    std::fill(grey.pixels.begin(), grey.pixels.end(), std::uint8_t{110});
    REQUIRE(image::writePng(dir + "/grey.png", grey).ok());
    auto red = image::ImageData::allocate(32, 32, 3);
    for (std::size_t i = 0; i < red.pixels.size(); i += 3) {
        red.pixels[i] = 255;
    }
    REQUIRE(image::writePng(dir + "/red.png", red).ok());
    std::ofstream(dir + "/tour.json") << R"({"version": 1, "title": "icon", "scenes": [{"id": "s", "title": "s",)"
                                      << R"("panorama": {"type": "equirect", "image": "grey.png"}, "hotspots": [)"
                                      << R"({"id": "h", "type": "info", "yaw": 0, "pitch": 0, "icon": "red.png",)"
                                      << R"("text": "t"}]}]})";
    auto window = GlContext::create(WindowSpec{"tests", 320, 240, true, false});
    REQUIRE(window.ok());
    core::ManualClock clock;
    ViewerApp app(**window, clock);
    PanoramaOptions options;
    options.file = dir + "/tour.json";
    app.open(options);
    REQUIRE(app.tour().messages.empty());
    app.captureFrame();
    const auto frame = app.captureFrame();
    const std::uint8_t* centre = frame.row(120) + 3 * 160;
    INFO("centre pixel " << int(centre[0]) << "," << int(centre[1]) << "," << int(centre[2]));
    CHECK(centre[0] > 200);
    CHECK(centre[1] < 60);
    CHECK(centre[2] < 60);
}
