#include "engine/tour/SceneReader.h"

#include "engine/tour/HotspotReader.h"
#include "engine/tour/LocalizedTextReader.h"
#include "engine/tour/PanoramaReader.h"
#include "engine/tour/PathReader.h"
#include "engine/tour/TourKeys.h"

#include <map>

namespace cloudtour::tour {
namespace {

constexpr NumberRule kRollRule{-180.0, 180.0, "degrees"};
constexpr NumberRule kMapCoordinateRule{0.0, 1e9, "pixels of the map image"};

// A limit pair written the wrong way round is dropped whole: neither half can be trusted.
void checkOrder(const JsonObject& object, std::string_view minKey, std::string_view maxKey, std::optional<double>& min,
                std::optional<double>& max) {
    if (!min || !max || *min <= *max) {
        return;
    }
    JsonReader& json = object.reader();
    const Json::Value& minValue = *object.find(minKey);
    json.report(Severity::Error, minValue, object.pointerOf(minKey),
                quoted(minKey) + " (" + json.describeFound(minValue) + ") must not be more than " + quoted(maxKey) +
                    " (" + json.describeFound(*object.find(maxKey)) + ")");
    min.reset();
    max.reset();
}

SceneView readView(const JsonObject& scene) {
    SceneView view;
    const auto object =
        scene.object("view", Need::Optional, "an object such as {\"yaw\": 0, \"pitch\": 0, \"hfov\": 100}");
    if (!object) {
        return view;
    }
    object->checkKeys(keys::kView, "the view", [](std::string_view key) { return peerKeyHint(KeyPlace::View, key); });
    view.yaw = readAngle(*object, "yaw", Need::Optional, kYawRule).value_or(view.yaw);
    view.pitch = readAngle(*object, "pitch", Need::Optional, kPitchRule).value_or(view.pitch);
    view.hfov = readAngle(*object, "hfov", Need::Optional, kHfovRule).value_or(view.hfov);
    view.minYaw = readAngle(*object, "minYaw", Need::Optional, kYawRule);
    view.maxYaw = readAngle(*object, "maxYaw", Need::Optional, kYawRule);
    view.minPitch = readAngle(*object, "minPitch", Need::Optional, kPitchRule);
    view.maxPitch = readAngle(*object, "maxPitch", Need::Optional, kPitchRule);
    view.minHfov = readAngle(*object, "minHfov", Need::Optional, kHfovRule);
    view.maxHfov = readAngle(*object, "maxHfov", Need::Optional, kHfovRule);
    checkOrder(*object, "minYaw", "maxYaw", view.minYaw, view.maxYaw);
    checkOrder(*object, "minPitch", "maxPitch", view.minPitch, view.maxPitch);
    checkOrder(*object, "minHfov", "maxHfov", view.minHfov, view.maxHfov);
    return view;
}

void readHorizon(const JsonObject& scene, Scene& result) {
    const auto object = scene.object("horizon", Need::Optional, "an object such as {\"pitch\": 0, \"roll\": 0}");
    if (object) {
        object->checkKeys(keys::kHorizon, "the horizon");
        result.horizonPitch = readAngle(*object, "pitch", Need::Optional, kPitchRule).value_or(0.0);
        result.horizonRoll = readAngle(*object, "roll", Need::Optional, kRollRule).value_or(0.0);
    }
}

std::optional<MapPosition> readMapPosition(const JsonObject& scene) {
    const auto object = scene.object("map", Need::Optional, "an object such as {\"x\": 120, \"y\": 80}");
    if (!object) {
        return std::nullopt;
    }
    object->checkKeys(keys::kMapPosition, "a map position");
    const auto x = object->number("x", Need::Required, kMapCoordinateRule);
    const auto y = object->number("y", Need::Required, kMapCoordinateRule);
    const auto heading = readAngle(*object, "heading", Need::Optional, kYawRule);
    if (!x || !y) {
        return std::nullopt;
    }
    return MapPosition{*x, *y, heading.value_or(0.0)};
}

void readRights(ReadContext& context, const JsonObject& object, Scene& scene) {
    scene.credits = readText(context, object, "credits", Need::Optional).value_or(LocalizedText{});
    scene.license = object.string("license", Need::Optional, "a string such as \"CC BY-SA 4.0\"").value_or("");
    const auto url = object.string("licenseUrl", Need::Optional, "an http:// or https:// address");
    if (url && !isWebAddress(*url)) {
        context.json.reportMismatch(*object.find("licenseUrl"), object.pointerOf("licenseUrl"), "'licenseUrl'",
                                    "an http:// or https:// address");
    } else {
        scene.licenseUrl = url.value_or("");
    }
}

// Hotspots in file order; the first of two with the same id wins, as with scenes.
void readHotspots(ReadContext& context, const JsonObject& object, Scene& scene) {
    const Json::Value* array = object.array("hotspots", Need::Optional, "an array of hotspots");
    if (array == nullptr) {
        return;
    }
    const std::size_t limit = context.options.limits.maxHotspotsPerScene;
    if (array->size() > limit) {
        context.json.report(Severity::Error, *array, object.pointerOf("hotspots"),
                            std::to_string(array->size()) + " hotspots, over the limit of " + std::to_string(limit) +
                                ": only the first " + std::to_string(limit) + " are read");
    }
    std::map<std::string, const Json::Value*> ids;
    for (Json::ArrayIndex i = 0; i < array->size() && i < limit; ++i) {
        const Json::Value& value = (*array)[i];
        const std::string pointer = object.pointerOf("hotspots") + "/" + std::to_string(i);
        auto hotspot = readHotspot(context, value, pointer);
        // The first hotspot with an id owns it, even when it is broken itself.
        const Json::Value* id = findMember(value, "id");
        if (id != nullptr && id->isString() && !ids.emplace(id->asString(), id).second) {
            context.json.report(Severity::Error, *id, pointer + "/id",
                                "duplicate hotspot id '" + id->asString() + "' in this scene, first at " +
                                    context.json.positionText(*ids[id->asString()]) + " (the hotspot is skipped)");
            continue;
        }
        if (hotspot) {
            scene.hotspots.push_back(std::move(*hotspot));
        }
    }
}

std::optional<std::string> readId(const JsonObject& object) {
    const auto id = object.string("id", Need::Required, "a non-empty scene id");
    if (id && id->empty()) {
        object.reader().reportMismatch(*object.find("id"), object.pointerOf("id"), "'id'", "a non-empty scene id");
        return std::nullopt;
    }
    return id;
}

} // namespace

std::optional<Scene> readScene(ReadContext& context, const Json::Value& value, const std::string& pointer) {
    const auto object = JsonObject::from(context.json, value, pointer, "each scene",
                                         "an object such as {\"id\": \"hall\", \"panorama\": {...}}");
    if (!object) {
        return std::nullopt;
    }
    object->checkKeys(keys::kScene, "a scene", [](std::string_view key) { return peerKeyHint(KeyPlace::Scene, key); });
    Scene scene;
    scene.span = context.json.span(value, pointer);
    const auto id = readId(*object);
    scene.title = readText(context, *object, "title", Need::Optional).value_or(LocalizedText{});
    auto panorama = readPanorama(context, *object);
    const auto preview = readPath(context, *object, "preview", Need::Optional);
    scene.view = readView(*object);
    scene.northOffset = readAngle(*object, "northOffset", Need::Optional, kYawRule).value_or(0.0);
    readHorizon(*object, scene);
    readRights(context, *object, scene);
    scene.mapPosition = readMapPosition(*object);
    readHotspots(context, *object, scene);
    if (!id || !panorama) {
        return std::nullopt;
    }
    scene.id = *id;
    scene.panorama = std::move(*panorama);
    scene.panorama.previewPath = preview.value_or("");
    return scene;
}

} // namespace cloudtour::tour
