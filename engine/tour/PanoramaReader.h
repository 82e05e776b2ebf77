#pragma once

// Internal to engine/tour: reading a scene's "panorama" object.

#include "engine/tour/ReadContext.h"
#include "engine/tour/TourDocument.h"

#include <optional>

namespace cloudtour::tour {

/// Reads `scene`'s required "panorama": {"type": "equirect" | "cube" | "multires", ...}. Returns
/// nothing when the scene cannot be shown from it (no usable type, image, faces or tile template):
/// the scene is then skipped. Missing files are reported but do not make it unusable.
std::optional<PanoramaSpec> readPanorama(ReadContext& context, const JsonObject& scene);

/// The multires tile file for a level, face letter and tile position, as the viewer will ask for it.
std::string multiresTilePath(const MultiresSpec& spec, int level, char face, int x, int y);

} // namespace cloudtour::tour
