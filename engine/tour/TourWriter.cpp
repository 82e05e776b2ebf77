// writeTourJson: a Tour as CloudTour tour.json text, in the format parseTour reads (the keys of
// TourKeys.h). Angles are written in degrees rounded to 4 decimals (under 1e-6 radians off, so a
// parsed copy equals the tour); paths relative to the output folder, with '/' separators; values
// equal to the format's defaults are left out (an equirect's full 360 x 180 degrees, a zero north
// offset, an arrival at the scene's own view). Localised texts stay maps keyed by language; a
// plain string beside them stands for the default language when that one has no text.
//
// The file says an arrival either by mode ("same", "sameAzimuth") or by explicit angles, so a
// Tour made in code that sets both writes its mode only. Importers produce only the two forms.

#include "engine/math/Angles.h"
#include "engine/tour/Importers.h"
#include "engine/tour/JsonReader.h"
#include "engine/tour/TourWriterJson.h"

#include <cmath>
#include <cstdio>
#include <filesystem>

namespace cloudtour::tour {
namespace {

namespace fs = std::filesystem;

std::string degreesText(double radians) {
    double degrees = math::radToDeg(radians);
    // The format's yaws lie in -360..360; one further round is the same direction.
    degrees = std::abs(degrees) > 360.0 ? math::radToDeg(math::wrapAngle(radians)) : degrees;
    degrees = std::round(degrees * 1e4) / 1e4;
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.4f", degrees == 0.0 ? 0.0 : degrees); // never "-0"
    std::string text = buffer;
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') {
        text.pop_back();
    }
    return text;
}

JsonNode angle(double radians) {
    return JsonNode::number(degreesText(radians));
}

class TourWriter {
public:
    TourWriter(const Tour& tour, const std::string& outputDir)
        : mTour(tour), mDir(fs::absolute(outputDir.empty() ? "." : outputDir).lexically_normal()) {
        if (!mDir.has_filename() && mDir.has_relative_path()) {
            mDir = mDir.parent_path(); // "out/" and "out" are the same folder
        }
    }

    [[nodiscard]] JsonNode tourNode() const;

private:
    [[nodiscard]] std::string relative(const std::string& path) const;
    [[nodiscard]] JsonNode textNode(const LocalizedText& value) const;
    void addText(JsonNode& parent, std::string_view key, const LocalizedText& value) const;
    [[nodiscard]] JsonNode panoramaNode(const PanoramaSpec& spec) const;
    [[nodiscard]] JsonNode sceneNode(const Scene& scene) const;
    [[nodiscard]] JsonNode hotspotNode(const Hotspot& hotspot) const;

    const Tour& mTour;
    fs::path mDir;
};

std::string TourWriter::relative(const std::string& path) const {
    const fs::path normal = fs::path(path).lexically_normal();
    const fs::path result = normal.is_absolute() ? normal.lexically_relative(mDir) : normal;
    return result.empty() ? normal.generic_string() : result.generic_string();
}

JsonNode TourWriter::textNode(const LocalizedText& value) const {
    if (value.isPlain()) {
        return JsonNode::string(value.byLanguage.begin()->second);
    }
    JsonNode object = JsonNode::object();
    for (const auto& [language, string] : value.byLanguage) {
        if (!language.empty()) {
            object.add(language, JsonNode::string(string));
        } else if (!value.has(mTour.defaultLanguage)) {
            object.add(mTour.defaultLanguage, JsonNode::string(string));
        }
    }
    return object;
}

void TourWriter::addText(JsonNode& parent, std::string_view key, const LocalizedText& value) const {
    if (!value.empty()) {
        parent.add(key, textNode(value));
    }
}

JsonNode TourWriter::panoramaNode(const PanoramaSpec& spec) const {
    JsonNode node = JsonNode::object();
    switch (spec.kind) {
    case PanoramaKind::Equirect:
        node.add("type", JsonNode::string("equirect")).add("image", JsonNode::string(relative(spec.equirectPath)));
        if (spec.haov != PanoramaSpec{}.haov || spec.vaov != PanoramaSpec{}.vaov || spec.vOffset != 0.0) {
            node.add("haov", angle(spec.haov)).add("vaov", angle(spec.vaov)).add("vOffset", angle(spec.vOffset));
        }
        break;
    case PanoramaKind::Cube: {
        JsonNode faces = JsonNode::array();
        for (const std::string& face : spec.cubePaths) {
            faces.push(JsonNode::string(relative(face)));
        }
        node.add("type", JsonNode::string("cube")).add("faces", std::move(faces));
        break;
    }
    case PanoramaKind::Multires: {
        const MultiresSpec& multires = spec.multires;
        node.add("type", JsonNode::string("multires"));
        if (const std::string base = relative(multires.basePath); base != ".") {
            node.add("basePath", JsonNode::string(base)); // left out, it is the tour's folder
        }
        node.add("path", JsonNode::string(multires.pathTemplate))
            .add("extension", JsonNode::string(multires.extension))
            .add("tileResolution", JsonNode::number(std::to_string(multires.tileResolution)))
            .add("maxLevel", JsonNode::number(std::to_string(multires.maxLevel)))
            .add("cubeResolution", JsonNode::number(std::to_string(multires.cubeResolution)));
        if (!multires.fallbackPath.empty()) {
            node.add("fallbackPath", JsonNode::string(multires.fallbackPath));
        }
        break;
    }
    }
    return node;
}

JsonNode view(const SceneView& view) {
    JsonNode node = JsonNode::object();
    node.add("yaw", angle(view.yaw)).add("pitch", angle(view.pitch)).add("hfov", angle(view.hfov));
    const std::pair<std::string_view, const std::optional<double>*> limits[] = {
        {"minYaw", &view.minYaw},     {"maxYaw", &view.maxYaw},   {"minPitch", &view.minPitch},
        {"maxPitch", &view.maxPitch}, {"minHfov", &view.minHfov}, {"maxHfov", &view.maxHfov}};
    for (const auto& [key, limit] : limits) {
        if (limit->has_value()) {
            node.add(key, angle(**limit));
        }
    }
    return node;
}

std::optional<JsonNode> arrival(const Arrival& arrival) {
    switch (arrival.mode) {
    case ArrivalMode::SceneDefault:
        return std::nullopt;
    case ArrivalMode::Same:
        return JsonNode::string("same");
    case ArrivalMode::SameAzimuth:
        return JsonNode::string("sameAzimuth");
    case ArrivalMode::Explicit:
        break;
    }
    JsonNode node = JsonNode::object();
    const std::pair<std::string_view, const std::optional<double>*> values[] = {
        {"yaw", &arrival.yaw}, {"pitch", &arrival.pitch}, {"hfov", &arrival.hfov}};
    for (const auto& [key, value] : values) {
        if (value->has_value()) {
            node.add(key, angle(**value));
        }
    }
    return node;
}

const char* kindName(HotspotKind kind) {
    switch (kind) {
    case HotspotKind::SceneLink:
        return "scene";
    case HotspotKind::Info:
        return "info";
    case HotspotKind::Url:
        return "url";
    case HotspotKind::Area:
        return "area";
    }
    return "info";
}

JsonNode TourWriter::hotspotNode(const Hotspot& hotspot) const {
    JsonNode node = JsonNode::object();
    if (!hotspot.id.empty()) {
        node.add("id", JsonNode::string(hotspot.id));
    }
    node.add("type", JsonNode::string(kindName(hotspot.kind)));
    node.add("yaw", angle(hotspot.yaw)).add("pitch", angle(hotspot.pitch));
    if (!hotspot.icon.empty()) {
        node.add("icon", JsonNode::string(relative(hotspot.icon)));
    }
    addText(node, "title", hotspot.title);
    if (hotspot.kind == HotspotKind::Area) {
        JsonNode polygon = JsonNode::array();
        for (const PolygonPoint& point : hotspot.polygon) {
            polygon.push(std::move(JsonNode::array().push(angle(point.yaw)).push(angle(point.pitch))));
        }
        node.add("polygon", std::move(polygon));
    }
    if (!hotspot.targetScene.empty()) {
        node.add("target", JsonNode::string(hotspot.targetScene));
        if (auto written = arrival(hotspot.arrival)) {
            node.add("arrival", std::move(*written));
        }
    }
    if (hotspot.kind == HotspotKind::Info || (hotspot.kind == HotspotKind::Area && hotspot.targetScene.empty())) {
        addText(node, "text", hotspot.text);
        if (!hotspot.image.empty()) {
            node.add("image", JsonNode::string(relative(hotspot.image)));
        }
    }
    if (hotspot.kind == HotspotKind::Url) {
        node.add("url", JsonNode::string(hotspot.url));
    }
    return node;
}

JsonNode TourWriter::sceneNode(const Scene& scene) const {
    JsonNode node = JsonNode::object();
    node.add("id", JsonNode::string(scene.id));
    addText(node, "title", scene.title);
    node.add("panorama", panoramaNode(scene.panorama));
    if (!scene.panorama.previewPath.empty()) {
        node.add("preview", JsonNode::string(relative(scene.panorama.previewPath)));
    }
    node.add("view", view(scene.view));
    if (scene.northOffset != 0.0) {
        node.add("northOffset", angle(scene.northOffset));
    }
    if (scene.horizonPitch != 0.0 || scene.horizonRoll != 0.0) {
        node.add("horizon",
                 std::move(
                     JsonNode::object().add("pitch", angle(scene.horizonPitch)).add("roll", angle(scene.horizonRoll))));
    }
    addText(node, "credits", scene.credits);
    if (!scene.license.empty()) {
        node.add("license", JsonNode::string(scene.license));
    }
    if (!scene.licenseUrl.empty()) {
        node.add("licenseUrl", JsonNode::string(scene.licenseUrl));
    }
    if (scene.mapPosition) {
        node.add("map", std::move(JsonNode::object()
                                      .add("x", JsonNode::number(formatNumber(scene.mapPosition->x)))
                                      .add("y", JsonNode::number(formatNumber(scene.mapPosition->y)))
                                      .add("heading", angle(scene.mapPosition->heading))));
    }
    JsonNode hotspots = JsonNode::array();
    for (const Hotspot& item : scene.hotspots) {
        hotspots.push(hotspotNode(item));
    }
    if (!hotspots.empty()) {
        node.add("hotspots", std::move(hotspots));
    }
    return node;
}

JsonNode TourWriter::tourNode() const {
    JsonNode node = JsonNode::object();
    node.add("version", JsonNode::number("1"));
    addText(node, "title", mTour.title);
    addText(node, "description", mTour.description);
    if (!mTour.languages.empty()) {
        JsonNode languages = JsonNode::array();
        for (const std::string& language : mTour.languages) {
            languages.push(JsonNode::string(language));
        }
        node.add("languages", std::move(languages));
    }
    // The parser's default: the first declared language, else "en".
    if (mTour.defaultLanguage != (mTour.languages.empty() ? "en" : mTour.languages.front())) {
        node.add("defaultLanguage", JsonNode::string(mTour.defaultLanguage));
    }
    if (!mTour.firstScene.empty()) {
        node.add("firstScene", JsonNode::string(mTour.firstScene));
    }
    const TransitionSpec defaults;
    if (mTour.transition.duration != defaults.duration || mTour.transition.turnToHotspot != defaults.turnToHotspot) {
        node.add("transition", std::move(JsonNode::object()
                                             .add("duration", JsonNode::number(formatNumber(mTour.transition.duration)))
                                             .add("turnToHotspot", JsonNode::boolean(mTour.transition.turnToHotspot))));
    }
    if (mTour.map) {
        JsonNode map = JsonNode::object();
        map.add("image", JsonNode::string(relative(mTour.map->image)));
        addText(map, "title", mTour.map->title);
        node.add("map", std::move(map));
    }
    JsonNode scenes = JsonNode::array();
    for (const Scene& item : mTour.scenes) {
        scenes.push(sceneNode(item));
    }
    node.add("scenes", std::move(scenes));
    return node;
}

} // namespace

std::string writeTourJson(const Tour& tour, const std::string& outputDir) {
    return TourWriter(tour, outputDir).tourNode().render();
}

} // namespace cloudtour::tour
