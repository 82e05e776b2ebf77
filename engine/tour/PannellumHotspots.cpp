// Pannellum hotspots and what they become:
//   "scene"  -> SceneLink: "sceneId" the target, "text" the title (Pannellum's hover text);
//               targetYaw / targetPitch / targetHfov -> the arrival (see toArrival).
//   "info"   -> Info with "text" as its title: Pannellum shows that text on hover, and so does the
//               viewer with a title; an info spot has no panel text in Pannellum.
//   "info" with an http(s) "URL" -> Url, "text" as its title (Pannellum opens the address on click).
//   any other type (the legacy "link" included) -> read as "info", as Pannellum draws it.

#include "engine/tour/PannellumHotspots.h"

#include "engine/tour/DidYouMean.h"
#include "engine/tour/JsonPointer.h"
#include "engine/tour/PannellumKeys.h"

#include <algorithm>
#include <cmath>

namespace cloudtour::tour {
namespace {

constexpr std::string_view kExpectedHotspot =
    "an object such as {\"type\": \"info\", \"yaw\": 0, \"pitch\": 0, \"text\": \"...\"}";

enum class TargetKind { None, Value, Same, SameAzimuth };

struct Target {
    TargetKind kind = TargetKind::None;
    double radians = 0.0;
};

// targetYaw / targetPitch / targetHfov: degrees, "same", or for the yaw "sameAzimuth".
Target readTarget(const JsonObject& object, std::string_view key, const NumberRule& rule, bool azimuth) {
    const Json::Value* value = object.find(key);
    if (value == nullptr) {
        return {};
    }
    const std::string expected = rule.describe() + (azimuth ? ", \"same\" or \"sameAzimuth\"" : " or \"same\"");
    JsonReader& json = object.reader();
    if (value->isString()) {
        if (value->asString() == "same") {
            return {TargetKind::Same, 0.0};
        }
        if (azimuth && value->asString() == "sameAzimuth") {
            return {TargetKind::SameAzimuth, 0.0};
        }
        constexpr std::string_view names[] = {"same", "sameAzimuth"};
        json.report(Severity::Error, *value, object.pointerOf(key),
                    quoted(key) + " must be " + expected + ", found " + json.describeFound(*value) +
                        didYouMean(value->asString(), std::span(names, azimuth ? 2 : 1)));
        return {};
    }
    if (!value->isNumeric() || !std::isfinite(value->asDouble()) || !rule.allows(value->asDouble())) {
        json.reportMismatch(*value, object.pointerOf(key), quoted(key), expected);
        return {};
    }
    return {TargetKind::Value, math::degToRad(value->asDouble())};
}

// CloudTour's arrival is one mode ("same", "sameAzimuth") or explicit values, so Pannellum's
// per-angle mixes are read as the closest of these, with a warning.
Arrival toArrival(const JsonObject& object, const Target& yaw, const Target& pitch, const Target& hfov) {
    const auto warn = [&](std::string_view key, const std::string& message) {
        object.reader().report(Severity::Warning, *object.find(key), object.pointerOf(key), message);
    };
    const std::pair<std::string_view, const Target*> others[] = {{"targetPitch", &pitch}, {"targetHfov", &hfov}};
    if (yaw.kind == TargetKind::SameAzimuth) {
        for (const auto& [key, target] : others) {
            if (target->kind != TargetKind::None) {
                warn(key, quoted(key) + " is ignored: with 'targetYaw' \"sameAzimuth\" the target scene's own "
                                        "pitch and field of view are used");
            }
        }
        return {ArrivalMode::SameAzimuth, {}, {}, {}};
    }
    if (yaw.kind == TargetKind::Same) {
        if (pitch.kind != TargetKind::Same || hfov.kind != TargetKind::Same) {
            warn("targetYaw", "'targetYaw' \"same\" is read as keeping the pitch and field of view as well: "
                              "CloudTour keeps all three or sets each");
        }
        return {ArrivalMode::Same, {}, {}, {}};
    }
    Arrival arrival{ArrivalMode::Explicit, {}, {}, {}};
    arrival.yaw = yaw.kind == TargetKind::Value ? std::optional<double>(yaw.radians) : std::nullopt;
    arrival.pitch = pitch.kind == TargetKind::Value ? std::optional<double>(pitch.radians) : std::nullopt;
    arrival.hfov = hfov.kind == TargetKind::Value ? std::optional<double>(hfov.radians) : std::nullopt;
    for (const auto& [key, target] : others) {
        if (target->kind == TargetKind::Same) {
            warn(key, quoted(key) + " \"same\" is ignored: it is kept only with 'targetYaw' \"same\", so the "
                                    "target scene's own value is used");
        }
    }
    if (!arrival.yaw && !arrival.pitch && !arrival.hfov) {
        arrival.mode = ArrivalMode::SceneDefault;
    }
    return arrival;
}

bool readLink(const PannellumImport& import, const JsonObject& object, Hotspot& hotspot) {
    Target yaw = readTarget(object, "targetYaw", kYawRule, true);
    yaw.radians *= import.yawSign();
    hotspot.arrival = toArrival(object, yaw, readTarget(object, "targetPitch", kPitchRule, false),
                                readTarget(object, "targetHfov", kHfovRule, false));
    const auto target = object.string("sceneId", Need::Required, "the id of the scene this hotspot leads to");
    hotspot.targetScene = target.value_or("");
    return target.has_value();
}

void readLinkAddress(const JsonObject& object, Hotspot& hotspot) {
    const auto url = object.string("URL", Need::Optional, "an http:// or https:// address");
    if (url && isWebAddress(*url)) {
        hotspot.kind = HotspotKind::Url;
        hotspot.url = *url;
    } else if (url) {
        object.reader().report(Severity::Warning, *object.find("URL"), object.pointerOf("URL"),
                               "'URL' is not an http:// or https:// address: the hotspot shows its text only");
    }
}

// Pannellum draws every type but "scene" as an info spot; an unknown one is most likely a typo.
std::optional<HotspotKind> readKind(const PannellumImport& import, const JsonObject& object) {
    const auto type = object.string("type", Need::Optional, "\"scene\" or \"info\"");
    if (!type && object.has("type")) {
        return std::nullopt;
    }
    if (type == "scene") {
        return HotspotKind::SceneLink;
    }
    const bool legacyLink = import.legacy && type == "link";
    if (type && *type != "info" && !legacyLink) {
        object.reader().report(Severity::Warning, *object.find("type"), object.pointerOf("type"),
                               "unknown hotspot type '" + *type + "', read as \"info\" as Pannellum does" +
                                   didYouMean(*type, pannellum::kHotspotTypes));
    }
    return HotspotKind::Info;
}

std::string uniqueId(const std::string& id, const std::set<std::string>& taken) {
    std::string candidate = id;
    for (int n = 2; taken.count(candidate) != 0; ++n) {
        candidate = id + "-" + std::to_string(n);
    }
    return candidate;
}

std::optional<Hotspot> readHotspot(PannellumImport& import, const Json::Value& value, const std::string& pointer,
                                   std::size_t index, std::set<std::string>& ids) {
    JsonReader& json = import.context.json;
    const auto object = JsonObject::from(json, value, pointer, "each hotspot", kExpectedHotspot);
    if (!object) {
        return std::nullopt;
    }
    object->checkKeys(pannellum::kHotspotKeys, "a Pannellum hotspot");
    const auto kind = readKind(import, *object);
    Hotspot hotspot;
    hotspot.kind = kind.value_or(HotspotKind::Info);
    hotspot.span = json.span(value, pointer);
    const auto yaw = readAngle(*object, "yaw", Need::Required, kYawRule);
    const auto pitch = readAngle(*object, "pitch", Need::Required, kPitchRule);
    hotspot.yaw = import.yawSign() * yaw.value_or(0.0) + 0.0; // + 0.0: never -0
    hotspot.pitch = pitch.value_or(0.0);
    if (const auto text = object->string("text", Need::Optional)) {
        hotspot.title = LocalizedText::plain(*text);
    }
    const bool linkOk = hotspot.kind != HotspotKind::SceneLink || readLink(import, *object, hotspot);
    if (hotspot.kind == HotspotKind::Info) {
        readLinkAddress(*object, hotspot);
    }
    const auto id = object->string("id", Need::Optional);
    hotspot.id = uniqueId(id.value_or("hotspot-" + std::to_string(index)), ids);
    if (id && hotspot.id != *id) {
        json.report(Severity::Warning, *object->find("id"), object->pointerOf("id"),
                    "hotspot id '" + *id + "' is used twice in this scene: this one is renamed '" + hotspot.id + "'");
    }
    ids.insert(hotspot.id);
    if (!kind || !yaw || !pitch || !linkOk) {
        return std::nullopt;
    }
    return hotspot;
}

} // namespace

std::vector<Hotspot> readPannellumHotspots(PannellumImport& import, const PannellumConfig& config) {
    std::vector<Hotspot> hotspots;
    std::string pointer;
    const Json::Value* array = config.member("hotSpots", Need::Optional, "an array of hotspots", pointer);
    if (array == nullptr) {
        return hotspots;
    }
    JsonReader& json = import.context.json;
    if (!array->isArray()) {
        json.reportMismatch(*array, pointer, "'hotSpots'", "an array of hotspots");
        return hotspots;
    }
    const std::size_t limit = import.context.options.limits.maxHotspotsPerScene;
    if (array->size() > limit) {
        json.report(Severity::Error, *array, pointer,
                    std::to_string(array->size()) + " hotspots, over the limit of " + std::to_string(limit) +
                        ": only the first " + std::to_string(limit) + " are read");
    }
    std::set<std::string> ids;
    for (Json::ArrayIndex i = 0; i < array->size() && i < limit; ++i) {
        if (auto hotspot = readHotspot(import, (*array)[i], childPointer(pointer, i), i, ids)) {
            hotspots.push_back(std::move(*hotspot));
        }
    }
    return hotspots;
}

void checkPannellumLinks(Tour& tour, JsonReader& json, const std::set<std::string>& skipped) {
    std::vector<std::string_view> sceneIds;
    for (const Scene& scene : tour.scenes) {
        sceneIds.push_back(scene.id);
    }
    for (Scene& scene : tour.scenes) {
        std::erase_if(scene.hotspots, [&](const Hotspot& hotspot) {
            if (hotspot.kind != HotspotKind::SceneLink || tour.findScene(hotspot.targetScene) != nullptr) {
                return false;
            }
            const std::string pointer = hotspot.span.pointer + "/sceneId";
            const std::string start = "'sceneId' is '" + hotspot.targetScene + "', ";
            const std::string message = skipped.count(hotspot.targetScene) != 0
                                            ? start + "a scene skipped because of its errors (the hotspot is skipped)"
                                            : start + "which is not a scene id (the hotspot is skipped)" +
                                                  didYouMean(hotspot.targetScene, sceneIds);
            if (const Json::Value* value = findByPointer(json.source().root, pointer)) {
                json.report(Severity::Error, *value, pointer, message);
            }
            return true;
        });
    }
}

} // namespace cloudtour::tour
