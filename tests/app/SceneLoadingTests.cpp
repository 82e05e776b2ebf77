// Scenes load on worker threads while the viewer keeps drawing the scene it shows: the history,
// title and hotspots change only when the new panorama is on the stage; linked scenes are prepared
// in the background so following a link starts the crossfade at once; a newer request replaces
// one still loading; a scene that fails to load leaves the viewer where it was.

#include "engine/core/Clock.h"
#include "engine/core/TaskPool.h"
#include "engine/math/Angles.h"
#include "engine/tour/TourLoader.h"
#include "tests/support/GlTestContext.h"
#include "viewer/input/CameraController.h"
#include "viewer/tour/TourController.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

namespace cloudtour::test {
namespace {

const std::string kSampleTour = std::string(CLOUDTOUR_SOURCE_DIR) + "/assets/sample/tour.json";

struct Rig {
    math::View view;
    core::ManualClock clock;
    viewer::CameraController camera{view, clock};
    core::TaskPool pool{2};
    viewer::TourController controller{view, camera, clock, gpuCaps(), pool};

    explicit Rig(const std::string& file) {
        view.setViewport(320, 180);
        auto loaded = tour::loadTour(file);
        REQUIRE(loaded.tour);
        controller.open(std::move(*loaded.tour));
    }

    [[nodiscard]] std::string current() const { return controller.currentScene()->id; }

    // Frames until `done` holds, as the viewer's loop would run them (with a cap).
    template <typename Done>
    bool frameUntil(Done done, double seconds = 30.0) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
        while (!done() && std::chrono::steady_clock::now() < deadline) {
            controller.update();
            controller.draw();
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        return done();
    }
};

} // namespace

TEST_CASE("scene loading: the first scene is on the stage only once drawable, its hotspots hidden until then",
          "[gl][viewer][loading]") {
    Rig rig(kSampleTour);
    CHECK(rig.current() == "entrance"); // the history starts at once
    CHECK_FALSE(rig.controller.sceneShown());
    CHECK(rig.controller.sceneOpacity() == 0.0);
    REQUIRE(rig.controller.loadingProgress());
    CHECK(rig.frameUntil([&] { return rig.controller.sceneShown(); }));
    CHECK(rig.controller.sceneOpacity() == 1.0);
    REQUIRE(rig.controller.finishLoading());
    CHECK_FALSE(rig.controller.loadingProgress());
    CHECK(rig.controller.messages.empty());
}

TEST_CASE("scene loading: a linked scene is prepared, and following the link starts the crossfade at once",
          "[gl][viewer][loading]") {
    Rig rig(kSampleTour);
    REQUIRE(rig.controller.finishLoading());
    // The entrance links to the chamber only: that one is prepared, at preview size.
    REQUIRE(rig.controller.preparedCount() == 1);
    REQUIRE(rig.frameUntil([&] { return rig.controller.preparedBytes() > 0; }));
    CHECK(rig.controller.preparedBytes() < (4u << 20)); // a 512x256 preview with its mips, not 4096x2048

    rig.controller.jumpTo("chamber");
    // No frame has run: the prepared scene went straight onto the stage.
    CHECK(rig.current() == "chamber");
    CHECK(rig.controller.sceneShown());
    CHECK_FALSE(rig.controller.incomingScene());
    rig.clock.advance(0.01);
    CHECK(rig.controller.sceneOpacity() < 1.0); // crossfading over the entrance, never black
    CHECK(rig.controller.refining());           // while the full resolution comes in
    REQUIRE(rig.controller.finishLoading());
    CHECK_FALSE(rig.controller.refining());
    // The chamber's neighbours are now the ones prepared: niche and entrance.
    CHECK(rig.controller.preparedCount() == 2);
}

TEST_CASE("scene loading: an unprepared scene loads while the shown one stays, and the history waits",
          "[gl][viewer][loading]") {
    Rig rig(kSampleTour);
    REQUIRE(rig.controller.finishLoading());
    rig.controller.jumpTo("niche"); // not linked from the entrance: nothing prepared
    REQUIRE(rig.controller.incomingScene());
    CHECK(rig.controller.incomingScene()->id == "niche");
    CHECK(rig.current() == "entrance"); // title, hotspots and history stay with what is seen
    CHECK(rig.controller.navigator().visitedCount() == 1);
    REQUIRE(rig.controller.loadingProgress());
    const float early = *rig.controller.loadingProgress();
    CHECK(early < 1.0f);
    rig.view.set(math::degToRad(50.0), 0.0, math::degToRad(80.0)); // the visitor looks around meanwhile
    CHECK(rig.frameUntil([&] { return rig.current() == "niche"; }));
    CHECK(rig.controller.navigator().visitedCount() == 2);
    REQUIRE(rig.controller.finishLoading());
    CHECK(rig.controller.messages.empty());
}

TEST_CASE("scene loading: a newer request replaces one still loading", "[gl][viewer][loading]") {
    Rig rig(kSampleTour);
    REQUIRE(rig.controller.finishLoading());
    rig.controller.jumpTo("niche");
    REQUIRE(rig.controller.incomingScene());
    rig.controller.back();            // nothing to go back to: still loading the niche
    rig.controller.jumpTo("chamber"); // prepared: replaces the niche at once
    CHECK(rig.current() == "chamber");
    CHECK_FALSE(rig.controller.incomingScene());
    std::vector<std::string> seen;
    rig.frameUntil([&] {
        seen.push_back(rig.current());
        return !rig.controller.loading();
    });
    CHECK(std::count(seen.begin(), seen.end(), "niche") == 0); // the dropped load never shows
    CHECK(rig.controller.navigator().visitedCount() == 2);
}

TEST_CASE("scene loading: a scene whose image is corrupt leaves the viewer where it was, with a message",
          "[gl][viewer][loading]") {
    const std::filesystem::path dir = std::filesystem::path(CLOUDTOUR_TEST_OUTPUT) / "scene-loading";
    std::filesystem::create_directories(dir);
    std::filesystem::copy_file(std::string(CLOUDTOUR_SOURCE_DIR) + "/assets/sample/entrance.jpg", dir / "good.jpg",
                               std::filesystem::copy_options::overwrite_existing);
    {
        // A JPEG cut after its headers: the header probe passes, the decode fails.
        std::ifstream in(dir / "good.jpg", std::ios::binary);
        std::vector<char> bytes(2000);
        in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        std::ofstream(dir / "cut.jpg", std::ios::binary)
            .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    std::ofstream(dir / "tour.json")
        << R"({"version": 1, "title": "t", "scenes": [)"
        << R"({"id": "a", "title": "A", "panorama": {"type": "equirect", "image": "good.jpg"},)"
        << R"( "hotspots": [{"id": "go", "type": "scene", "yaw": 0, "pitch": 0, "target": "b"}]},)"
        << R"({"id": "b", "title": "B", "panorama": {"type": "equirect", "image": "cut.jpg"}}]})";
    Rig rig((dir / "tour.json").string());
    REQUIRE(rig.controller.finishLoading());
    rig.controller.jumpTo("b");
    rig.frameUntil([&] { return !rig.controller.loading(); });
    CHECK(rig.current() == "a");
    CHECK(rig.controller.navigator().visitedCount() == 1);
    REQUIRE(rig.controller.messages.size() == 1);
    const std::string& message = rig.controller.messages.front();
    INFO(message);
    CHECK(message.rfind("scene 'b': " + (dir / "cut.jpg").string() + ": ", 0) == 0);
}

} // namespace cloudtour::test
