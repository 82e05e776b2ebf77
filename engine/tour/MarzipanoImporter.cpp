// importMarzipano: the data.js of a Marzipano Tool export into a Tour. The JavaScript around the
// object is blanked out in place (MarzipanoScript), so the JSON reader's lines and columns point
// into data.js itself; scenes are read by MarzipanoScene, their tile pyramids by MarzipanoLevels.
// The tour's "name" becomes its title; "settings" (autorotate, buttons, mouse mode) steer
// Marzipano's web page and are ignored. The tour starts at the first scene, as the exported app
// does, and crossfades for 1 second without turning, as Marzipano's switchScene does by default.

#include "engine/tour/Importers.h"
#include "engine/tour/JsonPointer.h"
#include "engine/tour/JsonSource.h"
#include "engine/tour/MarzipanoScene.h"
#include "engine/tour/MarzipanoScript.h"
#include "engine/tour/TourValidator.h"
#include "engine/tour/Utf8.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace cloudtour::tour {
namespace {

constexpr std::string_view kTourKeys[] = {"scenes", "name", "settings"};

// Scenes in file order; of two with the same id the first wins, as in the tour parser.
void readScenes(ReadContext& context, const JsonObject& root, Tour& tour, std::set<std::string>& skipped) {
    const Json::Value* array = root.array("scenes", Need::Required, "an array of scenes");
    if (array == nullptr) {
        return;
    }
    const std::size_t limit = context.options.limits.maxScenes;
    if (array->size() > limit) {
        context.json.report(Severity::Error, *array, "/scenes",
                            std::to_string(array->size()) + " scenes, over the limit of " + std::to_string(limit) +
                                ": only the first " + std::to_string(limit) + " are read");
    }
    std::map<std::string, const Json::Value*> ids;
    for (Json::ArrayIndex i = 0; i < array->size() && i < limit; ++i) {
        const Json::Value& value = (*array)[i];
        const std::string pointer = childPointer("/scenes", i);
        const Json::Value* id = findMember(value, "id");
        if (id != nullptr && id->isString() && !ids.emplace(id->asString(), id).second) {
            context.json.report(Severity::Error, *id, pointer + "/id",
                                "duplicate scene id '" + id->asString() + "', first at " +
                                    context.json.positionText(*ids[id->asString()]) + " (the scene is skipped)");
            continue;
        }
        if (auto scene = readMarzipanoScene(context, value, pointer)) {
            tour.scenes.push_back(std::move(*scene));
        } else if (id != nullptr && id->isString()) {
            skipped.insert(id->asString());
        }
    }
}

std::optional<Tour> readMarzipano(JsonReader& json, const std::string& file, const TourLoadOptions& options) {
    const auto root = JsonObject::from(json, json.source().root, "", "the data", "an object, { \"scenes\": [...] }");
    if (!root) {
        return std::nullopt;
    }
    root->checkKeys(kTourKeys, "the Marzipano data");
    Tour tour = beginTour(file, json, root->value());
    tour.transition = TransitionSpec{1.0, false};
    if (const auto name = root->string("name", Need::Optional)) {
        tour.title = LocalizedText::plain(*name);
    }
    root->object("settings", Need::Optional, "an object of settings");
    const PathResolver paths(tour.baseDir, options.paths);
    ReadContext context{json, paths, options, {}};
    std::set<std::string> skipped;
    readScenes(context, *root, tour, skipped);
    return finishImport(std::move(tour), json, skipped, root->value());
}

} // namespace

TourLoadResult importMarzipano(std::string_view text, const std::string& file, const TourLoadOptions& options) {
    Diagnostics scriptProblems;
    const auto json = marzipanoJson(text, utf8BomLength(text), file, scriptProblems);
    if (!json) {
        return {std::nullopt, std::move(scriptProblems)};
    }
    auto result = readJsonTour(
        *json, file, options, "importing", [&](JsonReader& reader) { return readMarzipano(reader, file, options); },
        [&](JsonSource& source) {
            // Same byte offsets in both texts; lines, columns and quoted numbers come from the file.
            source.text = text;
            source.lines = LineIndex(text, source.bodyOffset);
        });
    result.diagnostics.items.insert(result.diagnostics.items.begin(), scriptProblems.items.begin(),
                                    scriptProblems.items.end());
    result.diagnostics.sortByPosition();
    return result;
}

} // namespace cloudtour::tour
