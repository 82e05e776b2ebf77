#pragma once

#include "engine/tour/TourDocument.h"

#include <string>
#include <vector>

namespace cloudtour::viewer {

/// Every visible string of a tour in every language: the font atlas is built from them, so each
/// character the tour can show has a glyph (ImGui's "common Chinese" range misses characters).
std::vector<std::string> allTourStrings(const tour::Tour& tour);

} // namespace cloudtour::viewer
