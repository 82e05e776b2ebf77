// Scene switches must give back every GL object they take. The GL layer counts live objects per
// kind (engine/render/GlObjects.h); after thirty switches with crossfades, and the gallery opened
// and closed along the way, every count is back where it was. Switches go through the viewer's own
// input (keys) and the test waits for each scene to arrive and finish loading, whether loading is
// immediate or asynchronous.
#include "engine/core/Clock.h"
#include "engine/render/GlObjects.h"
#include "viewer/app/ViewerApp.h"

#include <catch2/catch.hpp>

#include <SDL.h>

#include <array>
#include <chrono>
#include <sstream>
#include <thread>

using namespace cloudtour;
using namespace cloudtour::viewer;

namespace {

const std::string kSampleTour = std::string(CLOUDTOUR_SOURCE_DIR) + "/assets/sample/tour.json";
constexpr int kKinds = static_cast<int>(render::GlObjectKind::Count);
using Counts = std::array<int, kKinds>;

Counts liveCounts() {
    Counts counts{};
    for (int kind = 0; kind < kKinds; ++kind) {
        counts[static_cast<std::size_t>(kind)] = render::liveGlObjects(static_cast<render::GlObjectKind>(kind));
    }
    return counts;
}

std::string describe(const Counts& counts) {
    static constexpr std::array<const char*, kKinds> kNames = {"textures",     "programs",      "vertex arrays",
                                                               "framebuffers", "renderbuffers", "buffers"};
    std::ostringstream text;
    for (std::size_t kind = 0; kind < counts.size(); ++kind) {
        text << kNames[kind] << " " << counts[kind] << (kind + 1 < counts.size() ? ", " : "");
    }
    return text.str();
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

struct Rig {
    std::unique_ptr<GlContext> window;
    core::ManualClock clock;
    std::unique_ptr<ViewerApp> app;

    Rig() {
        auto context = GlContext::create(WindowSpec{"leaks", 800, 450, true, false});
        REQUIRE(context.ok());
        window = std::move(*context);
        app = std::make_unique<ViewerApp>(*window, clock);
        PanoramaOptions options;
        options.file = kSampleTour;
        app->open(options);
    }

    std::string sceneId() const {
        const tour::Scene* scene = app->tour().currentScene();
        return scene ? scene->id : std::string();
    }

    void frames(int count) {
        for (int i = 0; i < count; ++i) {
            clock.advance(1.0 / 30.0);
            REQUIRE(app->step(false));
            std::this_thread::sleep_for(std::chrono::milliseconds(1)); // loads run on worker threads
        }
    }

    // Frames until `sceneId` is shown, its transition over, its loading done and its neighbours
    // prepared (at most 30 s): the counts are compared only between such settled states, since a
    // neighbour still decoding holds no GL object yet.
    void arriveAt(const std::string& id) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        const auto settled = [&] {
            const TourController& tour = app->tour();
            return sceneId() == id && tour.sceneShown() && !tour.busy() && !tour.preparing();
        };
        while (std::chrono::steady_clock::now() < deadline && !settled()) {
            frames(1);
        }
        REQUIRE(sceneId() == id);
        REQUIRE_FALSE(app->tour().busy());
        REQUIRE_FALSE(app->tour().preparing());
        frames(3);
    }

    // The gallery shown until it has made every scene's thumbnail, then closed.
    void galleryOpenAndClosed() {
        pushKey(SDLK_g);
        frames(4 * static_cast<int>(app->tour().tour().scenes.size()) + 4);
        pushKey(SDLK_g);
        frames(3);
    }
};

} // namespace

TEST_CASE("thirty scene switches with crossfades leave no GL object behind", "[gl][viewer][leaks]") {
    Rig rig;
    rig.arriveAt("entrance");
    REQUIRE(rig.app->tour().messages.empty());
    // Everything that lives as long as the tour is made first: the thumbnails, the renderers'
    // programs, and the scene the first link leads to (entrance -> chamber -> back to entrance).
    rig.galleryOpenAndClosed();
    pushKey(SDLK_TAB);
    rig.frames(1);
    pushKey(SDLK_RETURN);
    rig.arriveAt("chamber");
    pushKey(SDLK_BACKSPACE);
    rig.arriveAt("entrance");
    const Counts baseline = liveCounts();
    INFO("baseline: " << describe(baseline));
    REQUIRE(baseline[static_cast<std::size_t>(render::GlObjectKind::Texture)] > 0);

    Counts most = baseline;
    for (int i = 0; i < 30; ++i) {
        const bool forward = i % 2 == 0;
        if (forward) {
            pushKey(SDLK_RIGHT, KMOD_LALT); // forward to the chamber
        } else {
            pushKey(SDLK_BACKSPACE); // back to the entrance
        }
        rig.arriveAt(forward ? "chamber" : "entrance");
        if (i % 10 == 5) {
            rig.galleryOpenAndClosed();
        }
        const Counts now = liveCounts();
        for (std::size_t kind = 0; kind < now.size(); ++kind) {
            most[kind] = std::max(most[kind], now[kind]);
        }
    }
    REQUIRE(rig.sceneId() == "entrance");
    INFO("after 30 switches: " << describe(liveCounts()) << "; the most at once: " << describe(most));
    CHECK(liveCounts() == baseline);
}
