#pragma once

// Internal to engine/tour: checks of a tile pyramid in Pannellum's layout (MultiresSpec), shared by
// the Pannellum importer and the Marzipano importer, which converts its pyramids to that layout.

#include "engine/tour/ReadContext.h"
#include "engine/tour/TourDocument.h"

#include <string>

namespace cloudtour::tour {

/// When TourLoadOptions asks for file checks, looks for the first tile (face 'f', row 0, column 0)
/// of every level, since the viewer may pick any of them, and reports the levels without one in a
/// single error at `at`: a pyramid cut short (pannellum.org's library keeps levels 1 to 3 of 6) or
/// missing altogether. Returns false when some level has no tile.
bool checkPyramidTiles(ReadContext& context, const Json::Value& at, const std::string& pointer,
                       const MultiresSpec& spec);

} // namespace cloudtour::tour
