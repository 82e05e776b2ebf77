#pragma once

// Internal to engine/tour: one scene of a Marzipano data.js into a Scene.

#include "engine/tour/ReadContext.h"
#include "engine/tour/TourDocument.h"

#include <optional>
#include <string>

namespace cloudtour::tour {

/// Reads "id", "name" (the title), "levels" (tiles looked for in `tiles/<id>/` beside data.js),
/// "initialViewParameters" and the hotspots ("linkHotspots", "infoHotspots", and the older
/// "hotspots" of Marzipano's demos). Returns nothing when the scene cannot be shown.
std::optional<Scene> readMarzipanoScene(ReadContext& context, const Json::Value& value, const std::string& pointer);

} // namespace cloudtour::tour
