#include "engine/tour/TourValidator.h"

#include "engine/tour/DidYouMean.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cloudtour::tour {
namespace {

// Scene ids to indices: Tour::sceneIndex is a linear search, too slow for every link of a tour
// with thousands of scenes.
using SceneIndex = std::unordered_map<std::string_view, int>;

SceneIndex indexScenes(const Tour& tour) {
    SceneIndex index;
    for (std::size_t i = 0; i < tour.scenes.size(); ++i) {
        index.emplace(tour.scenes[i].id, static_cast<int>(i));
    }
    return index;
}

int find(const SceneIndex& index, const std::string& id) {
    const auto found = index.find(id);
    return found == index.end() ? -1 : found->second;
}

// Reports at the value a pointer names; values always exist here, but a missing one still reports.
void reportAt(JsonReader& json, Severity severity, const std::string& pointer, std::string message) {
    if (const Json::Value* value = findByPointer(json.source().root, pointer)) {
        json.report(severity, *value, pointer, std::move(message));
    } else {
        json.diagnostics().items.push_back({severity, json.source().file, 0, 0, pointer, std::move(message)});
    }
}

// "'KEY' is 'ID', which is not a scene id (CONSEQUENCE): did you mean 'X'?", or the same for a
// scene that exists but was skipped for its own errors.
std::string unknownScene(const Tour& tour, const std::set<std::string>& skipped, std::string_view key,
                         const std::string& id, std::string_view consequence) {
    const std::string start = quoted(key) + " is '" + id + "', ";
    if (skipped.count(id) != 0) {
        return start + "a scene skipped because of its errors (" + std::string(consequence) + ")";
    }
    // Skipped scenes are candidates too: a typo of a broken scene's id is still a typo.
    std::vector<std::string_view> ids(skipped.begin(), skipped.end());
    for (const Scene& scene : tour.scenes) {
        ids.push_back(scene.id);
    }
    return start + "which is not a scene id (" + std::string(consequence) + ")" + didYouMean(id, ids);
}

void checkFirstScene(Tour& tour, const SceneIndex& index, JsonReader& json, const std::set<std::string>& skipped) {
    if (tour.scenes.empty()) {
        return;
    }
    if (!tour.firstScene.empty() && find(index, tour.firstScene) < 0) {
        reportAt(json, Severity::Error, "/firstScene",
                 unknownScene(tour, skipped, "firstScene", tour.firstScene,
                              "the tour starts at '" + tour.scenes.front().id + "'"));
        tour.firstScene.clear();
    }
    if (tour.firstScene.empty()) {
        tour.firstScene = tour.scenes.front().id;
    }
}

void checkLinks(Tour& tour, const SceneIndex& index, JsonReader& json, const std::set<std::string>& skipped) {
    for (Scene& scene : tour.scenes) {
        std::erase_if(scene.hotspots, [&](const Hotspot& hotspot) {
            if (hotspot.targetScene.empty() || find(index, hotspot.targetScene) >= 0) {
                return false;
            }
            reportAt(json, Severity::Error, hotspot.span.pointer + "/target",
                     unknownScene(tour, skipped, "target", hotspot.targetScene, "the hotspot is skipped"));
            return true;
        });
    }
}

void checkReachable(const Tour& tour, const SceneIndex& index, JsonReader& json) {
    std::vector<bool> reached(tour.scenes.size(), false);
    std::deque<int> queue{find(index, tour.firstScene)};
    if (queue.front() < 0) {
        return;
    }
    reached[static_cast<std::size_t>(queue.front())] = true;
    while (!queue.empty()) {
        const Scene& scene = tour.scenes[static_cast<std::size_t>(queue.front())];
        queue.pop_front();
        for (const Hotspot& hotspot : scene.hotspots) {
            const int target = find(index, hotspot.targetScene);
            if (target >= 0 && !reached[static_cast<std::size_t>(target)]) {
                reached[static_cast<std::size_t>(target)] = true;
                queue.push_back(target);
            }
        }
    }
    for (std::size_t i = 0; i < tour.scenes.size(); ++i) {
        if (!reached[i]) {
            reportAt(json, Severity::Warning, tour.scenes[i].span.pointer,
                     "scene '" + tour.scenes[i].id + "' cannot be reached from the first scene '" + tour.firstScene +
                         "' by following hotspots");
        }
    }
}

void checkMapPositions(const Tour& tour, JsonReader& json) {
    if (tour.map) {
        return;
    }
    for (const Scene& scene : tour.scenes) {
        if (scene.mapPosition) {
            reportAt(json, Severity::Warning, scene.span.pointer + "/map",
                     "the scene has a map position but the tour has no 'map': it is not shown");
        }
    }
}

} // namespace

void validateTour(Tour& tour, JsonReader& json, const std::set<std::string>& skippedScenes) {
    const SceneIndex index = indexScenes(tour); // hotspots are removed below, scenes never
    checkFirstScene(tour, index, json, skippedScenes);
    checkLinks(tour, index, json, skippedScenes);
    checkReachable(tour, index, json);
    checkMapPositions(tour, json);
}

Tour beginTour(const std::string& file, JsonReader& json, const Json::Value& root) {
    Tour tour;
    std::error_code ec;
    const std::filesystem::path absolute = std::filesystem::absolute(file, ec).lexically_normal();
    tour.file = absolute.string();
    tour.baseDir = absolute.parent_path().string();
    tour.span = json.span(root, "");
    return tour;
}

std::optional<Tour> finishImport(Tour tour, JsonReader& json, const std::set<std::string>& skippedScenes,
                                 const Json::Value& root) {
    validateTour(tour, json, skippedScenes); // settles firstScene, warns of scenes no hotspot leads to
    if (tour.scenes.empty()) {
        if (!json.diagnostics().hasErrors()) { // otherwise the errors say why
            json.report(Severity::Error, root, "", "the file holds no scene");
        }
        return std::nullopt;
    }
    return tour;
}

} // namespace cloudtour::tour
