// parseTour: a CloudTour tour.json into a Tour (docs/TOUR_FORMAT.md). The top level is read here;
// scenes, panoramas and hotspots by their own readers, cross-references by TourValidator.

#include "engine/tour/JsonSource.h"
#include "engine/tour/LanguageTag.h"
#include "engine/tour/LocalizedTextReader.h"
#include "engine/tour/PathReader.h"
#include "engine/tour/SceneReader.h"
#include "engine/tour/TourKeys.h"
#include "engine/tour/TourLoader.h"
#include "engine/tour/TourValidator.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace cloudtour::tour {
namespace {

constexpr std::string_view kExpectedLanguages = "an array of language tags such as [\"en\", \"zh\", \"es\"]";

void readVersion(const JsonObject& root) {
    const Json::Value* version = root.member("version", Need::Optional, "1");
    if (version && !(version->isNumeric() && version->asDouble() == 1.0)) {
        root.reader().reportMismatch(*version, root.pointerOf("version"), "'version'",
                                     "1 (the only version of the format so far)");
    }
    root.string("$schema", Need::Optional, "the address of the tour's JSON schema");
}

std::vector<std::string> readLanguages(JsonReader& json, const JsonObject& root) {
    std::vector<std::string> languages;
    const Json::Value* array = root.array("languages", Need::Optional, kExpectedLanguages);
    for (Json::ArrayIndex i = 0; array && i < array->size(); ++i) {
        const Json::Value& item = (*array)[i];
        const std::string pointer = root.pointerOf("languages") + "/" + std::to_string(i);
        const auto tag = json.readString(item, pointer, "each language", "a language tag such as \"en\" or \"zh\"");
        if (tag && !isLanguageTag(*tag)) {
            json.reportMismatch(item, pointer, "each language", "a language tag such as \"en\", \"zh\" or \"zh-Hant\"");
        } else if (tag && std::find(languages.begin(), languages.end(), *tag) != languages.end()) {
            json.report(Severity::Warning, item, pointer, "language '" + *tag + "' is listed twice");
        } else if (tag) {
            languages.push_back(*tag);
        }
    }
    return languages;
}

std::string readDefaultLanguage(JsonReader& json, const JsonObject& root, const std::vector<std::string>& languages) {
    const std::string fallback = languages.empty() ? "en" : languages.front();
    const auto language = root.string("defaultLanguage", Need::Optional, "a language tag such as \"en\"");
    if (!language) {
        return fallback;
    }
    const bool declared = std::find(languages.begin(), languages.end(), *language) != languages.end();
    if (!isLanguageTag(*language) || (!languages.empty() && !declared)) {
        std::string expected = "a language tag";
        for (std::size_t i = 0; i < languages.size(); ++i) {
            expected += (i == 0 ? " declared in 'languages': " : ", ") + languages[i];
        }
        json.reportMismatch(*root.find("defaultLanguage"), root.pointerOf("defaultLanguage"), "'defaultLanguage'",
                            expected);
        return fallback;
    }
    return *language;
}

TransitionSpec readTransition(const JsonObject& root) {
    TransitionSpec transition;
    const auto object =
        root.object("transition", Need::Optional, "an object such as {\"duration\": 0.8, \"turnToHotspot\": true}");
    if (object) {
        object->checkKeys(keys::kTransition, "the transition");
        transition.duration =
            object->number("duration", Need::Optional, {0.0, 10.0, "seconds"}).value_or(transition.duration);
        transition.turnToHotspot = object->boolean("turnToHotspot", Need::Optional).value_or(transition.turnToHotspot);
    }
    return transition;
}

std::optional<TourMap> readTourMap(ReadContext& context, const JsonObject& root) {
    const auto object = root.object("map", Need::Optional, "an object such as {\"image\": \"plan.png\"}");
    if (!object) {
        return std::nullopt;
    }
    object->checkKeys(keys::kTourMap, "the map");
    TourMap map;
    map.span = context.json.span(object->value(), object->pointer());
    map.title = readText(context, *object, "title", Need::Optional).value_or(LocalizedText{});
    const auto image = readPath(context, *object, "image", Need::Required);
    if (!image) {
        return std::nullopt;
    }
    map.image = *image;
    return map;
}

// Scenes in file order; of two with the same id the first wins (the second is reported and skipped).
void readScenes(ReadContext& context, const JsonObject& root, Tour& tour, std::set<std::string>& skipped) {
    const Json::Value* array = root.array("scenes", Need::Required, "an array of scenes");
    if (array == nullptr) {
        return;
    }
    const std::size_t limit = context.options.limits.maxScenes;
    if (array->empty()) {
        context.json.report(Severity::Error, *array, "/scenes", "'scenes' must hold at least one scene");
    } else if (array->size() > limit) {
        context.json.report(Severity::Error, *array, "/scenes",
                            std::to_string(array->size()) + " scenes, over the limit of " + std::to_string(limit) +
                                ": only the first " + std::to_string(limit) + " are read");
    }
    std::map<std::string, const Json::Value*> ids;
    for (Json::ArrayIndex i = 0; i < array->size() && i < limit; ++i) {
        const Json::Value& value = (*array)[i];
        const std::string pointer = "/scenes/" + std::to_string(i);
        auto scene = readScene(context, value, pointer);
        // The first scene with an id owns it, even when it is broken itself.
        const Json::Value* id = findMember(value, "id");
        if (id != nullptr && id->isString()) {
            const auto [first, inserted] = ids.emplace(id->asString(), id);
            if (!inserted) {
                context.json.report(Severity::Error, *id, pointer + "/id",
                                    "duplicate scene id '" + id->asString() + "', first at " +
                                        context.json.positionText(*first->second) + " (the scene is skipped)");
                continue;
            }
            if (!scene) {
                skipped.insert(id->asString());
            }
        }
        if (scene) {
            tour.scenes.push_back(std::move(*scene));
        }
    }
}

std::optional<Tour> readTour(JsonReader& json, const std::string& file, const TourLoadOptions& options) {
    const auto root =
        JsonObject::from(json, json.source().root, "", "the tour", "a JSON object such as {\"scenes\": [...]}");
    if (!root) {
        return std::nullopt;
    }
    root->checkKeys(keys::kTour, "the tour", [](std::string_view key) { return peerKeyHint(KeyPlace::Tour, key); });
    Tour tour = beginTour(file, json, root->value());
    const PathResolver paths(tour.baseDir, options.paths);
    ReadContext context{json, paths, options, readLanguages(json, *root)};
    readVersion(*root);
    tour.languages = context.languages;
    tour.defaultLanguage = readDefaultLanguage(json, *root, tour.languages);
    tour.title = readText(context, *root, "title", Need::Optional).value_or(LocalizedText{});
    tour.description = readText(context, *root, "description", Need::Optional).value_or(LocalizedText{});
    tour.firstScene = root->string("firstScene", Need::Optional, "the id of the scene the tour starts at").value_or("");
    tour.transition = readTransition(*root);
    tour.map = readTourMap(context, *root);
    std::set<std::string> skipped;
    readScenes(context, *root, tour, skipped);
    validateTour(tour, json, skipped);
    return tour;
}

} // namespace

TourLoadResult parseTour(std::string_view text, const std::string& file, const TourLoadOptions& options) {
    return readJsonTour(text, file, options, "reading the tour",
                        [&](JsonReader& json) { return readTour(json, file, options); });
}

} // namespace cloudtour::tour
