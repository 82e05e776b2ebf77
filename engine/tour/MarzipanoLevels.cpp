#include "engine/tour/MarzipanoLevels.h"

#include "engine/tour/JsonPointer.h"

#include <cstdint>
#include <vector>

namespace cloudtour::tour {
namespace {

constexpr std::string_view kExpectedLevels =
    "an array of levels, smallest first, such as [{\"tileSize\": 512, \"size\": 512}, ...]";
constexpr std::string_view kLevelKeys[] = {"tileSize", "size", "fallbackOnly"};

struct Level {
    std::int64_t tileSize = 0;
    std::int64_t size = 0;
    const Json::Value* value = nullptr;
    std::string pointer;
};

std::optional<std::vector<Level>> readLevels(const JsonObject& scene, const Json::Value& array) {
    std::vector<Level> levels;
    bool ok = true;
    for (Json::ArrayIndex z = 0; z < array.size(); ++z) {
        const std::string pointer = childPointer(scene.pointerOf("levels"), z);
        const auto object = JsonObject::from(scene.reader(), array[z], pointer, "each level",
                                             "an object such as {\"tileSize\": 512, \"size\": 1024}");
        if (!object) {
            ok = false;
            continue;
        }
        object->checkKeys(kLevelKeys, "a Marzipano level");
        const auto tileSize = object->integer("tileSize", Need::Required, 1, 16384);
        const auto size = object->integer("size", Need::Required, 1, 1 << 20);
        object->boolean("fallbackOnly", Need::Optional);
        ok = ok && tileSize && size;
        levels.push_back({tileSize.value_or(0), size.value_or(0), &array[z], pointer});
    }
    return ok ? std::optional(std::move(levels)) : std::nullopt;
}

// The lowest z from which every level up to the top halves the next with the top's tile size.
std::size_t lowestRegularLevel(const std::vector<Level>& levels) {
    const std::size_t top = levels.size() - 1;
    std::size_t lowest = top;
    while (lowest > 1 && levels[lowest - 1].tileSize == levels[top].tileSize &&
           levels[lowest - 1].size * 2 == levels[lowest].size) {
        --lowest;
    }
    return lowest;
}

} // namespace

std::optional<MultiresSpec> readMarzipanoLevels(const JsonObject& scene, const std::string& tileFolder) {
    const Json::Value* array = scene.array("levels", Need::Required, kExpectedLevels);
    const auto levels = array ? readLevels(scene, *array) : std::nullopt;
    if (!levels) {
        return std::nullopt;
    }
    JsonReader& json = scene.reader();
    if (levels->size() < 2) {
        json.reportMismatch(*array, scene.pointerOf("levels"), "'levels'",
                            "at least 2 levels: the viewer numbers tile levels from 1, and Marzipano's first level "
                            "is 0");
        return std::nullopt;
    }
    const std::size_t top = levels->size() - 1;
    if (const std::size_t lowest = lowestRegularLevel(*levels); lowest > 1) {
        const Level& odd = (*levels)[lowest - 1];
        json.report(Severity::Warning, *odd.value, odd.pointer,
                    "level " + std::to_string(lowest - 1) + " (size " + std::to_string(odd.size) + ", tile size " +
                        std::to_string(odd.tileSize) +
                        ") is not half of the next with the same tile size: the "
                        "viewer can only show levels " +
                        std::to_string(lowest) + " to " + std::to_string(top));
    }
    MultiresSpec spec;
    spec.basePath = tileFolder;
    spec.pathTemplate = "/%l/%s/%y/%x";
    spec.extension = "jpg";
    spec.tileResolution = static_cast<int>((*levels)[top].tileSize);
    spec.maxLevel = static_cast<int>(top);
    spec.cubeResolution = static_cast<int>((*levels)[top].size);
    return spec;
}

} // namespace cloudtour::tour
