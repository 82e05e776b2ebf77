// manifest.json: for each panorama its plan position and heading, where the other camera positions appear
// in it (for walk-to markers), and where the points of interest appear (for hotspots). All angles are
// computed from the model, in the viewer's yaw/pitch conventions.
#pragma once

#include "Scene.h"

#include <string>

namespace cloudtour::samplegen {

bool writeManifest(const std::string& path, const Scene& scene);

} // namespace cloudtour::samplegen
