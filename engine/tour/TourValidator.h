#pragma once

// Internal to engine/tour: the checks that need the whole tour read first.

#include "engine/tour/JsonReader.h"
#include "engine/tour/TourDocument.h"

#include <optional>
#include <set>
#include <string>

namespace cloudtour::tour {

/// Checks what refers across scenes: "firstScene" and hotspot targets name existing scenes (a
/// broken link is skipped, with "did you mean" among the scene ids), every scene can be reached
/// from the first by following hotspots, and map positions have a map. `skippedScenes` holds the
/// ids of scenes dropped for their own errors, so links to them are explained rather than called
/// unknown. Settles `tour.firstScene` (the first scene when unset or wrong).
void validateTour(Tour& tour, JsonReader& json, const std::set<std::string>& skippedScenes);

/// A tour read from `file`: its absolute path, the folder relative paths resolve against, and the
/// span of its root value. The start of every reader (the parser and the importers).
Tour beginTour(const std::string& file, JsonReader& json, const Json::Value& root);

/// The end of an import: validates like the parser, and an imported file with no usable scene is
/// no tour (with an error saying so, unless earlier errors already explain why).
std::optional<Tour> finishImport(Tour tour, JsonReader& json, const std::set<std::string>& skippedScenes,
                                 const Json::Value& root);

} // namespace cloudtour::tour
