// The catalogue of bad inputs (tests/bad_inputs/cases.json; the files are made by generate.py into
// build/<preset>/bad_inputs before this runs). Each case is opened in the real viewer offscreen and
// must give exactly the messages the catalogue states, keep running and drawing (the scene that is
// fine on screen, the messages in the overlay), and leave its folder exactly as it was.
// ctest runs one case per test through CLOUDTOUR_CATALOGUE_CASE; without it every case runs.
#include "engine/core/Clock.h"
#include "engine/image/ImageWriter.h"
#include "engine/tour/TourLoader.h"
#include "tests/support/FolderSnapshot.h"
#include "viewer/app/LoadLimits.h"
#include "viewer/app/ViewerApp.h"

#include <catch2/catch.hpp>
#include <json/json.h>

#include <array>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace cloudtour;
using namespace cloudtour::viewer;

namespace {

const std::string kCatalogue = std::string(CLOUDTOUR_SOURCE_DIR) + "/tests/bad_inputs/cases.json";
const std::string kFixtures = CLOUDTOUR_BAD_INPUTS;
const std::string kFrames = std::string(CLOUDTOUR_TEST_OUTPUT) + "/catalogue";
constexpr int kWidth = 800, kHeight = 450;

using Rgb = std::array<int, 3>;
// generate.py's colours, and the viewer's background.
const std::map<std::string, Rgb> kShown = {{"good", {40, 140, 200}},
                                           {"bad", {200, 120, 40}},
                                           {"grey", {134, 134, 134}},
                                           {"outside", {120, 200, 60}},
                                           {"none", {15, 15, 18}}};

struct Case {
    std::string id;
    std::string open = "tour.json";
    std::vector<std::string> limits; ///< NAME=VALUE
    std::vector<std::string> messages;
    std::string severity;
    std::string shows;
    std::optional<std::string> again;
    std::optional<std::vector<std::string>> confined;
};

std::string expand(std::string text, const std::string& folder) {
    for (const auto& [token, value] :
         {std::pair<std::string, std::string>{"{case}", folder}, {"{outside}", kFixtures + "/_outside"}}) {
        for (auto at = text.find(token); at != std::string::npos; at = text.find(token, at + value.size())) {
            text.replace(at, token.size(), value);
        }
    }
    return text;
}

std::vector<std::string> strings(const Json::Value& array, const std::string& folder) {
    std::vector<std::string> result;
    for (const auto& item : array) {
        result.push_back(expand(item.asString(), folder));
    }
    return result;
}

Case readCase(const Json::Value& value) {
    Case c;
    c.id = value["id"].asString();
    const std::string folder = kFixtures + "/" + c.id;
    c.open = value.get("open", "tour.json").asString();
    for (const auto& name : value["limits"].getMemberNames()) {
        c.limits.push_back(name + "=" + value["limits"][name].asString());
    }
    c.messages = strings(value["messages"], folder);
    c.severity = value["severity"].asString();
    c.shows = value["shows"].asString();
    if (value.isMember("again")) {
        c.again = expand(value["again"].asString(), folder);
    }
    if (value.isMember("confined")) {
        c.confined = strings(value["confined"], folder);
    }
    return c;
}

std::vector<Case> readCatalogue() {
    std::ifstream in(kCatalogue);
    Json::Value root;
    std::string errors;
    REQUIRE(Json::parseFromStream(Json::CharReaderBuilder(), in, &root, &errors));
    std::vector<Case> cases;
    for (const auto& value : root["cases"]) {
        cases.push_back(readCase(value));
    }
    return cases;
}

Rgb pixelAt(const image::ImageData& frame, int x, int y) {
    const std::uint8_t* p = frame.row(y) + static_cast<std::size_t>(x) * static_cast<std::size_t>(frame.channels);
    return {p[0], p[1], p[2]};
}

bool near(const Rgb& a, const Rgb& b, int tolerance) {
    for (std::size_t i = 0; i < 3; ++i) {
        if (std::abs(a[i] - b[i]) > tolerance) {
            return false;
        }
    }
    return true;
}

// A place on screen no panel covers (the messages sit top-left, at most 40 em wide): what the
// stage draws there is the panorama, or the background when no scene is shown.
Rgb stageColour(const image::ImageData& frame) {
    return pixelAt(frame, frame.width * 19 / 20, frame.height * 5 / 9);
}

// Pixels of the overlay's message text (1.0, 0.55, 0.45), antialiased over any background: bright,
// with green and blue in the text colour's proportions (none of the scene colours has them).
int messageTextPixels(const image::ImageData& frame) {
    int count = 0;
    for (int y = 0; y < frame.height; ++y) {
        for (int x = 0; x < frame.width; ++x) {
            const Rgb p = pixelAt(frame, x, y);
            const double r = p[0];
            count += r >= 150 && std::abs(p[1] / r - 0.55) < 0.08 && std::abs(p[2] / r - 0.45) < 0.08 ? 1 : 0;
        }
    }
    return count;
}

struct Viewer {
    std::unique_ptr<GlContext> window;
    core::ManualClock clock;
    std::unique_ptr<ViewerApp> app;

    Viewer() {
        auto context = GlContext::create(WindowSpec{"catalogue", kWidth, kHeight, true, false});
        REQUIRE(context.ok());
        window = std::move(*context);
        app = std::make_unique<ViewerApp>(*window, clock);
    }

    // The viewer keeps running: every step asks to go on. Files load on worker threads, so real
    // time passes between frames too.
    void frames(int count) {
        for (int i = 0; i < count; ++i) {
            clock.advance(1.0 / 30.0);
            REQUIRE(app->step(false));
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }

    // Draws frames until the viewer shows what is expected (loading may take a few), at most ten
    // seconds, then ten more frames: the checks that follow see where it settled.
    void settle(const std::vector<std::string>& messages, const std::string& shows) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (std::chrono::steady_clock::now() < deadline &&
               !(app->tour().messages == messages && near(stageColour(app->captureFrame()), kShown.at(shows), 6))) {
            frames(1);
        }
        frames(10);
    }

    // Checks the frame, and keeps it under test-output/catalogue/ to look at.
    void expectShowing(const std::string& shows, const std::string& name) {
        const image::ImageData frame = app->captureFrame();
        std::filesystem::create_directories(kFrames);
        image::writePng(kFrames + "/" + name + ".png", frame);
        REQUIRE(frame.width == kWidth);
        REQUIRE(frame.height == kHeight);
        const Rgb colour = stageColour(frame);
        INFO("stage colour " << colour[0] << "," << colour[1] << "," << colour[2] << "; expected " << shows);
        CHECK(near(colour, kShown.at(shows), 6));
        const bool messages = !app->tour().messages.empty();
        INFO("message text pixels: " << messageTextPixels(frame));
        CHECK((messageTextPixels(frame) > 20) == messages);
    }
};

bool hasScene(const ViewerApp& app, const std::string& id) {
    return app.tour().hasTour() && app.tour().tour().findScene(id) != nullptr;
}

// The worst severity the tour reader reports, or "error" when the viewer could not show a scene.
std::string worstSeverity(const std::string& path, const LoadLimits& limits, bool sceneFailed) {
    tour::TourLoadOptions options;
    options.limits = limits.tour;
    const auto result = tour::loadTour(path, options);
    if (sceneFailed || result.diagnostics.count(tour::Severity::Error) > 0) {
        return "error";
    }
    return result.diagnostics.count(tour::Severity::Warning) > 0 ? "warning"
           : result.diagnostics.items.empty()                    ? "none"
                                                                 : "note";
}

std::vector<std::string> confinedMessages(const std::string& path, const LoadLimits& limits) {
    tour::TourLoadOptions options;
    options.limits = limits.tour;
    options.paths.allowOutsideRoot = false;
    std::vector<std::string> messages;
    for (const auto& diagnostic : tour::loadTour(path, options).diagnostics.items) {
        messages.push_back(tour::formatDiagnostic(diagnostic));
    }
    return messages;
}

void runCase(const Case& c) {
    const std::string folder = kFixtures + "/" + c.id;
    INFO("case folder " << folder << " (made by tests/bad_inputs/generate.py)");
    REQUIRE(std::filesystem::is_directory(folder));
    const auto before = test::snapshotFolder(folder);
    const auto outsideBefore = test::snapshotFolder(kFixtures + "/_outside");

    PanoramaOptions options;
    options.file = c.open == "." ? folder : folder + "/" + c.open;
    for (const auto& setting : c.limits) {
        REQUIRE(applyLimitSetting(options.limits, setting).ok());
    }
    {
        Viewer viewer;
        viewer.app->open(options);
        viewer.settle(c.messages, c.shows);
        CHECK(viewer.app->tour().messages == c.messages);
        viewer.expectShowing(c.shows, c.id + "-1-opened");
        if (hasScene(*viewer.app, "good") && hasScene(*viewer.app, "bad")) {
            // Away to the fine scene, then back to the case's: a failure leaves the fine one on screen.
            REQUIRE(viewer.app->showScene("good"));
            viewer.settle(c.messages, "good");
            viewer.expectShowing("good", c.id + "-2-good");
            auto messages = viewer.app->tour().messages;
            CHECK(viewer.app->showScene("bad") == !c.again.has_value());
            if (c.again) {
                messages.push_back(*c.again);
            }
            const std::string shown = c.again ? "good" : c.shows;
            viewer.settle(messages, shown);
            CHECK(viewer.app->tour().messages == messages);
            viewer.expectShowing(shown, c.id + "-3-back");
        }
        viewer.frames(10);
    }
    CHECK(worstSeverity(options.file, options.limits, c.again.has_value()) == c.severity);
    if (c.confined) {
        CHECK(confinedMessages(options.file, options.limits) == *c.confined);
    }
    CHECK(test::describeChanges(before, test::snapshotFolder(folder)) == "");
    CHECK(test::describeChanges(outsideBefore, test::snapshotFolder(kFixtures + "/_outside")) == "");
}

} // namespace

TEST_CASE("bad input catalogue", "[.][gl][catalogue]") {
    const auto cases = readCatalogue();
    REQUIRE(cases.size() >= 40);
    const char* only = std::getenv("CLOUDTOUR_CATALOGUE_CASE");
    bool ran = false;
    for (const Case& c : cases) {
        if (only && c.id != only) {
            continue;
        }
        ran = true;
        DYNAMIC_SECTION(c.id) {
            runCase(c);
        }
    }
    INFO("CLOUDTOUR_CATALOGUE_CASE=" << (only ? only : "(all)"));
    REQUIRE(ran);
}
