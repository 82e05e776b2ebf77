#include "engine/tour/PannellumScene.h"

#include "engine/tour/DidYouMean.h"
#include "engine/tour/JsonPointer.h"
#include "engine/tour/PannellumHotspots.h"
#include "engine/tour/PannellumKeys.h"
#include "engine/tour/PannellumTiles.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <utility>

namespace cloudtour::tour {
namespace {

constexpr std::string_view kExpectedType = "one of \"equirectangular\", \"cubemap\" or \"multires\"";
constexpr std::string_view kExpectedFaces = "an array of 6 image paths in the order front, right, back, left, up, down";
constexpr std::string_view kFaceNames[] = {"front", "right", "back", "left", "up", "down"};
constexpr std::string_view kExpectedExtension = "a file extension without the dot, such as \"jpg\"";
constexpr NumberRule kRollRule{-180.0, 180.0, "degrees"};

// Pannellum's "basePath": a prefix glued in front of every image path, kept with its place.
struct BasePath {
    std::string prefix;
    const Json::Value* value = nullptr;
    std::string pointer;
};

BasePath readBasePath(const PannellumConfig& config) {
    BasePath base;
    base.value = config.member("basePath", Need::Optional, "a folder path", base.pointer);
    if (base.value != nullptr) {
        base.prefix = config.reader().readString(*base.value, base.pointer, "'basePath'", "a folder path").value_or("");
    }
    return base;
}

LocalizedText plainText(const std::optional<std::string>& text) {
    return text ? LocalizedText::plain(*text) : LocalizedText{};
}

bool readEquirect(ReadContext& context, const PannellumConfig& config, const BasePath& base, PanoramaSpec& spec) {
    std::string pointer;
    const Json::Value* image =
        config.member("panorama", Need::Required, "the path of the equirectangular image", pointer);
    const auto path = image ? readPannellumPath(context, base.prefix, *image, pointer, "'panorama'") : std::nullopt;
    const double haov = config.number("haov", {0.0, 360.0, "degrees", true}).value_or(360.0);
    const double vaov = config.number("vaov", {0.0, 180.0, "degrees", true}).value_or(180.0);
    double vOffset = config.number("vOffset", kPitchRule).value_or(0.0);
    // A partial panorama must stay between the poles (the tour parser checks the same).
    if (const JsonObject* holder = config.holder("vOffset"); holder && vaov / 2 + std::abs(vOffset) > 90.0) {
        context.json.report(Severity::Error, *holder->find("vOffset"), holder->pointerOf("vOffset"),
                            "'vOffset' must keep the panorama between the poles: vaov / 2 + |vOffset| is " +
                                formatNumber(vaov / 2 + std::abs(vOffset)) + " degrees, at most 90");
        vOffset = 0.0;
    }
    spec.haov = math::degToRad(haov);
    spec.vaov = math::degToRad(vaov);
    spec.vOffset = math::degToRad(vOffset);
    spec.equirectPath = path.value_or("");
    return path.has_value();
}

// Pannellum's cubeMap order is ours: front, right, back, left, up, down.
bool readCube(ReadContext& context, const PannellumConfig& config, const BasePath& base, PanoramaSpec& spec) {
    std::string pointer;
    const Json::Value* faces = config.member("cubeMap", Need::Required, kExpectedFaces, pointer);
    if (faces == nullptr) {
        return false;
    }
    if (!faces->isArray() || faces->size() != 6) {
        context.json.reportMismatch(*faces, pointer, "'cubeMap'", kExpectedFaces);
        return false;
    }
    bool ok = true;
    for (Json::ArrayIndex i = 0; i < 6; ++i) {
        const std::string facePointer = childPointer(pointer, i);
        if ((*faces)[i].isNull()) {
            // Pannellum leaves a null face black; the viewer needs an image for each.
            context.json.report(Severity::Error, (*faces)[i], facePointer,
                                "the " + std::string(kFaceNames[i]) + " face is null: every face needs an image");
            ok = false;
            continue;
        }
        const auto path = readPannellumPath(context, base.prefix, (*faces)[i], facePointer, "each face");
        spec.cubePaths[i] = path.value_or("");
        ok = ok && path.has_value();
    }
    return ok;
}

// A tile template must name every coordinate and stay inside its folder, as the parser requires.
std::optional<std::string> readTemplate(const JsonObject& object, std::string_view key, Need need,
                                        std::string_view expected, std::initializer_list<std::string_view> needed) {
    const auto text = object.string(key, need, expected);
    if (!text) {
        return std::nullopt;
    }
    const bool complete = std::all_of(needed.begin(), needed.end(),
                                      [&](std::string_view token) { return text->find(token) != std::string::npos; });
    if (!complete || text->find("..") != std::string::npos) {
        object.reader().reportMismatch(*object.find(key), object.pointerOf(key), quoted(key), expected);
        return std::nullopt;
    }
    return text->starts_with('/') ? *text : "/" + *text;
}

std::string readExtension(const JsonObject& object) {
    const auto extension = object.string("extension", Need::Optional, kExpectedExtension);
    const bool valid = extension && !extension->empty() && extension->size() <= 10 &&
                       std::all_of(extension->begin(), extension->end(),
                                   [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
    if (extension && !valid) {
        object.reader().reportMismatch(*object.find("extension"), object.pointerOf("extension"), "'extension'",
                                       kExpectedExtension);
    }
    return valid ? *extension : "jpg";
}

// multiRes.basePath is glued to the scene's basePath; without it the tiles sit in basePath itself.
std::optional<std::string> readTileFolder(ReadContext& context, const JsonObject& multires, const BasePath& base) {
    if (const Json::Value* folder = multires.find("basePath")) {
        return readPannellumPath(context, base.prefix, *folder, multires.pointerOf("basePath"), "'basePath'",
                                 PathKind::Folder);
    }
    if (base.value != nullptr && !base.prefix.empty()) {
        return readPannellumPath(context, "", *base.value, base.pointer, "'basePath'", PathKind::Folder);
    }
    return context.paths.baseDir();
}

bool readMultires(ReadContext& context, const PannellumConfig& config, const BasePath& base, PanoramaSpec& spec) {
    constexpr std::string_view expected = "an object such as {\"basePath\": \"tiles\", \"path\": \"/%l/%s%y_%x\", "
                                          "\"extension\": \"jpg\", \"tileResolution\": 512, ...}";
    std::string pointer;
    const Json::Value* value = config.member("multiRes", Need::Required, expected, pointer);
    const auto object = value ? JsonObject::from(context.json, *value, pointer, "'multiRes'", expected) : std::nullopt;
    if (!object) {
        return false;
    }
    object->checkKeys(pannellum::kMultiresKeys, "'multiRes'");
    MultiresSpec& multires = spec.multires;
    const auto folder = readTileFolder(context, *object, base);
    const auto path =
        readTemplate(*object, "path", Need::Required, "a path template containing %l, %s, %y and %x, without '..'",
                     {"%l", "%s", "%y", "%x"});
    multires.fallbackPath =
        readTemplate(*object, "fallbackPath", Need::Optional, "a path template containing %s, without '..'", {"%s"})
            .value_or("");
    multires.extension = readExtension(*object);
    const auto tile = object->integer("tileResolution", Need::Required, 1, 16384);
    const auto maxLevel = object->integer("maxLevel", Need::Required, 1, 20);
    const auto cube = object->integer("cubeResolution", Need::Required, 1, 1 << 20);
    if (!folder || !path || !tile || !maxLevel || !cube) {
        return false;
    }
    multires.basePath = *folder;
    multires.pathTemplate = *path;
    multires.tileResolution = static_cast<int>(*tile);
    multires.maxLevel = static_cast<int>(*maxLevel);
    multires.cubeResolution = static_cast<int>(*cube);
    checkPyramidTiles(context, *object->find("path"), object->pointerOf("path"), multires);
    return true;
}

std::optional<std::string> readType(const PannellumConfig& config) {
    std::string pointer;
    const Json::Value* value = config.member("type", Need::Optional, kExpectedType, pointer);
    if (value == nullptr) {
        return "equirectangular"; // Pannellum's default
    }
    const auto type = config.reader().readString(*value, pointer, "'type'", kExpectedType);
    if (!type ||
        std::find(std::begin(pannellum::kTypes), std::end(pannellum::kTypes), *type) != std::end(pannellum::kTypes)) {
        return type;
    }
    // CloudTour's own names are a likely slip for someone who writes both formats.
    const std::string suggestion = *type == "equirect" ? ": did you mean 'equirectangular'?"
                                   : *type == "cube"   ? ": did you mean 'cubemap'?"
                                                       : didYouMean(*type, pannellum::kTypes);
    config.reader().report(Severity::Error, *value, pointer,
                           "'type' must be " + std::string(kExpectedType) + ", found " +
                               config.reader().describeFound(*value) + suggestion);
    return std::nullopt;
}

std::optional<PanoramaSpec> readPanorama(ReadContext& context, const PannellumConfig& config) {
    const auto type = readType(config);
    const BasePath base = readBasePath(config);
    PanoramaSpec spec;
    spec.span = config.reader().span(config.own().value(), config.own().pointer());
    bool ok = false;
    if (type == "equirectangular") {
        spec.kind = PanoramaKind::Equirect;
        ok = readEquirect(context, config, base, spec);
    } else if (type == "cubemap") {
        spec.kind = PanoramaKind::Cube;
        ok = readCube(context, config, base, spec);
    } else if (type == "multires") {
        spec.kind = PanoramaKind::Multires;
        ok = readMultires(context, config, base, spec);
    }
    std::string pointer;
    if (const Json::Value* preview = config.member("preview", Need::Optional, "a file path", pointer)) {
        spec.previewPath = readPannellumPath(context, base.prefix, *preview, pointer, "'preview'").value_or("");
    }
    return ok ? std::optional<PanoramaSpec>(std::move(spec)) : std::nullopt;
}

// A limit pair the wrong way round is dropped whole, as the tour parser does.
void checkOrder(const PannellumConfig& config, std::string_view minKey, std::string_view maxKey,
                std::optional<double>& min, std::optional<double>& max) {
    if (!min || !max || *min <= *max) {
        return;
    }
    const JsonObject& holder = *config.holder(minKey);
    config.reader().report(Severity::Error, *holder.find(minKey), holder.pointerOf(minKey),
                           quoted(minKey) + " must not be more than " + quoted(maxKey));
    min.reset();
    max.reset();
}

SceneView readView(const PannellumImport& import, const PannellumConfig& config) {
    SceneView view;
    view.yaw = import.yawSign() * config.angle("yaw", kYawRule).value_or(0.0) + 0.0; // + 0.0: never -0
    view.pitch = config.angle("pitch", kPitchRule).value_or(0.0);
    view.hfov = config.angle("hfov", kHfovRule).value_or(view.hfov); // Pannellum's default is ours, 100 degrees
    auto minYaw = config.angle("minYaw", kYawRule), maxYaw = config.angle("maxYaw", kYawRule);
    auto minPitch = config.angle("minPitch", kPitchRule), maxPitch = config.angle("maxPitch", kPitchRule);
    auto minHfov = config.angle("minHfov", kHfovRule), maxHfov = config.angle("maxHfov", kHfovRule);
    checkOrder(config, "minYaw", "maxYaw", minYaw, maxYaw);
    checkOrder(config, "minPitch", "maxPitch", minPitch, maxPitch);
    checkOrder(config, "minHfov", "maxHfov", minHfov, maxHfov);
    if (import.legacy) {
        // Mirrored yaw: the left limit becomes the right one.
        std::swap(minYaw, maxYaw);
        minYaw = minYaw ? std::optional<double>(-*minYaw) : std::nullopt;
        maxYaw = maxYaw ? std::optional<double>(-*maxYaw) : std::nullopt;
    }
    view.minYaw = minYaw;
    view.maxYaw = maxYaw;
    view.minPitch = minPitch;
    view.maxPitch = maxPitch;
    view.minHfov = minHfov;
    view.maxHfov = maxHfov;
    return view;
}

} // namespace

std::optional<Scene> readPannellumScene(PannellumImport& import, const PannellumConfig& config, const std::string& id,
                                        const SourceSpan& span) {
    Scene scene;
    scene.id = id;
    scene.span = span;
    scene.title = plainText(config.string("title"));
    scene.credits = plainText(config.string("author"));
    auto panorama = readPanorama(import.context, config);
    scene.view = readView(import, config);
    scene.northOffset = config.angle("northOffset", kYawRule).value_or(0.0);
    scene.horizonPitch = config.angle("horizonPitch", kPitchRule).value_or(0.0);
    scene.horizonRoll = config.angle("horizonRoll", kRollRule).value_or(0.0);
    scene.hotspots = readPannellumHotspots(import, config);
    if (!panorama) {
        return std::nullopt;
    }
    scene.panorama = std::move(*panorama);
    return scene;
}

} // namespace cloudtour::tour
