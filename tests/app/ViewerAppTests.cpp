// The interactive viewer end to end, in-process on SDL's offscreen driver: real SDL events go
// through ImGui, the input router and the camera, frames are drawn and the last one saved.
#include "engine/core/Clock.h"
#include "engine/image/ImageLoader.h"
#include "engine/math/Angles.h"
#include "viewer/app/ViewerApp.h"

#include <catch2/catch.hpp>

#include <SDL.h>

#include <filesystem>
#include <string>

using namespace cloudtour;
using namespace cloudtour::viewer;

namespace {

const std::string kPano = std::string(CLOUDTOUR_SHARED_DATA) + "/pannellum/examples/examplepano.jpg";
const std::string kOutput = CLOUDTOUR_TEST_OUTPUT;

void pushMouseButton(Uint32 type, int x, int y) {
    SDL_Event event{};
    event.type = type;
    event.button.button = SDL_BUTTON_LEFT;
    event.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
    event.button.clicks = 1;
    event.button.x = x;
    event.button.y = y;
    SDL_PushEvent(&event);
}

void pushMouseMotion(int x, int y) {
    SDL_Event event{};
    event.type = SDL_MOUSEMOTION;
    event.motion.x = x;
    event.motion.y = y;
    SDL_PushEvent(&event);
}

void pushKey(SDL_Keycode key) {
    for (Uint32 type : {SDL_KEYDOWN, SDL_KEYUP}) {
        SDL_Event event{};
        event.type = type;
        event.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
        event.key.keysym.sym = key;
        SDL_PushEvent(&event);
    }
}

std::unique_ptr<GlContext> makeWindow() {
    auto context = GlContext::create(WindowSpec{"tests", 640, 360, true, false});
    REQUIRE(context.ok());
    return std::move(*context);
}

} // namespace

TEST_CASE("the viewer routes a drag and a key to the camera and the overlay", "[gl][viewer]") {
    auto window = makeWindow();
    core::ManualClock clock;
    ViewerApp app(*window, clock);
    PanoramaOptions options;
    options.file = kPano;
    app.open(options);
    REQUIRE(app.finishLoading()); // the scene arrives at its own view: drag from there
    REQUIRE(app.overlay().messages.empty());

    const glm::dvec3 grabbed = app.view().screenToDirection({200.0, 180.0});
    pushMouseButton(SDL_MOUSEBUTTONDOWN, 200, 180);
    for (int step = 1; step <= 10; ++step) {
        pushMouseMotion(200 + 20 * step, 180 - 5 * step);
    }
    pushMouseButton(SDL_MOUSEBUTTONUP, 400, 130);
    pushKey(SDLK_i);
    const std::string screenshot = kOutput + "/viewer-drag.png";
    std::filesystem::create_directories(kOutput);
    app.quitAfterFrames(4, screenshot);
    CHECK(app.run() == 0);

    const auto shown = app.view().directionToScreen(grabbed);
    REQUIRE(shown.has_value());
    CHECK(shown->x == Approx(400.0).margin(1e-3));
    CHECK(shown->y == Approx(130.0).margin(1e-3));
    CHECK(app.overlay().showStats);

    const auto frame = image::loadImageFile(screenshot);
    REQUIRE(frame.ok());
    CHECK(frame->width == 640);
    CHECK(frame->height == 360);
}

TEST_CASE("a panorama that cannot be read leaves the viewer running with the message", "[gl][viewer]") {
    auto window = makeWindow();
    core::ManualClock clock;
    ViewerApp app(*window, clock);
    PanoramaOptions options;
    options.file = "/nonexistent/cave.jpg";
    app.open(options);
    REQUIRE(app.tour().messages.size() == 1);
    CHECK(app.tour().messages[0] == "/nonexistent/cave.jpg: file not found");
    app.quitAfterFrames(3, "");
    CHECK(app.run() == 0);
}
