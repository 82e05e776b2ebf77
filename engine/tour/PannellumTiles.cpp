#include "engine/tour/PannellumTiles.h"

#include "engine/tour/PanoramaReader.h"

#include <filesystem>
#include <vector>

namespace cloudtour::tour {
namespace {

// "level 4", "levels 4 and 5", "levels 4, 5 and 6".
std::string levelList(const std::vector<int>& levels) {
    std::string text = levels.size() == 1 ? "level " : "levels ";
    for (std::size_t i = 0; i < levels.size(); ++i) {
        text += (i == 0 ? "" : i + 1 == levels.size() ? " and " : ", ") + std::to_string(levels[i]);
    }
    return text;
}

} // namespace

bool checkPyramidTiles(ReadContext& context, const Json::Value& at, const std::string& pointer,
                       const MultiresSpec& spec) {
    if (!context.options.checkFilesExist) {
        return true;
    }
    std::vector<int> missing;
    std::string firstMissing;
    std::error_code ec;
    for (int level = 1; level <= spec.maxLevel; ++level) {
        const std::string tile = multiresTilePath(spec, level, 'f', 0, 0);
        if (!std::filesystem::is_regular_file(tile, ec)) {
            missing.push_back(level);
            firstMissing = firstMissing.empty() ? tile : firstMissing;
        }
    }
    if (missing.empty()) {
        return true;
    }
    const std::string scope = static_cast<int>(missing.size()) == spec.maxLevel
                                  ? std::string()
                                  : " for " + levelList(missing) + " of 1 to " + std::to_string(spec.maxLevel);
    context.json.report(Severity::Error, at, pointer, "tile files not found" + scope + ": " + firstMissing);
    return false;
}

} // namespace cloudtour::tour
