#include "engine/tour/PanoramaReader.h"

#include "engine/tour/DidYouMean.h"
#include "engine/tour/PathReader.h"
#include "engine/tour/TourKeys.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <utility>

namespace cloudtour::tour {
namespace {

constexpr std::string_view kTypes[] = {"equirect", "cube", "multires"};
// Pannellum's and Photo Sphere Viewer's names for our types.
constexpr std::pair<std::string_view, std::string_view> kPeerTypes[] = {
    {"equirectangular", "equirect"}, {"cubemap", "cube"}, {"sphere", "equirect"}};
constexpr std::string_view kExpectedType = "one of \"equirect\", \"cube\" or \"multires\"";
constexpr std::string_view kExpectedFaces = "an array of 6 image paths in the order front, right, back, left, up, down";

bool readEquirect(ReadContext& context, const JsonObject& object, PanoramaSpec& spec) {
    object.checkKeys(keys::kEquirect, "an equirect panorama",
                     [](std::string_view key) { return peerKeyHint(KeyPlace::Panorama, key); });
    const auto image = readPath(context, object, "image", Need::Required);
    const double haov = object.number("haov", Need::Optional, {0.0, 360.0, "degrees", true}).value_or(360.0);
    const double vaov = object.number("vaov", Need::Optional, {0.0, 180.0, "degrees", true}).value_or(180.0);
    double vOffset = object.number("vOffset", Need::Optional, kPitchRule).value_or(0.0);
    // A partial panorama must stay between the poles.
    if (const Json::Value* written = object.find("vOffset"); written && vaov / 2 + std::abs(vOffset) > 90.0) {
        object.reader().report(Severity::Error, *written, object.pointerOf("vOffset"),
                               "'vOffset' must keep the panorama between the poles: vaov / 2 + |vOffset| is " +
                                   formatNumber(vaov / 2 + std::abs(vOffset)) + " degrees, at most 90");
        vOffset = 0.0;
    }
    spec.haov = math::degToRad(haov);
    spec.vaov = math::degToRad(vaov);
    spec.vOffset = math::degToRad(vOffset);
    spec.equirectPath = image.value_or("");
    return image.has_value();
}

bool readCube(ReadContext& context, const JsonObject& object, PanoramaSpec& spec) {
    object.checkKeys(keys::kCube, "a cube panorama",
                     [](std::string_view key) { return peerKeyHint(KeyPlace::Panorama, key); });
    const Json::Value* faces = object.array("faces", Need::Required, kExpectedFaces);
    if (faces == nullptr) {
        return false;
    }
    if (faces->size() != 6) {
        object.reader().reportMismatch(*faces, object.pointerOf("faces"), "'faces'", kExpectedFaces);
        return false;
    }
    bool ok = true;
    for (Json::ArrayIndex i = 0; i < 6; ++i) {
        const std::string pointer = object.pointerOf("faces") + "/" + std::to_string(i);
        const auto path = readPathValue(context, (*faces)[i], pointer, "each face");
        spec.cubePaths[i] = path.value_or("");
        ok = ok && path.has_value();
    }
    return ok;
}

constexpr std::string_view kExpectedExtension = "a file extension without the dot, such as \"jpg\"";

bool isExtension(std::string_view text) {
    return !text.empty() && text.size() <= 10 &&
           std::all_of(text.begin(), text.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

// A tile template must name every coordinate, and stay inside its base folder.
std::optional<std::string> readTemplate(const JsonObject& object, std::string_view key, Need need,
                                        std::initializer_list<std::string_view> placeholders) {
    std::string expected = "a path template relative to 'basePath' containing ";
    std::size_t index = 0;
    for (const std::string_view placeholder : placeholders) {
        const bool last = ++index == placeholders.size();
        expected += (index == 1 ? "" : last ? " and " : ", ") + std::string(placeholder);
    }
    expected += ", without '..'";
    const auto text = object.string(key, need, expected);
    if (!text) {
        return std::nullopt;
    }
    bool ok = text->find("..") == std::string::npos;
    for (const std::string_view placeholder : placeholders) {
        ok = ok && text->find(placeholder) != std::string::npos;
    }
    if (!ok) {
        object.reader().reportMismatch(*object.find(key), object.pointerOf(key), quoted(key), expected);
        return std::nullopt;
    }
    return text->starts_with('/') ? *text : "/" + *text;
}

bool readMultires(ReadContext& context, const JsonObject& object, PanoramaSpec& spec) {
    object.checkKeys(keys::kMultires, "a multires panorama");
    MultiresSpec& multires = spec.multires;
    multires.basePath = object.has("basePath")
                            ? readPath(context, object, "basePath", Need::Optional, PathKind::Folder).value_or("")
                            : context.paths.baseDir();
    const auto path = readTemplate(object, "path", Need::Required, {"%l", "%s", "%y", "%x"});
    multires.fallbackPath = readTemplate(object, "fallbackPath", Need::Optional, {"%s"}).value_or("");
    if (const auto extension = object.string("extension", Need::Optional, kExpectedExtension)) {
        if (isExtension(*extension)) {
            multires.extension = *extension;
        } else {
            object.reader().reportMismatch(*object.find("extension"), object.pointerOf("extension"), "'extension'",
                                           kExpectedExtension);
        }
    }
    const auto tile = object.integer("tileResolution", Need::Required, 1, 16384);
    const auto maxLevel = object.integer("maxLevel", Need::Required, 1, 20);
    const auto cube = object.integer("cubeResolution", Need::Required, 1, 1 << 20);
    if (!path || !tile || !maxLevel || !cube || multires.basePath.empty()) {
        return false;
    }
    multires.pathTemplate = *path;
    multires.tileResolution = static_cast<int>(*tile);
    multires.maxLevel = static_cast<int>(*maxLevel);
    multires.cubeResolution = static_cast<int>(*cube);
    checkExists(context, *object.find("path"), object.pointerOf("path"), multiresTilePath(multires, 1, 'f', 0, 0),
                "first tile");
    return true;
}

void reportUnknownType(const JsonObject& object, const std::string& type) {
    std::string suggestion = didYouMean(type, kTypes);
    for (const auto& [theirs, ours] : kPeerTypes) {
        if (type == theirs) {
            suggestion = ": did you mean '" + std::string(ours) + "'?";
        }
    }
    const Json::Value& value = *object.find("type");
    object.reader().report(Severity::Error, value, object.pointerOf("type"),
                           "'type' must be " + std::string(kExpectedType) + ", found " +
                               object.reader().describeFound(value) + suggestion);
}

} // namespace

std::string multiresTilePath(const MultiresSpec& spec, int level, char face, int x, int y) {
    std::string path;
    const std::string& pattern = spec.pathTemplate;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        if (pattern[i] != '%' || std::string_view("lsxy").find(next) == std::string_view::npos) {
            path += pattern[i];
            continue;
        }
        path += next == 'l'   ? std::to_string(level)
                : next == 's' ? std::string(1, face)
                              : std::to_string(next == 'x' ? x : y);
        ++i;
    }
    return spec.basePath + path + "." + spec.extension;
}

std::optional<PanoramaSpec> readPanorama(ReadContext& context, const JsonObject& scene) {
    const auto object =
        scene.object("panorama", Need::Required, "an object such as {\"type\": \"equirect\", \"image\": \"pano.jpg\"}");
    if (!object) {
        return std::nullopt;
    }
    PanoramaSpec spec;
    spec.span = context.json.span(object->value(), object->pointer());
    const auto type = object->string("type", Need::Required, kExpectedType);
    bool ok = false;
    if (type == "equirect") {
        spec.kind = PanoramaKind::Equirect;
        ok = readEquirect(context, *object, spec);
    } else if (type == "cube") {
        spec.kind = PanoramaKind::Cube;
        ok = readCube(context, *object, spec);
    } else if (type == "multires") {
        spec.kind = PanoramaKind::Multires;
        ok = readMultires(context, *object, spec);
    } else if (type) {
        reportUnknownType(*object, *type);
    }
    return ok ? std::optional<PanoramaSpec>(std::move(spec)) : std::nullopt;
}

} // namespace cloudtour::tour
