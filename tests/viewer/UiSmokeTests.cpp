// Every panel of the viewer drawn by a Dear ImGui that has no renderer (no GL, no window), frame
// after frame, with the pointer, clicks, the wheel and keys fed through io as the SDL backend
// would: hover, click and keyboard paths run, actions come back, and an IM_ASSERT would abort.
//
// TourController needs GL only to show a scene. Here every panorama path leads nowhere, so showing
// fails at reading the file, before any GL call (GpuCaps{}, a texture limit of 0, would stop it at
// the size check next): the controller has its tour, history and messages with no context at all.
#include "engine/core/TaskPool.h"
#include "engine/math/Angles.h"
#include "engine/tour/TourLoader.h"
#include "viewer/tour/TourStrings.h"
#include "viewer/ui/Compass.h"
#include "viewer/ui/Fonts.h"
#include "viewer/ui/HotspotOverlay.h"
#include "viewer/ui/InfoOverlay.h"
#include "viewer/ui/MapPanel.h"
#include "viewer/ui/PanelLayout.h"
#include "viewer/ui/SceneGallery.h"

#include <catch2/catch.hpp>

#include <imgui.h>
#include <imgui_internal.h>

#include <cfloat>
#include <cstdint>
#include <functional>
#include <numeric>

using namespace cloudtour;
using namespace cloudtour::viewer;

namespace {

const ImVec2 kOutside(-FLT_MAX, -FLT_MAX);

// The sample tour, its panoramas moved out of reach (see above).
tour::Tour sampleTour() {
    auto loaded = tour::loadTour(CLOUDTOUR_SOURCE_DIR "/assets/sample/tour.json");
    REQUIRE(loaded.tour.has_value());
    for (auto& scene : loaded.tour->scenes) {
        scene.panorama.equirectPath = "/nonexistent/" + scene.id + ".jpg";
    }
    return std::move(*loaded.tour);
}

// The sample's first scene over and over, renamed.
tour::Tour manyScenes(std::size_t count) {
    tour::Tour tour = sampleTour();
    tour.scenes.assign(count, tour::Scene(tour.scenes[0]));
    for (std::size_t i = 0; i < count; ++i) {
        tour.scenes[i].id = "scene-" + std::to_string(i);
        tour.scenes[i].title = tour::LocalizedText::plain("Scene " + std::to_string(i));
    }
    return tour;
}

struct Input { // one frame's pointer and keys
    ImVec2 mouse = kOutside;
    bool down = false;
    float wheel = 0.0f;
    int key = -1; ///< an ImGuiKey held down this frame (io.KeyMap maps each to itself)
};

struct Actions {
    TourPanelActions tour;
    SceneGalleryActions gallery;
    MapPanelActions map;
    CompassActions compass;
};

// The viewer's panels over a tour, with ImGui and the controllers but no GL.
struct Harness {
    explicit Harness(tour::Tour tour) : camera(view, clock), controller(view, camera, clock, render::GpuCaps{}, pool) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        io.DeltaTime = 1.0f / 60.0f;
        std::iota(std::begin(io.KeyMap), std::end(io.KeyMap), 0); // KeysDown is indexed by ImGuiKey
        loadUiFonts(io, 1.0f, allTourStrings(tour));
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(std::intptr_t{1}));
        setDisplay(ImVec2(1280, 720));
        controller.open(std::move(tour));
        REQUIRE(controller.hasTour());
    }
    ~Harness() { ImGui::DestroyContext(); } // (the controllers' references make it non-copyable)

    void setDisplay(ImVec2 display) {
        ImGui::GetIO().DisplaySize = display;
        view.setViewport(static_cast<int>(display.x), static_cast<int>(display.y));
    }

    Actions frame(const Input& input = {}) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = input.mouse;
        io.MouseDown[0] = input.down;
        io.MouseWheel = input.wheel;
        std::fill(std::begin(io.KeysDown), std::end(io.KeysDown), false);
        if (input.key >= 0) {
            io.KeysDown[input.key] = true;
        }
        ImGui::NewFrame();
        const tour::Scene& scene = *controller.currentScene();
        const auto projected = projectHotspots(scene, view);
        const auto hotspot = hitTestHotspots(projected, {input.mouse.x, input.mouse.y}, 20.0);
        drawHotspots(controller.tour(), scene, projected,
                     {hotspot, std::nullopt, 1.0f, 1.0f, ui.language, controller.tour().defaultLanguage, {}});
        Actions actions;
        actions.tour = drawTourPanels(controller, ui);
        drawInfoOverlay(overlay, view);
        if (galleryShown) {
            actions.gallery = drawSceneGallery(controller, &thumbnails, ui, shown());
        }
        actions.map = drawMapPanel(controller, view, ui, {&plan, &thumbnails, shown()});
        actions.compass = drawCompass(controller, view, ui, shown());
        ImGui::Render();
        REQUIRE(ImGui::GetDrawData()->TotalVtxCount > 0);
        return actions;
    }

    [[nodiscard]] PanelsShown shown() const { return {galleryShown, overlay.showStats}; }

    // Pointer at `point`, then pressed, then released there: the release frame's actions.
    Actions click(ImVec2 point) {
        frame({point});
        frame({point, true});
        return frame({point});
    }

    core::ManualClock clock;
    math::View view;
    CameraController camera;
    core::TaskPool pool{1};
    TourController controller;
    ThumbnailCache thumbnails{render::GpuCaps{}};
    TourUiState ui;
    OverlayState overlay;
    bool galleryShown = true;
    UiImage plan{0, 1024, 768}; ///< the sample's plan.png, without a texture
};

// Centre of the gallery's `index`-th thumbnail while the strip is not scrolled.
ImVec2 galleryEntry(const Harness& harness, std::size_t index) {
    const auto count = harness.controller.tour().scenes.size();
    const GalleryStrip strip = galleryStrip(ImGui::GetIO().DisplaySize, count, harness.overlay.showStats);
    const ImGuiStyle& style = ImGui::GetStyle();
    return ImVec2(strip.position.x + style.WindowPadding.x +
                      static_cast<float>(index) * (strip.item.x + style.ItemSpacing.x) + 0.5f * strip.thumbnail.x,
                  strip.position.y + style.WindowPadding.y + 0.5f * strip.thumbnail.y);
}

// Where a scene of the sample tour has its dot on the map.
ImVec2 mapDot(const Harness& harness, std::size_t scene) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const ImVec2 plan(static_cast<float>(harness.plan.width), static_cast<float>(harness.plan.height));
    const auto layout = mapLayout(display, leftCornerBottom(display, 3, harness.shown()), plan, true);
    REQUIRE(layout.has_value());
    return layout->toScreen(*harness.controller.tour().scenes.at(scene).mapPosition);
}

ImRect windowRect(const char* name) {
    const ImGuiWindow* window = ImGui::FindWindowByName(name);
    return window && window->Active ? window->Rect() : ImRect();
}

// Something to point at in the sweep, and what hovering it and clicking it must give.
struct Target {
    ImVec2 point;
    std::function<bool(const Actions&)> hovered;
    std::function<bool(const Actions&)> clicked;
};

std::vector<Target> targets(const Harness& harness) {
    std::vector<Target> list;
    const auto& scenes = harness.controller.tour().scenes;
    for (std::size_t i = 0; i < scenes.size(); ++i) {
        const bool current = static_cast<int>(i) == harness.controller.navigator().currentIndex();
        const auto goes = current ? std::nullopt : std::optional<std::string>(scenes[i].id);
        if (harness.galleryShown) {
            list.push_back({galleryEntry(harness, i), [i](const Actions& a) { return a.gallery.hovered == i; },
                            [goes](const Actions& a) { return a.gallery.jumpTo == goes; }});
        }
        list.push_back({mapDot(harness, i), [i](const Actions& a) { return a.map.hovered == i; },
                        [goes](const Actions& a) { return a.map.jumpTo == goes; }});
    }
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const auto dial = compassLayout(display, rightCornerBottom(display, scenes.size(), harness.shown()));
    list.push_back({dial.centre, [](const Actions& a) { return a.compass.hovered; },
                    [](const Actions& a) { return a.compass.faceNorth; }});
    const auto nothingOfOurs = [](const Actions& a) {
        return !a.gallery.hovered && !a.gallery.jumpTo && !a.map.hovered && !a.map.jumpTo && !a.compass.hovered;
    };
    list.push_back({ImVec2(0.5f * display.x, 0.55f * display.y), nothingOfOurs, nothingOfOurs});        // the view
    list.push_back({ImVec2(kPanelMargin + 30.0f, kPanelMargin + 15.0f), nothingOfOurs, nothingOfOurs}); // "Back"
    return list;
}

} // namespace

TEST_CASE("ui: 400 frames of every panel, pointing and clicking at each, in every size and language", "[viewer][ui]") {
    Harness harness(sampleTour());
    harness.overlay.showHelp = true;
    harness.overlay.showStats = true;
    // The chamber's file is missing, so its thumbnail fails before it would need GL: a placeholder.
    REQUIRE(harness.thumbnails.update(harness.controller.tour(), {1}));
    REQUIRE(harness.thumbnails.status(1) == ThumbnailStatus::Failed);
    CHECK_FALSE(harness.thumbnails.update(harness.controller.tour(), {1})); // and it is not tried again
    const std::array<ImVec2, 3> sizes = {ImVec2(1280, 720), ImVec2(1920, 1080), ImVec2(800, 600)};
    const std::array<const char*, 3> languages = {"en", "zh", "es"};
    for (int step = 0; step < 100; ++step) { // four frames each: settle, hover, press, release
        harness.setDisplay(sizes[static_cast<std::size_t>(step / 34)]);
        harness.ui.language = languages[static_cast<std::size_t>(step % 3)];
        harness.galleryShown = (step / 5) % 2 == 0;
        harness.view.set(0.37 * step, 0.0, math::degToRad(60.0 + step % 50)); // the wedge and the dial turn
        if (step == 40) {
            harness.controller.openInfo = 1;
        }
        if (step == 70) { // the modal opens, then Escape closes it as the app does
            harness.controller.urlToConfirm = "https://whc.unesco.org/en/list/440/";
            harness.frame();
            harness.controller.urlToConfirm.reset();
            harness.frame(); // ImGui closes a popup that is no longer drawn on the next frame
        }
        harness.frame(); // ImGui finds the hovered window by last frame's places: let a new layout settle
        const auto list = targets(harness);
        const Target& target = list[static_cast<std::size_t>(step * 7) % list.size()];
        INFO("step " << step << " at " << target.point.x << "," << target.point.y);
        CHECK(target.hovered(harness.frame({target.point})));
        harness.frame({target.point, true});
        const Actions actions = harness.frame({target.point});
        CHECK(target.clicked(actions));
        if (const auto to = actions.gallery.jumpTo ? actions.gallery.jumpTo : actions.map.jumpTo) {
            harness.controller.jumpTo(*to); // the scene cannot load here (no GL, no files): it stays put
        }
        if (actions.tour.back) {
            harness.controller.back();
        }
    }
    // Every jump was asked for and failed to load: the history stays on the first scene, and each
    // failure left a message naming the scene. Failures arrive from the workers: collect the last.
    harness.controller.finishLoading(10.0);
    CHECK(harness.controller.navigator().visitedCount() == 1);
    CHECK(harness.controller.navigator().currentIndex() == 0);
    CHECK_FALSE(harness.controller.messages.empty());
}

TEST_CASE("ui: Enter on the gallery entry that has the keyboard focus goes there", "[viewer][ui]") {
    Harness harness(sampleTour());
    harness.click(galleryEntry(harness, 1)); // the strip takes the keyboard, on "chamber"
    harness.frame({kOutside, false, 0.0f, ImGuiKey_RightArrow});
    harness.frame();
    CHECK(harness.frame({kOutside, false, 0.0f, ImGuiKey_Enter}).gallery.jumpTo == std::optional<std::string>("niche"));
}

TEST_CASE("ui: with 72 scenes the gallery scrolls and asks only for the thumbnails in view; no map, no panel",
          "[viewer][ui]") {
    tour::Tour tour = manyScenes(72);
    tour.firstScene = "scene-40";
    tour.map.reset();
    Harness harness(std::move(tour));
    const GalleryStrip strip = galleryStrip(ImGui::GetIO().DisplaySize, 72, false);
    REQUIRE(strip.scrolls);
    harness.frame();
    const auto wanted = harness.frame().gallery.wantedThumbnails;
    REQUIRE_FALSE(wanted.empty());
    INFO("in view: " << wanted.front() << " to " << wanted.back());
    CHECK(wanted.size() <= 10);
    CHECK(std::count(wanted.begin(), wanted.end(), 40u) == 1); // the current scene was scrolled into view
    const ImVec2 over(strip.position.x + 40.0f, strip.position.y + 40.0f);
    harness.frame({over, false, -4.0f}); // the wheel, towards the end of the strip
    CHECK(harness.frame({over}).gallery.wantedThumbnails.front() > wanted.front());
    CHECK(windowRect("##map").GetArea() == 0.0f);
    CHECK(windowRect("##compass").GetArea() > 0.0f);
}

TEST_CASE("ui: the new panels cover neither each other, the other panels nor the centre", "[viewer][ui]") {
    const std::vector<const char*> ours = {"##gallery", "##map", "##compass"};
    const std::vector<const char*> all = {"##gallery",  "##map",  "##compass", "##navigation",
                                          "##messages", "##help", "##stats",   "##credits"};
    for (const std::size_t count : {3u, 72u}) {
        Harness harness(count == 3 ? sampleTour() : manyScenes(count));
        harness.overlay.showHelp = true;
        for (const ImVec2 display : {ImVec2(1280, 720), ImVec2(1920, 1080), ImVec2(1024, 768)}) {
            for (const int panels : {0, 1, 2, 3}) { // gallery and stats, each shown or not
                harness.setDisplay(display);
                harness.galleryShown = (panels & 1) != 0;
                harness.overlay.showStats = (panels & 2) != 0;
                harness.frame();
                harness.frame();
                for (const char* mine : ours) {
                    const ImRect rect = windowRect(mine);
                    INFO(mine << " on " << display.x << "x" << display.y << ", " << count << " scenes, " << panels);
                    CHECK((rect.GetArea() > 0.0f || (mine == ours[0] && !harness.galleryShown)));
                    CHECK_FALSE(rect.Contains(ImVec2(0.5f * display.x, 0.5f * display.y)));
                    for (const char* other : all) {
                        INFO("against " << other);
                        CHECK((other == mine || !rect.Overlaps(windowRect(other))));
                    }
                }
            }
        }
    }
}
