#pragma once

// Internal to engine/tour: what the readers of a tour.json's parts share.

#include "engine/math/Angles.h"
#include "engine/tour/JsonReader.h"
#include "engine/tour/PathResolver.h"
#include "engine/tour/TourLoader.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cloudtour::tour {

struct ReadContext {
    JsonReader& json;
    const PathResolver& paths;
    const TourLoadOptions& options;
    std::vector<std::string> languages; ///< declared in "languages"; empty: texts are not checked
};

// The ranges of the file's angles, in degrees.
inline constexpr NumberRule kYawRule{-360.0, 360.0, "degrees"};
inline constexpr NumberRule kPitchRule{-90.0, 90.0, "degrees"};
inline constexpr NumberRule kHfovRule{1.0, 179.0, "degrees"};

/// An angle written in degrees, returned in radians.
inline std::optional<double> readAngle(const JsonObject& object, std::string_view key, Need need,
                                       const NumberRule& rule) {
    const std::optional<double> degrees = object.number(key, need, rule);
    return degrees ? std::optional<double>(math::degToRad(*degrees)) : std::nullopt;
}

} // namespace cloudtour::tour
