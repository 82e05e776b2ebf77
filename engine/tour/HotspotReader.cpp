#include "engine/tour/HotspotReader.h"

#include "engine/tour/DidYouMean.h"
#include "engine/tour/LocalizedTextReader.h"
#include "engine/tour/PathReader.h"
#include "engine/tour/TourKeys.h"

#include <algorithm>
#include <span>
#include <utility>

namespace cloudtour::tour {
namespace {

struct HotspotType {
    std::string_view name;
    HotspotKind kind;
    std::span<const std::string_view> keys;
    std::string_view place;
};

constexpr HotspotType kTypes[] = {
    {"scene", HotspotKind::SceneLink, keys::kSceneHotspot, "a scene hotspot"},
    {"info", HotspotKind::Info, keys::kInfoHotspot, "an info hotspot"},
    {"url", HotspotKind::Url, keys::kUrlHotspot, "a url hotspot"},
    {"area", HotspotKind::Area, keys::kAreaHotspot, "an area hotspot"},
};
constexpr std::string_view kTypeNames[] = {"scene", "info", "url", "area"};
constexpr std::pair<std::string_view, std::string_view> kPeerTypes[] = {
    {"link", "scene"}, {"polygon", "area"}, {"marker", "info"}};
constexpr std::string_view kExpectedType = "one of \"scene\", \"info\", \"url\" or \"area\"";
constexpr std::string_view kExpectedArrival =
    "\"default\", \"same\", \"sameAzimuth\" or an object {\"yaw\", \"pitch\", \"hfov\"} in degrees";
constexpr std::string_view kExpectedPolygon = "an array of at least 3 [yaw, pitch] points in degrees";

// Explains a key that belongs to other hotspot types, or names the peer format's equivalent.
std::string hotspotKeyHint(std::string_view key) {
    if (std::string hint = peerKeyHint(KeyPlace::Hotspot, key); !hint.empty()) {
        return hint;
    }
    std::string users;
    for (const HotspotType& type : kTypes) {
        if (std::find(type.keys.begin(), type.keys.end(), key) != type.keys.end()) {
            users += (users.empty() ? "'" : " and '") + std::string(type.name) + "'";
        }
    }
    return users.empty() ? std::string() : ": it is only used by " + users + " hotspots";
}

const HotspotType* readType(const JsonObject& object) {
    const auto name = object.string("type", Need::Required, kExpectedType);
    for (const HotspotType& type : kTypes) {
        if (name == type.name) {
            return &type;
        }
    }
    if (name) {
        std::string suggestion = didYouMean(*name, kTypeNames);
        for (const auto& [theirs, ours] : kPeerTypes) {
            suggestion = *name == theirs ? ": did you mean '" + std::string(ours) + "'?" : suggestion;
        }
        const Json::Value& value = *object.find("type");
        object.reader().report(Severity::Error, value, object.pointerOf("type"),
                               "'type' must be " + std::string(kExpectedType) + ", found " +
                                   object.reader().describeFound(value) + suggestion);
    }
    return nullptr;
}

Arrival readArrival(const JsonObject& object) {
    const Json::Value* value = object.member("arrival", Need::Optional, kExpectedArrival);
    if (value == nullptr) {
        return {};
    }
    const std::string pointer = object.pointerOf("arrival");
    if (value->isString()) {
        constexpr std::string_view names[] = {"default", "same", "sameAzimuth"};
        constexpr ArrivalMode modes[] = {ArrivalMode::SceneDefault, ArrivalMode::Same, ArrivalMode::SameAzimuth};
        for (std::size_t i = 0; i < 3; ++i) {
            if (value->asString() == names[i]) {
                return Arrival{modes[i], {}, {}, {}};
            }
        }
        object.reader().report(Severity::Error, *value, pointer,
                               "'arrival' must be " + std::string(kExpectedArrival) + ", found " +
                                   object.reader().describeFound(*value) + didYouMean(value->asString(), names));
        return {};
    }
    const auto view = JsonObject::from(object.reader(), *value, pointer, "'arrival'", kExpectedArrival);
    if (!view) {
        return {};
    }
    view->checkKeys(keys::kArrival, "an arrival");
    return Arrival{ArrivalMode::Explicit, readAngle(*view, "yaw", Need::Optional, kYawRule),
                   readAngle(*view, "pitch", Need::Optional, kPitchRule),
                   readAngle(*view, "hfov", Need::Optional, kHfovRule)};
}

bool readLink(const JsonObject& object, Hotspot& hotspot, Need need) {
    hotspot.arrival = readArrival(object);
    const auto target = object.string("target", need, "the id of the scene this hotspot leads to");
    hotspot.targetScene = target.value_or("");
    return target.has_value() || need == Need::Optional;
}

void readInfo(ReadContext& context, const JsonObject& object, Hotspot& hotspot) {
    hotspot.text = readText(context, object, "text", Need::Optional).value_or(LocalizedText{});
    hotspot.image = readPath(context, object, "image", Need::Optional).value_or("");
}

bool readUrl(const JsonObject& object, Hotspot& hotspot) {
    const auto url = object.string("url", Need::Required, "an http:// or https:// address");
    if (url && !isWebAddress(*url)) {
        object.reader().reportMismatch(*object.find("url"), object.pointerOf("url"), "'url'",
                                       "an http:// or https:// address");
        return false;
    }
    hotspot.url = url.value_or("");
    return url.has_value();
}

std::optional<PolygonPoint> readPoint(JsonReader& json, const Json::Value& point, const std::string& pointer) {
    if (!point.isArray() || point.size() != 2) {
        json.reportMismatch(point, pointer, "each point", "[yaw, pitch] in degrees");
        return std::nullopt;
    }
    const auto yaw = json.readNumber(point[0], pointer + "/0", "the point's yaw", kYawRule);
    const auto pitch = json.readNumber(point[1], pointer + "/1", "the point's pitch", kPitchRule);
    if (!yaw || !pitch) {
        return std::nullopt;
    }
    return PolygonPoint{math::degToRad(*yaw), math::degToRad(*pitch)};
}

// The label goes to the mean of the points, yaws unwrapped around the first so an outline across
// the +-180 degree seam averages to its middle, not to the far side.
PolygonPoint centroid(const std::vector<PolygonPoint>& points) {
    double yaw = 0.0, pitch = 0.0;
    for (const PolygonPoint& point : points) {
        yaw += points.front().yaw + math::angleDifference(points.front().yaw, point.yaw);
        pitch += point.pitch;
    }
    const auto count = static_cast<double>(points.size());
    return {math::wrapAngle(yaw / count), pitch / count};
}

bool readPolygon(const JsonObject& object, Hotspot& hotspot) {
    const Json::Value* polygon = object.array("polygon", Need::Required, kExpectedPolygon);
    if (polygon == nullptr) {
        return false;
    }
    if (polygon->size() < 3) {
        object.reader().report(Severity::Error, *polygon, object.pointerOf("polygon"),
                               "'polygon' must have at least 3 points, found " + std::to_string(polygon->size()));
        return false;
    }
    bool ok = true;
    for (Json::ArrayIndex i = 0; i < polygon->size(); ++i) {
        const auto point =
            readPoint(object.reader(), (*polygon)[i], object.pointerOf("polygon") + "/" + std::to_string(i));
        ok = ok && point.has_value();
        hotspot.polygon.push_back(point.value_or(PolygonPoint{}));
    }
    return ok;
}

bool readArea(ReadContext& context, const JsonObject& object, Hotspot& hotspot) {
    const bool links = object.has("target");
    const bool informs = object.has("text") || object.has("image");
    if (links && informs) {
        context.json.reportAtKey(Severity::Error, *object.find("target"), object.pointerOf("target"),
                                 "an area either leads to a scene ('target') or shows information ('text', "
                                 "'image'), not both");
        return false;
    }
    if (!links && object.has("arrival")) {
        context.json.reportAtKey(Severity::Warning, *object.find("arrival"), object.pointerOf("arrival"),
                                 "'arrival' is only used together with 'target': it is ignored");
    }
    if (!readPolygon(object, hotspot)) {
        return false;
    }
    readInfo(context, object, hotspot);
    return readLink(object, hotspot, Need::Optional);
}

bool readPosition(const JsonObject& object, Hotspot& hotspot) {
    const Need need = hotspot.kind == HotspotKind::Area ? Need::Optional : Need::Required;
    const auto yaw = readAngle(object, "yaw", need, kYawRule);
    const auto pitch = readAngle(object, "pitch", need, kPitchRule);
    if (hotspot.kind == HotspotKind::Area && !hotspot.polygon.empty()) {
        const PolygonPoint middle = centroid(hotspot.polygon);
        hotspot.yaw = yaw.value_or(middle.yaw);
        hotspot.pitch = pitch.value_or(middle.pitch);
        // A position that is written must be valid; one left out is the centroid.
        return (yaw || !object.has("yaw")) && (pitch || !object.has("pitch"));
    }
    hotspot.yaw = yaw.value_or(0.0);
    hotspot.pitch = pitch.value_or(0.0);
    return yaw && pitch;
}

bool readKind(ReadContext& context, const JsonObject& object, Hotspot& hotspot) {
    switch (hotspot.kind) {
    case HotspotKind::SceneLink:
        return readLink(object, hotspot, Need::Required);
    case HotspotKind::Info:
        readInfo(context, object, hotspot);
        if (!object.has("title") && !object.has("text")) {
            context.json.report(Severity::Warning, object.value(), object.pointer(),
                                "an info hotspot without 'title' or 'text' has nothing to show");
        }
        return true;
    case HotspotKind::Url:
        return readUrl(object, hotspot);
    case HotspotKind::Area:
        return readArea(context, object, hotspot);
    }
    return false;
}

} // namespace

std::optional<Hotspot> readHotspot(ReadContext& context, const Json::Value& value, const std::string& pointer) {
    const auto object = JsonObject::from(context.json, value, pointer, "each hotspot",
                                         "an object such as {\"type\": \"info\", \"yaw\": 0, \"pitch\": 0}");
    if (!object) {
        return std::nullopt;
    }
    const HotspotType* type = readType(*object);
    if (type == nullptr) {
        return std::nullopt;
    }
    object->checkKeys(type->keys, type->place, hotspotKeyHint);
    Hotspot hotspot;
    hotspot.kind = type->kind;
    hotspot.span = context.json.span(value, pointer);
    hotspot.id = object->string("id", Need::Optional, "a string").value_or("");
    hotspot.icon = readPath(context, *object, "icon", Need::Optional).value_or("");
    hotspot.title = readText(context, *object, "title", Need::Optional).value_or(LocalizedText{});
    const bool kindOk = readKind(context, *object, hotspot);
    const bool positionOk = readPosition(*object, hotspot);
    if (!kindOk || !positionOk) {
        return std::nullopt;
    }
    return hotspot;
}

} // namespace cloudtour::tour
