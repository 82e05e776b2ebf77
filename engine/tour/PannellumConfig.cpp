#include "engine/tour/PannellumConfig.h"

namespace cloudtour::tour {

PannellumConfig::PannellumConfig(std::vector<JsonObject> layers, std::size_t own)
    : mLayers(std::move(layers)), mOwn(own) {}

const JsonObject* PannellumConfig::holder(std::string_view key) const {
    for (const JsonObject& layer : mLayers) {
        if (layer.has(key)) {
            return &layer;
        }
    }
    return nullptr;
}

const Json::Value* PannellumConfig::member(std::string_view key, Need need, std::string_view expected,
                                           std::string& pointer) const {
    if (const JsonObject* layer = holder(key)) {
        pointer = layer->pointerOf(key);
        return layer->find(key);
    }
    pointer = own().pointerOf(key);
    return own().member(key, need, expected);
}

std::optional<std::string> PannellumConfig::string(std::string_view key, std::string_view expected) const {
    const JsonObject* layer = holder(key);
    return layer ? layer->string(key, Need::Optional, expected) : std::nullopt;
}

std::optional<double> PannellumConfig::number(std::string_view key, const NumberRule& rule) const {
    const JsonObject* layer = holder(key);
    return layer ? layer->number(key, Need::Optional, rule) : std::nullopt;
}

std::optional<double> PannellumConfig::angle(std::string_view key, const NumberRule& rule) const {
    const JsonObject* layer = holder(key);
    return layer ? readAngle(*layer, key, Need::Optional, rule) : std::nullopt;
}

std::optional<std::string> readPannellumPath(ReadContext& context, const std::string& prefix, const Json::Value& value,
                                             const std::string& pointer, std::string_view subject, PathKind kind) {
    const auto written =
        context.json.readString(value, pointer, subject, kind == PathKind::File ? "a file path" : "a folder path");
    if (!written) {
        return std::nullopt;
    }
    const ResolvedPath resolved = context.paths.resolve(prefix + *written);
    for (const PathProblem& problem : resolved.problems) {
        context.json.report(problem.severity, value, pointer, problem.message);
    }
    if (resolved.path.empty()) {
        return std::nullopt;
    }
    checkExists(context, value, pointer, resolved.path, kind == PathKind::File ? "image file" : "folder", kind);
    return resolved.path;
}

} // namespace cloudtour::tour
