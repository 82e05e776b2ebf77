#pragma once

// Internal to engine/tour: reading one element of a scene's "hotspots".

#include "engine/tour/ReadContext.h"
#include "engine/tour/TourDocument.h"

#include <optional>
#include <string>

namespace cloudtour::tour {

/// Reads a hotspot of type "scene", "info", "url" or "area". Returns nothing when it cannot work
/// (no usable type, position, target, address or outline): it is then skipped and the scene keeps
/// the others. Whether a target scene exists is checked later, once every scene is known.
std::optional<Hotspot> readHotspot(ReadContext& context, const Json::Value& value, const std::string& pointer);

} // namespace cloudtour::tour
