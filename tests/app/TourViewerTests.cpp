// The bundled sample tour in the real viewer loop, driven frame by frame with a manual clock:
// clicking a scene link, keyboard focus and activation, back and forward, and Chinese captions.
#include "engine/core/Clock.h"
#include "engine/image/ImageLoader.h"
#include "engine/math/Angles.h"
#include "engine/render/GlObjects.h"
#include "viewer/app/ViewerApp.h"

#include <catch2/catch.hpp>

#include <SDL.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace cloudtour;
using namespace cloudtour::viewer;

namespace {

const std::string kSampleTour = std::string(CLOUDTOUR_SOURCE_DIR) + "/assets/sample/tour.json";

// Steps the loop on the same clock instant until the loads in flight are done (at most 30 s).
void stepUntilLoaded(ViewerApp& app) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while ((app.tour().loading() || app.tour().preparing()) && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        app.step(false);
    }
}

struct TourRig {
    std::unique_ptr<GlContext> window;
    core::ManualClock clock;
    std::unique_ptr<ViewerApp> app;

    TourRig() {
        auto context = GlContext::create(WindowSpec{"tests", 800, 450, true, false});
        REQUIRE(context.ok());
        window = std::move(*context);
        app = std::make_unique<ViewerApp>(*window, clock);
        PanoramaOptions options;
        options.file = kSampleTour;
        app->open(options);
        frames(2);
    }

    // Frames of 1/30 s on the test's clock. Loads run on worker threads in real time: after each
    // frame the loop steps on the same clock instant until they are done (at most 30 s), so a
    // test sees the same sequence however fast the machine is.
    void frames(int count) {
        for (int i = 0; i < count; ++i) {
            clock.advance(1.0 / 30.0);
            app->step(false);
            waitForLoads();
        }
    }

    void waitForLoads() { stepUntilLoaded(*app); }

    std::string sceneId() const { return app->tour().currentScene()->id; }

    // The on-screen position of a hotspot of the current scene, by id.
    glm::dvec2 markerOf(const std::string& id) const {
        const auto& scene = *app->tour().currentScene();
        for (const auto& hotspot : scene.hotspots) {
            if (hotspot.id == id) {
                auto screen = app->view().directionToScreen(math::directionFromYawPitch(hotspot.yaw, hotspot.pitch));
                REQUIRE(screen.has_value());
                return *screen;
            }
        }
        FAIL("no hotspot " << id);
        return {};
    }
};

void pushClick(glm::dvec2 at) {
    for (Uint32 type : {SDL_MOUSEBUTTONDOWN, SDL_MOUSEBUTTONUP}) {
        SDL_Event event{};
        event.type = type;
        event.button.button = SDL_BUTTON_LEFT;
        event.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        event.button.clicks = 1;
        event.button.x = static_cast<int>(std::lround(at.x));
        event.button.y = static_cast<int>(std::lround(at.y));
        SDL_PushEvent(&event);
    }
}

void pushKey(SDL_Keycode key, Uint16 mod = KMOD_NONE) {
    for (Uint32 type : {SDL_KEYDOWN, SDL_KEYUP}) {
        SDL_Event event{};
        event.type = type;
        event.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
        event.key.keysym.sym = key;
        event.key.keysym.mod = mod;
        SDL_PushEvent(&event);
    }
}

} // namespace

TEST_CASE("the sample tour opens on its first scene with no problems", "[gl][viewer][tour]") {
    TourRig rig;
    CHECK(rig.app->tour().messages.empty());
    CHECK(rig.sceneId() == "entrance");
    CHECK(rig.app->tour().tour().scenes.size() == 3);
}

TEST_CASE("clicking a scene link turns towards it, crossfades and arrives", "[gl][viewer][tour]") {
    TourRig rig;
    pushClick(rig.markerOf("to-chamber"));
    rig.frames(3);
    CHECK(rig.sceneId() == "entrance"); // still turning towards the link
    rig.frames(60);
    CHECK(rig.sceneId() == "chamber");
    // sameAzimuth between scenes whose yaw 0 faces the same bearing keeps the yaw of the turn.
    CHECK(math::radToDeg(rig.app->view().yaw()) == Approx(0.0).margin(0.5));
    CHECK(rig.app->tour().navigator().canGoBack());
}

TEST_CASE("Tab focuses a hotspot in view and Enter follows it, Backspace comes back", "[gl][viewer][tour]") {
    TourRig rig;
    pushKey(SDLK_TAB);
    rig.frames(1);
    REQUIRE(rig.app->hotspots().focused().has_value());
    const auto& focused = rig.app->tour().currentScene()->hotspots[*rig.app->hotspots().focused()];
    CHECK(focused.id == "to-chamber"); // the only hotspot in the initial view
    pushKey(SDLK_RETURN);
    rig.frames(60);
    CHECK(rig.sceneId() == "chamber");
    pushKey(SDLK_BACKSPACE);
    rig.frames(40);
    CHECK(rig.sceneId() == "entrance");
    pushKey(SDLK_RIGHT, KMOD_LALT);
    rig.frames(40);
    CHECK(rig.sceneId() == "chamber");
}

TEST_CASE("turning with the keyboard, Tab reaches an info hotspot, Enter opens it, Escape closes it",
          "[gl][viewer][tour]") {
    TourRig rig;
    pushClick(rig.markerOf("to-chamber"));
    rig.frames(60);
    REQUIRE(rig.sceneId() == "chamber");
    // Hold the right arrow until the north wall (yaw 90) is in front, as a visitor would.
    SDL_Event down{};
    down.type = SDL_KEYDOWN;
    down.key.state = SDL_PRESSED;
    down.key.keysym.sym = SDLK_RIGHT;
    SDL_PushEvent(&down);
    for (int i = 0; i < 200 && math::radToDeg(rig.app->view().yaw()) < 80.0; ++i) {
        rig.frames(1);
    }
    SDL_Event up = down;
    up.type = SDL_KEYUP;
    up.key.state = SDL_RELEASED;
    SDL_PushEvent(&up);
    rig.frames(30);
    REQUIRE(math::radToDeg(rig.app->view().yaw()) > 60.0);

    const auto& hotspots = rig.app->tour().currentScene()->hotspots;
    bool reached = false;
    for (std::size_t i = 0; i < hotspots.size() && !reached; ++i) {
        pushKey(SDLK_TAB);
        rig.frames(1);
        const auto focused = rig.app->hotspots().focused();
        REQUIRE(focused.has_value());
        reached = hotspots[*focused].id == "mural-north";
    }
    REQUIRE(reached);
    pushKey(SDLK_RETURN);
    rig.frames(2);
    REQUIRE(rig.app->tour().openInfo.has_value());
    CHECK(hotspots[*rig.app->tour().openInfo].id == "mural-north");
    pushKey(SDLK_ESCAPE);
    rig.frames(2);
    CHECK_FALSE(rig.app->tour().openInfo.has_value());
}

TEST_CASE("a link to a scene whose image is missing keeps the visitor where they are", "[gl][viewer][tour]") {
    const std::string dir = std::string(CLOUDTOUR_TEST_OUTPUT) + "/missing-scene";
    std::filesystem::create_directories(dir);
    std::filesystem::copy_file(std::string(CLOUDTOUR_SOURCE_DIR) + "/assets/sample/plan.png", dir + "/a.png",
                               std::filesystem::copy_options::overwrite_existing);
    std::ofstream(dir + "/tour.json")
        << R"({"version": 1, "title": "t", "scenes": [)"
        << R"({"id": "a", "title": "A", "panorama": {"type": "equirect", "image": "a.png"}, "hotspots": [)"
        << R"({"id": "go", "type": "scene", "yaw": 0, "pitch": 0, "target": "b"}]},)"
        << R"({"id": "b", "title": "B", "panorama": {"type": "equirect", "image": "gone.jpg"}}]})";
    auto context = GlContext::create(WindowSpec{"tests", 640, 360, true, false});
    REQUIRE(context.ok());
    core::ManualClock clock;
    ViewerApp app(**context, clock);
    PanoramaOptions options;
    options.file = dir + "/tour.json";
    app.open(options);
    REQUIRE(app.tour().messages.size() == 1); // the validator already names gone.jpg
    app.step(false);                          // a first frame, so the hotspots are on screen
    stepUntilLoaded(app);
    pushKey(SDLK_TAB);
    pushKey(SDLK_RETURN);
    for (int i = 0; i < 60; ++i) {
        clock.advance(1.0 / 30.0);
        app.step(false);
        stepUntilLoaded(app);
    }
    CHECK(app.tour().currentScene()->id == "a");
    CHECK_FALSE(app.tour().navigator().canGoBack());
    REQUIRE(app.tour().messages.size() == 2);
    CHECK_THAT(app.tour().messages[1], Catch::StartsWith("scene 'b': ") && Catch::Contains("gone.jpg"));
}
