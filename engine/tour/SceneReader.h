#pragma once

// Internal to engine/tour: reading one element of "scenes".

#include "engine/tour/ReadContext.h"
#include "engine/tour/TourDocument.h"

#include <optional>
#include <string>

namespace cloudtour::tour {

/// Reads a scene with its view, horizon, credits, map position and hotspots (in file order; a
/// broken hotspot or one repeating an id is skipped). Returns nothing when the scene cannot be
/// shown (no usable id or panorama): it is then skipped and the tour keeps the others.
std::optional<Scene> readScene(ReadContext& context, const Json::Value& value, const std::string& pointer);

} // namespace cloudtour::tour
