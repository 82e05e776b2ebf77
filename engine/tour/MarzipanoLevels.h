#pragma once

// Internal to engine/tour: a Marzipano scene's cube "levels" as a pyramid in Pannellum's layout.

#include "engine/tour/JsonReader.h"
#include "engine/tour/TourDocument.h"

#include <optional>
#include <string>

namespace cloudtour::tour {

/// Marzipano stores tile (x, y) of face f at level z as `tiles/<id>/z/f/y/x.jpg`, z counting from
/// 0 over its "levels" list (smallest first). With the template "/%l/%s/%y/%x" under `tileFolder`
/// the viewer's level l reaches Marzipano's z = l, which is right when the levels from z = 1 up
/// halve each time with one tile size: then level l has cubeResolution / 2^(maxLevel - l) pixels
/// as Pannellum's layout says. Level 0 is left out: in Marzipano Tool exports it is the
/// "fallbackOnly" 256-pixel level kept as preview.jpg, a strip rather than tiles. Face letters need
/// no mapping: both viewers name the faces f r b l u d with the same meaning and orientation
/// (Marzipano's Cube.js turns the front face by +-90 degrees about the vertical axis for l and r,
/// about the horizontal one for u and d, as Pannellum's faces are laid out).
///
/// Levels that break the halving below the top are reported (the viewer can only show those
/// above); a single level cannot be numbered from 1 and gives nothing.
std::optional<MultiresSpec> readMarzipanoLevels(const JsonObject& scene, const std::string& tileFolder);

} // namespace cloudtour::tour
