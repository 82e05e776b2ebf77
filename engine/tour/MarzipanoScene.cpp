// Marzipano's angles are radians, so only the conventions change:
//   - yaw: positive to the right in both viewers, kept (wrapped to [-pi, pi));
//   - pitch: Marzipano's grows DOWNWARDS (RectilinearView builds its ray with y = -sin(pitch) and
//     its up-arrow key applies a negative pitch, whatever its doc comment says), ours upwards:
//     negated, for the initial view and for every hotspot;
//   - fov: Marzipano's "fov" is the VERTICAL field of view; ours is horizontal. The ratio depends
//     on the window, so a 16:9 viewport is assumed: hfov = 2 atan(16/9 tan(fov / 2)), so pi/2
//     becomes about 121.3 degrees.
// Link hotspots ("target") become scene links arriving at the target's initial view, as
// Marzipano's switchScene does; their icon "rotation" has no counterpart and is ignored. Info
// hotspots keep "title" and "text" (Marzipano inserts the text as HTML; it is kept as written).

#include "engine/tour/MarzipanoScene.h"

#include "engine/tour/JsonPointer.h"
#include "engine/tour/MarzipanoLevels.h"
#include "engine/tour/PannellumTiles.h"
#include "engine/tour/PathReader.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace cloudtour::tour {
namespace {

constexpr NumberRule kYawRadians{-2.0 * math::kPi, 2.0 * math::kPi, "radians"};
constexpr NumberRule kPitchRadians{-math::kHalfPi, math::kHalfPi, "radians"};
constexpr NumberRule kFovRadians{0.0, math::kPi, "radians", true};
constexpr double kAssumedAspect = 16.0 / 9.0;

constexpr std::string_view kSceneKeys[] = {
    "id", "name", "levels", "faceSize", "initialViewParameters", "linkHotspots", "infoHotspots", "hotspots"};
constexpr std::string_view kViewKeys[] = {"yaw", "pitch", "fov", "roll"};
constexpr std::string_view kLinkKeys[] = {"yaw", "pitch", "rotation", "target"};
constexpr std::string_view kInfoKeys[] = {"yaw", "pitch", "title", "text"};

LocalizedText plainText(const std::optional<std::string>& text) {
    return text ? LocalizedText::plain(*text) : LocalizedText{};
}

double horizontalFov(double verticalFov) {
    const double hfov = 2.0 * std::atan(kAssumedAspect * std::tan(verticalFov / 2.0));
    return std::clamp(hfov, math::degToRad(1.0), math::degToRad(179.0)); // the tour format's range
}

SceneView readView(const JsonObject& scene) {
    SceneView view;
    const auto object = scene.object("initialViewParameters", Need::Optional,
                                     "an object such as {\"yaw\": 0, \"pitch\": 0, \"fov\": 1.57} in radians");
    if (!object) {
        return view;
    }
    object->checkKeys(kViewKeys, "the initial view");
    view.yaw = math::wrapAngle(object->number("yaw", Need::Optional, kYawRadians).value_or(0.0));
    view.pitch = 0.0 - object->number("pitch", Need::Optional, kPitchRadians).value_or(0.0); // never -0
    if (const auto fov = object->number("fov", Need::Optional, kFovRadians)) {
        view.hfov = horizontalFov(*fov);
    }
    return view;
}

// Marzipano's Tool writes no ids for hotspots: "link-0", "info-2" name them by list and index.
std::optional<Hotspot> readHotspot(ReadContext& context, const Json::Value& value, const std::string& pointer,
                                   HotspotKind kind, const std::string& id) {
    const auto object = JsonObject::from(context.json, value, pointer, "each hotspot",
                                         "an object such as {\"yaw\": 0.5, \"pitch\": 0.1, ...} in radians");
    if (!object) {
        return std::nullopt;
    }
    const bool link = kind == HotspotKind::SceneLink;
    object->checkKeys(link ? std::span(kLinkKeys) : std::span(kInfoKeys),
                      link ? "a Marzipano link hotspot" : "a Marzipano info hotspot");
    Hotspot hotspot;
    hotspot.id = id;
    hotspot.kind = kind;
    hotspot.span = context.json.span(value, pointer);
    const auto yaw = object->number("yaw", Need::Required, kYawRadians);
    const auto pitch = object->number("pitch", Need::Required, kPitchRadians);
    hotspot.yaw = math::wrapAngle(yaw.value_or(0.0));
    hotspot.pitch = 0.0 - pitch.value_or(0.0);
    bool ok = yaw && pitch;
    if (link) {
        const auto target = object->string("target", Need::Required, "the id of the scene this hotspot leads to");
        hotspot.targetScene = target.value_or("");
        ok = ok && target;
    } else {
        hotspot.title = plainText(object->string("title", Need::Optional));
        hotspot.text = plainText(object->string("text", Need::Optional));
    }
    return ok ? std::optional(std::move(hotspot)) : std::nullopt;
}

void readHotspots(ReadContext& context, const JsonObject& scene, Scene& result) {
    struct List {
        std::string_view key;
        HotspotKind kind;
        std::string_view idPrefix;
    };
    constexpr List lists[] = {{"linkHotspots", HotspotKind::SceneLink, "link-"},
                              {"infoHotspots", HotspotKind::Info, "info-"},
                              {"hotspots", HotspotKind::SceneLink, "hotspot-"}};
    for (const std::string& key : context.json.keysInFileOrder(scene.value())) {
        const auto list = std::find_if(std::begin(lists), std::end(lists), [&](const List& l) { return l.key == key; });
        const Json::Value* array = list == std::end(lists) ? nullptr : scene.array(key, Need::Optional, "an array");
        for (Json::ArrayIndex i = 0; array && i < array->size(); ++i) {
            if (result.hotspots.size() >= context.options.limits.maxHotspotsPerScene) {
                context.json.report(Severity::Error, *array, scene.pointerOf(key),
                                    "over the limit of " + std::to_string(context.options.limits.maxHotspotsPerScene) +
                                        " hotspots in a scene: the rest are not read");
                return;
            }
            const std::string id = std::string(list->idPrefix) + std::to_string(i);
            if (auto hotspot =
                    readHotspot(context, (*array)[i], childPointer(scene.pointerOf(key), i), list->kind, id)) {
                result.hotspots.push_back(std::move(*hotspot));
            }
        }
    }
}

// The tiles sit in tiles/<id>/ beside data.js; the id is a folder name, so it goes through the
// same checks as any path of a tour.
std::optional<PanoramaSpec> readPanorama(ReadContext& context, const JsonObject& scene, const std::string& id) {
    const Json::Value& idValue = *scene.find("id");
    const ResolvedPath folder = context.paths.resolve("tiles/" + id);
    for (const PathProblem& problem : folder.problems) {
        context.json.report(problem.severity, idValue, scene.pointerOf("id"), problem.message);
    }
    const auto multires = readMarzipanoLevels(scene, folder.path);
    if (folder.path.empty() || !multires) {
        return std::nullopt;
    }
    PanoramaSpec spec;
    spec.kind = PanoramaKind::Multires;
    spec.multires = *multires;
    spec.span = context.json.span(*scene.find("levels"), scene.pointerOf("levels"));
    std::error_code ec;
    if (!std::filesystem::is_directory(folder.path, ec)) {
        checkExists(context, idValue, scene.pointerOf("id"), folder.path, "tile folder", PathKind::Folder);
    } else {
        checkPyramidTiles(context, idValue, scene.pointerOf("id"), spec.multires);
    }
    return spec;
}

} // namespace

std::optional<Scene> readMarzipanoScene(ReadContext& context, const Json::Value& value, const std::string& pointer) {
    const auto object = JsonObject::from(context.json, value, pointer, "each scene",
                                         "an object such as {\"id\": \"0-hall\", \"levels\": [...], ...}");
    if (!object) {
        return std::nullopt;
    }
    object->checkKeys(kSceneKeys, "a Marzipano scene");
    Scene scene;
    scene.span = context.json.span(value, pointer);
    auto id = object->string("id", Need::Required, "a non-empty scene id");
    if (id && id->empty()) {
        context.json.reportMismatch(*object->find("id"), object->pointerOf("id"), "'id'", "a non-empty scene id");
        id.reset();
    }
    scene.title = plainText(object->string("name", Need::Optional));
    object->integer("faceSize", Need::Optional, 1, 1 << 20);
    auto panorama = id ? readPanorama(context, *object, *id) : std::nullopt;
    scene.view = readView(*object);
    readHotspots(context, *object, scene);
    if (!id || !panorama) {
        return std::nullopt;
    }
    scene.id = *id;
    scene.panorama = std::move(*panorama);
    return scene;
}

} // namespace cloudtour::tour
