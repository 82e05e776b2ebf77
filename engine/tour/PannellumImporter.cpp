// importPannellum: a Pannellum configuration into a Tour. Pannellum's conventions are ours for
// angles (degrees in the file, yaw positive to the right, pitch positive up: only the unit
// changes), for the cubeMap order (front right back left up down) and for the multires layout
// (MultiresSpec is Pannellum's). What changes shape:
//   - a tour {"default": {...}, "scenes": {"id": {...}}} keeps its scenes in file order; a
//     single-scene configuration becomes a one-scene tour named after the file;
//   - settings merge as in Pannellum: top level over scene over "default" (PannellumConfig);
//   - "author" becomes the scene's credits; "sceneFadeDuration" (milliseconds) the transition's
//     duration in seconds, 0 without it since Pannellum then cuts; Pannellum never turns towards
//     a clicked hotspot, so neither does the imported tour;
//   - paths are "basePath" + the path, resolved against the file's folder (Pannellum's standalone
//     viewer resolves against the configuration's address the same way);
//   - the legacy 2013 tour format ("global" for "default", hotspot type "link") is read with every
//     yaw negated: its yaw grew to the left (its hotspots sit at -170 where today's copy of the
//     same tour has 170), and a note says so.
// Settings only for Pannellum's web page (controls, auto-rotation, CSS, "authorURL", "compass")
// are ignored; unknown keys are warned of with the closest known one.

#include "engine/tour/DidYouMean.h"
#include "engine/tour/Importers.h"
#include "engine/tour/JsonPointer.h"
#include "engine/tour/JsonSource.h"
#include "engine/tour/PannellumHotspots.h"
#include "engine/tour/PannellumKeys.h"
#include "engine/tour/PannellumScene.h"
#include "engine/tour/TourValidator.h"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <set>
#include <vector>

namespace cloudtour::tour {
namespace {

constexpr std::string_view kExpectedScene = "an object such as {\"type\": \"equirectangular\", \"panorama\": "
                                            "\"pano.jpg\"}";

std::vector<std::string_view> keysWith(std::initializer_list<std::string_view> extra) {
    std::vector<std::string_view> keys(std::begin(pannellum::kGeneralKeys), std::end(pannellum::kGeneralKeys));
    keys.insert(keys.end(), extra.begin(), extra.end());
    return keys;
}

// The tour-wide settings live at the top level or in "default" (the top level wins).
const JsonObject* tourHolder(const JsonObject& root, const std::optional<JsonObject>& defaults, std::string_view key) {
    return root.has(key) ? &root : defaults && defaults->has(key) ? &*defaults : nullptr;
}

TransitionSpec readTransition(const JsonObject& root, const std::optional<JsonObject>& defaults) {
    TransitionSpec transition{0.0, false};
    if (const JsonObject* holder = tourHolder(root, defaults, "sceneFadeDuration")) {
        const NumberRule rule{0.0, 10000.0, "milliseconds"};
        transition.duration = holder->number("sceneFadeDuration", Need::Optional, rule).value_or(0.0) / 1000.0;
    }
    return transition;
}

void checkFirstScene(Tour& tour, JsonReader& json, const JsonObject* holder, const std::set<std::string>& skipped) {
    if (tour.scenes.empty()) {
        return;
    }
    const std::string& first = tour.scenes.front().id;
    if (holder == nullptr) {
        json.report(Severity::Warning, json.source().root, "",
                    "no 'firstScene' in 'default': the tour starts at the first scene, '" + first + "'");
    } else if (!tour.firstScene.empty() && tour.findScene(tour.firstScene) == nullptr) {
        std::vector<std::string_view> ids;
        std::transform(tour.scenes.begin(), tour.scenes.end(), std::back_inserter(ids),
                       [](const Scene& scene) { return std::string_view(scene.id); });
        const std::string why =
            skipped.count(tour.firstScene) != 0 ? "a scene skipped because of its errors" : "which is not a scene id";
        json.report(Severity::Error, *holder->find("firstScene"), holder->pointerOf("firstScene"),
                    "'firstScene' is '" + tour.firstScene + "', " + why + " (the tour starts at '" + first + "')" +
                        (skipped.count(tour.firstScene) != 0 ? "" : didYouMean(tour.firstScene, ids)));
        tour.firstScene.clear();
    }
}

void readTourScenes(PannellumImport& import, const JsonObject& root, const std::optional<JsonObject>& defaults,
                    Tour& tour, std::set<std::string>& skipped) {
    JsonReader& json = import.context.json;
    const auto scenes = root.object("scenes", Need::Required, "an object of scenes keyed by id");
    if (!scenes) {
        return;
    }
    const std::vector<std::string> ids = json.keysInFileOrder(scenes->value());
    const std::size_t limit = import.context.options.limits.maxScenes;
    if (ids.size() > limit) {
        json.report(Severity::Error, scenes->value(), "/scenes",
                    std::to_string(ids.size()) + " scenes, over the limit of " + std::to_string(limit) +
                        ": only the first " + std::to_string(limit) + " are read");
    }
    const std::vector<std::string_view> allowed = keysWith({});
    for (std::size_t i = 0; i < ids.size() && i < limit; ++i) {
        const std::string pointer = childPointer("/scenes", ids[i]);
        const auto scene = JsonObject::from(json, scenes->value()[ids[i]], pointer, "each scene", kExpectedScene);
        if (!scene) {
            skipped.insert(ids[i]);
            continue;
        }
        scene->checkKeys(allowed, "a Pannellum scene");
        std::vector<JsonObject> layers{root, *scene};
        if (defaults) {
            layers.push_back(*defaults);
        }
        const PannellumConfig config(std::move(layers), 1);
        auto read = readPannellumScene(import, config, ids[i], json.span(scene->value(), pointer));
        if (ids[i].empty()) {
            json.reportAtKey(Severity::Error, scene->value(), pointer, "a scene id must not be empty");
        } else if (read) {
            tour.scenes.push_back(std::move(*read));
            continue;
        }
        skipped.insert(ids[i]);
    }
}

// A single-scene configuration: the whole file is the scene, named after the file.
void readSingleScene(PannellumImport& import, const JsonObject& root, const std::string& file, Tour& tour) {
    std::string id = std::filesystem::path(file).stem().string();
    id = id.empty() ? "scene" : id;
    const PannellumConfig config({root}, 0);
    if (auto scene = readPannellumScene(import, config, id, import.context.json.span(root.value(), ""))) {
        tour.title = scene->title;
        tour.scenes.push_back(std::move(*scene));
    }
}

std::optional<JsonObject> readDefaults(PannellumImport& import, const JsonObject& root) {
    const std::string_view key = import.legacy ? "global" : "default";
    const auto defaults = root.object(key, Need::Optional, "an object of settings shared by all scenes");
    if (defaults) {
        defaults->checkKeys(keysWith({}), import.legacy ? "'global'" : "'default'");
    }
    if (import.legacy) {
        import.context.json.reportAtKey(Severity::Note, *root.find("global"), "/global",
                                        "legacy Pannellum tour of 2013 ('global' rather than 'default'): its yaw "
                                        "grows to the left, so every yaw is negated");
    }
    return defaults;
}

std::optional<Tour> readPannellum(JsonReader& json, const std::string& file, const TourLoadOptions& options) {
    const auto root = JsonObject::from(json, json.source().root, "", "the configuration", "a JSON object, { ... }");
    if (!root) {
        return std::nullopt;
    }
    Tour tour = beginTour(file, json, root->value());
    const PathResolver paths(tour.baseDir, options.paths);
    ReadContext context{json, paths, options, {}};
    PannellumImport import{context, root->has("global") && !root->has("default")};
    root->checkKeys(keysWith({"default", "scenes", "global"}), "the Pannellum configuration");
    const auto defaults = readDefaults(import, *root);
    std::set<std::string> skipped;
    const bool isTour = root->has("scenes") || defaults.has_value();
    if (isTour) {
        readTourScenes(import, *root, defaults, tour, skipped);
        tour.transition = readTransition(*root, defaults);
        const JsonObject* holder = tourHolder(*root, defaults, "firstScene");
        tour.firstScene = holder ? holder->string("firstScene", Need::Optional).value_or("") : "";
        checkFirstScene(tour, json, holder, skipped);
    } else {
        readSingleScene(import, *root, file, tour);
        tour.transition = readTransition(*root, defaults);
    }
    checkPannellumLinks(tour, json, skipped);
    return finishImport(std::move(tour), json, skipped, root->value());
}

} // namespace

TourLoadResult importPannellum(std::string_view text, const std::string& file, const TourLoadOptions& options) {
    return readJsonTour(text, file, options, "importing",
                        [&](JsonReader& json) { return readPannellum(json, file, options); });
}

} // namespace cloudtour::tour
